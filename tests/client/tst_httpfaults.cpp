// What a real Placement cannot be made to do, against a real TCP server on loopback:
// stalls, resets, redirects, garbage bodies and odd version ranges.

#include "faketcpserver.h"
#include "httpclient.h"
#include "placementclient.h"
#include "requestlog.h"

#include <QSignalSpy>
#include <QTest>

namespace {

QByteArray json(int status, const QByteArray &reason, const QByteArray &body)
{
    return FakeTcpServer::httpResponse(status, reason, body, { "Content-Type: application/json" });
}

QByteArray rootDocument(const char *min, const char *max)
{
    return json(200, "OK",
                QByteArray(R"({"versions": [{"id": "v1.0", "status": "CURRENT", "links": [], "min_version": ")") + min
                    + R"(", "max_version": ")" + max + R"("}]})");
}

// Waits for a callback that delivers a value into `slot`.
template<typename T> bool waitFor(const std::optional<T> &slot, int ms = 5000)
{
    return QTest::qWaitFor([&] { return slot.has_value(); }, ms);
}

} // namespace

class TestHttpFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void timeoutAgainstAServerThatNeverAnswers()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::Stall);
        HttpClient http;
        http.setBaseUrl(server.url());
        http.setTransferTimeoutMs(300);
        std::optional<HttpResponse> response;
        http.send(HttpRequest::get(QStringLiteral("/resource_providers")), this,
                  [&](const HttpResponse &r) { response = r; });
        QVERIFY(waitFor(response));
        QVERIFY(!response->ok());
        QCOMPARE(response->error->kind, PlacementError::Kind::Timeout);
        QCOMPARE(response->status, 0);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(http.log()->size(), 1);
        QCOMPARE(http.log()->at(0).status, 0);
        QVERIFY(!http.log()->at(0).outcome.isEmpty());
    }

    void cancelIsNotATimeoutAndNeverCallsBack()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::Stall);
        HttpClient http;
        http.setBaseUrl(server.url());
        http.setTransferTimeoutMs(300);
        int calls = 0;
        const quint64 id
            = http.send(HttpRequest::get(QStringLiteral("/")), this, [&](const HttpResponse &) { ++calls; });
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 1; }));
        http.cancel(id);
        QCOMPARE(http.inFlight(), 0);
        QTest::qWait(600); // past the transfer timeout: a late timeout must not surface either
        QCOMPARE(calls, 0);
    }

    void redirectsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addRow("GET 301") << QByteArray("GET") << 301;
        QTest::addRow("GET 302") << QByteArray("GET") << 302;
        QTest::addRow("PUT 303 would become a GET") << QByteArray("PUT") << 303;
        QTest::addRow("PUT 307") << QByteArray("PUT") << 307;
        QTest::addRow("PUT 308") << QByteArray("PUT") << 308;
    }
    void redirectsAreRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        FakeTcpServer elsewhere; // where the redirect points: it must never hear from us
        QVERIFY(elsewhere.listen());
        elsewhere.setResponse(json(200, "OK", "{}"));
        FakeTcpServer server;
        QVERIFY(server.listen());
        const QByteArray location = elsewhere.url().toString().toLatin1() + "/stolen";
        server.setResponse(FakeTcpServer::httpResponse(status, "Redirect", {}, { "Location: " + location }));

        HttpClient http;
        http.setBaseUrl(server.url());
        http.setToken("secret-token");
        HttpRequest request = HttpRequest::get(QStringLiteral("/resource_providers/x/aggregates"));
        request.method = method;
        if (method == "PUT")
            request.body = R"({"aggregates": [], "resource_provider_generation": 1})";
        std::optional<HttpResponse> response;
        http.send(request, this, [&](const HttpResponse &r) { response = r; });
        QVERIFY(waitFor(response));
        QCOMPARE(response->status, status);
        QVERIFY(!response->ok());
        QCOMPARE(response->error->kind, PlacementError::Kind::Redirect);
        QVERIFY(response->error->detail.contains(QString::fromLatin1(location)));
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(elsewhere.connectionCount(), 0);
    }

    void idempotentGetIsRetriedOnceAfterReset()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::ResetOnceThenRespond);
        server.setResponse(json(200, "OK", R"({"aggregates": [], "resource_provider_generation": 4})"));
        HttpClient http;
        http.setBaseUrl(server.url());
        std::optional<HttpResponse> response;
        http.send(HttpRequest::get(QStringLiteral("/resource_providers/x/aggregates")), this,
                  [&](const HttpResponse &r) { response = r; });
        QVERIFY(waitFor(response));
        QVERIFY2(response->ok(), qPrintable(response->ok() ? QString() : response->error->fullText()));
        QCOMPARE(server.requests().size(), 2);
    }

    void getGivesUpAfterOneRetry()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::Reset);
        HttpClient http;
        http.setBaseUrl(server.url());
        std::optional<HttpResponse> response;
        http.send(HttpRequest::get(QStringLiteral("/resource_providers")), this,
                  [&](const HttpResponse &r) { response = r; });
        QVERIFY(waitFor(response));
        QCOMPARE(response->error->kind, PlacementError::Kind::Network);
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), 2); // the first try and exactly one retry
        QCOMPARE(http.log()->size(), 1);
    }

    void putIsNeverRetried()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::Reset);
        HttpClient http;
        http.setBaseUrl(server.url());
        std::optional<HttpResponse> response;
        http.send(HttpRequest::put(QStringLiteral("/resource_providers/x/aggregates"), "{}"), this,
                  [&](const HttpResponse &r) { response = r; });
        QVERIFY(waitFor(response));
        QCOMPARE(response->error->kind, PlacementError::Kind::Network);
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), 1);
    }

    // Issuing a token is safe to repeat: against a server that closes kept-alive connections
    // without saying so (uWSGI-served Keystone), Qt may send it once more, as for a read.
    void aSafeToRepeatPostIsRetriedOnceAfterReset()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::ResetOnceThenRespond);
        server.setResponse(json(201, "Created", R"({"token": {}})"));
        HttpClient http;
        http.setBaseUrl(server.url());
        HttpRequest post;
        post.method = "POST";
        post.path = QStringLiteral("/v3/auth/tokens");
        post.body = "{}";
        post.safeToRepeat = true;
        std::optional<HttpResponse> response;
        http.send(post, this, [&](const HttpResponse &r) { response = r; });
        QVERIFY(waitFor(response));
        QVERIFY2(response->ok(), qPrintable(response->ok() ? QString() : response->error->fullText()));
        QCOMPARE(server.requests().size(), 2);
        // The flag never makes a PUT repeatable.
        HttpRequest put = HttpRequest::put(QStringLiteral("/resource_providers/x/aggregates"), "{}");
        put.safeToRepeat = true;
        QVERIFY(!put.mayBeResent());
    }

    void garbageSuccessBodyIsABadResponse_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("html") << QByteArray("<html><body>maintenance</body></html>");
        QTest::addRow("empty") << QByteArray();
        QTest::addRow("wrong shape") << QByteArray(R"({"aggregates": "none"})");
        QTest::addRow("truncated") << QByteArray("{\"aggregates\": [\"11111111-");
    }
    void garbageSuccessBodyIsABadResponse()
    {
        QFETCH(QByteArray, body);
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setResponses({ rootDocument("1.0", "1.39"), json(200, "OK", body) });
        PlacementClient client;
        client.setEndpoint(server.url());
        std::optional<Result<Capabilities>> caps;
        client.connectToServer(this, [&](const Result<Capabilities> &r) { caps = r; });
        QVERIFY(waitFor(caps));
        QVERIFY(caps->ok());
        std::optional<Result<ProviderAggregates>> result;
        client.getAggregates(QStringLiteral("x"), this, [&](const Result<ProviderAggregates> &r) { result = r; });
        QVERIFY(waitFor(result));
        QVERIFY(!result->ok());
        QCOMPARE(result->error().kind, PlacementError::Kind::BadResponse);
    }

    void serverWithoutGenerationCheckedAggregatesRefusesWrites()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setResponses({ rootDocument("1.0", "1.17"),
                              json(200, "OK", R"({"aggregates": ["11111111-1111-4111-8111-111111111111"]})") });
        PlacementClient client;
        client.setEndpoint(server.url());
        std::optional<Result<Capabilities>> caps;
        client.connectToServer(this, [&](const Result<Capabilities> &r) { caps = r; });
        QVERIFY(waitFor(caps));
        QVERIFY(caps->ok());
        QCOMPARE(caps->value().version(), ApiVersion(1, 17));
        QVERIFY(!caps->value().generationCheckedAggregates());
        QVERIFY(caps->value().providerTrees()); // 1.14 <= 1.17

        std::optional<Result<ProviderAggregates>> read;
        client.getAggregates(QStringLiteral("x"), this, [&](const Result<ProviderAggregates> &r) { read = r; });
        QVERIFY(waitFor(read));
        QVERIFY(read->ok());
        QCOMPARE(read->value().generation, -1); // no generation below 1.19

        std::optional<Result<ProviderAggregates>> write;
        client.setAggregates(QStringLiteral("x"), {}, 0, this, [&](const Result<ProviderAggregates> &r) { write = r; });
        QVERIFY(waitFor(write));
        QVERIFY(!write->ok());
        QCOMPARE(write->error().kind, PlacementError::Kind::Unsupported);
        QVERIFY(write->error().detail.contains(QStringLiteral("1.19")));
        QTest::qWait(100);
        QCOMPARE(server.requests().size(), 2); // GET / and the GET: no PUT ever left
        QVERIFY(server.requests().at(1).contains("OpenStack-API-Version: placement 1.17"));
    }

    void serverRangeAboveOursIsUnsupported()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setResponse(rootDocument("1.40", "1.50"));
        PlacementClient client;
        client.setEndpoint(server.url());
        std::optional<Result<Capabilities>> caps;
        client.connectToServer(this, [&](const Result<Capabilities> &r) { caps = r; });
        QVERIFY(waitFor(caps));
        QVERIFY(!caps->ok());
        QCOMPARE(caps->error().kind, PlacementError::Kind::Unsupported);
        QVERIFY(caps->error().detail.contains(QStringLiteral("1.40")));
    }

    void notAcceptableRenegotiatesOnce()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setResponses(
            { rootDocument("1.0", "1.39"),
              json(406, "Not Acceptable",
                   R"({"errors": [{"status": 406, "title": "Not Acceptable", "detail": "Unacceptable version header",)"
                   R"( "max_version": "1.30", "min_version": "1.0"}]})"),
              json(200, "OK", R"({"resource_providers": []})") });
        PlacementClient client;
        client.setEndpoint(server.url());
        QSignalSpy capsChanged(&client, &PlacementClient::capabilitiesChanged);
        std::optional<Result<Capabilities>> caps;
        client.connectToServer(this, [&](const Result<Capabilities> &r) { caps = r; });
        QVERIFY(waitFor(caps));
        std::optional<Result<QList<ResourceProvider>>> list;
        client.listProviders({}, this, [&](const Result<QList<ResourceProvider>> &r) { list = r; });
        QVERIFY(waitFor(list));
        QVERIFY(list->ok());
        QCOMPARE(client.capabilities().version(), ApiVersion(1, 30));
        QCOMPARE(capsChanged.count(), 2);
        QCOMPARE(server.requests().size(), 3);
        QVERIFY(server.requests().at(1).contains("placement 1.39"));
        QVERIFY(server.requests().at(2).contains("placement 1.30"));
    }

    void tokenIsRedactedInTheLog()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setResponse(json(200, "OK", "{}"));
        HttpClient http;
        http.setBaseUrl(server.url());
        http.setToken("super-secret-token");
        std::optional<HttpResponse> response;
        http.send(HttpRequest::get(QStringLiteral("/")), this, [&](const HttpResponse &r) { response = r; });
        QVERIFY(waitFor(response));
        QVERIFY(server.requests().first().contains("X-Auth-Token: super-secret-token")); // it was sent...
        const RequestLogEntry entry = http.log()->at(0);
        for (const auto &header : entry.requestHeaders)
            QVERIFY(!header.second.contains("super-secret-token")); // ...but never logged
        QVERIFY(!entry.toCurl().contains(QStringLiteral("super-secret-token")));
    }
};

QTEST_GUILESS_MAIN(TestHttpFaults)
#include "tst_httpfaults.moc"
