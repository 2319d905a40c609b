#include "bulkaggregateedit.h"

#include "aggregatelist.h"
#include "aggregatemerge.h"
#include "placementclient.h"

QStringList BulkIntent::applyTo(const QStringList &current) const
{
    switch (kind) {
    case Kind::Add:
        return AggregateMerge::apply(current, { aggregates, alsoRemove });
    case Kind::Remove:
        return AggregateMerge::apply(current, { {}, aggregates });
    case Kind::Replace:
        return aggregates;
    }
    return current;
}

QString BulkIntent::describe() const
{
    const QString list = aggregates.join(QStringLiteral(", "));
    switch (kind) {
    case Kind::Add:
        if (!alsoRemove.isEmpty()) {
            const QString removed = alsoRemove.join(QStringLiteral(", "));
            return aggregates.isEmpty() ? BulkAggregateEdit::tr("remove from %1").arg(removed)
                                        : BulkAggregateEdit::tr("add to %1, remove from %2").arg(list, removed);
        }
        return BulkAggregateEdit::tr("add to %1").arg(list);
    case Kind::Remove:
        return BulkAggregateEdit::tr("remove from %1").arg(list);
    case Kind::Replace:
        return aggregates.isEmpty() ? BulkAggregateEdit::tr("remove from every aggregate")
                                    : BulkAggregateEdit::tr("replace aggregates with %1").arg(list);
    }
    return {};
}

QStringList BulkIntent::mayCreate() const
{
    // Removing never creates; an empty replacement set uses no aggregate.
    return kind == Kind::Remove ? QStringList() : aggregates;
}

namespace {
// Only canonical UUIDs are ever sent (the client refuses the rest before sending).
BulkIntent canonical(BulkIntent intent)
{
    intent.aggregates = AggregateList::check(intent.aggregates).aggregates;
    intent.alsoRemove = AggregateList::check(intent.alsoRemove).aggregates;
    return intent;
}
} // namespace

BulkAggregateEdit::BulkAggregateEdit(PlacementClient *client, const BulkIntent &intent, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_intent(canonical(intent))
{ }

BulkAggregateEdit::BulkAggregateEdit(PlacementClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void BulkAggregateEdit::start(const QList<QPair<QString, QString>> &providers)
{
    QList<BulkTarget> targets;
    targets.reserve(providers.size());
    for (const auto &provider : providers)
        targets.append(BulkTarget(provider.first, provider.second, m_intent));
    start(targets);
}

void BulkAggregateEdit::start(const QList<BulkTarget> &targets)
{
    m_outcomes.clear();
    m_targets.clear();
    m_queue.clear();
    m_creating.clear();
    m_cancelled = false;
    for (const BulkTarget &target : targets) {
        BulkOutcome outcome;
        outcome.providerUuid = target.uuid;
        outcome.providerName = target.name;
        m_queue << static_cast<int>(m_outcomes.size());
        m_outcomes << outcome;
        m_targets << BulkTarget(target.uuid, target.name, canonical(target.intent));
    }
    pumpOrFinish();
}

void BulkAggregateEdit::retryFailed()
{
    if (isRunning())
        return;
    m_cancelled = false;
    for (int i = 0; i < m_outcomes.size(); ++i) {
        BulkOutcome &o = m_outcomes[i];
        if (o.status == BulkOutcome::Status::Failed || o.status == BulkOutcome::Status::Cancelled) {
            o.status = BulkOutcome::Status::Pending;
            o.error.clear();
            o.conflicts = 0;
            o.retries = 0;
            o.write = WriteRecord {};
            m_queue << i;
            Q_EMIT outcomeChanged(i);
        }
    }
    pumpOrFinish();
}

void BulkAggregateEdit::cancel()
{
    const bool wasRunning = isRunning();
    m_cancelled = true;
    const QList<int> dropped = m_queue;
    m_queue.clear();
    for (int index : dropped)
        finish(index, BulkOutcome::Status::Cancelled);
    // Providers between their re-read and their PUT stop at the next step (see put()).
    // A cancel after the run has ended reports nothing new.
    if (wasRunning && !isRunning())
        Q_EMIT finished();
}

int BulkAggregateEdit::count(BulkOutcome::Status status) const
{
    int n = 0;
    for (const BulkOutcome &o : m_outcomes)
        n += o.status == status ? 1 : 0;
    return n;
}

void BulkAggregateEdit::pumpOrFinish()
{
    pump();
    if (!isRunning())
        Q_EMIT finished();
}

QStringList BulkAggregateEdit::unconfirmed(const BulkIntent &intent) const
{
    QStringList result;
    const QStringList candidates = intent.mayCreate();
    for (const QString &uuid : candidates) {
        if (!m_existing.contains(uuid))
            result << uuid;
    }
    return result;
}

int BulkAggregateEdit::nextStartable() const
{
    if (m_creating.isEmpty())
        return m_queue.isEmpty() ? -1 : 0;
    // While an aggregate's first use is in flight, nothing else that names it starts;
    // providers with other aggregates go on.
    for (int pos = 0; pos < m_queue.size(); ++pos) {
        const BulkIntent &intent = m_targets.at(m_queue.at(pos)).intent;
        bool blocked = false;
        for (const QString &uuid : intent.aggregates + intent.alsoRemove)
            blocked = blocked || m_creating.contains(uuid);
        if (!blocked)
            return pos;
    }
    return -1;
}

void BulkAggregateEdit::pump()
{
    while (m_running < m_parallel && !m_cancelled) {
        const int pos = nextStartable();
        if (pos < 0)
            break;
        const int index = m_queue.takeAt(pos);
        const QStringList firstUses = unconfirmed(m_targets.at(index).intent);
        for (const QString &uuid : firstUses)
            m_creating.insert(uuid, index);
        ++m_running;
        m_outcomes[index].status = BulkOutcome::Status::Running;
        Q_EMIT outcomeChanged(index);
        readAndApply(index);
    }
}

void BulkAggregateEdit::readAndApply(int index)
{
    // Always start from a fresh read: the intent is applied to what the server has now.
    m_client->getAggregates(m_outcomes.at(index).providerUuid, this,
                            [this, index](const Result<ProviderAggregates> &current) {
                                if (!current) {
                                    finish(index, BulkOutcome::Status::Failed, current.error().fullText());
                                    return;
                                }
                                put(index, current.value());
                            });
}

void BulkAggregateEdit::put(int index, const ProviderAggregates &current)
{
    BulkOutcome &outcome = m_outcomes[index];
    const QStringList canonical = AggregateList::check(current.aggregates).aggregates;
    // "Before" is the first read of this run: after a conflict or an uncertain write the
    // re-read may already show our own change.
    if (outcome.conflicts == 0 && outcome.retries == 0)
        outcome.before = canonical;
    const QStringList target = m_targets.at(index).intent.applyTo(canonical);
    if (AggregateMerge::sameSet(target, canonical)) {
        outcome.after = canonical;
        outcome.generation = current.generation;
        if (outcome.write.wasSent()) {
            // Our own earlier write (its answer lost, or a 409 after it landed) got it there.
            outcome.write.succeeded = true;
            outcome.write.after = canonical;
            outcome.write.generationAfter = current.generation;
        }
        // After a conflict or a lost answer, the target may be there thanks to our own write.
        const bool tried = outcome.conflicts > 0 || outcome.retries > 0;
        finish(index, tried ? BulkOutcome::Status::Done : BulkOutcome::Status::Unchanged);
        return;
    }
    if (m_cancelled) {
        finish(index, BulkOutcome::Status::Cancelled);
        return;
    }
    WriteRecord &write = outcome.write;
    write.providerUuid = outcome.providerUuid;
    write.before = canonical;
    write.generationBefore = current.generation;
    write.sent = target;
    write.sentGeneration = current.generation;
    write.conflicts = outcome.conflicts;
    m_client->setAggregates(outcome.providerUuid, target, current.generation, this,
                            [this, index](const Result<ProviderAggregates> &result) {
                                BulkOutcome &o = m_outcomes[index];
                                if (result) {
                                    o.after = result.value().aggregates;
                                    o.generation = result.value().generation;
                                    o.write.succeeded = true;
                                    o.write.after = o.after;
                                    o.write.generationAfter = o.generation;
                                    o.write.requestId = result.requestId();
                                    finish(index, BulkOutcome::Status::Done);
                                    return;
                                }
                                const PlacementError &error = result.error();
                                o.write.requestId = error.requestId;
                                if (error.isConcurrentUpdate()) {
                                    ++o.conflicts;
                                    retryOrFail(index, tr("still changing after %n tries", nullptr, o.conflicts));
                                    return;
                                }
                                // Whether the write was applied is unknown: the re-read tells. A
                                // 2xx whose body is unusable (cut off, over the size cap) was
                                // most likely applied.
                                const bool outcomeUnknown = error.kind == PlacementError::Kind::ServerError
                                    || error.kind == PlacementError::Kind::Timeout
                                    || error.kind == PlacementError::Kind::Network
                                    || error.kind == PlacementError::Kind::BadResponse;
                                if (outcomeUnknown) {
                                    ++o.retries;
                                    retryOrFail(index, error.fullText());
                                    return;
                                }
                                finish(index, BulkOutcome::Status::Failed, error.fullText());
                            });
}

BulkIntent BulkIntent::undoing(const QStringList &before, const QStringList &after)
{
    const AggregateChange change = AggregateMerge::diff(before, after);
    if (change.added.isEmpty())
        return { Kind::Add, change.removed };
    if (change.removed.isEmpty())
        return { Kind::Remove, change.added };
    return { Kind::Add, change.removed, change.added };
}

QList<BulkTarget> BulkAggregateEdit::undoTargets() const
{
    QList<BulkTarget> targets;
    for (const BulkOutcome &o : m_outcomes) {
        if (o.status != BulkOutcome::Status::Done)
            continue;
        if (AggregateMerge::diff(o.before, o.after).isEmpty())
            continue;
        targets << BulkTarget(o.providerUuid, o.providerName, BulkIntent::undoing(o.before, o.after));
    }
    return targets;
}

void BulkAggregateEdit::retryOrFail(int index, const QString &reason)
{
    const BulkOutcome &o = m_outcomes.at(index);
    Q_EMIT outcomeChanged(index);
    if (o.conflicts + o.retries >= m_maxTries) {
        finish(index, BulkOutcome::Status::Failed, reason);
        return;
    }
    readAndApply(index);
}

void BulkAggregateEdit::finish(int index, BulkOutcome::Status status, const QString &error)
{
    BulkOutcome &outcome = m_outcomes[index];
    const bool wasRunning = outcome.status == BulkOutcome::Status::Running;
    outcome.status = status;
    if (status == BulkOutcome::Status::Done || status == BulkOutcome::Status::Unchanged) {
        // The provider now has them (or had them): they exist, later first uses are none.
        const QStringList created = m_targets.at(index).intent.mayCreate();
        for (const QString &uuid : created)
            m_existing.insert(uuid);
    }
    for (auto it = m_creating.begin(); it != m_creating.end();) {
        if (it.value() == index)
            it = m_creating.erase(it);
        else
            ++it;
    }
    outcome.error = error;
    outcome.write.conflicts = outcome.conflicts;
    if (status == BulkOutcome::Status::Failed)
        outcome.write.error = error;
    Q_EMIT outcomeChanged(index);
    Q_EMIT providerFinished(index);
    if (!wasRunning)
        return;
    --m_running;
    pumpOrFinish();
}
