// Bounded answers: a body over the cap is refused while it arrives (announced or not), a body
// at the cap arrives intact, a server that trickles bytes meets the total time limit, and a
// cancelled request leaves no timer behind. Against real TCP servers on loopback: what a real
// Placement cannot be made to do. Idle timeouts are long here, so an error that arrives at all
// within the wait was caused by the limit under test, never by the clock of a busy machine.

#include "faketcpserver.h"
#include "httpclient.h"
#include "requestlog.h"

#include <QLocale>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

using Kind = PlacementError::Kind;
Q_DECLARE_METATYPE(PlacementError::Kind)

namespace {

constexpr qint64 KiB = 1024;
constexpr qint64 MiB = 1024 * KiB;
constexpr int longIdleMs = 60000; // never reached: the limits under test come first
constexpr int waitMs = 30000;

QByteArray pattern(qint64 offset, qint64 length)
{
    QByteArray bytes(length, Qt::Uninitialized);
    for (qint64 i = 0; i < length; ++i)
        bytes[i] = static_cast<char>('a' + (offset + i) % 26);
    return bytes;
}

// Answers each request with a body it writes as it goes: paced by what the client takes (so a
// client that hangs up mid-way is noticed, and how much was sent by then is known) or one byte
// at a time. FakeTcpServer only writes whole canned answers. It may run in a thread of its own:
// the counters are read from the test's thread.
class StreamingServer : public QObject
{
public:
    enum class Framing
    {
        Chunked, // Transfer-Encoding: chunked, no size announced
        ContentLength, // the size announced up front
        UntilClose, // no size, no chunks: the body ends when the connection does
    };

    explicit StreamingServer(Framing framing, qint64 bodyBytes, int trickleMs = 0)
        : m_framing(framing)
        , m_bodyBytes(bodyBytes)
        , m_trickleMs(trickleMs)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    bool listen()
    {
        const bool listening = m_server.listen(QHostAddress::LocalHost, 0);
        m_port = m_server.serverPort();
        return listening;
    }
    QUrl url() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        return url;
    }

    int requests() const { return m_requests; }
    qint64 bodyBytesQueued() const { return m_queued; }
    bool finishedSending() const { return m_finished; }
    // The client closed the connection before the whole body was sent.
    bool clientHungUp() const { return m_hungUp; }
    quint16 port() const { return m_port; }

private:
    void serve(QTcpSocket *socket)
    {
        auto *request = new QByteArray;
        connect(socket, &QObject::destroyed, this, [request] { delete request; });
        connect(socket, &QTcpSocket::readyRead, this, [this, socket, request] {
            *request += socket->readAll();
            const qsizetype headerEnd = request->indexOf("\r\n\r\n");
            if (headerEnd < 0 || request->isEmpty())
                return;
            qint64 contentLength = 0;
            for (const QByteArray &line : request->left(headerEnd).split('\n')) {
                if (line.toLower().startsWith("content-length:"))
                    contentLength = line.mid(15).trimmed().toLongLong();
            }
            if (request->size() < headerEnd + 4 + contentLength)
                return;
            request->clear();
            ++m_requests;
            answer(socket);
        });
        const auto hungUp = [this] {
            if (!m_finished)
                m_hungUp = true;
        };
        connect(socket, &QTcpSocket::disconnected, this, hungUp);
        connect(socket, &QTcpSocket::errorOccurred, this, hungUp);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    void answer(QTcpSocket *socket)
    {
        QByteArray head = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n";
        switch (m_framing) {
        case Framing::Chunked:
            head += "Transfer-Encoding: chunked\r\n";
            break;
        case Framing::ContentLength:
            head += "Content-Length: " + QByteArray::number(m_bodyBytes) + "\r\n";
            break;
        case Framing::UntilClose:
            head += "Connection: close\r\n";
            break;
        }
        socket->write(head + "\r\n");
        auto offset = std::make_shared<qint64>(0);
        if (m_trickleMs > 0) {
            auto *timer = new QTimer(socket);
            connect(timer, &QTimer::timeout, socket, [this, socket, offset] { send(socket, *offset, 1); });
            timer->start(m_trickleMs);
            return;
        }
        // Keeps little queued in this process: what leaves is what the client (and the kernel
        // between the two) took.
        const auto pump = [this, socket, offset] {
            while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 64 * KiB
                   && *offset < m_bodyBytes)
                send(socket, *offset, 16 * KiB);
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
    }

    void send(QTcpSocket *socket, qint64 &offset, qint64 most)
    {
        const qint64 length = qMin(most, m_bodyBytes - offset);
        if (length <= 0)
            return;
        const QByteArray data = pattern(offset, length);
        socket->write(m_framing == Framing::Chunked ? QByteArray::number(length, 16) + "\r\n" + data + "\r\n" : data);
        offset += length;
        m_queued += length;
        if (offset < m_bodyBytes)
            return;
        m_finished = true;
        if (m_framing == Framing::Chunked)
            socket->write("0\r\n\r\n");
        if (m_framing == Framing::UntilClose)
            socket->disconnectFromHost(); // after what is queued has been written
    }

    Framing m_framing;
    qint64 m_bodyBytes;
    int m_trickleMs;
    std::atomic<int> m_requests = 0;
    std::atomic<qint64> m_queued = 0;
    std::atomic<bool> m_finished = false;
    std::atomic<bool> m_hungUp = false;
    std::atomic<quint16> m_port = 0;
    QTcpServer m_server { this }; // a child, to move with moveToThread(); last: destroyed first
};

HttpRequest requestFor(const QByteArray &method)
{
    if (method == "PUT")
        return HttpRequest::put(QStringLiteral("/resource_providers/x/aggregates"),
                                R"({"aggregates": [], "resource_provider_generation": 1})");
    return HttpRequest::get(QStringLiteral("/resource_providers"));
}

QString describe(const HttpResponse &response)
{
    return response.ok() ? QStringLiteral("ok, %1 bytes").arg(response.body.size()) : response.error->fullText();
}

} // namespace

Q_DECLARE_METATYPE(StreamingServer::Framing)

class TestHttpBounds : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Sizes are written in the locale's words; the expected texts are the C locale's.
        QLocale::setDefault(QLocale::c());
    }

    void limitsHaveSaneDefaults()
    {
        HttpClient http;
        QCOMPARE(http.maxBodyBytes(), 64 * MiB);
        QCOMPARE(http.transferTimeoutMs(), 30000);
        QCOMPARE(http.totalTimeoutMs(), 300000); // ten idle periods, at least five minutes
        http.setTransferTimeoutMs(60000);
        QCOMPARE(http.totalTimeoutMs(), 600000);
        http.setTransferTimeoutMs(1000);
        QCOMPARE(http.totalTimeoutMs(), 300000);
        http.setTotalTimeoutMs(2500);
        QCOMPARE(http.totalTimeoutMs(), 2500);
        http.setTotalTimeoutMs(0);
        QCOMPARE(http.totalTimeoutMs(), 300000);
        http.setMaxBodyBytes(MiB);
        QCOMPARE(http.maxBodyBytes(), MiB);
        http.setMaxBodyBytes(0);
        QCOMPARE(http.maxBodyBytes(), 64 * MiB);
    }

    // (a) The size is announced: refused when the headers arrive. The server sends them and then
    // nothing, so only the cap can end the request within the wait.
    void announcedSizeOverTheCapIsRefusedAtTheHeaders_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        QTest::addColumn<qint64>("cap"); // 0: the default
        QTest::addColumn<qint64>("announced");
        QTest::addColumn<QString>("detail");
        QTest::addRow("GET, 200 MiB against 1 MiB")
            << QByteArray("GET") << 200 << MiB << 200 * MiB
            << QStringLiteral("the answer is larger than 1 MiB (it says 200 MiB); refused");
        QTest::addRow("GET, 1.5 MiB against 1 MiB")
            << QByteArray("GET") << 200 << MiB << MiB * 3 / 2
            << QStringLiteral("the answer is larger than 1 MiB (it says 1.5 MiB); refused");
        QTest::addRow("GET, 200 MiB against the default cap")
            << QByteArray("GET") << 200 << qint64(0) << 200 * MiB
            << QStringLiteral("the answer is larger than 64 MiB (it says 200 MiB); refused");
        QTest::addRow("an error page is capped too")
            << QByteArray("GET") << 500 << MiB << 3 * MiB
            << QStringLiteral("the answer is larger than 1 MiB (it says 3 MiB); refused");
        QTest::addRow("PUT: refused, never sent again")
            << QByteArray("PUT") << 200 << MiB << 200 * MiB
            << QStringLiteral("the answer is larger than 1 MiB (it says 200 MiB); refused");
    }
    void announcedSizeOverTheCapIsRefusedAtTheHeaders()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        QFETCH(qint64, cap);
        QFETCH(qint64, announced);
        QFETCH(QString, detail);
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.servePlacementRoot();
        server.setResponse("HTTP/1.1 " + QByteArray::number(status)
                           + " Whatever\r\nContent-Type: application/json\r\nContent-Length: "
                           + QByteArray::number(announced) + "\r\nx-openstack-request-id: req-big\r\n\r\n");
        HttpClient http;
        http.setBaseUrl(server.url());
        http.setTransferTimeoutMs(longIdleMs);
        if (cap > 0)
            http.setMaxBodyBytes(cap);

        std::optional<HttpResponse> response;
        http.send(requestFor(method), this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), waitMs);
        QVERIFY(!response->ok());
        QCOMPARE(response->error->kind, Kind::BadResponse);
        QCOMPARE(response->error->detail, detail);
        QCOMPARE(response->error->message(), QStringLiteral("Bad response: %1").arg(detail));
        QCOMPARE(response->error->requestId, QStringLiteral("req-big"));
        QCOMPARE(response->status, 0); // nothing of a refused answer is handed on
        QVERIFY(response->body.isEmpty());
        QCOMPARE(http.inFlight(), 0);

        // Logged like any failure, with the status that arrived and nothing of the body taken in.
        QCOMPARE(http.log()->size(), 1);
        const RequestLogEntry entry = http.log()->at(0);
        QCOMPARE(entry.status, status);
        QCOMPARE(entry.outcome, response->error->message());
        QCOMPARE(entry.responseBytes, qint64(0));

        // A request that is answered afterwards marks the point by which a re-send would be seen.
        std::optional<HttpResponse> next;
        http.send(HttpRequest::get(QStringLiteral("/")), this, [&](const HttpResponse &r) { next = r; });
        QTRY_VERIFY_WITH_TIMEOUT(next.has_value(), waitMs);
        QVERIFY2(next->ok(), qPrintable(describe(*next)));
        QCOMPARE(server.requests().size(), 2);
        QVERIFY(server.requests().at(0).startsWith(method + ' '));
    }

    // (b) No size announced: refused once one byte past the cap has arrived. The server offers
    // 64 times the cap; the client takes in at most the cap and a byte, and hangs up while the
    // server is still sending.
    void unannouncedBodyGrowingPastTheCapIsRefusedWhileArriving_data()
    {
        QTest::addColumn<StreamingServer::Framing>("framing");
        QTest::addColumn<QByteArray>("method");
        QTest::addRow("chunked GET") << StreamingServer::Framing::Chunked << QByteArray("GET");
        QTest::addRow("until close GET") << StreamingServer::Framing::UntilClose << QByteArray("GET");
        QTest::addRow("chunked PUT") << StreamingServer::Framing::Chunked << QByteArray("PUT");
    }
    void unannouncedBodyGrowingPastTheCapIsRefusedWhileArriving()
    {
        QFETCH(StreamingServer::Framing, framing);
        QFETCH(QByteArray, method);
        const qint64 cap = MiB;
        const qint64 offered = 64 * cap;
        StreamingServer server(framing, offered);
        QVERIFY(server.listen());
        HttpClient http;
        http.setBaseUrl(server.url());
        http.setTransferTimeoutMs(longIdleMs);
        http.setMaxBodyBytes(cap);

        std::optional<HttpResponse> response;
        http.send(requestFor(method), this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), waitMs);
        QVERIFY(!response->ok());
        QCOMPARE(response->error->kind, Kind::BadResponse);
        QCOMPARE(response->error->detail, QStringLiteral("the answer is larger than 1 MiB; refused"));
        QCOMPARE(response->status, 0);
        QVERIFY(response->body.isEmpty());

        QCOMPARE(http.log()->size(), 1);
        const RequestLogEntry entry = http.log()->at(0);
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.outcome, response->error->message());
        QVERIFY2(entry.responseBytes > 0 && entry.responseBytes <= cap + 1,
                 qPrintable(QString::number(entry.responseBytes)));

        // Checked while receiving, not after reading it all: the server was cut off mid-way.
        QTRY_VERIFY_WITH_TIMEOUT(server.clientHungUp(), waitMs);
        QVERIFY(!server.finishedSending());
        QVERIFY2(server.bodyBytesQueued() < offered, qPrintable(QString::number(server.bodyBytesQueued())));
        qInfo("client took in %lld bytes; the server had sent %lld of %lld when the client hung up",
              entry.responseBytes, server.bodyBytesQueued(), offered);
        QCOMPARE(server.requests(), 1); // neither the GET nor the PUT was sent again
    }

    // Qt's HTTP thread holds at most one chunk the client's thread has not read yet, so a client
    // thread too busy to read (a large JSON document being parsed, say) never lets Qt take in a
    // whole body meanwhile. The server runs in its own thread and keeps sending while the test's
    // thread sleeps on purpose: all it can get out is that chunk and what the kernel buffers
    // (about 4 MiB here). Without the limit Qt read all 64 MiB; for a PUT the limit only works
    // when set again after Qt's queued start of the request.
    void aBusyClientThreadNeverLetsQtBufferTheBody_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addRow("GET") << QByteArray("GET");
        QTest::addRow("PUT") << QByteArray("PUT");
    }
    void aBusyClientThreadNeverLetsQtBufferTheBody()
    {
        QFETCH(QByteArray, method);
        const qint64 offered = 64 * MiB;
        QThread thread;
        auto *server = new StreamingServer(StreamingServer::Framing::Chunked, offered);
        server->moveToThread(&thread);
        connect(&thread, &QThread::finished, server, &QObject::deleteLater);
        thread.start();
        const auto stop = qScopeGuard([&thread] {
            thread.quit();
            thread.wait();
        });
        bool listening = false;
        QMetaObject::invokeMethod(
            server, [&] { listening = server->listen(); }, Qt::BlockingQueuedConnection);
        QVERIFY(listening);

        HttpClient http;
        http.setBaseUrl(server->url());
        http.setTransferTimeoutMs(longIdleMs);
        http.setMaxBodyBytes(MiB);
        std::optional<HttpResponse> response;
        http.send(requestFor(method), this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(server->bodyBytesQueued() > 0, waitMs);
        QThread::msleep(1000); // busy: nothing on this thread reads what arrives
        const qint64 sentWhileBusy = server->bodyBytesQueued();
        qInfo("the server got %lld bytes out while the client's thread was busy", sentWhileBusy);
        QVERIFY2(sentWhileBusy < 16 * MiB, qPrintable(QString::number(sentWhileBusy)));

        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), waitMs);
        QCOMPARE(response->error->kind, Kind::BadResponse);
        QTRY_VERIFY_WITH_TIMEOUT(server->clientHungUp(), waitMs);
        QVERIFY(!server->finishedSending());
    }

    // (c) A body of exactly the cap (or just under it) arrives whole, whatever the framing.
    void bodyUpToTheCapIsAcceptedIntact_data()
    {
        QTest::addColumn<StreamingServer::Framing>("framing");
        QTest::addColumn<qint64>("bodyBytes");
        QTest::addRow("announced, exactly the cap") << StreamingServer::Framing::ContentLength << MiB;
        QTest::addRow("announced, a byte under") << StreamingServer::Framing::ContentLength << MiB - 1;
        QTest::addRow("chunked, exactly the cap") << StreamingServer::Framing::Chunked << MiB;
        QTest::addRow("until close, exactly the cap") << StreamingServer::Framing::UntilClose << MiB;
        QTest::addRow("small") << StreamingServer::Framing::ContentLength << qint64(300);
    }
    void bodyUpToTheCapIsAcceptedIntact()
    {
        QFETCH(StreamingServer::Framing, framing);
        QFETCH(qint64, bodyBytes);
        StreamingServer server(framing, bodyBytes);
        QVERIFY(server.listen());
        HttpClient http;
        http.setBaseUrl(server.url());
        http.setTransferTimeoutMs(longIdleMs);
        http.setMaxBodyBytes(MiB);

        std::optional<HttpResponse> response;
        http.send(requestFor("GET"), this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), waitMs);
        QVERIFY2(response->ok(), qPrintable(describe(*response)));
        QCOMPARE(response->status, 200);
        QCOMPARE(response->body.size(), bodyBytes);
        QVERIFY(response->body == pattern(0, bodyBytes));
        QCOMPARE(http.log()->size(), 1);
        QCOMPARE(http.log()->at(0).responseBytes, bodyBytes);
        QVERIFY(http.log()->at(0).outcome.isEmpty());
    }

    // (d) One byte every 200 ms never leaves the connection idle for the 2 s transfer timeout;
    // the 3 s total limit stops it.
    void tricklingServerMeetsTheTotalLimit_data()
    {
        QTest::addColumn<StreamingServer::Framing>("framing");
        QTest::addColumn<QByteArray>("method");
        QTest::addRow("chunked GET") << StreamingServer::Framing::Chunked << QByteArray("GET");
        QTest::addRow("announced GET") << StreamingServer::Framing::ContentLength << QByteArray("GET");
        QTest::addRow("chunked PUT") << StreamingServer::Framing::Chunked << QByteArray("PUT");
    }
    void tricklingServerMeetsTheTotalLimit()
    {
        QFETCH(StreamingServer::Framing, framing);
        QFETCH(QByteArray, method);
        StreamingServer server(framing, 100000, 200);
        QVERIFY(server.listen());
        HttpClient http;
        http.setBaseUrl(server.url());
        http.setTransferTimeoutMs(2000);
        http.setTotalTimeoutMs(3000);

        std::optional<HttpResponse> response;
        http.send(requestFor(method), this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), waitMs);
        QVERIFY(!response->ok());
        QCOMPARE(response->error->kind, Kind::Timeout);
        const QString detail = QStringLiteral("no complete answer within 3 s; the server kept sending slowly");
        QCOMPARE(response->error->detail, detail);
        QCOMPARE(response->error->message(), QStringLiteral("The server did not answer in time: %1").arg(detail));
        QCOMPARE(response->status, 0);
        QVERIFY(response->body.isEmpty());

        QCOMPARE(http.log()->size(), 1);
        const RequestLogEntry entry = http.log()->at(0);
        QCOMPARE(entry.status, 200);
        QCOMPARE(entry.outcome, response->error->message());
        QVERIFY(entry.responseBytes > 0); // it was receiving, slowly
        QTRY_VERIFY_WITH_TIMEOUT(server.clientHungUp(), waitMs);
        QCOMPARE(server.requests(), 1);
    }

    // The idle timeout keeps its own words, now shown in the message too.
    void idleTimeoutIsToldApartFromTheTotalLimit()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::Stall);
        HttpClient http;
        http.setBaseUrl(server.url());
        http.setTransferTimeoutMs(300);
        http.setTotalTimeoutMs(longIdleMs);
        std::optional<HttpResponse> response;
        http.send(requestFor("GET"), this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), waitMs);
        QCOMPARE(response->error->kind, Kind::Timeout);
        QCOMPARE(response->error->message(), QStringLiteral("The server did not answer in time: no data for 0.3 s"));
    }

    // (e) A cancelled request's total-time timer never fires. The proof needs no sleep: a second
    // request with a longer limit is started after the cancel, so by the time its own limit has
    // ended it, the cancelled one's would have fired too.
    void cancelledRequestNeverHearsFromItsTimer_data()
    {
        QTest::addColumn<bool>("bodyStarted");
        QTest::addColumn<bool>("cancelAll");
        QTest::addRow("before the headers, cancel") << false << false;
        QTest::addRow("before the headers, cancelAll") << false << true;
        QTest::addRow("mid-body, cancel") << true << false;
        QTest::addRow("mid-body, cancelAll") << true << true;
    }
    void cancelledRequestNeverHearsFromItsTimer()
    {
        QFETCH(bool, bodyStarted);
        QFETCH(bool, cancelAll);
        StreamingServer trickling(StreamingServer::Framing::Chunked, 100000, 100);
        QVERIFY(trickling.listen());
        FakeTcpServer stalling;
        QVERIFY(stalling.listen());
        stalling.setMode(FakeTcpServer::Mode::Stall);
        HttpClient http;
        http.setBaseUrl(bodyStarted ? trickling.url() : stalling.url());
        http.setTransferTimeoutMs(longIdleMs);
        http.setTotalTimeoutMs(1000);

        int calls = 0;
        const quint64 id = http.send(requestFor("GET"), this, [&](const HttpResponse &) { ++calls; });
        if (bodyStarted)
            QTRY_VERIFY_WITH_TIMEOUT(trickling.bodyBytesQueued() >= 3, waitMs);
        else
            QTRY_COMPARE_WITH_TIMEOUT(stalling.requests().size(), 1, waitMs);
        if (cancelAll)
            http.cancelAll();
        else
            http.cancel(id);
        QCOMPARE(http.inFlight(), 0);

        // The sentinel: nothing arrives from the stalling server, so only its 2 s limit ends it.
        FakeTcpServer sentinelServer;
        QVERIFY(sentinelServer.listen());
        sentinelServer.setMode(FakeTcpServer::Mode::Stall);
        HttpRequest sentinel = requestFor("GET");
        sentinel.absoluteUrl = sentinelServer.url();
        http.setTotalTimeoutMs(2000);
        std::optional<HttpResponse> response;
        http.send(sentinel, this, [&](const HttpResponse &r) { response = r; });
        QTRY_VERIFY_WITH_TIMEOUT(response.has_value(), waitMs);
        QCOMPARE(response->error->kind, Kind::Timeout);
        QCOMPARE(response->error->detail, QStringLiteral("no answer within 2 s, the limit for a whole request"));

        QCOMPARE(calls, 0);
        QCOMPARE(http.log()->size(), 1); // the sentinel's; the cancelled request logged nothing
        QCOMPARE(http.log()->at(0).url, sentinelServer.url().toString());
        if (bodyStarted)
            QTRY_VERIFY_WITH_TIMEOUT(trickling.clientHungUp(), waitMs);
    }
};

QTEST_GUILESS_MAIN(TestHttpBounds)
#include "tst_httpbounds.moc"
