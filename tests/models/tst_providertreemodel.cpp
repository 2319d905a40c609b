// ProviderTreeModel over a real ProviderModel, with a sorting QSortFilterProxyModel on top,
// both under QAbstractItemModelTester (Fatal) from before the first row: children that arrive
// before their parents, removed parents whose children stay, reparenting, loops in bad data,
// a server-side filter narrowing and widening. Structural changes must come as row inserts,
// removals and moves (not layout changes), and persistent indexes must follow their provider.

#include "providermodel.h"
#include "providertreemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

#include <memory>

namespace {

ResourceProvider rp(const QString &uuid, const QString &parent = {})
{
    ResourceProvider p;
    p.uuid = uuid;
    p.name = uuid;
    p.generation = 1;
    p.parentUuid = parent;
    p.rootUuid = parent.isEmpty() ? uuid : parent;
    return p;
}

// "r a:r g:a x" -> r, a under r, g under a, x.
QList<ResourceProvider> providers(const QString &spec)
{
    QList<ResourceProvider> list;
    const QStringList items = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const QString &item : items) {
        const QStringList parts = item.split(QLatin1Char(':'));
        list << rp(parts.at(0), parts.value(1));
    }
    return list;
}

// The tree as text, siblings sorted: "r(a(g)),x".
QString shape(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QStringList parts;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        QString text = index.data(ProviderModel::UuidRole).toString();
        const QString inner = shape(model, index);
        if (!inner.isEmpty())
            text += QLatin1Char('(') + inner + QLatin1Char(')');
        parts << text;
    }
    parts.sort();
    return parts.join(QLatin1Char(','));
}

int countRows(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    int count = model.rowCount(parent);
    for (int row = 0; row < model.rowCount(parent); ++row)
        count += countRows(model, model.index(row, 0, parent));
    return count;
}

// The model, its tree and a sorting proxy over the tree, each under a tester from the start.
struct Fixture
{
    ProviderModel model;
    ProviderTreeModel tree;
    QSortFilterProxyModel sorted;
    std::unique_ptr<QAbstractItemModelTester> treeTester;
    std::unique_ptr<QAbstractItemModelTester> sortedTester;

    Fixture()
    {
        tree.setSourceModel(&model);
        treeTester
            = std::make_unique<QAbstractItemModelTester>(&tree, QAbstractItemModelTester::FailureReportingMode::Fatal);
        sorted.setSourceModel(&tree);
        sorted.setSortRole(ProviderModel::SortRole);
        sorted.sort(ProviderModel::NameColumn);
        sortedTester = std::make_unique<QAbstractItemModelTester>(
            &sorted, QAbstractItemModelTester::FailureReportingMode::Fatal);
    }

    void merge(const QString &spec) { model.mergeProviders(providers(spec)); }
    QModelIndex treeIndex(const QString &uuid) const { return tree.mapFromSource(model.index(model.rowOf(uuid), 0)); }
    QString parentOf(const QString &uuid) const
    {
        return treeIndex(uuid).parent().data(ProviderModel::UuidRole).toString();
    }
};

// Every source row is in the tree exactly once and maps back to itself; the proxy agrees.
void verifyMapping(const Fixture &f)
{
    QCOMPARE(countRows(f.tree), f.model.rowCount());
    for (int row = 0; row < f.model.rowCount(); ++row) {
        const QModelIndex index = f.tree.mapFromSource(f.model.index(row, 1));
        QVERIFY(index.isValid());
        QCOMPARE(f.tree.mapToSource(index), f.model.index(row, 1));
        QCOMPARE(f.tree.index(index.row(), 1, index.parent()), index);
    }
    QCOMPARE(shape(f.sorted), shape(f.tree));
}

} // namespace

class TestProviderTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arrivalOrders_data()
    {
        // Each merge is the whole list the server sent (a merge removes what it does not name).
        QTest::addColumn<QStringList>("merges");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("moves"); // rows shown at the top level first must move under their parent

        QTest::addRow("parents before children")
            << QStringList { QStringLiteral("r a:r b:r g:a x") } << QStringLiteral("r(a(g),b),x") << false;
        QTest::addRow("children before parents, one insert")
            << QStringList { QStringLiteral("g:a a:r b:r r x") } << QStringLiteral("r(a(g),b),x") << false;
        QTest::addRow("children before parents, two inserts")
            << QStringList { QStringLiteral("g:a b:r x"), QStringLiteral("g:a b:r x a:r r") }
            << QStringLiteral("r(a(g),b),x") << true;
        QTest::addRow("grandchild, child, root, one insert each")
            << QStringList { QStringLiteral("g:a"), QStringLiteral("g:a a:r"), QStringLiteral("g:a a:r r") }
            << QStringLiteral("r(a(g))") << true;
        QTest::addRow("parent filtered out on the server")
            << QStringList { QStringLiteral("a:r b:r x") } << QStringLiteral("a,b,x") << false;
        QTest::addRow("new child under a parent already shown")
            << QStringList { QStringLiteral("r x"), QStringLiteral("r x a:r b:x") } << QStringLiteral("r(a),x(b)")
            << false;
    }

    void arrivalOrders()
    {
        QFETCH(QStringList, merges);
        QFETCH(QString, expected);
        QFETCH(bool, moves);
        Fixture f;
        QSignalSpy moved(&f.tree, &QAbstractItemModel::rowsMoved);
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);
        for (const QString &merge : std::as_const(merges)) {
            f.merge(merge);
            verifyMapping(f);
        }
        QCOMPARE(shape(f.tree), expected);
        QCOMPARE(moved.isEmpty(), !moves);
        QCOMPARE(layouts.count(), 0);
    }

    void plainInsertIsRowsInsertedNotLayout()
    {
        Fixture f;
        f.merge(QStringLiteral("r a:r x"));
        QSignalSpy inserted(&f.tree, &QAbstractItemModel::rowsInserted);
        QSignalSpy aboutToLayout(&f.tree, &QAbstractItemModel::layoutAboutToBeChanged);
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);
        QSignalSpy sortedLayouts(&f.sorted, &QAbstractItemModel::layoutChanged);
        const QPersistentModelIndex a = f.treeIndex(QStringLiteral("a"));

        f.merge(QStringLiteral("r a:r x b:r c:r y g:a"));

        QCOMPARE(layouts.count(), 0);
        QCOMPARE(aboutToLayout.count(), 0);
        QCOMPARE(sortedLayouts.count(), 0); // the sorting proxy only places the new rows
        // One run under r (b, c), one at the top (y), one under a (g).
        QCOMPARE(inserted.count(), 3);
        QStringList parents;
        for (const QList<QVariant> &signal : std::as_const(inserted)) {
            const auto parent = signal.at(0).value<QModelIndex>();
            parents << (parent.isValid() ? parent.data(ProviderModel::UuidRole).toString() : QStringLiteral("-"));
            if (parent.data(ProviderModel::UuidRole).toString() == QStringLiteral("r")) {
                QCOMPARE(signal.at(1).toInt(), 1);
                QCOMPARE(signal.at(2).toInt(), 2);
            }
        }
        parents.sort();
        QCOMPARE(parents, (QStringList { QStringLiteral("-"), QStringLiteral("a"), QStringLiteral("r") }));
        QCOMPARE(shape(f.tree), QStringLiteral("r(a(g),b,c),x,y"));
        QCOMPARE(a.data(ProviderModel::UuidRole).toString(), QStringLiteral("a"));
        verifyMapping(f);
    }

    void removedParentsChildrenStay_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");

        QTest::addRow("root goes, children stay")
            << QStringLiteral("r a:r b:r g:a x") << QStringLiteral("a:r b:r g:a x") << QStringLiteral("a(g),b,x");
        QTest::addRow("middle goes, grandchild stays")
            << QStringLiteral("r a:r b:r g:a x") << QStringLiteral("r b:r g:a x") << QStringLiteral("g,r(b),x");
        QTest::addRow("root and child go, grandchild stays")
            << QStringLiteral("r a:r b:r g:a x") << QStringLiteral("b:r g:a x") << QStringLiteral("b,g,x");
        QTest::addRow("whole family goes")
            << QStringLiteral("r a:r b:r g:a x") << QStringLiteral("x") << QStringLiteral("x");
    }

    void removedParentsChildrenStay()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        Fixture f;
        f.merge(before);
        QList<QPersistentModelIndex> kept;
        QStringList keptUuids;
        for (const ResourceProvider &p : providers(after)) {
            kept << QPersistentModelIndex(f.treeIndex(p.uuid));
            keptUuids << p.uuid;
        }
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);

        f.merge(after);

        QCOMPARE(shape(f.tree), expected);
        QCOMPARE(layouts.count(), 0);
        for (int i = 0; i < kept.size(); ++i) {
            QVERIFY(kept.at(i).isValid());
            QCOMPARE(kept.at(i).data(ProviderModel::UuidRole).toString(), keptUuids.at(i));
        }
        verifyMapping(f);
    }

    void removingAMiddleRunKeepsPersistentIndexes()
    {
        Fixture f;
        // 30 families h<i> -> n<i>a, n<i>b -> p<i>, in source order.
        QString spec;
        for (int i = 0; i < 30; ++i)
            spec += QStringLiteral("h%1 n%1a:h%1 n%1b:h%1 p%1:n%1a ").arg(i);
        f.merge(spec);
        const QPersistentModelIndex grandchild = f.treeIndex(QStringLiteral("p25"));
        const QPersistentModelIndex root = f.treeIndex(QStringLiteral("h28"));
        const QPersistentModelIndex early = f.treeIndex(QStringLiteral("n2b"));
        const QPersistentModelIndex sortedRoot = f.sorted.mapFromSource(root);
        QVERIFY(grandchild.isValid() && root.isValid() && early.isValid() && sortedRoot.isValid());
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);
        QSignalSpy removed(&f.tree, &QAbstractItemModel::rowsRemoved);

        // Families 10..15 leave: one run of source rows in the middle; rows after it shift.
        QString fewer;
        for (int i = 0; i < 30; ++i) {
            if (i < 10 || i > 15)
                fewer += QStringLiteral("h%1 n%1a:h%1 n%1b:h%1 p%1:n%1a ").arg(i);
        }
        f.merge(fewer);

        QCOMPARE(layouts.count(), 0);
        QCOMPARE(removed.count(), 1); // six roots, one run at the top level; their subtrees go with them
        QCOMPARE(f.tree.rowCount(), 24);
        QCOMPARE(grandchild.data(ProviderModel::UuidRole).toString(), QStringLiteral("p25"));
        QCOMPARE(grandchild.parent().data(ProviderModel::UuidRole).toString(), QStringLiteral("n25a"));
        QCOMPARE(grandchild.parent().parent().data(ProviderModel::UuidRole).toString(), QStringLiteral("h25"));
        QCOMPARE(root.data(ProviderModel::UuidRole).toString(), QStringLiteral("h28"));
        QCOMPARE(f.tree.rowCount(root), 2);
        QCOMPARE(early.data(ProviderModel::UuidRole).toString(), QStringLiteral("n2b"));
        QCOMPARE(sortedRoot.data(ProviderModel::UuidRole).toString(), QStringLiteral("h28"));
        // The persistent index still maps to the provider's new source row.
        QCOMPARE(f.tree.mapToSource(grandchild).row(), f.model.rowOf(QStringLiteral("p25")));
        verifyMapping(f);
    }

    void reparenting_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");

        QTest::addRow("child to another root")
            << QStringLiteral("r s a:r g:a") << QStringLiteral("r s a:s g:a") << QStringLiteral("r,s(a(g))");
        QTest::addRow("root becomes a child")
            << QStringLiteral("r s a:r") << QStringLiteral("r s:r a:r") << QStringLiteral("r(a,s)");
        QTest::addRow("child becomes a root")
            << QStringLiteral("r a:r g:a") << QStringLiteral("r a g:a") << QStringLiteral("a(g),r");
        QTest::addRow("child names a parent that is not loaded")
            << QStringLiteral("r a:r") << QStringLiteral("r a:zz") << QStringLiteral("a,r");
        QTest::addRow("parent and child swap")
            << QStringLiteral("r a:r g:a") << QStringLiteral("r a:g g:r") << QStringLiteral("r(g(a))");
        QTest::addRow("many at once") << QStringLiteral("r s t a:r b:r c:r d:r e:r f:r g:r h:r i:r j:r")
                                      << QStringLiteral("r s t a:s b:t c:s d:t e:s f:t g:s h:t i:s j:t")
                                      << QStringLiteral("r,s(a,c,e,g,i),t(b,d,f,h,j)");
    }

    void reparenting()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        Fixture f;
        f.merge(before);
        const QPersistentModelIndex a = f.treeIndex(QStringLiteral("a"));
        QSignalSpy moved(&f.tree, &QAbstractItemModel::rowsMoved);
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);

        f.merge(after);

        QCOMPARE(shape(f.tree), expected);
        QCOMPARE(moved.count() + layouts.count() > 0, true);
        QCOMPARE(a.data(ProviderModel::UuidRole).toString(), QStringLiteral("a"));
        QCOMPARE(a.parent().data(ProviderModel::UuidRole).toString(), f.parentOf(QStringLiteral("a")));
        verifyMapping(f);
    }

    void singleReparentIsAMove()
    {
        Fixture f;
        f.merge(QStringLiteral("r s a:r b:r"));
        QSignalSpy moved(&f.tree, &QAbstractItemModel::rowsMoved);
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);
        f.merge(QStringLiteral("r s a:s b:r"));
        QCOMPARE(layouts.count(), 0);
        QCOMPARE(moved.count(), 1);
        QCOMPARE(moved.at(0).at(0).value<QModelIndex>().data(ProviderModel::UuidRole).toString(), QStringLiteral("r"));
        QCOMPARE(moved.at(0).at(3).value<QModelIndex>().data(ProviderModel::UuidRole).toString(), QStringLiteral("s"));
        QCOMPARE(shape(f.tree), QStringLiteral("r(b),s(a)"));
    }

    void scatteredReparentsGoOutTogether()
    {
        // The source reports rows that are not neighbours as separate dataChanged ranges; the
        // tree must not relayout (through the sorting proxy) once per range.
        Fixture f;
        QString before;
        QString after;
        for (int i = 0; i < 12; ++i) {
            before += QStringLiteral("r%1 s%1 c%1:r%1 ").arg(i);
            after += QStringLiteral("r%1 s%1 c%1:s%1 ").arg(i);
        }
        f.merge(before);
        const QPersistentModelIndex c5 = f.treeIndex(QStringLiteral("c5"));
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);
        QSignalSpy moved(&f.tree, &QAbstractItemModel::rowsMoved);
        QSignalSpy sortedLayouts(&f.sorted, &QAbstractItemModel::layoutChanged);

        f.merge(after);

        QCOMPARE(layouts.count(), 1);
        QCOMPARE(moved.count(), 0);
        QCOMPARE(sortedLayouts.count(), 1);
        QCOMPARE(c5.parent().data(ProviderModel::UuidRole).toString(), QStringLiteral("s5"));
        QCOMPARE(f.parentOf(QStringLiteral("c11")), QStringLiteral("s11"));
        verifyMapping(f);
    }

    void loops_data()
    {
        QTest::addColumn<QStringList>("merges");
        QTest::addColumn<QString>("expected");

        QTest::addRow("two, one insert") << QStringList { QStringLiteral("a:b b:a c:a") } << QStringLiteral("a(c),b");
        QTest::addRow("two, across inserts")
            << QStringList { QStringLiteral("a:b c:a"), QStringLiteral("a:b c:a b:a") } << QStringLiteral("a(c),b");
        QTest::addRow("three, closed by the last one")
            << QStringList { QStringLiteral("a:c b:a"), QStringLiteral("a:c b:a c:b") } << QStringLiteral("a,b,c");
        QTest::addRow("self parent") << QStringList { QStringLiteral("a:a b:a") } << QStringLiteral("a(b)");
        QTest::addRow("closed by a reparent")
            << QStringList { QStringLiteral("r a:r b:a c:b"), QStringLiteral("r a:c b:a c:b") }
            << QStringLiteral("a,b,c,r");
        QTest::addRow("opened by a removal")
            << QStringList { QStringLiteral("a:c b:a c:b"), QStringLiteral("a:c b:a") } << QStringLiteral("a(b)");
        QTest::addRow("opened by a reparent")
            << QStringList { QStringLiteral("r a:c b:a c:b"), QStringLiteral("r a:r b:a c:b") }
            << QStringLiteral("r(a(b(c)))");
        QTest::addRow("chain into a loop")
            << QStringList { QStringLiteral("a:b b:a x:a y:x") } << QStringLiteral("a(x(y)),b");
    }

    void loops()
    {
        QFETCH(QStringList, merges);
        QFETCH(QString, expected);
        Fixture f;
        for (const QString &merge : std::as_const(merges)) {
            f.merge(merge);
            verifyMapping(f);
        }
        QCOMPARE(shape(f.tree), expected);
    }

    void serverFilterNarrowsAndWidens()
    {
        Fixture f;
        // 100 roots with 4 children each, a grandchild under every first child.
        QList<ResourceProvider> all;
        for (int i = 0; i < 100; ++i) {
            const QString root = QStringLiteral("h%1").arg(i, 3, 10, QLatin1Char('0'));
            all << rp(root);
            for (int c = 0; c < 4; ++c)
                all << rp(QStringLiteral("%1-n%2").arg(root).arg(c), root);
            all << rp(QStringLiteral("%1-p").arg(root), QStringLiteral("%1-n0").arg(root));
        }
        f.model.mergeProviders(all);
        const QString full = shape(f.tree);
        QCOMPARE(countRows(f.tree), 600);
        QList<ResourceProvider> some;
        for (int i = 0; i < all.size(); i += 10)
            some << all.at(i + (i / 10) % 6); // every kind: roots, children, grandchildren
        const QString keptUuid = some.at(7).uuid;
        const QPersistentModelIndex kept = f.treeIndex(keptUuid);
        const QPersistentModelIndex keptSorted = f.sorted.mapFromSource(kept);

        f.model.mergeProviders(some);

        QCOMPARE(f.model.rowCount(), 60);
        verifyMapping(f);
        QCOMPARE(kept.data(ProviderModel::UuidRole).toString(), keptUuid);
        QCOMPARE(keptSorted.data(ProviderModel::UuidRole).toString(), keptUuid);
        // What is shown under a parent is exactly what the source says.
        for (int row = 0; row < f.model.rowCount(); ++row) {
            const ResourceProvider &p = f.model.row(row).provider;
            const bool parentLoaded = f.model.rowOf(p.parentUuid) >= 0;
            QCOMPARE(f.parentOf(p.uuid), parentLoaded ? p.parentUuid : QString());
        }

        f.model.mergeProviders(all);

        QCOMPARE(shape(f.tree), full);
        QCOMPARE(kept.data(ProviderModel::UuidRole).toString(), keptUuid);
        QCOMPARE(keptSorted.data(ProviderModel::UuidRole).toString(), keptUuid);
        verifyMapping(f);
    }

    void dataChangedMapsPerRow()
    {
        Fixture f;
        f.merge(QStringLiteral("r a:r b:r x"));
        QSignalSpy changed(&f.tree, &QAbstractItemModel::dataChanged);
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);
        ProviderAggregates aggregates;
        aggregates.aggregates = QStringList { QStringLiteral("agg") };
        aggregates.generation = 1;
        f.model.setAggregates(QStringLiteral("b"), aggregates);
        QTRY_VERIFY(!changed.isEmpty()); // a batch may flush later
        QCOMPARE(layouts.count(), 0);
        const auto topLeft = changed.constLast().at(0).value<QModelIndex>();
        const auto bottomRight = changed.constLast().at(1).value<QModelIndex>();
        QCOMPARE(topLeft.data(ProviderModel::UuidRole).toString(), QStringLiteral("b"));
        QCOMPARE(bottomRight.data(ProviderModel::UuidRole).toString(), QStringLiteral("b"));
        QCOMPARE(topLeft.parent().data(ProviderModel::UuidRole).toString(), QStringLiteral("r"));
        QCOMPARE(bottomRight.column(), ProviderModel::ColumnCount - 1);
    }

    void sourceLayoutChangeKeepsPersistentIndexes()
    {
        Fixture f;
        f.merge(QStringLiteral("r a:r g:a x"));
        const QPersistentModelIndex g = f.treeIndex(QStringLiteral("g"));
        QSignalSpy layouts(&f.tree, &QAbstractItemModel::layoutChanged);
        // ProviderModel does not sort itself today; a layout change must still be followed.
        Q_EMIT f.model.layoutAboutToBeChanged();
        Q_EMIT f.model.layoutChanged();
        QCOMPARE(layouts.count(), 1);
        QCOMPARE(g.data(ProviderModel::UuidRole).toString(), QStringLiteral("g"));
        QCOMPARE(g.parent().data(ProviderModel::UuidRole).toString(), QStringLiteral("a"));
        QCOMPARE(shape(f.tree), QStringLiteral("r(a(g)),x"));
        verifyMapping(f);
    }

    void clearAndReload()
    {
        Fixture f;
        f.merge(QStringLiteral("r a:r g:a x"));
        f.model.clear();
        QCOMPARE(f.tree.rowCount(), 0);
        f.merge(QStringLiteral("g:a a:r r"));
        QCOMPARE(shape(f.tree), QStringLiteral("r(a(g))"));
        verifyMapping(f);
    }

    void viewContract()
    {
        Fixture f;
        f.merge(QStringLiteral("r a:r"));
        const QModelIndex r = f.treeIndex(QStringLiteral("r"));
        const QModelIndex a = f.treeIndex(QStringLiteral("a"));
        QVERIFY(!(f.tree.flags(a) & Qt::ItemNeverHasChildren)); // or QTreeView refuses to expand it
        QVERIFY(f.tree.hasChildren(r));
        QVERIFY(!f.tree.hasChildren(a));
        QCOMPARE(f.tree.rowCount(r.siblingAtColumn(1)), 0); // only column 0 has children
        QCOMPARE(f.tree.headerData(ProviderModel::NameColumn, Qt::Horizontal),
                 f.model.headerData(ProviderModel::NameColumn, Qt::Horizontal));
    }
};

QTEST_GUILESS_MAIN(TestProviderTreeModel)
#include "tst_providertreemodel.moc"
