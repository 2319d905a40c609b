// BulkAggregateEdit over the in-memory transport: each intent, one intent per provider,
// conflicts and uncertain writes re-read and retried within maxTries, failed reads, the
// first write that may create an aggregate going alone, per aggregate (asserted from the
// recorded order of requests), the fan-out bound, cancel, retryFailed and exactly one
// finished() per run.

#include "bulkaggregateedit.h"
#include "bulkoutcomemodel.h"
#include "fakenetwork.h"
#include "fakeplacement.h"
#include "httpclient.h"
#include "placementclient.h"
#include "providermodel.h"
#include "testwaits.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

namespace {
const QString A = QStringLiteral("11111111-0000-4000-8000-00000000000a");
const QString B = QStringLiteral("11111111-0000-4000-8000-00000000000b");
const QString C = QStringLiteral("11111111-0000-4000-8000-00000000000c");
const QString D = QStringLiteral("11111111-0000-4000-8000-00000000000d");

using Status = BulkOutcome::Status;
using Kind = BulkIntent::Kind;
using Providers = QList<QPair<QString, QString>>;

QString providerUuid(int i)
{
    return QStringLiteral("bbbbbbbb-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QString aggregatesPath(const QString &uuid)
{
    return QStringLiteral("/resource_providers/%1/aggregates").arg(uuid);
}

QString providerOf(const FakeRequest &request)
{
    return request.path.section(QLatin1Char('/'), 2, 2);
}

qint64 sentGeneration(const FakeRequest &put)
{
    return put.json().value(QStringLiteral("resource_provider_generation")).toInteger(-1);
}

// The most of these requests that were in flight at the same time.
int maxOverlap(const QList<FakeRequest> &requests)
{
    QList<QPair<int, int>> events; // position, +1 start / -1 finish (positions are unique)
    for (const FakeRequest &r : requests) {
        events.append({ r.startedAt, 1 });
        if (r.isFinished())
            events.append({ r.finishedAt, -1 });
    }
    std::sort(events.begin(), events.end());
    int now = 0;
    int most = 0;
    for (const auto &event : events) {
        now += event.second;
        most = qMax(most, now);
    }
    return most;
}
} // namespace

class TestBulkEditUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<FakeNetwork>();
        m_placement = std::make_unique<FakePlacement>();
        m_placement->serve(m_network.get());
        m_client = std::make_unique<PlacementClient>();
        QVERIFY(connectThroughFake(m_client.get(), m_network.get()));
        m_firstRequest = static_cast<int>(m_network->requests().size()); // after GET /
    }
    void cleanup()
    {
        QVERIFY2(m_network->unscripted().isEmpty(), qPrintable(m_network->describe()));
        m_client.reset();
        m_network.reset();
        m_placement.reset();
    }

    void appliesTheIntent_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QStringList>("aggregates");
        QTest::addColumn<QList<QStringList>>("after");
        QTest::addColumn<QList<Status>>("statuses");
        // Providers start with [A], [A, B] and [].
        const QStringList none;
        QTest::addRow("add B") << Kind::Add << QStringList { B } << QList<QStringList> { { A, B }, { A, B }, { B } }
                               << QList<Status> { Status::Done, Status::Unchanged, Status::Done };
        QTest::addRow("add B and C") << Kind::Add << QStringList { B, C }
                                     << QList<QStringList> { { A, B, C }, { A, B, C }, { B, C } }
                                     << QList<Status> { Status::Done, Status::Done, Status::Done };
        QTest::addRow("add B typed in upper case")
            << Kind::Add << QStringList { B.toUpper() } << QList<QStringList> { { A, B }, { A, B }, { B } }
            << QList<Status> { Status::Done, Status::Unchanged, Status::Done };
        QTest::addRow("remove A") << Kind::Remove << QStringList { A } << QList<QStringList> { none, { B }, none }
                                  << QList<Status> { Status::Done, Status::Done, Status::Unchanged };
        QTest::addRow("remove A and B") << Kind::Remove << QStringList { A, B }
                                        << QList<QStringList> { none, none, none }
                                        << QList<Status> { Status::Done, Status::Done, Status::Unchanged };
        QTest::addRow("replace with B") << Kind::Replace << QStringList { B }
                                        << QList<QStringList> { { B }, { B }, { B } }
                                        << QList<Status> { Status::Done, Status::Done, Status::Done };
        QTest::addRow("replace with B, A")
            << Kind::Replace << QStringList { B, A } << QList<QStringList> { { B, A }, { A, B }, { B, A } }
            << QList<Status> { Status::Done, Status::Unchanged, Status::Done };
        QTest::addRow("replace with nothing")
            << Kind::Replace << QStringList() << QList<QStringList> { none, none, none }
            << QList<Status> { Status::Done, Status::Done, Status::Unchanged };
    }
    void appliesTheIntent()
    {
        QFETCH(Kind, kind);
        QFETCH(QStringList, aggregates);
        QFETCH(QList<QStringList>, after);
        QFETCH(QList<Status>, statuses);

        const QList<QStringList> before { { A }, { A, B }, {} };
        const Providers providers = addProviders(before);
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { kind, aggregates });
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QVERIFY(bulk.isRunning());
        QVERIFY(finished.wait(unitWaitMs));
        QVERIFY(!bulk.isRunning());

        int done = 0;
        for (int i = 0; i < providers.size(); ++i) {
            const BulkOutcome &o = bulk.outcomes().at(i);
            const QString uuid = providers.at(i).first;
            QCOMPARE(o.providerUuid, uuid);
            QCOMPARE(o.providerName, providers.at(i).second);
            QCOMPARE(o.status, statuses.at(i));
            QCOMPARE(o.conflicts, 0);
            QCOMPARE(o.retries, 0);
            QVERIFY2(o.error.isEmpty(), qPrintable(o.error));
            QCOMPARE(o.before, before.at(i));
            QCOMPARE(o.after, after.at(i));
            QCOMPARE(m_placement->aggregates(uuid), after.at(i));
            QCOMPARE(o.generation, m_placement->generation(uuid));
            const QList<FakeRequest> puts = m_network->requests("PUT", aggregatesPath(uuid));
            QCOMPARE(puts.size(), o.status == Status::Done ? 1 : 0);
            if (!puts.isEmpty())
                QCOMPARE(sentGeneration(puts.first()), 1); // the generation it had just read
            QCOMPARE(m_network->count("GET", aggregatesPath(uuid)), 1);
            done += o.status == Status::Done ? 1 : 0;
        }
        QCOMPARE(bulk.count(Status::Done), done);
        QCOMPARE(m_placement->writes(), done);
        QCOMPARE(finished.count(), 1);
    }

    // Undoing a whole run: every provider it changed gets back what it had, and what someone
    // else did in between (D on the first provider) stays. Unchanged providers are not touched.
    void undoTargetsRestoreWhatTheRunChanged_data() { appliesTheIntent_data(); }
    void undoTargetsRestoreWhatTheRunChanged()
    {
        QFETCH(Kind, kind);
        QFETCH(QStringList, aggregates);
        QFETCH(QList<Status>, statuses);
        const QList<QStringList> before { { A }, { A, B }, {} };
        const Providers providers = addProviders(before);
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { kind, aggregates });
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QVERIFY(finished.wait(unitWaitMs));
        const QList<BulkTarget> targets = bulk.undoTargets();
        QCOMPARE(targets.size(), bulk.count(Status::Done));

        const QString first = providers.first().first;
        m_placement->setAggregates(first, m_placement->aggregates(first) + QStringList { D }); // a colleague
        BulkAggregateEdit undo(m_client.get());
        QSignalSpy undone(&undo, &BulkAggregateEdit::finished);
        undo.start(targets);
        QVERIFY(undone.wait(unitWaitMs));
        QCOMPARE(undo.count(Status::Done), targets.size());
        for (int i = 0; i < providers.size(); ++i) {
            QStringList want = before.at(i);
            if (i == 0)
                want << D;
            QStringList have = m_placement->aggregates(providers.at(i).first);
            want.sort();
            have.sort();
            QCOMPARE(have, want);
            const bool touched = std::any_of(targets.cbegin(), targets.cend(),
                                             [&](const BulkTarget &t) { return t.uuid == providers.at(i).first; });
            QCOMPARE(touched, statuses.at(i) == Status::Done);
        }
    }

    void unchangedEverywhereSendsNoPut_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QStringList>("aggregates");
        QTest::addColumn<QStringList>("current");
        QTest::addRow("add what is there") << Kind::Add << QStringList { A } << QStringList { A, B };
        QTest::addRow("remove what is not there") << Kind::Remove << QStringList { C } << QStringList { A, B };
        QTest::addRow("replace with the same set") << Kind::Replace << QStringList { B, A } << QStringList { A, B };
        QTest::addRow("stored in upper case")
            << Kind::Add << QStringList { A } << QStringList { A.toUpper(), B.toUpper() };
    }
    void unchangedEverywhereSendsNoPut()
    {
        QFETCH(Kind, kind);
        QFETCH(QStringList, aggregates);
        QFETCH(QStringList, current);
        const Providers providers = addProviders({ current, current, current });
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { kind, aggregates });
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        QSignalSpy providerFinished(&bulk, &BulkAggregateEdit::providerFinished);
        bulk.start(providers);
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(bulk.count(Status::Unchanged), 3);
        QCOMPARE(providerFinished.count(), 3);
        for (const BulkOutcome &o : bulk.outcomes())
            QVERIFY(!o.write.wasSent()); // nothing for the journal: nothing was written
        QCOMPARE(m_network->count("PUT"), 0);
        QCOMPARE(m_network->count("GET"), m_firstRequest + 3);
        QCOMPARE(bulk.outcomes().first().generation, 1);
        QCOMPARE(finished.count(), 1);
    }

    void aConflictIsReadAgainAndTheIntentReapplied()
    {
        const Providers providers = addProviders({ { A } });
        const QString uuid = providers.first().first;
        // A colleague adds D just as our first PUT goes out.
        bool raced = false;
        QObject guard; // destroyed first: the race ends with this test
        connect(m_network.get(), &FakeNetwork::requestStarted, &guard, [&](int index) {
            if (m_network->request(index).method == "PUT" && !raced) {
                raced = true;
                m_placement->setAggregates(uuid, { A, D });
            }
        });
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Add, { B } });
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        QSignalSpy providerFinished(&bulk, &BulkAggregateEdit::providerFinished);
        bulk.start(providers);
        QVERIFY(finished.wait(unitWaitMs));

        const BulkOutcome &o = bulk.outcomes().first();
        QCOMPARE(o.status, Status::Done);
        QCOMPARE(o.conflicts, 1);
        // For the journal: the write that landed, on the state it replaced, with its request id.
        QCOMPARE(providerFinished.count(), 1);
        QVERIFY(o.write.succeeded);
        QCOMPARE(o.write.conflicts, 1);
        QCOMPARE(o.write.before, (QStringList { A, D }));
        QCOMPARE(o.write.generationBefore, 2);
        QCOMPARE(o.write.sent, (QStringList { A, D, B }));
        QCOMPARE(o.write.sentGeneration, 2);
        QCOMPARE(o.write.after, o.after);
        QCOMPARE(o.write.generationAfter, o.generation);
        QVERIFY(!o.write.requestId.isEmpty());
        // The successful PUT's answer (the fake names answers by request index).
        QCOMPARE(o.write.requestId, QStringLiteral("req-%1").arg(m_network->requests("PUT").last().index));
        QCOMPARE(o.retries, 0);
        QCOMPARE(o.before, QStringList { A }); // what it had when we first read it
        QCOMPARE(o.after, (QStringList { A, D, B })); // their D is kept
        QCOMPARE(m_placement->aggregates(uuid), (QStringList { A, D, B }));
        QCOMPARE(BulkOutcomeModel::outcomeText(o), QStringLiteral("Done after 1 conflict(s)"));
        // The outcome table's narrow Before/After cells carry the whole sets in their tooltips.
        BulkOutcomeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEdit(&bulk);
        // One line per aggregate: the short form the cell shows, then the whole UUID.
        const auto line = [](const QString &aggregate) {
            return QStringLiteral("%1 (%2)").arg(ProviderModel::shortUuid(aggregate), aggregate);
        };
        QCOMPARE(model.index(0, BulkOutcomeModel::BeforeColumn).data(Qt::ToolTipRole).toString(), line(A));
        QCOMPARE(model.index(0, BulkOutcomeModel::AfterColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Generation %1\n%2\n%3\n%4").arg(o.generation).arg(line(A), line(D), line(B)));
        const QList<FakeRequest> puts = m_network->requests("PUT");
        QCOMPARE(puts.size(), 2);
        QCOMPARE(sentGeneration(puts.at(0)), 1);
        QCOMPARE(sentGeneration(puts.at(1)), 2);
        QCOMPARE(m_network->count("GET", aggregatesPath(uuid)), 2);
    }

    void conflictEveryTimeFailsAfterMaxTries_data()
    {
        QTest::addColumn<int>("maxTries");
        QTest::addRow("1 try") << 1;
        QTest::addRow("2 tries") << 2;
        QTest::addRow("default") << BulkAggregateEdit::defaultMaxTries;
    }
    void conflictEveryTimeFailsAfterMaxTries()
    {
        QFETCH(int, maxTries);
        const Providers providers = addProviders({ { A } });
        const QString uuid = providers.first().first;
        QObject guard; // destroyed first: the race ends with this row
        connect(m_network.get(), &FakeNetwork::requestStarted, &guard, [&](int index) {
            if (m_network->request(index).method == "PUT")
                m_placement->bumpGeneration(uuid);
        });
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Add, { B } });
        bulk.setMaxTries(maxTries);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QVERIFY(finished.wait(unitWaitMs));

        const BulkOutcome &o = bulk.outcomes().first();
        QCOMPARE(o.status, Status::Failed);
        QCOMPARE(o.conflicts, maxTries);
        QVERIFY(o.write.wasSent());
        QVERIFY(!o.write.succeeded);
        QCOMPARE(o.write.conflicts, maxTries);
        QCOMPARE(o.write.error, o.error);
        QVERIFY(!o.write.requestId.isEmpty()); // the last 409's
        QCOMPARE(o.retries, 0);
        QVERIFY2(o.error.contains(QStringLiteral("still changing after %1 tries").arg(maxTries))
                     || (maxTries == 1 && o.error.contains(QStringLiteral("still changing after 1 tr"))),
                 qPrintable(o.error));
        QCOMPARE(m_network->count("PUT"), maxTries);
        QCOMPARE(m_network->count("GET", aggregatesPath(uuid)), maxTries);
        QCOMPARE(m_placement->aggregates(uuid), QStringList { A });
        QCOMPARE(finished.count(), 1);
    }

    // A 5xx, a lost answer or a timeout on the PUT: applied or not is unknown, so re-read.
    void anUncertainWriteIsReadAgain_data()
    {
        QTest::addColumn<QList<FakeResponse>>("answers"); // to the PUTs in turn; then the server answers
        QTest::addColumn<int>("maxTries");
        QTest::addColumn<Status>("status");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<int>("retries");
        QTest::addColumn<int>("puts");
        QTest::addColumn<QStringList>("errorContains");

        const FakeResponse deadlock
            = FakeResponse::placementError(500, QStringLiteral("Internal Server Error"),
                                           QStringLiteral("deadlock detected"), QString(), QStringLiteral("req-500"));
        const FakeResponse closed = FakeResponse::networkError(QNetworkReply::RemoteHostClosedError);
        const FakeResponse refused = FakeResponse::networkError(QNetworkReply::ConnectionRefusedError);
        const QStringList none;
        QTest::addRow("500, but applied")
            << QList<FakeResponse> { deadlock.afterApplying() } << 5 << Status::Done << 0 << 1 << 1 << none;
        QTest::addRow("500, not applied: sent again")
            << QList<FakeResponse> { deadlock } << 5 << Status::Done << 0 << 1 << 2 << none;
        QTest::addRow("500 every time") << QList<FakeResponse> { deadlock, deadlock, deadlock } << 3 << Status::Failed
                                        << 0 << 3 << 3
                                        << QStringList { QStringLiteral("deadlock detected"),
                                                         QStringLiteral("req-500") };
        QTest::addRow("answer lost, but applied")
            << QList<FakeResponse> { closed.afterApplying() } << 5 << Status::Done << 0 << 1 << 1 << none;
        QTest::addRow("connection refused: sent again")
            << QList<FakeResponse> { refused } << 5 << Status::Done << 0 << 1 << 2 << none;
        QTest::addRow("no answer in time, but applied") << QList<FakeResponse> { FakeResponse::stall().afterApplying() }
                                                        << 5 << Status::Done << 0 << 1 << 1 << none;
        QTest::addRow("no answer in time, twice")
            << QList<FakeResponse> { FakeResponse::stall(), FakeResponse::stall() } << 2 << Status::Failed << 0 << 2
            << 2 << QStringList { QStringLiteral("did not answer in time") };
        QTest::addRow("conflict, then 500 but applied")
            << QList<FakeResponse> { FakeResponse::concurrentUpdate(), deadlock.afterApplying() } << 5 << Status::Done
            << 1 << 1 << 2 << none;
        QTest::addRow("conflicts and 500s share the tries")
            << QList<FakeResponse> { FakeResponse::concurrentUpdate(), deadlock } << 2 << Status::Failed << 1 << 1 << 2
            << QStringList { QStringLiteral("deadlock detected") };
        QTest::addRow("403: failed, not retried") << QList<FakeResponse> {
            FakeResponse::placementError(403, QStringLiteral("Forbidden"), QStringLiteral("Policy does not allow this"),
                                         QString(), QStringLiteral("req-403"))
        } << 5 << Status::Failed << 0 << 0 << 1 << QStringList { QStringLiteral("req-403") };
        QTest::addRow("404: deleted before the write") << QList<FakeResponse> {
            FakeResponse::placementError(404, QStringLiteral("Not Found"), QStringLiteral("No such provider"),
                                         QString(), QStringLiteral("req-404"))
        } << 5 << Status::Failed << 0 << 0 << 1 << QStringList { QStringLiteral("req-404") };
        QTest::addRow("400: failed, not retried") << QList<FakeResponse> {
            FakeResponse::placementError(400, QStringLiteral("Bad Request"), QStringLiteral("JSON does not validate"))
        } << 5 << Status::Failed << 0 << 0 << 1 << QStringList { QStringLiteral("JSON does not validate") };
    }
    void anUncertainWriteIsReadAgain()
    {
        QFETCH(QList<FakeResponse>, answers);
        QFETCH(int, maxTries);
        QFETCH(Status, status);
        QFETCH(int, conflicts);
        QFETCH(int, retries);
        QFETCH(int, puts);
        QFETCH(QStringList, errorContains);

        m_client->http()->setTransferTimeoutMs(150);
        const Providers providers = addProviders({ { A } });
        const QString uuid = providers.first().first;
        for (const FakeResponse &answer : answers)
            m_network->enqueue("PUT", aggregatesPath(uuid), answer);
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Add, { B } });
        bulk.setMaxTries(maxTries);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QVERIFY(finished.wait(unitWaitMs));

        const BulkOutcome &o = bulk.outcomes().first();
        QCOMPARE(o.status, status);
        QCOMPARE(o.conflicts, conflicts);
        QCOMPARE(o.retries, retries);
        QCOMPARE(m_network->count("PUT"), puts);
        // One read before each PUT, and one after each uncertain or refused PUT that was retried.
        QCOMPARE(m_network->count("GET", aggregatesPath(uuid)),
                 status == Status::Done ? conflicts + retries + 1 : qMax(1, conflicts + retries));
        for (const QString &text : errorContains)
            QVERIFY2(o.error.contains(text), qPrintable(o.error));
        // "Before" is what the provider had when first read: the table shows it and the
        // controller makes it the undo point.
        QCOMPARE(o.before, QStringList { A });
        if (status == Status::Done) {
            QCOMPARE(o.after, (QStringList { A, B }));
            QCOMPARE(m_placement->aggregates(uuid), (QStringList { A, B }));
            QCOMPARE(o.generation, m_placement->generation(uuid));
            QVERIFY(o.error.isEmpty());
        } else {
            QCOMPARE(m_placement->aggregates(uuid), QStringList { A });
        }
        QCOMPARE(finished.count(), 1);
    }

    void aFailedReadFailsThatProviderOnly_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<QString>("errorContains");
        QTest::addRow("404") << FakeResponse::placementError(404, QStringLiteral("Not Found"),
                                                             QStringLiteral("No such provider"), QString(),
                                                             QStringLiteral("req-get-404"))
                             << QStringLiteral("req-get-404");
        QTest::addRow("500") << FakeResponse::placementError(500, QStringLiteral("Internal Server Error"),
                                                             QStringLiteral("boom"), QString(),
                                                             QStringLiteral("req-get-500"))
                             << QStringLiteral("req-get-500");
        QTest::addRow("refused") << FakeResponse::networkError() << QStringLiteral("Connection refused");
        QTest::addRow("timeout") << FakeResponse::stall() << QStringLiteral("did not answer in time");
        QTest::addRow("garbage") << FakeResponse::json(200, QByteArrayLiteral("[1, 2]"))
                                 << QStringLiteral("not a JSON object");
    }
    void aFailedReadFailsThatProviderOnly()
    {
        QFETCH(FakeResponse, answer);
        QFETCH(QString, errorContains);
        m_client->http()->setTransferTimeoutMs(150);
        const Providers providers = addProviders({ { A }, { A } });
        m_network->enqueue("GET", aggregatesPath(providers.first().first), answer);
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Add, { B } });
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QVERIFY(finished.wait(unitWaitMs));

        const BulkOutcome &failed = bulk.outcomes().at(0);
        QCOMPARE(failed.status, Status::Failed);
        QVERIFY2(failed.error.contains(errorContains), qPrintable(failed.error));
        QCOMPARE(m_network->count("PUT", aggregatesPath(providers.at(0).first)), 0);
        QCOMPARE(m_network->count("GET", aggregatesPath(providers.at(0).first)), 1);
        QCOMPARE(bulk.outcomes().at(1).status, Status::Done);
        QCOMPARE(finished.count(), 1);
    }

    // Placement creates an aggregate's row on first use; two first uses at once can deadlock.
    void theFirstWriteThatMayCreateGoesAlone_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QStringList>("aggregates");
        QTest::addColumn<QStringList>("current");
        QTest::addColumn<bool>("gated");
        QTest::addColumn<QString>("firstMeets"); // what the first provider's first PUT meets
        QTest::addRow("add") << Kind::Add << QStringList { B } << QStringList { A } << true << QString();
        QTest::addRow("replace with a set")
            << Kind::Replace << QStringList { B } << QStringList { A } << true << QString();
        QTest::addRow("add, first meets a conflict")
            << Kind::Add << QStringList { B } << QStringList { A } << true << QStringLiteral("409");
        QTest::addRow("add, first read fails")
            << Kind::Add << QStringList { B } << QStringList { A } << true << QStringLiteral("read fails");
        QTest::addRow("remove") << Kind::Remove << QStringList { A } << QStringList { A, B } << false << QString();
        QTest::addRow("replace with nothing")
            << Kind::Replace << QStringList() << QStringList { A } << false << QString();
    }
    void theFirstWriteThatMayCreateGoesAlone()
    {
        QFETCH(Kind, kind);
        QFETCH(QStringList, aggregates);
        QFETCH(QStringList, current);
        QFETCH(bool, gated);
        QFETCH(QString, firstMeets);
        constexpr int parallel = 3;
        const Providers providers = addProviders(QList<QStringList>(6, current));
        const QString first = providers.first().first;
        if (firstMeets == QStringLiteral("409"))
            m_network->enqueue("PUT", aggregatesPath(first), FakeResponse::concurrentUpdate());
        if (firstMeets == QStringLiteral("read fails"))
            m_network->enqueue("GET", aggregatesPath(first), FakeResponse::networkError());
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { kind, aggregates });
        bulk.setParallel(parallel);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QVERIFY(finished.wait(unitWaitMs));

        const QList<FakeRequest> all = m_network->requests().mid(m_firstRequest);
        // The provider that opened the way: the first whose write succeeded.
        const QString opener = firstMeets == QStringLiteral("read fails") ? providers.at(1).first : first;
        int openerDone = -1; // when its successful PUT finished
        for (const FakeRequest &r : all) {
            if (r.method == "PUT" && providerOf(r) == opener && r.status == 200)
                openerDone = r.finishedAt;
        }
        QVERIFY2(openerDone >= 0, qPrintable(m_network->describe()));
        int startedEarly = 0; // requests of other providers that started before it
        QList<FakeRequest> fanOut;
        for (const FakeRequest &r : all) {
            if (providerOf(r) == opener)
                continue;
            if (firstMeets == QStringLiteral("read fails") && providerOf(r) == first)
                continue; // the failed first one went alone before the opener
            if (r.startedAt < openerDone)
                ++startedEarly;
            else
                fanOut << r;
        }
        if (firstMeets == QStringLiteral("read fails")) {
            // The failed first provider did not open the gate: the next one still went alone.
            const FakeRequest failedRead = m_network->requests("GET", aggregatesPath(first)).first();
            const FakeRequest openerRead = m_network->requests("GET", aggregatesPath(opener)).first();
            QVERIFY2(openerRead.startedAt > failedRead.finishedAt, qPrintable(m_network->describe()));
        }
        if (gated) {
            QVERIFY2(startedEarly == 0, qPrintable(m_network->describe()));
            QCOMPARE(maxOverlap(fanOut), parallel);
        } else {
            QVERIFY2(startedEarly > 0, qPrintable(m_network->describe()));
            QCOMPARE(maxOverlap(all), parallel);
        }
        QCOMPARE(bulk.count(Status::Done), firstMeets == QStringLiteral("read fails") ? 5 : 6);
        QCOMPARE(finished.count(), 1);
    }

    // Each provider with its own intent (a drift repair): one provider is added to A while
    // another is removed from B, in one run.
    void mixedIntentsApplyPerProvider_data()
    {
        QTest::addColumn<QList<QStringList>>("before");
        QTest::addColumn<QList<BulkIntent>>("intents");
        QTest::addColumn<QList<QStringList>>("after");
        QTest::addColumn<QList<Status>>("statuses");
        QTest::addColumn<QStringList>("described");
        const QStringList none;
        QTest::addRow("one adds A, another leaves B")
            << QList<QStringList> { {}, { A, B } }
            << QList<BulkIntent> { BulkIntent { Kind::Add, { A } }, BulkIntent { Kind::Remove, { B } } }
            << QList<QStringList> { { A }, { A } } << QList<Status> { Status::Done, Status::Done }
            << QStringList { QStringLiteral("add to ") + A, QStringLiteral("remove from ") + B };
        QTest::addRow("add A and leave B in one write")
            << QList<QStringList> { { B, C } } << QList<BulkIntent> { BulkIntent { Kind::Add, { A }, { B } } }
            << QList<QStringList> { { C, A } } << QList<Status> { Status::Done }
            << QStringList { QStringLiteral("add to %1, remove from %2").arg(A, B) };
        QTest::addRow("only removals through Add")
            << QList<QStringList> { { B, C } } << QList<BulkIntent> { BulkIntent { Kind::Add, {}, { B } } }
            << QList<QStringList> { { C } } << QList<Status> { Status::Done }
            << QStringList { QStringLiteral("remove from ") + B };
        QTest::addRow("replace, remove and add side by side")
            << QList<QStringList> { { A }, { A, B }, {} }
            << QList<BulkIntent> { BulkIntent { Kind::Replace, { C } }, BulkIntent { Kind::Remove, { A } },
                                   BulkIntent { Kind::Add, { B } } }
            << QList<QStringList> { { C }, { B }, { B } } << QList<Status> { Status::Done, Status::Done, Status::Done }
            << QStringList { QStringLiteral("replace aggregates with ") + C, QStringLiteral("remove from ") + A,
                             QStringLiteral("add to ") + B };
        QTest::addRow("one already there, one already gone")
            << QList<QStringList> { { A }, { B } }
            << QList<BulkIntent> { BulkIntent { Kind::Add, { A } }, BulkIntent { Kind::Remove, { A } } }
            << QList<QStringList> { { A }, { B } } << QList<Status> { Status::Unchanged, Status::Unchanged }
            << QStringList { QStringLiteral("add to ") + A, QStringLiteral("remove from ") + A };
        QTest::addRow("upper case folded per provider")
            << QList<QStringList> { { B }, { A } }
            << QList<BulkIntent> { BulkIntent { Kind::Add, { A.toUpper() }, { B.toUpper() } },
                                   BulkIntent { Kind::Remove, { A.toUpper() } } }
            << QList<QStringList> { { A }, none } << QList<Status> { Status::Done, Status::Done }
            << QStringList { QStringLiteral("add to %1, remove from %2").arg(A, B),
                             QStringLiteral("remove from ") + A };
    }
    void mixedIntentsApplyPerProvider()
    {
        QFETCH(QList<QStringList>, before);
        QFETCH(QList<BulkIntent>, intents);
        QFETCH(QList<QStringList>, after);
        QFETCH(QList<Status>, statuses);
        QFETCH(QStringList, described);
        const QList<BulkTarget> targets = addTargets(before, intents);
        BulkAggregateEdit bulk(m_client.get());
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(targets);
        QVERIFY(finished.wait(unitWaitMs));
        int writes = 0;
        for (int i = 0; i < targets.size(); ++i) {
            const BulkOutcome &o = bulk.outcomes().at(i);
            QCOMPARE(o.providerUuid, targets.at(i).uuid);
            QCOMPARE(o.providerName, targets.at(i).name);
            QCOMPARE(o.status, statuses.at(i));
            QCOMPARE(o.before, before.at(i));
            QCOMPARE(o.after, after.at(i));
            QCOMPARE(m_placement->aggregates(targets.at(i).uuid), after.at(i));
            QCOMPARE(bulk.target(i).intent.describe(), described.at(i));
            const int puts = m_network->count("PUT", aggregatesPath(targets.at(i).uuid));
            QCOMPARE(puts, o.status == Status::Done ? 1 : 0);
            writes += puts;
        }
        QCOMPARE(m_placement->writes(), writes);
        QCOMPARE(finished.count(), 1);
    }

    // The first-write-alone rule per aggregate: a provider that may be the first to use an
    // aggregate waits for nobody and nobody that names it starts beside it, while providers
    // with other aggregates go on in parallel.
    void theFirstUseOfEachAggregateGoesAlone_data()
    {
        QTest::addColumn<QList<BulkIntent>>("intents"); // every provider starts with [A]
        QTest::addColumn<QList<int>>("waitsFor"); // the provider whose write must finish first; -1: none
        QTest::addColumn<bool>("firstReadFails");
        const BulkIntent addC { Kind::Add, { C } };
        QTest::addRow("new C, with unrelated removals beside it")
            << QList<BulkIntent> { addC, BulkIntent { Kind::Remove, { A } }, addC, BulkIntent { Kind::Remove, { A } },
                                   addC }
            << QList<int> { -1, -1, 0, -1, 0 } << false;
        QTest::addRow("new C and new D go side by side")
            << QList<BulkIntent> { addC, BulkIntent { Kind::Add, { D } }, addC, BulkIntent { Kind::Add, { D } } }
            << QList<int> { -1, -1, 0, 1 } << false;
        QTest::addRow("C named by add, replace and add-with-removal")
            << QList<BulkIntent> { addC, BulkIntent { Kind::Replace, { C } }, BulkIntent { Kind::Add, { C }, { A } } }
            << QList<int> { -1, 0, 0 } << false;
        QTest::addRow("C and D first used together in opposite orders")
            << QList<BulkIntent> { BulkIntent { Kind::Add, { C, D } }, BulkIntent { Kind::Add, { D, C } },
                                   BulkIntent { Kind::Remove, { A } } }
            << QList<int> { -1, 0, -1 } << false;
        QTest::addRow("a failed first read opens nothing")
            << QList<BulkIntent> { addC, addC, BulkIntent { Kind::Remove, { A } } } << QList<int> { -1, 0, -1 } << true;
    }
    void theFirstUseOfEachAggregateGoesAlone()
    {
        QFETCH(QList<BulkIntent>, intents);
        QFETCH(QList<int>, waitsFor);
        QFETCH(bool, firstReadFails);
        const QList<BulkTarget> targets = addTargets(QList<QStringList>(intents.size(), { A }), intents);
        if (firstReadFails)
            m_network->enqueue("GET", aggregatesPath(targets.first().uuid), FakeResponse::networkError());
        BulkAggregateEdit bulk(m_client.get());
        bulk.setParallel(4);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(targets);
        QVERIFY(finished.wait(unitWaitMs));

        // When provider i's part ended: its successful PUT, else its last request.
        const auto endOf = [this](const QString &uuid) {
            const QList<FakeRequest> mine = m_network->requests({}, aggregatesPath(uuid));
            int end = -1;
            for (const FakeRequest &r : mine)
                end = r.method == "PUT" && r.status == 200 ? r.finishedAt : qMax(end, r.finishedAt);
            return end;
        };
        const auto startOf = [this](const QString &uuid) {
            return m_network->requests({}, aggregatesPath(uuid)).first().startedAt;
        };
        const int firstEnd = endOf(targets.first().uuid);
        for (int i = 1; i < targets.size(); ++i) {
            const int started = startOf(targets.at(i).uuid);
            if (waitsFor.at(i) >= 0) {
                QVERIFY2(started > endOf(targets.at(waitsFor.at(i)).uuid),
                         qPrintable(QStringLiteral("provider %1\n%2").arg(i).arg(m_network->describe())));
            } else {
                // Not held back: it started while the first provider was still at work.
                QVERIFY2(started < firstEnd,
                         qPrintable(QStringLiteral("provider %1\n%2").arg(i).arg(m_network->describe())));
            }
        }
        for (int i = 0; i < targets.size(); ++i) {
            const Status expected = firstReadFails && i == 0 ? Status::Failed : Status::Done;
            QCOMPARE(bulk.outcomes().at(i).status, expected);
        }
        QCOMPARE(finished.count(), 1);
    }

    void fanOutRespectsParallel_data()
    {
        QTest::addColumn<int>("parallel");
        QTest::addColumn<int>("inFlight");
        QTest::addRow("1") << 1 << 1;
        QTest::addRow("2") << 2 << 2;
        QTest::addRow("4 (default)") << BulkAggregateEdit::defaultParallel << 4;
        QTest::addRow("8: the client's scheduler runs 6") << 8 << RequestScheduler::defaultMaxParallel;
    }
    void fanOutRespectsParallel()
    {
        QFETCH(int, parallel);
        QFETCH(int, inFlight);
        const Providers providers = addProviders(QList<QStringList>(12, { A, B }));
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Remove, { A } });
        if (parallel != BulkAggregateEdit::defaultParallel)
            bulk.setParallel(parallel);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        m_network->resetMaxInFlight();
        bulk.start(providers);
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(m_network->maxInFlight(), inFlight);
        QCOMPARE(bulk.count(Status::Done), 12);
        // Each provider: one read, then one write, never two requests at once.
        for (const auto &provider : providers) {
            const QList<FakeRequest> mine = m_network->requests({}, aggregatesPath(provider.first));
            QCOMPARE(mine.size(), 2);
            QVERIFY(mine.at(1).startedAt > mine.at(0).finishedAt);
        }
    }

    // In-flight PUTs finish and are reported; the queued ones are never sent.
    void cancelSendsNothingNew()
    {
        const Providers providers = addProviders(QList<QStringList>(6, { A, B }));
        m_network->setHold("PUT", QStringLiteral("/resource_providers/*/aggregates"));
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Remove, { A } });
        bulk.setParallel(2);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QTRY_COMPARE(m_network->heldRequests().size(), 2);

        bulk.cancel();
        const int sentBeforeCancel = static_cast<int>(m_network->requests().size());
        QCOMPARE(finished.count(), 0);
        QVERIFY(bulk.isRunning());
        QCOMPARE(bulk.count(Status::Running), 2);
        QCOMPARE(bulk.count(Status::Cancelled), 4);
        QCOMPARE(BulkOutcomeModel::outcomeText(bulk.outcomes().last()), QStringLiteral("Cancelled (not sent)"));
        bulk.cancel(); // twice changes nothing
        QCOMPARE(finished.count(), 0);

        m_network->releaseAll();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(bulk.count(Status::Done), 2);
        QCOMPARE(bulk.count(Status::Cancelled), 4);
        QCOMPARE(m_network->requests().size(), sentBeforeCancel);
        QCOMPARE(m_placement->aggregates(providers.at(0).first), QStringList { B });
        QCOMPARE(m_placement->aggregates(providers.at(5).first), (QStringList { A, B }));
        QCOMPARE(m_placement->writes(), 2);
        QVERIFY(!bulk.isRunning());
        QCOMPARE(finished.count(), 1);
    }

    void cancelBetweenReadAndWrite()
    {
        const Providers providers = addProviders(QList<QStringList>(4, { A, B }));
        m_network->setHold("GET", QStringLiteral("/resource_providers/*/aggregates"));
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Remove, { A } });
        bulk.setParallel(2);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QTRY_COMPARE(m_network->heldRequests().size(), 2);
        bulk.cancel();
        m_network->releaseAll();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(bulk.count(Status::Cancelled), 4);
        QCOMPARE(m_network->count("PUT"), 0);
        QCOMPARE(finished.count(), 1);
    }

    void aConflictAfterCancelIsNotRetried()
    {
        const Providers providers = addProviders({ { A } });
        const QString uuid = providers.first().first;
        m_network->setHold("PUT", aggregatesPath(uuid));
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Add, { B } });
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        QTRY_COMPARE(m_network->heldRequests().size(), 1);
        m_placement->bumpGeneration(uuid); // the held PUT will meet a 409
        bulk.cancel();
        m_network->releaseAll();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(bulk.outcomes().first().status, Status::Cancelled);
        QCOMPARE(bulk.outcomes().first().conflicts, 1);
        QCOMPARE(m_network->count("PUT"), 1);
        QCOMPARE(m_placement->aggregates(uuid), QStringList { A });
        QCOMPARE(finished.count(), 1);
    }

    void retryFailedRunsFailedAndCancelledAgain()
    {
        const Providers providers = addProviders({ { A }, { A }, { A }, { A } });
        // Provider 1's read fails once; provider 3 is cancelled while 0 and 2 are writing.
        m_network->enqueue(
            "GET", aggregatesPath(providers.at(1).first),
            FakeResponse::placementError(500, QStringLiteral("Internal Server Error"), QStringLiteral("boom")));
        m_network->setHold("PUT", QStringLiteral("/resource_providers/*/aggregates"));
        BulkAggregateEdit bulk(m_client.get(), BulkIntent { Kind::Remove, { A } });
        bulk.setParallel(2);
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        QSignalSpy changed(&bulk, &BulkAggregateEdit::outcomeChanged);
        bulk.start(providers);
        QTRY_COMPARE(m_network->heldRequests().size(), 2);
        QCOMPARE(bulk.outcomes().at(1).status, Status::Failed);
        bulk.cancel();
        QCOMPARE(bulk.outcomes().at(3).status, Status::Cancelled);
        bulk.retryFailed(); // ignored while writes are in flight
        QCOMPARE(bulk.outcomes().at(1).status, Status::Failed);
        QCOMPARE(bulk.outcomes().at(3).status, Status::Cancelled);
        m_network->setHold("PUT", QStringLiteral("/resource_providers/*/aggregates"), false);
        m_network->releaseAll();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(bulk.outcomes().at(0).status, Status::Done);
        QCOMPARE(bulk.outcomes().at(2).status, Status::Done);
        QVERIFY(!bulk.outcomes().at(1).error.isEmpty());

        changed.clear();
        bulk.retryFailed();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(bulk.count(Status::Done), 4);
        for (const auto &provider : providers)
            QCOMPARE(m_placement->aggregates(provider.first), QStringList());
        QVERIFY(bulk.outcomes().at(1).error.isEmpty());
        // Providers 0 and 2 were left alone: no signal, no request.
        for (const auto &args : std::as_const(changed))
            QVERIFY(args.at(0).toInt() == 1 || args.at(0).toInt() == 3);
        QCOMPARE(m_network->count("GET", aggregatesPath(providers.at(0).first)), 1);
        QCOMPARE(m_network->count("GET", aggregatesPath(providers.at(1).first)), 2);
        QCOMPARE(m_network->count("GET", aggregatesPath(providers.at(3).first)), 1);
    }

    void finishedOncePerRun_data()
    {
        QTest::addColumn<QString>("run");
        QTest::addRow("no providers") << QStringLiteral("none");
        QTest::addRow("all unchanged") << QStringLiteral("unchanged");
        QTest::addRow("one fails") << QStringLiteral("fails");
        QTest::addRow("cancel before any answer") << QStringLiteral("cancel at once");
        QTest::addRow("cancel after the run") << QStringLiteral("cancel after");
    }
    void finishedOncePerRun()
    {
        QFETCH(QString, run);
        Providers providers;
        if (run != QStringLiteral("none"))
            providers = addProviders({ { A }, { A }, { A } });
        if (run == QStringLiteral("fails"))
            m_network->enqueue("GET", aggregatesPath(providers.at(1).first), FakeResponse::networkError());
        BulkAggregateEdit bulk(m_client.get(),
                               BulkIntent { run == QStringLiteral("unchanged") ? Kind::Add : Kind::Remove, { A } });
        QSignalSpy finished(&bulk, &BulkAggregateEdit::finished);
        bulk.start(providers);
        if (run == QStringLiteral("cancel at once"))
            bulk.cancel();
        QTRY_VERIFY(!bulk.isRunning());
        QTRY_COMPARE(finished.count(), 1);
        if (run == QStringLiteral("cancel after")) {
            bulk.cancel();
            QCOMPARE(finished.count(), 1);
        }
        // Nothing late: every reply of this run has been handled.
        QTRY_COMPARE(m_network->inFlight(), 0);
        QCoreApplication::processEvents();
        QVERIFY(finished.count() >= 1);
        if (run != QStringLiteral("cancel after"))
            QCOMPARE(finished.count(), 1);
    }

private:
    // Providers with these aggregate sets (generation 1), as (uuid, name) pairs for start().
    Providers addProviders(const QList<QStringList> &sets)
    {
        Providers providers;
        for (int i = 0; i < sets.size(); ++i) {
            const QString uuid = providerUuid(i);
            const QString name = QStringLiteral("compute-%1").arg(i);
            m_placement->addProvider(uuid, name, sets.at(i), 1);
            providers << qMakePair(uuid, name);
        }
        return providers;
    }

    // One provider per set, each with its intent, as targets for start().
    QList<BulkTarget> addTargets(const QList<QStringList> &sets, const QList<BulkIntent> &intents)
    {
        QList<BulkTarget> targets;
        const Providers providers = addProviders(sets);
        for (int i = 0; i < providers.size(); ++i)
            targets << BulkTarget(providers.at(i).first, providers.at(i).second, intents.at(i));
        return targets;
    }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<FakePlacement> m_placement;
    std::unique_ptr<PlacementClient> m_client;
    int m_firstRequest = 0;
};

QTEST_GUILESS_MAIN(TestBulkEditUnit)
#include "tst_bulkedit_unit.moc"
