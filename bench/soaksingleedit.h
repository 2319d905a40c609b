#pragma once

// One single-provider edit the way an operator makes it: select the row, F2, type soak-owned
// aggregates into the editor and remove one, wait a little (writers move the generation
// meanwhile), Save; answer the conflict prompt (Re-apply, Keep Editing then Save again, or
// Reload and drop); after a failure save again, then give up and discard. Records what was
// intended and what the window said, and has the server read to confirm it.

#include <QPointer>
#include <QStringList>

#include "soakrun.h"
#include "types.h"

class AggregateEditorDialog;
class ConflictDialog;
struct PlacementError;

class SoakSingleEdit : public SoakRun
{
    Q_OBJECT
public:
    SoakSingleEdit(const SoakContext &context, QString provider, QObject *parent = nullptr);
    void start() override;

private:
    void onEditorOpened(AggregateEditorDialog *editor);
    void planAndType();
    void save();
    void onConflict(ConflictDialog *dialog);
    void onSaved(const QString &uuid, const ProviderAggregates &result);
    void onFailed(const PlacementError &error);
    void closeEditor();
    void whenClosed();
    void verify();
    void abandon() override;
    QString name() const;

    QString m_provider;
    int m_edit = 0;
    QPointer<AggregateEditorDialog> m_editor;
    QStringList m_added; // soak-owned
    QStringList m_removed;
    QStringList m_target; // the soak-owned set once saved
    int m_failures = 0;
    bool m_opened = false;
    bool m_saved = false;
    bool m_dropped = false;
    bool m_closing = false;
    QString m_waitingFor;
};
