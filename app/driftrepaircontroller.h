#pragma once

// Repairs drift the operator chose in the drift view: the plan (SyncPlan: every missing item
// becomes an addition, every ticked extra item a removal; nothing else), its preview in a
// DriftRepairDialog, and, only after Apply, one batch through the bulk machinery (one intent
// per provider, generation-checked, re-read and merged on 409). Then the window reloads, which
// scans Nova again, so the drift view shows what is left.

#include <QObject>
#include <QPointer>

#include "driftanalysis.h"

class BulkAggregateEdit;
class DriftRepairDialog;
class Journal;
class NovaController;
class PlacementClient;
class QWidget;

class DriftRepairController : public QObject
{
    Q_OBJECT
public:
    DriftRepairController(PlacementClient *client, NovaController *nova, QWidget *dialogParent,
                          QObject *parent = nullptr);

    // Opens the preview for these items (missing and ticked extra; others are ignored).
    void repair(const QList<DriftItem> &chosen);
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }
    // Every repair write is recorded there (kind repair, one batch per Apply); unset: none.
    void setJournal(Journal *journal);
    bool isWriting() const;
    DriftRepairDialog *dialog() const; // tests

Q_SIGNALS:
    // The batch ended (some writes may have failed: the dialog says which).
    void repaired();

private:
    void apply(const QList<DriftItem> &chosen);

    PlacementClient *m_client;
    NovaController *m_nova;
    QWidget *m_dialogParent;
    QPointer<DriftRepairDialog> m_dialog;
    QPointer<BulkAggregateEdit> m_edit;
    QPointer<Journal> m_journal;
    bool m_readOnly = false;
};
