// `placement-inspector --export` against a real TCP server on loopback that connects fine
// (GET / answers a valid version document) and then misbehaves. A nightly job replaces its
// snapshot with the export, so every failure must exit non-zero with its cause and leave the
// output file exactly as it was; a partial export exits 4 and writes only with --allow-partial.
// The binary runs as a child without a display. The fake server lives in this process, so the
// test waits with the event loop running (QSignalSpy::wait), never with waitForFinished().

#include "faketcpserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Generous: a busy two-core machine may take seconds just to start the binary.
constexpr int processTimeoutMs = 120000;

const QByteArray providerA = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";
const QByteArray providerB = "bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb";
const QByteArray aggregate = "11111111-1111-4111-8111-111111111111";
const QByteArray previousSnapshot = "{\"providers\": [{\"uuid\": \"the good snapshot of last night\"}]}\n";

QByteArray json(int status, const QByteArray &reason, const QByteArray &body)
{
    return FakeTcpServer::httpResponse(status, reason, body, { "Content-Type: application/json" });
}

QByteArray providerObject(const QByteArray &uuid, int index)
{
    return R"({"uuid": ")" + uuid + R"(", "name": "compute-)" + QByteArray::number(index)
        + R"(", "generation": 3, "parent_provider_uuid": null, "root_provider_uuid": ")" + uuid + R"("})";
}

QByteArray providerList(const QList<QByteArray> &uuids)
{
    QList<QByteArray> objects;
    for (int i = 0; i < uuids.size(); ++i)
        objects << providerObject(uuids.at(i), i + 1);
    return json(200, "OK", R"({"resource_providers": [)" + objects.join(", ") + "]}");
}

QByteArray aggregatesPath(const QByteArray &uuid)
{
    return "/resource_providers/" + uuid + "/aggregates";
}

QByteArray aggregatesOk()
{
    return json(200, "OK", R"({"aggregates": [")" + aggregate + R"("], "resource_provider_generation": 3})");
}

QByteArray serverError()
{
    return json(500, "Internal Server Error",
                R"({"errors": [{"status": 500, "title": "Internal Server Error", "detail": "database is gone"}]})");
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExportFaults : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1; // -1: did not finish in time, -2: crashed
        QString output;
        qint64 elapsedMs = 0;
    };

    QTemporaryDir m_home;

    Run run(const FakeTcpServer &server, const QStringList &extraArgs)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display and no platform choice: a headless export must not need one.
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("OS_")))
                env.remove(name);
        }
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&p, &QProcess::finished);
        QElapsedTimer timer;
        timer.start();
        p.start(qEnvironmentVariable("PI_BINARY"),
                QStringList { QStringLiteral("--endpoint"), server.url().toString(), QStringLiteral("--token"),
                              QStringLiteral("admin") }
                    + extraArgs);
        Run r;
        if (!finished.wait(processTimeoutMs)) {
            p.kill();
            finished.wait(processTimeoutMs);
            r.output = QString::fromUtf8(p.readAll());
            return r;
        }
        r.elapsedMs = timer.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.output = QString::fromUtf8(p.readAll());
        return r;
    }

    // The outcome is reported exactly once: one line of ours, however the export ended.
    static int outcomeLines(const QString &output)
    {
        int lines = 0;
        for (const QString &line : output.split(QLatin1Char('\n'))) {
            if (line.startsWith(QLatin1String("placement-inspector:")))
                ++lines;
        }
        return lines;
    }

    // A fresh directory with last night's snapshot in it.
    static QString directoryWithSnapshot(QTemporaryDir &dir, const QString &name)
    {
        const QString path = dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(previousSnapshot) != previousSnapshot.size())
            return {};
        return path;
    }

    static QStringList entries(const QTemporaryDir &dir)
    {
        return QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    static FakeTcpServer::Mode modeOf(const QString &name)
    {
        if (name == QLatin1String("stall"))
            return FakeTcpServer::Mode::Stall;
        if (name == QLatin1String("reset"))
            return FakeTcpServer::Mode::Reset;
        return FakeTcpServer::Mode::Respond;
    }

    // Every request the test did not plan for fails at once instead of hanging.
    static void answerTheRestWith404(FakeTcpServer &server)
    {
        server.setResponse(json(404, "Not Found", R"({"errors": [{"status": 404, "title": "Not Found"}]})"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PI_BINARY"), "run through ctest");
        QVERIFY(m_home.isValid());
    }

    void failedListWritesNothing_data()
    {
        QTest::addColumn<QString>("mode"); // respond, stall, reset
        QTest::addColumn<QByteArray>("listResponse");
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QString>("cause");

        QTest::addRow("garbage body") << "respond" << json(200, "OK", "\x01\x02garbage{{ not json") << QStringList()
                                      << "not valid JSON";
        QTest::addRow("valid JSON of the wrong shape")
            << "respond" << json(200, "OK", R"({"resource_providers": {"uuid": "x"}})") << QStringList()
            << R"(field "resource_providers" is missing or not a list)";
        QTest::addRow("a JSON list instead of an object")
            << "respond" << json(200, "OK", R"([{"uuid": "x"}])") << QStringList() << "not a JSON object";
        QTest::addRow("providers without a generation")
            << "respond" << json(200, "OK", R"({"resource_providers": [{"uuid": "x", "name": "n"}]})") << QStringList()
            << R"("resource_providers[0].generation")";
        QTest::addRow("HTML page with 200")
            << "respond"
            << FakeTcpServer::httpResponse(
                   200, "OK",
                   "<!DOCTYPE html><html><head><title>Maintenance</title></head><body>Back soon</body></html>",
                   { "Content-Type: text/html" })
            << QStringList() << "not valid JSON";
        QTest::addRow("500") << "respond" << serverError() << QStringList() << "database is gone (HTTP 500)";
        QTest::addRow("stall") << "stall" << QByteArray()
                               << QStringList { QStringLiteral("--timeout"), QStringLiteral("2") }
                               << "did not answer in time";
        QTest::addRow("reset") << "reset" << QByteArray() << QStringList() << "Network error";
        QTest::addRow("redirect") << "respond"
                                  << FakeTcpServer::httpResponse(302, "Found", {},
                                                                 { "Location: http://127.0.0.1:9/elsewhere" })
                                  << QStringList() << "redirect (HTTP 302)";
    }
    void failedListWritesNothing()
    {
        QFETCH(QString, mode);
        QFETCH(QByteArray, listResponse);
        QFETCH(QStringList, extraArgs);
        QFETCH(QString, cause);
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.servePlacementRoot();
        server.setRoute("/resource_providers", modeOf(mode), listResponse);
        answerTheRestWith404(server);

        // A pre-existing snapshot stays byte for byte (JSON), a missing one is not created (CSV).
        QTemporaryDir dir;
        const QString existing = directoryWithSnapshot(dir, QStringLiteral("snapshot.json"));
        QVERIFY(!existing.isEmpty());
        const QString missing = dir.filePath(QStringLiteral("new.csv"));
        for (const QString &out : { existing, missing }) {
            const Run r = run(server, QStringList { QStringLiteral("--export"), out } + extraArgs);
            QVERIFY2(r.exitCode == 1, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.output)));
            QVERIFY2(r.output.contains(QLatin1String("cannot list providers")), qPrintable(r.output));
            QVERIFY2(r.output.contains(cause), qPrintable(r.output));
            QVERIFY2(r.output.contains(QLatin1String("nothing written")), qPrintable(r.output));
            QCOMPARE(outcomeLines(r.output), 1);
            // --timeout 2 took effect: the default 30 s would take longer than this, and a slow
            // machine's start-up still fits in the margin.
            if (mode == QLatin1String("stall"))
                QVERIFY2(r.elapsedMs < 28000, qPrintable(QString::number(r.elapsedMs)));
        }
        QCOMPARE(readFile(existing), previousSnapshot);
        QVERIFY(!QFile::exists(missing));
        QCOMPARE(entries(dir), QStringList { QStringLiteral("snapshot.json") }); // no temporary file left behind
    }

    void partialExport_data()
    {
        QTest::addColumn<bool>("allowPartial");
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("preexisting");
        QTest::addRow("refused, snapshot kept") << false << "snapshot.json" << true;
        QTest::addRow("refused, nothing created") << false << "new.csv" << false;
        QTest::addRow("--allow-partial json") << true << "snapshot.json" << true;
        QTest::addRow("--allow-partial csv") << true << "new.csv" << false;
    }
    void partialExport()
    {
        QFETCH(bool, allowPartial);
        QFETCH(QString, fileName);
        QFETCH(bool, preexisting);
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.servePlacementRoot();
        server.setRoute("/resource_providers", FakeTcpServer::Mode::Respond, providerList({ providerA, providerB }));
        server.setRoute(aggregatesPath(providerA), FakeTcpServer::Mode::Respond, aggregatesOk());
        server.setRoute(aggregatesPath(providerB), FakeTcpServer::Mode::Respond, serverError());
        answerTheRestWith404(server);

        QTemporaryDir dir;
        const QString out = preexisting ? directoryWithSnapshot(dir, fileName) : dir.filePath(fileName);
        QVERIFY(!out.isEmpty());
        QStringList args { QStringLiteral("--export"), out };
        if (allowPartial)
            args << QStringLiteral("--allow-partial");
        const Run r = run(server, args);
        QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.output)));
        QCOMPARE(outcomeLines(r.output), 1);
        // The failed provider is named with its cause, the good one is not.
        QVERIFY2(r.output.contains(QString::fromLatin1(providerB)), qPrintable(r.output));
        QVERIFY2(r.output.contains(QLatin1String("database is gone")), qPrintable(r.output));
        QVERIFY2(!r.output.contains(QString::fromLatin1(providerA)), qPrintable(r.output));

        if (!allowPartial) {
            QVERIFY2(r.output.contains(QLatin1String("nothing written")), qPrintable(r.output));
            QVERIFY2(r.output.contains(QLatin1String("--allow-partial")), qPrintable(r.output));
            if (preexisting)
                QCOMPARE(readFile(out), previousSnapshot);
            else
                QVERIFY(!QFile::exists(out));
            QCOMPARE(entries(dir), preexisting ? QStringList { fileName } : QStringList());
            return;
        }

        QVERIFY2(r.output.contains(QLatin1String("written partially")), qPrintable(r.output));
        const QByteArray written = readFile(out);
        QVERIFY(written != previousSnapshot);
        if (fileName.endsWith(QLatin1String(".json"))) {
            QJsonParseError error {};
            const QJsonArray providers
                = QJsonDocument::fromJson(written, &error).object().value(QStringLiteral("providers")).toArray();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QCOMPARE(providers.size(), 2);
            for (const QJsonValue &value : providers) {
                const QJsonObject p = value.toObject();
                QVERIFY2(p.contains(QStringLiteral("aggregates_error")), written.constData());
                if (p.value(QStringLiteral("uuid")).toString() == QString::fromLatin1(providerA)) {
                    QCOMPARE(p.value(QStringLiteral("aggregates")).toArray(),
                             QJsonArray { QString::fromLatin1(aggregate) });
                    QVERIFY(p.value(QStringLiteral("aggregates_error")).isNull());
                } else {
                    QCOMPARE(p.value(QStringLiteral("uuid")).toString(), QString::fromLatin1(providerB));
                    QVERIFY(p.value(QStringLiteral("aggregates")).isNull());
                    QVERIFY(p.value(QStringLiteral("aggregates_generation")).isNull());
                    QVERIFY2(p.value(QStringLiteral("aggregates_error"))
                                 .toString()
                                 .contains(QLatin1String("database is gone")),
                             written.constData());
                }
            }
        } else {
            const QList<QByteArray> lines = written.trimmed().split('\n');
            QCOMPARE(lines.size(), 3);
            const QList<QByteArray> header = lines.at(0).trimmed().split(',');
            QCOMPARE(header.last(), QByteArray("aggregates_error"));
            for (const QByteArray &line : lines.mid(1)) {
                if (line.startsWith(providerA)) {
                    QVERIFY2(line.trimmed().endsWith(",3,"), line.constData()); // generation 3, no error
                    QVERIFY(line.contains(aggregate));
                } else {
                    QVERIFY2(line.startsWith(providerB), line.constData());
                    QVERIFY2(line.contains("database is gone"), line.constData());
                    QVERIFY(!line.contains(aggregate));
                }
            }
        }
    }

    void manyFailuresAreCounted()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.servePlacementRoot();
        QList<QByteArray> uuids;
        for (int i = 1; i <= 7; ++i)
            uuids << QByteArray("cccccccc-cccc-4ccc-8ccc-00000000000") + QByteArray::number(i);
        server.setRoute("/resource_providers", FakeTcpServer::Mode::Respond, providerList(uuids));
        for (const QByteArray &uuid : uuids)
            server.setRoute(aggregatesPath(uuid), FakeTcpServer::Mode::Respond, serverError());
        answerTheRestWith404(server);
        QTemporaryDir dir;
        const Run r = run(server, { QStringLiteral("--export"), dir.filePath(QStringLiteral("out.json")) });
        QVERIFY2(r.exitCode == 4, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.output)));
        QVERIFY2(r.output.contains(QLatin1String("the aggregates of 7 provider")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QLatin1String("and 2 more")), qPrintable(r.output));
        QCOMPARE(outcomeLines(r.output), 1);
        QVERIFY(entries(dir).isEmpty());
    }

    void completeExport_data()
    {
        QTest::addColumn<QString>("fileName");
        QTest::addColumn<bool>("preexisting");
        QTest::addRow("json replaces the snapshot") << "snapshot.json" << true;
        QTest::addRow("csv is created") << "new.csv" << false;
    }
    void completeExport()
    {
        QFETCH(QString, fileName);
        QFETCH(bool, preexisting);
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.servePlacementRoot();
        server.setRoute("/resource_providers", FakeTcpServer::Mode::Respond, providerList({ providerA, providerB }));
        server.setRoute(aggregatesPath(providerA), FakeTcpServer::Mode::Respond, aggregatesOk());
        server.setRoute(aggregatesPath(providerB), FakeTcpServer::Mode::Respond,
                        json(200, "OK", R"({"aggregates": [], "resource_provider_generation": 3})"));
        answerTheRestWith404(server);
        QTemporaryDir dir;
        const QString out = preexisting ? directoryWithSnapshot(dir, fileName) : dir.filePath(fileName);
        QVERIFY(!out.isEmpty());
        const Run r = run(server, { QStringLiteral("--export"), out });
        QVERIFY2(r.exitCode == 0, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.output)));
        QVERIFY2(r.output.contains(QLatin1String("2 provider")), qPrintable(r.output));
        QCOMPARE(outcomeLines(r.output), 1);
        const QByteArray written = readFile(out);
        QVERIFY(written.contains(providerA));
        QVERIFY(written.contains(providerB));
        QVERIFY(written.contains(aggregate));
        QVERIFY2(!written.contains("aggregates_error"), written.constData()); // only --allow-partial adds it
        QCOMPARE(entries(dir), QStringList { fileName });
    }
};

QTEST_GUILESS_MAIN(TestExportFaults)
#include "tst_exportfaults.moc"
