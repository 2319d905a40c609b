#pragma once

// Where Nova's host aggregates and their placement mirrors disagree, as a pure function of
// what was read from both services. Nova mirrors a host into Placement by name: the host's
// first compute node's hypervisor_hostname is looked up as a resource provider name
// (AggregateAPI.add_host_to_aggregate); nova-manage placement sync_aggregates uses the compute
// node's UUID instead. Where those two rules disagree, the host is reported, not guessed.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "novatypes.h"
#include "placementmembership.h"
#include "types.h"

struct DriftItem
{
    enum class Kind
    {
        Missing, // host in a Nova aggregate, its provider not in the placement aggregate
        Extra, // provider in the placement aggregate of a Nova aggregate, its host not a member
        Foreign, // placement aggregate unknown to Nova: information only
        Unresolvable, // a host that cannot be mapped to one provider
        Inconsistent, // a host in two zones; COMPUTE_STATUS_DISABLED against the service's flag
    };
    Kind kind = Kind::Missing;
    QString aggregateUuid;
    QString aggregateName;
    QString providerUuid;
    QString providerName;
    QString host;
    QString detail; // plain words for the operator, translated

    friend bool operator==(const DriftItem &a, const DriftItem &b)
    {
        return a.kind == b.kind && a.aggregateUuid == b.aggregateUuid && a.aggregateName == b.aggregateName
            && a.providerUuid == b.providerUuid && a.providerName == b.providerName && a.host == b.host
            && a.detail == b.detail;
    }
    friend bool operator!=(const DriftItem &a, const DriftItem &b) { return !(a == b); }
};

// How one Nova compute host maps to a resource provider.
struct HostResolution
{
    enum class Status
    {
        Resolved, // the first node's name names a provider, and that provider has the node's UUID
        NoComputeNode, // no hypervisor reports this service host
        NoProviderNamed, // no provider has the first node's hypervisor_hostname as its name
        NameAndUuidDisagree, // the provider with that name has another UUID than the node
    };
    Status status = Status::NoComputeNode;
    QString host;
    QList<NovaHypervisor> nodes; // every compute node of the host, in Nova's order
    ResourceProvider provider; // the provider Nova mirrors into (Resolved only)
    QString reason; // why it is not resolved; empty when resolved
    QString severalNodes; // which node Nova mirrors and which it leaves out; empty with one node

    bool isResolved() const { return status == Status::Resolved; }
    // Nova mirrors only the first compute node of a host; the others are left out.
    bool hasSeveralNodes() const { return nodes.size() > 1; }
};

// Indexes a snapshot and a membership once, then maps hosts to providers and back.
class HostResolver
{
    Q_DECLARE_TR_FUNCTIONS(HostResolver)

public:
    // Both must outlive the resolver.
    HostResolver(const NovaSnapshot &snapshot, const PlacementMembership &membership);

    HostResolution resolve(const QString &host) const;
    // The compute node a provider is: by UUID, else by hypervisor_hostname; nullptr if none.
    const NovaHypervisor *nodeOf(const ResourceProvider &provider) const;

private:
    const NovaSnapshot &m_snapshot;
    const PlacementMembership &m_membership;
    QHash<QString, QList<int>> m_nodesByHost; // service host -> hypervisor indexes, Nova's order
    QHash<QString, int> m_nodeById;
    QHash<QString, int> m_nodeByName;
    QHash<QString, QString> m_providerByName; // name -> uuid (the lowest uuid if several)
};

class DriftAnalysis
{
    Q_DECLARE_TR_FUNCTIONS(DriftAnalysis)

public:
    // Every drift item, sorted by kind, aggregate name and uuid, host, provider name and uuid.
    // An aggregate whose member list was not read (failed or not asked) yields no missing and
    // no extra items: its membership is unknown, and the caller reports why.
    static QList<DriftItem> analyze(const NovaSnapshot &snapshot, const PlacementMembership &membership);

    // Nova's rule for one host, with the mismatches explained.
    static HostResolution resolveHost(const QString &host, const NovaSnapshot &snapshot,
                                      const PlacementMembership &membership);

    static void sort(QList<DriftItem> &items);
};

Q_DECLARE_METATYPE(DriftItem)
