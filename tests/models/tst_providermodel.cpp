// ProviderModel, its tree and filter proxies, AggregateModel and RequestLogModel under
// QAbstractItemModelTester (attached before any data arrives), and the merge-on-refresh
// contract: selection, expanded nodes and row identity survive a reload.

#include "aggregatelabels.h"
#include "aggregatemembersproxy.h"
#include "aggregatemodel.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "providertreemodel.h"
#include "requestlog.h"
#include "requestlogmodel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

namespace {

const QString aggA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString aggB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

ResourceProvider rp(const QString &uuid, const QString &name, qint64 generation, const QString &parent = {},
                    const QString &root = {})
{
    ResourceProvider p;
    p.uuid = uuid;
    p.name = name;
    p.generation = generation;
    p.parentUuid = parent;
    p.rootUuid = root.isEmpty() ? (parent.isEmpty() ? uuid : parent) : root;
    return p;
}

// host1 -> numa0 -> pgpu, host1 -> numa1; host2 (root alone); host10.
QList<ResourceProvider> sampleTree()
{
    return { rp(QStringLiteral("u-host1"), QStringLiteral("host1"), 3),
             rp(QStringLiteral("u-numa0"), QStringLiteral("host1_NUMA0"), 1, QStringLiteral("u-host1")),
             rp(QStringLiteral("u-numa1"), QStringLiteral("host1_NUMA1"), 1, QStringLiteral("u-host1")),
             rp(QStringLiteral("u-pgpu"), QStringLiteral("host1_PGPU"), 5, QStringLiteral("u-numa0"),
                QStringLiteral("u-host1")),
             rp(QStringLiteral("u-host2"), QStringLiteral("host2"), 12),
             rp(QStringLiteral("u-host10"), QStringLiteral("host10"), 2) };
}

ProviderAggregates aggs(const QStringList &list, qint64 generation)
{
    ProviderAggregates a;
    a.aggregates = list;
    a.generation = generation;
    return a;
}

// Keeps labels in memory so tests never touch the user's settings.
class MemoryLabelStore : public AggregateLabelStore
{
public:
    QHash<QString, QHash<QString, QString>> saved;
    QHash<QString, QString> load(const QString &key) override { return saved.value(key); }
    void save(const QString &key, const QHash<QString, QString> &labels) override { saved.insert(key, labels); }
};

} // namespace

class TestProviderModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void testerOnEveryModel()
    {
        ProviderModel model;
        ProviderTreeModel tree;
        ProviderFilterProxy tableProxy;
        ProviderFilterProxy treeProxy;
        AggregateLabels labels;
        labels.setStore(std::make_unique<MemoryLabelStore>());
        AggregateModel aggregates(&model, &labels);
        AggregateMembersProxy members;
        // Attach the testers before any data arrives so every signal is checked.
        QAbstractItemModelTester t1(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tree.setSourceModel(&model);
        QAbstractItemModelTester t2(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tableProxy.setSourceModel(&model);
        treeProxy.setSourceModel(&tree);
        QAbstractItemModelTester t3(&tableProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t4(&treeProxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t5(&aggregates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        members.setSourceModel(&model);
        members.setAggregate(aggA);
        QAbstractItemModelTester t6(&members, QAbstractItemModelTester::FailureReportingMode::QtTest);
        tableProxy.sort(ProviderModel::NameColumn);
        treeProxy.sort(ProviderModel::NameColumn);

        model.mergeProviders(sampleTree());
        {
            ProviderModel::BatchUpdate batch(&model);
            model.setAggregates(QStringLiteral("u-host1"), aggs({ aggA }, 3));
            model.setAggregates(QStringLiteral("u-host2"), aggs({ aggA, aggB }, 12));
            model.setAggregatesFailed(QStringLiteral("u-host10"),
                                      PlacementError::make(PlacementError::Kind::Timeout, QStringLiteral("slow")));
        }
        aggregates.refreshNow();
        QCOMPARE(aggregates.rowCount(), 2);
        QCOMPARE(aggregates.memberCount(aggA), 2);
        QCOMPARE(members.rowCount(), 2);
        QCOMPARE(tree.rowCount(), 3); // host1, host2, host10
        tableProxy.setQuickFilter(QStringLiteral("pgpu"));
        treeProxy.setQuickFilter(QStringLiteral("pgpu"));
        QCOMPARE(tableProxy.rowCount(), 1);
        QCOMPARE(treeProxy.rowCount(), 1); // host1 kept as the ancestor

        // Refresh: numa1 and host10 gone, host2's generation moved, a new child appears under host2.
        QList<ResourceProvider> next = sampleTree();
        next.removeAt(5);
        next.removeAt(2);
        next[3].generation = 13; // host2
        next << rp(QStringLiteral("u-new"), QStringLiteral("host2_NUMA0"), 0, QStringLiteral("u-host2"));
        model.mergeProviders(next);
        aggregates.refreshNow();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(tree.rowCount(tree.mapFromSource(model.index(model.rowOf(QStringLiteral("u-host2")), 0))), 1);
        tableProxy.setQuickFilter({});
        treeProxy.setQuickFilter({});
        model.clear();
        aggregates.refreshNow();
        QCOMPARE(aggregates.rowCount(), 0);
    }

    void mergeKeepsSelection()
    {
        ProviderModel model;
        ProviderFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ProviderModel::NameColumn);
        model.mergeProviders(sampleTree());
        QItemSelectionModel selection(&proxy);
        const QModelIndex pgpu = proxy.mapFromSource(model.index(model.rowOf(QStringLiteral("u-pgpu")), 0));
        selection.setCurrentIndex(pgpu, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        QList<ResourceProvider> next = sampleTree();
        next.removeFirst(); // host1 disappears; rows before pgpu shift
        next[2].generation = 6; // pgpu changed on the server
        next << rp(QStringLiteral("u-host3"), QStringLiteral("host3"), 0);
        model.mergeProviders(next);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(selection.currentIndex().data(ProviderModel::UuidRole).toString(), QStringLiteral("u-pgpu"));
        QCOMPARE(selection.selectedRows().size(), 1);
        QCOMPARE(selection.selectedRows().constFirst().data(ProviderModel::UuidRole).toString(),
                 QStringLiteral("u-pgpu"));
        QVERIFY(selection.currentIndex().data(ProviderModel::GenerationChangedRole).toBool());
        QCOMPARE(selection.currentIndex().siblingAtColumn(ProviderModel::GenerationColumn).data().toLongLong(), 6);
    }

    void treeKeepsExpandedNodesAcrossMerge()
    {
        ProviderModel model;
        ProviderTreeModel tree;
        tree.setSourceModel(&model);
        model.mergeProviders(sampleTree());
        const QPersistentModelIndex numa0 = tree.mapFromSource(model.index(model.rowOf(QStringLiteral("u-numa0")), 0));
        QVERIFY(numa0.isValid());
        QCOMPARE(numa0.parent().data(ProviderModel::UuidRole).toString(), QStringLiteral("u-host1"));
        QVERIFY(!(tree.flags(numa0) & Qt::ItemNeverHasChildren)); // or QTreeView refuses to expand it

        QList<ResourceProvider> next = sampleTree();
        next.removeAt(4); // host2, which comes after host1's subtree in source order
        next.removeAt(2); // numa1, numa0's sibling
        model.mergeProviders(next);
        QVERIFY(numa0.isValid()); // a view's expanded set is persistent indexes like this one
        QCOMPARE(numa0.data(ProviderModel::UuidRole).toString(), QStringLiteral("u-numa0"));
        QCOMPARE(tree.rowCount(numa0), 1);
        QCOMPARE(tree.index(0, 0, numa0).data(ProviderModel::UuidRole).toString(), QStringLiteral("u-pgpu"));
    }

    void parentAndRootShowNames()
    {
        ProviderModel model;
        model.mergeProviders(sampleTree());
        const int pgpu = model.rowOf(QStringLiteral("u-pgpu"));
        QCOMPARE(model.index(pgpu, ProviderModel::ParentColumn).data().toString(), QStringLiteral("host1_NUMA0"));
        QCOMPARE(model.index(pgpu, ProviderModel::ParentColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("u-numa0"));
        QCOMPARE(model.index(pgpu, ProviderModel::RootColumn).data().toString(), QStringLiteral("host1"));
        QCOMPARE(model.index(model.rowOf(QStringLiteral("u-host1")), ProviderModel::RootColumn).data().toString(),
                 QString());
        QCOMPARE(model.index(pgpu, ProviderModel::ParentColumn).data(ProviderModel::ExportRole).toString(),
                 QStringLiteral("u-numa0"));
    }

    void sortsNumbersAsNumbers_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("name, natural") << int(ProviderModel::NameColumn)
                                       << QStringList { QStringLiteral("u-host1"), QStringLiteral("u-host2"),
                                                        QStringLiteral("u-host10") };
        QTest::addRow("generation") << int(ProviderModel::GenerationColumn)
                                    << QStringList { QStringLiteral("u-host10"), QStringLiteral("u-host1"),
                                                     QStringLiteral("u-host2") };
        QTest::addRow("aggregate count") << int(ProviderModel::AggregateCountColumn)
                                         << QStringList { QStringLiteral("u-host10"), QStringLiteral("u-host2"),
                                                          QStringLiteral("u-host1") };
        QTest::addRow("vcpu fill") << int(ProviderModel::VcpuColumn)
                                   << QStringList { QStringLiteral("u-host10"), QStringLiteral("u-host1"),
                                                    QStringLiteral("u-host2") };
    }

    void sortsNumbersAsNumbers()
    {
        QFETCH(int, column);
        QFETCH(QStringList, expected);
        ProviderModel model;
        ProviderFilterProxy proxy;
        proxy.setSourceModel(&model);
        // generations 3, 12, 2 -> text sort would put "12" before "2" and "3".
        model.mergeProviders({ sampleTree().at(0), sampleTree().at(4), sampleTree().at(5) });
        model.setAggregates(QStringLiteral("u-host1"), aggs({ aggA, aggB }, 3));
        model.setAggregates(QStringLiteral("u-host2"), aggs({ aggA }, 12));
        model.setAggregates(QStringLiteral("u-host10"), aggs({}, 2));
        auto usage = [&](const QString &uuid, qint64 used, qint64 total) {
            ProviderInventories inv;
            Inventory vcpu;
            vcpu.resourceClass = QStringLiteral("VCPU");
            vcpu.total = total;
            inv.inventories << vcpu;
            ProviderUsages u;
            u.usages.insert(QStringLiteral("VCPU"), used);
            model.setUsage(uuid, inv, u);
        };
        usage(QStringLiteral("u-host1"), 10, 100); // 10 %
        usage(QStringLiteral("u-host2"), 9, 10); // 90 %
        usage(QStringLiteral("u-host10"), 0, 8); // 0 %
        proxy.sort(column, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order << proxy.index(row, 0).data(ProviderModel::UuidRole).toString();
        QCOMPARE(order, expected);
    }

    void quickFilterMatchesLabelsAndAggregates_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("label") << QStringLiteral("gold") << QStringList { QStringLiteral("u-host2") };
        QTest::addRow("aggregate uuid part")
            << QStringLiteral("aaaaaaaa") << QStringList { QStringLiteral("u-host1"), QStringLiteral("u-host2") };
        QTest::addRow("two words, all must match")
            << QStringLiteral("host aaaaaaaa gold") << QStringList { QStringLiteral("u-host2") };
        QTest::addRow("uuid") << QStringLiteral("u-host10") << QStringList { QStringLiteral("u-host10") };
        QTest::addRow("case-insensitive name")
            << QStringLiteral("HOST1") << QStringList { QStringLiteral("u-host1"), QStringLiteral("u-host10") };
        QTest::addRow("nothing") << QStringLiteral("zzz") << QStringList {};
    }

    void quickFilterMatchesLabelsAndAggregates()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        ProviderModel model;
        AggregateLabels labels;
        labels.setStore(std::make_unique<MemoryLabelStore>());
        labels.setConnectionKey(QStringLiteral("http://test"));
        labels.setLabel(aggB, QStringLiteral("gold-tier"));
        model.setAggregateLabels(&labels);
        ProviderFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(ProviderModel::NameColumn);
        model.mergeProviders({ sampleTree().at(0), sampleTree().at(4), sampleTree().at(5) });
        model.setAggregates(QStringLiteral("u-host1"), aggs({ aggA }, 3));
        model.setAggregates(QStringLiteral("u-host2"), aggs({ aggA, aggB }, 12));
        proxy.setQuickFilter(filter);
        QStringList shown;
        for (int row = 0; row < proxy.rowCount(); ++row)
            shown << proxy.index(row, 0).data(ProviderModel::UuidRole).toString();
        QCOMPARE(shown, expected);
        // The label replaces the short UUID in the aggregates cell.
        QVERIFY(model.index(model.rowOf(QStringLiteral("u-host2")), ProviderModel::AggregatesColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("gold-tier")));
    }

    void labelsAreSavedPerConnection()
    {
        auto store = std::make_unique<MemoryLabelStore>();
        MemoryLabelStore *raw = store.get();
        AggregateLabels labels;
        labels.setStore(std::move(store));
        labels.setConnectionKey(QStringLiteral("http://one"));
        labels.setLabel(aggA, QStringLiteral("  rack 1  "));
        QCOMPARE(raw->saved.value(QStringLiteral("http://one")).value(aggA), QStringLiteral("rack 1"));
        labels.setConnectionKey(QStringLiteral("http://two"));
        QCOMPARE(labels.label(aggA), QString());
        labels.setConnectionKey(QStringLiteral("http://one"));
        QCOMPARE(labels.label(aggA), QStringLiteral("rack 1"));
        labels.setLabel(aggA, QString()); // empty removes
        QVERIFY(raw->saved.value(QStringLiteral("http://one")).isEmpty());
    }

    void aggregateLabelEditable()
    {
        ProviderModel model;
        AggregateLabels labels;
        labels.setStore(std::make_unique<MemoryLabelStore>());
        labels.setConnectionKey(QStringLiteral("k"));
        AggregateModel aggregates(&model, &labels);
        QAbstractItemModelTester tester(&aggregates, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.mergeProviders(sampleTree());
        model.setAggregates(QStringLiteral("u-host1"), aggs({ aggA }, 3));
        aggregates.refreshNow();
        const QModelIndex label = aggregates.index(0, AggregateModel::LabelColumn);
        QVERIFY(aggregates.flags(label) & Qt::ItemIsEditable);
        QSignalSpy changed(&aggregates, &QAbstractItemModel::dataChanged);
        QVERIFY(aggregates.setData(label, QStringLiteral("az1")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(labels.label(aggA), QStringLiteral("az1"));
        QCOMPARE(label.data().toString(), QStringLiteral("az1"));
    }

    void generationHighlightExpires()
    {
        ProviderModel model;
        model.setHighlightDuration(50);
        model.mergeProviders(sampleTree());
        QList<ResourceProvider> next = sampleTree();
        next[0].generation = 4;
        model.mergeProviders(next);
        const QModelIndex host1 = model.index(model.rowOf(QStringLiteral("u-host1")), 0);
        QVERIFY(host1.data(ProviderModel::GenerationChangedRole).toBool());
        QVERIFY(!model.index(model.rowOf(QStringLiteral("u-host2")), 0)
                     .data(ProviderModel::GenerationChangedRole)
                     .toBool());
        QTRY_VERIFY(!host1.data(ProviderModel::GenerationChangedRole).toBool());
    }

    void staleAggregatesAreMarkedOnMerge()
    {
        ProviderModel model;
        model.mergeProviders(sampleTree());
        model.setAggregates(QStringLiteral("u-host1"), aggs({ aggA }, 3));
        QList<ResourceProvider> next = sampleTree();
        next[0].generation = 4;
        model.mergeProviders(next);
        const int row = model.rowOf(QStringLiteral("u-host1"));
        QCOMPARE(model.row(row).aggregatesState, ProviderModel::LoadState::NotLoaded);
        QCOMPARE(model.index(row, ProviderModel::AggregatesColumn).data().toString(), QStringLiteral("not loaded"));
    }

    // Removals go in contiguous runs, bottom up; between runs (and inside the handlers of each
    // run) rowOf() and find() must answer for the rows as they are at that moment.
    void mergeWithManyRemovalRunsKeepsTheIndex_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("every"); // remove rows whose number % every == 0 ...
        QTest::addColumn<int>("runLength"); // ... and the runLength - 1 rows after each
        QTest::addRow("every other row") << 40 << 2 << 1;
        QTest::addRow("every third row, from the first") << 40 << 3 << 1;
        QTest::addRow("runs of three in every seven") << 50 << 7 << 3;
        QTest::addRow("one run of all but the last") << 20 << 1000 << 19;
        QTest::addRow("every row") << 20 << 1 << 1;
        QTest::addRow("nothing") << 20 << 1000 << 0;
        QTest::addRow("as many runs as may go one by one") << 32 << 4 << 1;
        QTest::addRow("every fifth of many") << 400 << 5 << 2;
    }
    void mergeWithManyRemovalRunsKeepsTheIndex()
    {
        QFETCH(int, rows);
        QFETCH(int, every);
        QFETCH(int, runLength);
        ProviderModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QList<ResourceProvider> all;
        for (int i = 0; i < rows; ++i)
            all << rp(QStringLiteral("u-%1").arg(i), QStringLiteral("compute-%1").arg(i, 5, 10, QLatin1Char('0')), 1);
        model.mergeProviders(all);

        QList<ResourceProvider> kept;
        QStringList gone;
        for (int i = 0; i < rows; ++i) {
            if (runLength > 0 && i % every < runLength)
                gone << all.at(i).uuid;
            else
                kept << all.at(i);
        }
        QList<QPersistentModelIndex> persistent;
        for (const ResourceProvider &p : std::as_const(kept))
            persistent << QPersistentModelIndex(model.index(model.rowOf(p.uuid), ProviderModel::NameColumn));

        // Every row the model has must be found where it is, whenever anyone asks.
        QStringList problems;
        auto checkIndex = [&](const char *when) {
            for (int r = 0; r < model.rowCount(); ++r) {
                const QString uuid = model.row(r).provider.uuid;
                if (model.rowOf(uuid) != r || model.find(uuid) != &model.row(r))
                    problems << QStringLiteral("%1: %2 at row %3, rowOf says %4")
                                    .arg(QLatin1String(when), uuid)
                                    .arg(r)
                                    .arg(model.rowOf(uuid));
            }
        };
        int removeSignals = 0;
        connect(&model, &QAbstractItemModel::rowsAboutToBeRemoved, &model, [&] { checkIndex("rowsAboutToBeRemoved"); });
        connect(&model, &QAbstractItemModel::rowsRemoved, &model, [&](const QModelIndex &, int first, int last) {
            ++removeSignals;
            checkIndex("rowsRemoved");
            // The removed rows are gone from the index at once.
            QCOMPARE(
                model.rowCount(), rows - [&] {
                    int removedSoFar = 0;
                    for (const QString &uuid : std::as_const(gone))
                        removedSoFar += model.rowOf(uuid) < 0 ? 1 : 0;
                    return removedSoFar;
                }());
            Q_UNUSED(first)
            Q_UNUSED(last)
        });
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy relayout(&model, &QAbstractItemModel::layoutChanged);
        model.mergeProviders(kept);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
        QCOMPARE(reset.count(), 0);
        // One signal per contiguous run; scattered runs are first gathered at the end by one
        // layout change, then go as one.
        int runs = 0;
        for (int i = 0; i < rows; ++i) {
            const bool removed = gone.contains(all.at(i).uuid);
            if (removed && (i == 0 || !gone.contains(all.at(i - 1).uuid)))
                ++runs;
        }
        const bool gathered = runs > ProviderModel::maxScatteredRemovalRuns;
        QCOMPARE(removeSignals, gathered ? 1 : runs);
        QCOMPARE(relayout.count(), gathered ? 1 : 0);
        QCOMPARE(model.rowCount(), kept.size());
        checkIndex("after the merge");
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 5).join(QLatin1Char('\n'))));
        for (const QString &uuid : std::as_const(gone)) {
            QCOMPARE(model.rowOf(uuid), -1);
            QVERIFY(!model.find(uuid));
        }
        for (int i = 0; i < kept.size(); ++i) {
            QVERIFY(persistent.at(i).isValid());
            QCOMPARE(persistent.at(i).row(), i);
            QCOMPARE(persistent.at(i).data(ProviderModel::UuidRole).toString(), kept.at(i).uuid);
        }
    }

    // The two halves ChunkedMerge uses give the rows a single merge gives.
    void mergeInHalvesEqualsMerge()
    {
        ProviderModel whole;
        ProviderModel halves;
        QAbstractItemModelTester t1(&whole, QAbstractItemModelTester::FailureReportingMode::Fatal);
        QAbstractItemModelTester t2(&halves, QAbstractItemModelTester::FailureReportingMode::Fatal);
        whole.mergeProviders(sampleTree());
        halves.mergeProviders(sampleTree());
        QList<ResourceProvider> next = sampleTree().mid(2);
        next[0].name = QStringLiteral("renamed");
        next << rp(QStringLiteral("u-host3"), QStringLiteral("host3"), 1)
             << rp(QStringLiteral("u-host4"), QStringLiteral("host4"), 1);
        whole.mergeProviders(next);
        const QList<ResourceProvider> added = halves.mergeExisting(next);
        QCOMPARE(added.size(), 2);
        QCOMPARE(halves.rowCount(), 4);
        halves.appendProviders(added.mid(0, 1));
        halves.appendProviders(added.mid(1));
        halves.appendProviders(added); // already there: nothing happens
        QCOMPARE(halves.uuids(), whole.uuids());
        for (int r = 0; r < whole.rowCount(); ++r)
            QCOMPARE(halves.row(r).provider, whole.row(r).provider);
    }

    // The usage columns keep three bars, not the provider's whole inventory.
    void usageBarsFromInventoriesAndUsages()
    {
        ProviderModel model;
        model.mergeProviders(sampleTree());
        ProviderInventories inv;
        Inventory vcpu;
        vcpu.resourceClass = QStringLiteral("VCPU");
        vcpu.total = 16;
        vcpu.reserved = 4;
        vcpu.allocationRatio = 2.0;
        Inventory custom;
        custom.resourceClass = QStringLiteral("CUSTOM_FPGA");
        custom.total = 2;
        inv.inventories << custom << vcpu;
        ProviderUsages usages;
        usages.usages.insert(QStringLiteral("VCPU"), 5);
        usages.usages.insert(QStringLiteral("MEMORY_MB"), 7); // used without an inventory
        usages.generation = 3;
        model.setUsage(QStringLiteral("u-host1"), inv, usages);
        const int row = model.rowOf(QStringLiteral("u-host1"));
        const auto bar = [&](int column) {
            return model.index(row, column).data(ProviderModel::ResourceBarRole).value<ResourceBar>();
        };
        QVERIFY(bar(ProviderModel::VcpuColumn).present);
        QCOMPARE(bar(ProviderModel::VcpuColumn).capacity, 24);
        QCOMPARE(bar(ProviderModel::VcpuColumn).used, 5);
        QVERIFY(!bar(ProviderModel::MemoryColumn).present);
        QCOMPARE(bar(ProviderModel::MemoryColumn).used, 7);
        QVERIFY(!bar(ProviderModel::DiskColumn).present);
        QCOMPARE(model.row(row).usage.generation, 3);
        QCOMPARE(model.index(row, ProviderModel::DiskColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("No DISK_GB inventory"));
    }

    // Thousands of rows repeat the same aggregate sets and each other's UUIDs: one copy each.
    void repeatedStringsAreShared()
    {
        ProviderModel model;
        model.mergeProviders(sampleTree());
        const auto fresh = [](const QString &text) {
            return QString::fromUtf8(text.toUtf8());
        };
        model.setAggregates(QStringLiteral("u-host1"), aggs({ fresh(aggA), fresh(aggB) }, 3));
        model.setAggregates(QStringLiteral("u-host2"), aggs({ fresh(aggA), fresh(aggB) }, 12));
        model.setAggregates(QStringLiteral("u-host10"), aggs({ fresh(aggB) }, 2));
        const auto &host1 = model.find(QStringLiteral("u-host1"))->aggregates.aggregates;
        const auto &host2 = model.find(QStringLiteral("u-host2"))->aggregates.aggregates;
        const auto &host10 = model.find(QStringLiteral("u-host10"))->aggregates.aggregates;
        QCOMPARE(host1, (QStringList { aggA, aggB }));
        QCOMPARE(host1.constData(), host2.constData());
        QCOMPARE(host10.at(0).constData(), host1.at(1).constData());

        const ProviderModel::Row *numa0 = model.find(QStringLiteral("u-numa0"));
        const ProviderModel::Row *host = model.find(QStringLiteral("u-host1"));
        QCOMPARE(numa0->provider.parentUuid, QStringLiteral("u-host1"));
        QCOMPARE(numa0->provider.parentUuid.constData(), host->provider.uuid.constData());
        QCOMPARE(host->provider.rootUuid.constData(), host->provider.uuid.constData());
        QCOMPARE(model.index(model.rowOf(QStringLiteral("u-numa0")), ProviderModel::ParentColumn).data().toString(),
                 QStringLiteral("host1"));
    }

    void clearEmitsCleared()
    {
        ProviderModel model;
        QSignalSpy cleared(&model, &ProviderModel::cleared);
        model.clear(); // empty: still said, a pending chunked merge must stop
        QCOMPARE(cleared.count(), 1);
        model.mergeProviders(sampleTree());
        model.setAggregates(QStringLiteral("u-host1"), aggs({ aggA }, 3));
        model.clear();
        QCOMPARE(cleared.count(), 2);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(QStringLiteral("u-host1")), -1);
        QVERIFY(model.knownAggregates().isEmpty());
    }

    void requestLogShowsThePathAfterTheHost_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shown");
        QTest::addRow("aggregates") << QStringLiteral(
            "http://127.0.0.1:8778/resource_providers/8a3a2f0e-1111-4c2a-9c55-0d0c2f0e1111/aggregates")
                                    << QStringLiteral("/resource_providers/8a3a2f0e…1111/aggregates");
        QTest::addRow("traits, a path prefix kept")
            << QStringLiteral(
                   "https://cloud.example:443/placement/resource_providers/8A3A2F0E-1111-4C2A-9C55-0D0C2F0E2222/traits")
            << QStringLiteral("/placement/resource_providers/8A3A2F0E…2222/traits");
        QTest::addRow("query with two UUIDs")
            << QStringLiteral("http://h/resource_providers?member_of=in:5b1f8c1e-2222-4d3b-8a66-1e1d3f1f2222,"
                              "6c2f9d2f-3333-4e4c-9b77-2f2e4f2f3333")
            << QStringLiteral("/resource_providers?member_of=in:5b1f8c1e…2222,6c2f9d2f…3333");
        QTest::addRow("Keystone's hex ids")
            << QStringLiteral("http://ks:5000/v3/users/0123456789abcdef0123456789abcdef")
            << QStringLiteral("/v3/users/01234567…cdef");
        QTest::addRow("the root") << QStringLiteral("http://127.0.0.1:8778") << QStringLiteral("/");
        QTest::addRow("not a URL: as it is") << QStringLiteral("garbage") << QStringLiteral("garbage");
    }
    void requestLogShowsThePathAfterTheHost()
    {
        QFETCH(QString, url);
        QFETCH(QString, shown);
        QCOMPARE(RequestLogModel::shortPath(url), shown);
    }

    void requestLogModelFollowsBoundedLog()
    {
        RequestLog log(5);
        RequestLogModel model(&log);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto add = [&log](int i) {
            RequestLogEntry e;
            e.method = "GET";
            e.url = QStringLiteral("http://x/resource_providers/%1").arg(i);
            e.status = i % 2 ? 200 : 409;
            log.append(e);
        };
        for (int i = 0; i < 3; ++i)
            add(i);
        model.sync();
        QCOMPARE(model.rowCount(), 3);
        for (int i = 3; i < 9; ++i)
            add(i); // 4 entries fall off the front
        QCOMPARE(model.index(0, RequestLogModel::UrlColumn).data(), QVariant()); // a dropped row, not yet synced
        model.sync();
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, RequestLogModel::UrlColumn).data().toString(), QStringLiteral("/resource_providers/4"));
        QCOMPARE(model.index(4, RequestLogModel::UrlColumn).data().toString(), QStringLiteral("/resource_providers/8"));
        // Filtering and sorting see the whole URL.
        QCOMPARE(model.index(4, RequestLogModel::UrlColumn).data(RequestLogModel::FilterRole).toString(),
                 QStringLiteral("http://x/resource_providers/8"));
        QCOMPARE(model.index(4, RequestLogModel::UrlColumn).data(RequestLogModel::SortRole).toString(),
                 QStringLiteral("http://x/resource_providers/8"));
        QVERIFY(model.index(4, 0).data(RequestLogModel::FailedRole).toBool());
        QVERIFY(model.index(4, 0).data(RequestLogModel::CurlRole).toString().startsWith(QStringLiteral("curl")));
        log.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProviderModel)
#include "tst_providermodel.moc"
