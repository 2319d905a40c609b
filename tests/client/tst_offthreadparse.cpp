// Large answers are parsed on the client's worker thread and answered on the GUI thread;
// an answer whose call is cancelled, whose context is destroyed or whose client is destroyed
// while it is being parsed never arrives. Small answers are parsed at once, in order. The same
// holds for Nova's hypervisor pages.

#include "fakenetwork.h"
#include "httpclient.h"
#include "novaclient.h"
#include "placementclient.h"
#include "replyparser.h"

#include <QSemaphore>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <memory>

namespace {
QString uuidFor(int i)
{
    return QStringLiteral("%1-0000-4000-8000-000000000000").arg(i, 8, 16, QLatin1Char('0'));
}

// Placement's answer to GET /resource_providers, `count` root providers.
QByteArray providerListBody(int count)
{
    QByteArray body = QByteArrayLiteral(R"({"resource_providers":[)");
    for (int i = 0; i < count; ++i) {
        const QByteArray uuid = uuidFor(i).toLatin1();
        if (i > 0)
            body += ',';
        body += R"({"uuid":")" + uuid + R"(","name":"compute-)" + QByteArray::number(i) + R"(","generation":)"
            + QByteArray::number(i % 7) + R"(,"parent_provider_uuid":null,"root_provider_uuid":")" + uuid
            + R"(","links":[{"rel":"self","href":"/resource_providers/)" + uuid + R"("}]})";
    }
    body += "]}";
    return body;
}

// One page of GET /os-hypervisors/detail: hypervisors first..first+count-1, and a "next" link
// when more follow.
QByteArray hypervisorPageBody(int first, int count, bool more)
{
    QByteArray body = QByteArrayLiteral(R"({"hypervisors":[)");
    for (int i = first; i < first + count; ++i) {
        if (i > first)
            body += ',';
        body += R"({"id":")" + uuidFor(i).toLatin1() + R"(","hypervisor_hostname":"node-)" + QByteArray::number(i)
            + R"(.example","state":"up","status":"enabled","hypervisor_type":"QEMU","host_ip":"192.0.2.1",)"
            + R"("service":{"id":")" + uuidFor(i + 1000000).toLatin1() + R"(","host":"compute-)" + QByteArray::number(i)
            + R"(","disabled_reason":null}})";
    }
    body += ']';
    if (more)
        body += R"(,"hypervisors_links":[{"rel":"next","href":"/v2.1/os-hypervisors/detail?marker=)"
            + uuidFor(first + count - 1).toLatin1() + R"("}])";
    return body + '}';
}

QByteArray aggregatesBody(int generation)
{
    return R"({"aggregates":[],"resource_provider_generation":)" + QByteArray::number(generation) + '}';
}

// Holds the parser's only worker thread until opened: a large answer that arrives meanwhile
// waits in the queue, so the test can act while its parse is known to be in flight.
class PoolGate
{
public:
    explicit PoolGate(QThreadPool *pool)
    {
        pool->start([state = m_state] {
            state->entered.release();
            state->open.acquire();
        });
        m_state->entered.acquire();
    }
    ~PoolGate() { open(); }
    PoolGate(const PoolGate &) = delete;
    PoolGate &operator=(const PoolGate &) = delete;

    void open()
    {
        if (!m_opened)
            m_state->open.release();
        m_opened = true;
    }

private:
    struct State
    {
        QSemaphore entered;
        QSemaphore open;
    };
    std::shared_ptr<State> m_state = std::make_shared<State>();
    bool m_opened = false;
};

enum class CancelBy
{
    Owner,
    Ticket,
    All
};
} // namespace

Q_DECLARE_METATYPE(CancelBy)

class TestOffThreadParse : public QObject
{
    Q_OBJECT

    using ProviderList = QList<ResourceProvider>;

    // A small request through the client, answered: every answer posted before it has
    // been delivered (or dropped) by then.
    bool roundTrip()
    {
        m_network->enqueue("GET", QStringLiteral("/resource_providers/*/aggregates"),
                           FakeResponse::json(200, aggregatesBody(1)));
        bool answered = false;
        m_client->getAggregates(uuidFor(0), this, [&answered](const Result<ProviderAggregates> &) { answered = true; });
        return QTest::qWaitFor([&answered] { return answered; }, 10000);
    }

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<FakeNetwork>();
        m_network->servePlacementRoot();
        m_client = std::make_unique<PlacementClient>();
        QVERIFY(connectThroughFake(m_client.get(), m_network.get()));
    }
    void cleanup()
    {
        m_client.reset();
        m_network.reset();
    }

    void largeAnswerIsParsedOffTheGuiThread_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("providers"); // -1: a bad response
        QTest::addRow("5000 providers") << providerListBody(5000) << 5000;
        QByteArray broken = providerListBody(1000);
        broken.chop(2);
        QTest::addRow("large broken body") << broken << -1;
    }
    void largeAnswerIsParsedOffTheGuiThread()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, providers);
        QVERIFY(body.size() > m_client->replyParser()->threshold());
        m_network->enqueue("GET", QStringLiteral("/resource_providers"),
                           FakeResponse::json(200, body, QStringLiteral("req-large")));

        int calls = 0;
        QThread *answeredOn = nullptr;
        std::optional<Result<ProviderList>> answer;
        PoolGate gate(m_client->replyParser()->pool());
        m_client->listProviders({}, this, [&](const Result<ProviderList> &result) {
            ++calls;
            answeredOn = QThread::currentThread();
            answer = result;
        });
        // The reply is in and waits for the worker: the GUI thread did not parse it.
        QTRY_COMPARE(m_client->replyParser()->pending(), 1);
        QCOMPARE(m_network->count("GET", QStringLiteral("/resource_providers")), 1);
        QVERIFY(m_network->requests("GET", QStringLiteral("/resource_providers")).constFirst().isFinished());
        QCOMPARE(calls, 0);

        gate.open();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(answeredOn, QCoreApplication::instance()->thread());
        QCOMPARE(m_client->replyParser()->pending(), 0);
        QVERIFY(answer.has_value());
        // The answer's request id survives the hop to the worker and back, good body or not.
        QCOMPARE(answer->requestId(), QStringLiteral("req-large"));
        if (providers < 0) {
            QVERIFY(!answer->ok());
            QCOMPARE(answer->error().kind, PlacementError::Kind::BadResponse);
            return;
        }
        QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().fullText()));
        const ProviderList &list = answer->value();
        QCOMPARE(list.size(), providers);
        QCOMPARE(list.constFirst().uuid, uuidFor(0));
        QCOMPARE(list.constLast().uuid, uuidFor(providers - 1));
        QCOMPARE(list.constLast().name, QStringLiteral("compute-%1").arg(providers - 1));
        QCOMPARE(list.constLast().generation, (providers - 1) % 7);
        QCOMPARE(list.constLast().rootUuid, uuidFor(providers - 1));
        QVERIFY(list.constLast().parentUuid.isEmpty());
    }

    void smallAnswersAreParsedAtOnceInOrder()
    {
        // The worker is busy the whole time: small answers never wait for it.
        PoolGate gate(m_client->replyParser()->pool());
        constexpr int count = 12; // more than the scheduler runs at once
        QList<int> order;
        for (int i = 0; i < count; ++i) {
            m_network->enqueue("GET", QStringLiteral("/resource_providers/%1/aggregates").arg(uuidFor(i)),
                               FakeResponse::json(200, aggregatesBody(i)));
            m_client->getAggregates(uuidFor(i), this, [&order, this, i](const Result<ProviderAggregates> &result) {
                QVERIFY(result.ok());
                QCOMPARE(result.value().generation, i);
                QCOMPARE(m_client->replyParser()->pending(), 0);
                order << i;
            });
        }
        QTRY_COMPARE(order.size(), count);
        for (int i = 0; i < count; ++i)
            QCOMPARE(order.at(i), i);
    }

    void smallAnswerOvertakesALargeOneBeingParsed()
    {
        m_network->enqueue("GET", QStringLiteral("/resource_providers"),
                           FakeResponse::json(200, providerListBody(3000)));
        QStringList answers;
        PoolGate gate(m_client->replyParser()->pool());
        m_client->listProviders({}, this,
                                [&answers](const Result<ProviderList> &) { answers << QStringLiteral("list"); });
        QTRY_COMPARE(m_client->replyParser()->pending(), 1);
        QVERIFY(roundTrip());
        QCOMPARE(answers, QStringList());
        gate.open();
        QTRY_COMPARE(answers, QStringList { QStringLiteral("list") });
    }

    void cancelledWhileParsingNeverAnswers_data()
    {
        QTest::addColumn<CancelBy>("by");
        QTest::addColumn<bool>("otherOwnerAnswered");
        QTest::addRow("cancelOwnedBy") << CancelBy::Owner << true;
        QTest::addRow("cancel(ticket)") << CancelBy::Ticket << true;
        QTest::addRow("cancelAll") << CancelBy::All << false;
    }
    void cancelledWhileParsingNeverAnswers()
    {
        QFETCH(CancelBy, by);
        QFETCH(bool, otherOwnerAnswered);
        m_network->enqueue("GET", QStringLiteral("/resource_providers"),
                           FakeResponse::json(200, providerListBody(5000)), 2);
        QObject owner;
        QObject other;
        int cancelledCalls = 0;
        int otherCalls = 0;
        PoolGate gate(m_client->replyParser()->pool());
        const quint64 ticket = m_client->listProviders(
            {}, &owner, [&cancelledCalls](const Result<ProviderList> &) { ++cancelledCalls; });
        QVERIFY(ticket != 0);
        m_client->listProviders({}, &other, [&otherCalls](const Result<ProviderList> &result) {
            QCOMPARE(result.ok() ? result.value().size() : -1, 5000);
            ++otherCalls;
        });
        QTRY_COMPARE(m_client->replyParser()->pending(), 2);
        QVERIFY(m_client->scheduler()->isIdle()); // the HTTP exchanges are over

        switch (by) {
        case CancelBy::Owner:
            m_client->cancelOwnedBy(&owner);
            break;
        case CancelBy::Ticket:
            m_client->cancel(ticket);
            break;
        case CancelBy::All:
            m_client->cancelAll();
            break;
        }
        QCOMPARE(m_client->replyParser()->pending(), otherOwnerAnswered ? 1 : 0);
        gate.open();
        QVERIFY(m_client->replyParser()->pool()->waitForDone(60000));
        // Whatever the worker posted is delivered before this later answer.
        QVERIFY(roundTrip());
        QCOMPARE(otherCalls, otherOwnerAnswered ? 1 : 0);
        QCOMPARE(cancelledCalls, 0);
        QCOMPARE(m_client->replyParser()->pending(), 0);
    }

    void destroyedContextDuringParseIsNeverCalled()
    {
        m_network->enqueue("GET", QStringLiteral("/resource_providers"),
                           FakeResponse::json(200, providerListBody(5000)));
        auto *context = new QObject;
        int calls = 0;
        PoolGate gate(m_client->replyParser()->pool());
        m_client->listProviders({}, context, [&calls](const Result<ProviderList> &) { ++calls; });
        QTRY_COMPARE(m_client->replyParser()->pending(), 1);
        delete context;
        gate.open();
        QVERIFY(m_client->replyParser()->pool()->waitForDone(60000));
        QVERIFY(roundTrip());
        QCOMPARE(calls, 0);
        QCOMPARE(m_client->replyParser()->pending(), 0);
    }

    void destroyingTheClientDuringParseIsSafe_data()
    {
        QTest::addColumn<bool>("openBeforeDestroying");
        // The parse most likely has not started: the client's end drops it from the queue.
        QTest::addRow("parse queued") << false;
        // The parse most likely runs: the client's end waits for it and drops its answer.
        QTest::addRow("parse running") << true;
    }
    void destroyingTheClientDuringParseIsSafe()
    {
        QFETCH(bool, openBeforeDestroying);
        m_network->enqueue("GET", QStringLiteral("/resource_providers"),
                           FakeResponse::json(200, providerListBody(10000)));
        int calls = 0;
        PoolGate gate(m_client->replyParser()->pool());
        m_client->listProviders({}, this, [&calls](const Result<ProviderList> &) { ++calls; });
        QTRY_COMPARE(m_client->replyParser()->pending(), 1);
        // The worker must be let go before the parser waits for it, which it does once
        // the client's own destructor is done and its children go.
        connect(m_client.get(), &QObject::destroyed, this, [&gate] { gate.open(); });
        if (openBeforeDestroying)
            gate.open();
        m_client.reset();
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QCOMPARE(calls, 0);
    }

    void novaHypervisorPagesAreParsedOffTheGuiThread()
    {
        NovaClient nova;
        QVERIFY(connectNova(&nova));
        const QString path = QStringLiteral("/v2.1/os-hypervisors/detail");
        m_network->enqueue("GET", path, FakeResponse::json(200, hypervisorPageBody(0, 2000, true)));
        m_network->enqueue("GET", path, FakeResponse::json(200, hypervisorPageBody(2000, 1000, false)));
        int calls = 0;
        QThread *answeredOn = nullptr;
        std::optional<Result<QList<NovaHypervisor>>> answer;
        PoolGate gate(nova.replyParser()->pool());
        nova.listHypervisors(this, [&](const Result<QList<NovaHypervisor>> &result) {
            ++calls;
            answeredOn = QThread::currentThread();
            answer = result;
        });
        QTRY_COMPARE(nova.replyParser()->pending(), 1);
        // The next page is asked once this one is parsed.
        QCOMPARE(m_network->count("GET", path), 1);
        gate.open();
        QTRY_COMPARE(calls, 1);
        QCOMPARE(m_network->count("GET", path), 2);
        QCOMPARE(answeredOn, QCoreApplication::instance()->thread());
        QVERIFY2(answer->ok(), answer->ok() ? "" : qPrintable(answer->error().fullText()));
        QCOMPARE(answer->value().size(), 3000);
        QCOMPARE(answer->value().constLast().id, uuidFor(2999));
        QCOMPARE(answer->value().constLast().serviceHost, QStringLiteral("compute-2999"));
    }

    void novaCancelledWhileParsingNeverAnswers()
    {
        NovaClient nova;
        QVERIFY(connectNova(&nova));
        const QString path = QStringLiteral("/v2.1/os-hypervisors/detail");
        m_network->enqueue("GET", path, FakeResponse::json(200, hypervisorPageBody(0, 2000, true)));
        QObject owner;
        int calls = 0;
        PoolGate gate(nova.replyParser()->pool());
        nova.listHypervisors(&owner, [&calls](const Result<QList<NovaHypervisor>> &) { ++calls; });
        QTRY_COMPARE(nova.replyParser()->pending(), 1);
        nova.cancelOwnedBy(&owner);
        QCOMPARE(nova.replyParser()->pending(), 0);
        gate.open();
        QVERIFY(nova.replyParser()->pool()->waitForDone(60000));
        // A later answer through the same client: whatever the worker posted came before it.
        m_network->enqueue("GET", QStringLiteral("/v2.1/os-services"),
                           FakeResponse::json(200, QByteArrayLiteral(R"({"services":[]})")));
        bool listed = false;
        nova.listComputeServices(this, [&listed](const Result<QList<NovaService>> &) { listed = true; });
        QTRY_VERIFY(listed);
        QCOMPARE(calls, 0);
        QCOMPARE(m_network->count("GET", path), 1); // the paging stopped with the cancel
    }

private:
    bool connectNova(NovaClient *nova)
    {
        m_network->respondAlways(
            "GET", QStringLiteral("/v2.1"),
            FakeResponse::json(200,
                               QByteArrayLiteral(R"({"version":{"id":"v2.1","status":"CURRENT",)"
                                                 R"("version":"2.93","min_version":"2.1","links":[]}})")));
        nova->http()->setNetworkAccessManager(m_network.get());
        nova->setEndpoint(QUrl(QStringLiteral("http://nova.fake/v2.1")));
        bool connected = false;
        nova->connectToServer(this, [&connected](const Result<ApiVersion> &result) { connected = result.ok(); });
        return QTest::qWaitFor([&connected] { return connected; }, 10000);
    }

    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<PlacementClient> m_client;
};

QTEST_GUILESS_MAIN(TestOffThreadParse)
#include "tst_offthreadparse.moc"
