#include "commandline.h"

#include <QTest>

class TestCommandLine : public QObject
{
    Q_OBJECT

    static QStringList args(const QString &line)
    {
        QStringList list { QStringLiteral("placement-inspector") };
        list << line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        return list;
    }

private Q_SLOTS:
    void init()
    {
        for (const char *name : { "OS_ENDPOINT", "OS_TOKEN", "OS_CLOUD" })
            qunsetenv(name);
    }

    void parse_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("environment"); // NAME=value pairs separated by spaces
        QTest::addColumn<int>("exitCode"); // -1: continues
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QString>("errorMentions");

        QTest::addRow("standalone") << "--endpoint http://127.0.0.1:8778 --token admin"
                                    << "" << -1 << "http://127.0.0.1:8778"
                                    << "admin"
                                    << ""
                                    << "";
        QTest::addRow("token from OS_TOKEN") << "--endpoint https://placement.example.net/placement"
                                             << "OS_TOKEN=gAAAA" << -1 << "https://placement.example.net/placement"
                                             << "gAAAA"
                                             << ""
                                             << "";
        QTest::addRow("endpoint from OS_ENDPOINT")
            << ""
            << "OS_ENDPOINT=http://10.0.0.5:8778 OS_TOKEN=t" << -1 << "http://10.0.0.5:8778"
            << "t"
            << ""
            << "";
        QTest::addRow("option beats OS_TOKEN") << "--endpoint http://h:1 --token mine"
                                               << "OS_TOKEN=env" << -1 << "http://h:1"
                                               << "mine"
                                               << ""
                                               << "";
        QTest::addRow("ftp endpoint") << "--endpoint ftp://h/x"
                                      << "" << 2 << ""
                                      << ""
                                      << ""
                                      << "not an http(s) URL";
        QTest::addRow("cloud") << "--cloud prod"
                               << "" << -1 << ""
                               << ""
                               << "prod"
                               << "";
        QTest::addRow("OS_CLOUD when nothing else") << ""
                                                    << "OS_CLOUD=lab" << -1 << ""
                                                    << ""
                                                    << "lab"
                                                    << "";
        QTest::addRow("OS_CLOUD ignored with --endpoint") << "--endpoint http://h:1"
                                                          << "OS_CLOUD=lab" << -1 << "http://h:1"
                                                          << ""
                                                          << ""
                                                          << "";
        QTest::addRow("cloud and endpoint") << "--cloud a --endpoint http://h:1"
                                            << "" << 2 << ""
                                            << ""
                                            << ""
                                            << "only one of";
        QTest::addRow("export json") << "--endpoint http://h:1 --export out.json"
                                     << "" << -1 << "http://h:1"
                                     << ""
                                     << ""
                                     << "";
        QTest::addRow("export txt") << "--endpoint http://h:1 --export out.txt"
                                    << "" << 2 << ""
                                    << ""
                                    << ""
                                    << "must end in .json or .csv";
        QTest::addRow("unknown option") << "--frobnicate"
                                        << "" << 2 << ""
                                        << ""
                                        << ""
                                        << "frobnicate";
        QTest::addRow("missing value") << "--endpoint"
                                       << "" << 2 << ""
                                       << ""
                                       << ""
                                       << "endpoint";
    }
    void parse()
    {
        QFETCH(QString, line);
        QFETCH(QString, environment);
        QFETCH(int, exitCode);
        QFETCH(QString, endpoint);
        QFETCH(QString, token);
        QFETCH(QString, cloud);
        QFETCH(QString, errorMentions);
        for (const QString &pair : environment.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            qputenv(pair.section(QLatin1Char('='), 0, 0).toLatin1(), pair.section(QLatin1Char('='), 1).toUtf8());

        const CommandLineOptions options = CommandLine::parse(args(line));
        if (exitCode >= 0) {
            QVERIFY(options.exitNow);
            QCOMPARE(options.exitCode, exitCode);
            QVERIFY2(options.error.contains(errorMentions), qPrintable(options.error));
            return;
        }
        QVERIFY2(!options.exitNow, qPrintable(options.error));
        QVERIFY(options.error.isEmpty());
        QCOMPARE(options.endpoint.toString(), endpoint);
        QCOMPARE(QString::fromUtf8(options.token), token);
        QCOMPARE(options.cloud, cloud);
    }

    void modeTimeoutAndPartial_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("exports");
        QTest::addColumn<int>("timeoutSeconds");
        QTest::addColumn<bool>("allowPartial");
        QTest::addColumn<bool>("displayChosen");
        QTest::addRow("window by default") << "--endpoint http://h:1" << false << 30 << false << false;
        QTest::addRow("export") << "--endpoint http://h:1 --export a.json" << true << 30 << false << false;
        QTest::addRow("export with timeout and partial")
            << "--endpoint http://h:1 --export a.csv --timeout 5 --allow-partial" << true << 5 << true << false;
        QTest::addRow("window with timeout") << "--endpoint http://h:1 --timeout 120" << false << 120 << false << false;
        QTest::addRow("Qt's -platform") << "-platform offscreen --endpoint http://h:1" << false << 30 << false << true;
        QTest::addRow("Qt's --platform") << "--platform=offscreen" << false << 30 << false << true;
        QTest::addRow("Qt's -display") << "-display :1" << false << 30 << false << true;
        QTest::addRow("Qt's -style is not a display") << "-style Fusion -reverse" << false << 30 << false << false;
    }
    void modeTimeoutAndPartial()
    {
        QFETCH(QString, line);
        QFETCH(bool, exports);
        QFETCH(int, timeoutSeconds);
        QFETCH(bool, allowPartial);
        QFETCH(bool, displayChosen);
        const CommandLineOptions options = CommandLine::parse(args(line));
        QVERIFY2(!options.exitNow, qPrintable(options.error));
        QCOMPARE(options.mode == CommandLineOptions::Mode::Export, exports);
        QCOMPARE(options.timeoutSeconds, timeoutSeconds);
        QCOMPARE(options.allowPartial, allowPartial);
        QCOMPARE(options.displayChosen, displayChosen);
    }

    void unusable_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("errorMentions");
        QTest::addRow("timeout not a number") << "--timeout soon"
                                              << "--timeout: \"soon\"";
        QTest::addRow("timeout negative") << "--timeout -3"
                                          << "--timeout: \"-3\"";
        QTest::addRow("timeout too long") << "--timeout 86401"
                                          << "from 1 to 86400";
        QTest::addRow("allow-partial for the window") << "--endpoint http://h:1 --allow-partial"
                                                      << "--allow-partial only applies to --export";
        QTest::addRow("stray argument") << "--endpoint http://h:1 out.json"
                                        << "unexpected argument \"out.json\"";
        QTest::addRow("single-dash word is one option") << "-bogus"
                                                        << "Unknown option 'bogus'";
        QTest::addRow("two headless modes") << "--endpoint http://h:1 --export a.json --drift-report b.json"
                                            << "use only one of --export, --drift-report and --sync-aggregates";
        QTest::addRow("drift report not json") << "--endpoint http://h:1 --drift-report drift.csv"
                                               << "must end in .json";
        QTest::addRow("dry-run without sync") << "--endpoint http://h:1 --dry-run"
                                              << "--dry-run only applies to --sync-aggregates";
        QTest::addRow("compute endpoint not http") << "--endpoint http://h:1 --compute-endpoint file:///x"
                                                   << "--compute-endpoint: \"file:///x\"";
        QTest::addRow("diff with three files") << "--diff a.json b.json c.json"
                                               << "unexpected argument \"c.json\"";
        QTest::addRow("diff without a file") << "--diff"
                                             << "Missing value after '--diff'";
        QTest::addRow("diff and export") << "--endpoint http://h:1 --export a.json --diff b.json"
                                         << "--diff cannot be combined with --export";
        QTest::addRow("diff and sync") << "--endpoint http://h:1 --sync-aggregates --diff b.json"
                                       << "--diff cannot be combined with";
        QTest::addRow("diff and drift report") << "--cloud c --drift-report d.json --diff b.json"
                                               << "--diff cannot be combined with";
        QTest::addRow("diff and allow-partial") << "--diff a.json b.json --allow-partial"
                                                << "--allow-partial only applies to --export";
        QTest::addRow("diff and dry-run") << "--diff a.json b.json --dry-run"
                                          << "--dry-run only applies to --sync-aggregates";
    }

    // --diff OLD [NEW]: the newer snapshot is the one argument of its own; without it the
    // snapshot is compared with the cloud the connection options name.
    void diff_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QString>("oldFile");
        QTest::addColumn<QString>("newFile");
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<QString>("cloud");
        QTest::addRow("two snapshots") << "--diff old.json new.json"
                                       << "old.json"
                                       << "new.json"
                                       << ""
                                       << "";
        QTest::addRow("newer snapshot first on the line") << "new.json --diff old.json"
                                                          << "old.json"
                                                          << "new.json"
                                                          << ""
                                                          << "";
        QTest::addRow("the same file twice") << "--diff a.json a.json"
                                             << "a.json"
                                             << "a.json"
                                             << ""
                                             << "";
        QTest::addRow("snapshot against an endpoint") << "--diff old.json --endpoint http://h:1 --timeout 9"
                                                      << "old.json"
                                                      << ""
                                                      << "http://h:1"
                                                      << "";
        QTest::addRow("snapshot against a cloud") << "--cloud prod --diff /tmp/x/old.json"
                                                  << "/tmp/x/old.json"
                                                  << ""
                                                  << ""
                                                  << "prod";
        QTest::addRow("any suffix") << "--diff last-night.snapshot today.snapshot"
                                    << "last-night.snapshot"
                                    << "today.snapshot"
                                    << ""
                                    << "";
    }
    void diff()
    {
        QFETCH(QString, line);
        QFETCH(QString, oldFile);
        QFETCH(QString, newFile);
        QFETCH(QString, endpoint);
        QFETCH(QString, cloud);
        const CommandLineOptions options = CommandLine::parse(args(line));
        QVERIFY2(!options.exitNow, qPrintable(options.error));
        QCOMPARE(options.mode, CommandLineOptions::Mode::Diff);
        QCOMPARE(options.diffOldFile, oldFile);
        QCOMPARE(options.diffNewFile, newFile);
        QCOMPARE(options.endpoint.toString(), endpoint);
        QCOMPARE(options.cloud, cloud);
    }
    void unusable()
    {
        QFETCH(QString, line);
        QFETCH(QString, errorMentions);
        const CommandLineOptions options = CommandLine::parse(args(line));
        QVERIFY(options.exitNow);
        QCOMPARE(options.exitCode, 2);
        QVERIFY2(options.error.contains(errorMentions), qPrintable(options.error));
    }

    void novaModes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("mode"); // CommandLineOptions::Mode
        QTest::addColumn<QString>("driftFile");
        QTest::addColumn<bool>("dryRun");
        QTest::addColumn<QString>("computeEndpoint");
        QTest::addRow("window with Nova")
            << "--endpoint http://h:1 --compute-endpoint http://h:8774/v2.1" << int(CommandLineOptions::Mode::Window)
            << "" << false << "http://h:8774/v2.1";
        QTest::addRow("drift report") << "--cloud prod --drift-report out/drift.json"
                                      << int(CommandLineOptions::Mode::DriftReport) << "out/drift.json" << false << "";
        QTest::addRow("sync") << "--endpoint http://h:1 --compute-endpoint http://n:8774/v2.1 --sync-aggregates"
                              << int(CommandLineOptions::Mode::SyncAggregates) << "" << false << "http://n:8774/v2.1";
        QTest::addRow("sync dry run") << "--profile lab --sync-aggregates --dry-run"
                                      << int(CommandLineOptions::Mode::SyncAggregates) << "" << true << "";
    }
    void novaModes()
    {
        QFETCH(QString, line);
        QFETCH(int, mode);
        QFETCH(QString, driftFile);
        QFETCH(bool, dryRun);
        QFETCH(QString, computeEndpoint);
        const CommandLineOptions options = CommandLine::parse(args(line));
        QVERIFY2(!options.exitNow, qPrintable(options.error));
        QCOMPARE(int(options.mode), mode);
        QCOMPARE(options.driftReportFile, driftFile);
        QCOMPARE(options.dryRun, dryRun);
        QCOMPARE(options.computeEndpoint.toString(), computeEndpoint);
    }

    void readOnlyAndExportAreKept()
    {
        const auto options = CommandLine::parse(args(QStringLiteral("--profile lab --read-only --export x.csv")));
        QVERIFY(!options.exitNow);
        QCOMPARE(options.profile, QStringLiteral("lab"));
        QVERIFY(options.readOnly);
        QCOMPARE(options.exportFile, QStringLiteral("x.csv"));
        QVERIFY(options.endpoint.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
