// PlacementMembershipReader and DriftScan over the in-memory transport, with a fake Nova
// beside the in-memory Placement (fakecloud): k aggregates cost k + 2 Placement calls, a
// failed member list marks only that aggregate unknown, a failed provider list fails the
// read, the trait list is optional, background priority lets a user's call overtake,
// cancel drops only its own calls, and a scan that cannot read Nova says why instead of
// reporting no drift.

#include "driftreport.h"
#include "driftscan.h"
#include "fakecloud.h"
#include "fakenetwork.h"
#include "httpclient.h"
#include "novaclient.h"
#include "placementclient.h"
#include "placementmembership.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <functional>
#include <memory>
#include <optional>

namespace {

QString aggregateUuid(char c)
{
    return QStringLiteral("%1%1%1%1%1%1%1%1-0000-4000-8000-000000000000").arg(QLatin1Char(c));
}
QString nodeUuid(int i)
{
    return QStringLiteral("cccccccc-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}
QString nodeName(int i)
{
    return QStringLiteral("node-%1").arg(i);
}
QString host(int i)
{
    return QStringLiteral("compute-%1").arg(i);
}

const QString A = aggregateUuid('a');
const QString B = aggregateUuid('b');
const QString C = aggregateUuid('c');
const QString F = aggregateUuid('f');
const QString providersPath = QStringLiteral("/resource_providers");

FakeResponse serverError(const QString &requestId)
{
    return FakeResponse::placementError(500, QStringLiteral("Internal Server Error"), QStringLiteral("boom"), {},
                                        requestId);
}

FakeResponse novaFault(int status, const QString &name, const QString &message)
{
    return FakeResponse::json(
        status,
        QJsonObject {
            { name, QJsonObject { { QStringLiteral("code"), status }, { QStringLiteral("message"), message } } } });
}

// Captures the one answer of a reader or a scan.
template<typename T> struct Last
{
    int count = 0;
    std::optional<T> value;
    std::function<void(const T &)> slot()
    {
        return [this](const T &v) {
            ++count;
            value = v;
        };
    }
};

} // namespace

class TestDriftScanUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<FakeNetwork>();
        m_cloud = std::make_unique<FakeCloud>();
        m_cloud->serve(m_network.get());
        m_placement = std::make_unique<PlacementClient>();
        QVERIFY(connectThroughFake(m_placement.get(), m_network.get()));
        m_nova = std::make_unique<NovaClient>();
        m_nova->http()->setNetworkAccessManager(m_network.get());
        m_nova->setEndpoint(FakeCloud::novaUrl());
        m_nova->setToken("admin");
        m_firstRequest = static_cast<int>(m_network->requests().size());
    }
    void cleanup()
    {
        QVERIFY2(m_network->unscripted().isEmpty(), qPrintable(m_network->describe()));
        m_nova.reset();
        m_placement.reset();
        m_network.reset();
        m_cloud.reset();
    }

    void readsMembershipInKPlusTwoCalls_data()
    {
        QTest::addColumn<QStringList>("asked");
        QTest::addColumn<int>("calls");
        QTest::addColumn<QStringList>("read"); // aggregates whose members were read
        QTest::addColumn<QStringList>("invalid"); // inputs marked failed without a call
        QTest::addRow("no aggregates") << QStringList() << 2 << QStringList() << QStringList();
        QTest::addRow("three") << QStringList { A, B, C } << 5 << QStringList { A, B, C } << QStringList();
        QTest::addRow("duplicates and upper case count once")
            << QStringList { A, A.toUpper(), B, QStringLiteral(" ") + B } << 4 << QStringList { A, B } << QStringList();
        QTest::addRow("not a UUID: no call") << QStringList { QStringLiteral("az1"), A } << 3 << QStringList { A }
                                             << QStringList { QStringLiteral("az1") };
    }
    void readsMembershipInKPlusTwoCalls()
    {
        QFETCH(QStringList, asked);
        QFETCH(int, calls);
        QFETCH(QStringList, read);
        QFETCH(QStringList, invalid);
        // node-1 in A, node-2 in A and B, node-3 in none and disabled; C is empty.
        m_cloud->placement.addProvider(nodeUuid(1), nodeName(1), { A });
        m_cloud->placement.addProvider(nodeUuid(2), nodeName(2), { A, B }, 4);
        m_cloud->placement.addProvider(nodeUuid(3), nodeName(3), {});
        m_cloud->disabledTrait = { nodeUuid(3) };

        PlacementMembershipReader reader(m_placement.get());
        Last<Result<PlacementMembership>> last;
        connect(&reader, &PlacementMembershipReader::finished, this, last.slot());
        QSignalSpy progress(&reader, &PlacementMembershipReader::progress);
        reader.start(asked);
        QVERIFY(reader.isRunning());
        QTRY_COMPARE(last.count, 1);
        QVERIFY(!reader.isRunning());
        QVERIFY2(last.value->ok(), qPrintable(last.value->ok() ? QString() : last.value->error().fullText()));
        const PlacementMembership &m = last.value->value();

        QCOMPARE(reader.callsMade(), calls);
        QCOMPARE(m_network->count("GET", providersPath), calls);
        QCOMPARE(static_cast<int>(m_network->requests().size()) - m_firstRequest, calls);
        QCOMPARE(m.providers.size(), 3);
        QCOMPARE(m.providers.value(nodeUuid(2)).name, nodeName(2));
        QCOMPARE(m.providers.value(nodeUuid(2)).generation, 4);
        QStringList readKeys = m.members.keys();
        std::sort(readKeys.begin(), readKeys.end());
        QCOMPARE(readKeys, read);
        if (read.contains(A))
            QCOMPARE(m.membersOf(A), (QStringList { nodeUuid(1), nodeUuid(2) }));
        if (read.contains(B))
            QCOMPARE(m.membersOf(B), QStringList { nodeUuid(2) });
        if (read.contains(C)) {
            QVERIFY(m.wasRead(C)); // read and empty: known to be empty
            QVERIFY(m.membersOf(C).isEmpty());
        }
        QCOMPARE(m.failedAggregates.keys(), invalid);
        for (const QString &input : invalid)
            QCOMPARE(m.failedAggregates.value(input).kind, PlacementError::Kind::InvalidInput);
        QVERIFY(m.disabledTraitRead);
        QCOMPARE(m.disabledProviders, QSet<QString> { nodeUuid(3) });
        QVERIFY(m.aggregatesByProvider.isEmpty());
        // Progress counts every call and ends at the total.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), calls);
        QCOMPARE(progress.last().at(1).toInt(), calls);
        QCOMPARE(progress.size(), calls + 1); // (0, k+2) first, then one per answer
        // The member_of filters sent: exactly one per distinct aggregate.
        QStringList memberOf;
        const QList<FakeRequest> lists = m_network->requests("GET", providersPath);
        for (const FakeRequest &r : lists) {
            if (r.query.hasQueryItem(QStringLiteral("member_of")))
                memberOf << r.query.queryItemValue(QStringLiteral("member_of"));
        }
        std::sort(memberOf.begin(), memberOf.end());
        QCOMPARE(memberOf, read);
    }

    // One failed member list marks that aggregate unknown, never empty; the rest is read.
    void aFailedMemberReadIsUnknownNotEmpty()
    {
        m_cloud->placement.addProvider(nodeUuid(1), nodeName(1), { A, B });
        m_cloud->memberOfAnswers.insert(B, serverError(QStringLiteral("req-b")));
        PlacementMembershipReader reader(m_placement.get());
        Last<Result<PlacementMembership>> last;
        connect(&reader, &PlacementMembershipReader::finished, this, last.slot());
        reader.start({ A, B });
        QTRY_COMPARE(last.count, 1);
        QVERIFY(last.value->ok());
        const PlacementMembership &m = last.value->value();
        QVERIFY(m.wasRead(A));
        QVERIFY(!m.wasRead(B));
        QCOMPARE(m.failedAggregates.keys(), QStringList { B });
        QCOMPARE(m.failedAggregates.value(B).requestId, QStringLiteral("req-b"));
        QCOMPARE(m.membersOf(A), QStringList { nodeUuid(1) });
        QCOMPARE(reader.callsMade(), 4);
    }

    void theTraitListIsOptional_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<QString>("why");
        QTest::addRow("400: unknown trait")
            << FakeResponse::placementError(400, QStringLiteral("Bad Request"), QStringLiteral("No such trait(s)"))
            << QStringLiteral("No such trait(s)");
        QTest::addRow("refused") << FakeResponse::networkError() << QStringLiteral("Connection refused");
    }
    void theTraitListIsOptional()
    {
        QFETCH(FakeResponse, answer);
        QFETCH(QString, why);
        m_cloud->placement.addProvider(nodeUuid(1), nodeName(1), { A });
        m_cloud->traitListAnswer = answer;
        PlacementMembershipReader reader(m_placement.get());
        Last<Result<PlacementMembership>> last;
        connect(&reader, &PlacementMembershipReader::finished, this, last.slot());
        reader.start({ A });
        QTRY_COMPARE(last.count, 1);
        QVERIFY(last.value->ok());
        const PlacementMembership &m = last.value->value();
        QVERIFY(!m.disabledTraitRead);
        QVERIFY(m.disabledTraitError.has_value());
        QVERIFY2(m.disabledTraitError->fullText().contains(why), qPrintable(m.disabledTraitError->fullText()));
        QCOMPARE(m.membersOf(A), QStringList { nodeUuid(1) });
    }

    // Without the provider list nothing can be named: the whole read fails, once.
    void aFailedProviderListFailsTheRead()
    {
        m_cloud->placement.addProvider(nodeUuid(1), nodeName(1), { A });
        m_cloud->providerListAnswer = serverError(QStringLiteral("req-list"));
        m_network->setHold("GET", providersPath); // the other calls are still in flight when it fails
        PlacementMembershipReader reader(m_placement.get());
        Last<Result<PlacementMembership>> last;
        connect(&reader, &PlacementMembershipReader::finished, this, last.slot());
        reader.start({ A, B });
        QTRY_COMPARE(m_network->heldRequests().size(), 4);
        m_network->release(m_network->heldRequests().first()); // the plain list goes first
        QTRY_COMPARE(last.count, 1);
        QVERIFY(!last.value->ok());
        QCOMPARE(last.value->error().requestId, QStringLiteral("req-list"));
        QVERIFY(!reader.isRunning());
        m_network->releaseAll();
        QTRY_COMPARE(m_network->inFlight(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(last.count, 1);
    }

    // Background priority: a user's call made while the reader's calls queue starts first.
    void aUsersCallOvertakesTheRead()
    {
        m_cloud->placement.addProvider(nodeUuid(1), nodeName(1), { A });
        QStringList many;
        for (int i = 0; i < 10; ++i)
            many << QStringLiteral("dddddddd-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
        m_network->setHold("GET", providersPath);
        PlacementMembershipReader reader(m_placement.get());
        Last<Result<PlacementMembership>> last;
        connect(&reader, &PlacementMembershipReader::finished, this, last.slot());
        reader.start(many);
        QTRY_COMPARE(m_network->heldRequests().size(), RequestScheduler::defaultMaxParallel);
        QObject other;
        bool answered = false;
        m_placement->getAggregates(nodeUuid(1), &other,
                                   [&answered](const Result<ProviderAggregates> &r) { answered = r.ok(); });
        m_network->setHold("GET", providersPath, false);
        m_network->release(m_network->heldRequests().first());
        QTRY_VERIFY(answered);
        const FakeRequest user
            = m_network->requests("GET", QStringLiteral("/resource_providers/%1/aggregates").arg(nodeUuid(1))).first();
        // Started right after the first held list finished, before any queued list.
        int startedAfterUser = 0;
        for (const FakeRequest &r : m_network->requests("GET", providersPath))
            startedAfterUser += r.startedAt > user.startedAt ? 1 : 0;
        QCOMPARE(startedAfterUser, 12 - RequestScheduler::defaultMaxParallel);
        m_network->releaseAll();
        QTRY_COMPARE(last.count, 1);
        QCOMPARE(reader.callsMade(), 12);
    }

    // cancel() drops the reader's calls and nobody else's; it reports nothing afterwards.
    void cancelDropsOnlyItsOwnCalls()
    {
        m_cloud->placement.addProvider(nodeUuid(1), nodeName(1), { A });
        m_network->setHold("GET", providersPath);
        PlacementMembershipReader reader(m_placement.get());
        Last<Result<PlacementMembership>> last;
        connect(&reader, &PlacementMembershipReader::finished, this, last.slot());
        reader.start({ A, B });
        QObject other;
        bool otherAnswered = false;
        m_placement->listProviders(
            ProviderFilter(), &other,
            [&otherAnswered](const Result<QList<ResourceProvider>> &r) { otherAnswered = r.ok(); });
        QTRY_COMPARE(m_network->heldRequests().size(), 5);
        reader.cancel();
        QVERIFY(!reader.isRunning());
        m_network->releaseAll();
        QTRY_VERIFY(otherAnswered);
        QTRY_COMPARE(m_network->inFlight(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(last.count, 0);
        int aborted = 0;
        for (const FakeRequest &r : m_network->requests("GET", providersPath))
            aborted += r.aborted ? 1 : 0;
        QCOMPARE(aborted, 4);
    }

    void scanFindsDrift_data()
    {
        QTest::addColumn<QStringList>("extraAggregates");
        QTest::addColumn<bool>("perProvider");
        QTest::addColumn<QStringList>("classes");
        QTest::addColumn<int>("placementCalls");
        const QStringList drift { QStringLiteral("missing"), QStringLiteral("extra"), QStringLiteral("inconsistent") };
        QTest::addRow("Nova's aggregates only") << QStringList() << false << drift << 3;
        QTest::addRow("an extra aggregate the caller knows")
            << QStringList { F } << false
            << QStringList { QStringLiteral("missing"), QStringLiteral("extra"), QStringLiteral("foreign"),
                             QStringLiteral("inconsistent") }
            << 4;
        QTest::addRow("per-provider sets from the caller")
            << QStringList() << true
            << QStringList { QStringLiteral("missing"), QStringLiteral("extra"), QStringLiteral("foreign"),
                             QStringLiteral("inconsistent") }
            << 3;
    }
    void scanFindsDrift()
    {
        QFETCH(QStringList, extraAggregates);
        QFETCH(bool, perProvider);
        QFETCH(QStringList, classes);
        QFETCH(int, placementCalls);
        addCloud();
        DriftScan scan(m_placement.get(), m_nova.get());
        scan.setExtraAggregates(extraAggregates);
        if (perProvider)
            scan.setAggregatesByProvider({ { nodeUuid(2), ProviderAggregates { { F }, 1 } } });
        Last<DriftScanResult> last;
        connect(&scan, &DriftScan::finished, this, last.slot());
        scan.start();
        QVERIFY(scan.isRunning());
        QTRY_COMPARE(last.count, 1);
        QVERIFY(!scan.isRunning());
        const DriftScanResult &r = *last.value;
        QVERIFY2(r.isComplete(), qPrintable(r.errorMessages().join(QLatin1Char('\n'))));
        QCOMPARE(r.snapshot.aggregates.size(), 1);
        QCOMPARE(r.snapshot.hypervisors.size(), 3);
        QStringList got;
        for (const DriftItem &item : r.items)
            got << DriftReport::className(item.kind);
        QCOMPARE(got, classes);
        QCOMPARE(r.items.first().host, host(2)); // missing: compute-2 is in az1-hosts, node-2 is not in A
        QCOMPARE(r.items.first().aggregateName, QStringLiteral("az1-hosts"));
        QCOMPARE(r.items.at(1).providerUuid, nodeUuid(3)); // extra: node-3 is in A, compute-3 is not
        QCOMPARE(r.items.last().host, host(3)); // inconsistent: compute-3 disabled, no trait
        QCOMPARE(scan.placementCalls(), placementCalls);
        QCOMPARE(m_network->count("GET", providersPath), placementCalls);
        // Nova: the version document once, then each list once.
        QCOMPARE(m_network->count("GET", QStringLiteral("/v2.1")), 1);
        QCOMPARE(m_network->count("GET", FakeCloud::novaPath(QStringLiteral("/os-aggregates"))), 1);
        QCOMPARE(m_network->count("GET", FakeCloud::novaPath(QStringLiteral("/os-hypervisors/detail"))), 1);
        QCOMPARE(m_network->count("GET", FakeCloud::novaPath(QStringLiteral("/os-services"))), 1);
        QCOMPARE(r.items, DriftAnalysis::analyze(r.snapshot, r.membership));
    }

    // No Nova data is an error with its reason, never "no drift"; Placement is not read.
    void withoutNovaThereIsNoDriftList_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<QString>("why");
        QTest::addRow("403 on the hypervisors")
            << novaFault(403, QStringLiteral("forbidden"),
                         QStringLiteral("Policy doesn't allow os_compute_api:os-hypervisors:list-detail to be "
                                        "performed."))
            << QStringLiteral("os_compute_api:os-hypervisors:list-detail");
        QTest::addRow("Nova unreachable") << FakeResponse::networkError() << QStringLiteral("refused");
    }
    void withoutNovaThereIsNoDriftList()
    {
        QFETCH(FakeResponse, answer);
        QFETCH(QString, why);
        addCloud();
        m_cloud->novaHypervisorsAnswer = answer;
        DriftScan scan(m_placement.get(), m_nova.get());
        Last<DriftScanResult> last;
        connect(&scan, &DriftScan::finished, this, last.slot());
        scan.start();
        QTRY_COMPARE(last.count, 1);
        const DriftScanResult &r = *last.value;
        QVERIFY(!r.novaRead);
        QVERIFY(!r.isUsable());
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().stage, DriftScanError::Stage::Nova);
        const QString message = r.errors.first().message();
        QVERIFY2(message.startsWith(QLatin1String("Nova data absent: ")), qPrintable(message));
        QVERIFY2(message.contains(why, Qt::CaseInsensitive), qPrintable(message));
        QCOMPARE(m_network->count("GET", providersPath), 0);
        QCoreApplication::processEvents();
        QCOMPARE(last.count, 1);
    }

    // A failed member list: the scan is usable but incomplete, and names the aggregate.
    void aFailedMemberReadIsReportedNotFaked()
    {
        addCloud();
        m_cloud->memberOfAnswers.insert(A, serverError(QStringLiteral("req-a")));
        DriftScan scan(m_placement.get(), m_nova.get());
        Last<DriftScanResult> last;
        connect(&scan, &DriftScan::finished, this, last.slot());
        scan.start();
        QTRY_COMPARE(last.count, 1);
        const DriftScanResult &r = *last.value;
        QVERIFY(r.isUsable());
        QVERIFY(!r.isComplete());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().stage, DriftScanError::Stage::AggregateMembers);
        QCOMPARE(r.errors.first().aggregateUuid, A);
        QVERIFY2(r.errors.first().message().contains(QStringLiteral("az1-hosts (%1)").arg(A)),
                 qPrintable(r.errors.first().message()));
        QVERIFY(r.errors.first().message().contains(QLatin1String("drift is unknown")));
        // Only what does not depend on A's members is left: the trait against the flag.
        QCOMPARE(r.items.size(), 1);
        QCOMPARE(r.items.first().kind, DriftItem::Kind::Inconsistent);
    }

    void aFailedProviderListFailsTheScan()
    {
        addCloud();
        m_cloud->providerListAnswer = serverError(QStringLiteral("req-list"));
        DriftScan scan(m_placement.get(), m_nova.get());
        Last<DriftScanResult> last;
        connect(&scan, &DriftScan::finished, this, last.slot());
        scan.start();
        QTRY_COMPARE(last.count, 1);
        const DriftScanResult &r = *last.value;
        QVERIFY(r.novaRead);
        QVERIFY(!r.placementRead);
        QVERIFY(!r.isUsable());
        QVERIFY(r.items.isEmpty());
        QCOMPARE(r.errors.size(), 1);
        QCOMPARE(r.errors.first().stage, DriftScanError::Stage::Providers);
    }

    // cancel() drops the scan's Nova calls, not another caller's, and reports nothing.
    void cancelDropsOnlyTheScansCalls()
    {
        addCloud();
        m_network->setHold("GET", FakeCloud::novaPath(QStringLiteral("/os-aggregates")));
        DriftScan scan(m_placement.get(), m_nova.get());
        Last<DriftScanResult> last;
        connect(&scan, &DriftScan::finished, this, last.slot());
        scan.start();
        QTRY_COMPARE(m_network->heldRequests().size(), 1);
        QObject other;
        bool otherAnswered = false;
        m_nova->listAggregates(&other,
                               [&otherAnswered](const Result<QList<NovaAggregate>> &r) { otherAnswered = r.ok(); });
        QTRY_COMPARE(m_network->heldRequests().size(), 2);
        scan.cancel();
        QVERIFY(!scan.isRunning());
        m_network->releaseAll();
        QTRY_VERIFY(otherAnswered);
        QTRY_COMPARE(m_network->inFlight(), 0);
        QCoreApplication::processEvents();
        QCOMPARE(last.count, 0);
        QCOMPARE(m_network->count("GET", providersPath), 0);
    }

private:
    // Nova: aggregate A "az1-hosts" (zone az1) with compute-1 and compute-2; compute-3
    // disabled. Placement: node-1 in A, node-2 in F only, node-3 in A; no trait anywhere.
    void addCloud()
    {
        m_cloud->addNovaAggregate(1, A, QStringLiteral("az1-hosts"), QStringLiteral("az1"), { host(1), host(2) });
        m_cloud->addComputeNode(nodeUuid(1), nodeName(1), host(1));
        m_cloud->addComputeNode(nodeUuid(2), nodeName(2), host(2));
        m_cloud->addComputeNode(nodeUuid(3), nodeName(3), host(3), QStringLiteral("disabled"));
        m_cloud->placement.addProvider(nodeUuid(1), nodeName(1), { A });
        m_cloud->placement.addProvider(nodeUuid(2), nodeName(2), { F });
        m_cloud->placement.addProvider(nodeUuid(3), nodeName(3), { A });
    }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<FakeCloud> m_cloud;
    std::unique_ptr<PlacementClient> m_placement;
    std::unique_ptr<NovaClient> m_nova;
    int m_firstRequest = 0;
};

QTEST_GUILESS_MAIN(TestDriftScanUnit)
#include "tst_driftscan_unit.moc"
