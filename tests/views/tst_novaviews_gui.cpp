// The Nova vs Placement and Drift tabs in the real main window (offscreen), fed a drift scan
// built by hand (no server): reachable by keyboard, Nova's hosts and Placement's members side by
// side, counts and class filters, ticks (missing ticked, extra only by hand, foreign never), Repair
// emits exactly the ticked items and is disabled read-only, Copy as Commands fills the clipboard,
// and a new connection empties both tabs.

#include "aggregatecomparisonmodel.h"
#include "aggregatecomparisonpage.h"
#include "aggregatehostsmodel.h"
#include "appmodels.h"
#include "driftfilterproxy.h"
#include "driftmodel.h"
#include "driftpage.h"
#include "mainwindow.h"
#include "novaoverlay.h"
#include "providerbrowser.h"
#include "providermodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

Q_DECLARE_METATYPE(DriftItem::Kind)

namespace {

const QString aggAz1 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString aggEmpty = QStringLiteral("eeeeeeee-0000-4000-8000-000000000005");
const QString aggForeign = QStringLiteral("ffffffff-0000-4000-8000-00000000000f");

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

ResourceProvider rp(const QString &uuid, const QString &name)
{
    ResourceProvider p;
    p.uuid = uuid;
    p.name = name;
    p.generation = 3;
    p.rootUuid = uuid;
    return p;
}

// az1 lists cmp1 and cmp2; Placement has cmp1 and cmp4 in it (cmp2 missing, cmp4 extra); an
// empty Nova aggregate; a foreign aggregate with cmp1.
DriftScanResult scan()
{
    DriftScanResult r;
    r.novaRead = true;
    r.placementRead = true;
    NovaAggregate az1;
    az1.id = 1;
    az1.uuid = aggAz1;
    az1.name = QStringLiteral("az1-hosts");
    az1.availabilityZone = QStringLiteral("az1");
    az1.hosts = { QStringLiteral("cmp1"), QStringLiteral("cmp2") };
    NovaAggregate empty;
    empty.id = 2;
    empty.uuid = aggEmpty;
    empty.name = QStringLiteral("spare");
    r.snapshot.aggregates = { az1, empty };
    r.snapshot.hypervisors = { node(QStringLiteral("u-cmp1"), QStringLiteral("cmp1.example"), QStringLiteral("cmp1")),
                               node(QStringLiteral("u-cmp2"), QStringLiteral("cmp2.example"), QStringLiteral("cmp2")),
                               node(QStringLiteral("u-cmp4"), QStringLiteral("cmp4.example"), QStringLiteral("cmp4")) };
    PlacementMembership &m = r.membership;
    for (const ResourceProvider &p : { rp(QStringLiteral("u-cmp1"), QStringLiteral("cmp1.example")),
                                       rp(QStringLiteral("u-cmp2"), QStringLiteral("cmp2.example")),
                                       rp(QStringLiteral("u-cmp4"), QStringLiteral("cmp4.example")) })
        m.providers.insert(p.uuid, p);
    m.members.insert(aggAz1, { QStringLiteral("u-cmp1"), QStringLiteral("u-cmp4") });
    m.members.insert(aggEmpty, {});
    m.members.insert(aggForeign, { QStringLiteral("u-cmp1") });
    m.aggregatesByProvider.insert(QStringLiteral("u-cmp1"), ProviderAggregates { { aggAz1, aggForeign }, 3 });
    m.aggregatesByProvider.insert(QStringLiteral("u-cmp2"), ProviderAggregates { {}, 3 });
    m.aggregatesByProvider.insert(QStringLiteral("u-cmp4"), ProviderAggregates { { aggAz1 }, 3 });
    r.items = DriftAnalysis::analyze(r.snapshot, m);
    return r;
}

int rowOfKind(const DriftModel *model, DriftItem::Kind kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->item(row).kind == kind)
            return row;
    }
    return -1;
}

} // namespace

class TestNovaViewsGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<MainWindow> m_window;

    DriftPage *drift() const { return m_window->driftPage(); }
    AggregateComparisonPage *comparison() const { return m_window->comparisonPage(); }
    // Selects the row of this source row in the drift view.
    void selectDriftRow(int sourceRow)
    {
        const QModelIndex index = drift()->proxy()->mapFromSource(m_models->drift()->index(sourceRow, 0));
        drift()->view()->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_models = std::make_unique<AppModels>();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_models->nova()->setLoading();
        QVERIFY(comparison()->statusText().contains(QStringLiteral("Reading Nova")));
        m_models->nova()->setSnapshot(scan().snapshot);
        m_models->setDriftScan(scan());
    }

    void tabsAreReachableByKeyboard_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("shortcut");
        QTest::addColumn<QString>("page");
        QTest::addRow("Nova vs Placement")
            << QStringLiteral("showComparison") << QStringLiteral("Ctrl+3") << QStringLiteral("comparison");
        QTest::addRow("Drift") << QStringLiteral("showDrift") << QStringLiteral("Ctrl+4") << QStringLiteral("drift");
    }

    void tabsAreReachableByKeyboard()
    {
        QFETCH(QString, action);
        QFETCH(QString, shortcut);
        QFETCH(QString, page);
        QAction *a = m_window->action(action);
        QVERIFY(a);
        QCOMPARE(a->shortcut(), QKeySequence(shortcut));
        m_window->action(QStringLiteral("showProviders"))->trigger();
        QTest::keySequence(m_window.get(), QKeySequence(shortcut));
        QWidget *expected = page == QLatin1String("drift") ? static_cast<QWidget *>(drift()) : comparison();
        QCOMPARE(m_window->tabs()->currentWidget(), expected);
        for (const char *name : { "novaScan", "repairDrift", "copyDriftCommands" })
            QVERIFY2(!m_window->action(QString::fromLatin1(name))->shortcut().isEmpty(), name);
    }

    void comparisonShowsBothSides_data()
    {
        QTest::addColumn<QString>("aggregate");
        QTest::addColumn<QString>("status");
        QTest::addColumn<int>("rows");
        QTest::addRow("drifted") << aggAz1 << QStringLiteral("1 missing · 1 extra") << 3;
        QTest::addRow("Nova aggregate without placement members") << aggEmpty << QStringLiteral("in sync") << 0;
        QTest::addRow("placement only") << aggForeign << QStringLiteral("not a Nova aggregate") << 1;
    }

    void comparisonShowsBothSides()
    {
        QFETCH(QString, aggregate);
        QFETCH(QString, status);
        QFETCH(int, rows);
        m_window->action(QStringLiteral("showComparison"))->trigger();
        QCOMPARE(comparison()->aggregateView()->model()->rowCount(), 3);
        comparison()->selectAggregate(aggregate);
        QCOMPARE(comparison()->currentAggregate(), aggregate);
        QVERIFY2(comparison()->titleText().contains(status), qPrintable(comparison()->titleText()));
        QCOMPARE(comparison()->hostsView()->model()->rowCount(), rows);
        QVERIFY(comparison()->statusText().contains(QStringLiteral("2 Nova aggregate(s), 1 drifted")));
        QVERIFY(!comparison()->grab().isNull());
    }

    void hostsOpenTheirProvider()
    {
        comparison()->selectAggregate(aggAz1);
        QSignalSpy opened(m_window.get(), &MainWindow::currentProviderChanged);
        QTableView *hosts = comparison()->hostsView();
        // Problems sort first: the missing host, then the extra member, then the one in both.
        QCOMPARE(hosts->model()->index(0, AggregateHostsModel::StatusColumn).data().toString(),
                 QStringLiteral("missing in Placement"));
        QCOMPARE(hosts->model()->index(1, AggregateHostsModel::PlacementMemberColumn).data().toString(),
                 QStringLiteral("cmp4.example"));
        QSignalSpy activated(comparison(), &AggregateComparisonPage::providerActivated);
        Q_EMIT hosts->activated(hosts->model()->index(1, 0));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.constFirst().constFirst().toString(), QStringLiteral("u-cmp4"));
    }

    void driftCountsAndFilters_data()
    {
        QTest::addColumn<DriftItem::Kind>("kind");
        QTest::addColumn<QString>("text");
        QTest::addRow("missing") << DriftItem::Kind::Missing << QStringLiteral("Missing (1)");
        QTest::addRow("extra") << DriftItem::Kind::Extra << QStringLiteral("Extra (1)");
        QTest::addRow("foreign") << DriftItem::Kind::Foreign << QStringLiteral("Foreign (1)");
        QTest::addRow("inconsistent") << DriftItem::Kind::Inconsistent << QStringLiteral("Inconsistent (0)");
    }

    void driftCountsAndFilters()
    {
        QFETCH(DriftItem::Kind, kind);
        QFETCH(QString, text);
        m_window->action(QStringLiteral("showDrift"))->trigger();
        QToolButton *button = drift()->classButton(kind);
        QCOMPARE(button->text(), text);
        button->setFocus(Qt::TabFocusReason); // the class toggles are keyboard buttons
        QTest::keyClick(button, Qt::Key_Space);
        QVERIFY(button->isChecked());
        QCOMPARE(drift()->view()->model()->rowCount(), m_models->drift()->count(kind));
        QTest::keyClick(button, Qt::Key_Space);
        QCOMPARE(drift()->view()->model()->rowCount(), m_models->drift()->rowCount());
    }

    void ticksFollowTheRules()
    {
        DriftModel *model = m_models->drift();
        QSignalSpy repair(m_window.get(), &MainWindow::driftRepairRequested);
        // At first only the missing item is ticked.
        QVERIFY(drift()->summaryText().contains(QStringLiteral("1 to add, 0 to remove")));
        m_window->action(QStringLiteral("repairDrift"))->trigger();
        QCOMPARE(repair.count(), 1);
        auto items = repair.constLast().constFirst().value<QList<DriftItem>>();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.constFirst().kind, DriftItem::Kind::Missing);

        // Space ticks the selected extra item; a foreign one never.
        drift()->view()->setFocus();
        selectDriftRow(rowOfKind(model, DriftItem::Kind::Foreign));
        QTest::keyClick(drift()->view(), Qt::Key_Space);
        QVERIFY(!model->isTicked(rowOfKind(model, DriftItem::Kind::Foreign)));
        selectDriftRow(rowOfKind(model, DriftItem::Kind::Extra));
        QTest::keyClick(drift()->view(), Qt::Key_Space);
        QVERIFY(model->isTicked(rowOfKind(model, DriftItem::Kind::Extra)));
        QVERIFY(drift()->summaryText().contains(QStringLiteral("1 to add, 1 to remove")));
        QTest::mouseClick(drift()->repairButton(), Qt::LeftButton);
        QCOMPARE(repair.count(), 2);
        items = repair.constLast().constFirst().value<QList<DriftItem>>();
        QCOMPARE(items.size(), 2);

        // Copy as Commands: osc-placement commands for the ticked items, with the whole set.
        QApplication::clipboard()->clear();
        m_window->action(QStringLiteral("copyDriftCommands"))->trigger();
        const QString commands = QApplication::clipboard()->text();
        QVERIFY2(commands.contains(QStringLiteral("resource provider aggregate set")), qPrintable(commands));
        QVERIFY(commands.contains(QStringLiteral("u-cmp4")));

        // Untick again: Return never repairs, and nothing ticked means nothing to send.
        selectDriftRow(rowOfKind(model, DriftItem::Kind::Extra));
        QTest::keyClick(drift()->view(), Qt::Key_Space);
        selectDriftRow(rowOfKind(model, DriftItem::Kind::Missing));
        QTest::keyClick(drift()->view(), Qt::Key_Space);
        QVERIFY(model->tickedItems().isEmpty());
        QVERIFY(!drift()->repairButton()->isEnabled());
        m_window->action(QStringLiteral("repairDrift"))->trigger();
        QCOMPARE(repair.count(), 2);
        QTest::keyClick(drift()->view(), Qt::Key_Space); // tick the missing one back
    }

    void readOnlyDisablesRepair()
    {
        QVERIFY(drift()->repairButton()->isEnabled());
        m_window->setReadOnly(true);
        QVERIFY(!drift()->repairButton()->isEnabled());
        QVERIFY(drift()->copyButton()->isEnabled()); // commands for a ticket are still fine
        QVERIFY(!drift()->summaryText().isEmpty());
        m_window->setReadOnly(false);
        QVERIFY(drift()->repairButton()->isEnabled());
    }

    void rescanKeepsTicksAndANewConnectionEmptiesTheTabs()
    {
        DriftModel *model = m_models->drift();
        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QSignalSpy comparisonResets(m_models->comparison(), &QAbstractItemModel::modelReset);
        QVERIFY(model->setTicked(rowOfKind(model, DriftItem::Kind::Extra), true));
        m_models->setDriftScan(scan());
        QVERIFY(model->isTicked(rowOfKind(model, DriftItem::Kind::Extra)));
        QSignalSpy scanAgain(m_window.get(), &MainWindow::novaScanRequested);
        m_window->action(QStringLiteral("novaScan"))->trigger();
        QCOMPARE(scanAgain.count(), 1);

        m_models->nova()->clear(); // what a new connection does
        QCOMPARE(model->rowCount(), 0);
        QCOMPARE(m_models->comparison()->rowCount(), 0);
        QVERIFY(drift()->statusText().contains(QStringLiteral("No comparison yet")));
        m_models->nova()->setUnavailable(QStringLiteral("Nova refused: 403 Forbidden"));
        QVERIFY(drift()->statusText().contains(QStringLiteral("403")));
        QVERIFY(comparison()->statusText().contains(QStringLiteral("403")));
        QCOMPARE(resets.count(), 0);
        QCOMPARE(comparisonResets.count(), 0);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestNovaViewsGui)
#include "tst_novaviews_gui.moc"
