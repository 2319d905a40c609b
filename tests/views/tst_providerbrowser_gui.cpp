// ProviderBrowser builds its tree only while the tree is shown (a hidden tree would double
// the work of every load and keystroke): switching back shows the same tree, with the nodes
// that were open still open, the quick filter applied, and the current provider kept.
// Its keyboard flow, driven with key events only: from the filter into the results and back,
// and Tab out of the table. Its columns fit the window until the operator drags an edge.

#include "providerbrowser.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "testproviders.h"

#include <QApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

namespace {

const QString host1 = QStringLiteral("u-host1");
const QString numa0 = QStringLiteral("u-numa0");
const QString host2 = QStringLiteral("u-host2");
const QString gpu2 = QStringLiteral("u-gpu2");

QList<ResourceProvider> providers()
{
    return { testProvider(host1, QStringLiteral("host1")), testProvider(numa0, QStringLiteral("host1_NUMA0"), host1),
             testProvider(host2, QStringLiteral("host2")), testProvider(gpu2, QStringLiteral("host2_PGPU"), host2) };
}

} // namespace

class TestProviderBrowserGui : public QObject
{
    Q_OBJECT

private:
    QModelIndex treeIndexOf(ProviderBrowser &browser, const QString &uuid)
    {
        QList<QModelIndex> open { QModelIndex() };
        const QAbstractItemModel *model = browser.treeProxy();
        while (!open.isEmpty()) {
            const QModelIndex parent = open.takeLast();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                const QModelIndex index = model->index(row, 0, parent);
                if (index.data(ProviderModel::UuidRole).toString() == uuid)
                    return index;
                open << index;
            }
        }
        return {};
    }

    // A browser with the four providers, shown and ready for keys, focus in the filter.
    static void prepare(ProviderBrowser &browser, ProviderModel &model)
    {
        model.mergeProviders(providers());
        browser.resize(900, 500);
        browser.show();
        browser.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&browser));
        browser.quickFilterEdit()->setFocus();
        QTRY_VERIFY(browser.quickFilterEdit()->hasFocus());
    }

    static QStringList selectedUuids(const QAbstractItemView *view)
    {
        QStringList uuids;
        for (const QModelIndex &row : view->selectionModel()->selectedRows())
            uuids << row.data(ProviderModel::UuidRole).toString();
        return uuids;
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void aKeyInTheFilterMovesIntoTheResults_data()
    {
        QTest::addColumn<bool>("tree");
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("selected"); // the first row the key lands on
        QTest::addRow("table, Down, nothing typed") << false << int(Qt::Key_Down) << QString() << host1;
        QTest::addRow("table, Return after typing") << false << int(Qt::Key_Return) << QStringLiteral("host2") << host2;
        QTest::addRow("table, keypad Enter") << false << int(Qt::Key_Enter) << QStringLiteral("pgpu") << gpu2;
        QTest::addRow("table, Page Down") << false << int(Qt::Key_PageDown) << QStringLiteral("numa") << numa0;
        QTest::addRow("tree, Down") << true << int(Qt::Key_Down) << QString() << host1;
        QTest::addRow("tree, Return after typing") << true << int(Qt::Key_Return) << QStringLiteral("host2") << host2;
    }
    void aKeyInTheFilterMovesIntoTheResults()
    {
        QFETCH(bool, tree);
        QFETCH(int, key);
        QFETCH(QString, typed);
        QFETCH(QString, selected);
        ProviderModel model;
        ProviderBrowser browser(&model);
        browser.setTreeMode(tree);
        prepare(browser, model);
        if (QTest::currentTestFailed())
            return;
        // Typed and moved on at once: the key applies the filter without waiting for the pause.
        QTest::keyClicks(browser.quickFilterEdit(), typed);
        QTest::keyClick(browser.quickFilterEdit(), Qt::Key(key));

        QAbstractItemView *view = tree ? static_cast<QAbstractItemView *>(browser.tree()) : browser.table();
        QVERIFY(view->hasFocus());
        QCOMPARE(browser.quickFilter(), typed);
        QCOMPARE(browser.currentUuid(), selected);
        QCOMPARE(selectedUuids(view), QStringList { selected });
    }

    void escapeOrSlashReturnsToTheFilter_data()
    {
        QTest::addColumn<int>("key");
        QTest::addRow("Escape") << int(Qt::Key_Escape);
        QTest::addRow("slash") << int(Qt::Key_Slash);
    }
    void escapeOrSlashReturnsToTheFilter()
    {
        QFETCH(int, key);
        ProviderModel model;
        ProviderBrowser browser(&model);
        prepare(browser, model);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClicks(browser.quickFilterEdit(), QStringLiteral("host"));
        QTest::keyClick(browser.quickFilterEdit(), Qt::Key_Down);
        QVERIFY(browser.table()->hasFocus());
        QTest::keyClick(browser.table(), Qt::Key(key));
        QVERIFY(browser.quickFilterEdit()->hasFocus());
        QCOMPARE(browser.quickFilterEdit()->selectedText(), QStringLiteral("host")); // typing replaces it
        QCOMPARE(browser.quickFilter(), QStringLiteral("host")); // the slash was not typed into it
    }

    void tabLeavesTheTable()
    {
        ProviderModel model;
        ProviderBrowser browser(&model);
        prepare(browser, model);
        if (QTest::currentTestFailed())
            return;
        QTest::keyClick(browser.quickFilterEdit(), Qt::Key_Down);
        QVERIFY(browser.table()->hasFocus());
        const QString current = browser.currentUuid();
        QTest::keyClick(browser.table(), Qt::Key_Tab);
        QVERIFY(!browser.table()->hasFocus());
        QCOMPARE(browser.currentUuid(), current); // Tab did not walk to another cell or row
    }

    // Filtering away the current row must not leave a current row that is not selected.
    void theFilteredRowIsSelected()
    {
        ProviderModel model;
        ProviderBrowser browser(&model);
        prepare(browser, model);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(browser.selectProvider(host1));
        QTest::keyClicks(browser.quickFilterEdit(), QStringLiteral("pgpu"));
        QTRY_COMPARE(browser.quickFilter(), QStringLiteral("pgpu")); // after the typing pause
        QCOMPARE(browser.tableProxy()->rowCount(), 1);
        const QString current = browser.currentUuid();
        if (!current.isEmpty())
            QCOMPARE(selectedUuids(browser.table()), QStringList { current });
        QTest::keyClick(browser.quickFilterEdit(), Qt::Key_Down);
        QCOMPARE(browser.currentUuid(), gpu2);
        QCOMPARE(selectedUuids(browser.table()), QStringList { gpu2 });
    }

    // The first screen shows hosts: sorted by name, roots come before nested providers, also
    // when a child's name sorts first ("a…_NUMA0" under "zzz-host").
    void rootsComeFirstSortedByName()
    {
        ProviderModel model;
        model.mergeProviders(
            { testProvider(QStringLiteral("u-z"), QStringLiteral("zzz-host")),
              testProvider(QStringLiteral("u-a"), QStringLiteral("aaaa_NUMA0"), QStringLiteral("u-z")),
              testProvider(QStringLiteral("u-m"), QStringLiteral("mmm-host")),
              testProvider(QStringLiteral("u-b"), QStringLiteral("bbbb_PGPU"), QStringLiteral("u-m")) });
        ProviderBrowser browser(&model);
        QStringList names;
        for (int row = 0; row < browser.tableProxy()->rowCount(); ++row)
            names << browser.tableProxy()->index(row, ProviderModel::NameColumn).data().toString();
        QCOMPARE(names,
                 (QStringList { QStringLiteral("mmm-host"), QStringLiteral("zzz-host"), QStringLiteral("aaaa_NUMA0"),
                                QStringLiteral("bbbb_PGPU") }));
    }

    // The "Full UUIDs" toggle: the UUID column fits a whole UUID, unnamed aggregates show
    // theirs; off again, both are short as before.
    void fullUuidsShowWholeUuids()
    {
        ProviderModel model;
        ResourceProvider host
            = testProvider(QStringLiteral("8a3a2f0e-1111-4c2a-9c55-0d0c2f0e1111"), QStringLiteral("h"));
        model.mergeProviders({ host });
        const QString aggregate = QStringLiteral("5b1f8c1e-2222-4d3b-8a66-1e1d3f1f2222");
        ProviderAggregates aggregates;
        aggregates.aggregates = QStringList { aggregate };
        aggregates.generation = 1;
        model.setAggregates(host.uuid, aggregates);
        ProviderBrowser browser(&model);
        browser.resize(1400, 500);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        const QModelIndex cell = model.index(0, ProviderModel::AggregatesColumn);
        QCOMPARE(cell.data().toString(), aggregate.left(8) + QChar(0x2026));
        const QHeaderView *header = browser.table()->horizontalHeader();
        const int narrow = header->sectionSize(ProviderModel::UuidColumn);
        QVERIFY(narrow < browser.fontMetrics().horizontalAdvance(host.uuid));

        browser.setFullUuids(true);
        QCOMPARE(cell.data().toString(), aggregate);
        QVERIFY(header->sectionSize(ProviderModel::UuidColumn) > browser.fontMetrics().horizontalAdvance(host.uuid));
        QVERIFY(header->sectionSize(ProviderModel::AggregatesColumn)
                > browser.fontMetrics().horizontalAdvance(aggregate));

        browser.setFullUuids(false);
        QCOMPARE(cell.data().toString(), aggregate.left(8) + QChar(0x2026));
        QCOMPARE(header->sectionSize(ProviderModel::UuidColumn), narrow);
    }

    void hiddenTreeComesBackAsItWas()
    {
        ProviderModel model;
        model.mergeProviders(providers());
        ProviderBrowser browser(&model);
        browser.resize(900, 500);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));

        // The table alone follows the providers while the tree is hidden.
        QCOMPARE(browser.tableProxy()->rowCount(), 4);
        QCOMPARE(browser.treeProxy()->rowCount(), 0);

        browser.setTreeMode(true);
        QCOMPARE(browser.treeProxy()->rowCount(), 2); // the two hosts
        const QModelIndex h2 = treeIndexOf(browser, host2);
        QVERIFY(h2.isValid());
        browser.tree()->expand(h2);
        QVERIFY(!browser.tree()->isExpanded(treeIndexOf(browser, host1)));
        QVERIFY(browser.selectProvider(gpu2));

        browser.setTreeMode(false);
        QCOMPARE(browser.treeProxy()->rowCount(), 0);
        QCOMPARE(browser.currentUuid(), gpu2); // the table selects the same provider
        // Changes while hidden: a new provider, a filter.
        QList<ResourceProvider> more = providers();
        more << testProvider(QStringLiteral("u-host3"), QStringLiteral("host3"));
        model.mergeProviders(more);
        browser.setQuickFilter(QStringLiteral("host"));

        browser.setTreeMode(true);
        QCOMPARE(browser.treeProxy()->rowCount(), 3);
        QVERIFY(browser.tree()->isExpanded(treeIndexOf(browser, host2)));
        QVERIFY(!browser.tree()->isExpanded(treeIndexOf(browser, host1)));
        QCOMPARE(browser.currentUuid(), gpu2);

        // The filter applies in the tree shown again: only host2 and its GPU match "pgpu".
        browser.setQuickFilter(QStringLiteral("pgpu"));
        QCOMPARE(browser.treeProxy()->rowCount(), 1);
        QCOMPARE(treeIndexOf(browser, gpu2).parent().data(ProviderModel::UuidRole).toString(), host2);
    }
    void columnsFitTheWindowUntilTheOperatorSizesOne()
    {
        ProviderModel model;
        ProviderBrowser browser(&model);
        model.mergeProviders(providers());
        browser.resize(1400, 500);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        QTableView *table = browser.table();
        QHeaderView *header = table->horizontalHeader();
        const auto used = [header] {
            int total = 0;
            for (int column = 0; column < header->count(); ++column)
                total += header->isSectionHidden(column) ? 0 : header->sectionSize(column);
            return total;
        };
        QVERIFY(browser.columnsFitAutomatically());
        // Wide: the columns fill the view, and no name is cut.
        QTRY_COMPARE(used(), table->viewport()->width());
        QVERIFY(header->sectionSize(ProviderModel::NameColumn)
                >= static_cast<QAbstractItemView *>(table)->sizeHintForColumn(ProviderModel::NameColumn));

        // Narrow: they give up room (down to their minimums: then the view scrolls), but the names
        // (short here) stay whole.
        const int wide = used();
        browser.resize(700, 500);
        QTRY_VERIFY(used() < wide);
        QTRY_VERIFY(used() == table->viewport()->width()
                    || header->sectionSize(ProviderModel::AggregatesColumn) < wide / 10);
        QVERIFY(header->sectionSize(ProviderModel::NameColumn)
                >= static_cast<QAbstractItemView *>(table)->sizeHintForColumn(ProviderModel::NameColumn));

        // The operator drags the name column's right edge: their width stands from now on.
        const int edge = header->sectionViewportPosition(ProviderModel::NameColumn)
            + header->sectionSize(ProviderModel::NameColumn) - 1;
        const QPoint from(edge, header->height() / 2);
        const QPoint to = from + QPoint(60, 0);
        QTest::mousePress(header->viewport(), Qt::LeftButton, {}, from);
        QMouseEvent move(QEvent::MouseMove, to, header->viewport()->mapToGlobal(to), Qt::NoButton, Qt::LeftButton, {});
        QApplication::sendEvent(header->viewport(), &move);
        QTest::mouseRelease(header->viewport(), Qt::LeftButton, {}, to);
        QVERIFY(!browser.columnsFitAutomatically());
        const int chosen = header->sectionSize(ProviderModel::NameColumn);
        browser.resize(1200, 500);
        QTRY_VERIFY(table->viewport()->width() > 1000);
        QCOMPARE(header->sectionSize(ProviderModel::NameColumn), chosen);

        // Remembered for the next start.
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        browser.saveState(settings);
        ProviderModel otherModel;
        ProviderBrowser other(&otherModel);
        QVERIFY(other.columnsFitAutomatically());
        other.restoreState(settings);
        QVERIFY(!other.columnsFitAutomatically());

        // "Fit Columns to Window" takes over again.
        browser.fitColumnsToWindow();
        QVERIFY(browser.columnsFitAutomatically());
        QCOMPARE(used(), table->viewport()->width());
    }
    // The tree has no columns while hidden; shown again, its header is what it was: columns the
    // operator hid stay hidden, and the Nova columns stay away without Nova data.
    void theTreeKeepsItsColumnsAcrossSwitches()
    {
        ProviderModel model;
        ProviderBrowser browser(&model);
        model.mergeProviders(providers());
        browser.resize(900, 500);
        browser.show();
        QVERIFY(QTest::qWaitForWindowExposed(&browser));
        browser.setTreeMode(true);
        QHeaderView *header = browser.tree()->header();
        QVERIFY(header->isSectionHidden(ProviderModel::NovaHostColumn));
        QVERIFY(header->isSectionHidden(ProviderModel::ComputeServiceColumn));
        QVERIFY(!header->isSectionHidden(ProviderModel::RootColumn));
        header->setSectionHidden(ProviderModel::RootColumn, true);

        browser.setTreeMode(false);
        browser.setTreeMode(true);
        QVERIFY(header->isSectionHidden(ProviderModel::RootColumn));
        QVERIFY(header->isSectionHidden(ProviderModel::NovaHostColumn));
        QVERIFY(header->isSectionHidden(ProviderModel::ComputeServiceColumn));
        QVERIFY(!header->isSectionHidden(ProviderModel::ParentColumn));

        // And across a restart, also when the tree was not shown at the end.
        browser.setTreeMode(false);
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
        browser.saveState(settings);
        ProviderModel otherModel;
        otherModel.mergeProviders(providers());
        ProviderBrowser other(&otherModel);
        other.restoreState(settings);
        other.setTreeMode(true);
        QVERIFY(other.tree()->header()->isSectionHidden(ProviderModel::RootColumn));
        QVERIFY(other.tree()->header()->isSectionHidden(ProviderModel::NovaHostColumn));
    }
};

QTEST_MAIN(TestProviderBrowserGui)
#include "tst_providerbrowser_gui.moc"
