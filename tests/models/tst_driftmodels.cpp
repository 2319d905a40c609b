// The aggregate-centric and drift models over a drift scan built by hand (no server): every
// Nova aggregate and every placement aggregate seen, Nova's hosts and Placement's members side
// by side, the drift items with their ticks (missing ticked, extra only by hand, foreign never),
// and rescans that merge under QAbstractItemModelTester, never reset.

#include "aggregatecomparisonmodel.h"
#include "aggregatehostsmodel.h"
#include "aggregatelabels.h"
#include "driftfilterproxy.h"
#include "driftmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

Q_DECLARE_METATYPE(DriftItem::Kind)

namespace {

const QString aggAz1 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"); // 1 missing, 1 extra, 1 unresolvable
const QString aggGpu = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002"); // in sync
const QString aggEmpty = QStringLiteral("eeeeeeee-0000-4000-8000-000000000005"); // no hosts, no members
const QString aggUnread = QStringLiteral("99999999-0000-4000-8000-000000000009"); // member list failed
const QString aggForeign = QStringLiteral("ffffffff-0000-4000-8000-00000000000f"); // Placement only

class MemoryLabelStore : public AggregateLabelStore
{
public:
    QHash<QString, QString> load(const QString &) override { return { { aggForeign, QStringLiteral("ceph-pool") } }; }
    void save(const QString &, const QHash<QString, QString> &) override { }
};

NovaAggregate aggregate(const QString &uuid, const QString &name, const QString &az, const QStringList &hosts)
{
    NovaAggregate a;
    a.uuid = uuid;
    a.name = name;
    a.availabilityZone = az;
    a.hosts = hosts;
    return a;
}

NovaHypervisor node(const QString &uuid, const QString &name, const QString &host)
{
    NovaHypervisor h;
    h.id = uuid;
    h.hypervisorHostname = name;
    h.serviceHost = host;
    h.status = QStringLiteral("enabled");
    h.state = QStringLiteral("up");
    return h;
}

ResourceProvider rp(const QString &uuid, const QString &name, const QString &root = {})
{
    ResourceProvider p;
    p.uuid = uuid;
    p.name = name;
    p.generation = 1;
    p.rootUuid = root.isEmpty() ? uuid : root;
    p.parentUuid = root;
    return p;
}

// Nova: az1 lists cmp1, cmp2 and cmp3 (which has no compute node); gpu lists cmp1; unread lists
// cmp2. Placement: az1 has cmp1 and cmp4 (cmp2 missing, cmp4 extra), gpu has cmp1, the foreign
// aggregate has the sharing provider.
DriftScanResult scan(bool fixed = false)
{
    DriftScanResult r;
    r.novaRead = true;
    r.placementRead = true;
    r.snapshot.aggregates = { aggregate(aggAz1, QStringLiteral("az1-hosts"), QStringLiteral("az1"),
                                        { QStringLiteral("cmp1"), QStringLiteral("cmp2"), QStringLiteral("cmp3") }),
                              aggregate(aggGpu, QStringLiteral("gpu"), {}, { QStringLiteral("cmp1") }),
                              aggregate(aggEmpty, QStringLiteral("spare"), {}, {}),
                              aggregate(aggUnread, QStringLiteral("unread"), {}, { QStringLiteral("cmp2") }) };
    r.snapshot.hypervisors = { node(QStringLiteral("u-cmp1"), QStringLiteral("cmp1.example"), QStringLiteral("cmp1")),
                               node(QStringLiteral("u-cmp2"), QStringLiteral("cmp2.example"), QStringLiteral("cmp2")),
                               node(QStringLiteral("u-cmp4"), QStringLiteral("cmp4.example"), QStringLiteral("cmp4")) };
    PlacementMembership &m = r.membership;
    for (const ResourceProvider &p : { rp(QStringLiteral("u-cmp1"), QStringLiteral("cmp1.example")),
                                       rp(QStringLiteral("u-cmp2"), QStringLiteral("cmp2.example")),
                                       rp(QStringLiteral("u-cmp4"), QStringLiteral("cmp4.example")),
                                       rp(QStringLiteral("u-share"), QStringLiteral("shared-storage")) })
        m.providers.insert(p.uuid, p);
    m.members.insert(
        aggAz1,
        fixed ? QSet<QString> { QStringLiteral("u-cmp1"), QStringLiteral("u-cmp2"), QStringLiteral("u-cmp4") }
              : QSet<QString> { QStringLiteral("u-cmp1"), QStringLiteral("u-cmp4") });
    m.members.insert(aggGpu, { QStringLiteral("u-cmp1") });
    m.members.insert(aggEmpty, {});
    m.members.insert(aggForeign, { QStringLiteral("u-share") });
    m.failedAggregates.insert(aggUnread,
                              PlacementError::make(PlacementError::Kind::Timeout, QStringLiteral("timed out")));
    r.items = DriftAnalysis::analyze(r.snapshot, m);
    return r;
}

} // namespace

class TestDriftModels : public QObject
{
    Q_OBJECT

    AggregateLabels *m_labels = nullptr;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_labels = new AggregateLabels(this);
        m_labels->setStore(std::make_unique<MemoryLabelStore>());
        m_labels->setConnectionKey(QStringLiteral("test"));
    }

    void comparisonRows_data()
    {
        QTest::addColumn<QString>("uuid");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("hosts");
        QTest::addColumn<QString>("members");
        QTest::addColumn<QString>("status");
        QTest::addColumn<AggregateComparisonModel::State>("state");
        QTest::addRow("drifted") << aggAz1 << QStringLiteral("az1-hosts") << QStringLiteral("3") << QStringLiteral("2")
                                 << QStringLiteral("1 missing · 1 extra · 1 unresolvable")
                                 << AggregateComparisonModel::State::Drifted;
        QTest::addRow("in sync") << aggGpu << QStringLiteral("gpu") << QStringLiteral("1") << QStringLiteral("1")
                                 << QStringLiteral("in sync") << AggregateComparisonModel::State::InSync;
        QTest::addRow("no placement members")
            << aggEmpty << QStringLiteral("spare") << QStringLiteral("0") << QStringLiteral("0")
            << QStringLiteral("in sync") << AggregateComparisonModel::State::InSync;
        QTest::addRow("members not read")
            << aggUnread << QStringLiteral("unread") << QStringLiteral("1") << QStringLiteral("not read")
            << QStringLiteral("members not read: %1")
                   .arg(PlacementError::make(PlacementError::Kind::Timeout, QStringLiteral("timed out")).message())
            << AggregateComparisonModel::State::Unknown;
        QTest::addRow("placement only, labelled")
            << aggForeign << QStringLiteral("ceph-pool") << QStringLiteral("—") << QStringLiteral("1")
            << QStringLiteral("not a Nova aggregate") << AggregateComparisonModel::State::PlacementOnly;
    }

    void comparisonRows()
    {
        QFETCH(QString, uuid);
        QFETCH(QString, name);
        QFETCH(QString, hosts);
        QFETCH(QString, members);
        QFETCH(QString, status);
        QFETCH(AggregateComparisonModel::State, state);
        AggregateComparisonModel model;
        model.setLabels(m_labels);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanResult(scan());
        QCOMPARE(model.rowCount(), 5);
        const int row = model.rowOf(uuid);
        QVERIFY(row >= 0);
        auto cell = [&](int column) {
            return model.index(row, column).data().toString();
        };
        QCOMPARE(cell(AggregateComparisonModel::NameColumn), name);
        QCOMPARE(cell(AggregateComparisonModel::NovaHostsColumn), hosts);
        QCOMPARE(cell(AggregateComparisonModel::PlacementMembersColumn), members);
        QCOMPARE(cell(AggregateComparisonModel::StatusColumn), status);
        QCOMPARE(model.index(row, 0).data(AggregateComparisonModel::StateRole).toInt(), static_cast<int>(state));
    }

    void sideBySide_data()
    {
        QTest::addColumn<QString>("aggregate");
        QTest::addColumn<QStringList>("expected"); // "nova host|placement member|status", in row order
        QTest::addRow("drifted") << aggAz1
                                 << QStringList { QStringLiteral("cmp1|cmp1.example|in both"),
                                                  QStringLiteral("cmp2||missing in Placement"),
                                                  QStringLiteral("cmp3||host cannot be mapped"),
                                                  QStringLiteral("|cmp4.example|extra in Placement") };
        QTest::addRow("in sync") << aggGpu << QStringList { QStringLiteral("cmp1|cmp1.example|in both") };
        QTest::addRow("no hosts, no members") << aggEmpty << QStringList();
        QTest::addRow("members not read") << aggUnread << QStringList { QStringLiteral("cmp2||members not read") };
        QTest::addRow("placement only") << aggForeign
                                        << QStringList { QStringLiteral("|shared-storage|Placement only") };
    }

    void sideBySide()
    {
        QFETCH(QString, aggregate);
        QFETCH(QStringList, expected);
        AggregateHostsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanResult(scan());
        model.setAggregate(aggregate.toUpper()); // UUIDs compare case-insensitively
        QStringList rows;
        for (int row = 0; row < model.rowCount(); ++row) {
            rows << QStringLiteral("%1|%2|%3")
                        .arg(model.index(row, AggregateHostsModel::NovaHostColumn).data().toString(),
                             model.index(row, AggregateHostsModel::PlacementMemberColumn).data().toString(),
                             model.index(row, AggregateHostsModel::StatusColumn).data().toString());
        }
        QCOMPARE(rows, expected);
    }

    void sideBySideMergesAcrossScansAndAggregates()
    {
        AggregateHostsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setScanResult(scan());
        model.setAggregate(aggAz1);
        QCOMPARE(model.count(AggregateHostsModel::Pairing::MissingInPlacement), 1);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        model.setScanResult(scan(true)); // cmp2 repaired: its row changes in place
        QCOMPARE(model.count(AggregateHostsModel::Pairing::MissingInPlacement), 0);
        QCOMPARE(model.count(AggregateHostsModel::Pairing::InBoth), 2);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(removed.count(), 0);
        model.setAggregate(aggGpu); // cmp1's row stays the same row
        QCOMPARE(model.rowCount(), 1);
        model.setAggregate({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }

    void driftRows_data()
    {
        QTest::addColumn<DriftItem::Kind>("kind");
        QTest::addColumn<int>("count");
        QTest::addColumn<bool>("tickable");
        QTest::addColumn<bool>("tickedFirst");
        QTest::addRow("missing: ticked") << DriftItem::Kind::Missing << 1 << true << true;
        QTest::addRow("extra: only by hand") << DriftItem::Kind::Extra << 1 << true << false;
        QTest::addRow("foreign: never") << DriftItem::Kind::Foreign << 1 << false << false;
        QTest::addRow("unresolvable: never") << DriftItem::Kind::Unresolvable << 1 << false << false;
    }

    void driftRows()
    {
        QFETCH(DriftItem::Kind, kind);
        QFETCH(int, count);
        QFETCH(bool, tickable);
        QFETCH(bool, tickedFirst);
        DriftModel model;
        model.setLabels(m_labels);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanResult(scan());
        QCOMPARE(model.count(kind), count);
        int row = -1;
        for (int r = 0; r < model.rowCount() && row < 0; ++r) {
            if (model.item(r).kind == kind)
                row = r;
        }
        QVERIFY(row >= 0);
        const QModelIndex cls = model.index(row, DriftModel::ClassColumn);
        QCOMPARE(cls.flags().testFlag(Qt::ItemIsUserCheckable), tickable);
        QCOMPARE(cls.data(Qt::CheckStateRole).isValid(), tickable);
        QCOMPARE(model.isTicked(row), tickedFirst);
        QCOMPARE(model.tickedItems().contains(model.item(row)), tickedFirst);
        // Ticking through the view's path (setData) works exactly for the tickable classes.
        QCOMPARE(model.setData(cls, Qt::Checked, Qt::CheckStateRole), tickable);
        QCOMPARE(model.tickedItems().contains(model.item(row)), tickable);
        if (kind == DriftItem::Kind::Foreign)
            QCOMPARE(cls.siblingAtColumn(DriftModel::AggregateColumn).data().toString(), QStringLiteral("ceph-pool"));
    }

    void driftRescanKeepsTicksAndNeverResets()
    {
        DriftModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setScanResult(scan());
        const int before = model.rowCount();
        int extra = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.item(r).kind == DriftItem::Kind::Extra)
                extra = r;
        }
        QVERIFY(model.setTicked(extra, true));
        QCOMPARE(model.tickedItems().size(), 2); // the missing one and the ticked extra one
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy ticks(&model, &DriftModel::ticksChanged);
        model.setScanResult(scan(true)); // the missing item is gone, the extra one stays ticked
        QCOMPARE(model.rowCount(), before - 1);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.tickedItems().size(), 1);
        QCOMPARE(model.tickedItems().constFirst().kind, DriftItem::Kind::Extra);
        QCOMPARE(ticks.count(), 1);
        QVERIFY(model.commandsText(model.tickedItems()).contains(QStringLiteral("u-cmp4")));
        model.setScanResult(DriftScanResult()); // a scan that could not read Nova: no rows, no reset
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.isUsable());
        QCOMPARE(resets.count(), 0);
    }

    void driftFilter_data()
    {
        QTest::addColumn<QList<DriftItem::Kind>>("kinds");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::addRow("everything") << QList<DriftItem::Kind>() << QString() << 4;
        QTest::addRow("missing") << QList<DriftItem::Kind> { DriftItem::Kind::Missing } << QString() << 1;
        QTest::addRow("missing and extra")
            << QList<DriftItem::Kind> { DriftItem::Kind::Missing, DriftItem::Kind::Extra } << QString() << 2;
        QTest::addRow("by host") << QList<DriftItem::Kind>() << QStringLiteral("cmp3") << 1;
        QTest::addRow("by aggregate name") << QList<DriftItem::Kind>() << QStringLiteral("az1-hosts") << 3;
        QTest::addRow("class and text") << QList<DriftItem::Kind> { DriftItem::Kind::Extra } << QStringLiteral("cmp2")
                                        << 0;
    }

    void driftFilter()
    {
        QFETCH(QList<DriftItem::Kind>, kinds);
        QFETCH(QString, text);
        QFETCH(int, expected);
        DriftModel model;
        model.setLabels(m_labels);
        DriftFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setScanResult(scan());
        proxy.setClasses(QSet<DriftItem::Kind>(kinds.cbegin(), kinds.cend()));
        proxy.setText(text);
        QCOMPARE(proxy.rowCount(), expected);
    }

    void comparisonMergesAndClears()
    {
        AggregateComparisonModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setScanResult(scan());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setScanResult(scan(true));
        QCOMPARE(changed.count(), 1); // only az1's row: its missing host was repaired
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(model.index(model.rowOf(aggAz1), AggregateComparisonModel::StatusColumn).data().toString(),
                 QStringLiteral("1 extra · 1 unresolvable"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(resets.count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDriftModels)
#include "tst_driftmodels.moc"
