// NovaMembershipPlan::make: which part of an aggregate edit Nova has to make (add_host /
// remove_host) and which part is Placement's alone, over a NovaOverlay holding a snapshot.

#include "novamembershipedit.h"
#include "novaoverlay.h"

#include <QTest>

namespace {
const QString provider = QStringLiteral("11111111-1111-1111-1111-111111111111");
const QString plainProvider = QStringLiteral("22222222-2222-2222-2222-222222222222");
const QString zoned = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000001"); // lists cmp1
const QString empty = QStringLiteral("aaaaaaaa-0000-0000-0000-000000000002"); // lists nobody
const QString foreign = QStringLiteral("bbbbbbbb-0000-0000-0000-000000000003"); // not Nova's

NovaSnapshot snapshot()
{
    NovaSnapshot s;
    NovaAggregate a;
    a.id = 7;
    a.uuid = zoned;
    a.name = QStringLiteral("az1-hosts");
    a.hosts = { QStringLiteral("cmp1") };
    NovaAggregate b;
    b.id = 8;
    b.uuid = empty;
    b.name = QStringLiteral("gpu");
    s.aggregates = { a, b };
    NovaHypervisor h;
    h.id = provider;
    h.hypervisorHostname = QStringLiteral("cmp1.example");
    h.serviceHost = QStringLiteral("cmp1");
    s.hypervisors = { h };
    return s;
}
} // namespace

class TestNovaMembershipPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void make_data()
    {
        QTest::addColumn<bool>("withNova");
        QTest::addColumn<QString>("provider");
        QTest::addColumn<QStringList>("added");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QStringList>("steps"); // "+name" add_host, "-name" remove_host
        QTest::addColumn<QStringList>("placementAdded");
        QTest::addColumn<QStringList>("placementRemoved");
        QTest::addColumn<bool>("offersChoice");

        QTest::addRow("join a Nova aggregate")
            << true << provider << QStringList { empty } << QStringList {} << QStringList { QStringLiteral("+gpu") }
            << QStringList {} << QStringList {} << true;
        QTest::addRow("leave a Nova aggregate")
            << true << provider << QStringList {} << QStringList { zoned }
            << QStringList { QStringLiteral("-az1-hosts") } << QStringList {} << QStringList {} << true;
        QTest::addRow("mixed: Nova and foreign")
            << true << provider << QStringList { empty, foreign } << QStringList { zoned }
            << QStringList { QStringLiteral("+gpu"), QStringLiteral("-az1-hosts") } << QStringList { foreign }
            << QStringList {} << true;
        QTest::addRow("foreign only") << true << provider << QStringList { foreign } << QStringList {} << QStringList {}
                                      << QStringList { foreign } << QStringList {} << false;
        QTest::addRow("repair: Nova already lists the host")
            << true << provider << QStringList { zoned } << QStringList {} << QStringList {} << QStringList { zoned }
            << QStringList {} << false;
        QTest::addRow("repair: Nova does not list the host")
            << true << provider << QStringList {} << QStringList { empty } << QStringList {} << QStringList {}
            << QStringList { empty } << false;
        QTest::addRow("not a compute node")
            << true << plainProvider << QStringList { empty } << QStringList { zoned } << QStringList {}
            << QStringList { empty } << QStringList { zoned } << false;
        QTest::addRow("no Nova data") << false << provider << QStringList { empty } << QStringList { zoned }
                                      << QStringList {} << QStringList { empty } << QStringList { zoned } << false;
    }

    void make()
    {
        QFETCH(bool, withNova);
        QFETCH(QString, provider);
        QFETCH(QStringList, added);
        QFETCH(QStringList, removed);
        QFETCH(QStringList, steps);
        QFETCH(QStringList, placementAdded);
        QFETCH(QStringList, placementRemoved);
        QFETCH(bool, offersChoice);

        NovaOverlay overlay;
        if (withNova)
            overlay.setSnapshot(snapshot());
        const NovaMembershipPlan plan = NovaMembershipPlan::make(&overlay, provider, { added, removed });
        QStringList got;
        for (const NovaMembershipStep &step : plan.steps) {
            got << (step.action == NovaMembershipStep::Action::AddHost ? QStringLiteral("+") : QStringLiteral("-"))
                    + step.aggregateName;
            QCOMPARE(step.aggregateId, step.aggregateUuid == zoned ? 7 : 8);
        }
        QCOMPARE(got, steps);
        QCOMPARE(plan.placementOnly.added, placementAdded);
        QCOMPARE(plan.placementOnly.removed, placementRemoved);
        QCOMPARE(plan.offersChoice(), offersChoice);
        QCOMPARE(plan.providerUuid, provider);
    }
};

QTEST_MAIN(TestNovaMembershipPlan)
#include "tst_novamembershipplan.moc"
