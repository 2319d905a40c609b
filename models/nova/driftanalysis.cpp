#include "driftanalysis.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

QString nodeLabel(const NovaHypervisor &node)
{
    return QStringLiteral("%1 (%2)").arg(node.hypervisorHostname, node.id);
}

// Names a few providers and counts the rest, for a foreign aggregate's detail.
QString someNames(QStringList names)
{
    constexpr int shown = 5;
    std::sort(names.begin(), names.end());
    if (names.size() <= shown)
        return names.join(QStringLiteral(", "));
    const int more = static_cast<int>(names.size()) - shown;
    return DriftAnalysis::tr("%1 and %n more", nullptr, more).arg(names.mid(0, shown).join(QStringLiteral(", ")));
}

bool isDisabled(const NovaHypervisor &node, const NovaSnapshot &snapshot, bool *known)
{
    *known = true;
    if (node.status == QLatin1String("disabled"))
        return true;
    if (node.status == QLatin1String("enabled"))
        return false;
    // The hypervisor did not say: its compute service does.
    for (const NovaService &service : snapshot.services) {
        if (service.host == node.serviceHost && service.binary == QLatin1String("nova-compute"))
            return !service.isEnabled();
    }
    *known = false;
    return false;
}

bool isDown(const NovaHypervisor &node)
{
    return node.state == QLatin1String("down");
}

} // namespace

HostResolver::HostResolver(const NovaSnapshot &snapshot, const PlacementMembership &membership)
    : m_snapshot(snapshot)
    , m_membership(membership)
{
    for (int i = 0; i < snapshot.hypervisors.size(); ++i) {
        const NovaHypervisor &node = snapshot.hypervisors.at(i);
        m_nodesByHost[node.serviceHost].append(i);
        m_nodeById.insert(node.id.toLower(), i);
        if (!m_nodeByName.contains(node.hypervisorHostname))
            m_nodeByName.insert(node.hypervisorHostname, i);
    }
    for (const ResourceProvider &provider : membership.providers) {
        const auto known = m_providerByName.constFind(provider.name);
        if (known == m_providerByName.constEnd() || provider.uuid < known.value())
            m_providerByName.insert(provider.name, provider.uuid);
    }
}

const NovaHypervisor *HostResolver::nodeOf(const ResourceProvider &provider) const
{
    int index = m_nodeById.value(provider.uuid.toLower(), -1);
    if (index < 0)
        index = m_nodeByName.value(provider.name, -1);
    return index < 0 ? nullptr : &m_snapshot.hypervisors.at(index);
}

HostResolution HostResolver::resolve(const QString &host) const
{
    HostResolution resolution;
    resolution.host = host;
    const QList<int> indexes = m_nodesByHost.value(host);
    for (int index : indexes)
        resolution.nodes << m_snapshot.hypervisors.at(index);
    if (resolution.nodes.isEmpty()) {
        resolution.status = HostResolution::Status::NoComputeNode;
        resolution.reason = tr("Host %1 has no compute node in Nova (no hypervisor names it as its service host), "
                               "so Nova cannot mirror it into Placement.")
                                .arg(host);
        return resolution;
    }

    // Nova's add_host_to_aggregate: ComputeNodeList.get_all_by_host(host)[0].hypervisor_hostname,
    // then GET /resource_providers?name=<that name>.
    const NovaHypervisor &first = resolution.nodes.first();
    if (resolution.hasSeveralNodes()) {
        QStringList leftOut;
        for (int i = 1; i < resolution.nodes.size(); ++i)
            leftOut << nodeLabel(resolution.nodes.at(i));
        resolution.severalNodes = tr("Host %1 has %n compute nodes. Nova mirrors only the first, %2, into "
                                     "Placement; left out: %3. nova-manage placement sync_aggregates refuses "
                                     "such a host.",
                                     nullptr, static_cast<int>(resolution.nodes.size()))
                                      .arg(host, nodeLabel(first), leftOut.join(QStringLiteral(", ")));
    }
    const QString byName = m_providerByName.value(first.hypervisorHostname);
    const auto byUuid = m_membership.providers.constFind(first.id.toLower());
    if (byName.isEmpty()) {
        resolution.status = HostResolution::Status::NoProviderNamed;
        if (byUuid != m_membership.providers.constEnd()) {
            resolution.reason = tr("No resource provider is named %1, the compute node of host %2. Provider %3 has "
                                   "the node's UUID but is named %4: Nova's add_host looks the provider up by name "
                                   "and skips the mirror with only a warning in its log, while nova-manage "
                                   "placement sync_aggregates would use the UUID.")
                                    .arg(first.hypervisorHostname, host, byUuid->uuid, byUuid->name);
        } else {
            resolution.reason = tr("No resource provider is named %1, the compute node of host %2, and none has "
                                   "its UUID %3: Nova skips the mirror with only a warning in its log.")
                                    .arg(first.hypervisorHostname, host, first.id);
        }
        return resolution;
    }
    if (byName.compare(first.id, Qt::CaseInsensitive) != 0) {
        resolution.status = HostResolution::Status::NameAndUuidDisagree;
        resolution.reason = tr("Provider %1 is named like compute node %2 of host %3, but the node's UUID is %4. "
                               "Nova's add_host mirrors into the provider with that name, nova-manage placement "
                               "sync_aggregates into the one with the node's UUID: find out which provider is "
                               "stale before repairing.")
                                .arg(byName, first.hypervisorHostname, host, first.id);
        return resolution;
    }
    resolution.status = HostResolution::Status::Resolved;
    resolution.provider = m_membership.providers.value(byName);
    return resolution;
}

HostResolution DriftAnalysis::resolveHost(const QString &host, const NovaSnapshot &snapshot,
                                          const PlacementMembership &membership)
{
    return HostResolver(snapshot, membership).resolve(host);
}

void DriftAnalysis::sort(QList<DriftItem> &items)
{
    std::sort(items.begin(), items.end(), [](const DriftItem &a, const DriftItem &b) {
        return std::tie(a.kind, a.aggregateName, a.aggregateUuid, a.host, a.providerName, a.providerUuid, a.detail)
            < std::tie(b.kind, b.aggregateName, b.aggregateUuid, b.host, b.providerName, b.providerUuid, b.detail);
    });
}

QList<DriftItem> DriftAnalysis::analyze(const NovaSnapshot &snapshot, const PlacementMembership &membership)
{
    const HostResolver resolver(snapshot, membership);
    QHash<QString, HostResolution> resolutions;
    const auto resolve = [&](const QString &host) -> const HostResolution & {
        auto it = resolutions.find(host);
        if (it == resolutions.end())
            it = resolutions.insert(host, resolver.resolve(host));
        return it.value();
    };
    QList<DriftItem> items;
    const auto add = [&items](DriftItem::Kind kind, const NovaAggregate *aggregate, const QString &host,
                              const QString &providerUuid, const QString &providerName, const QString &detail) {
        DriftItem item;
        item.kind = kind;
        if (aggregate) {
            item.aggregateUuid = aggregate->uuid.toLower();
            item.aggregateName = aggregate->name;
        }
        item.host = host;
        item.providerUuid = providerUuid;
        item.providerName = providerName;
        item.detail = detail;
        items << item;
    };

    QSet<QString> novaUuids;
    for (const NovaAggregate &aggregate : snapshot.aggregates)
        novaUuids.insert(aggregate.uuid.toLower());

    // Missing, extra and unresolvable, aggregate by aggregate.
    for (const NovaAggregate &aggregate : snapshot.aggregates) {
        const QString uuid = aggregate.uuid.toLower();
        const QSet<QString> hosts(aggregate.hosts.cbegin(), aggregate.hosts.cend());
        const bool read = !uuid.isEmpty() && membership.wasRead(uuid) && !membership.failedAggregates.contains(uuid);
        const QSet<QString> members = membership.members.value(uuid);
        QStringList sortedHosts(hosts.cbegin(), hosts.cend());
        std::sort(sortedHosts.begin(), sortedHosts.end());
        for (const QString &host : std::as_const(sortedHosts)) {
            const HostResolution &resolution = resolve(host);
            if (resolution.hasSeveralNodes())
                add(DriftItem::Kind::Unresolvable, &aggregate, host, resolution.provider.uuid, resolution.provider.name,
                    resolution.severalNodes);
            if (!resolution.isResolved()) {
                const NovaHypervisor *first = resolution.nodes.isEmpty() ? nullptr : &resolution.nodes.first();
                add(DriftItem::Kind::Unresolvable, &aggregate, host, first ? first->id.toLower() : QString(),
                    first ? first->hypervisorHostname : QString(), resolution.reason);
                continue;
            }
            if (!read || members.contains(resolution.provider.uuid))
                continue;
            const QString detail = aggregate.availabilityZone.isEmpty()
                ? tr("Host %1 is in Nova aggregate %2, but its provider is not in the placement aggregate: "
                     "placement-based scheduling for this aggregate (tenant isolation, isolating traits) misses it.")
                      .arg(host, aggregate.name)
                : tr("Host %1 is in Nova aggregate %2 (availability zone %3), but its provider is not in the "
                     "placement aggregate: where zones are matched in Placement (the default from Nova 24, the only "
                     "way from Nova 28), the scheduler never places instances asked for zone %3 on it.")
                      .arg(host, aggregate.name, aggregate.availabilityZone);
            add(DriftItem::Kind::Missing, &aggregate, host, resolution.provider.uuid, resolution.provider.name, detail);
        }
        if (!read)
            continue;
        for (const QString &member : members) {
            ResourceProvider provider = membership.providers.value(member);
            provider.uuid = member; // a member the provider list did not show is still named by its uuid
            const NovaHypervisor *node = resolver.nodeOf(provider);
            if (node && hosts.contains(node->serviceHost))
                continue;
            QString detail;
            if (node) {
                detail = aggregate.availabilityZone.isEmpty()
                    ? tr("Provider %1 is in the placement aggregate, but its host %2 is not in Nova aggregate %3: "
                         "placement-based scheduling treats it as a member.")
                          .arg(provider.name, node->serviceHost, aggregate.name)
                    : tr("Provider %1 is in the placement aggregate, but its host %2 is not in Nova aggregate %3: "
                         "where zones are matched in Placement, instances asked for zone %4 may land on it.")
                          .arg(provider.name, node->serviceHost, aggregate.name, aggregate.availabilityZone);
            } else {
                const ResourceProvider root = membership.providers.value(provider.rootUuid);
                const NovaHypervisor *rootNode = provider.rootUuid.isEmpty() || provider.rootUuid == provider.uuid
                    ? nullptr
                    : resolver.nodeOf(root);
                detail = rootNode
                    ? tr("Provider %1 is no compute node but a nested provider under compute node %2 (host %3). "
                         "Nova only mirrors compute nodes; it was put in this aggregate by someone else.")
                          .arg(provider.name, rootNode->hypervisorHostname, rootNode->serviceHost)
                    : tr("Provider %1 is no compute node in Nova: a sharing provider (shared storage, for "
                         "example) or one made by hand. Nova never mirrors it; it may be in this aggregate on "
                         "purpose, so remove it only if you know it should not be.")
                          .arg(provider.name.isEmpty() ? member : provider.name);
            }
            add(DriftItem::Kind::Extra, &aggregate, node ? node->serviceHost : QString(), member, provider.name,
                detail);
        }
    }

    // Foreign: placement aggregates Nova does not know, from whatever shows them.
    QMap<QString, QSet<QString>> foreign;
    for (auto it = membership.aggregatesByProvider.constBegin(); it != membership.aggregatesByProvider.constEnd();
         ++it) {
        for (const QString &aggregate : it.value().aggregates) {
            if (!novaUuids.contains(aggregate.toLower()))
                foreign[aggregate.toLower()].insert(it.key());
        }
    }
    for (auto it = membership.members.constBegin(); it != membership.members.constEnd(); ++it) {
        if (!novaUuids.contains(it.key()) && !it.value().isEmpty())
            foreign[it.key()].unite(it.value());
    }
    for (auto it = foreign.constBegin(); it != foreign.constEnd(); ++it) {
        QStringList names;
        for (const QString &member : it.value()) {
            const QString name = membership.providers.value(member).name;
            names << (name.isEmpty() ? member : name);
        }
        DriftItem item;
        item.kind = DriftItem::Kind::Foreign;
        item.aggregateUuid = it.key();
        if (it.value().size() == 1) {
            item.providerUuid = *it.value().cbegin();
            item.providerName = membership.providers.value(item.providerUuid).name;
        }
        item.detail = tr("Placement aggregate unknown to Nova, with %n provider(s): %1. A Neutron routed network "
                         "segment, a sharing provider's aggregate or one made by hand; information only.",
                         nullptr, static_cast<int>(it.value().size()))
                          .arg(someNames(names));
        items << item;
    }

    // Inconsistent: one host in several availability zones.
    QMap<QString, QList<const NovaAggregate *>> zonedByHost;
    for (const NovaAggregate &aggregate : snapshot.aggregates) {
        if (aggregate.availabilityZone.isEmpty())
            continue;
        const QSet<QString> hosts(aggregate.hosts.cbegin(), aggregate.hosts.cend());
        for (const QString &host : hosts)
            zonedByHost[host].append(&aggregate);
    }
    for (auto it = zonedByHost.begin(); it != zonedByHost.end(); ++it) {
        QList<const NovaAggregate *> &zoned = it.value();
        std::sort(zoned.begin(), zoned.end(), [](const NovaAggregate *a, const NovaAggregate *b) {
            return std::tie(a->name, a->uuid) < std::tie(b->name, b->uuid);
        });
        QSet<QString> zones;
        QStringList parts;
        for (const NovaAggregate *aggregate : std::as_const(zoned)) {
            zones.insert(aggregate->availabilityZone);
            parts << tr("%1 (aggregate %2)").arg(aggregate->availabilityZone, aggregate->name);
        }
        if (zones.size() < 2)
            continue;
        const HostResolution &resolution = resolve(it.key());
        add(DriftItem::Kind::Inconsistent, zoned.first(), it.key(), resolution.provider.uuid, resolution.provider.name,
            tr("Host %1 is in %n availability zones: %2. An instance's zone is ambiguous on this host.", nullptr,
               static_cast<int>(zones.size()))
                .arg(it.key(), parts.join(QStringLiteral(", "))));
    }

    // Inconsistent: COMPUTE_STATUS_DISABLED against the service's disabled flag.
    if (membership.disabledTraitRead) {
        for (const NovaHypervisor &node : snapshot.hypervisors) {
            const auto provider = membership.providers.constFind(node.id.toLower());
            if (provider == membership.providers.constEnd())
                continue; // an aggregate's unresolvable item, if any, says why
            bool known = false;
            const bool disabled = isDisabled(node, snapshot, &known);
            const bool hasTrait = membership.disabledProviders.contains(provider->uuid);
            if (!known || disabled == hasTrait)
                continue;
            QString detail = disabled
                ? tr("The nova-compute service on %1 is disabled, but provider %2 lacks the COMPUTE_STATUS_DISABLED "
                     "trait: the scheduler's placement prefilter does not skip it.")
                      .arg(node.serviceHost, provider->name)
                : tr("Provider %1 carries the COMPUTE_STATUS_DISABLED trait, but the nova-compute service on %2 is "
                     "enabled: the scheduler's placement prefilter skips it, so it receives no new instances.")
                      .arg(provider->name, node.serviceHost);
            if (isDown(node))
                detail = tr("%1 The service is down, so it cannot correct the trait itself.").arg(detail);
            else
                detail
                    = tr("%1 A running service corrects the trait at its next periodic resource update.").arg(detail);
            add(DriftItem::Kind::Inconsistent, nullptr, node.serviceHost, provider->uuid, provider->name, detail);
        }
    }

    sort(items);
    return items;
}
