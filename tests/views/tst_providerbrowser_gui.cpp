// ProviderBrowser builds its tree only while the tree is shown (a hidden tree would double
// the work of every load and keystroke): switching back shows the same tree, with the nodes
// that were open still open, the quick filter applied, and the current provider kept.

#include "providerbrowser.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "testproviders.h"

#include <QItemSelectionModel>
#include <QStandardPaths>
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

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

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
};

QTEST_MAIN(TestProviderBrowserGui)
#include "tst_providerbrowser_gui.moc"
