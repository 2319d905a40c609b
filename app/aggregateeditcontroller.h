#pragma once

// Turns the window's edit requests into edit sessions, bulk runs and undos against the
// connected Placement: opens the dialogs, applies each server answer to the provider
// row (new set, new generation), says what changed in the status bar, remembers the last
// change of each provider for undo, and honours read-only mode and the auto re-apply setting.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "bulkaggregateedit.h"
#include "types.h"

class AggregateEditSession;
class AggregateEditorDialog;
class AggregateLabels;
class BulkEditDialog;
class MainWindow;
class PlacementClient;
class ProviderModel;
struct AggregateConflict;

class AggregateEditController : public QObject
{
    Q_OBJECT
public:
    AggregateEditController(PlacementClient *client, ProviderModel *providers, AggregateLabels *labels,
                            MainWindow *window, QObject *parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The auto re-apply setting is remembered per connection (profile or endpoint).
    void setConnectionKey(const QString &key);
    void setAutoReapply(bool on);
    bool autoReapply() const { return m_autoReapply; }

    void editAggregates(const QString &uuid);
    void undoLastChange(const QString &uuid);
    void bulkEdit(BulkIntent::Kind kind, const QStringList &uuids);

    AggregateEditorDialog *editor() const;
    BulkEditDialog *bulkDialog() const;
    bool canUndo(const QString &uuid) const { return m_previous.contains(uuid); }
    // A save, a conflict re-read or a bulk edit is under way: refreshes wait for it.
    bool isWriting() const;

Q_SIGNALS:
    void editorOpened(AggregateEditorDialog *editor);
    void aggregatesSaved(const QString &uuid, const ProviderAggregates &result);
    // What the app knows of this provider moved (saved, changed by someone else, reloaded):
    // views showing it should show the server's state again.
    void providerChanged(const QString &uuid);
    // isWriting() turned false.
    void writesSettled();
    void automaticallyReapplied(const QString &uuid, qint64 fromGeneration, qint64 toGeneration);

private:
    void openEditor(const QString &uuid, const ProviderAggregates &base, const QStringList &wanted,
                    const QString &note);
    void applySaved(const QString &uuid, const ProviderAggregates &result, const QStringList &previous,
                    const QStringList &notSent = {});
    void showEditingStatus(const QString &uuid, const ProviderAggregates &base);
    QStringList knownAggregates() const;
    void updateUndoable();

    PlacementClient *m_client;
    ProviderModel *m_providers;
    AggregateLabels *m_labels;
    MainWindow *m_window;
    QHash<QString, QStringList> m_previous; // uuid -> set before its last successful change
    QPointer<AggregateEditorDialog> m_editor;
    QPointer<BulkEditDialog> m_bulk;
    QPointer<BulkAggregateEdit> m_bulkEdit;
    QString m_connectionKey;
    bool m_readOnly = false;
    bool m_autoReapply = false;
};
