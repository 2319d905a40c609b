// What a real Placement cannot be made to do on demand, for bulk edits: a 500 on a
// generation-checked PUT (PostgreSQL deadlocks do this), a lost answer, or a 200 whose body
// cannot be read (cut off by a proxy, or larger than HttpClient's cap). The write may or
// may not have been applied, so the provider is re-read: if the target is there, the
// outcome is Done; if not, the intent is applied again; after the bounded tries, Failed
// with the reason. Answers come from a real TCP server on loopback, in order.

#include "bulkaggregateedit.h"
#include "faketcpserver.h"
#include "placementclient.h"

#include <QSignalSpy>
#include <QTest>

namespace {
const QString provider = QStringLiteral("8a3a2f0e-1111-4c2a-9c55-0d0c2f0e1111");
const QString target = QStringLiteral("5b1f8c1e-2222-4d3b-8a66-1e1d3f1f2222");

QByteArray aggregates(const QStringList &set, int generation)
{
    QByteArray list;
    for (const QString &uuid : set)
        list += (list.isEmpty() ? "\"" : ",\"") + uuid.toLatin1() + '"';
    return FakeTcpServer::httpResponse(
        200, "OK",
        "{\"aggregates\": [" + list + "], \"resource_provider_generation\": " + QByteArray::number(generation) + "}",
        { "Content-Type: application/json" });
}

QByteArray deadlock()
{
    return FakeTcpServer::httpResponse(
        500, "Internal Server Error",
        R"({"errors": [{"status": 500, "title": "Internal Server Error", "detail": "deadlock detected", "request_id": "req-1"}]})",
        { "Content-Type: application/json" });
}
// A 200 whose body stops mid-way: the write went through, its answer is unusable.
QByteArray cutOff()
{
    return FakeTcpServer::httpResponse(200, "OK", "{\"aggregates\": [\"5b1f8c1e-2222-4d3b-8a6",
                                       { "Content-Type: application/json" });
}

QByteArray badRequest()
{
    return FakeTcpServer::httpResponse(
        400, "Bad Request",
        R"({"errors": [{"status": 400, "title": "Bad Request", "detail": "JSON does not validate", "request_id": "req-2"}]})",
        { "Content-Type: application/json" });
}
} // namespace

using Status = BulkOutcome::Status;

class TestBulkEditFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFailedPutIsReadAgain_data()
    {
        QTest::addColumn<QList<QByteArray>>("answers"); // in order, after GET /
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("puts");
        QTest::addColumn<QString>("error");
        QTest::addRow("500, but it was applied")
            << QList<QByteArray> { aggregates({}, 1), deadlock(), aggregates({ target }, 2) } << int(Status::Done) << 1
            << 1 << QString();
        QTest::addRow("500, not applied, second PUT works")
            << QList<QByteArray> { aggregates({}, 1), deadlock(), aggregates({}, 1), aggregates({ target }, 2) }
            << int(Status::Done) << 1 << 2 << QString();
        QTest::addRow("500 every time: failed with the reason")
            << QList<QByteArray> { aggregates({}, 1), deadlock(), aggregates({}, 1), deadlock() } << int(Status::Failed)
            << 2 << 2 << QStringLiteral("deadlock detected");
        QTest::addRow("200 with a cut-off body: read again, it was applied")
            << QList<QByteArray> { aggregates({}, 1), cutOff(), aggregates({ target }, 2) } << int(Status::Done) << 1
            << 1 << QString();
        // The server said what is wrong with the request: sending it again changes nothing.
        QTest::addRow("400: failed at once, not read again")
            << QList<QByteArray> { aggregates({}, 1), badRequest() } << int(Status::Failed) << 0 << 1
            << QStringLiteral("JSON does not validate");
    }
    void aFailedPutIsReadAgain()
    {
        QFETCH(QList<QByteArray>, answers);
        QFETCH(int, status);
        QFETCH(int, retries);
        QFETCH(int, puts);
        QFETCH(QString, error);
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.servePlacementRoot();
        server.setResponses(answers);
        PlacementClient client;
        client.setEndpoint(server.url());
        std::optional<Result<Capabilities>> caps;
        client.connectToServer(this, [&](const Result<Capabilities> &r) { caps = r; });
        QTRY_VERIFY_WITH_TIMEOUT(caps.has_value(), 20000);
        QVERIFY(caps->ok());

        BulkAggregateEdit bulk(&client, BulkIntent { BulkIntent::Kind::Add, { target } });
        bulk.setMaxTries(2);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start({ { provider, QStringLiteral("compute-1") } });
        QVERIFY(finished.wait(20000));
        const BulkOutcome &outcome = bulk.outcomes().first();
        QCOMPARE(int(outcome.status), status);
        QCOMPARE(outcome.retries, retries);
        QCOMPARE(outcome.conflicts, 0);
        int sent = 0;
        for (const QByteArray &request : server.requests())
            sent += request.startsWith("PUT ") ? 1 : 0;
        QCOMPARE(sent, puts);
        if (error.isEmpty()) {
            QCOMPARE(outcome.after, QStringList { target });
            QCOMPARE(outcome.generation, 2);
        } else {
            QVERIFY2(outcome.error.contains(error), qPrintable(outcome.error));
        }
    }
};

QTEST_GUILESS_MAIN(TestBulkEditFaults)
#include "tst_bulkedit_faults.moc"
