#include "novajournal.h"

#include "novamembershipedit.h"

namespace NovaJournal {

QList<JournalEntry> entries(const NovaMembershipEdit &run, const ProviderAggregates &before,
                            const QString &providerName, const QString &batchId)
{
    QList<JournalEntry> result;
    QStringList running = before.aggregates;
    int lastDone = -1;
    const QList<NovaMembershipStep> &steps = run.steps();
    for (int i = 0; i < steps.size(); ++i) {
        const NovaMembershipStep &step = steps.at(i);
        if (step.status == NovaMembershipStep::Status::NotSent || step.status == NovaMembershipStep::Status::Pending)
            continue;
        const bool add = step.action == NovaMembershipStep::Action::AddHost;
        JournalEntry entry;
        entry.providerUuid = run.plan().providerUuid;
        entry.providerName = providerName;
        entry.kind = JournalEntry::Kind::Nova;
        entry.batchId = batchId;
        entry.method = QStringLiteral("POST");
        entry.path = JournalEntry::novaActionPath(step.aggregateId);
        entry.body = JournalEntry::novaActionBody(add, run.plan().host);
        entry.requestId = step.requestId;
        entry.before = running;
        entry.generationBefore = result.isEmpty() ? before.generation : -1;
        if (step.status == NovaMembershipStep::Status::Done) {
            QStringList after = running;
            if (add && !after.contains(step.aggregateUuid, Qt::CaseInsensitive))
                after << step.aggregateUuid;
            else if (!add)
                after.removeIf([&step](const QString &uuid) {
                    return uuid.compare(step.aggregateUuid, Qt::CaseInsensitive) == 0;
                });
            entry.after = after;
            entry.outcome = JournalEntry::Outcome::Done;
            running = after;
            lastDone = static_cast<int>(result.size());
        } else {
            entry.outcome = JournalEntry::Outcome::Failed;
            entry.reason = run.stepFailure(i);
        }
        result << entry;
    }
    if (lastDone >= 0 && run.placementAfter())
        result[lastDone].generationAfter = run.placementAfter()->generation;
    return result;
}

} // namespace NovaJournal
