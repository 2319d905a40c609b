#include "novamembershipedit.h"

#include "novaclient.h"
#include "novaoverlay.h"
#include "placementclient.h"

#include <algorithm>
#include <utility>

QStringList NovaMembershipPlan::aggregateNames(NovaMembershipStep::Action action) const
{
    QStringList names;
    for (const NovaMembershipStep &step : steps) {
        if (step.action == action)
            names << step.aggregateName;
    }
    return names;
}

NovaMembershipPlan NovaMembershipPlan::make(const NovaOverlay *nova, const QString &providerUuid,
                                            const AggregateChange &change)
{
    NovaMembershipPlan plan;
    plan.providerUuid = providerUuid;
    plan.placementOnly = change;
    if (!nova || !nova->hasData())
        return plan;
    plan.host = nova->hostOf(providerUuid);
    if (plan.host.isEmpty())
        return plan;
    plan.placementOnly = {};
    // A Nova aggregate whose host list already says what the edit wants needs nothing from
    // Nova: the edit repairs Placement's side of a drift.
    auto route = [&](const QString &uuid, NovaMembershipStep::Action action, QStringList *rest) {
        const std::optional<NovaAggregate> aggregate = nova->aggregate(uuid);
        const bool wantsHost = action == NovaMembershipStep::Action::AddHost;
        if (!aggregate || aggregate->hosts.contains(plan.host) == wantsHost) {
            *rest << uuid;
            return;
        }
        NovaMembershipStep step;
        step.action = action;
        step.aggregateId = aggregate->id;
        step.aggregateUuid = uuid;
        step.aggregateName = aggregate->name.isEmpty() ? uuid : aggregate->name;
        plan.steps << step;
    };
    for (const QString &uuid : change.added)
        route(uuid, NovaMembershipStep::Action::AddHost, &plan.placementOnly.added);
    for (const QString &uuid : change.removed)
        route(uuid, NovaMembershipStep::Action::RemoveHost, &plan.placementOnly.removed);
    return plan;
}

NovaMembershipEdit::NovaMembershipEdit(NovaClient *nova, PlacementClient *placement, NovaMembershipPlan plan,
                                       QObject *parent)
    : QObject(parent)
    , m_nova(nova)
    , m_placement(placement)
    , m_plan(std::move(plan))
{ }

void NovaMembershipEdit::start()
{
    if (m_running || !m_nova || !m_placement)
        return;
    m_running = true;
    m_after.reset();
    m_readError = {};
    for (NovaMembershipStep &step : m_plan.steps) {
        step.status = NovaMembershipStep::Status::Pending;
        step.error = {};
    }
    sendNext(0);
}

// One at a time: a failure stops the rest, so what Nova holds is known step by step.
void NovaMembershipEdit::sendNext(int index)
{
    if (index >= m_plan.steps.size()) {
        verify();
        return;
    }
    const NovaMembershipStep &step = m_plan.steps.at(index);
    auto answer = [this, index](const Result<NovaAggregate> &result) {
        NovaMembershipStep &s = m_plan.steps[index];
        s.requestId = result.requestId();
        if (!result) {
            s.status = NovaMembershipStep::Status::Failed;
            s.error = result.error();
            for (int i = index + 1; i < m_plan.steps.size(); ++i)
                m_plan.steps[i].status = NovaMembershipStep::Status::NotSent;
            Q_EMIT stepFinished(index);
            verify();
            return;
        }
        s.status = NovaMembershipStep::Status::Done; // until Placement's set says otherwise
        Q_EMIT stepFinished(index);
        sendNext(index + 1);
    };
    if (step.action == NovaMembershipStep::Action::AddHost)
        m_nova->addHost(step.aggregateId, m_plan.host, this, answer);
    else
        m_nova->removeHost(step.aggregateId, m_plan.host, this, answer);
}

// Nova answers 200 when it saved the host, whether or not its mirror into Placement worked:
// only Placement's own set tells.
void NovaMembershipEdit::verify()
{
    m_placement->getAggregates(m_plan.providerUuid, this, [this](const Result<ProviderAggregates> &result) {
        if (result)
            m_after = result.value();
        else
            m_readError = result.error();
        for (NovaMembershipStep &step : m_plan.steps) {
            if (step.status != NovaMembershipStep::Status::Done)
                continue;
            if (!m_after) {
                step.status = NovaMembershipStep::Status::Unverified;
                continue;
            }
            const bool present = m_after->aggregates.contains(step.aggregateUuid, Qt::CaseInsensitive);
            if (present != (step.action == NovaMembershipStep::Action::AddHost))
                step.status = NovaMembershipStep::Status::NotMirrored;
        }
        m_running = false;
        Q_EMIT finished();
    });
}

bool NovaMembershipEdit::succeeded() const
{
    return !m_running && count(NovaMembershipStep::Status::Done) == m_plan.steps.size();
}

int NovaMembershipEdit::count(NovaMembershipStep::Status status) const
{
    return static_cast<int>(std::count_if(m_plan.steps.cbegin(), m_plan.steps.cend(),
                                          [status](const NovaMembershipStep &s) { return s.status == status; }));
}

QString NovaMembershipEdit::stepText(const NovaMembershipStep &step) const
{
    const bool add = step.action == NovaMembershipStep::Action::AddHost;
    switch (step.status) {
    case NovaMembershipStep::Status::Pending:
    case NovaMembershipStep::Status::Done:
        return {};
    case NovaMembershipStep::Status::Failed: {
        const QString text = add ? tr("Nova did not add host %1 to aggregate %2: %3")
                                       .arg(m_plan.host, step.aggregateName, step.error.fullText())
                                 : tr("Nova did not remove host %1 from aggregate %2: %3")
                                       .arg(m_plan.host, step.aggregateName, step.error.fullText());
        // Nova saves the host before it mirrors: after a 5xx or no answer it may hold the change.
        const bool mayHaveSaved = step.error.kind == PlacementError::Kind::ServerError
            || step.error.kind == PlacementError::Kind::Timeout || step.error.kind == PlacementError::Kind::Network;
        QString line = mayHaveSaved
            ? tr("%1 Nova may have saved it before failing; Nova is read again, the drift view shows what it holds.")
                  .arg(text)
            : text;
        // remove_host changes Placement before Nova checks its own list: a refusal may still
        // have changed Placement, and the operator must not believe it untouched.
        if (m_after && m_after->aggregates.contains(step.aggregateUuid, Qt::CaseInsensitive) == add)
            line += QLatin1Char(' ')
                + (add ? tr("Placement's set of this provider, read afterwards, contains %1 all the same (generation "
                            "%2).")
                             .arg(step.aggregateUuid)
                             .arg(m_after->generation)
                       : tr("Placement's set of this provider, read afterwards, no longer contains %1 all the same "
                            "(generation %2): Nova removes it from Placement before it checks its own host list.")
                             .arg(step.aggregateUuid)
                             .arg(m_after->generation));
        return line;
    }
    case NovaMembershipStep::Status::NotMirrored:
        return add ? tr("Nova saved host %1 in aggregate %2 but did not mirror it into Placement: Placement's set of "
                        "this provider, read after Nova answered 200, does not contain %3 (generation %4).")
                         .arg(m_plan.host, step.aggregateName, step.aggregateUuid)
                         .arg(m_after ? m_after->generation : -1)
                   : tr("Nova removed host %1 from aggregate %2 but did not mirror it into Placement: Placement's set "
                        "of this provider, read after Nova answered 200, still contains %3 (generation %4).")
                         .arg(m_plan.host, step.aggregateName, step.aggregateUuid)
                         .arg(m_after ? m_after->generation : -1);
    case NovaMembershipStep::Status::Unverified:
        return add ? tr("Nova saved host %1 in aggregate %2; whether it mirrored it into Placement is unknown: "
                        "reading the provider's aggregates failed: %3")
                         .arg(m_plan.host, step.aggregateName, m_readError.fullText())
                   : tr("Nova removed host %1 from aggregate %2; whether it mirrored it into Placement is unknown: "
                        "reading the provider's aggregates failed: %3")
                         .arg(m_plan.host, step.aggregateName, m_readError.fullText());
    case NovaMembershipStep::Status::NotSent:
        return add ? tr("Not sent: adding host %1 to aggregate %2 (an earlier step failed).")
                         .arg(m_plan.host, step.aggregateName)
                   : tr("Not sent: removing host %1 from aggregate %2 (an earlier step failed).")
                         .arg(m_plan.host, step.aggregateName);
    }
    return {};
}

QString NovaMembershipEdit::failureText() const
{
    QStringList lines;
    for (const NovaMembershipStep &step : m_plan.steps) {
        const QString line = stepText(step);
        if (!line.isEmpty())
            lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString NovaMembershipEdit::doneText() const
{
    QStringList added;
    QStringList removed;
    for (const NovaMembershipStep &step : m_plan.steps) {
        if (step.status != NovaMembershipStep::Status::Done)
            continue;
        (step.action == NovaMembershipStep::Action::AddHost ? added : removed) << step.aggregateName;
    }
    if (added.isEmpty() && removed.isEmpty())
        return {};
    if (removed.isEmpty())
        return tr("Through Nova: host %1 added to %2.").arg(m_plan.host, added.join(tr(", ")));
    if (added.isEmpty())
        return tr("Through Nova: host %1 removed from %2.").arg(m_plan.host, removed.join(tr(", ")));
    return tr("Through Nova: host %1 added to %2, removed from %3.")
        .arg(m_plan.host, added.join(tr(", ")), removed.join(tr(", ")));
}
