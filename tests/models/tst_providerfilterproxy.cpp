// ProviderFilterProxy's shortcuts for 100,000 rows give exactly the answers of the plain
// way: natural sort keys order like naturalCompare, ranked sorting (also after changes,
// insertions and removals) orders like a fresh sort by value, and the quick filter's memo of
// rejected rows never hides a row a fresh filter would show.

#include "aggregatelabels.h"
#include "naturalsortkey.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "providersortranks.h"
#include "providertreemodel.h"
#include "quickfiltermemo.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {

int sign(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

QString uuidFor(int i)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(static_cast<uint>(i * 2654435761U) % 100000000U, 8, 10, QLatin1Char('0'))
        .arg(i, 12, 10, QLatin1Char('0'));
}

// Roots with children (some named alike, some with zero-padded numbers), in a scrambled order.
QList<ResourceProvider> providers(int count, int generation = 1, int nameShift = 0)
{
    QList<ResourceProvider> list;
    for (int i = 0; i < count; ++i) {
        ResourceProvider p;
        p.uuid = uuidFor(i);
        const int n = (i * 7919 + nameShift) % count;
        p.name = i % 5 == 4 ? QStringLiteral("Compute-%1_NUMA0").arg(n / 5)
                            : (i % 3 ? QStringLiteral("compute-%1").arg(n)
                                     : QStringLiteral("compute-%1").arg(n, 4, 10, QLatin1Char('0')));
        p.generation = generation + (i % 4);
        if (i % 5 == 4) {
            p.parentUuid = uuidFor(i - 1);
            p.rootUuid = p.parentUuid;
        } else {
            p.rootUuid = p.uuid;
        }
        list << p;
    }
    return list;
}

class MemoryLabelStore : public AggregateLabelStore
{
public:
    QHash<QString, QString> load(const QString &) override { return {}; }
    void save(const QString &, const QHash<QString, QString> &) override { }
};

// A fresh proxy over the same source, sorted and filtered the plain way (no ranks, no memo).
class PlainProxy : public QSortFilterProxyModel
{
public:
    QStringList words;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override
    {
        const QString text
            = sourceModel()->index(sourceRow, 0, sourceParent).data(ProviderModel::FilterTextRole).toString();
        return std::all_of(words.cbegin(), words.cend(),
                           [&text](const QString &w) { return text.contains(w, Qt::CaseInsensitive); });
    }
    bool lessThan(const QModelIndex &l, const QModelIndex &r) const override
    {
        return ProviderSortRanks::sortValueLess(l.data(sortRole()), r.data(sortRole()));
    }
};

// Each level of `actual` holds the rows `expected` holds there, sorted by `column`.
void verifyLevel(const QAbstractItemModel &actual, const QModelIndex &actualParent, const QAbstractItemModel &expected,
                 const QModelIndex &expectedParent, int column, Qt::SortOrder order, bool *ok)
{
    QStringList got;
    QStringList want;
    for (int row = 0; row < actual.rowCount(actualParent); ++row)
        got << actual.index(row, 0, actualParent).data(ProviderModel::UuidRole).toString();
    for (int row = 0; row < expected.rowCount(expectedParent); ++row)
        want << expected.index(row, 0, expectedParent).data(ProviderModel::UuidRole).toString();
    QStringList gotSorted = got;
    QStringList wantSorted = want;
    gotSorted.sort();
    wantSorted.sort();
    if (gotSorted != wantSorted) {
        qWarning() << "rows differ under" << actualParent.data().toString() << got.size() << want.size();
        *ok = false;
        return;
    }
    for (int row = 1; row < got.size(); ++row) {
        const QVariant before = actual.index(row - 1, column, actualParent).data(ProviderModel::SortRole);
        const QVariant here = actual.index(row, column, actualParent).data(ProviderModel::SortRole);
        const bool misplaced = order == Qt::AscendingOrder ? ProviderSortRanks::sortValueLess(here, before)
                                                           : ProviderSortRanks::sortValueLess(before, here);
        if (misplaced) {
            qWarning() << "out of order under" << actualParent.data().toString() << "at" << row << before << here;
            *ok = false;
            return;
        }
    }
    for (int row = 0; row < got.size(); ++row) {
        const QModelIndex a = actual.index(row, 0, actualParent);
        const int expectedRow = static_cast<int>(want.indexOf(got.at(row)));
        verifyLevel(actual, a, expected, expected.index(expectedRow, 0, expectedParent), column, order, ok);
        if (!*ok)
            return;
    }
}

void verifySameRowsInOrder(const QAbstractItemModel &actual, const QAbstractItemModel &expected, int column,
                           Qt::SortOrder order)
{
    bool ok = true;
    verifyLevel(actual, {}, expected, {}, column, order, &ok);
    QVERIFY(ok);
}

// A provider model with its tree and a ProviderFilterProxy over each, under testers.
struct Stack
{
    AggregateLabels labels;
    ProviderModel model;
    ProviderTreeModel tree;
    ProviderFilterProxy table;
    ProviderFilterProxy treeProxy;
    std::unique_ptr<QAbstractItemModelTester> testers[3];

    Stack()
    {
        labels.setStore(std::make_unique<MemoryLabelStore>());
        model.setAggregateLabels(&labels);
        tree.setSourceModel(&model);
        table.setSourceModel(&model);
        treeProxy.setSourceModel(&tree);
        using Mode = QAbstractItemModelTester::FailureReportingMode;
        testers[0] = std::make_unique<QAbstractItemModelTester>(&model, Mode::Fatal);
        testers[1] = std::make_unique<QAbstractItemModelTester>(&table, Mode::Fatal);
        testers[2] = std::make_unique<QAbstractItemModelTester>(&treeProxy, Mode::Fatal);
    }
    // Both proxies against fresh plain ones built now: the same rows under the same parents,
    // and every level in order (rows with equal values may stand in any order).
    void verifyAgainstPlain(int column, Qt::SortOrder order, const QStringList &words = {})
    {
        // A batch's order check runs on the next event-loop turn.
        QTRY_VERIFY(!table.isOrderCheckPending() && !treeProxy.isOrderCheckPending());
        PlainProxy plainTable;
        plainTable.setSortRole(ProviderModel::SortRole);
        plainTable.words = words;
        plainTable.setSourceModel(&model);
        plainTable.sort(column, order);
        verifySameRowsInOrder(table, plainTable, column, order);
        PlainProxy plainTree;
        plainTree.setSortRole(ProviderModel::SortRole);
        plainTree.setRecursiveFilteringEnabled(true);
        plainTree.words = words;
        plainTree.setSourceModel(&tree);
        plainTree.sort(column, order);
        verifySameRowsInOrder(treeProxy, plainTree, column, order);
    }
};

// Children whose parent is gone go too (as a server-side filter would not show them alone).
void dropOrphans(QList<ResourceProvider> *list)
{
    QSet<QString> uuids;
    for (const ResourceProvider &p : std::as_const(*list))
        uuids.insert(p.uuid);
    list->removeIf(
        [&uuids](const ResourceProvider &p) { return !p.parentUuid.isEmpty() && !uuids.contains(p.parentUuid); });
}

QString randomName(QRandomGenerator &random)
{
    static const QString alphabet = QStringLiteral("aAbZz_-.09185x");
    QString s;
    const int length = static_cast<int>(random.bounded(9));
    for (int i = 0; i < length; ++i)
        s += alphabet.at(static_cast<int>(random.bounded(alphabet.size())));
    return s;
}

} // namespace

class TestProviderFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void naturalOrder_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("expected");
        QTest::newRow("2 before 10") << QStringLiteral("compute-2") << QStringLiteral("compute-10") << -1;
        QTest::newRow("zero padding equal") << QStringLiteral("compute-007") << QStringLiteral("compute-7") << 0;
        QTest::newRow("case folded") << QStringLiteral("Compute-1") << QStringLiteral("compute-1") << 0;
        QTest::newRow("prefix first") << QStringLiteral("host1") << QStringLiteral("host1_NUMA0") << -1;
        QTest::newRow("digit against letter") << QStringLiteral("a9") << QStringLiteral("aa") << -1;
        QTest::newRow("digit against dash") << QStringLiteral("x2") << QStringLiteral("x-") << 1;
        QTest::newRow("long runs without overflow")
            << QStringLiteral("n99999999999999999999") << QStringLiteral("n100000000000000000000") << -1;
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("a") << -1;
    }
    void naturalOrder()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, expected);
        QCOMPARE(sign(naturalCompare(a, b)), expected);
        QCOMPARE(sign(naturalCompare(b, a)), -expected);
        QCOMPARE(sign(naturalSortKey(a).compare(naturalSortKey(b))), expected);
    }

    // The key is the comparison: checked on many random pairs of digits, letters and signs.
    void sortKeyOrdersLikeNaturalCompare()
    {
        QRandomGenerator random(12345);
        for (int i = 0; i < 20000; ++i) {
            const QString a = randomName(random);
            const QString b = randomName(random);
            QVERIFY2(sign(naturalCompare(a, b)) == sign(naturalSortKey(a).compare(naturalSortKey(b))),
                     qPrintable(a + QLatin1String(" / ") + b));
        }
    }

    void refinement_data()
    {
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<bool>("refines");
        QTest::newRow("one more character")
            << QStringList { QStringLiteral("comp") } << QStringList { QStringLiteral("compu") } << true;
        QTest::newRow("case differs") << QStringList { QStringLiteral("COMP") }
                                      << QStringList { QStringLiteral("compute") } << true;
        QTest::newRow("another word") << QStringList { QStringLiteral("comp") }
                                      << QStringList { QStringLiteral("comp"), QStringLiteral("az1") } << true;
        QTest::newRow("backspace") << QStringList { QStringLiteral("compu") } << QStringList { QStringLiteral("comp") }
                                   << false;
        QTest::newRow("a word gone") << QStringList { QStringLiteral("comp"), QStringLiteral("az1") }
                                     << QStringList { QStringLiteral("comp") } << false;
        QTest::newRow("other text") << QStringList { QStringLiteral("abc") } << QStringList { QStringLiteral("abd") }
                                    << false;
    }
    void refinement()
    {
        QFETCH(QStringList, before);
        QFETCH(QStringList, after);
        QFETCH(bool, refines);
        QCOMPARE(QuickFilterMemo::refines(after, before), refines);
    }

    // Sorting by each column after the user asked (ranks), then after merges that change,
    // add and remove rows (ranks partly known), always the order of a fresh plain sort.
    void rankedSortMatchesPlainSort_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<Qt::SortOrder>("order");
        QTest::newRow("name") << int(ProviderModel::NameColumn) << Qt::AscendingOrder;
        QTest::newRow("name descending") << int(ProviderModel::NameColumn) << Qt::DescendingOrder;
        QTest::newRow("uuid") << int(ProviderModel::UuidColumn) << Qt::AscendingOrder;
        QTest::newRow("generation") << int(ProviderModel::GenerationColumn) << Qt::AscendingOrder;
        QTest::newRow("aggregates") << int(ProviderModel::AggregatesColumn) << Qt::AscendingOrder;
    }
    void rankedSortMatchesPlainSort()
    {
        QFETCH(int, column);
        QFETCH(Qt::SortOrder, order);
        Stack s;
        s.model.mergeProviders(providers(400));
        s.table.sort(column, order);
        s.treeProxy.sort(column, order);
        s.verifyAgainstPlain(column, order);

        // Generations and names move, aggregates arrive: changed rows lose their rank.
        QList<ResourceProvider> next = providers(400, 5, 13);
        s.model.mergeProviders(next);
        for (int i = 0; i < 400; i += 3) {
            ProviderAggregates a;
            a.aggregates = { uuidFor(i % 7) };
            a.generation = next.at(i).generation;
            s.model.setAggregates(next.at(i).uuid, a);
        }
        s.verifyAgainstPlain(column, order);

        // Removed in many runs (ranks move up), then new rows appended (no rank).
        QList<ResourceProvider> fewer;
        for (int i = 0; i < next.size(); ++i) {
            if (i % 7 != 0 && i % 11 != 0)
                fewer << next.at(i);
        }
        dropOrphans(&fewer);
        s.model.mergeProviders(fewer);
        s.verifyAgainstPlain(column, order);
        QList<ResourceProvider> more = fewer + providers(460).mid(400);
        s.model.mergeProviders(more);
        s.verifyAgainstPlain(column, order);
    }

    // Typing narrows, Backspace widens, data changes under a kept filter, rows go away:
    // the proxy shows what a fresh filter shows, every time.
    void memoNeverHidesARowAFreshFilterShows()
    {
        Stack s;
        s.model.mergeProviders(providers(300));
        s.table.sort(ProviderModel::NameColumn);
        s.treeProxy.sort(ProviderModel::NameColumn);
        const QStringList typed
            = QStringLiteral("c co com compute-1 compute-12 compute-1 numa numa0 -").split(QLatin1Char(' '));
        for (QString text : typed) {
            if (text == QLatin1String("-"))
                text.clear(); // the filter emptied
            s.table.setQuickFilter(text);
            s.treeProxy.setQuickFilter(text);
            s.verifyAgainstPlain(ProviderModel::NameColumn, Qt::AscendingOrder,
                                 text.isEmpty() ? QStringList() : QStringList { text });
        }

        // A label makes rows match that the filter rejected a moment ago.
        const QString aggregate = uuidFor(4242);
        s.table.setQuickFilter(QStringLiteral("rack"));
        s.treeProxy.setQuickFilter(QStringLiteral("rack"));
        QCOMPARE(s.table.rowCount(), 0);
        s.table.setQuickFilter(QStringLiteral("rack-7"));
        s.treeProxy.setQuickFilter(QStringLiteral("rack-7"));
        ProviderAggregates a;
        a.aggregates = { aggregate };
        const ResourceProvider target = providers(300).at(10);
        a.generation = target.generation;
        s.model.setAggregates(target.uuid, a);
        s.labels.setLabel(aggregate, QStringLiteral("rack-7"));
        QCOMPARE(s.table.rowCount(), 1);
        s.verifyAgainstPlain(ProviderModel::NameColumn, Qt::AscendingOrder, { QStringLiteral("rack-7") });

        // Rows removed in runs while a filter is on, then the filter refined.
        s.table.setQuickFilter(QStringLiteral("compute-2"));
        s.treeProxy.setQuickFilter(QStringLiteral("compute-2"));
        QList<ResourceProvider> fewer = providers(300);
        fewer.removeIf([](const ResourceProvider &p) { return p.uuid.endsWith(QLatin1Char('3')); });
        dropOrphans(&fewer);
        s.model.mergeProviders(fewer);
        for (const QString &text : { QStringLiteral("compute-2"), QStringLiteral("compute-21") }) {
            s.table.setQuickFilter(text);
            s.treeProxy.setQuickFilter(text);
            s.verifyAgainstPlain(ProviderModel::NameColumn, Qt::AscendingOrder, { text });
        }
    }

    // The window gives the tree its providers only while the tree is shown: a proxy set up
    // over the empty tree filters and sorts once they arrive, and lets go when they leave.
    void treeGivenItsProvidersLater()
    {
        AggregateLabels labels;
        labels.setStore(std::make_unique<MemoryLabelStore>());
        ProviderModel model;
        model.setAggregateLabels(&labels);
        model.mergeProviders(providers(200));
        ProviderTreeModel tree;
        ProviderFilterProxy proxy;
        proxy.setSourceModel(&tree);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(ProviderModel::NameColumn);
        proxy.setQuickFilter(QStringLiteral("compute-1"));
        QCOMPARE(proxy.rowCount(), 0);
        tree.setSourceModel(&model);
        PlainProxy plain;
        plain.setSortRole(ProviderModel::SortRole);
        plain.setRecursiveFilteringEnabled(true);
        plain.words = { QStringLiteral("compute-1") };
        plain.setSourceModel(&tree);
        plain.sort(ProviderModel::NameColumn);
        QVERIFY(plain.rowCount() > 0);
        verifySameRowsInOrder(proxy, plain, ProviderModel::NameColumn, Qt::AscendingOrder);
        // Narrowing and removals still reach the proxy through the tree's new source.
        proxy.setQuickFilter(QStringLiteral("compute-12"));
        QList<ResourceProvider> fewer = providers(200).mid(0, 150);
        dropOrphans(&fewer);
        model.mergeProviders(fewer);
        plain.words = { QStringLiteral("compute-12") };
        plain.invalidate();
        verifySameRowsInOrder(proxy, plain, ProviderModel::NameColumn, Qt::AscendingOrder);
        tree.setSourceModel(nullptr);
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProviderFilterProxy)
#include "tst_providerfilterproxy.moc"
