// AggregateEditSession against the real Placement, with a second client racing it.

#include "aggregateeditsession.h"
#include "liveserver.h"
#include "placementclient.h"
#include "requestlog.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

Q_DECLARE_METATYPE(AggregateConflict)

class TestEditSessionLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    PlacementClient m_client;
    QString m_a, m_b, m_c, m_d;

    // A provider with aggregates {A, B}, and a session opened on what the server has.
    QString m_provider;
    std::unique_ptr<AggregateEditSession> openSession()
    {
        m_provider = m_live.createProvider(QStringLiteral("edit"));
        if (m_provider.isEmpty() || m_live.putAggregates(m_provider, { m_a, m_b }) < 0)
            return nullptr;
        std::optional<Result<ProviderAggregates>> base;
        m_client.getAggregates(m_provider, this, [&](const Result<ProviderAggregates> &r) { base = r; });
        if (!QTest::qWaitFor([&] { return base.has_value(); }, 10000) || !base->ok())
            return nullptr;
        return std::make_unique<AggregateEditSession>(&m_client, m_provider, base->value());
    }

    QStringList serverSet() { return m_live.aggregatesOf(m_provider); }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
    int putsLogged() const
    {
        int n = 0;
        for (int i = 0; i < m_client.log()->size(); ++i)
            n += m_client.log()->at(i).method == "PUT" ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        const auto caps = m_live.connectClient(m_client);
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().fullText()));
        m_a = LiveServer::newUuid();
        m_b = LiveServer::newUuid();
        m_c = LiveServer::newUuid();
        m_d = LiveServer::newUuid();
    }

    void saveWritesWithTheBaseGeneration()
    {
        auto session = openSession();
        QVERIFY(session);
        const qint64 generation = session->base().generation;
        QSignalSpy saved(session.get(), &AggregateEditSession::saved);
        session->setWanted({ m_a, m_c });
        QCOMPARE(session->pendingChange().added, QStringList { m_c });
        QCOMPARE(session->pendingChange().removed, QStringList { m_b });
        const int putsBefore = putsLogged();
        session->save();
        QCOMPARE(session->state(), AggregateEditSession::State::Saving);
        session->save(); // a second click while applying does nothing
        QVERIFY(saved.wait(10000));
        QCOMPARE(putsLogged(), putsBefore + 1);
        QCOMPARE(session->state(), AggregateEditSession::State::Saved);
        QCOMPARE(session->base().generation, generation + 1);
        QCOMPARE(sorted(session->previousAggregates()), sorted({ m_a, m_b }));
        QCOMPARE(serverSet(), sorted({ m_a, m_c }));
        QVERIFY(!session->hasPendingChange());
    }

    void conflictWhenAggregatesChangedThenReapply()
    {
        auto session = openSession();
        QVERIFY(session);
        QSignalSpy conflicts(session.get(), &AggregateEditSession::conflictDetected);
        QSignalSpy saved(session.get(), &AggregateEditSession::saved);
        session->setWanted({ m_a, m_c }); // remove B, add C
        QVERIFY(m_live.putAggregates(m_provider, { m_a, m_b, m_d }) > 0); // someone adds D meanwhile
        session->save();
        QVERIFY(conflicts.wait(10000));
        QCOMPARE(session->state(), AggregateEditSession::State::Conflict);
        const AggregateConflict c = session->conflict();
        QVERIFY(c.aggregatesChangedOnServer);
        QCOMPARE(sorted(c.base.aggregates), sorted({ m_a, m_b }));
        QCOMPARE(sorted(c.server.aggregates), sorted({ m_a, m_b, m_d }));
        QCOMPARE(sorted(c.mine), sorted({ m_a, m_c }));
        QCOMPARE(c.serverChange.added, QStringList { m_d });
        QCOMPARE(c.myChange.removed, QStringList { m_b });
        QCOMPARE(sorted(c.merged), sorted({ m_a, m_c, m_d }));
        QCOMPARE(serverSet(), sorted({ m_a, m_b, m_d })); // nothing of mine was written
        QCOMPARE(sorted(session->wanted()), sorted({ m_a, m_c })); // and nothing of mine was lost

        session->reapplyMine();
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverSet(), sorted({ m_a, m_c, m_d }));
        QCOMPARE(session->base().generation, c.server.generation + 1);
    }

    void onlyGenerationMovedThenKeepEditing()
    {
        auto session = openSession();
        QVERIFY(session);
        QSignalSpy conflicts(session.get(), &AggregateEditSession::conflictDetected);
        QSignalSpy saved(session.get(), &AggregateEditSession::saved);
        session->setWanted({ m_b });
        QVERIFY(m_live.bumpGenerationViaTraits(m_provider, { QStringLiteral("HW_CPU_X86_AVX2") }) > 0);
        session->save();
        QVERIFY(conflicts.wait(10000));
        const AggregateConflict c = session->conflict();
        QVERIFY(!c.aggregatesChangedOnServer);
        QVERIFY(c.serverChange.isEmpty());
        QCOMPARE(c.server.generation, c.base.generation + 1);
        QCOMPARE(c.merged, QStringList { m_b });

        session->keepEditing();
        QCOMPARE(session->state(), AggregateEditSession::State::Editing);
        QCOMPARE(session->base().generation, c.server.generation);
        QCOMPARE(session->wanted(), QStringList { m_b });
        session->setWanted({ m_b, m_d }); // the operator goes on editing
        session->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverSet(), sorted({ m_b, m_d }));
    }

    // Keep editing carries my change, not my literal set: a colleague's addition made while
    // I edited must not turn into my removal (issue 9, defect 5).
    void keepEditingRebasesMyChangeAndKeepsTheirs()
    {
        auto session = openSession();
        QVERIFY(session);
        QSignalSpy conflicts(session.get(), &AggregateEditSession::conflictDetected);
        QSignalSpy saved(session.get(), &AggregateEditSession::saved);
        QSignalSpy baseMoved(session.get(), &AggregateEditSession::baseChanged);
        session->setWanted({ m_a, m_c }); // remove B, add C
        QVERIFY(m_live.putAggregates(m_provider, { m_a, m_b, m_d }) > 0); // a colleague adds D
        session->save();
        QVERIFY(conflicts.wait(10000));

        session->keepEditing();
        QCOMPARE(session->state(), AggregateEditSession::State::Editing);
        QCOMPARE(baseMoved.count(), 1);
        QCOMPARE(sorted(session->base().aggregates), sorted({ m_a, m_b, m_d }));
        QCOMPARE(session->pendingChange().added, QStringList { m_c });
        QCOMPARE(session->pendingChange().removed, QStringList { m_b }); // D is not in my removals
        QCOMPARE(session->theirChange().added, QStringList { m_d });
        session->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverSet(), sorted({ m_a, m_c, m_d }));
        QVERIFY(session->theirChange().isEmpty()); // after my save, the next edit starts clean
    }

    // Removing their aggregate stays possible, but only as an explicit act.
    void keepEditingThenRemovingTheirsExplicitly()
    {
        auto session = openSession();
        QVERIFY(session);
        QSignalSpy conflicts(session.get(), &AggregateEditSession::conflictDetected);
        QSignalSpy saved(session.get(), &AggregateEditSession::saved);
        session->setWanted({ m_a, m_b, m_c });
        QVERIFY(m_live.putAggregates(m_provider, { m_b, m_d }) > 0); // a colleague: -A +D
        session->save();
        QVERIFY(conflicts.wait(10000));
        session->keepEditing();
        QCOMPARE(sorted(session->wanted()), sorted({ m_b, m_c, m_d })); // their removal of A stays too
        QCOMPARE(session->theirChange().removed, QStringList { m_a });
        QStringList wanted = session->wanted();
        wanted.removeAll(m_d);
        session->setWanted(wanted);
        QCOMPARE(session->pendingChange().removed, QStringList { m_d });
        session->save();
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverSet(), sorted({ m_b, m_c }));
    }

    void reloadDropsMineAndWritesNothing()
    {
        auto session = openSession();
        QVERIFY(session);
        QSignalSpy conflicts(session.get(), &AggregateEditSession::conflictDetected);
        session->setWanted({});
        QVERIFY(m_live.putAggregates(m_provider, { m_c }) > 0);
        session->save();
        QVERIFY(conflicts.wait(10000));
        const int puts = putsLogged();
        session->reloadDroppingMine();
        QCOMPARE(session->state(), AggregateEditSession::State::Editing);
        QCOMPARE(session->wanted(), QStringList { m_c });
        QVERIFY(!session->hasPendingChange());
        QTest::qWait(100);
        QCOMPARE(putsLogged(), puts);
        QCOMPARE(serverSet(), QStringList { m_c });
    }

    void aLaterConflictRepeatsThePrompt()
    {
        auto session = openSession();
        QVERIFY(session);
        QSignalSpy conflicts(session.get(), &AggregateEditSession::conflictDetected);
        QSignalSpy saved(session.get(), &AggregateEditSession::saved);
        session->setWanted({ m_a, m_b, m_c });
        QVERIFY(m_live.bumpGenerationViaTraits(m_provider, { QStringLiteral("HW_CPU_X86_SSE42") }) > 0);
        session->save();
        QVERIFY(conflicts.wait(10000));
        QVERIFY(m_live.putAggregates(m_provider, { m_a }) > 0); // and again, before the operator chooses
        session->reapplyMine();
        QVERIFY(conflicts.wait(10000));
        QCOMPARE(conflicts.count(), 2);
        QCOMPARE(saved.count(), 0);
        QVERIFY(session->conflict().aggregatesChangedOnServer);
        QCOMPARE(sorted(session->conflict().merged), sorted({ m_a, m_c })); // B removed by the server stays removed
        session->reapplyMine();
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverSet(), sorted({ m_a, m_c }));
    }

    void autoReapplyOnlyWhenOptedInAndAggregatesUnchanged_data()
    {
        QTest::addColumn<bool>("optIn");
        QTest::addColumn<bool>("aggregatesChange");
        QTest::addColumn<bool>("expectAutomatic");
        QTest::addRow("opted in, only generation moved") << true << false << true;
        QTest::addRow("opted in, aggregates changed") << true << true << false;
        QTest::addRow("not opted in") << false << false << false;
    }
    void autoReapplyOnlyWhenOptedInAndAggregatesUnchanged()
    {
        QFETCH(bool, optIn);
        QFETCH(bool, aggregatesChange);
        QFETCH(bool, expectAutomatic);
        auto session = openSession();
        QVERIFY(session);
        session->setAutoReapplyWhenOnlyGenerationMoved(optIn);
        QSignalSpy automatic(session.get(), &AggregateEditSession::automaticallyReapplied);
        QSignalSpy conflicts(session.get(), &AggregateEditSession::conflictDetected);
        QSignalSpy saved(session.get(), &AggregateEditSession::saved);
        session->setWanted({ m_a });
        if (aggregatesChange)
            QVERIFY(m_live.putAggregates(m_provider, { m_a, m_b, m_d }) > 0);
        else
            QVERIFY(m_live.bumpGenerationViaTraits(m_provider, { QStringLiteral("HW_CPU_X86_SSE41") }) > 0);
        session->save();
        QVERIFY(QTest::qWaitFor([&] { return saved.count() + conflicts.count() > 0; }, 10000));
        QCOMPARE(automatic.count(), expectAutomatic ? 1 : 0);
        QCOMPARE(saved.count(), expectAutomatic ? 1 : 0);
        QCOMPARE(conflicts.count(), expectAutomatic ? 0 : 1);
        if (expectAutomatic)
            QCOMPARE(serverSet(), QStringList { m_a });
    }

    void otherFailuresKeepTheEdit()
    {
        auto session = openSession();
        QVERIFY(session);
        QSignalSpy failed(session.get(), &AggregateEditSession::saveFailed);
        session->setWanted({ m_c, m_d });
        QVERIFY(m_live.request("DELETE", QStringLiteral("/resource_providers/") + m_provider).ok());
        session->save();
        QVERIFY(failed.wait(10000));
        const auto error = failed.first().first().value<PlacementError>();
        QCOMPARE(error.kind, PlacementError::Kind::NotFound);
        QVERIFY(!error.requestId.isEmpty());
        QCOMPARE(session->state(), AggregateEditSession::State::Editing);
        QCOMPARE(session->wanted(), (QStringList { m_c, m_d }));
    }
};

QTEST_GUILESS_MAIN(TestEditSessionLive)
#include "tst_editsession_live.moc"
