// RequestScheduler: priorities, promotion and progress against the real Placement;
// the parallelism bound against a real TCP server that holds every request open.

#include "faketcpserver.h"
#include "httpclient.h"
#include "liveserver.h"
#include "requestscheduler.h"

#include <QSignalSpy>
#include <QTest>

using Priority = RequestScheduler::Priority;

class TestSchedulerLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    QStringList m_providers;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        for (int i = 0; i < 6; ++i) {
            m_providers << m_live.createProvider(QStringLiteral("sched-%1").arg(i));
            QVERIFY(!m_providers.last().isEmpty());
        }
    }

    void userBeforeVisibleBeforeBackground()
    {
        HttpClient http;
        http.setBaseUrl(m_live.url());
        http.setToken(m_live.token());
        RequestScheduler scheduler(&http);
        scheduler.setMaxParallel(1); // one at a time: completion order is start order
        QStringList order;
        auto track = [&](const QString &name) {
            return [&order, name](const HttpResponse &) {
                order << name;
            };
        };
        auto get = [&](int i) {
            return HttpRequest::get(QStringLiteral("/resource_providers/") + m_providers.at(i));
        };

        for (int i = 0; i < 5; ++i)
            scheduler.enqueue(get(i), Priority::Background, this, track(QStringLiteral("bg%1").arg(i)),
                              m_providers.at(i));
        QCOMPARE(scheduler.running(), 1); // bg0 is already on the wire
        QCOMPARE(scheduler.queued(), 4);
        scheduler.promote({ m_providers.at(3) }, Priority::Visible);
        scheduler.enqueue(get(5), Priority::User, this, track(QStringLiteral("user")));
        // Promotion never lowers: bg3 asked again as background stays visible.
        scheduler.promote({ m_providers.at(3) }, Priority::Background);

        QVERIFY(QTest::qWaitFor([&] { return scheduler.isIdle(); }, 20000));
        QCOMPARE(order,
                 (QStringList { QStringLiteral("bg0"), QStringLiteral("user"), QStringLiteral("bg3"),
                                QStringLiteral("bg1"), QStringLiteral("bg2"), QStringLiteral("bg4") }));
    }

    void progressCountsDoneAndFailed()
    {
        HttpClient http;
        http.setBaseUrl(m_live.url());
        http.setToken(m_live.token());
        http.setMicroversion(ApiVersion(1, 39)); // aggregates exist from 1.1
        RequestScheduler scheduler(&http);
        QSignalSpy progress(&scheduler, &RequestScheduler::progressChanged);
        QSignalSpy idle(&scheduler, &RequestScheduler::idle);
        int failures = 0;
        for (int i = 0; i < 9; ++i) {
            const QString uuid = i == 4 ? LiveServer::newUuid() : m_providers.at(i % m_providers.size());
            scheduler.enqueue(HttpRequest::get(QStringLiteral("/resource_providers/%1/aggregates").arg(uuid)),
                              Priority::Background, this, [&](const HttpResponse &r) { failures += r.ok() ? 0 : 1; });
        }
        QVERIFY(idle.wait(20000));
        QCOMPARE(idle.count(), 1);
        QCOMPARE(failures, 1);
        const QList<QVariant> last = progress.last();
        QCOMPARE(last.at(0).toInt(), 9); // done
        QCOMPARE(last.at(1).toInt(), 9); // total
        QCOMPARE(last.at(2).toInt(), 1); // failed: the unknown provider's 404
        QCOMPARE(scheduler.batchDone(), 9);

        // The next batch starts from zero.
        scheduler.enqueue(HttpRequest::get(QStringLiteral("/")), Priority::User, this, [](const HttpResponse &) {});
        QCOMPARE(scheduler.batchTotal(), 1);
        QCOMPARE(scheduler.batchDone(), 0);
        QVERIFY(idle.wait(10000));
    }

    void parallelismIsBounded_data()
    {
        QTest::addColumn<int>("maxParallel");
        QTest::addRow("one") << 1;
        QTest::addRow("three") << 3;
        QTest::addRow("default six") << RequestScheduler::defaultMaxParallel;
    }
    void parallelismIsBounded()
    {
        QFETCH(int, maxParallel);
        FakeTcpServer server; // holds every request open: a real server answers too fast to count
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::Stall);
        HttpClient http;
        http.setBaseUrl(server.url());
        RequestScheduler scheduler(&http);
        scheduler.setMaxParallel(maxParallel);
        int answered = 0;
        for (int i = 0; i < 10; ++i)
            scheduler.enqueue(HttpRequest::get(QStringLiteral("/r/%1").arg(i)), Priority::Background, this,
                              [&](const HttpResponse &) { ++answered; });
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == maxParallel; }, 5000));
        QTest::qWait(200); // nothing more may arrive
        QCOMPARE(server.requests().size(), maxParallel);
        QCOMPARE(scheduler.running(), maxParallel);
        QCOMPARE(scheduler.queued(), 10 - maxParallel);

        scheduler.cancelAll();
        QCOMPARE(scheduler.running(), 0);
        QCOMPARE(http.inFlight(), 0);
        QTest::qWait(100);
        QCOMPARE(answered, 0);
        QCOMPARE(server.requests().size(), maxParallel); // queued ones were dropped, not sent
    }

    void cancelOneFreesItsSlot()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setMode(FakeTcpServer::Mode::Stall);
        HttpClient http;
        http.setBaseUrl(server.url());
        RequestScheduler scheduler(&http);
        scheduler.setMaxParallel(1);
        const quint64 first = scheduler.enqueue(HttpRequest::get(QStringLiteral("/first")), Priority::User, this,
                                                [](const HttpResponse &) {});
        scheduler.enqueue(HttpRequest::get(QStringLiteral("/second")), Priority::User, this,
                          [](const HttpResponse &) {});
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 1; }, 5000));
        scheduler.cancel(first);
        QVERIFY(QTest::qWaitFor([&] { return server.requests().size() == 2; }, 5000));
        QVERIFY(server.requests().at(1).startsWith("GET /second"));
        QCOMPARE(scheduler.batchTotal(), 1);
        scheduler.cancelAll();
    }
};

QTEST_GUILESS_MAIN(TestSchedulerLive)
#include "tst_scheduler_live.moc"
