// The placement-inspector binary on a terminal: --help, --version and command-line errors
// work without a display (no QPA platform), with the right exit codes.

#include <QProcess>
#include <QTest>

class TestBinaryCli : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QString output;
    };

    static Run run(const QStringList &args)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // No display and no platform choice: anything that needed one would abort.
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "OS_CLOUD", "OS_ENDPOINT" })
            env.remove(QString::fromLatin1(name));
        QProcess p;
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(qEnvironmentVariable("PI_BINARY"), args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.output = QString::fromUtf8(p.readAll());
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("PI_BINARY"), "run through ctest"); }

    void cli_data()
    {
        QTest::addColumn<QString>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("version") << "--version" << 0 << "placement-inspector " PI_VERSION_STRING;
        QTest::addRow("help lists connection options") << "--help" << 0 << "--cloud";
        QTest::addRow("help lists export") << "-h" << 0 << "--export";
        QTest::addRow("export needs a connection") << "--export out.json" << 2 << "needs a connection";
        QTest::addRow("export needs a known format")
            << "--export out.xml --endpoint http://127.0.0.1:1" << 2 << "must end in .json or .csv";
        QTest::addRow("export from a dead endpoint")
            << "--export out.json --endpoint http://127.0.0.1:1" << 1 << "127.0.0.1:1";
    }
    void cli()
    {
        QFETCH(QString, args);
        QFETCH(int, exitCode);
        QFETCH(QString, mentions);
        const Run r = run(args.split(QLatin1Char(' ')));
        QVERIFY2(r.output.contains(mentions), qPrintable(r.output));
        QCOMPARE(r.exitCode, exitCode);
    }
};

QTEST_GUILESS_MAIN(TestBinaryCli)
#include "tst_binarycli.moc"
