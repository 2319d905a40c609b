#pragma once

// Changing a compute host's membership of Nova host aggregates the way that keeps both sides in
// sync: add_host/remove_host through Nova, one after the other, then a fresh read of the
// provider's placement aggregates to check that Nova really mirrored each change (Nova answers
// 200 even when its mirror into Placement failed). NovaMembershipPlan says which part of an
// aggregate edit Nova would have to make; NovaMembershipEdit makes it.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

#include "aggregatemerge.h"
#include "placementerror.h"
#include "types.h"

class NovaClient;
class NovaOverlay;
class PlacementClient;

struct NovaMembershipStep
{
    enum class Action
    {
        AddHost,
        RemoveHost
    };
    enum class Status
    {
        Pending,
        Done, // Nova answered 200 and Placement shows the change
        Failed, // Nova answered an error (error says which)
        NotMirrored, // Nova answered 200 but Placement's set does not show the change
        Unverified, // Nova answered 200; Placement could not be read to check the mirror
        NotSent, // an earlier step failed
    };
    Action action = Action::AddHost;
    int aggregateId = 0;
    QString aggregateUuid;
    QString aggregateName;
    Status status = Status::Pending;
    PlacementError error; // Failed
    QString requestId; // Nova's id of its answer (the journal records it); empty when none came
};

// Which part of a provider's aggregate change belongs to Nova.
struct NovaMembershipPlan
{
    QString providerUuid;
    QString host; // the provider's compute host; empty when it is not a compute node
    // Nova aggregates whose host list this change would change, in the change's order:
    // additions first, then removals.
    QList<NovaMembershipStep> steps;
    // The rest, for Placement alone: aggregates Nova does not know, and Nova aggregates whose
    // host list already agrees with the change (it repairs drift, Nova needs nothing).
    AggregateChange placementOnly;

    // The operator has to choose: through Nova or Placement only.
    bool offersChoice() const { return !host.isEmpty() && !steps.isEmpty(); }
    QStringList aggregateNames(NovaMembershipStep::Action action) const;

    // Without Nova data, or for a provider that is not a compute node, every change is
    // placementOnly and there are no steps.
    static NovaMembershipPlan make(const NovaOverlay *nova, const QString &providerUuid, const AggregateChange &change);
};

class NovaMembershipEdit : public QObject
{
    Q_OBJECT
public:
    NovaMembershipEdit(NovaClient *nova, PlacementClient *placement, NovaMembershipPlan plan,
                       QObject *parent = nullptr);

    // Sends the steps one by one; stops at the first error (the rest are NotSent), then reads
    // the provider's aggregates from Placement and checks every step Nova answered 200.
    void start();
    bool isRunning() const { return m_running; }

    const NovaMembershipPlan &plan() const { return m_plan; }
    const QList<NovaMembershipStep> &steps() const { return m_plan.steps; }
    // The provider's set read after Nova's part; empty when that read failed (readError()).
    const std::optional<ProviderAggregates> &placementAfter() const { return m_after; }
    const PlacementError &readError() const { return m_readError; }
    // Every step Done.
    bool succeeded() const;
    int count(NovaMembershipStep::Status status) const;

    // One line per step that was not Done, in plain words: what Nova said, or why we know
    // the mirror did not happen. Empty when succeeded().
    QString failureText() const;
    // What Nova changed and Placement shows ("host cmp1 added to az1-hosts, removed from gpu"),
    // empty when nothing.
    QString doneText() const;
    // Why this step is not Done, in plain words (the line failureText() has for it); empty when Done.
    QString stepFailure(int index) const { return stepText(m_plan.steps.at(index)); }

Q_SIGNALS:
    void stepFinished(int index);
    void finished();

private:
    void sendNext(int index);
    void verify();
    QString stepText(const NovaMembershipStep &step) const;

    QPointer<NovaClient> m_nova;
    QPointer<PlacementClient> m_placement;
    NovaMembershipPlan m_plan;
    std::optional<ProviderAggregates> m_after;
    PlacementError m_readError;
    bool m_running = false;
};
