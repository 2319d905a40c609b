#include "driftrepaircontroller.h"

#include "bulkaggregateedit.h"
#include "driftrepairdialog.h"
#include "journal.h"
#include "journalrecords.h"
#include "novacontroller.h"
#include "syncplan.h"

#include <QApplication>
#include <QClipboard>

DriftRepairController::DriftRepairController(PlacementClient *client, NovaController *nova, QWidget *dialogParent,
                                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_nova(nova)
    , m_dialogParent(dialogParent)
{ }

void DriftRepairController::setJournal(Journal *journal)
{
    m_journal = journal;
}

DriftRepairDialog *DriftRepairController::dialog() const
{
    return m_dialog;
}

bool DriftRepairController::isWriting() const
{
    return !m_edit.isNull() && m_edit->isRunning();
}

void DriftRepairController::repair(const QList<DriftItem> &chosen)
{
    if (m_readOnly || isWriting())
        return;
    const SyncPlan plan = SyncPlan::build(chosen);
    if (m_dialog)
        m_dialog->close();
    m_dialog = new DriftRepairDialog(m_dialogParent);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_dialog->setPlan(plan.previewLines(), int(plan.changes().size()), plan.additions(), plan.removals(),
                      plan.commandsText(m_nova->lastResult().membership.aggregatesByProvider));
    connect(m_dialog, &DriftRepairDialog::copyCommandsRequested, this,
            [](const QString &text) { QApplication::clipboard()->setText(text); });
    connect(m_dialog, &DriftRepairDialog::applyRequested, this, [this, chosen] { apply(chosen); });
    connect(m_dialog, &DriftRepairDialog::cancelRequested, this, [this] {
        if (m_edit)
            m_edit->cancel();
    });
    m_dialog->show();
}

void DriftRepairController::apply(const QList<DriftItem> &chosen)
{
    if (m_readOnly || isWriting() || !m_dialog)
        return;
    const SyncPlan plan = SyncPlan::build(chosen);
    QList<BulkTarget> targets;
    for (const SyncChange &change : plan.changes()) {
        if (change.add.isEmpty())
            targets.append(BulkTarget(change.providerUuid, change.providerName,
                                      BulkIntent(BulkIntent::Kind::Remove, change.remove)));
        else
            targets.append(BulkTarget(change.providerUuid, change.providerName,
                                      BulkIntent(BulkIntent::Kind::Add, change.add, change.remove)));
    }
    // Owned by the dialog: the outcome stays readable until the operator closes it.
    m_edit = new BulkAggregateEdit(m_client, m_dialog);
    connect(m_edit, &BulkAggregateEdit::finished, this, &DriftRepairController::repaired);
    const QString batchId = Journal::newId();
    const QPointer<BulkAggregateEdit> edit = m_edit;
    connect(m_edit, &BulkAggregateEdit::providerFinished, this, [this, edit, batchId](int index) {
        const BulkOutcome &o = edit->outcomes().at(index);
        if (m_journal && o.write.wasSent())
            m_journal->record(JournalRecords::fromWrite(o.write, o.providerName, JournalEntry::Kind::Repair, batchId));
    });
    m_dialog->showRun(m_edit);
    m_edit->start(targets);
}
