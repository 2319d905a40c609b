// The seam under the unit tests: HttpClient over the in-memory transport (FakeNetwork)
// keeps doing its own work (redirect refusal, transfer timeout, request ids, logging,
// one send per write), and the fake behaves as the editing and loading tests assume:
// queued answers, holds, aborts, wildcards, recording, and the in-memory Placement's
// generation check.

#include "fakenetwork.h"
#include "fakeplacement.h"
#include "httpclient.h"
#include "placementclient.h"
#include "requestlog.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const QString providerA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString agg1 = QStringLiteral("11111111-0000-4000-8000-000000000001");

struct Answer
{
    bool arrived = false;
    HttpResponse response;
};

// Sends through a bare HttpClient and keeps the answer (shared: it may come late).
std::shared_ptr<Answer> send(HttpClient *http, const HttpRequest &request, QObject *context)
{
    auto answer = std::make_shared<Answer>();
    http->send(request, context, [answer](const HttpResponse &r) {
        answer->arrived = true;
        answer->response = r;
    });
    return answer;
}

// Runs everything already posted (answers are queued calls) without sleeping.
void drainEvents()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}
} // namespace

class TestFakeNetwork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<FakeNetwork>();
        m_http = std::make_unique<HttpClient>();
        m_http->setNetworkAccessManager(m_network.get());
        m_http->setBaseUrl(FakeNetwork::baseUrl());
        m_http->setToken("secret-token");
    }
    void cleanup()
    {
        m_http.reset();
        m_network.reset();
    }

    void answersAreQueuedAndCarryTheRequestId()
    {
        m_network->enqueue(
            "GET", QStringLiteral("/resource_providers"),
            FakeResponse::json(200, QByteArrayLiteral(R"({"resource_providers": []})"), QStringLiteral("req-abc")));
        const auto answer = send(m_http.get(), HttpRequest::get(QStringLiteral("/resource_providers")), this);
        QVERIFY2(!answer->arrived, "an answer must never arrive synchronously");
        QTRY_VERIFY(answer->arrived);
        QCOMPARE(answer->response.status, 200);
        QVERIFY(answer->response.ok());
        QCOMPARE(answer->response.requestId, QStringLiteral("req-abc"));
        QCOMPARE(m_network->count("GET"), 1);
        const FakeRequest &recorded = m_network->request(0);
        QCOMPARE(recorded.headers.value("x-auth-token"), QByteArray("secret-token"));
        QVERIFY(recorded.isFinished());
        QCOMPARE(recorded.status, 200);
        // HttpClient logged the exchange as it does on a real network.
        QTRY_COMPARE(m_http->log()->size(), 1);
    }

    void aWriteIsSentOnceWithItsBody()
    {
        m_network->enqueue("PUT", QStringLiteral("/x"),
                           FakeResponse::networkError(QNetworkReply::RemoteHostClosedError));
        const auto answer = send(m_http.get(), HttpRequest::put(QStringLiteral("/x"), "{\"a\":1}"), this);
        QTRY_VERIFY(answer->arrived);
        QCOMPARE(answer->response.error->kind, PlacementError::Kind::Network);
        QCOMPARE(m_network->count("PUT"), 1);
        QCOMPARE(m_network->request(0).body, QByteArray("{\"a\":1}"));
        QCOMPARE(m_network->request(0).headers.value("content-type"), QByteArray("application/json"));
    }

    void transportFailures_data()
    {
        QTest::addColumn<FakeResponse>("response");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addRow("connection refused") << FakeResponse::networkError(QNetworkReply::ConnectionRefusedError)
                                            << int(PlacementError::Kind::Network) << QStringLiteral("refused");
        QTest::addRow("remote closed") << FakeResponse::networkError(QNetworkReply::RemoteHostClosedError)
                                       << int(PlacementError::Kind::Network) << QStringLiteral("closed");
        QTest::addRow("stall ends at the transfer timeout")
            << FakeResponse::stall() << int(PlacementError::Kind::Timeout) << QStringLiteral("no data for 0.1 s");
        FakeResponse redirect = FakeResponse::json(302, QByteArray());
        redirect.headers.append(qMakePair(QByteArray("Location"), QByteArray("http://elsewhere.example/")));
        QTest::addRow("redirect refused")
            << redirect << int(PlacementError::Kind::Redirect) << QStringLiteral("elsewhere.example");
        QTest::addRow("Placement's error document")
            << FakeResponse::placementError(403, QStringLiteral("Forbidden"),
                                            QStringLiteral("Policy does not allow placement:resource_providers:list"))
            << int(PlacementError::Kind::Forbidden) << QStringLiteral("Policy does not allow");
    }
    void transportFailures()
    {
        QFETCH(FakeResponse, response);
        QFETCH(int, kind);
        QFETCH(QString, detail);
        m_http->setTransferTimeoutMs(100);
        m_network->enqueue("GET", QStringLiteral("/x"), response);
        const auto answer = send(m_http.get(), HttpRequest::get(QStringLiteral("/x")), this);
        QTRY_VERIFY(answer->arrived);
        QVERIFY(answer->response.error.has_value());
        QCOMPARE(int(answer->response.error->kind), kind);
        QVERIFY2(answer->response.error->detail.contains(detail, Qt::CaseInsensitive),
                 qPrintable(answer->response.error->detail));
    }

    void holdReleaseAndAbort()
    {
        m_network->setHold("GET", QStringLiteral("/held/*"));
        m_network->respondAlways("GET", QString(), FakeResponse::json(200, QByteArrayLiteral("{}")));
        QSignalSpy held(m_network.get(), &FakeNetwork::requestHeld);
        const auto first = send(m_http.get(), HttpRequest::get(QStringLiteral("/held/1")), this);
        const auto second = send(m_http.get(), HttpRequest::get(QStringLiteral("/held/2")), this);
        const auto free = send(m_http.get(), HttpRequest::get(QStringLiteral("/held/1/deeper")), this);
        QCOMPARE(held.count(), 2); // "*" stays within one path segment
        QTRY_VERIFY(free->arrived);
        QCOMPARE(m_network->heldRequests(), (QList<int> { 0, 1 }));
        QCOMPARE(m_network->inFlight(), 2);
        QCOMPARE(m_network->maxInFlight(), 3);

        m_http->cancelAll(); // aborts both held replies
        QVERIFY(m_network->request(0).aborted);
        QVERIFY(m_network->request(1).aborted);
        QVERIFY(!m_network->release(0));
        QCOMPARE(m_network->inFlight(), 0);

        const auto third = send(m_http.get(), HttpRequest::get(QStringLiteral("/held/3")), this);
        drainEvents();
        QVERIFY(!third->arrived);
        QVERIFY(m_network->release(3));
        QTRY_VERIFY(third->arrived);
        QVERIFY(!first->arrived);
        QVERIFY(!second->arrived);
        QVERIFY(m_network->request(3).startedAt < m_network->request(3).finishedAt);
    }

    void queuesComeBeforeStandingAnswersAndUnscriptedIsReported()
    {
        m_network->respondAlways("GET", QStringLiteral("/q"), FakeResponse::json(200, QByteArrayLiteral("{}")));
        m_network->enqueue("GET", QStringLiteral("/q"), FakeResponse::json(500, QByteArrayLiteral("{}")), 2);
        QList<std::shared_ptr<Answer>> answers;
        for (int i = 0; i < 3; ++i)
            answers << send(m_http.get(), HttpRequest::get(QStringLiteral("/q")), this);
        QTRY_VERIFY(answers.last()->arrived);
        QCOMPARE(answers.at(0)->response.status, 500);
        QCOMPARE(answers.at(1)->response.status, 500);
        QCOMPARE(answers.at(2)->response.status, 200);
        QVERIFY(m_network->unscripted().isEmpty());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("nothing scripted")));
        const auto stray = send(m_http.get(), HttpRequest::get(QStringLiteral("/other")), this);
        QTRY_VERIFY(stray->arrived);
        QCOMPARE(stray->response.status, 501);
        QCOMPARE(m_network->unscripted(), QStringList { QStringLiteral("GET /other") });
    }

    void inMemoryPlacementChecksGenerations()
    {
        FakePlacement placement;
        placement.addProvider(providerA, QStringLiteral("compute-1"), {}, 4);
        placement.serve(m_network.get());
        PlacementClient client;
        QVERIFY(connectThroughFake(&client, m_network.get()));
        QCOMPARE(client.capabilities().version().toString(), QStringLiteral("1.39"));

        std::optional<Result<ProviderAggregates>> stale;
        client.setAggregates(providerA, { agg1 }, 3, this, [&](const Result<ProviderAggregates> &r) { stale = r; });
        QTRY_VERIFY(stale.has_value());
        QVERIFY(!stale->ok());
        QVERIFY(stale->error().isConcurrentUpdate());
        QVERIFY(!stale->error().requestId.isEmpty());

        std::optional<Result<ProviderAggregates>> fresh;
        client.setAggregates(providerA, { agg1 }, 4, this, [&](const Result<ProviderAggregates> &r) { fresh = r; });
        QTRY_VERIFY(fresh.has_value());
        QVERIFY(fresh->ok());
        QCOMPARE(fresh->value().aggregates, QStringList { agg1 });
        QCOMPARE(fresh->value().generation, 5);
        QCOMPARE(placement.writes(), 1);
        // The client sends the negotiated microversion and a generation in the body.
        const FakeRequest put = m_network->requests("PUT").last();
        QCOMPARE(put.headers.value("openstack-api-version"), QByteArray("placement 1.39"));
        QCOMPARE(put.json().value(QStringLiteral("resource_provider_generation")).toInt(), 4);

        std::optional<Result<ProviderAggregates>> gone;
        placement.removeProvider(providerA);
        client.getAggregates(providerA, this, [&](const Result<ProviderAggregates> &r) { gone = r; });
        QTRY_VERIFY(gone.has_value());
        QCOMPARE(gone->error().kind, PlacementError::Kind::NotFound);
    }

    void aScriptedLostAnswerIsStillApplied()
    {
        FakePlacement placement;
        placement.addProvider(providerA, QStringLiteral("compute-1"), {}, 1);
        placement.serve(m_network.get());
        m_network->enqueue("PUT", QString(),
                           FakeResponse::networkError(QNetworkReply::RemoteHostClosedError).afterApplying());
        PlacementClient client;
        QVERIFY(connectThroughFake(&client, m_network.get()));
        std::optional<Result<ProviderAggregates>> result;
        client.setAggregates(providerA, { agg1 }, 1, this, [&](const Result<ProviderAggregates> &r) { result = r; });
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, PlacementError::Kind::Network);
        QCOMPARE(placement.aggregates(providerA), QStringList { agg1 });
        QCOMPARE(placement.generation(providerA), 2);
    }

    void theClientsOwnManagerComesBack()
    {
        QCOMPARE(m_http->networkAccessManager(), m_network.get());
        m_http->setNetworkAccessManager(nullptr);
        QVERIFY(m_http->networkAccessManager() != m_network.get());
        QVERIFY(m_http->networkAccessManager() != nullptr);
    }

private:
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<HttpClient> m_http;
};

QTEST_GUILESS_MAIN(TestFakeNetwork)
#include "tst_fakenetwork.moc"
