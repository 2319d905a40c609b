// `--drift-report` and `--sync-aggregates` against a real Nova mirroring into a real Placement
// (the `nova` fixture). The drift is made for real: hosts added through Nova's API (which
// mirrors), then Placement changed behind Nova's back, a host whose provider does not exist
// (Nova answers 200 and skips the mirror), a compute service disabled without its trait.
// The binary runs as a child without a display. Nova tests hold one resource lock (see
// tests/CMakeLists.txt), so the sync here never repairs another test's drift mid-way; the
// assertions still look only at what this test made, except "no missing left after a sync".

#include "livenova.h"
#include "liveserver.h"

#include "driftscan.h"
#include "novaclient.h"
#include "placementclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int processTimeoutMs = 180000; // a busy two-core machine; Nova answers slowly when cold

struct Run
{
    int exitCode = -1; // -1: did not finish in time, -2: crashed
    QString out;
    QString err;
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestNovaHeadlessLive : public QObject
{
    Q_OBJECT

    LiveServer m_placement;
    LiveNova m_nova;
    QTemporaryDir m_home;

    // The world this test makes (init_testcase): one Nova aggregate in its own zone, five hosts.
    LiveNova::Aggregate m_aggregate;
    QString m_zone;
    QString m_inSync, m_missing, m_extra, m_disabled; // provider UUIDs
    QString m_inSyncName, m_missingName, m_extraName, m_disabledName;
    QString m_hostMissing, m_hostExtra, m_hostDisabled, m_hostUnresolvable;

    Run run(const QStringList &args, const QString &computeEndpoint = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
        p.start(qEnvironmentVariable("PI_BINARY"),
                QStringList { QStringLiteral("--endpoint"), m_placement.url().toString(), QStringLiteral("--token"),
                              QStringLiteral("admin"), QStringLiteral("--compute-endpoint"),
                              computeEndpoint.isEmpty() ? m_nova.url().toString() : computeEndpoint }
                    + args);
        Run r;
        if (!p.waitForFinished(processTimeoutMs)) {
            p.kill();
            p.waitForFinished();
        } else {
            r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
        }
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    static QJsonArray driftOf(const QString &path)
    {
        return QJsonDocument::fromJson(readFile(path)).object().value(QStringLiteral("drift")).toArray();
    }

    // The items about this test's aggregate or hosts, as "class host provider-uuid".
    QStringList mine(const QJsonArray &drift) const
    {
        const QStringList hosts { m_hostMissing, m_hostExtra, m_hostDisabled, m_hostUnresolvable };
        QStringList lines;
        for (const QJsonValue &value : drift) {
            const QJsonObject item = value.toObject();
            if (item.value(QStringLiteral("aggregate_uuid")).toString() != m_aggregate.uuid
                && !hosts.contains(item.value(QStringLiteral("host")).toString()))
                continue;
            lines << QStringLiteral("%1 %2 %3")
                         .arg(item.value(QStringLiteral("class")).toString(),
                              item.value(QStringLiteral("host")).toString(),
                              item.value(QStringLiteral("provider_uuid")).toString());
        }
        lines.sort();
        return lines;
    }

    // A provider and a compute host whose compute node is named like the provider.
    QString computeHost(const QString &host, QString *providerUuid, QString *providerName)
    {
        *providerUuid = m_placement.createProvider(QStringLiteral("node-") + host);
        if (providerUuid->isEmpty())
            return {};
        const HttpResponse provider
            = m_placement.request("GET", QStringLiteral("/resource_providers/") + *providerUuid);
        *providerName = QJsonDocument::fromJson(provider.body).object().value(QStringLiteral("name")).toString();
        return m_nova.addComputeHost(host, *providerName, *providerUuid);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_nova.isAvailable())
            QSKIP(qPrintable(m_nova.unavailableReason()));
        QVERIFY(m_placement.isAvailable());
        QVERIFY(!qEnvironmentVariable("PI_BINARY").isEmpty());
        QVERIFY(m_home.isValid());

        const QString hostInSync = LiveNova::uniqueName(QStringLiteral("h-sync"));
        m_hostMissing = LiveNova::uniqueName(QStringLiteral("h-missing"));
        m_hostExtra = LiveNova::uniqueName(QStringLiteral("h-extra"));
        m_hostDisabled = LiveNova::uniqueName(QStringLiteral("h-disabled"));
        m_hostUnresolvable = LiveNova::uniqueName(QStringLiteral("h-noprovider"));
        QVERIFY2(!computeHost(hostInSync, &m_inSync, &m_inSyncName).isEmpty(), qPrintable(m_nova.lastError()));
        QVERIFY2(!computeHost(m_hostMissing, &m_missing, &m_missingName).isEmpty(), qPrintable(m_nova.lastError()));
        QVERIFY2(!computeHost(m_hostExtra, &m_extra, &m_extraName).isEmpty(), qPrintable(m_nova.lastError()));
        QVERIFY2(!computeHost(m_hostDisabled, &m_disabled, &m_disabledName).isEmpty(), qPrintable(m_nova.lastError()));
        // A compute node whose provider was never created (or was deleted).
        QVERIFY2(!m_nova
                      .addComputeHost(m_hostUnresolvable, QStringLiteral("node-") + m_hostUnresolvable,
                                      LiveServer::newUuid())
                      .isEmpty(),
                 qPrintable(m_nova.lastError()));

        m_zone = LiveNova::uniqueName(QStringLiteral("az"));
        m_aggregate = m_nova.createAggregate(LiveNova::uniqueName(QStringLiteral("agg")), m_zone);
        QVERIFY(m_aggregate.isValid());
        // Through Nova: saved in Nova, mirrored into Placement.
        for (const QString &host : { hostInSync, m_hostMissing, m_hostDisabled, m_hostUnresolvable })
            QVERIFY2(m_nova.addHost(m_aggregate.id, host), qPrintable(host)); // 200 even without a provider
        QCOMPARE(m_placement.aggregatesOf(m_missing), QStringList { m_aggregate.uuid });
        QCOMPARE(m_placement.aggregatesOf(m_inSync), QStringList { m_aggregate.uuid });

        // Behind Nova's back: one removed in Placement only, one added in Placement only.
        QVERIFY(m_placement.putAggregates(m_missing, {}) >= 0);
        QVERIFY(m_placement.putAggregates(m_extra, { m_aggregate.uuid }) >= 0);
        // Disabled in Nova; no nova-compute runs to set COMPUTE_STATUS_DISABLED on its provider.
        QVERIFY(m_nova.setServiceDisabled(m_hostDisabled, true, QStringLiteral("maintenance")));
    }

    void driftReportFindsEveryClassMadeForReal()
    {
        const QString path = m_home.filePath(QStringLiteral("drift.json"));
        const Run r = run({ QStringLiteral("--drift-report"), path });
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QLatin1String("Drift:")), qPrintable(r.out));
        const QStringList expected {
            QStringLiteral("extra %1 %2").arg(m_hostExtra, m_extra),
            QStringLiteral("inconsistent %1 %2").arg(m_hostDisabled, m_disabled),
            QStringLiteral("missing %1 %2").arg(m_hostMissing, m_missing),
        };
        const QStringList found = mine(driftOf(path));
        for (const QString &line : expected)
            QVERIFY2(found.contains(line), qPrintable(found.join(QLatin1Char('\n'))));
        // The host without a provider: unresolvable, named, never guessed.
        const bool unresolvable = std::any_of(found.cbegin(), found.cend(), [this](const QString &line) {
            return line.startsWith(QStringLiteral("unresolvable %1 ").arg(m_hostUnresolvable));
        });
        QVERIFY2(unresolvable, qPrintable(found.join(QLatin1Char('\n'))));
        // Every item has every documented key.
        for (const QJsonValue &value : driftOf(path)) {
            for (const char *key :
                 { "class", "aggregate_uuid", "aggregate_name", "provider_uuid", "provider_name", "host", "detail" })
                QVERIFY2(value.toObject().value(QLatin1String(key)).isString(), key);
        }
    }

    void failedReportKeepsTheGoodFile()
    {
        const QString path = m_home.filePath(QStringLiteral("kept.json"));
        QFile good(path);
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("{\"drift\": [\"last night's good report\"]}\n");
        good.close();
        const QByteArray before = readFile(path);
        // Nova does not answer ...
        Run r = run({ QStringLiteral("--drift-report"), path }, QStringLiteral("http://127.0.0.1:1/v2.1"));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QLatin1String("Nova")), qPrintable(r.err));
        QCOMPARE(readFile(path), before);
        // ... and a missing --compute-endpoint is a usage error before anything is read.
        QProcess p;
        p.start(qEnvironmentVariable("PI_BINARY"),
                { QStringLiteral("--endpoint"), m_placement.url().toString(), QStringLiteral("--drift-report"), path });
        QVERIFY(p.waitForFinished(processTimeoutMs));
        QCOMPARE(p.exitCode(), 2);
        QCOMPARE(readFile(path), before);
    }

    void syncDryRunChangesNothingThenSyncAdds()
    {
        Run r = run({ QStringLiteral("--sync-aggregates"), QStringLiteral("--dry-run") });
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("would add %1 (%2) to").arg(m_missingName, m_missing)),
                 qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("not synced: host %1").arg(m_hostUnresolvable)), qPrintable(r.err));
        QCOMPARE(m_placement.aggregatesOf(m_missing), QStringList());

        r = run({ QStringLiteral("--sync-aggregates") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("added %1 (%2) to").arg(m_missingName, m_missing)), qPrintable(r.out));
        QCOMPARE(m_placement.aggregatesOf(m_missing), QStringList { m_aggregate.uuid });
        // Adds only: the extra provider keeps the aggregate Nova does not know it has.
        QCOMPARE(m_placement.aggregatesOf(m_extra), QStringList { m_aggregate.uuid });

        const QString path = m_home.filePath(QStringLiteral("after-sync.json"));
        r = run({ QStringLiteral("--drift-report"), path });
        QVERIFY2(r.exitCode == 3, qPrintable(r.out + r.err)); // the extra and the rest remain
        for (const QJsonValue &value : driftOf(path))
            QVERIFY2(value.toObject().value(QStringLiteral("class")).toString() != QLatin1String("missing"),
                     QJsonDocument(value.toObject()).toJson().constData());
        QVERIFY(mine(driftOf(path)).contains(QStringLiteral("extra %1 %2").arg(m_hostExtra, m_extra)));
    }

    // The window's scan: member_of once per aggregate (k + 2 calls, never one per provider),
    // and placement aggregates Nova does not know reported as foreign.
    void scanReadsMembersOncePerAggregateAndFindsForeign()
    {
        const QString foreign = LiveServer::newUuid();
        QVERIFY(m_placement.putAggregates(m_inSync, { m_aggregate.uuid, foreign }) >= 0);
        PlacementClient placement;
        QVERIFY(m_placement.connectClient(placement));
        NovaClient nova;
        nova.setEndpoint(m_nova.url());
        nova.setToken(m_nova.token());
        DriftScan scan(&placement, &nova);
        QHash<QString, ProviderAggregates> sets;
        sets.insert(m_inSync, ProviderAggregates { { m_aggregate.uuid, foreign }, -1 });
        scan.setAggregatesByProvider(sets);
        scan.setExtraAggregates({ foreign });
        QSignalSpy finished(&scan, &DriftScan::finished);
        scan.start();
        QVERIFY(finished.wait(processTimeoutMs));
        const DriftScanResult result = scan.result();
        QVERIFY2(result.isComplete(), qPrintable(result.errorMessages().join(QLatin1Char('\n'))));
        QSet<QString> aggregates { foreign };
        for (const NovaAggregate &aggregate : result.snapshot.aggregates)
            aggregates.insert(aggregate.uuid);
        QCOMPARE(scan.placementCalls(), int(aggregates.size()) + 2);
        QVERIFY(result.membership.membersOf(m_aggregate.uuid).contains(m_inSync));
        const bool reported = std::any_of(result.items.cbegin(), result.items.cend(), [&](const DriftItem &item) {
            return item.kind == DriftItem::Kind::Foreign && item.aggregateUuid == foreign;
        });
        QVERIFY(reported);
    }
};

QTEST_GUILESS_MAIN(TestNovaHeadlessLive)
#include "tst_novaheadless_live.moc"
