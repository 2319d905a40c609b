// NovaOverlay over a snapshot filled by hand (no server): names, badges, "not a Nova
// aggregate", hosts and service states; and the models that show it (ProviderModel, its
// proxies, AggregateModel, the export) under QAbstractItemModelTester: the overlay arrives,
// changes and goes by dataChanged, never by a reset.

#include "aggregatelabels.h"
#include "aggregatemodel.h"
#include "novaoverlay.h"
#include "providerexport.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "providertreemodel.h"
#include "testproviders.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(NovaService)

namespace {

const QString aggAz1 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"); // Nova: az1-hosts, AZ az1
const QString aggGpu = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002"); // Nova: gpu, tenants + trait
const QString aggLocal = QStringLiteral("cccccccc-0000-4000-8000-000000000003"); // Placement only, labelled
const QString aggBare = QStringLiteral("dddddddd-0000-4000-8000-000000000004"); // Placement only, no label
const QString aggEmpty = QStringLiteral("eeeeeeee-0000-4000-8000-000000000005"); // Nova, no hosts, no metadata

class MemoryLabelStore : public AggregateLabelStore
{
public:
    QHash<QString, QString> load(const QString &) override
    {
        return { { aggLocal, QStringLiteral("segment-7") }, { aggAz1, QStringLiteral("old-local-name") } };
    }
    void save(const QString &, const QHash<QString, QString> &) override { }
};

NovaAggregate novaAggregate(int id, const QString &uuid, const QString &name, const QString &az,
                            const QStringList &hosts, const QMap<QString, QString> &metadata = {})
{
    NovaAggregate a;
    a.id = id;
    a.uuid = uuid;
    a.name = name;
    a.availabilityZone = az;
    a.hosts = hosts;
    a.metadata = metadata;
    if (!az.isEmpty())
        a.metadata.insert(QStringLiteral("availability_zone"), az);
    return a;
}

NovaHypervisor node(const QString &uuid, const QString &name, const QString &host, bool enabled = true, bool up = true,
                    const QString &reason = {})
{
    NovaHypervisor h;
    h.id = uuid;
    h.hypervisorHostname = name;
    h.serviceHost = host;
    h.status = enabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
    h.state = up ? QStringLiteral("up") : QStringLiteral("down");
    h.disabledReason = reason;
    return h;
}

NovaService service(const QString &host, bool enabled = true, bool up = true, const QString &reason = {},
                    bool forcedDown = false)
{
    NovaService s;
    s.id = QStringLiteral("svc-") + host;
    s.binary = QStringLiteral("nova-compute");
    s.host = host;
    s.zone = QStringLiteral("nova");
    s.status = enabled ? QStringLiteral("enabled") : QStringLiteral("disabled");
    s.state = up ? QStringLiteral("up") : QStringLiteral("down");
    s.disabledReason = reason;
    s.forcedDown = forcedDown;
    return s;
}

// cmp1 (enabled, up) in az1-hosts and gpu; cmp2 disabled for maintenance; ironic has two nodes.
NovaSnapshot sampleSnapshot()
{
    NovaSnapshot s;
    s.aggregates << novaAggregate(1, aggAz1, QStringLiteral("az1-hosts"), QStringLiteral("az1"),
                                  { QStringLiteral("cmp1"), QStringLiteral("cmp2") })
                 << novaAggregate(2, aggGpu, QStringLiteral("gpu"), {}, { QStringLiteral("cmp1") },
                                  { { QStringLiteral("filter_tenant_id"), QStringLiteral("proj1,proj2") },
                                    { QStringLiteral("trait:CUSTOM_GPU"), QStringLiteral("required") } })
                 << novaAggregate(3, aggEmpty, QStringLiteral("spare"), {}, {});
    s.hypervisors << node(QStringLiteral("u-cmp1"), QStringLiteral("cmp1.example"), QStringLiteral("cmp1"))
                  << node(QStringLiteral("u-cmp2"), QStringLiteral("cmp2.example"), QStringLiteral("cmp2"), false, true,
                          QStringLiteral("maintenance"))
                  << node(QStringLiteral("u-bm1"), QStringLiteral("bm1"), QStringLiteral("ironic"))
                  << node(QStringLiteral("u-bm2"), QStringLiteral("bm2"), QStringLiteral("ironic"));
    s.services << service(QStringLiteral("cmp1"))
               << service(QStringLiteral("cmp2"), false, true, QStringLiteral("maintenance"))
               << service(QStringLiteral("ironic"));
    return s;
}

ProviderAggregates aggs(const QStringList &list)
{
    ProviderAggregates a;
    a.aggregates = list;
    a.generation = 1;
    return a;
}

// cmp1 in az1 + gpu; cmp2 in az1 + a labelled local aggregate; cmp1's NUMA child in a bare one.
void fillProviders(ProviderModel &model)
{
    model.mergeProviders(
        { testProvider(QStringLiteral("u-cmp1"), QStringLiteral("cmp1.example")),
          testProvider(QStringLiteral("u-cmp2"), QStringLiteral("cmp2.example")),
          testProvider(QStringLiteral("u-numa"), QStringLiteral("cmp1.example_NUMA0"), QStringLiteral("u-cmp1")) });
    ProviderModel::BatchUpdate batch(&model);
    model.setAggregates(QStringLiteral("u-cmp1"), aggs({ aggAz1, aggGpu }));
    model.setAggregates(QStringLiteral("u-cmp2"), aggs({ aggAz1, aggLocal }));
    model.setAggregates(QStringLiteral("u-numa"), aggs({ aggBare }));
}

QString cell(const ProviderModel &model, const QString &uuid, int column, int role = Qt::DisplayRole)
{
    return model.index(model.rowOf(uuid), column).data(role).toString();
}

} // namespace

class TestNovaOverlay : public QObject
{
    Q_OBJECT

    AggregateLabels *m_labels = nullptr;

    std::unique_ptr<NovaOverlay> overlay(bool withData = true)
    {
        auto nova = std::make_unique<NovaOverlay>();
        nova->setLabels(m_labels);
        if (withData)
            nova->setSnapshot(sampleSnapshot());
        return nova;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_labels = new AggregateLabels(this);
        m_labels->setStore(std::make_unique<MemoryLabelStore>());
        m_labels->setConnectionKey(QStringLiteral("test"));
    }

    void describe_data()
    {
        QTest::addColumn<bool>("withData");
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<QString>("expected");
        QTest::addRow("zone") << true << aggAz1 << QStringLiteral("az1-hosts (AZ az1)");
        QTest::addRow("tenants and trait")
            << true << aggGpu << QStringLiteral("gpu (tenant-isolated: proj1, proj2 · requires CUSTOM_GPU)");
        QTest::addRow("no metadata") << true << aggEmpty << QStringLiteral("spare");
        QTest::addRow("labelled, not Nova's") << true << aggLocal << QStringLiteral("not a Nova aggregate");
        QTest::addRow("bare, not Nova's") << true << aggBare << QStringLiteral("not a Nova aggregate");
        QTest::addRow("upper case UUID") << true << aggAz1.toUpper() << QStringLiteral("az1-hosts (AZ az1)");
        QTest::addRow("no Nova data") << false << aggAz1 << QString();
    }

    void describe()
    {
        QFETCH(bool, withData);
        QFETCH(QString, uuid);
        QFETCH(QString, expected);
        const auto nova = overlay(withData);
        QCOMPARE(nova->describe(uuid), expected);
    }

    void displayName_data()
    {
        QTest::addColumn<bool>("withData");
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("isNova");
        QTest::addRow("Nova name wins over a label") << true << aggAz1 << QStringLiteral("az1-hosts") << true;
        QTest::addRow("label for the rest") << true << aggLocal << QStringLiteral("segment-7") << false;
        QTest::addRow("neither") << true << aggBare << QString() << false;
        QTest::addRow("no data: the label") << false << aggAz1 << QStringLiteral("old-local-name") << false;
    }

    void displayName()
    {
        QFETCH(bool, withData);
        QFETCH(QString, uuid);
        QFETCH(QString, expected);
        QFETCH(bool, isNova);
        const auto nova = overlay(withData);
        QCOMPARE(nova->displayName(uuid), expected);
        QCOMPARE(nova->isNovaAggregate(uuid), isNova);
        QCOMPARE(nova->shortText(uuid), expected.isEmpty() ? ProviderModel::shortUuid(uuid) : expected);
    }

    void computeNodes_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("status");
        QTest::addRow("enabled and up") << QStringLiteral("u-cmp1") << QStringLiteral("cmp1")
                                        << QStringLiteral("enabled · up");
        QTest::addRow("disabled with a reason")
            << QStringLiteral("u-cmp2") << QStringLiteral("cmp2") << QStringLiteral("disabled (maintenance) · up");
        QTest::addRow("ironic node") << QStringLiteral("u-bm2") << QStringLiteral("ironic")
                                     << QStringLiteral("enabled · up");
        QTest::addRow("upper case UUID") << QStringLiteral("U-CMP1") << QStringLiteral("cmp1")
                                         << QStringLiteral("enabled · up");
        QTest::addRow("not a compute node") << QStringLiteral("u-numa") << QString() << QString();
    }

    void computeNodes()
    {
        QFETCH(QString, provider);
        QFETCH(QString, host);
        QFETCH(QString, status);
        const auto nova = overlay();
        QCOMPARE(nova->hostOf(provider), host);
        QCOMPARE(nova->serviceStatusText(provider), status);
        QCOMPARE(nova->hypervisor(provider).has_value(), !host.isEmpty());
    }

    void serviceStates_data()
    {
        QTest::addColumn<NovaService>("svc");
        QTest::addColumn<QString>("expected");
        QTest::addRow("down") << service(QStringLiteral("cmp1"), true, false) << QStringLiteral("enabled · down");
        QTest::addRow("disabled, no reason")
            << service(QStringLiteral("cmp1"), false, true) << QStringLiteral("disabled · up");
        QTest::addRow("forced down") << service(QStringLiteral("cmp1"), true, false, {}, true)
                                     << QStringLiteral("enabled · forced down");
    }

    void serviceStates()
    {
        QFETCH(NovaService, svc);
        QFETCH(QString, expected);
        NovaSnapshot s = sampleSnapshot();
        s.services[0] = svc;
        NovaOverlay nova;
        nova.setSnapshot(s);
        QCOMPARE(nova.serviceStatusText(QStringLiteral("u-cmp1")), expected);
    }

    void hostsAndAggregates()
    {
        const auto nova = overlay();
        QCOMPARE(nova->providersOfHost(QStringLiteral("ironic")),
                 (QStringList { QStringLiteral("u-bm1"), QStringLiteral("u-bm2") }));
        QCOMPARE(nova->providersOfHost(QStringLiteral("nowhere")), QStringList());
        QCOMPARE(nova->aggregatesOfHost(QStringLiteral("cmp1")), (QStringList { aggAz1, aggGpu }));
        QCOMPARE(nova->computeService(QStringLiteral("cmp2"))->disabledReason, QStringLiteral("maintenance"));
        QVERIFY(nova->badges(aggGpu).contains(QStringLiteral("requires CUSTOM_GPU")));
        QVERIFY(nova->filterText(aggGpu).contains(QStringLiteral("proj2")));
    }

    void projectNames()
    {
        const auto nova = overlay();
        QSignalSpy changed(nova.get(), &NovaOverlay::aggregatesChanged);
        nova->setProjectNames({ { QStringLiteral("proj1"), QStringLiteral("demo") } });
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.constFirst().constFirst().toStringList(), QStringList { aggGpu });
        QCOMPARE(nova->describe(aggGpu),
                 QStringLiteral("gpu (tenant-isolated: proj1 (demo), proj2 · requires CUSTOM_GPU)"));
        QVERIFY(nova->filterText(aggGpu).contains(QStringLiteral("demo")));
    }

    void states_data()
    {
        QTest::addColumn<QString>("steps"); // l = loading, s = snapshot, u = unavailable, c = clear
        QTest::addColumn<NovaOverlay::State>("state");
        QTest::addColumn<bool>("hasData");
        QTest::addColumn<int>("availabilityChanges");
        QTest::addColumn<bool>("lineShown");
        QTest::addRow("loading first") << QStringLiteral("l") << NovaOverlay::State::Loading << false << 0 << false;
        QTest::addRow("snapshot") << QStringLiteral("ls") << NovaOverlay::State::Available << true << 1 << false;
        QTest::addRow("refresh keeps the data while loading")
            << QStringLiteral("lsl") << NovaOverlay::State::Loading << true << 1 << false;
        QTest::addRow("refreshed") << QStringLiteral("lsls") << NovaOverlay::State::Available << true << 1 << false;
        QTest::addRow("absent") << QStringLiteral("lu") << NovaOverlay::State::Unavailable << false << 0 << true;
        QTest::addRow("absent after data")
            << QStringLiteral("lsu") << NovaOverlay::State::Unavailable << false << 2 << true;
        QTest::addRow("new connection") << QStringLiteral("lsc") << NovaOverlay::State::Off << false << 2 << false;
    }

    void states()
    {
        QFETCH(QString, steps);
        QFETCH(NovaOverlay::State, state);
        QFETCH(bool, hasData);
        QFETCH(int, availabilityChanges);
        QFETCH(bool, lineShown);
        NovaOverlay nova;
        QSignalSpy availability(&nova, &NovaOverlay::availabilityChanged);
        for (QChar step : std::as_const(steps)) {
            if (step == QLatin1Char('l'))
                nova.setLoading();
            else if (step == QLatin1Char('s'))
                nova.setSnapshot(sampleSnapshot());
            else if (step == QLatin1Char('u'))
                nova.setUnavailable(QStringLiteral("no compute endpoint in the catalog"));
            else
                nova.clear();
        }
        QCOMPARE(nova.state(), state);
        QCOMPARE(nova.hasData(), hasData);
        QCOMPARE(availability.count(), availabilityChanges);
        QCOMPARE(nova.isNovaAggregate(aggAz1), hasData);
        QCOMPARE(!nova.statusText().isEmpty(), lineShown);
        if (lineShown)
            QVERIFY(nova.statusText().contains(QStringLiteral("no compute endpoint in the catalog")));
    }

    void refreshSaysWhatMoved_data()
    {
        QTest::addColumn<int>("change");
        QTest::addColumn<QStringList>("aggregates");
        QTest::addColumn<QStringList>("providers");
        QTest::addRow("nothing") << 0 << QStringList() << QStringList();
        QTest::addRow("renamed") << 1 << QStringList { aggGpu } << QStringList();
        QTest::addRow("aggregate gone") << 2 << QStringList { aggEmpty } << QStringList();
        QTest::addRow("service disabled") << 3 << QStringList() << QStringList { QStringLiteral("u-cmp1") };
        QTest::addRow("ironic host down")
            << 4 << QStringList() << QStringList { QStringLiteral("u-bm1"), QStringLiteral("u-bm2") };
        QTest::addRow("node gone") << 5 << QStringList() << QStringList { QStringLiteral("u-cmp2") };
    }

    void refreshSaysWhatMoved()
    {
        QFETCH(int, change);
        QFETCH(QStringList, aggregates);
        QFETCH(QStringList, providers);
        const auto nova = overlay();
        NovaSnapshot next = sampleSnapshot();
        switch (change) {
        case 1:
            next.aggregates[1].name = QStringLiteral("gpu-a100");
            break;
        case 2:
            next.aggregates.removeLast();
            break;
        case 3:
            next.services[0].status = QStringLiteral("disabled");
            break;
        case 4:
            next.services[2].state = QStringLiteral("down");
            break;
        case 5:
            next.hypervisors.removeAt(1);
            break;
        default:
            break;
        }
        QSignalSpy aggregateSpy(nova.get(), &NovaOverlay::aggregatesChanged);
        QSignalSpy providerSpy(nova.get(), &NovaOverlay::providersChanged);
        QSignalSpy availability(nova.get(), &NovaOverlay::availabilityChanged);
        nova->setLoading();
        nova->setSnapshot(next);
        QCOMPARE(availability.count(), 0);
        QCOMPARE(aggregateSpy.isEmpty() ? QStringList() : aggregateSpy.constFirst().constFirst().toStringList(),
                 aggregates);
        QStringList moved
            = providerSpy.isEmpty() ? QStringList() : providerSpy.constFirst().constFirst().toStringList();
        moved.sort();
        QCOMPARE(moved, providers);
    }

    // The overlay arrives, changes and goes; every model under a tester, and no reset anywhere.
    void modelsMergeTheOverlay()
    {
        ProviderModel model;
        model.setAggregateLabels(m_labels);
        NovaOverlay nova;
        nova.setLabels(m_labels);
        model.setNovaOverlay(&nova);
        AggregateModel aggregates(&model, m_labels);
        aggregates.setNovaOverlay(&nova);
        ProviderTreeModel tree;
        ProviderFilterProxy proxy;
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(&aggregates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setSourceModel(&model);
        QAbstractItemModelTester t3(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.sort(ProviderModel::AggregatesColumn);
        QAbstractItemModelTester t4(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fillProviders(model);
        aggregates.refreshNow();
        QCOMPARE(aggregates.rowCount(), 4);

        // Without Nova: labels and short UUIDs, empty Nova cells, no chips.
        QCOMPARE(cell(model, QStringLiteral("u-cmp2"), ProviderModel::AggregatesColumn),
                 QStringLiteral("old-local-name, segment-7"));
        QCOMPARE(cell(model, QStringLiteral("u-cmp1"), ProviderModel::NovaHostColumn), QString());
        QVERIFY(!model.index(0, ProviderModel::AggregatesColumn).data(ProviderModel::AggregateChipsRole).isValid());

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy aggregateResets(&aggregates, &QAbstractItemModel::modelReset);
        QSignalSpy aggregateChanged(&aggregates, &QAbstractItemModel::dataChanged);
        QSignalSpy treeResets(&tree, &QAbstractItemModel::modelReset);

        nova.setLoading();
        nova.setSnapshot(sampleSnapshot());
        QVERIFY(!changed.isEmpty());
        QVERIFY(!aggregateChanged.isEmpty());
        QCOMPARE(cell(model, QStringLiteral("u-cmp1"), ProviderModel::AggregatesColumn),
                 QStringLiteral("az1-hosts, gpu"));
        QCOMPARE(cell(model, QStringLiteral("u-cmp2"), ProviderModel::AggregatesColumn),
                 QStringLiteral("az1-hosts, segment-7"));
        QCOMPARE(cell(model, QStringLiteral("u-cmp1"), ProviderModel::NovaHostColumn), QStringLiteral("cmp1"));
        QCOMPARE(cell(model, QStringLiteral("u-cmp2"), ProviderModel::ComputeServiceColumn),
                 QStringLiteral("disabled (maintenance) · up"));
        QCOMPARE(cell(model, QStringLiteral("u-numa"), ProviderModel::NovaHostColumn), QString());
        QCOMPARE(model.index(model.rowOf(QStringLiteral("u-numa")), ProviderModel::NovaHostColumn)
                     .data(ProviderModel::NovaStateRole)
                     .value<ProviderModel::NovaCell>(),
                 ProviderModel::NovaCell::NotComputeNode);
        QVERIFY(cell(model, QStringLiteral("u-cmp2"), ProviderModel::AggregatesColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("segment-7 · not a Nova aggregate")));
        const auto chips = model.index(model.rowOf(QStringLiteral("u-cmp1")), ProviderModel::AggregatesColumn)
                               .data(ProviderModel::AggregateChipsRole)
                               .value<QList<AggregateChip>>();
        QCOMPARE(chips.size(), 2);
        QCOMPARE(chips.at(0).availabilityZone, QStringLiteral("az1"));
        QVERIFY(chips.at(1).tenantIsolated && chips.at(1).requiresTraits);
        QCOMPARE(model.index(model.rowOf(QStringLiteral("u-numa")), ProviderModel::AggregatesColumn)
                     .data(ProviderModel::AggregateChipsRole)
                     .value<QList<AggregateChip>>()
                     .constFirst()
                     .kind,
                 AggregateChip::Kind::NotNova);
        const int az1Row = aggregates.rowOf(aggAz1);
        QCOMPARE(aggregates.index(az1Row, AggregateModel::NovaNameColumn).data().toString(),
                 QStringLiteral("az1-hosts"));
        QCOMPARE(aggregates.index(az1Row, AggregateModel::AvailabilityZoneColumn).data().toString(),
                 QStringLiteral("az1"));
        QCOMPARE(aggregates.index(aggregates.rowOf(aggGpu), AggregateModel::IsolationColumn).data().toString(),
                 QStringLiteral("tenant-isolated: proj1, proj2 · requires CUSTOM_GPU"));
        QCOMPARE(aggregates.index(aggregates.rowOf(aggLocal), AggregateModel::NovaNameColumn).data().toString(),
                 QStringLiteral("not a Nova aggregate"));
        QCOMPARE(aggregates.index(aggregates.rowOf(aggLocal), AggregateModel::LabelColumn).data().toString(),
                 QStringLiteral("segment-7")); // local labels stay

        // A refresh that renames one aggregate touches only the rows that have it.
        changed.clear();
        NovaSnapshot renamed = sampleSnapshot();
        renamed.aggregates[1].name = QStringLiteral("gpu-a100");
        nova.setLoading();
        nova.setSnapshot(renamed);
        QCOMPARE(changed.count(), 1);
        const int cmp1Row = model.rowOf(QStringLiteral("u-cmp1"));
        QCOMPARE(changed.constFirst().at(0).toModelIndex().row(), cmp1Row);
        QCOMPARE(changed.constFirst().at(1).toModelIndex().row(), cmp1Row);
        QCOMPARE(cell(model, QStringLiteral("u-cmp1"), ProviderModel::AggregatesColumn),
                 QStringLiteral("az1-hosts, gpu-a100"));

        // Nova goes away: back to labels, still no reset.
        nova.setUnavailable(QStringLiteral("Nova refused: 403 Forbidden"));
        QCOMPARE(cell(model, QStringLiteral("u-cmp2"), ProviderModel::AggregatesColumn),
                 QStringLiteral("old-local-name, segment-7"));
        QCOMPARE(cell(model, QStringLiteral("u-cmp1"), ProviderModel::NovaHostColumn), QString());
        QVERIFY(cell(model, QStringLiteral("u-cmp1"), ProviderModel::NovaHostColumn, Qt::ToolTipRole)
                    .contains(QStringLiteral("403")));
        QCOMPARE(aggregates.index(az1Row, AggregateModel::NovaNameColumn).data().toString(), QString());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(aggregateResets.count(), 0);
        QCOMPARE(treeResets.count(), 0);
    }

    void quickFilterMatchesNovaNames_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("Nova name") << QStringLiteral("az1-hosts")
                                   << QStringList { QStringLiteral("u-cmp1"), QStringLiteral("u-cmp2") };
        QTest::addRow("availability zone")
            << QStringLiteral("AZ1") << QStringList { QStringLiteral("u-cmp1"), QStringLiteral("u-cmp2") };
        QTest::addRow("isolated project") << QStringLiteral("proj2") << QStringList { QStringLiteral("u-cmp1") };
        QTest::addRow("required trait") << QStringLiteral("custom_gpu") << QStringList { QStringLiteral("u-cmp1") };
        QTest::addRow("Nova host") << QStringLiteral("cmp2") << QStringList { QStringLiteral("u-cmp2") };
        QTest::addRow("local label still") << QStringLiteral("segment") << QStringList { QStringLiteral("u-cmp2") };
        QTest::addRow("name and zone") << QStringLiteral("gpu az1") << QStringList { QStringLiteral("u-cmp1") };
    }

    void quickFilterMatchesNovaNames()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        ProviderModel model;
        model.setAggregateLabels(m_labels);
        const auto nova = overlay();
        model.setNovaOverlay(nova.get());
        fillProviders(model);
        ProviderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setQuickFilter(text);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data(ProviderModel::UuidRole).toString();
        shown.sort();
        QCOMPARE(shown, expected);
    }

    void filterFollowsTheOverlay()
    {
        // The proxy re-filters on dataChanged: a name that arrives later starts to match.
        ProviderModel model;
        NovaOverlay nova;
        model.setNovaOverlay(&nova);
        fillProviders(model);
        ProviderFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setQuickFilter(QStringLiteral("az1-hosts"));
        QCOMPARE(proxy.rowCount(), 0);
        nova.setSnapshot(sampleSnapshot());
        QCOMPARE(proxy.rowCount(), 2);
        nova.setUnavailable(QStringLiteral("gone"));
        QCOMPARE(proxy.rowCount(), 0);
    }

    void exportAddsNovaKeys_data()
    {
        QTest::addColumn<bool>("withData");
        QTest::addRow("with Nova") << true;
        QTest::addRow("without Nova: unchanged") << false;
    }

    void exportAddsNovaKeys()
    {
        QFETCH(bool, withData);
        ProviderModel model;
        const auto nova = overlay(withData);
        model.setNovaOverlay(nova.get());
        fillProviders(model);
        const QStringList uuids { QStringLiteral("u-cmp1"), QStringLiteral("u-cmp2"), QStringLiteral("u-numa") };
        QList<int> columns = ProviderExport::identityColumns();
        if (withData)
            columns << ProviderModel::NovaHostColumn << ProviderModel::ComputeServiceColumn;
        const QJsonArray rows = QJsonDocument::fromJson(ProviderExport::toJson(model, uuids, columns))
                                    .object()
                                    .value(QStringLiteral("providers"))
                                    .toArray();
        QCOMPARE(rows.size(), 3);
        const QJsonObject cmp2 = rows.at(1).toObject();
        // The existing keys are untouched either way.
        QCOMPARE(cmp2.value(QStringLiteral("aggregates")).toArray().size(), 2);
        QCOMPARE(cmp2.value(QStringLiteral("aggregates_generation")).toInt(), 1);
        QCOMPARE(cmp2.contains(QStringLiteral("aggregate_names")), withData);
        QCOMPARE(cmp2.contains(QStringLiteral("availability_zones")), withData);
        const QByteArray csv = ProviderExport::toCsv(model, uuids, columns);
        const QByteArray header = csv.left(csv.indexOf('\r'));
        QVERIFY(header.startsWith("uuid,name,generation,parent_provider_uuid,root_provider_uuid,aggregates,"
                                  "aggregates_generation"));
        if (!withData) {
            QCOMPARE(header,
                     QByteArray("uuid,name,generation,parent_provider_uuid,root_provider_uuid,aggregates,"
                                "aggregates_generation"));
            return;
        }
        QCOMPARE(cmp2.value(QStringLiteral("aggregate_names")).toArray(),
                 (QJsonArray { QStringLiteral("az1-hosts"), QJsonValue() }));
        QCOMPARE(cmp2.value(QStringLiteral("availability_zones")).toArray(), QJsonArray { QStringLiteral("az1") });
        QCOMPARE(cmp2.value(QStringLiteral("nova_host")).toString(), QStringLiteral("cmp2"));
        const QJsonObject svc = cmp2.value(QStringLiteral("compute_service")).toObject();
        QCOMPARE(svc.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
        QCOMPARE(svc.value(QStringLiteral("disabled_reason")).toString(), QStringLiteral("maintenance"));
        QVERIFY(rows.at(2).toObject().value(QStringLiteral("nova_host")).isNull()); // NUMA child: no node
        QVERIFY(header.endsWith("aggregate_names,availability_zones,nova_host,compute_service"));
        QVERIFY(csv.contains("az1-hosts;,az1,cmp2,disabled (maintenance)/up"));
    }

    void labelChangesReachTheModels()
    {
        ProviderModel model;
        model.setAggregateLabels(m_labels);
        const auto nova = overlay();
        model.setNovaOverlay(nova.get());
        fillProviders(model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy forwarded(nova.get(), &NovaOverlay::aggregatesChanged);
        m_labels->setLabel(aggBare, QStringLiteral("numa-pool"));
        QCOMPARE(forwarded.count(), 1);
        QCOMPARE(cell(model, QStringLiteral("u-numa"), ProviderModel::AggregatesColumn), QStringLiteral("numa-pool"));
        QCOMPARE(nova->displayName(aggBare), QStringLiteral("numa-pool"));
        m_labels->setLabel(aggBare, QString());
    }
};

QTEST_GUILESS_MAIN(TestNovaOverlay)
#include "tst_novaoverlay.moc"
