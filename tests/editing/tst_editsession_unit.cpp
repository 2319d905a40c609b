// AggregateEditSession over the in-memory transport: every path of docs/editing.md's state
// diagram (save, 409 -> re-read -> conflict, the three choices, the bounded automatic
// re-apply, failures that keep the edit) with the exact requests each one sends.
// The race "someone else wrote meanwhile" is made by changing FakePlacement behind the
// client's back, or by doing so at the moment the client's PUT goes out.

#include "aggregateeditsession.h"
#include "aggregatelist.h"
#include "fakenetwork.h"
#include "fakeplacement.h"
#include "httpclient.h"
#include "placementclient.h"
#include "testwaits.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {
const QString rp = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString aggregatesPath = QStringLiteral("/resource_providers/%1/aggregates").arg(rp);
const QString A = QStringLiteral("11111111-0000-4000-8000-00000000000a");
const QString B = QStringLiteral("11111111-0000-4000-8000-00000000000b");
const QString C = QStringLiteral("11111111-0000-4000-8000-00000000000c");
const QString D = QStringLiteral("11111111-0000-4000-8000-00000000000d");
constexpr qint64 baseGeneration = 3;

using State = AggregateEditSession::State;

QStringList upper(const QStringList &list)
{
    QStringList result;
    for (const QString &s : list)
        result << s.toUpper();
    return result;
}

QStringList sentAggregates(const FakeRequest &put)
{
    QStringList list;
    const QJsonArray array = put.json().value(QStringLiteral("aggregates")).toArray();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

qint64 sentGeneration(const FakeRequest &put)
{
    return put.json().value(QStringLiteral("resource_provider_generation")).toInteger(-1);
}
} // namespace

class TestEditSessionUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<FakeNetwork>();
        m_placement = std::make_unique<FakePlacement>();
        m_placement->addProvider(rp, QStringLiteral("compute-1"), { A, B }, baseGeneration);
        m_placement->serve(m_network.get());
        m_client = std::make_unique<PlacementClient>();
        QVERIFY(connectThroughFake(m_client.get(), m_network.get()));
    }
    void cleanup()
    {
        QVERIFY2(m_network->unscripted().isEmpty(), qPrintable(m_network->describe()));
        m_client.reset();
        m_network.reset();
        m_placement.reset();
    }

    void saveSendsOneGenerationCheckedPut()
    {
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        QSignalSpy states(&session, &AggregateEditSession::stateChanged);
        QSignalSpy saved(&session, &AggregateEditSession::saved);
        QSignalSpy baseChanged(&session, &AggregateEditSession::baseChanged);
        session.setWanted({ A, C });
        QVERIFY(session.hasPendingChange());
        session.save();
        QCOMPARE(session.state(), State::Saving);
        QVERIFY(saved.wait(unitWaitMs));

        QCOMPARE(session.state(), State::Saved);
        QCOMPARE(states.count(), 2);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Saved);
        const auto result = saved.at(0).at(0).value<ProviderAggregates>();
        QCOMPARE(result.aggregates, (QStringList { A, C }));
        QCOMPARE(result.generation, baseGeneration + 1);
        QCOMPARE(saved.at(0).at(1).toStringList(), (QStringList { A, B }));
        QCOMPARE(session.previousAggregates(), (QStringList { A, B }));
        QCOMPARE(baseChanged.count(), 1);
        QCOMPARE(session.base().generation, baseGeneration + 1);
        QVERIFY(!session.hasPendingChange());

        QCOMPARE(m_network->count("PUT"), 1);
        QCOMPARE(m_network->count("GET", aggregatesPath), 0);
        const FakeRequest put = m_network->requests("PUT").first();
        QCOMPARE(put.path, aggregatesPath);
        QCOMPARE(sentAggregates(put), (QStringList { A, C }));
        QCOMPARE(sentGeneration(put), baseGeneration);
        QCOMPARE(m_placement->aggregates(rp), (QStringList { A, C }));
    }

    void editingAgainAfterSavedStartsFromTheSavedBase()
    {
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        session.setWanted({ A });
        session.save();
        QTRY_COMPARE(session.state(), State::Saved);
        session.setWanted({ A, D });
        QCOMPARE(session.state(), State::Editing);
        session.save();
        QTRY_COMPARE(session.state(), State::Saved);
        const FakeRequest second = m_network->requests("PUT").last();
        QCOMPARE(sentGeneration(second), baseGeneration + 1);
        QCOMPARE(session.previousAggregates(), QStringList { A });
        QCOMPARE(m_placement->aggregates(rp), (QStringList { A, D }));
    }

    // A 409 is re-read once and turned into a report; nothing else is sent until a choice.
    void conflictReport_data()
    {
        QTest::addColumn<QStringList>("baseSet"); // what the operator read (and the server had)
        QTest::addColumn<QStringList>("serverSet"); // what someone else stored meanwhile
        QTest::addColumn<bool>("onlyGeneration"); // they changed traits, not aggregates
        QTest::addColumn<QStringList>("mine");
        QTest::addColumn<QStringList>("merged");
        QTest::addColumn<bool>("changedOnServer");
        QTest::addColumn<QStringList>("serverAdded");
        QTest::addColumn<QStringList>("serverRemoved");

        const QStringList none;
        QTest::addRow("they added D, I added C")
            << QStringList { A, B } << QStringList { A, B, D } << false << QStringList { A, B, C }
            << QStringList { A, B, D, C } << true << QStringList { D } << none;
        QTest::addRow("they removed B, I added C")
            << QStringList { A, B } << QStringList { A } << false << QStringList { A, B, C } << QStringList { A, C }
            << true << none << QStringList { B };
        QTest::addRow("they removed A, I removed B") << QStringList { A, B } << QStringList { B } << false
                                                     << QStringList { A } << none << true << none << QStringList { A };
        QTest::addRow("both removed B") << QStringList { A, B } << QStringList { A } << false << QStringList { A }
                                        << QStringList { A } << true << none << QStringList { B };
        QTest::addRow("both added C") << QStringList { A, B } << QStringList { A, B, C } << false
                                      << QStringList { A, B, C } << QStringList { A, B, C } << true << QStringList { C }
                                      << none;
        QTest::addRow("only the generation moved") << QStringList { A, B } << QStringList { A, B } << true
                                                   << QStringList { A } << QStringList { A } << false << none << none;
        // The server stores what it was sent: another tool's upper-case spelling is the same set.
        QTest::addRow("they re-stored my set in upper case")
            << QStringList { A, B } << upper({ A, B }) << false << QStringList { A, B, C } << QStringList { A, B, C }
            << false << none << none;
        // The editor opens on the server's own spelling (the controller passes the GET's result).
        QTest::addRow("stored in upper case, only the generation moved")
            << upper({ A, B }) << upper({ A, B }) << true << (upper({ A, B }) << C) << QStringList { A, B, C } << false
            << none << none;
    }
    void conflictReport()
    {
        QFETCH(QStringList, baseSet);
        QFETCH(QStringList, serverSet);
        QFETCH(bool, onlyGeneration);
        QFETCH(QStringList, mine);
        QFETCH(QStringList, merged);
        QFETCH(bool, changedOnServer);
        QFETCH(QStringList, serverAdded);
        QFETCH(QStringList, serverRemoved);

        m_placement->setAggregates(rp, baseSet); // generation 4: the read the operator starts from
        const ProviderAggregates base { baseSet, m_placement->generation(rp) };
        if (onlyGeneration)
            m_placement->bumpGeneration(rp);
        else
            m_placement->setAggregates(rp, serverSet);
        const qint64 serverGeneration = m_placement->generation(rp);

        AggregateEditSession session(m_client.get(), rp, base);
        QSignalSpy states(&session, &AggregateEditSession::stateChanged);
        QSignalSpy conflicts(&session, &AggregateEditSession::conflictDetected);
        QSignalSpy baseChanged(&session, &AggregateEditSession::baseChanged);
        QSignalSpy failed(&session, &AggregateEditSession::saveFailed);
        session.setWanted(mine);
        session.save();
        QVERIFY(conflicts.wait(unitWaitMs));

        QCOMPARE(session.state(), State::Conflict);
        QCOMPARE(states.count(), 3);
        QCOMPARE(states.at(0).at(0).value<State>(), State::Saving);
        QCOMPARE(states.at(1).at(0).value<State>(), State::Resolving);
        QCOMPARE(states.at(2).at(0).value<State>(), State::Conflict);
        QCOMPARE(failed.count(), 0);
        QCOMPARE(baseChanged.count(), 0); // nothing chosen yet: the base stays
        QCOMPARE(session.base().generation, base.generation);

        const AggregateConflict &c = session.conflict();
        QCOMPARE(c.base.aggregates, base.aggregates);
        QCOMPARE(c.base.generation, base.generation);
        QCOMPARE(c.server.aggregates, AggregateList::check(serverSet).aggregates);
        QCOMPARE(c.server.generation, serverGeneration);
        QCOMPARE(c.mine, mine);
        QCOMPARE(c.merged, merged);
        QCOMPARE(c.aggregatesChangedOnServer, changedOnServer);
        QCOMPARE(c.serverChange, (AggregateChange { serverAdded, serverRemoved }));
        QCOMPARE(c.myChange, AggregateMerge::diff(base.aggregates, mine));
        // The conflictDetected argument is the same report.
        QCOMPARE(conflicts.at(0).at(0).value<AggregateConflict>().merged, merged);

        // One PUT refused, one re-read, nothing more until the operator chooses.
        QCOMPARE(m_network->count("PUT"), 1);
        QCOMPARE(m_network->count("GET", aggregatesPath), 1);
        QVERIFY(m_network->requests("GET", aggregatesPath).first().startedAt
                > m_network->requests("PUT").first().finishedAt);
        QCOMPARE(m_placement->generation(rp), serverGeneration);
    }

    void reapplyMineSavesTheMergeOnTheServersGeneration()
    {
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        m_placement->setAggregates(rp, { A, B, D }); // generation 4
        QSignalSpy baseChanged(&session, &AggregateEditSession::baseChanged);
        QSignalSpy saved(&session, &AggregateEditSession::saved);
        session.setWanted({ A, B, C });
        session.save();
        QTRY_COMPARE(session.state(), State::Conflict);

        session.reapplyMine();
        QCOMPARE(session.state(), State::Saving);
        QCOMPARE(baseChanged.count(), 1); // adopted the server's state
        QCOMPARE(baseChanged.at(0).at(0).value<ProviderAggregates>().generation, 4);
        QCOMPARE(session.theirChange(), (AggregateChange { { D }, {} }));
        QVERIFY(saved.wait(unitWaitMs));

        QCOMPARE(session.state(), State::Saved);
        QCOMPARE(baseChanged.count(), 2);
        QCOMPARE(session.base().generation, 5);
        QCOMPARE(m_placement->aggregates(rp), (QStringList { A, B, D, C }));
        QCOMPARE(session.previousAggregates(), (QStringList { A, B, D })); // undo restores the server's set
        QVERIFY(session.theirChange().isEmpty());
        const QList<FakeRequest> puts = m_network->requests("PUT");
        QCOMPARE(puts.size(), 2);
        QCOMPARE(sentGeneration(puts.at(0)), baseGeneration);
        QCOMPARE(sentGeneration(puts.at(1)), 4);
        QCOMPARE(sentAggregates(puts.at(1)), (QStringList { A, B, D, C }));
    }

    void reloadDroppingMineTakesTheServersSet()
    {
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        m_placement->setAggregates(rp, { B, D });
        QSignalSpy baseChanged(&session, &AggregateEditSession::baseChanged);
        session.setWanted({ A, B, C });
        session.save();
        QTRY_COMPARE(session.state(), State::Conflict);

        session.reloadDroppingMine();
        QCOMPARE(session.state(), State::Editing);
        QCOMPARE(session.base().aggregates, (QStringList { B, D }));
        QCOMPARE(session.base().generation, 4);
        QCOMPARE(session.wanted(), (QStringList { B, D }));
        QVERIFY(!session.hasPendingChange());
        QCOMPARE(session.theirChange(), (AggregateChange { { D }, { A } }));
        QCOMPARE(baseChanged.count(), 1);
        QCOMPARE(m_network->count("PUT"), 1);
        QCOMPARE(m_placement->aggregates(rp), (QStringList { B, D }));
    }

    void keepEditingRebasesMyChangeAndKeepsTheirs()
    {
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        m_placement->setAggregates(rp, { B, D }); // they removed A and added D
        QSignalSpy conflicts(&session, &AggregateEditSession::conflictDetected);
        QSignalSpy baseChanged(&session, &AggregateEditSession::baseChanged);
        session.setWanted({ A, C }); // I removed B and added C
        session.save();
        QVERIFY(conflicts.wait(unitWaitMs));

        session.keepEditing();
        QCOMPARE(session.state(), State::Editing);
        QCOMPARE(baseChanged.count(), 1);
        QCOMPARE(session.base().aggregates, (QStringList { B, D }));
        QCOMPARE(session.base().generation, 4);
        // My change, not my literal set: their D stays, their removal of A stays.
        QCOMPARE(session.wanted(), (QStringList { D, C }));
        QCOMPARE(session.pendingChange(), (AggregateChange { { C }, { B } }));
        QCOMPARE(session.theirChange(), (AggregateChange { { D }, { A } }));
        QCOMPARE(m_network->count("PUT"), 1);

        // A later conflict repeats the prompt, with the rebased edit as "mine".
        m_placement->setAggregates(rp, { B, D, A });
        session.save();
        QVERIFY(conflicts.wait(unitWaitMs));
        QCOMPARE(conflicts.count(), 2);
        QCOMPARE(session.conflict().base.generation, 4);
        QCOMPARE(session.conflict().mine, (QStringList { D, C }));
        QCOMPARE(session.conflict().merged, (QStringList { D, A, C }));
        QCOMPARE(session.conflict().serverChange, (AggregateChange { { A }, {} }));

        session.keepEditing();
        QCOMPARE(session.theirChange(), (AggregateChange { { D }, {} })); // from the set the edit began with
        session.save();
        QTRY_COMPARE(session.state(), State::Saved);
        QCOMPARE(m_placement->aggregates(rp), (QStringList { D, A, C }));
        QVERIFY(session.theirChange().isEmpty());
        QCOMPARE(m_network->count("PUT"), 3);
    }

    void automaticReapply_data()
    {
        QTest::addColumn<bool>("autoOn");
        QTest::addColumn<QString>("race"); // what happens on the server as each PUT goes out
        QTest::addColumn<QStringList>("stored"); // the server's spelling of the base
        QTest::addColumn<int>("reapplies");
        QTest::addColumn<int>("puts");
        QTest::addColumn<State>("state");

        const int cap = AggregateEditSession::maxAutomaticReapplies;
        QTest::addRow("generation moved once")
            << true << QStringLiteral("bump once") << QStringList { A, B } << 1 << 2 << State::Saved;
        QTest::addRow("generation moved three times")
            << true << QStringLiteral("bump 3") << QStringList { A, B } << 3 << 4 << State::Saved;
        QTest::addRow("generation moves every time: bounded")
            << true << QStringLiteral("bump always") << QStringList { A, B } << cap << cap + 1 << State::Conflict;
        QTest::addRow("aggregates changed: asks")
            << true << QStringLiteral("add D once") << QStringList { A, B } << 0 << 1 << State::Conflict;
        QTest::addRow("opt-in only") << false << QStringLiteral("bump once") << QStringList { A, B } << 0 << 1
                                     << State::Conflict;
        QTest::addRow("stored in upper case, generation moved once")
            << true << QStringLiteral("bump once") << upper({ A, B }) << 1 << 2 << State::Saved;
    }
    void automaticReapply()
    {
        QFETCH(bool, autoOn);
        QFETCH(QString, race);
        QFETCH(QStringList, stored);
        QFETCH(int, reapplies);
        QFETCH(int, puts);
        QFETCH(State, state);

        m_placement->setAggregates(rp, stored);
        const ProviderAggregates base { stored, m_placement->generation(rp) };
        int raced = 0;
        QObject guard; // destroyed first: the race ends with this row
        connect(m_network.get(), &FakeNetwork::requestStarted, &guard, [&](int index) {
            if (m_network->request(index).method != "PUT")
                return;
            const bool now
                = race == QStringLiteral("bump always") || (race == QStringLiteral("bump 3") && raced < 3) || raced < 1;
            if (!now)
                return;
            ++raced;
            if (race == QStringLiteral("add D once"))
                m_placement->setAggregates(rp, m_placement->aggregates(rp) << D);
            else
                m_placement->bumpGeneration(rp);
        });

        AggregateEditSession session(m_client.get(), rp, base);
        session.setAutoReapplyWhenOnlyGenerationMoved(autoOn);
        QSignalSpy automatic(&session, &AggregateEditSession::automaticallyReapplied);
        QSignalSpy conflicts(&session, &AggregateEditSession::conflictDetected);
        QSignalSpy saved(&session, &AggregateEditSession::saved);
        const QStringList wanted = QStringList(stored) << C;
        session.setWanted(wanted);
        session.save();
        QTRY_VERIFY(session.state() == State::Saved || session.state() == State::Conflict);

        QCOMPARE(session.state(), state);
        QCOMPARE(automatic.count(), reapplies);
        QCOMPARE(m_network->count("PUT"), puts);
        QCOMPARE(conflicts.count(), state == State::Conflict ? 1 : 0);
        QCOMPARE(saved.count(), state == State::Saved ? 1 : 0);
        // Each automatic re-apply sent the generation it had just read.
        const QList<FakeRequest> sent = m_network->requests("PUT");
        for (int i = 1; i < sent.size(); ++i)
            QCOMPARE(sentGeneration(sent.at(i)), sentGeneration(sent.at(i - 1)) + 1);
        if (state == State::Saved)
            QVERIFY(AggregateMerge::sameSet(m_placement->aggregates(rp), AggregateList::check(wanted).aggregates));
    }

    // Anything but a concurrent update: the edit is kept, the operator is told why.
    void failedSaveKeepsTheEdit_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<PlacementError::Kind>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("requestId");

        QTest::addRow("400") << FakeResponse::placementError(
            400, QStringLiteral("Bad Request"), QStringLiteral("JSON does not validate"),
            QStringLiteral("placement.undefined_code"), QStringLiteral("req-400"))
                             << PlacementError::Kind::BadRequest << 400 << QStringLiteral("req-400");
        QTest::addRow("403") << FakeResponse::placementError(
            403, QStringLiteral("Forbidden"),
            QStringLiteral("Policy does not allow placement:resource_providers:aggregates:update to be performed."),
            QString(), QStringLiteral("req-403"))
                             << PlacementError::Kind::Forbidden << 403 << QStringLiteral("req-403");
        QTest::addRow("404 (provider deleted)")
            << FakeResponse::placementError(404, QStringLiteral("Not Found"),
                                            QStringLiteral("No resource provider with uuid %1 found").arg(rp),
                                            QString(), QStringLiteral("req-404"))
            << PlacementError::Kind::NotFound << 404 << QStringLiteral("req-404");
        QTest::addRow("409 that is not a generation conflict")
            << FakeResponse::placementError(409, QStringLiteral("Conflict"), QStringLiteral("Something else"),
                                            QStringLiteral("placement.undefined_code"), QStringLiteral("req-409"))
            << PlacementError::Kind::Conflict << 409 << QStringLiteral("req-409");
        QTest::addRow("500") << FakeResponse::placementError(500, QStringLiteral("Internal Server Error"),
                                                             QStringLiteral("deadlock detected"), QString(),
                                                             QStringLiteral("req-500"))
                             << PlacementError::Kind::ServerError << 500 << QStringLiteral("req-500");
        QTest::addRow("connection refused") << FakeResponse::networkError(QNetworkReply::ConnectionRefusedError)
                                            << PlacementError::Kind::Network << 0 << QString();
        QTest::addRow("connection closed") << FakeResponse::networkError(QNetworkReply::RemoteHostClosedError)
                                           << PlacementError::Kind::Network << 0 << QString();
        QTest::addRow("no answer in time") << FakeResponse::stall() << PlacementError::Kind::Timeout << 0 << QString();
    }
    void failedSaveKeepsTheEdit()
    {
        QFETCH(FakeResponse, answer);
        QFETCH(PlacementError::Kind, kind);
        QFETCH(int, status);
        QFETCH(QString, requestId);

        m_client->http()->setTransferTimeoutMs(150);
        m_network->enqueue("PUT", aggregatesPath, answer);
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        QSignalSpy states(&session, &AggregateEditSession::stateChanged);
        QSignalSpy failed(&session, &AggregateEditSession::saveFailed);
        QSignalSpy conflicts(&session, &AggregateEditSession::conflictDetected);
        QSignalSpy baseChanged(&session, &AggregateEditSession::baseChanged);
        session.setWanted({ A, C });
        session.save();
        QVERIFY(failed.wait(unitWaitMs));

        QCOMPARE(session.state(), State::Editing);
        QCOMPARE(states.count(), 2); // Saving, Editing
        const auto error = failed.at(0).at(0).value<PlacementError>();
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.httpStatus, status);
        QCOMPARE(error.requestId, requestId);
        if (!requestId.isEmpty())
            QVERIFY2(error.fullText().contains(requestId), qPrintable(error.fullText()));
        QCOMPARE(conflicts.count(), 0);
        QCOMPARE(baseChanged.count(), 0);
        QCOMPARE(session.wanted(), (QStringList { A, C }));
        QCOMPARE(session.base().generation, baseGeneration);
        QVERIFY(session.hasPendingChange());
        // Sent once, never again behind the operator's back, and not re-read.
        QCOMPARE(m_network->count("PUT"), 1);
        QCOMPARE(m_network->count("GET", aggregatesPath), 0);

        // The kept edit can be saved again.
        session.save();
        QTRY_COMPARE(session.state(), State::Saved);
        QCOMPARE(m_placement->aggregates(rp), (QStringList { A, C }));
    }

    // What the journal gets: one WriteRecord per save that reached the server, with the state
    // the PUT replaced, what it sent, the answer, its request id and the 409s on the way.
    void writtenRecordsEachSave_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("succeeded");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<QStringList>("before");
        QTest::addColumn<qint64>("generationBefore");
        QTest::addColumn<QStringList>("after");
        QTest::addColumn<qint64>("generationAfter");
        QTest::addRow("saved") << QStringLiteral("save") << true << 0 << QStringList { A, B } << baseGeneration
                               << QStringList { A, C } << baseGeneration + 1;
        QTest::addRow("re-applied after a conflict")
            << QStringLiteral("reapply") << true << 1 << QStringList { A, B, D } << baseGeneration + 1
            << QStringList { A, D, C } << baseGeneration + 2;
        QTest::addRow("kept editing, then saved")
            << QStringLiteral("keep") << true << 1 << QStringList { A, B, D } << baseGeneration + 1
            << QStringList { A, D, C } << baseGeneration + 2;
        QTest::addRow("reloaded after a conflict: dropped")
            << QStringLiteral("reload") << false << 1 << QStringList { A, B } << baseGeneration << QStringList {}
            << qint64(-1);
        QTest::addRow("403") << QStringLiteral("403") << false << 0 << QStringList { A, B } << baseGeneration
                             << QStringList {} << qint64(-1);
    }
    void writtenRecordsEachSave()
    {
        QFETCH(QString, path);
        QFETCH(bool, succeeded);
        QFETCH(int, conflicts);
        QFETCH(QStringList, before);
        QFETCH(qint64, generationBefore);
        QFETCH(QStringList, after);
        QFETCH(qint64, generationAfter);

        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        QSignalSpy written(&session, &AggregateEditSession::written);
        if (path == QLatin1String("403"))
            m_network->enqueue("PUT", aggregatesPath,
                               FakeResponse::placementError(403, QStringLiteral("Forbidden"), QStringLiteral("no"),
                                                            QString(), QStringLiteral("req-403")));
        else if (path != QLatin1String("save"))
            m_placement->setAggregates(rp, { A, B, D }); // generation 4: the save meets a 409
        session.setWanted({ A, C });
        session.save();
        if (path == QLatin1String("reapply") || path == QLatin1String("keep") || path == QLatin1String("reload")) {
            QTRY_COMPARE(session.state(), State::Conflict);
            QCOMPARE(written.count(), 0); // the operator has not chosen yet
            if (path == QLatin1String("reapply"))
                session.reapplyMine();
            else if (path == QLatin1String("reload"))
                session.reloadDroppingMine();
            else {
                session.keepEditing();
                session.save();
            }
        }
        QTRY_COMPARE(written.count(), 1);
        const auto record = written.at(0).at(0).value<WriteRecord>();
        QCOMPARE(record.providerUuid, rp);
        QCOMPARE(record.succeeded, succeeded);
        QCOMPARE(record.conflicts, conflicts);
        QCOMPARE(record.before, before);
        QCOMPARE(record.generationBefore, generationBefore);
        QCOMPARE(record.after, after);
        QCOMPARE(record.generationAfter, generationAfter);
        QCOMPARE(record.sentGeneration, generationBefore);
        QCOMPARE(record.error.isEmpty(), succeeded);
        QVERIFY(!record.requestId.isEmpty());
        const QList<FakeRequest> puts = m_network->requests("PUT");
        QCOMPARE(sentAggregates(puts.last()), record.sent);
        if (path == QLatin1String("403"))
            QCOMPARE(record.requestId, QStringLiteral("req-403"));
        else if (succeeded)
            QCOMPARE(record.requestId,
                     QStringLiteral("req-%1").arg(puts.last().index)); // the fake names answers by index
    }

    void failedReReadAfterConflictKeepsTheEdit_data()
    {
        QTest::addColumn<FakeResponse>("reread");
        QTest::addColumn<PlacementError::Kind>("kind");
        QTest::addColumn<QString>("requestId");
        QTest::addRow("deleted meanwhile") << FakeResponse::placementError(
            404, QStringLiteral("Not Found"), QStringLiteral("No such provider"), QString(), QStringLiteral("req-gone"))
                                           << PlacementError::Kind::NotFound << QStringLiteral("req-gone");
        QTest::addRow("500") << FakeResponse::placementError(
            500, QStringLiteral("Internal Server Error"), QStringLiteral("boom"), QString(), QStringLiteral("req-boom"))
                             << PlacementError::Kind::ServerError << QStringLiteral("req-boom");
        QTest::addRow("network") << FakeResponse::networkError(QNetworkReply::RemoteHostClosedError)
                                 << PlacementError::Kind::Network << QString();
        // An unusable 200 still names its answer, so the operator can find it in the server's log.
        QTest::addRow("garbage") << FakeResponse::json(200, QByteArrayLiteral("{\"aggregates\": 7}"),
                                                       QStringLiteral("req-garbage"))
                                 << PlacementError::Kind::BadResponse << QStringLiteral("req-garbage");
    }
    void failedReReadAfterConflictKeepsTheEdit()
    {
        QFETCH(FakeResponse, reread);
        QFETCH(PlacementError::Kind, kind);
        QFETCH(QString, requestId);

        m_placement->bumpGeneration(rp);
        m_network->enqueue("GET", aggregatesPath, reread);
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        QSignalSpy failed(&session, &AggregateEditSession::saveFailed);
        QSignalSpy conflicts(&session, &AggregateEditSession::conflictDetected);
        session.setWanted({ A, C });
        session.save();
        QVERIFY(failed.wait(unitWaitMs));

        QCOMPARE(session.state(), State::Editing);
        QCOMPARE(failed.at(0).at(0).value<PlacementError>().kind, kind);
        QCOMPARE(failed.at(0).at(0).value<PlacementError>().requestId, requestId);
        QCOMPARE(conflicts.count(), 0);
        QCOMPARE(session.wanted(), (QStringList { A, C }));
        QCOMPARE(session.base().generation, baseGeneration);
        QCOMPARE(m_network->count("PUT"), 1);
        QCOMPARE(m_network->count("GET", aggregatesPath), 1);
    }

    // Save is ignored unless Editing: while the PUT is in flight, while re-reading, during the prompt.
    void saveIsIgnoredUnlessEditing()
    {
        m_network->setHold("PUT", aggregatesPath);
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        session.setWanted({ A, C });
        session.save();
        session.save();
        QCOMPARE(session.state(), State::Saving);
        QTRY_COMPARE(m_network->heldRequests().size(), 1);
        session.save();
        QCOMPARE(m_network->count("PUT"), 1);

        // Someone writes before the held PUT lands: it meets a 409; hold the re-read too.
        m_placement->setAggregates(rp, { A, B, D });
        m_network->setHold("PUT", aggregatesPath, false);
        m_network->setHold("GET", aggregatesPath);
        QVERIFY(m_network->releaseAll() == 1);
        QTRY_COMPARE(session.state(), State::Resolving);
        QTRY_COMPARE(m_network->heldRequests().size(), 1);
        session.save();
        QCOMPARE(m_network->count("PUT"), 1);

        m_network->releaseAll();
        QTRY_COMPARE(session.state(), State::Conflict);
        session.save();
        QCOMPARE(session.state(), State::Conflict);
        QCOMPARE(m_network->count("PUT"), 1);
        QCOMPARE(m_network->count("GET", aggregatesPath), 1);
    }

    void choicesOutsideAConflictAreIgnored()
    {
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        QSignalSpy baseChanged(&session, &AggregateEditSession::baseChanged);
        session.setWanted({ A, C });
        session.reapplyMine();
        session.keepEditing();
        QCOMPARE(session.state(), State::Editing);
        QCOMPARE(session.wanted(), (QStringList { A, C }));
        // Reload in Editing drops my change and keeps the base (no server state to adopt).
        session.reloadDroppingMine();
        QCOMPARE(session.state(), State::Editing);
        QCOMPARE(session.wanted(), (QStringList { A, B }));
        QCOMPARE(baseChanged.count(), 0);
        QCOMPARE(m_network->count("PUT") + m_network->count("GET", aggregatesPath), 0);
    }

    // baseChanged follows every move of the base, and always carries the session's new base.
    void baseChangedFollowsTheBase_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("moves");
        QTest::addColumn<qint64>("finalGeneration");
        QTest::addRow("save") << QStringLiteral("save") << 1 << qint64(4);
        QTest::addRow("conflict, reapply") << QStringLiteral("reapply") << 2 << qint64(5);
        QTest::addRow("conflict, reload") << QStringLiteral("reload") << 1 << qint64(4);
        QTest::addRow("conflict, keep editing") << QStringLiteral("keep") << 1 << qint64(4);
        QTest::addRow("automatic re-apply") << QStringLiteral("auto") << 2 << qint64(5);
        QTest::addRow("failed save") << QStringLiteral("fail") << 0 << qint64(3);
    }
    void baseChangedFollowsTheBase()
    {
        QFETCH(QString, path);
        QFETCH(int, moves);
        QFETCH(qint64, finalGeneration);

        if (path == QStringLiteral("auto"))
            m_placement->bumpGeneration(rp);
        else if (path != QStringLiteral("save") && path != QStringLiteral("fail"))
            m_placement->setAggregates(rp, { A, B, D });
        if (path == QStringLiteral("fail"))
            m_network->enqueue("PUT", aggregatesPath, FakeResponse::networkError());
        AggregateEditSession session(m_client.get(), rp, { { A, B }, baseGeneration });
        session.setAutoReapplyWhenOnlyGenerationMoved(path == QStringLiteral("auto"));
        QSignalSpy baseChanged(&session, &AggregateEditSession::baseChanged);
        session.setWanted({ A, B, C });
        session.save();
        QTRY_VERIFY(session.state() != State::Saving && session.state() != State::Resolving);
        if (path == QStringLiteral("reapply"))
            session.reapplyMine();
        else if (path == QStringLiteral("reload"))
            session.reloadDroppingMine();
        else if (path == QStringLiteral("keep"))
            session.keepEditing();
        QTRY_VERIFY(session.state() != State::Saving && session.state() != State::Resolving);

        QCOMPARE(baseChanged.count(), moves);
        QCOMPARE(session.base().generation, finalGeneration);
        if (moves > 0) {
            const auto last = baseChanged.last().at(0).value<ProviderAggregates>();
            QCOMPARE(last.generation, session.base().generation);
            QCOMPARE(last.aggregates, session.base().aggregates);
        }
    }

private:
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<FakePlacement> m_placement;
    std::unique_ptr<PlacementClient> m_client;
};

QTEST_GUILESS_MAIN(TestEditSessionUnit)
#include "tst_editsession_unit.moc"
