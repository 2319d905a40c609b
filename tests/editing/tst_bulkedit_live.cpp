// Bulk aggregate edits against the real (PostgreSQL-backed) Placement while another
// client keeps bumping generations: every provider must end in the intended state.

#include "bulkaggregateedit.h"
#include "httpclient.h"
#include "liveserver.h"
#include "placementclient.h"
#include "requestlog.h"
#include "requestscheduler.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

namespace {

using Status = BulkOutcome::Status;

// Creates providers in parallel (one by one would take half a minute for 500).
QStringList createProviders(LiveServer &live, int count, const QString &prefix, QObject *context)
{
    HttpClient http;
    http.setBaseUrl(live.url());
    http.setToken(live.token());
    http.setMicroversion(ApiVersion(1, 39));
    RequestScheduler scheduler(&http);
    QStringList uuids;
    int failed = 0;
    for (int i = 0; i < count; ++i) {
        const QString uuid = LiveServer::newUuid();
        uuids << uuid;
        HttpRequest post;
        post.method = "POST";
        post.path = QStringLiteral("/resource_providers");
        post.body
            = QJsonDocument(QJsonObject { { QStringLiteral("uuid"), uuid }, { QStringLiteral("name"), prefix + uuid } })
                  .toJson(QJsonDocument::Compact);
        scheduler.enqueue(post, RequestScheduler::Priority::User, context,
                          [&failed](const HttpResponse &r) { failed += r.ok() ? 0 : 1; });
    }
    if (!QTest::qWaitFor([&] { return scheduler.isIdle(); }, 120000) || failed > 0)
        return {};
    return uuids;
}

// A second client that keeps changing the traits (and so the generation) of some
// providers, as a busy nova-compute does, until stopped or out of its budget.
class GenerationBumper : public QObject
{
public:
    GenerationBumper(LiveServer &live, QStringList targets, int budget)
        : m_targets(std::move(targets))
        , m_budget(budget)
    {
        m_http.setBaseUrl(live.url());
        m_http.setToken(live.token());
        m_http.setMicroversion(ApiVersion(1, 39));
    }
    void start() { bumpNext(); }
    void stop() { m_stopped = true; }
    int bumps() const { return m_bumps; }
    // Bumps this provider now, racing whoever is editing it; then goes on with random ones.
    void bump(const QString &uuid)
    {
        if (!m_stopped && m_budget-- > 0)
            bumpOne(uuid, false);
    }

private:
    void bumpNext()
    {
        if (m_stopped || m_budget-- <= 0)
            return;
        bumpOne(m_targets.at(QRandomGenerator::global()->bounded(m_targets.size())), true);
    }

    void bumpOne(const QString &uuid, bool continueAfter)
    {
        const QString path = QStringLiteral("/resource_providers/%1/traits").arg(uuid);
        m_http.send(HttpRequest::get(path), this, [this, path, continueAfter](const HttpResponse &r) {
            const qint64 generation
                = QJsonDocument::fromJson(r.body)[QStringLiteral("resource_provider_generation")].toInteger(-1);
            const bool avx = QJsonDocument::fromJson(r.body)[QStringLiteral("traits")].toArray().isEmpty();
            const QJsonObject body { { QStringLiteral("traits"),
                                       avx ? QJsonArray { QStringLiteral("HW_CPU_X86_AVX2") } : QJsonArray {} },
                                     { QStringLiteral("resource_provider_generation"), generation } };
            m_http.send(HttpRequest::put(path, QJsonDocument(body).toJson(QJsonDocument::Compact)), this,
                        [this, continueAfter](const HttpResponse &put) {
                            m_bumps += put.ok() ? 1 : 0;
                            if (continueAfter)
                                bumpNext();
                        });
        });
    }

    HttpClient m_http;
    QStringList m_targets;
    int m_budget;
    int m_bumps = 0;
    bool m_stopped = false;
};

} // namespace

class TestBulkEditLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    PlacementClient m_client;

    QStringList serverSet(const QString &uuid) { return m_live.aggregatesOf(uuid); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        const auto caps = m_live.connectClient(m_client);
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().fullText()));
    }

    void intentApplies_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("intent");
        QTest::addColumn<QString>("expected");
        QTest::addRow("add new") << int(BulkIntent::Kind::Add) << "a b"
                                 << "c"
                                 << "a b c";
        QTest::addRow("add present") << int(BulkIntent::Kind::Add) << "a b"
                                     << "b"
                                     << "a b";
        QTest::addRow("remove present") << int(BulkIntent::Kind::Remove) << "a b"
                                        << "a"
                                        << "b";
        QTest::addRow("remove absent") << int(BulkIntent::Kind::Remove) << "a b"
                                       << "z"
                                       << "a b";
        QTest::addRow("replace") << int(BulkIntent::Kind::Replace) << "a b"
                                 << "c d"
                                 << "c d";
        QTest::addRow("replace with nothing") << int(BulkIntent::Kind::Replace) << "a"
                                              << ""
                                              << "";
    }
    void intentApplies()
    {
        QFETCH(int, kind);
        QFETCH(QString, current);
        QFETCH(QString, intent);
        QFETCH(QString, expected);
        BulkIntent i;
        i.kind = static_cast<BulkIntent::Kind>(kind);
        i.aggregates = intent.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QCOMPARE(i.applyTo(current.split(QLatin1Char(' '), Qt::SkipEmptyParts)),
                 expected.split(QLatin1Char(' '), Qt::SkipEmptyParts));
        QVERIFY(!i.describe().isEmpty());
    }

    void aConflictIsReadAgainAndReapplied()
    {
        const QStringList providers = createProviders(m_live, 1, QStringLiteral("bulk-one-"), this);
        QCOMPARE(providers.size(), 1);
        const QString uuid = providers.first();
        const QString agg = LiveServer::newUuid();
        // As soon as the bulk edit has read the provider, another writer moves its generation.
        bool bumped = false;
        connect(m_client.log(), &RequestLog::entryAdded, this, [&] {
            const RequestLogEntry &last = m_client.log()->at(m_client.log()->size() - 1);
            if (!bumped && last.method == "GET" && last.url.contains(uuid)) {
                bumped = true;
                QVERIFY(m_live.bumpGenerationViaTraits(uuid, { QStringLiteral("HW_CPU_X86_AVX2") }) > 0);
            }
        });
        BulkIntent intent { BulkIntent::Kind::Add, { agg } };
        BulkAggregateEdit bulk(&m_client, intent);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start({ { uuid, QStringLiteral("one") } });
        QVERIFY(finished.wait(20000));
        disconnect(m_client.log(), nullptr, this, nullptr);
        QVERIFY(bumped);
        QCOMPARE(bulk.outcomes().first().status, Status::Done);
        QCOMPARE(bulk.outcomes().first().conflicts, 1);
        QCOMPARE(serverSet(uuid), QStringList { agg });
    }

    // Placement creates an aggregate's row on its first use; concurrent first uses of one UUID
    // can deadlock on PostgreSQL (500 "deadlock detected"). The first write goes alone, then
    // the rest fan out (issue 9, defect 6).
    void twoHundredProvidersToABrandNewAggregate()
    {
        const int count = 200;
        const QStringList providers = createProviders(m_live, count, QStringLiteral("bulk-new-agg-"), this);
        QCOMPARE(providers.size(), count);
        const QString brandNew = LiveServer::newUuid();
        QList<QPair<QString, QString>> named;
        for (const QString &uuid : providers)
            named << qMakePair(uuid, uuid.left(8));
        // When the first PUT's answer is logged, nothing else of the bulk edit may be on the wire.
        int firstPutsRunning = -1;
        connect(m_client.log(), &RequestLog::entryAdded, this, [&] {
            const RequestLogEntry &last = m_client.log()->at(m_client.log()->size() - 1);
            if (firstPutsRunning < 0 && last.method == "PUT")
                firstPutsRunning = m_client.scheduler()->running();
        });
        BulkAggregateEdit bulk(&m_client, BulkIntent { BulkIntent::Kind::Add, { brandNew } });
        bulk.setParallel(6);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(named);
        QVERIFY(finished.wait(180000));
        disconnect(m_client.log(), nullptr, this, nullptr);
        QVERIFY2(firstPutsRunning >= 0 && firstPutsRunning <= 1, qPrintable(QString::number(firstPutsRunning)));
        QStringList failures;
        for (const BulkOutcome &o : bulk.outcomes()) {
            if (o.status != Status::Done)
                failures << QStringLiteral("%1: %2").arg(o.providerUuid, o.error);
        }
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        ProviderFilter members;
        members.memberOf << QStringList { brandNew };
        std::optional<Result<QList<ResourceProvider>>> listed;
        m_client.listProviders(members, this, [&](const Result<QList<ResourceProvider>> &r) { listed = r; });
        QVERIFY(QTest::qWaitFor([&] { return listed.has_value(); }, 30000));
        QVERIFY(listed->ok());
        QCOMPARE(listed->value().size(), count);
    }

    void fiveHundredProvidersUnderConcurrentWriters()
    {
        const int count = 500;
        const QStringList providers = createProviders(m_live, count, QStringLiteral("bulk-"), this);
        QCOMPARE(providers.size(), count);
        const QString target = LiveServer::newUuid();
        const QString other = LiveServer::newUuid();
        // A fifth already is where we want it; a third has another aggregate that must survive.
        QHash<QString, QStringList> expected;
        QHash<QString, Status> expectedStatus;
        for (int i = 0; i < count; ++i) {
            QStringList initial;
            if (i % 3 == 0)
                initial << other;
            if (i % 5 == 0)
                initial << target;
            if (!initial.isEmpty())
                QVERIFY(m_live.putAggregates(providers.at(i), initial) > 0);
            QStringList want = initial;
            if (!want.contains(target))
                want << target;
            want.sort();
            expected.insert(providers.at(i), want);
            expectedStatus.insert(providers.at(i), i % 5 == 0 ? Status::Unchanged : Status::Done);
        }

        GenerationBumper bumper(m_live, providers, 3000);
        bumper.start();
        BulkAggregateEdit bulk(&m_client, BulkIntent { BulkIntent::Kind::Add, { target } });
        bulk.setMaxTries(20);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        // Every third provider is written by the other client right when the bulk edit reaches it.
        connect(&bulk, &BulkAggregateEdit::outcomeChanged, this, [&](int index) {
            const BulkOutcome &o = bulk.outcomes().at(index);
            if (o.status == Status::Running && o.conflicts == 0 && index % 3 == 1)
                bumper.bump(o.providerUuid);
        });
        QList<QPair<QString, QString>> list;
        for (const QString &uuid : providers)
            list << qMakePair(uuid, uuid.left(8));
        bulk.start(list);
        QVERIFY(finished.wait(240000));
        bumper.stop();
        QVERIFY2(bumper.bumps() > 0, "the concurrent writer never got through");
        disconnect(&bulk, nullptr, this, nullptr);

        int conflicts = 0;
        int providersWithConflicts = 0;
        for (const BulkOutcome &o : bulk.outcomes()) {
            providersWithConflicts += o.conflicts > 0 ? 1 : 0;
            QVERIFY2(o.status == Status::Done || o.status == Status::Unchanged,
                     qPrintable(QStringLiteral("%1: %2").arg(o.providerUuid, o.error)));
            conflicts += o.conflicts;
            // The outcome table says what the server has.
            QStringList after = o.after;
            after.sort();
            QCOMPARE(after, expected.value(o.providerUuid));
            if (o.conflicts == 0)
                QCOMPARE(o.status, expectedStatus.value(o.providerUuid));
        }
        // And the server agrees, for every provider.
        for (const QString &uuid : providers)
            QCOMPARE(serverSet(uuid), expected.value(uuid));
        QCOMPARE(bulk.count(Status::Done) + bulk.count(Status::Unchanged), count);
        QVERIFY2(providersWithConflicts > 0, "the race never produced a 409: the test proves nothing");
        qInfo("bulk edit: %d providers, %d conflicts on %d providers met and resolved, %d concurrent bumps", count,
              conflicts, providersWithConflicts, bumper.bumps());
    }

    void cancelStopsNewPutsAndReportsTheRest()
    {
        const QStringList providers = createProviders(m_live, 40, QStringLiteral("bulk-cancel-"), this);
        QCOMPARE(providers.size(), 40);
        const QString agg = LiveServer::newUuid();
        BulkAggregateEdit bulk(&m_client, BulkIntent { BulkIntent::Kind::Replace, { agg } });
        bulk.setParallel(2);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        QList<QPair<QString, QString>> list;
        for (const QString &uuid : providers)
            list << qMakePair(uuid, uuid);
        bulk.start(list);
        QVERIFY(QTest::qWaitFor([&] { return bulk.count(Status::Done) >= 3; }, 20000));
        bulk.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(20000));
        const int done = bulk.count(Status::Done);
        const int cancelled = bulk.count(Status::Cancelled);
        QCOMPARE(done + cancelled, 40);
        QVERIFY(cancelled > 0);
        for (const BulkOutcome &o : bulk.outcomes())
            QCOMPARE(serverSet(o.providerUuid), o.status == Status::Done ? QStringList { agg } : QStringList());

        // Retry picks up exactly the cancelled ones.
        bulk.retryFailed();
        QVERIFY(finished.wait(60000));
        QCOMPARE(bulk.count(Status::Done), 40);
        for (const QString &uuid : providers)
            QCOMPARE(serverSet(uuid), QStringList { agg });
    }
};

QTEST_GUILESS_MAIN(TestBulkEditLive)
#include "tst_bulkedit_live.moc"
