// The placement-inspector binary on a machine without a display (no DISPLAY, no
// WAYLAND_DISPLAY, no QT_QPA_PLATFORM): --help, --version, command-line errors and every
// headless mode work with the right exit codes, and asking for the window says why it cannot
// open instead of aborting in Qt's platform plugin. The window still opens once a platform is
// given, after the command line was read without one.

#include "faketcpserver.h"

#include <QFile>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Generous: a busy two-core machine may take seconds just to start the binary.
constexpr int processTimeoutMs = 120000;
const QByteArray providerUuid = "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa";

// Snapshot files for --diff: two equal ones, a header-less export, a rename, a newer version
// and a provider whose aggregates were not read.
QList<std::pair<const char *, QByteArray>> diffSnapshots()
{
    const QByteArray header = R"("format": "placement-inspector-snapshot", "version": 1, )"
                              R"("taken_at": "2026-11-30T10:00:00Z", )";
    const QByteArray provider = R"({"uuid": ")" + providerUuid
        + R"(", "name": "compute-1", "generation": 2, )"
          R"("aggregates": [], "aggregates_generation": 2})";
    return {
        { "equal-a.json", "{" + header + R"("providers": [)" + provider + "]}" },
        { "equal-b.json", "{" + header + R"("providers": [)" + provider + "]}" },
        { "headerless.json", R"({"providers": [)" + provider + "]}" },
        { "renamed.json",
          "{" + header + R"("providers": [)" + QByteArray(provider).replace("compute-1", "compute-2") + "]}" },
        { "future.json", R"({"format": "placement-inspector-snapshot", "version": 2, "providers": []})" },
        { "unread.json", "{" + header + R"("providers": [)" + QByteArray(provider).replace("[]", "null") + "]}" },
    };
}
} // namespace

class TestBinaryCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1; // -1: did not finish in time, -2: crashed (Qt's abort is -2)
        QString output;
    };

    QTemporaryDir m_home;

    QProcessEnvironment headlessEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display and no platform choice: anything that needed one would abort.
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "OS_CLOUD", "OS_ENDPOINT" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        return env;
    }

    Run run(const QStringList &args, const QProcessEnvironment &env) const
    {
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_home.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        // A fake server may live in this process: wait with the event loop running.
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("PI_BINARY"), args);
        Run r;
        if (!finished.wait(processTimeoutMs)) {
            p.kill();
            finished.wait(processTimeoutMs);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.output = QString::fromUtf8(p.readAll());
        return r;
    }
    Run run(const QStringList &args) const { return run(args, headlessEnvironment()); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PI_BINARY"), "run through ctest");
        QVERIFY(m_home.isValid());
        // Snapshots for --diff, in the binary's working directory.
        const QList<std::pair<const char *, QByteArray>> files = diffSnapshots();
        for (const auto &[name, bytes] : files) {
            QFile file(m_home.filePath(QString::fromLatin1(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(bytes), bytes.size());
        }
    }

    void cli_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("version") << "--version" << 0 << "placement-inspector " PI_VERSION_STRING;
        QTest::addRow("help lists connection options") << "--help" << 0 << "--cloud";
        QTest::addRow("help lists export") << "-h" << 0 << "--export";
        QTest::addRow("help lists --allow-partial") << "--help" << 0 << "--allow-partial";
        QTest::addRow("help lists --timeout") << "--help" << 0 << "--timeout <seconds>";
        QTest::addRow("help lists the exit codes") << "--help" << 0 << "Exit codes:";
        QTest::addRow("help names the partial code") << "--help" << 0 << "  4  the aggregates of some providers";
        QTest::addRow("Qt's -platform is accepted") << "-platform offscreen --version" << 0 << PI_VERSION_STRING;
        QTest::addRow("unknown option") << "--bogus" << 2 << "Unknown option 'bogus'";
        QTest::addRow("unknown single-dash option") << "-bogus" << 2 << "Unknown option 'bogus'";
        QTest::addRow("unknown option beside a connection")
            << "--endpoint http://127.0.0.1:1 --bogus" << 2 << "Unknown option 'bogus'";
        QTest::addRow("stray argument") << "out.json" << 2 << "unexpected argument \"out.json\"";
        QTest::addRow("missing value") << "--endpoint" << 2 << "Missing value after '--endpoint'";
        QTest::addRow("timeout not a number")
            << "--timeout soon --export out.json --endpoint http://127.0.0.1:1" << 2 << "--timeout: \"soon\"";
        QTest::addRow("timeout zero") << "--timeout 0 --export out.json --endpoint http://127.0.0.1:1" << 2
                                      << "--timeout: \"0\"";
        QTest::addRow("allow-partial without export")
            << "--allow-partial --endpoint http://127.0.0.1:1" << 2 << "--allow-partial only applies to --export";
        QTest::addRow("export needs a connection") << "--export out.json" << 2 << "needs a connection";
        QTest::addRow("export needs a known format")
            << "--export out.xml --endpoint http://127.0.0.1:1" << 2 << "must end in .json or .csv";
        QTest::addRow("export from a dead endpoint")
            << "--export out.json --endpoint http://127.0.0.1:1" << 1 << "127.0.0.1:1";
        QTest::addRow("export with a timeout from a dead endpoint")
            << "--export out.csv --timeout 5 --endpoint http://127.0.0.1:1" << 1 << "nothing written";
        QTest::addRow("help lists --diff") << "--help" << 0 << "--diff <old.json>";
        QTest::addRow("diff with one file needs a connection") << "--diff old.json" << 2 << "needs a connection";
        QTest::addRow("diff of a missing file") << "--diff missing.json other.json" << 1 << "cannot read missing.json";
        QTest::addRow("diff with a dead endpoint")
            << "--diff equal-a.json --endpoint http://127.0.0.1:1 --timeout 5" << 1 << "nothing compared";
        QTest::addRow("diff of equal snapshots") << "--diff equal-a.json equal-b.json" << 0 << "are equal";
        QTest::addRow("diff of a header-less export") << "--diff headerless.json equal-a.json" << 0 << "are equal";
        QTest::addRow("diff finds a rename")
            << "--diff equal-a.json renamed.json" << 3
            << QStringLiteral("compute-2 (%1): compute-1 -> compute-2").arg(QString::fromLatin1(providerUuid));
        QTest::addRow("diff of a newer version")
            << "--diff equal-a.json future.json" << 1 << "snapshot version 2 is newer";
        QTest::addRow("diff of an unread provider")
            << "--diff equal-a.json unread.json" << 1 << "does not hold the aggregates of";
        QTest::addRow("window without a display") << "--endpoint http://127.0.0.1:1" << 2 << "no display:";
        QTest::addRow("window without a display points to --export") << "" << 2 << "use --export FILE";
        QTest::addRow("read-only window without a display") << "--read-only" << 2 << "no display:";
    }
    void cli()
    {
        QFETCH(QString, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run r = run(args.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        QVERIFY2(r.output.contains(mentions), qPrintable(r.output));
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(!r.output.contains(QLatin1String("could not connect to display")), qPrintable(r.output));
        // The reason is one line, and the help does not list Qt's own options.
        if (exitCode == 2)
            QCOMPARE(r.output.trimmed().count(QLatin1Char('\n')), 0);
        if (args.contains(QLatin1String("--help")))
            QVERIFY2(!r.output.contains(QLatin1String("platform")), qPrintable(r.output));
    }

    // The command line speaks the environment's language; the window's saved choice
    // (Settings → Language) never reaches it, so a script with LC_ALL=C.UTF-8 reads English.
    void commandLineFollowsTheSystemLocale_data()
    {
        QTest::addColumn<QString>("lcAll");
        QTest::addColumn<QString>("savedLanguage");
        QTest::addColumn<QString>("expected");
        QTest::addRow("German") << "de_DE.UTF-8"
                                << "" << QStringLiteral("unerwartetes Argument „x“");
        QTest::addRow("French") << "fr_FR.UTF-8"
                                << "" << QStringLiteral("argument inattendu «\u00a0x\u00a0»");
        QTest::addRow("C") << "C.UTF-8"
                           << "" << QStringLiteral("unexpected argument \"x\"");
        QTest::addRow("C, window set to French") << "C.UTF-8"
                                                 << "fr" << QStringLiteral("unexpected argument \"x\"");
        QTest::addRow("unknown language: English") << "sv_SE.UTF-8"
                                                   << "" << QStringLiteral("unexpected argument");
    }
    void commandLineFollowsTheSystemLocale()
    {
        QFETCH(QString, lcAll);
        QFETCH(QString, savedLanguage);
        QFETCH(QString, expected);
        QTemporaryDir config;
        QProcessEnvironment env = headlessEnvironment();
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("LC_ALL"), lcAll);
        env.remove(QStringLiteral("LANGUAGE"));
        if (!savedLanguage.isEmpty()) {
            QSettings settings(config.filePath(QStringLiteral("placement-inspector/placement-inspector.conf")),
                               QSettings::IniFormat);
            settings.setValue(QStringLiteral("ui/language"), savedLanguage);
        }
        const Run r = run({ QStringLiteral("x") }, env);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.output.contains(expected), qPrintable(r.output));
    }

    // The command line is parsed under a QCoreApplication that is then replaced by the
    // window's QApplication: the window must still come up and connect. Seen from outside,
    // it asks the endpoint for its version document; then the test closes it.
    void windowOpensAfterTheCommandLine_data()
    {
        QTest::addColumn<QStringList>("platformArgs");
        QTest::addColumn<QString>("platformVariable");
        QTest::addRow("-platform offscreen")
            << QStringList { QStringLiteral("-platform"), QStringLiteral("offscreen") } << QString();
        QTest::addRow("QT_QPA_PLATFORM=offscreen") << QStringList() << QStringLiteral("offscreen");
    }
    void windowOpensAfterTheCommandLine()
    {
        QFETCH(QStringList, platformArgs);
        QFETCH(QString, platformVariable);
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.servePlacementRoot();
        server.setResponse(FakeTcpServer::httpResponse(200, "OK", R"({"resource_providers": []})",
                                                       { "Content-Type: application/json" }));
        QProcessEnvironment env = headlessEnvironment();
        if (!platformVariable.isEmpty())
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), platformVariable);
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("PI_BINARY"),
                platformArgs
                    + QStringList { QStringLiteral("--endpoint"), server.url().toString(), QStringLiteral("--token"),
                                    QStringLiteral("admin"), QStringLiteral("--timeout"), QStringLiteral("60") });
        const bool asked = QTest::qWaitFor(
            [&] {
                for (const QByteArray &request : server.requests()) {
                    if (request.startsWith("GET / "))
                        return true;
                }
                return !finished.isEmpty();
            },
            processTimeoutMs);
        const bool stillRunning = finished.isEmpty();
        p.kill();
        if (finished.isEmpty())
            finished.wait(processTimeoutMs);
        QVERIFY2(asked && stillRunning, qPrintable(QString::fromUtf8(p.readAll())));
    }
};

QTEST_GUILESS_MAIN(TestBinaryCli)
#include "tst_binarycli.moc"
