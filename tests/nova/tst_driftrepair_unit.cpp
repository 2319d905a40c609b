// Repairing drift from the window: the controller turns the chosen items into a plan, the
// dialog previews it and writes nothing until Apply (Return does nothing), and the batch adds
// the missing provider and removes only the ticked extra one, through the in-memory Placement
// with a fake Nova beside it (fakecloud). Nothing else is ever written.

#include "appmodels.h"
#include "bulkoutcomemodel.h"
#include "bulkoutcometable.h"
#include "driftrepaircontroller.h"
#include "driftrepairdialog.h"
#include "fakecloud.h"
#include "fakenetwork.h"
#include "httpclient.h"
#include "novaclient.h"
#include "novacontroller.h"
#include "placementclient.h"

#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

const QString A = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000000");
const QString Other = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000000");

QString nodeUuid(int i)
{
    return QStringLiteral("cccccccc-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

int putCount(const FakeNetwork &network)
{
    int puts = 0;
    for (const FakeRequest &request : network.requests())
        puts += request.method == "PUT" ? 1 : 0;
    return puts;
}

} // namespace

class TestDriftRepairUnit : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<FakeCloud> m_cloud;
    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<NovaController> m_nova;
    std::unique_ptr<DriftRepairController> m_repairs;

    DriftItem item(DriftItem::Kind kind) const
    {
        for (const DriftItem &i : m_nova->lastResult().items) {
            if (i.kind == kind)
                return i;
        }
        return {};
    }

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<FakeNetwork>();
        m_cloud = std::make_unique<FakeCloud>();
        m_cloud->serve(m_network.get());
        // Nova: aggregate A lists compute-1 and compute-2. Placement: node-1 in A (in sync),
        // node-2 not (missing), node-3 in A and in another aggregate (extra).
        m_cloud->addNovaAggregate(1, A, QStringLiteral("az1-hosts"), QStringLiteral("az1"),
                                  { QStringLiteral("compute-1"), QStringLiteral("compute-2") });
        for (int i = 1; i <= 3; ++i)
            m_cloud->addComputeNode(nodeUuid(i), QStringLiteral("node-%1").arg(i), QStringLiteral("compute-%1").arg(i));
        m_cloud->placement.addProvider(nodeUuid(1), QStringLiteral("node-1"), { A });
        m_cloud->placement.addProvider(nodeUuid(2), QStringLiteral("node-2"), {});
        m_cloud->placement.addProvider(nodeUuid(3), QStringLiteral("node-3"), { A, Other });

        m_models = std::make_unique<AppModels>();
        QVERIFY(connectThroughFake(m_models->client(), m_network.get()));
        m_nova = std::make_unique<NovaController>(m_models.get());
        m_nova->client()->http()->setNetworkAccessManager(m_network.get());
        m_nova->setEndpoint(FakeCloud::novaUrl(), {});
        m_nova->beginConnection("admin");
        QSignalSpy scanned(m_nova.get(), &NovaController::scanFinished);
        m_nova->scan();
        QTRY_COMPARE(scanned.count(), 1);
        QVERIFY(m_nova->lastResult().isComplete());
        QCOMPARE(item(DriftItem::Kind::Missing).providerUuid, nodeUuid(2));
        QCOMPARE(item(DriftItem::Kind::Extra).providerUuid, nodeUuid(3));
        m_repairs = std::make_unique<DriftRepairController>(m_models->client(), m_nova.get(), nullptr);
    }

    void cleanup()
    {
        m_repairs.reset();
        m_nova.reset();
        m_models.reset();
        m_network.reset();
        m_cloud.reset();
    }

    void repairs_data()
    {
        QTest::addColumn<bool>("tickExtra");
        QTest::addColumn<int>("previewLines");
        QTest::addColumn<QStringList>("node3After");
        QTest::addRow("missing only: the extra provider is left alone") << false << 1 << QStringList { A, Other };
        QTest::addRow("missing and the ticked extra") << true << 2 << QStringList { Other };
    }
    void repairs()
    {
        QFETCH(bool, tickExtra);
        QFETCH(int, previewLines);
        QFETCH(QStringList, node3After);
        QList<DriftItem> chosen { item(DriftItem::Kind::Missing) };
        if (tickExtra)
            chosen << item(DriftItem::Kind::Extra);
        const int putsBefore = putCount(*m_network);
        const auto requestsBefore = m_network->requests().size();

        m_repairs->repair(chosen);
        DriftRepairDialog *dialog = m_repairs->dialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->previewList()->count(), previewLines);
        QVERIFY(dialog->previewList()->item(0)->text().contains(QLatin1String("node-2")));
        QVERIFY(dialog->applyButton()->isEnabled());
        // Return on the preview (anywhere in it) sends nothing.
        QTest::keyClick(dialog, Qt::Key_Return);
        QTest::keyClick(dialog->previewList(), Qt::Key_Return);
        // Apply would start the batch at once (its first reads go out synchronously): nothing did.
        QCOMPARE(dialog->page(), 0);
        QVERIFY(!m_repairs->isWriting());
        QCOMPARE(m_network->requests().size(), requestsBefore);
        QCOMPARE(putCount(*m_network), putsBefore);
        QCOMPARE(m_cloud->placement.aggregates(nodeUuid(2)), QStringList());

        QSignalSpy repaired(m_repairs.get(), &DriftRepairController::repaired);
        dialog->applyButton()->click();
        QTRY_COMPARE(repaired.count(), 1);
        QVERIFY(!m_repairs->isWriting());
        QCOMPARE(m_cloud->placement.aggregates(nodeUuid(2)), QStringList { A });
        QStringList node3 = m_cloud->placement.aggregates(nodeUuid(3));
        node3.sort();
        QCOMPARE(node3, node3After);
        QCOMPARE(m_cloud->placement.aggregates(nodeUuid(1)), QStringList { A });
        QCOMPARE(dialog->outcomeTable()->outcomes()->rowCount(), tickExtra ? 2 : 1);
        QVERIFY2(dialog->summaryText().startsWith(QLatin1String("Finished")), qPrintable(dialog->summaryText()));
        delete dialog;
    }

    void readOnlyOpensNothing()
    {
        m_repairs->setReadOnly(true);
        m_repairs->repair({ item(DriftItem::Kind::Missing) });
        QVERIFY(!m_repairs->dialog());
    }
};

QTEST_MAIN(TestDriftRepairUnit)
#include "tst_driftrepair_unit.moc"
