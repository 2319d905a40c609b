// DriftAnalysis as a pure function: every drift class from hand-built Nova and Placement
// views (missing, extra with a compute node, a sharing provider and a nested provider,
// foreign from per-provider reads and from an extra aggregate's member list, unresolvable
// hosts, several nodes per host, a host in two zones, the disabled trait against the
// service's flag both ways), failed member reads that must not fake drift, Nova's host to
// provider rule, and a deterministic order.

#include "driftanalysis.h"
#include "driftreport.h"

#include <QTest>

#include <algorithm>

namespace {

QString aggregateUuid(char c)
{
    return QStringLiteral("%1%1%1%1%1%1%1%1-0000-4000-8000-000000000000").arg(QLatin1Char(c));
}
// Compute node i: provider uuid (== node id), name node-i, service host compute-i.
QString nodeUuid(int i)
{
    return QStringLiteral("cccccccc-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}
QString nodeName(int i)
{
    return QStringLiteral("node-%1").arg(i);
}
QString host(int i)
{
    return QStringLiteral("compute-%1").arg(i);
}

const QString A = aggregateUuid('a');
const QString B = aggregateUuid('b');
const QString F = aggregateUuid('f');
const QString shared = QStringLiteral("5a5a5a5a-0000-4000-8000-000000000001");
const QString child = QStringLiteral("c1c1c1c1-0000-4000-8000-000000000001");
const QString impostor = QStringLiteral("99999999-0000-4000-8000-000000000002");

// Both services' view, built fluently.
struct World
{
    NovaSnapshot nova;
    PlacementMembership placement;

    World &aggregate(const QString &uuid, const QString &name, const QString &zone, const QStringList &hosts)
    {
        NovaAggregate a;
        a.id = static_cast<int>(nova.aggregates.size()) + 1;
        a.uuid = uuid;
        a.name = name;
        a.availabilityZone = zone;
        a.hosts = hosts;
        nova.aggregates << a;
        return *this;
    }
    World &node(int i, const QString &serviceHost, const QString &status = QStringLiteral("enabled"),
                const QString &state = QStringLiteral("up"))
    {
        NovaHypervisor h;
        h.id = nodeUuid(i);
        h.hypervisorHostname = nodeName(i);
        h.serviceHost = serviceHost;
        h.status = status;
        h.state = state;
        nova.hypervisors << h;
        return *this;
    }
    World &provider(const QString &uuid, const QString &name, const QString &parent = {})
    {
        ResourceProvider p;
        p.uuid = uuid;
        p.name = name;
        p.generation = 1;
        p.parentUuid = parent;
        p.rootUuid = parent.isEmpty() ? uuid : parent;
        placement.providers.insert(uuid, p);
        return *this;
    }
    World &dropProvider(const QString &uuid)
    {
        placement.providers.remove(uuid);
        return *this;
    }
    World &members(const QString &aggregate, const QStringList &uuids)
    {
        placement.members[aggregate] = QSet<QString>(uuids.cbegin(), uuids.cend());
        return *this;
    }
    World &unread(const QString &aggregate)
    {
        placement.members.remove(aggregate);
        return *this;
    }
    World &failed(const QString &aggregate)
    {
        placement.failedAggregates.insert(
            aggregate, PlacementError::make(PlacementError::Kind::ServerError, QStringLiteral("boom"), 500));
        return *this;
    }
    World &disabledTrait(const QStringList &uuids, bool read = true)
    {
        placement.disabledTraitRead = read;
        placement.disabledProviders = QSet<QString>(uuids.cbegin(), uuids.cend());
        return *this;
    }
    World &perProvider(const QString &uuid, const QStringList &aggregates)
    {
        placement.aggregatesByProvider.insert(uuid, ProviderAggregates { aggregates, 1 });
        return *this;
    }
    World &renameZone(const QString &zone)
    {
        nova.aggregates.first().availabilityZone = zone;
        return *this;
    }
};

// Aggregate A "az1-hosts" (zone az1) with compute-1 and compute-2; compute nodes 1, 2 and 3,
// each the provider of its name and UUID; A's placement members are nodes 1 and 2; the
// disabled trait was read and nobody carries it. Nothing drifts.
World base()
{
    World w;
    w.aggregate(A, QStringLiteral("az1-hosts"), QStringLiteral("az1"), { host(1), host(2) });
    for (int i = 1; i <= 3; ++i)
        w.node(i, host(i)).provider(nodeUuid(i), nodeName(i));
    w.members(A, { nodeUuid(1), nodeUuid(2) });
    w.disabledTrait({});
    return w;
}

// "kind|aggregate uuid|host|provider uuid": what identifies an item.
QString line(const QString &kind, const QString &aggregate, const QString &hostName, const QString &provider)
{
    return QStringList { kind, aggregate, hostName, provider }.join(QLatin1Char('|'));
}
QString line(const DriftItem &item)
{
    return line(DriftReport::className(item.kind), item.aggregateUuid, item.host, item.providerUuid);
}

} // namespace

Q_DECLARE_METATYPE(World)

class TestDriftAnalysis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classifies_data()
    {
        QTest::addColumn<World>("world");
        QTest::addColumn<QStringList>("expected"); // lines, in the analysis' order
        // Per expected item, text its detail must contain (all of them, "|" separated).
        QTest::addColumn<QStringList>("details");

        const QString missing = QStringLiteral("missing");
        const QString extra = QStringLiteral("extra");
        const QString foreign = QStringLiteral("foreign");
        const QString unresolvable = QStringLiteral("unresolvable");
        const QString inconsistent = QStringLiteral("inconsistent");

        QTest::addRow("in sync") << base() << QStringList() << QStringList();

        QTest::addRow("missing, in a zone")
            << base().members(A, { nodeUuid(1) }) << QStringList { line(missing, A, host(2), nodeUuid(2)) }
            << QStringList { QStringLiteral("Host compute-2 is in Nova aggregate az1-hosts|zone az1") };
        QTest::addRow("missing, no zone") << base().renameZone({}).members(A, { nodeUuid(1) })
                                          << QStringList { line(missing, A, host(2), nodeUuid(2)) }
                                          << QStringList { QStringLiteral("tenant isolation") };
        QTest::addRow("missing, both hosts")
            << base().members(A, {})
            << QStringList { line(missing, A, host(1), nodeUuid(1)), line(missing, A, host(2), nodeUuid(2)) }
            << QStringList { QString(), QString() };

        QTest::addRow("extra: its host is not a member")
            << base().members(A, { nodeUuid(1), nodeUuid(2), nodeUuid(3) })
            << QStringList { line(extra, A, host(3), nodeUuid(3)) }
            << QStringList { QStringLiteral("node-3|compute-3 is not in Nova aggregate az1-hosts") };
        QTest::addRow("extra: a sharing provider")
            << base()
                   .provider(shared, QStringLiteral("shared-storage"))
                   .members(A, { nodeUuid(1), nodeUuid(2), shared })
            << QStringList { line(extra, A, {}, shared) }
            << QStringList { QStringLiteral("shared-storage is no compute node|sharing provider|on purpose") };
        QTest::addRow("extra: a nested provider under a member's node")
            << base()
                   .provider(child, QStringLiteral("node-1_pgpu0"), nodeUuid(1))
                   .members(A, { nodeUuid(1), nodeUuid(2), child })
            << QStringList { line(extra, A, {}, child) }
            << QStringList { QStringLiteral("nested provider under compute node node-1 (host compute-1)") };
        QTest::addRow("extra: a member the provider list did not show")
            << base().members(A, { nodeUuid(1), nodeUuid(2), shared }) << QStringList { line(extra, A, {}, shared) }
            << QStringList { shared };

        QTest::addRow("foreign: seen on two providers")
            << base().perProvider(nodeUuid(1), { A, F }).perProvider(nodeUuid(3), { F })
            << QStringList { line(foreign, F, {}, {}) }
            << QStringList { QStringLiteral("with 2 provider(s): node-1, node-3|information only") };
        QTest::addRow("foreign: one provider names the provider")
            << base().perProvider(nodeUuid(3), { F.toUpper() }) << QStringList { line(foreign, F, {}, nodeUuid(3)) }
            << QStringList { QStringLiteral("node-3") };
        QTest::addRow("foreign: a Nova aggregate on a provider is not foreign")
            << base().perProvider(nodeUuid(1), { A }) << QStringList() << QStringList();
        QTest::addRow("foreign: an extra aggregate's members")
            << base().members(F, { nodeUuid(3) }) << QStringList { line(foreign, F, {}, nodeUuid(3)) }
            << QStringList { QString() };
        QTest::addRow("foreign: an extra aggregate without members is nothing")
            << base().members(F, {}) << QStringList() << QStringList();

        QTest::addRow("unresolvable: no compute node")
            << base().aggregate(B, QStringLiteral("gpu"), {}, { QStringLiteral("ghost") }).members(B, {})
            << QStringList { line(unresolvable, B, QStringLiteral("ghost"), {}) }
            << QStringList { QStringLiteral("Host ghost has no compute node in Nova") };
        QTest::addRow("unresolvable: the provider of the node's UUID has another name")
            << base().provider(nodeUuid(2), QStringLiteral("node-2-renamed"))
            << QStringList { line(unresolvable, A, host(2), nodeUuid(2)) }
            << QStringList { QStringLiteral("No resource provider is named node-2|is named node-2-renamed") };
        QTest::addRow("unresolvable: no provider at all")
            << base().dropProvider(nodeUuid(2)).members(A, { nodeUuid(1) })
            << QStringList { line(unresolvable, A, host(2), nodeUuid(2)) }
            << QStringList { QStringLiteral("none has its UUID") };
        QTest::addRow("unresolvable: name and UUID disagree")
            << base().dropProvider(nodeUuid(2)).provider(impostor, nodeName(2)).members(A, { nodeUuid(1) })
            << QStringList { line(unresolvable, A, host(2), nodeUuid(2)) }
            << QStringList { impostor + QStringLiteral("|the node's UUID is ") + nodeUuid(2)
                             + QStringLiteral("|mirrors into the provider with that name") };

        QTest::addRow("several nodes for one host, the first mirrored")
            << base().node(4, host(2)).provider(nodeUuid(4), nodeName(4))
            << QStringList { line(unresolvable, A, host(2), nodeUuid(2)) }
            << QStringList { QStringLiteral("Host compute-2 has 2 compute nodes|only the first, node-2 (") + nodeUuid(2)
                             + QStringLiteral(")|left out: node-4 (") + nodeUuid(4) };
        QTest::addRow("several nodes for one host, the first missing")
            << base().node(4, host(2)).provider(nodeUuid(4), nodeName(4)).members(A, { nodeUuid(1), nodeUuid(4) })
            << QStringList { line(missing, A, host(2), nodeUuid(2)), line(unresolvable, A, host(2), nodeUuid(2)) }
            << QStringList { QString(), QStringLiteral("left out: node-4") };

        QTest::addRow("failed member read: no missing, no extra")
            << base().members(A, { nodeUuid(3) }).failed(A) << QStringList() << QStringList();
        QTest::addRow("failed member read keeps what Nova alone shows")
            << base().aggregate(B, QStringLiteral("gpu"), {}, { QStringLiteral("ghost") }).failed(B)
            << QStringList { line(unresolvable, B, QStringLiteral("ghost"), {}) } << QStringList { QString() };
        QTest::addRow("member list never asked: no missing, no extra")
            << base().unread(A).members(B, {}) << QStringList() << QStringList();

        World disabledNoTrait = base();
        disabledNoTrait.nova.hypervisors[2].status = QStringLiteral("disabled");
        QTest::addRow("disabled service without the trait")
            << disabledNoTrait << QStringList { line(inconsistent, {}, host(3), nodeUuid(3)) }
            << QStringList { QStringLiteral("compute-3 is disabled|lacks the COMPUTE_STATUS_DISABLED|next periodic") };
        QTest::addRow("the trait on an enabled service")
            << base().disabledTrait({ nodeUuid(1) }) << QStringList { line(inconsistent, {}, host(1), nodeUuid(1)) }
            << QStringList { QStringLiteral("node-1 carries the COMPUTE_STATUS_DISABLED|compute-1 is enabled") };
        World agree = disabledNoTrait;
        agree.disabledTrait({ nodeUuid(3) });
        QTest::addRow("disabled with the trait") << agree << QStringList() << QStringList();
        World unknownTrait = disabledNoTrait;
        unknownTrait.disabledTrait({}, false);
        QTest::addRow("trait list not read: nothing said") << unknownTrait << QStringList() << QStringList();
        World down = disabledNoTrait;
        down.nova.hypervisors[2].state = QStringLiteral("down");
        QTest::addRow("disabled and down") << down << QStringList { line(inconsistent, {}, host(3), nodeUuid(3)) }
                                           << QStringList { QStringLiteral("The service is down") };
        QTest::addRow("the trait on a provider that is no compute node")
            << base().provider(shared, QStringLiteral("shared-storage")).disabledTrait({ shared }) << QStringList()
            << QStringList();

        QTest::addRow("a host in two zones")
            << base()
                   .aggregate(B, QStringLiteral("az2-hosts"), QStringLiteral("az2"), { host(1) })
                   .members(B, { nodeUuid(1) })
            << QStringList { line(inconsistent, A, host(1), nodeUuid(1)) }
            << QStringList { QStringLiteral("Host compute-1 is in 2 availability zones: az1 (aggregate az1-hosts), "
                                            "az2 (aggregate az2-hosts)") };
        QTest::addRow("a host in two aggregates of one zone")
            << base()
                   .aggregate(B, QStringLiteral("more-az1"), QStringLiteral("az1"), { host(1) })
                   .members(B, { nodeUuid(1) })
            << QStringList() << QStringList();

        World every = base().members(A, { nodeUuid(1), nodeUuid(3) }).perProvider(nodeUuid(1), { A, F });
        every.aggregate(B, QStringLiteral("gpu"), {}, { QStringLiteral("ghost") }).members(B, {});
        every.disabledTrait({ nodeUuid(1) });
        QTest::addRow("every class at once, sorted by class")
            << every
            << QStringList { line(missing, A, host(2), nodeUuid(2)), line(extra, A, host(3), nodeUuid(3)),
                             line(foreign, F, {}, nodeUuid(1)), line(unresolvable, B, QStringLiteral("ghost"), {}),
                             line(inconsistent, {}, host(1), nodeUuid(1)) }
            << QStringList { QString(), QString(), QString(), QString(), QString() };
    }
    void classifies()
    {
        QFETCH(World, world);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, details);

        const QList<DriftItem> items = DriftAnalysis::analyze(world.nova, world.placement);
        QStringList lines;
        for (const DriftItem &item : items)
            lines << line(item);
        QCOMPARE(lines, expected);
        for (int i = 0; i < items.size(); ++i) {
            const DriftItem &item = items.at(i);
            QVERIFY2(!item.detail.isEmpty(), qPrintable(lines.at(i)));
            const QStringList parts = details.value(i).split(QLatin1Char('|'), Qt::SkipEmptyParts);
            for (const QString &part : parts)
                QVERIFY2(item.detail.contains(part), qPrintable(item.detail + QStringLiteral("\n  lacks: ") + part));
            // Names come with the uuids they belong to.
            const bool aboutAProvider = item.kind == DriftItem::Kind::Missing || item.kind == DriftItem::Kind::Extra
                || item.kind == DriftItem::Kind::Inconsistent;
            if (aboutAProvider && world.placement.providers.contains(item.providerUuid))
                QCOMPARE(item.providerName, world.placement.providers.value(item.providerUuid).name);
            if (item.aggregateUuid == A)
                QCOMPARE(item.aggregateName, QStringLiteral("az1-hosts"));
        }
    }

    // A failed read must never look like an empty aggregate: the same world with A read as
    // empty reports both hosts missing, with A failed reports nothing for A.
    void aFailedReadIsNotAnEmptyAggregate()
    {
        World empty = base().members(A, {});
        World failed = base().unread(A).failed(A);
        QCOMPARE(DriftAnalysis::analyze(empty.nova, empty.placement).size(), 2);
        QVERIFY(DriftAnalysis::analyze(failed.nova, failed.placement).isEmpty());
    }

    void resolvesHostsTheWayNovaDoes_data()
    {
        QTest::addColumn<World>("world");
        QTest::addColumn<QString>("host");
        QTest::addColumn<HostResolution::Status>("status");
        QTest::addColumn<QString>("provider"); // the provider Nova mirrors into
        QTest::addColumn<int>("nodes");
        QTest::addRow("one node") << base() << host(1) << HostResolution::Status::Resolved << nodeUuid(1) << 1;
        QTest::addRow("no node") << base() << QStringLiteral("ghost") << HostResolution::Status::NoComputeNode
                                 << QString() << 0;
        QTest::addRow("provider renamed") << base().provider(nodeUuid(1), QStringLiteral("other")) << host(1)
                                          << HostResolution::Status::NoProviderNamed << QString() << 1;
        QTest::addRow("name and uuid disagree")
            << base().dropProvider(nodeUuid(1)).provider(impostor, nodeName(1)) << host(1)
            << HostResolution::Status::NameAndUuidDisagree << QString() << 1;
        // The first node in Nova's order (ascending compute node id), not the lowest uuid.
        World twoNodes;
        twoNodes.node(7, host(1))
            .node(4, host(1))
            .provider(nodeUuid(7), nodeName(7))
            .provider(nodeUuid(4), nodeName(4));
        QTest::addRow("two nodes: the first in Nova's order")
            << twoNodes << host(1) << HostResolution::Status::Resolved << nodeUuid(7) << 2;
        QTest::addRow("case matters in host names")
            << base() << host(1).toUpper() << HostResolution::Status::NoComputeNode << QString() << 0;
    }
    void resolvesHostsTheWayNovaDoes()
    {
        QFETCH(World, world);
        QFETCH(QString, host);
        QFETCH(HostResolution::Status, status);
        QFETCH(QString, provider);
        QFETCH(int, nodes);
        const HostResolution r = DriftAnalysis::resolveHost(host, world.nova, world.placement);
        QCOMPARE(r.status, status);
        QCOMPARE(r.isResolved(), status == HostResolution::Status::Resolved);
        QCOMPARE(r.provider.uuid, provider);
        QCOMPARE(r.nodes.size(), nodes);
        QCOMPARE(r.reason.isEmpty(), r.isResolved());
        QCOMPARE(r.severalNodes.isEmpty(), nodes < 2);
    }

    // The order is the items' own, not the order Nova or Placement listed things in.
    void orderDoesNotDependOnInputOrder()
    {
        World w = base().members(A, { nodeUuid(3) }).perProvider(nodeUuid(1), { F }).perProvider(nodeUuid(2), { B });
        w.aggregate(B, QStringLiteral("b-hosts"), QStringLiteral("az2"), { host(2), host(1), QStringLiteral("x") });
        w.members(B, {});
        const QList<DriftItem> first = DriftAnalysis::analyze(w.nova, w.placement);
        World reversed = w;
        std::reverse(reversed.nova.aggregates.begin(), reversed.nova.aggregates.end());
        for (NovaAggregate &a : reversed.nova.aggregates)
            std::reverse(a.hosts.begin(), a.hosts.end());
        reversed.placement.providers = QHash<QString, ResourceProvider>();
        for (int i = 3; i >= 1; --i)
            reversed.provider(nodeUuid(i), nodeName(i));
        const QList<DriftItem> second = DriftAnalysis::analyze(reversed.nova, reversed.placement);
        QVERIFY(first.size() >= 6);
        QCOMPARE(second, first);
        QList<DriftItem> sorted = first;
        DriftAnalysis::sort(sorted);
        QCOMPARE(sorted, first);
    }
};

QTEST_GUILESS_MAIN(TestDriftAnalysis)
#include "tst_driftanalysis.moc"
