// `placement-inspector --diff` against the real Placement fixture: export a snapshot, change
// the server behind the binary's back (create, delete, rename, re-parent a provider, replace
// one's aggregates), export again, and check that --diff reports exactly those changes, both
// between the two files and between the old file and the cloud now. Other live tests share the
// server and may change it meanwhile, so only the lines about this test's own providers are
// compared; the whole output is checked where it cannot depend on them (a file with itself,
// a corrupted file).

#include "liveserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
// Generous: a busy two-core machine may take seconds to start the binary, and the shared server
// holds every provider the other live tests made.
constexpr int processTimeoutMs = 180000;

const QString agg1 = QStringLiteral("d1ff0001-0000-4000-8000-000000000001");
const QString agg2 = QStringLiteral("d1ff0002-0000-4000-8000-000000000002");
const QString agg3 = QStringLiteral("d1ff0003-0000-4000-8000-000000000003");
} // namespace

class TestDiffLive : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1; // -1: did not finish in time, -2: crashed
        QString out;
        QString err;

        // The difference lines: everything on stdout but the summary.
        QStringList differenceLines() const
        {
            QStringList lines;
            for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                if (!line.startsWith(QLatin1String("placement-inspector: ")))
                    lines << line;
            }
            return lines;
        }
        QString text() const { return QStringLiteral("exit %1\nstdout:\n%2\nstderr:\n%3").arg(exitCode).arg(out, err); }
    };

    LiveServer m_server;
    QTemporaryDir m_dir;

    Run run(const QStringList &args) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("OS_")))
                env.remove(name);
        }
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QString::fromLatin1(name));
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        QProcess p;
        p.setProcessEnvironment(env);
        QSignalSpy finished(&p, &QProcess::finished);
        p.start(qEnvironmentVariable("PI_BINARY"), args);
        Run r;
        if (!finished.wait(processTimeoutMs)) {
            p.kill();
            finished.wait(processTimeoutMs);
            return r;
        }
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QStringList connection() const
    {
        return { QStringLiteral("--endpoint"), m_server.url().toString(), QStringLiteral("--token"),
                 QString::fromUtf8(m_server.token()) };
    }

    bool exportTo(const QString &path) const
    {
        const Run r = run(connection() + QStringList { QStringLiteral("--export"), path });
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.text()));
        return r.exitCode == 0;
    }

    QString nameOf(const QString &uuid)
    {
        const HttpResponse r = m_server.request("GET", QStringLiteral("/resource_providers/") + uuid);
        return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("name")).toString();
    }

    // The lines about these providers, whitespace collapsed (the labels are padded), sorted.
    static QStringList linesAbout(const QStringList &lines, const QStringList &uuids)
    {
        QStringList mine;
        for (const QString &line : lines) {
            for (const QString &uuid : uuids) {
                if (line.contains(QLatin1Char('(') + uuid + QLatin1Char(')'))) {
                    mine << line.simplified();
                    break;
                }
            }
        }
        mine.sort();
        return mine;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PI_BINARY"), "run through ctest");
        QVERIFY2(m_server.isAvailable(), qPrintable(m_server.unavailableReason()));
        QVERIFY(m_dir.isValid());
    }

    void reportsExactlyTheChangesMadeOnTheServer()
    {
        const QString keep = m_server.createProvider(QStringLiteral("diff-keep"));
        const QString gone = m_server.createProvider(QStringLiteral("diff-gone"));
        const QString regrouped = m_server.createProvider(QStringLiteral("diff-aggs"));
        const QString renamed = m_server.createProvider(QStringLiteral("diff-rename"));
        const QString moved = m_server.createProvider(QStringLiteral("diff-child"));
        for (const QString &uuid : { keep, gone, regrouped, renamed, moved })
            QVERIFY(!uuid.isEmpty());
        QVERIFY(m_server.putAggregates(regrouped, { agg1, agg2 }) >= 0);
        QVERIFY(m_server.putAggregates(keep, { agg3 }) >= 0);
        const QStringList mine { keep, gone, regrouped, renamed, moved };
        QMap<QString, qint64> generationBefore;
        for (const QString &uuid : mine)
            generationBefore.insert(uuid, m_server.generationOf(uuid));
        const QString goneName = nameOf(gone);
        const QString oldName = nameOf(renamed);
        const QString movedName = nameOf(moved);

        const QString older = m_dir.filePath(QStringLiteral("older.json"));
        QVERIFY(exportTo(older));

        // The changes, made by another client.
        const QString added = m_server.createProvider(QStringLiteral("diff-new"));
        QVERIFY(!added.isEmpty());
        QCOMPARE(m_server.request("DELETE", QStringLiteral("/resource_providers/") + gone).status, 204);
        QVERIFY(m_server.putAggregates(regrouped, { agg2, agg3 }) >= 0);
        const QString newName = QStringLiteral("diff-renamed-") + renamed.left(8);
        QCOMPARE(m_server
                     .request("PUT", QStringLiteral("/resource_providers/") + renamed,
                              QJsonDocument(QJsonObject { { QStringLiteral("name"), newName } }))
                     .status,
                 200);
        QCOMPARE(m_server
                     .request("PUT", QStringLiteral("/resource_providers/") + moved,
                              QJsonDocument(QJsonObject { { QStringLiteral("name"), movedName },
                                                          { QStringLiteral("parent_provider_uuid"), keep } }))
                     .status,
                 200);

        // What --diff must say about them, and nothing more.
        QStringList expected {
            QStringLiteral("provider added %1 (%2)").arg(nameOf(added), added),
            QStringLiteral("provider removed %1 (%2)").arg(goneName, gone),
            QStringLiteral("renamed %1 (%2): %3 -> %1").arg(newName, renamed, oldName),
            QStringLiteral("parent changed %1 (%2): none -> %3").arg(movedName, moved, keep),
            QStringLiteral("aggregates added %1 (%2): %3").arg(nameOf(regrouped), regrouped, agg3),
            QStringLiteral("aggregates removed %1 (%2): %3").arg(nameOf(regrouped), regrouped, agg1),
        };
        // Placement decides which writes move a generation: ask it rather than guess.
        for (const QString &uuid : { keep, regrouped, renamed, moved }) {
            const qint64 now = m_server.generationOf(uuid);
            if (now != generationBefore.value(uuid))
                expected << QStringLiteral("generation moved %1 (%2): %3 -> %4")
                                .arg(nameOf(uuid), uuid)
                                .arg(generationBefore.value(uuid))
                                .arg(now);
        }
        expected.sort();
        const QStringList ours = mine + QStringList { added };

        const QString newer = m_dir.filePath(QStringLiteral("newer.json"));
        QVERIFY(exportTo(newer));

        const Run files = run({ QStringLiteral("--diff"), older, newer });
        QVERIFY2(files.exitCode == 3, qPrintable(files.text()));
        QCOMPARE(linesAbout(files.differenceLines(), ours), expected);
        QVERIFY2(files.out.contains(QLatin1String(" between ")), qPrintable(files.text()));
        QVERIFY2(files.err.isEmpty(), qPrintable(files.text()));

        // The old snapshot against the cloud now: the same changes.
        const Run cloud = run(connection() + QStringList { QStringLiteral("--diff"), older });
        QVERIFY2(cloud.exitCode == 3, qPrintable(cloud.text()));
        QCOMPARE(linesAbout(cloud.differenceLines(), ours), expected);

        // A snapshot with itself: equal, whatever else the server holds.
        const Run same = run({ QStringLiteral("--diff"), newer, newer });
        QVERIFY2(same.exitCode == 0, qPrintable(same.text()));
        QVERIFY2(same.differenceLines().isEmpty(), qPrintable(same.text()));
        QVERIFY2(same.out.contains(QLatin1String("are equal")), qPrintable(same.text()));

        // A corrupted snapshot: exit 1, the reason on stderr, no line on stdout.
        QFile source(newer);
        QVERIFY(source.open(QIODevice::ReadOnly));
        const QByteArray bytes = source.readAll();
        const QString corrupted = m_dir.filePath(QStringLiteral("corrupted.json"));
        QFile target(corrupted);
        QVERIFY(target.open(QIODevice::WriteOnly));
        target.write(bytes.left(bytes.size() / 2));
        target.close();
        for (const QStringList &args : { QStringList { QStringLiteral("--diff"), older, corrupted },
                                         connection() + QStringList { QStringLiteral("--diff"), corrupted } }) {
            const Run broken = run(args);
            QVERIFY2(broken.exitCode == 1, qPrintable(broken.text()));
            QVERIFY2(broken.out.isEmpty(), qPrintable(broken.text()));
            QVERIFY2(broken.err.contains(QLatin1String("not JSON")), qPrintable(broken.text()));
            QVERIFY2(broken.err.contains(corrupted), qPrintable(broken.text()));
        }
    }
};

QTEST_GUILESS_MAIN(TestDiffLive)
#include "tst_diff_live.moc"
