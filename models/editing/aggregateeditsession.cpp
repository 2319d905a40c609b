#include "aggregateeditsession.h"

#include "aggregatelist.h"
#include "placementclient.h"

#include <utility>

AggregateEditSession::AggregateEditSession(PlacementClient *client, QString providerUuid,
                                           const ProviderAggregates &base, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_uuid(std::move(providerUuid))
    , m_base(base)
    , m_wanted(base.aggregates)
    , m_origin(base.aggregates)
{ }

void AggregateEditSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void AggregateEditSession::setBase(const ProviderAggregates &base)
{
    m_base = base;
    Q_EMIT baseChanged(m_base);
}

void AggregateEditSession::setWanted(const QStringList &aggregates)
{
    m_wanted = aggregates;
    if (m_state == State::Saved)
        setState(State::Editing);
}

void AggregateEditSession::save()
{
    if (m_state != State::Editing)
        return; // saving twice, or a conflict awaiting a choice
    m_autoReapplies = 0;
    m_write = WriteRecord {};
    m_write.providerUuid = m_uuid;
    // 409s met before "keep editing" belong to this save: the operator is still saving that change.
    m_write.conflicts = std::exchange(m_carriedConflicts, 0);
    put(m_wanted, m_base.generation);
}

void AggregateEditSession::put(const QStringList &aggregates, qint64 generation)
{
    setState(State::Saving);
    const QStringList before = m_base.aggregates;
    m_write.before = before;
    m_write.generationBefore = m_base.generation;
    m_write.sent = AggregateList::check(aggregates).aggregates;
    m_write.sentGeneration = generation;
    m_client->setAggregates(m_uuid, aggregates, generation, this,
                            [this, before](const Result<ProviderAggregates> &result) {
                                if (result) {
                                    m_write.succeeded = true;
                                    m_write.after = result.value().aggregates;
                                    m_write.generationAfter = result.value().generation;
                                    m_write.requestId = result.requestId();
                                    Q_EMIT written(m_write);
                                    m_previous = before;
                                    m_wanted = result.value().aggregates;
                                    m_origin = m_wanted;
                                    m_theirs = {};
                                    setBase(result.value());
                                    setState(State::Saved);
                                    Q_EMIT saved(result.value(), before);
                                    return;
                                }
                                if (result.error().isConcurrentUpdate()) {
                                    ++m_write.conflicts;
                                    m_write.requestId = result.error().requestId;
                                    resolveConflict();
                                    return;
                                }
                                setState(State::Editing);
                                failWrite(result.error());
                                Q_EMIT saveFailed(result.error());
                            });
}

void AggregateEditSession::failWrite(const PlacementError &error, bool answerToThePut)
{
    // Refused before sending (below 1.19, not UUIDs): nothing reached the server.
    if (error.kind == PlacementError::Kind::Unsupported || error.kind == PlacementError::Kind::InvalidInput)
        return;
    m_write.succeeded = false;
    m_write.error = error.fullText();
    // After a 409 whose re-read failed, the request id stays the PUT's: it names the write.
    if (answerToThePut && !error.requestId.isEmpty())
        m_write.requestId = error.requestId;
    Q_EMIT written(m_write);
}

void AggregateEditSession::resolveConflict()
{
    setState(State::Resolving);
    m_client->getAggregates(m_uuid, this, [this](const Result<ProviderAggregates> &result) {
        if (!result) {
            // Re-reading failed (deleted, network): keep the edit and say why.
            setState(State::Editing);
            failWrite(result.error(), false);
            Q_EMIT saveFailed(result.error());
            return;
        }
        // Compare canonical forms: the server stores what was sent, in any spelling.
        const QStringList server = AggregateList::check(result.value().aggregates).aggregates;
        m_conflict = AggregateConflict {};
        m_conflict.base = m_base;
        m_conflict.server = { server, result.value().generation };
        m_conflict.mine = m_wanted;
        // The base may carry another tool's spelling (upper case): compare like with like.
        const QStringList base = AggregateList::check(m_base.aggregates).aggregates;
        const QStringList mine = AggregateList::check(m_wanted).aggregates;
        m_conflict.merged = AggregateMerge::threeWay(base, mine, server);
        m_conflict.aggregatesChangedOnServer = !AggregateMerge::sameSet(base, server);
        m_conflict.serverChange = AggregateMerge::diff(base, server);
        m_conflict.myChange = AggregateMerge::diff(m_base.aggregates, m_wanted);

        if (m_autoReapply && !m_conflict.aggregatesChangedOnServer && m_autoReapplies < maxAutomaticReapplies) {
            ++m_autoReapplies;
            Q_EMIT automaticallyReapplied(m_conflict);
            adoptServerState();
            put(m_wanted, m_base.generation);
            return;
        }
        setState(State::Conflict);
        Q_EMIT conflictDetected(m_conflict);
    });
}

// The server's set becomes the base and my change is carried onto it (three-way merge);
// what the server changed since I started is remembered as theirs.
void AggregateEditSession::adoptServerState()
{
    learnTheirChange();
    m_wanted = m_conflict.merged;
    setBase(m_conflict.server);
}

void AggregateEditSession::learnTheirChange()
{
    m_theirs = AggregateMerge::diff(AggregateList::check(m_origin).aggregates, m_conflict.server.aggregates);
}

void AggregateEditSession::choose(ConflictChoice choice)
{
    switch (choice) {
    case ConflictChoice::Reapply:
        reapplyMine();
        return;
    case ConflictChoice::Reload:
        reloadDroppingMine();
        return;
    case ConflictChoice::KeepEditing:
        keepEditing();
        return;
    }
}

void AggregateEditSession::reapplyMine()
{
    if (m_state != State::Conflict)
        return;
    adoptServerState();
    put(m_wanted, m_base.generation);
}

void AggregateEditSession::reloadDroppingMine()
{
    if (m_state != State::Conflict && m_state != State::Editing)
        return;
    if (m_state == State::Conflict) {
        learnTheirChange();
        setBase(m_conflict.server);
        // The refused write ends here, unsaved: the journal says so.
        m_write.succeeded = false;
        m_write.error = tr("changed on the server meanwhile (409); the change was dropped and the server's set "
                           "reloaded");
        Q_EMIT written(m_write);
    }
    m_wanted = m_base.aggregates;
    setState(State::Editing);
}

void AggregateEditSession::rebaseOnto(const ProviderAggregates &server)
{
    if (m_state != State::Editing)
        return;
    m_wanted = AggregateMerge::threeWay(m_base.aggregates, m_wanted, server.aggregates);
    m_origin = server.aggregates; // written on the operator's behalf: not "theirs"
    setBase(server);
}

void AggregateEditSession::keepEditing()
{
    if (m_state != State::Conflict)
        return;
    // Keeping my literal set would turn a colleague's addition into my removal.
    m_carriedConflicts = m_write.conflicts;
    adoptServerState();
    setState(State::Editing);
}
