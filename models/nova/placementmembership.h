#pragma once

// Who is in which placement aggregate, read the cheap way: one provider list, one
// member_of list per aggregate and one list of providers with COMPUTE_STATUS_DISABLED, so
// k aggregates cost k + 2 calls whatever the number of providers.

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include <optional>

#include "placementclient.h"
#include "result.h"
#include "types.h"

struct PlacementMembership
{
    // Nova's trait for a compute node whose nova-compute service is disabled (Nova 20+).
    static inline const QString disabledTrait = QStringLiteral("COMPUTE_STATUS_DISABLED");

    QHash<QString, ResourceProvider> providers; // uuid -> provider: every provider there is
    // Aggregate uuid -> uuids of its members, for each aggregate whose member list was read.
    QHash<QString, QSet<QString>> members;
    // Aggregates whose member list could not be read: their membership is unknown, never empty.
    QHash<QString, PlacementError> failedAggregates;
    // Providers carrying COMPUTE_STATUS_DISABLED; meaningful only when disabledTraitRead.
    QSet<QString> disabledProviders;
    bool disabledTraitRead = false;
    std::optional<PlacementError> disabledTraitError; // why it was not read
    // Provider uuid -> its whole aggregate set and the generation it was read at, for the
    // providers whose own aggregates were read (the window reads them one by one). The only
    // way to see placement aggregates Nova does not know; may cover only some providers.
    QHash<QString, ProviderAggregates> aggregatesByProvider;

    bool wasRead(const QString &aggregate) const { return members.contains(aggregate); }
    // Members of an aggregate in uuid order; empty when it was not read (see wasRead()).
    QStringList membersOf(const QString &aggregate) const;
    // Providers with this name (Placement keeps names unique; a list to stay honest).
    QList<ResourceProvider> providersNamed(const QString &name) const;
};

// Reads a PlacementMembership for a list of aggregate UUIDs. Every call is a background
// call made with this object as context, so cancel() drops these calls and nobody else's.
// finished() is emitted once per start(), never after cancel(). A failed provider list fails
// the whole read; a failed member list marks that aggregate unknown; a failed trait list
// leaves disabledTraitRead false.
class PlacementMembershipReader : public QObject
{
    Q_OBJECT
public:
    explicit PlacementMembershipReader(PlacementClient *client, QObject *parent = nullptr);

    // Aggregate UUIDs are folded to lower case and duplicates dropped; entries that are not
    // UUIDs are marked failed (InvalidInput) without a call.
    void start(const QStringList &aggregateUuids);
    void cancel();
    // Background by default; the window asks at Visible, so these few calls overtake the
    // table's thousands of background reads (a user's action still overtakes them).
    void setPriority(PlacementClient::Priority priority) { m_priority = priority; }
    bool isRunning() const { return m_running; }

    // Calls made by the last start(): 2 plus one per distinct aggregate UUID.
    int callsMade() const { return m_calls; }

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Result<PlacementMembership> &result);

private:
    void callDone();
    void fail(const PlacementError &error);

    PlacementClient *m_client;
    PlacementMembership m_membership;
    PlacementClient::Priority m_priority = PlacementClient::Priority::Background;
    bool m_running = false;
    int m_calls = 0;
    int m_done = 0;
    quint64 m_epoch = 0; // ignores answers that belong to an earlier start()
};
