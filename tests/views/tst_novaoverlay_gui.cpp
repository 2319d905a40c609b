// The Nova overlay in the real main window (offscreen), filled by hand, no server: the provider
// table, the details pane, the Aggregates tab, the quick filter, the conflict prompt and the
// bulk dialog show Nova names and badges; with Nova data absent everything is as before plus
// one plain line that says why.

#include "aggregateeditsession.h"
#include "aggregatelabels.h"
#include "aggregatemodel.h"
#include "aggregatepage.h"
#include "appmodels.h"
#include "bulkeditdialog.h"
#include "conflictdialog.h"
#include "detailspane.h"
#include "mainwindow.h"
#include "novaoverlay.h"
#include "novastatusline.h"
#include "providerbrowser.h"
#include "providerdetailsloader.h"
#include "providerfilterproxy.h"
#include "providermodel.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {

const QString aggAz1 = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString aggGpu = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString aggLocal = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
const QString cmp1 = QStringLiteral("11111111-0000-4000-8000-00000000000a");
const QString cmp2 = QStringLiteral("22222222-0000-4000-8000-00000000000b");
const QString numa = QStringLiteral("33333333-0000-4000-8000-00000000000c");

class MemoryLabelStore : public AggregateLabelStore
{
public:
    QHash<QString, QString> load(const QString &) override { return { { aggLocal, QStringLiteral("segment-7") } }; }
    void save(const QString &, const QHash<QString, QString> &) override { }
};

NovaSnapshot snapshot()
{
    NovaSnapshot s;
    NovaAggregate az1;
    az1.id = 1;
    az1.uuid = aggAz1;
    az1.name = QStringLiteral("az1-hosts");
    az1.availabilityZone = QStringLiteral("az1");
    az1.hosts = { QStringLiteral("cmp1"), QStringLiteral("cmp2") };
    NovaAggregate gpu;
    gpu.id = 2;
    gpu.uuid = aggGpu;
    gpu.name = QStringLiteral("gpu");
    gpu.hosts = { QStringLiteral("cmp1") };
    gpu.metadata = { { QStringLiteral("filter_tenant_id"), QStringLiteral("proj-a") },
                     { QStringLiteral("trait:CUSTOM_GPU"), QStringLiteral("required") } };
    s.aggregates = { az1, gpu };
    NovaHypervisor h1;
    h1.id = cmp1;
    h1.hypervisorHostname = QStringLiteral("cmp1.example");
    h1.serviceHost = QStringLiteral("cmp1");
    h1.status = QStringLiteral("enabled");
    h1.state = QStringLiteral("up");
    NovaHypervisor h2 = h1;
    h2.id = cmp2;
    h2.hypervisorHostname = QStringLiteral("cmp2.example");
    h2.serviceHost = QStringLiteral("cmp2");
    h2.status = QStringLiteral("disabled");
    h2.disabledReason = QStringLiteral("maintenance");
    s.hypervisors = { h1, h2 };
    return s;
}

ResourceProvider rp(const QString &uuid, const QString &name, const QString &parent = {})
{
    ResourceProvider p;
    p.uuid = uuid;
    p.name = name;
    p.generation = 4;
    p.parentUuid = parent;
    p.rootUuid = parent.isEmpty() ? uuid : parent;
    return p;
}

ProviderAggregates aggs(const QStringList &list)
{
    ProviderAggregates a;
    a.aggregates = list;
    a.generation = 4;
    return a;
}

} // namespace

class TestNovaOverlayGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<MainWindow> m_window;

    ProviderBrowser *browser() const { return m_window->browser(); }
    NovaOverlay *nova() const { return m_models->nova(); }
    QString tableText(const QString &uuid, int column) const
    {
        const ProviderModel *model = m_models->providers();
        const QModelIndex source = model->index(model->rowOf(uuid), column);
        return browser()->tableProxy()->mapFromSource(source).data().toString();
    }
    bool novaColumnsShown() const
    {
        const QHeaderView *header = browser()->table()->horizontalHeader();
        return !header->isSectionHidden(ProviderModel::NovaHostColumn)
            && !header->isSectionHidden(ProviderModel::ComputeServiceColumn);
    }
    bool novaColumnsHidden() const
    {
        const QHeaderView *header = browser()->table()->horizontalHeader();
        return header->isSectionHidden(ProviderModel::NovaHostColumn)
            && header->isSectionHidden(ProviderModel::ComputeServiceColumn);
    }
    ProviderDetails details(const QString &uuid, const QStringList &aggregates) const
    {
        ProviderDetails d;
        d.uuid = uuid;
        d.provider = *m_models->providers()->provider(uuid);
        d.aggregates = aggs(aggregates);
        d.loaded = { ProviderDetails::Part::Provider, ProviderDetails::Part::Aggregates };
        return d;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_models = std::make_unique<AppModels>();
        m_models->labels()->setStore(std::make_unique<MemoryLabelStore>());
        m_models->labels()->setConnectionKey(QStringLiteral("gui-test"));
        ProviderModel *providers = m_models->providers();
        providers->mergeProviders({ rp(cmp1, QStringLiteral("cmp1.example")), rp(cmp2, QStringLiteral("cmp2.example")),
                                    rp(numa, QStringLiteral("cmp1.example_NUMA0"), cmp1) });
        providers->setAggregates(cmp1, aggs({ aggAz1, aggGpu }));
        providers->setAggregates(cmp2, aggs({ aggAz1, aggLocal }));
        providers->setAggregates(numa, aggs({}));
        m_models->aggregates()->refreshNow();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_window->resize(1500, 700);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void withoutNovaTheWindowIsAsBefore()
    {
        QVERIFY(novaColumnsHidden());
        QVERIFY(!browser()->visibleColumns().contains(ProviderModel::NovaHostColumn));
        QCOMPARE(m_window->novaStatusText(), QString()); // no connection to Nova yet: nothing to say
        QCOMPARE(tableText(cmp2, ProviderModel::AggregatesColumn),
                 QStringLiteral("%1, segment-7").arg(ProviderModel::shortUuid(aggAz1)));
        const QTableView *aggregates = m_window->aggregatePage()->aggregateView();
        QVERIFY(aggregates->isColumnHidden(AggregateModel::NovaNameColumn));
        QVERIFY(!aggregates->isColumnHidden(AggregateModel::LabelColumn));
    }

    void providerTableShowsNovaNamesAndHosts_data()
    {
        QTest::addColumn<QString>("provider");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("expected");
        QTest::addRow("Nova names") << cmp1 << int(ProviderModel::AggregatesColumn) << QStringLiteral("az1-hosts, gpu");
        QTest::addRow("label stays for the rest")
            << cmp2 << int(ProviderModel::AggregatesColumn) << QStringLiteral("az1-hosts, segment-7");
        QTest::addRow("host") << cmp2 << int(ProviderModel::NovaHostColumn) << QStringLiteral("cmp2");
        QTest::addRow("service") << cmp2 << int(ProviderModel::ComputeServiceColumn)
                                 << QStringLiteral("disabled (maintenance) · up");
        QTest::addRow("nested provider: no host") << numa << int(ProviderModel::NovaHostColumn) << QString();
    }

    void providerTableShowsNovaNamesAndHosts()
    {
        QFETCH(QString, provider);
        QFETCH(int, column);
        QFETCH(QString, expected);
        nova()->setLoading();
        nova()->setSnapshot(snapshot());
        QVERIFY(novaColumnsShown());
        QVERIFY(browser()->visibleColumns().contains(ProviderModel::ComputeServiceColumn));
        QCOMPARE(tableText(provider, column), expected);
        QCOMPARE(m_window->novaStatusText(), QString());
        // The chips are painted, not only computed: render the table once.
        QVERIFY(!browser()->table()->viewport()->grab().isNull());
    }

    void tooltipSaysWhatTheChipsMean()
    {
        const QString tip = m_models->providers()
                                ->index(m_models->providers()->rowOf(cmp2), ProviderModel::AggregatesColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
        QVERIFY2(tip.contains(QStringLiteral("az1-hosts (AZ az1)")), qPrintable(tip));
        QVERIFY2(tip.contains(QStringLiteral("segment-7 · not a Nova aggregate")), qPrintable(tip));
    }

    void detailsPaneShowsHostAndBadges()
    {
        m_window->showDetails(details(cmp1, { aggAz1, aggGpu }));
        const QString text = m_window->detailsPane()->text();
        QVERIFY2(text.contains(QStringLiteral("\ncmp1\naz1\nenabled · up\n")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<b>az1-hosts</b> · AZ az1")));
        QVERIFY(text.contains(QStringLiteral("<b>gpu</b> · tenant-isolated: proj-a · requires CUSTOM_GPU")));
        m_window->showDetails(details(cmp2, { aggLocal, aggAz1 }));
        const QString cmp2Text = m_window->detailsPane()->text();
        QVERIFY(cmp2Text.contains(QStringLiteral("segment-7 · <i>not a Nova aggregate</i>")));
        QVERIFY(cmp2Text.contains(QStringLiteral("disabled (maintenance) · up")));
        // Named aggregates first, whatever order Placement answered in.
        QVERIFY(cmp2Text.indexOf(QStringLiteral("az1-hosts")) < cmp2Text.indexOf(QStringLiteral("segment-7")));
        m_window->showDetails(details(numa, {}));
        QVERIFY(m_window->detailsPane()->text().contains(QStringLiteral("not a Nova compute node")));
    }

    void aggregatesTabShowsNovaColumns()
    {
        m_window->action(QStringLiteral("showAggregates"))->trigger();
        AggregatePage *page = m_window->aggregatePage();
        QVERIFY(!page->aggregateView()->isColumnHidden(AggregateModel::NovaNameColumn));
        QVERIFY(!page->aggregateView()->isColumnHidden(AggregateModel::AvailabilityZoneColumn));
        page->selectAggregate(aggGpu);
        QVERIFY2(page->titleText().contains(QStringLiteral("gpu (tenant-isolated: proj-a · requires CUSTOM_GPU)")),
                 qPrintable(page->titleText()));
        QVERIFY(page->titleText().contains(QStringLiteral("1 Nova host")));
        QVERIFY(!page->memberView()->isColumnHidden(ProviderModel::NovaHostColumn));
        page->selectAggregate(aggLocal);
        QVERIFY(page->titleText().contains(QStringLiteral("not a Nova aggregate")));
        const AggregateModel *model = m_models->aggregates();
        QCOMPARE(model->index(model->rowOf(aggAz1), AggregateModel::NovaNameColumn).data().toString(),
                 QStringLiteral("az1-hosts"));
        QVERIFY(!page->aggregateView()->grab().isNull());
        m_window->action(QStringLiteral("showProviders"))->trigger();
    }

    void quickFilterFindsProvidersByNovaName_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::addRow("aggregate name") << QStringLiteral("gpu") << 1;
        QTest::addRow("zone") << QStringLiteral("az1") << 2;
        QTest::addRow("host") << QStringLiteral("cmp2") << 1;
    }

    void quickFilterFindsProvidersByNovaName()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        m_window->action(QStringLiteral("focusFilter"))->trigger();
        QLineEdit *edit = browser()->quickFilterEdit();
        edit->clear();
        QTest::keyClicks(edit, text);
        QTRY_COMPARE(browser()->tableProxy()->quickFilter(), text);
        QCOMPARE(browser()->tableProxy()->rowCount(), expected);
        browser()->setQuickFilter({});
    }

    void dialogsShowNovaNames()
    {
        AggregateConflict conflict;
        conflict.base = aggs({ aggAz1 });
        conflict.server = aggs({ aggAz1, aggGpu });
        conflict.server.generation = 5;
        conflict.serverChange.added = { aggGpu };
        conflict.aggregatesChangedOnServer = true;
        conflict.mine = { aggAz1, aggLocal };
        conflict.merged = { aggAz1, aggGpu, aggLocal };
        conflict.myChange.added = { aggLocal };
        ConflictDialog prompt(conflict, QStringLiteral("cmp1.example"), m_models->labels(), nova());
        QVERIFY2(prompt.explanation().contains(QStringLiteral("gpu · %1 (tenant-isolated: proj-a").arg(aggGpu)),
                 qPrintable(prompt.explanation()));
        QVERIFY(prompt.mergedText().contains(QStringLiteral("segment-7 · %1 (not a Nova aggregate)").arg(aggLocal)));
        QVERIFY(prompt.startedList()->item(0)->text().startsWith(QStringLiteral("az1-hosts · ")));

        BulkEditDialog bulk(BulkIntent::Kind::Add, { { cmp1, QStringLiteral("cmp1.example") } });
        bulk.setLabels(m_models->labels());
        bulk.setNovaOverlay(nova());
        bulk.addText(QStringLiteral("az1-hosts")); // a Nova name is typed like a label
        QCOMPARE(bulk.chosenAggregates(), QStringList { aggAz1 });
        const auto *chosen = bulk.findChild<QListWidget *>(QStringLiteral("chosenAggregates"));
        QVERIFY(chosen->item(0)->text().startsWith(QStringLiteral("az1-hosts · %1 (AZ az1)").arg(aggAz1)));
    }

    void absentNovaIsOneLineAndNothingElse()
    {
        m_window->setNovaStatus(QStringLiteral("no compute endpoint in the catalog"));
        QVERIFY(m_window->novaStatusText().contains(QStringLiteral("no compute endpoint in the catalog")));
        QVERIFY(m_window->findChild<NovaStatusLine *>()->isVisible());
        QVERIFY(novaColumnsHidden());
        QCOMPARE(tableText(cmp1, ProviderModel::AggregatesColumn),
                 QStringLiteral("%1, %2").arg(ProviderModel::shortUuid(aggAz1), ProviderModel::shortUuid(aggGpu)));
        QVERIFY(m_window->aggregatePage()->aggregateView()->isColumnHidden(AggregateModel::NovaNameColumn));
        m_window->showDetails(details(cmp2, { aggAz1, aggLocal }));
        const QString text = m_window->detailsPane()->text();
        QVERIFY(!text.contains(QStringLiteral("not a Nova aggregate")));
        QVERIFY(text.contains(QStringLiteral("segment-7")));
        QVERIFY(!m_window->grab().isNull());

        // Nova answers again: the line goes, the names come back.
        nova()->setSnapshot(snapshot());
        QCOMPARE(m_window->novaStatusText(), QString());
        QVERIFY(!m_window->findChild<NovaStatusLine *>()->isVisible());
        QVERIFY(novaColumnsShown());
        m_window->setNovaStatus({});
        QVERIFY(nova()->hasData()); // an empty reason does not drop data it did not set
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestNovaOverlayGui)
#include "tst_novaoverlay_gui.moc"
