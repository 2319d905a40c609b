// NovaClient over the in-memory transport: microversion negotiation, the parsers (through
// the client, as the app meets them), hypervisor paging, Nova's error bodies, add_host and
// remove_host (bodies, never re-sent), readSnapshot's all-or-nothing answer, and "cancel
// what you own". Bodies follow Nova 26's code (nova/api/openstack/compute/*.py).

#include "fakenetwork.h"
#include "faketcpserver.h"
#include "httpclient.h"
#include "novaclient.h"
#include "requestlog.h"
#include "testwaits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTest>

#include <memory>

using Kind = PlacementError::Kind;
Q_DECLARE_METATYPE(PlacementError::Kind)

namespace {

const QString api = QStringLiteral("/v2.1");
const QString aggregatesPath = QStringLiteral("/v2.1/os-aggregates");
const QString hypervisorsPath = QStringLiteral("/v2.1/os-hypervisors/detail");
const QString servicesPath = QStringLiteral("/v2.1/os-services");

QUrl novaUrl()
{
    return QUrl(QStringLiteral("http://nova.fake/v2.1"));
}

QString uuid(char kind, int i)
{
    return QStringLiteral("%1%1%1%1%1%1%1%1-0000-4000-8000-%2").arg(QLatin1Char(kind)).arg(i, 12, 10, QLatin1Char('0'));
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// GET /v2.1 (versionsV21.py / views/versions.py build_version).
QJsonObject versionEntry(const QString &id, const QString &max, const QString &min)
{
    return QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("status"),
          id == QLatin1String("v2.1") ? QStringLiteral("CURRENT") : QStringLiteral("SUPPORTED") },
        { QStringLiteral("version"), max },
        { QStringLiteral("min_version"), min },
        { QStringLiteral("updated"), QStringLiteral("2013-07-23T11:33:21Z") },
        { QStringLiteral("links"),
          QJsonArray { QJsonObject { { QStringLiteral("rel"), QStringLiteral("self") },
                                     { QStringLiteral("href"), QStringLiteral("http://nova.fake/v2.1/") } } } }
    };
}

QByteArray versionDocument(const QString &max, const QString &min = QStringLiteral("2.1"))
{
    return compact({ { QStringLiteral("version"), versionEntry(QStringLiteral("v2.1"), max, min) } });
}

QJsonObject aggregateJson(int id, const QString &name, const QJsonValue &zone, const QJsonValue &hosts,
                          const QJsonValue &metadata)
{
    // What _marshall_aggregate sends: every object field, timestamps and deleted included.
    return QJsonObject { { QStringLiteral("id"), id },
                         { QStringLiteral("uuid"), uuid('a', id) },
                         { QStringLiteral("name"), name },
                         { QStringLiteral("availability_zone"), zone },
                         { QStringLiteral("hosts"), hosts },
                         { QStringLiteral("metadata"), metadata },
                         { QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:00:00.000000") },
                         { QStringLiteral("updated_at"), QJsonValue::Null },
                         { QStringLiteral("deleted_at"), QJsonValue::Null },
                         { QStringLiteral("deleted"), false } };
}

QByteArray aggregateList(const QJsonArray &aggregates)
{
    return compact({ { QStringLiteral("aggregates"), aggregates } });
}

// One row of GET /os-hypervisors/detail at 2.88+ (hypervisors.py _view_hypervisor).
QJsonObject hypervisorJson(int i, const QString &status = QStringLiteral("enabled"),
                           const QString &state = QStringLiteral("up"))
{
    return QJsonObject {
        { QStringLiteral("id"), uuid('c', i) },
        { QStringLiteral("hypervisor_hostname"), QStringLiteral("node-%1.example").arg(i) },
        { QStringLiteral("state"), state },
        { QStringLiteral("status"), status },
        { QStringLiteral("hypervisor_type"), QStringLiteral("QEMU") },
        { QStringLiteral("hypervisor_version"), 7002000 },
        { QStringLiteral("host_ip"), QStringLiteral("192.0.2.%1").arg(i) },
        { QStringLiteral("uptime"), QJsonValue::Null },
        { QStringLiteral("service"),
          QJsonObject { { QStringLiteral("id"), uuid('5', i) },
                        { QStringLiteral("host"), QStringLiteral("compute-%1").arg(i) },
                        { QStringLiteral("disabled_reason"),
                          status == QLatin1String("disabled") ? QJsonValue(QStringLiteral("maintenance"))
                                                              : QJsonValue(QJsonValue::Null) } } },
    };
}

QJsonObject nextLink(const QString &href)
{
    return QJsonObject { { QStringLiteral("rel"), QStringLiteral("next") }, { QStringLiteral("href"), href } };
}

FakeResponse novaFault(int status, const QString &name, const QString &message)
{
    return FakeResponse::json(
        status,
        QJsonObject {
            { name, QJsonObject { { QStringLiteral("code"), status }, { QStringLiteral("message"), message } } } });
}

QJsonObject hostAction(const char *action, const QString &host)
{
    return QJsonObject { { QLatin1String(action), QJsonObject { { QStringLiteral("host"), host } } } };
}

// Collects the answers of one call: how many, and the last.
template<typename T> struct Answers
{
    int count = 0;
    std::optional<Result<T>> last;
    NovaClient::Callback<T> callback()
    {
        return [this](const Result<T> &r) {
            ++count;
            last = r;
        };
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return count > 0; }, ms);
    }
    QString why() const { return last && !last->ok() ? last->error().fullText() : QString(); }
};

// Records whether Qt could rewind a request body: if it cannot, it cannot re-send the request.
class RewindProbe : public FakeNetwork
{
public:
    QList<bool> rewindable;
    QList<bool> unbuffered;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override
    {
        if (outgoingData) {
            rewindable << (!outgoingData->isSequential() || outgoingData->reset());
            unbuffered << request.attribute(QNetworkRequest::DoNotBufferUploadDataAttribute).toBool();
        }
        return FakeNetwork::createRequest(op, request, outgoingData);
    }
};

} // namespace

class TestNovaClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<RewindProbe>();
        m_client = std::make_unique<NovaClient>();
        m_client->http()->setNetworkAccessManager(m_network.get());
        m_client->setEndpoint(novaUrl());
        m_client->setToken("admin");
    }
    void cleanup()
    {
        QVERIFY2(m_network->unscripted().isEmpty(), qPrintable(m_network->describe()));
        m_client.reset();
        m_network.reset();
    }

    void negotiatesTheMicroversion_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QString>("version"); // empty: refused
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("why");

        QTest::addRow("Nova 26 (2.93)") << versionDocument(QStringLiteral("2.93")) << "2.93" << Kind::Network << "";
        QTest::addRow("newer than this client: capped")
            << versionDocument(QStringLiteral("2.99")) << "2.93" << Kind::Network << "";
        QTest::addRow("2.60") << versionDocument(QStringLiteral("2.60")) << "2.60" << Kind::Network << "";
        QTest::addRow("exactly 2.53") << versionDocument(QStringLiteral("2.53")) << "2.53" << Kind::Network << "";
        QTest::addRow("2.40: too old") << versionDocument(QStringLiteral("2.40")) << "" << Kind::Unsupported
                                       << "Nova offers microversions 2.1 to 2.40; this app needs 2.53 or newer";
        QTest::addRow("only above what this client knows")
            << versionDocument(QStringLiteral("2.99"), QStringLiteral("2.95")) << "" << Kind::Unsupported
            << "this app knows 2.53 to 2.93";
        QTest::addRow("the v2.0 endpoint")
            << compact({ { QStringLiteral("version"), versionEntry(QStringLiteral("v2.0"), {}, {}) } }) << ""
            << Kind::Unsupported << "use the v2.1 endpoint";
        QTest::addRow("garbage: HTML") << QByteArray("<html><body>It works!</body></html>") << "" << Kind::BadResponse
                                       << "not valid JSON";
        QTest::addRow("garbage: neither version nor versions")
            << compact({ { QStringLiteral("versions"), 3 } }) << "" << Kind::BadResponse
            << "neither \"version\" nor \"versions\"";
        QTest::addRow("garbage: version is not a number")
            << versionDocument(QStringLiteral("latest")) << "" << Kind::BadResponse << "is not valid";
        QTest::addRow("garbage: max below min") << versionDocument(QStringLiteral("2.1"), QStringLiteral("2.60")) << ""
                                                << Kind::BadResponse << "is not valid";
    }
    void negotiatesTheMicroversion()
    {
        QFETCH(QByteArray, document);
        QFETCH(QString, version);
        m_network->respondAlways("GET", api, FakeResponse::json(200, document));
        m_network->respondAlways("GET", aggregatesPath, FakeResponse::json(200, aggregateList({})));
        QVERIFY(!m_client->version().isValid());

        Answers<ApiVersion> connected;
        m_client->connectToServer(this, connected.callback());
        QVERIFY(connected.wait(unitWaitMs));
        QCOMPARE(connected.count, 1);
        // The version document is asked without a version header, with the token.
        const FakeRequest get = m_network->request(0);
        QCOMPARE(get.path, api);
        QVERIFY(!get.headers.contains("openstack-api-version"));
        QVERIFY(!get.headers.contains("x-openstack-nova-api-version"));
        QCOMPARE(get.headers.value("x-auth-token"), QByteArray("admin"));

        Answers<QList<NovaAggregate>> listed;
        m_client->listAggregates(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        if (version.isEmpty()) {
            QVERIFY(!connected.last->ok());
            QTEST(connected.last->error().kind, "kind");
            QFETCH(QString, why);
            QVERIFY2(connected.last->error().detail.contains(why), qPrintable(connected.last->error().detail));
            QVERIFY(!m_client->version().isValid());
            // Nothing else is sent while no version is agreed.
            QCOMPARE(listed.last->error().kind, Kind::Unsupported);
            QCOMPARE(m_network->requests().size(), 1);
            return;
        }
        QVERIFY2(connected.last->ok(), qPrintable(connected.why()));
        QCOMPARE(connected.last->value().toString(), version);
        QCOMPARE(m_client->version().toString(), version);
        QCOMPARE(m_client->endpoint(), novaUrl());
        QVERIFY2(listed.last->ok(), qPrintable(listed.why()));
        const FakeRequest list = m_network->requests("GET", aggregatesPath).value(0);
        QCOMPARE(list.headers.value("openstack-api-version"), "compute " + version.toLatin1());
        QCOMPARE(list.headers.value("x-openstack-nova-api-version"), version.toLatin1());
    }

    void aServerRootMovesTheEndpointToV21()
    {
        // GET / of nova-api (versions.py Versions.index): the list, v2.0 without microversions.
        m_client->setEndpoint(QUrl(QStringLiteral("http://nova.fake:8774/")));
        const QJsonArray versions { versionEntry(QStringLiteral("v2.0"), {}, {}),
                                    versionEntry(QStringLiteral("v2.1"), QStringLiteral("2.93"),
                                                 QStringLiteral("2.1")) };
        m_network->respondAlways("GET", QStringLiteral("/"),
                                 FakeResponse::json(200, QJsonObject { { QStringLiteral("versions"), versions } }));
        m_network->respondAlways("GET", aggregatesPath, FakeResponse::json(200, aggregateList({})));
        Answers<ApiVersion> connected;
        m_client->connectToServer(this, connected.callback());
        QVERIFY(connected.wait(unitWaitMs));
        QVERIFY2(connected.last->ok(), qPrintable(connected.why()));
        QCOMPARE(connected.last->value(), ApiVersion(2, 93));
        QCOMPARE(m_client->endpoint(), QUrl(QStringLiteral("http://nova.fake:8774/v2.1")));
        Answers<QList<NovaAggregate>> listed;
        m_client->listAggregates(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QVERIFY2(listed.last->ok(), qPrintable(listed.why()));
    }

    void callsBeforeConnectingAreRefused()
    {
        Answers<QList<NovaAggregate>> aggregates;
        Answers<NovaSnapshot> snapshot;
        Answers<NovaAggregate> added;
        QCOMPARE(m_client->listAggregates(this, aggregates.callback()), quint64(0));
        m_client->readSnapshot(this, snapshot.callback());
        m_client->addHost(1, QStringLiteral("compute-1"), this, added.callback());
        QCOMPARE(aggregates.count, 0); // asynchronous, like every answer
        QVERIFY(added.wait(unitWaitMs));
        QCOMPARE(aggregates.count, 1);
        QCOMPARE(snapshot.count, 1);
        QCOMPARE(aggregates.last->error().kind, Kind::Unsupported);
        QCOMPARE(snapshot.last->error().kind, Kind::Unsupported);
        QCOMPARE(added.last->error().kind, Kind::Unsupported);
        QVERIFY(m_network->requests().isEmpty());
    }

    void aNewEndpointForgetsTheVersion()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        m_client->setEndpoint(novaUrl()); // the same: kept
        QCOMPARE(m_client->version(), ApiVersion(2, 93));
        m_client->setEndpoint(QUrl(QStringLiteral("http://other.fake/v2.1")));
        QVERIFY(!m_client->version().isValid());
    }

    void parsesAggregates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error"); // part of the message; empty: parsed
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("zone"); // of the first aggregate
        QTest::addColumn<QStringList>("hosts");
        QTest::addColumn<int>("metadataSize");
        QTest::addColumn<QStringList>("tenants");
        QTest::addColumn<QStringList>("traits");

        const QJsonValue null(QJsonValue::Null);
        QTest::addRow("zone, hosts and metadata null")
            << aggregateList({ aggregateJson(1, QStringLiteral("empty"), null, null, null) }) << "" << 1 << ""
            << QStringList() << 0 << QStringList() << QStringList();
        QTest::addRow("zone, hosts, metadata")
            << aggregateList(
                   { aggregateJson(2, QStringLiteral("az1-hosts"), QStringLiteral("az1"),
                                   QJsonArray { QStringLiteral("compute-1"), QStringLiteral("compute-2") },
                                   QJsonObject { { QStringLiteral("availability_zone"), QStringLiteral("az1") } }),
                     aggregateJson(3, QStringLiteral("second"), null, QJsonArray {}, QJsonObject {}) })
            << "" << 2 << "az1" << QStringList { QStringLiteral("compute-1"), QStringLiteral("compute-2") } << 1
            << QStringList() << QStringList();
        QTest::addRow("tenant ids: filter_tenant_id2 and comma lists")
            << aggregateList(
                   { aggregateJson(4, QStringLiteral("isolated"), null, QJsonArray {},
                                   QJsonObject { { QStringLiteral("filter_tenant_id"), QStringLiteral("p1, p2") },
                                                 { QStringLiteral("filter_tenant_id2"), QStringLiteral("p3,,p1 ") },
                                                 { QStringLiteral("filter_tenant_id_extra"), QStringLiteral("p4") },
                                                 { QStringLiteral("tenant"), QStringLiteral("not-a-filter") } }) })
            << "" << 1 << "" << QStringList() << 4
            << QStringList { QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4") }
            << QStringList();
        QTest::addRow("trait:X=required")
            << aggregateList({ aggregateJson(
                   5, QStringLiteral("gpu"), QStringLiteral("az2"), QJsonArray { QStringLiteral("gpu-1") },
                   QJsonObject { { QStringLiteral("trait:CUSTOM_GPU"), QStringLiteral("required") },
                                 { QStringLiteral("trait:HW_CPU_X86_AVX2"), QStringLiteral("required") },
                                 { QStringLiteral("trait:CUSTOM_MAYBE"), QStringLiteral("preferred") },
                                 { QStringLiteral("CUSTOM_NOPREFIX"), QStringLiteral("required") } }) })
            << "" << 1 << "az2" << QStringList { QStringLiteral("gpu-1") } << 4 << QStringList()
            << QStringList { QStringLiteral("CUSTOM_GPU"), QStringLiteral("HW_CPU_X86_AVX2") };
        QTest::addRow("no aggregates") << aggregateList({}) << "" << 0 << "" << QStringList() << 0 << QStringList()
                                       << QStringList();

        QJsonObject noUuid = aggregateJson(6, QStringLiteral("old"), null, null, null);
        noUuid.remove(QStringLiteral("uuid"));
        QTest::addRow("missing uuid: microversion too old")
            << aggregateList({ noUuid })
            << "\"aggregates[0].uuid\" is missing: the server answered as if the "
               "microversion were older than 2.41"
            << 0 << "" << QStringList() << 0 << QStringList() << QStringList();
        QTest::addRow("hosts not a list")
            << aggregateList({ aggregateJson(7, QStringLiteral("x"), null, QStringLiteral("compute-1"), null) })
            << "\"aggregates[0].hosts\" is missing or not a list of strings or null" << 0 << "" << QStringList() << 0
            << QStringList() << QStringList();
        QTest::addRow("metadata value not a string")
            << aggregateList({ aggregateJson(8, QStringLiteral("x"), null, null,
                                             QJsonObject { { QStringLiteral("cpu_allocation_ratio"), 2 } }) })
            << "\"aggregates[0].metadata.cpu_allocation_ratio\" is missing or not a string" << 0 << "" << QStringList()
            << 0 << QStringList() << QStringList();
        QJsonObject textId = aggregateJson(9, QStringLiteral("x"), null, null, null);
        textId.insert(QStringLiteral("id"), QStringLiteral("9"));
        QTest::addRow("id not an integer") << aggregateList({ textId })
                                           << "\"aggregates[0].id\" is missing or not an "
                                              "integer"
                                           << 0 << "" << QStringList() << 0 << QStringList() << QStringList();
        QTest::addRow("aggregates missing") << compact({ { QStringLiteral("aggregate"), QJsonArray {} } })
                                            << "field \"aggregates\" is missing or not a list" << 0 << ""
                                            << QStringList() << 0 << QStringList() << QStringList();
        QTest::addRow("not JSON") << QByteArray("{\"aggregates\": [") << "not valid JSON" << 0 << "" << QStringList()
                                  << 0 << QStringList() << QStringList();
    }
    void parsesAggregates()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        QFETCH(int, count);
        QVERIFY(connectAt(QStringLiteral("2.93")));
        m_network->enqueue("GET", aggregatesPath, FakeResponse::json(200, body));
        Answers<QList<NovaAggregate>> listed;
        m_client->listAggregates(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        if (!error.isEmpty()) {
            QVERIFY(!listed.last->ok());
            QCOMPARE(listed.last->error().kind, Kind::BadResponse);
            QVERIFY2(listed.last->error().detail.contains(error), qPrintable(listed.last->error().detail));
            return;
        }
        QVERIFY2(listed.last->ok(), qPrintable(listed.why()));
        const QList<NovaAggregate> aggregates = listed.last->value();
        QCOMPARE(aggregates.size(), count);
        if (count == 0)
            return;
        const NovaAggregate &first = aggregates.first();
        QVERIFY(first.id > 0);
        QCOMPARE(first.uuid, uuid('a', first.id));
        QVERIFY(!first.name.isEmpty());
        QTEST(first.availabilityZone, "zone");
        QTEST(first.hosts, "hosts");
        QTEST(int(first.metadata.size()), "metadataSize");
        QTEST(first.tenantIds(), "tenants");
        QTEST(first.requiredTraits(), "traits");
    }

    void readsEveryHypervisorPage()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        // Five compute nodes, two per page, as Nova pages them with ?limit=2: each "next" link
        // names the host Nova thinks it is (here another one), the limit and the last id.
        m_network->setFallback([](const FakeRequest &r) {
            if (r.path != hypervisorsPath)
                return FakeResponse::json(404, QByteArray());
            const QString marker = r.query.queryItemValue(QStringLiteral("marker"));
            int start = 0;
            for (int i = 0; i < 5; ++i) {
                if (uuid('c', i) == marker)
                    start = i + 1;
            }
            QJsonArray rows;
            for (int i = start; i < qMin(start + 2, 5); ++i)
                rows.append(hypervisorJson(i, i == 3 ? QStringLiteral("disabled") : QStringLiteral("enabled"),
                                           i == 4 ? QStringLiteral("down") : QStringLiteral("up")));
            QJsonObject page { { QStringLiteral("hypervisors"), rows } };
            if (start + 2 < 5)
                page.insert(QStringLiteral("hypervisors_links"),
                            QJsonArray { nextLink(QStringLiteral("http://internal.example:8774/v2.1/os-hypervisors/"
                                                                 "detail?limit=2&marker=%1")
                                                      .arg(uuid('c', start + 1))) });
            return FakeResponse::json(200, page);
        });
        Answers<QList<NovaHypervisor>> listed;
        m_client->listHypervisors(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QVERIFY2(listed.last->ok(), qPrintable(listed.why()));
        QCOMPARE(listed.count, 1);

        const QList<FakeRequest> pages = m_network->requests("GET", hypervisorsPath);
        QCOMPARE(pages.size(), 3);
        QVERIFY(pages.at(0).query.isEmpty());
        QCOMPARE(pages.at(1).query.queryItemValue(QStringLiteral("marker")), uuid('c', 1));
        QCOMPARE(pages.at(1).query.queryItemValue(QStringLiteral("limit")), QStringLiteral("2"));
        QCOMPARE(pages.at(2).query.queryItemValue(QStringLiteral("marker")), uuid('c', 3));
        // The link's host is never contacted: every page comes from the configured endpoint.
        const QList<RequestLogEntry> entries = m_client->log()->entries();
        for (const RequestLogEntry &entry : entries)
            QVERIFY2(entry.url.startsWith(QLatin1String("http://nova.fake/v2.1")), qPrintable(entry.url));

        const QList<NovaHypervisor> rows = listed.last->value();
        QCOMPARE(rows.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(rows.at(i).id, uuid('c', i));
            QCOMPARE(rows.at(i).hypervisorHostname, QStringLiteral("node-%1.example").arg(i));
            QCOMPARE(rows.at(i).serviceHost, QStringLiteral("compute-%1").arg(i));
            QCOMPARE(rows.at(i).serviceId, uuid('5', i));
            QCOMPARE(rows.at(i).isEnabled(), i != 3);
            QCOMPARE(rows.at(i).isUp(), i != 4);
        }
        QCOMPARE(rows.at(3).disabledReason, QStringLiteral("maintenance"));
        QVERIFY(rows.at(0).disabledReason.isEmpty());
    }

    void hypervisorsAreAskedWithoutUptime_data()
    {
        QTest::addColumn<QString>("negotiated");
        QTest::addColumn<QString>("sent");
        QTest::addRow("2.93: asked at 2.87") << "2.93"
                                             << "2.87";
        QTest::addRow("2.88: asked at 2.87") << "2.88"
                                             << "2.87";
        QTest::addRow("2.87") << "2.87"
                              << "2.87";
        QTest::addRow("2.60") << "2.60"
                              << "2.60";
    }
    void hypervisorsAreAskedWithoutUptime()
    {
        QFETCH(QString, negotiated);
        QFETCH(QString, sent);
        QVERIFY(connectAt(negotiated));
        serveLists();
        Answers<NovaSnapshot> read;
        m_client->readSnapshot(this, read.callback());
        QVERIFY(read.wait(unitWaitMs));
        QVERIFY2(read.last->ok(), qPrintable(read.why()));
        const FakeRequest hypervisors = m_network->requests("GET", hypervisorsPath).value(0);
        QCOMPARE(hypervisors.headers.value("openstack-api-version"), "compute " + sent.toLatin1());
        QCOMPARE(hypervisors.headers.value("x-openstack-nova-api-version"), sent.toLatin1());
        // Only that list: the others use the negotiated version, which stays as it was.
        QCOMPARE(m_network->requests("GET", servicesPath).value(0).headers.value("openstack-api-version"),
                 "compute " + negotiated.toLatin1());
        QCOMPARE(m_client->version().toString(), negotiated);
        bool logged = false;
        const QList<RequestLogEntry> entries = m_client->log()->entries();
        for (const RequestLogEntry &entry : entries) {
            if (entry.url.contains(QLatin1String("os-hypervisors"))) {
                QCOMPARE(entry.microversion, sent);
                logged = true;
            }
        }
        QVERIFY(logged);
    }

    void aHypervisorPageRenegotiatesBelowItsOwnVersion()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        m_network->enqueue("GET", hypervisorsPath,
                           novaFault(406, QStringLiteral("computeFault"),
                                     QStringLiteral("Version 2.87 is not supported by the API. Minimum is 2.1 and "
                                                    "maximum is 2.60.")));
        m_network->enqueue("GET", hypervisorsPath,
                           FakeResponse::json(200, QJsonObject { { QStringLiteral("hypervisors"), QJsonArray {} } }));
        Answers<QList<NovaHypervisor>> listed;
        m_client->listHypervisors(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QVERIFY2(listed.last->ok(), qPrintable(listed.why()));
        const QList<FakeRequest> pages = m_network->requests("GET", hypervisorsPath);
        QCOMPARE(pages.size(), 2);
        QCOMPARE(pages.at(0).headers.value("openstack-api-version"), QByteArray("compute 2.87"));
        QCOMPARE(pages.at(1).headers.value("openstack-api-version"), QByteArray("compute 2.60"));
    }

    void hypervisorPagesThatNeverEndAreStopped()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        const QJsonObject page { { QStringLiteral("hypervisors"), QJsonArray { hypervisorJson(1) } },
                                 { QStringLiteral("hypervisors_links"),
                                   QJsonArray { nextLink(QStringLiteral("http://nova.fake/v2.1/os-hypervisors/"
                                                                        "detail?marker=%1")
                                                             .arg(uuid('c', 1))) } } };
        m_network->respondAlways("GET", hypervisorsPath, FakeResponse::json(200, page));
        Answers<QList<NovaHypervisor>> listed;
        m_client->listHypervisors(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QCOMPARE(listed.last->error().kind, Kind::BadResponse);
        QVERIFY2(listed.why().contains(QLatin1String("do not end")), qPrintable(listed.why()));
        QCOMPARE(m_network->count("GET", hypervisorsPath), 2);
    }

    void hypervisorShapeIsChecked_data()
    {
        QTest::addColumn<QJsonObject>("row");
        QTest::addColumn<QString>("error");
        QJsonObject numericId = hypervisorJson(1);
        numericId.insert(QStringLiteral("id"), 1);
        QTest::addRow("integer id: microversion too old")
            << numericId
            << "\"hypervisors[0].id\" is a number, not a UUID: the server answered as if the "
               "microversion were older than 2.53";
        QJsonObject noService = hypervisorJson(1);
        noService.remove(QStringLiteral("service"));
        QTest::addRow("no service") << noService << "\"hypervisors[0].service\" is missing or not an object";
        QJsonObject noState = hypervisorJson(1);
        noState.insert(QStringLiteral("state"), QJsonValue::Null);
        QTest::addRow("state null") << noState << "\"hypervisors[0].state\" is missing or not a string";
    }
    void hypervisorShapeIsChecked()
    {
        QFETCH(QJsonObject, row);
        QFETCH(QString, error);
        QVERIFY(connectAt(QStringLiteral("2.93")));
        m_network->enqueue(
            "GET", hypervisorsPath,
            FakeResponse::json(200, QJsonObject { { QStringLiteral("hypervisors"), QJsonArray { row } } }));
        Answers<QList<NovaHypervisor>> listed;
        m_client->listHypervisors(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QCOMPARE(listed.last->error().kind, Kind::BadResponse);
        QVERIFY2(listed.why().contains(error), qPrintable(listed.why()));
    }

    void listsComputeServices()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        // services.py _get_service_detail at 2.53+ with forced_down (2.11+); from 2.69 a service
        // in a cell that does not answer has only binary, host and status.
        const QJsonArray services {
            QJsonObject { { QStringLiteral("binary"), QStringLiteral("nova-compute") },
                          { QStringLiteral("host"), QStringLiteral("compute-1") },
                          { QStringLiteral("id"), uuid('5', 1) },
                          { QStringLiteral("zone"), QStringLiteral("az1") },
                          { QStringLiteral("status"), QStringLiteral("enabled") },
                          { QStringLiteral("state"), QStringLiteral("up") },
                          { QStringLiteral("updated_at"), QStringLiteral("2024-05-01T10:00:00.000000") },
                          { QStringLiteral("disabled_reason"), QJsonValue::Null },
                          { QStringLiteral("forced_down"), false } },
            QJsonObject { { QStringLiteral("binary"), QStringLiteral("nova-compute") },
                          { QStringLiteral("host"), QStringLiteral("compute-2") },
                          { QStringLiteral("id"), uuid('5', 2) },
                          { QStringLiteral("zone"), QStringLiteral("nova") },
                          { QStringLiteral("status"), QStringLiteral("disabled") },
                          { QStringLiteral("state"), QStringLiteral("down") },
                          { QStringLiteral("updated_at"), QJsonValue::Null },
                          { QStringLiteral("disabled_reason"), QStringLiteral("disk replacement") },
                          { QStringLiteral("forced_down"), true } },
            QJsonObject { { QStringLiteral("binary"), QStringLiteral("nova-compute") },
                          { QStringLiteral("host"), QStringLiteral("compute-3") },
                          { QStringLiteral("status"), QStringLiteral("UNKNOWN") } },
        };
        m_network->enqueue("GET", servicesPath,
                           FakeResponse::json(200, QJsonObject { { QStringLiteral("services"), services } }));
        Answers<QList<NovaService>> listed;
        m_client->listComputeServices(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QVERIFY2(listed.last->ok(), qPrintable(listed.why()));
        QCOMPARE(m_network->requests("GET", servicesPath).value(0).query.toString(),
                 QStringLiteral("binary=nova-compute"));
        const QList<NovaService> rows = listed.last->value();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows.at(0).id, uuid('5', 1));
        QCOMPARE(rows.at(0).host, QStringLiteral("compute-1"));
        QCOMPARE(rows.at(0).zone, QStringLiteral("az1"));
        QVERIFY(rows.at(0).isEnabled() && rows.at(0).isUp() && !rows.at(0).forcedDown);
        QVERIFY(!rows.at(1).isEnabled() && !rows.at(1).isUp() && rows.at(1).forcedDown);
        QCOMPARE(rows.at(1).disabledReason, QStringLiteral("disk replacement"));
        QCOMPARE(rows.at(2).host, QStringLiteral("compute-3"));
        QCOMPARE(rows.at(2).status, QStringLiteral("UNKNOWN"));
        QVERIFY(rows.at(2).id.isEmpty() && !rows.at(2).isUp() && !rows.at(2).isEnabled());
    }

    void errorsAreValues_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("detail");
        QTest::addColumn<QString>("requestId");
        QTest::addColumn<QString>("message");

        // Nova sends x-openstack-request-id and x-compute-request-id; the second alone is enough.
        FakeResponse forbidden
            = novaFault(403, QStringLiteral("forbidden"),
                        QStringLiteral("Policy doesn't allow os_compute_api:os-aggregates:index to be performed."));
        forbidden.headers
            = { { "x-openstack-request-id", QByteArray() }, { "x-compute-request-id", "req-0c0ffee0-compute" } };
        QTest::addRow("403 forbidden")
            << forbidden << Kind::Forbidden
            << "Policy doesn't allow os_compute_api:os-aggregates:index to be performed."
            << "req-0c0ffee0-compute"
            << "Your role may not do this in Nova (policy rule os_compute_api:os-aggregates:index).";
        QTest::addRow("404 itemNotFound")
            << novaFault(404, QStringLiteral("itemNotFound"), QStringLiteral("The resource could not be found."))
            << Kind::NotFound << "The resource could not be found."
            << "req-1"
            << "Not found: The resource could not be found.";
        QTest::addRow("HTML 500 from a proxy")
            << FakeResponse::json(500,
                                  QByteArray("<html><head><title>500 Internal Server Error</title></head>"
                                             "<body><h1>Internal Server Error</h1></body></html>"))
            << Kind::ServerError << "500 Internal Server Error Internal Server Error"
            << "req-1"
            << "Server error: 500 Internal Server Error Internal Server Error";
    }
    void errorsAreValues()
    {
        QFETCH(FakeResponse, answer);
        QVERIFY(connectAt(QStringLiteral("2.93"))); // request 0
        m_network->enqueue("GET", aggregatesPath, answer);
        Answers<QList<NovaAggregate>> listed;
        m_client->listAggregates(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QVERIFY(!listed.last->ok());
        const PlacementError &error = listed.last->error();
        QTEST(error.kind, "kind");
        QTEST(error.detail, "detail");
        QTEST(error.requestId, "requestId");
        QTEST(error.message(), "message");
        QCOMPARE(error.httpStatus, answer.status);
        QCOMPARE(m_network->count("GET", aggregatesPath), 1); // an error is not retried
    }

    void hostActionsPostTheirBody_data()
    {
        QTest::addColumn<bool>("add");
        QTest::addRow("add_host") << true;
        QTest::addRow("remove_host") << false;
    }
    void hostActionsPostTheirBody()
    {
        QFETCH(bool, add);
        QVERIFY(connectAt(QStringLiteral("2.93")));
        const QJsonArray hostsAfter = add ? QJsonArray { QStringLiteral("compute-0"), QStringLiteral("compute-1") }
                                          : QJsonArray { QStringLiteral("compute-0") };
        m_network->enqueue(
            "POST", QStringLiteral("/v2.1/os-aggregates/7/action"),
            FakeResponse::json(200,
                               QJsonObject { { QStringLiteral("aggregate"),
                                               aggregateJson(7, QStringLiteral("az1-hosts"), QStringLiteral("az1"),
                                                             hostsAfter, QJsonObject {}) } }));
        Answers<NovaAggregate> done;
        if (add)
            m_client->addHost(7, QStringLiteral("compute-1"), this, done.callback());
        else
            m_client->removeHost(7, QStringLiteral("compute-1"), this, done.callback());
        QVERIFY(done.wait(unitWaitMs));
        QVERIFY2(done.last->ok(), qPrintable(done.why()));
        QCOMPARE(done.last->value().uuid, uuid('a', 7));
        QCOMPARE(done.last->value().hosts.size(), hostsAfter.size());

        const QList<FakeRequest> posts = m_network->requests("POST");
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts.first().path, QStringLiteral("/v2.1/os-aggregates/7/action"));
        QCOMPARE(posts.first().json(), hostAction(add ? "add_host" : "remove_host", QStringLiteral("compute-1")));
        QCOMPARE(posts.first().headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(posts.first().headers.value("openstack-api-version"), QByteArray("compute 2.93"));
        // Sent from a body Qt cannot rewind, so Qt cannot send it a second time by itself.
        QCOMPARE(m_network->rewindable, QList<bool> { false });
        QCOMPARE(m_network->unbuffered, QList<bool> { true });
        QVERIFY(!HttpRequest::post(QStringLiteral("/x"), "{}").mayBeResent());
    }

    void hostActionsAreNeverSentTwice_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<Kind>("kind");
        QTest::addRow("connection closed")
            << FakeResponse::networkError(QNetworkReply::RemoteHostClosedError) << Kind::Network;
        QTest::addRow("500 after Nova saved the host")
            << novaFault(500, QStringLiteral("computeFault"), QStringLiteral("Unexpected API Error."))
            << Kind::ServerError;
        QTest::addRow("406 names a lower range") << novaFault(
            406, QStringLiteral("computeFault"),
            QStringLiteral("Version 2.93 is not supported by the API. Minimum is 2.1 and maximum is 2.60."))
                                                 << Kind::NotAcceptable;
        QTest::addRow("409 already a member") << novaFault(409, QStringLiteral("conflictingRequest"),
                                                           QStringLiteral("Aggregate 7 already has host compute-1."))
                                              << Kind::Conflict;
        QTest::addRow("timeout") << FakeResponse::stall() << Kind::Timeout;
    }
    void hostActionsAreNeverSentTwice()
    {
        QFETCH(FakeResponse, answer);
        QVERIFY(connectAt(QStringLiteral("2.93")));
        m_client->http()->setTransferTimeoutMs(150);
        m_network->enqueue("POST", QStringLiteral("/v2.1/os-aggregates/7/action"), answer);
        Answers<NovaAggregate> done;
        m_client->addHost(7, QStringLiteral("compute-1"), this, done.callback());
        QVERIFY(done.wait(unitWaitMs));
        QTEST(done.last->error().kind, "kind");
        QTest::qWait(50);
        QCOMPARE(done.count, 1);
        QCOMPARE(m_network->count("POST"), 1);
        QCOMPARE(m_client->version(), ApiVersion(2, 93)); // a write's 406 does not renegotiate either
    }

    // Against a real socket: the connection closes before the answer. Qt re-sends a GET once
    // in that case (tst_httpfaults); add_host must reach the server exactly once.
    void addHostIsNotResentAfterAConnectionReset()
    {
        FakeTcpServer server;
        QVERIFY(server.listen());
        server.setRoute("/v2.1", FakeTcpServer::Mode::Respond,
                        FakeTcpServer::httpResponse(200, "OK", versionDocument(QStringLiteral("2.93")),
                                                    { "Content-Type: application/json" }));
        server.setRoute("/v2.1/os-aggregates/7/action", FakeTcpServer::Mode::ResetOnceThenRespond,
                        FakeTcpServer::httpResponse(200, "OK", "{}", { "Content-Type: application/json" }));
        NovaClient client;
        QUrl url = server.url();
        url.setPath(api);
        client.setEndpoint(url);
        Answers<ApiVersion> connected;
        client.connectToServer(this, connected.callback());
        QVERIFY(connected.wait(unitWaitMs));
        QVERIFY2(connected.last->ok(), qPrintable(connected.why()));

        Answers<NovaAggregate> added;
        client.addHost(7, QStringLiteral("compute-1"), this, added.callback());
        QVERIFY(added.wait(unitWaitMs));
        QCOMPARE(added.last->error().kind, Kind::Network);
        QTest::qWait(100);
        int posts = 0;
        const QList<QByteArray> requests = server.requests();
        for (const QByteArray &request : requests)
            posts += request.startsWith("POST ") ? 1 : 0;
        QCOMPARE(posts, 1);
    }

    void hostActionsRefuseWhatCannotBeSent()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        Answers<NovaAggregate> noHost;
        Answers<NovaAggregate> noAggregate;
        QCOMPARE(m_client->addHost(7, QStringLiteral("  "), this, noHost.callback()), quint64(0));
        m_client->removeHost(0, QStringLiteral("compute-1"), this, noAggregate.callback());
        QVERIFY(noAggregate.wait(unitWaitMs));
        QCOMPARE(noHost.last->error().kind, Kind::InvalidInput);
        QCOMPARE(noAggregate.last->error().kind, Kind::InvalidInput);
        QCOMPARE(m_network->count("POST"), 0);
    }

    void aReadRenegotiatesOnceAfter406()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        m_network->enqueue("GET", aggregatesPath,
                           novaFault(406, QStringLiteral("computeFault"),
                                     QStringLiteral("Version 2.93 is not supported by the API. Minimum is 2.1 and "
                                                    "maximum is 2.60.")));
        m_network->enqueue("GET", aggregatesPath, FakeResponse::json(200, aggregateList({})));
        Answers<QList<NovaAggregate>> listed;
        m_client->listAggregates(this, listed.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QVERIFY2(listed.last->ok(), qPrintable(listed.why()));
        const QList<FakeRequest> lists = m_network->requests("GET", aggregatesPath);
        QCOMPARE(lists.size(), 2);
        QCOMPARE(lists.at(0).headers.value("openstack-api-version"), QByteArray("compute 2.93"));
        QCOMPARE(lists.at(1).headers.value("openstack-api-version"), QByteArray("compute 2.60"));
        QCOMPARE(m_client->version(), ApiVersion(2, 60));

        // A range below 2.53 is not moved into: the error stands.
        m_network->enqueue("GET", aggregatesPath,
                           novaFault(406, QStringLiteral("computeFault"),
                                     QStringLiteral("Version 2.60 is not supported by the API. Minimum is 2.1 and "
                                                    "maximum is 2.40.")));
        Answers<QList<NovaAggregate>> again;
        m_client->listAggregates(this, again.callback());
        QVERIFY(again.wait(unitWaitMs));
        QCOMPARE(again.last->error().kind, Kind::NotAcceptable);
        QCOMPARE(m_network->count("GET", aggregatesPath), 3);
        QCOMPARE(m_client->version(), ApiVersion(2, 60));
    }

    void snapshotReadsAllThreeLists()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        serveLists();
        Answers<NovaSnapshot> read;
        m_client->readSnapshot(this, read.callback());
        QVERIFY(read.wait(unitWaitMs));
        QVERIFY2(read.last->ok(), qPrintable(read.why()));
        QTest::qWait(20);
        QCOMPARE(read.count, 1);
        const NovaSnapshot &snapshot = read.last->value();
        QCOMPARE(snapshot.aggregates.size(), 1);
        QCOMPARE(snapshot.aggregates.first().name, QStringLiteral("az1-hosts"));
        QCOMPARE(snapshot.hypervisors.size(), 2);
        QCOMPARE(snapshot.hypervisors.at(1).id, uuid('c', 2));
        QCOMPARE(snapshot.services.size(), 1);
        QCOMPARE(snapshot.services.first().host, QStringLiteral("compute-1"));
        // In parallel: all three were in flight together.
        QCOMPARE(m_network->maxInFlight(), 3);
    }

    void snapshotFailsWithTheFirstFailure_data()
    {
        QTest::addColumn<QString>("failing");
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<Kind>("kind");
        QTest::addRow("aggregates: 500") << aggregatesPath
                                         << novaFault(500, QStringLiteral("computeFault"),
                                                      QStringLiteral("Unexpected API Error."))
                                         << Kind::ServerError;
        QTest::addRow("services: 403") << servicesPath
                                       << novaFault(403, QStringLiteral("forbidden"),
                                                    QStringLiteral("Policy doesn't allow os_compute_api:os-services:"
                                                                   "list to be performed."))
                                       << Kind::Forbidden;
        QTest::addRow("hypervisors: refused") << hypervisorsPath << FakeResponse::networkError() << Kind::Network;
    }
    void snapshotFailsWithTheFirstFailure()
    {
        QFETCH(QString, failing);
        QFETCH(FakeResponse, answer);
        QVERIFY(connectAt(QStringLiteral("2.93")));
        serveLists();
        // The other two stay in flight until the failure has answered.
        const QStringList paths { aggregatesPath, hypervisorsPath, servicesPath };
        for (const QString &path : paths) {
            if (path != failing)
                m_network->setHold("GET", path);
        }
        m_network->enqueue("GET", failing, answer);
        Answers<NovaSnapshot> read;
        m_client->readSnapshot(this, read.callback());
        QVERIFY(read.wait(unitWaitMs));
        QTEST(read.last->error().kind, "kind");
        // The other lists were cancelled: their requests aborted, nothing left to answer.
        for (const QString &path : paths) {
            if (path == failing)
                continue;
            const QList<FakeRequest> sent = m_network->requests("GET", path);
            QCOMPARE(sent.size(), 1);
            QVERIFY2(sent.first().aborted, qPrintable(m_network->describe()));
        }
        QCOMPARE(m_network->releaseAll(), 0);
        QTest::qWait(20);
        QCOMPARE(read.count, 1);
    }

    void snapshotFailsOnALaterHypervisorPage()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        serveLists();
        m_network->setHold("GET", servicesPath);
        const QJsonObject first { { QStringLiteral("hypervisors"), QJsonArray { hypervisorJson(1) } },
                                  { QStringLiteral("hypervisors_links"),
                                    QJsonArray { nextLink(QStringLiteral("http://nova.fake/v2.1/os-hypervisors/"
                                                                         "detail?limit=1&marker=%1")
                                                              .arg(uuid('c', 1))) } } };
        m_network->enqueue("GET", hypervisorsPath, FakeResponse::json(200, first));
        m_network->enqueue("GET", hypervisorsPath, FakeResponse::json(200, QByteArray("{\"hypervisors\": {}}")));
        Answers<NovaSnapshot> read;
        m_client->readSnapshot(this, read.callback());
        QVERIFY(read.wait(unitWaitMs));
        QCOMPARE(read.last->error().kind, Kind::BadResponse);
        QCOMPARE(m_network->count("GET", hypervisorsPath), 2);
        QVERIFY(m_network->requests("GET", servicesPath).first().aborted);
    }

    void cancelOwnedByLeavesOtherCallersAlone()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        serveLists();
        m_network->setHold("GET", QString());
        QObject mine;
        QObject theirs;
        Answers<NovaSnapshot> snapshot;
        Answers<NovaAggregate> refused;
        Answers<QList<NovaAggregate>> other;
        m_client->readSnapshot(&mine, snapshot.callback());
        m_client->addHost(7, QString(), &mine, refused.callback()); // refused, answer pending
        m_client->listAggregates(&theirs, other.callback());
        QCOMPARE(m_network->heldRequests().size(), 4);

        m_client->cancelOwnedBy(&mine);
        for (int i = 1; i <= 3; ++i)
            QVERIFY2(m_network->request(i).aborted, qPrintable(m_network->describe()));
        QVERIFY(!m_network->request(4).aborted);
        QCOMPARE(m_network->releaseAll(), 1);
        QVERIFY(other.wait(unitWaitMs));
        QVERIFY2(other.last->ok(), qPrintable(other.why()));
        QTest::qWait(20);
        QCOMPARE(snapshot.count, 0);
        QCOMPARE(refused.count, 0);
        QCOMPARE(other.count, 1);
    }

    void aDestroyedContextGetsNoAnswer()
    {
        QVERIFY(connectAt(QStringLiteral("2.93")));
        serveLists();
        m_network->setHold("GET", QString());
        auto owner = std::make_unique<QObject>();
        Answers<QList<NovaHypervisor>> listed;
        m_client->listHypervisors(owner.get(), listed.callback());
        owner.reset();
        QCOMPARE(m_network->releaseAll(), 1);
        QTest::qWait(50);
        QCOMPARE(listed.count, 0);
    }

    void theTokenIsSentButNeverLogged()
    {
        m_client->setToken("s3cret-nova-token");
        QVERIFY(connectAt(QStringLiteral("2.93")));
        m_network->enqueue("GET", aggregatesPath, FakeResponse::json(200, aggregateList({})));
        m_network->enqueue("POST", QStringLiteral("/v2.1/os-aggregates/7/action"),
                           novaFault(404, QStringLiteral("itemNotFound"),
                                     QStringLiteral("Compute host compute-9 could not be found.")));
        Answers<QList<NovaAggregate>> listed;
        Answers<NovaAggregate> added;
        m_client->listAggregates(this, listed.callback());
        m_client->addHost(7, QStringLiteral("compute-9"), this, added.callback());
        QVERIFY(listed.wait(unitWaitMs));
        QVERIFY(added.wait(unitWaitMs));
        QCOMPARE(added.last->error().kind, Kind::NotFound);

        const QList<FakeRequest> sent = m_network->requests();
        QCOMPARE(sent.size(), 3);
        for (const FakeRequest &request : sent)
            QCOMPARE(request.headers.value("x-auth-token"), QByteArray("s3cret-nova-token"));
        const QList<RequestLogEntry> entries = m_client->log()->entries();
        QCOMPARE(entries.size(), 3);
        for (const RequestLogEntry &entry : entries) {
            bool hadToken = false;
            for (const auto &header : entry.requestHeaders) {
                QVERIFY(!header.second.contains("s3cret"));
                hadToken = hadToken || header.first.compare("X-Auth-Token", Qt::CaseInsensitive) == 0;
            }
            QVERIFY(hadToken);
            QVERIFY(!entry.toCurl().contains(QLatin1String("s3cret")));
        }
        QCOMPARE(entries.last().method, QByteArray("POST"));
        QCOMPARE(entries.last().microversion, QStringLiteral("2.93"));
        QCOMPARE(entries.last().requestBody, compact(hostAction("add_host", QStringLiteral("compute-9"))));
    }

private:
    bool connectAt(const QString &max)
    {
        m_network->respondAlways("GET", api, FakeResponse::json(200, versionDocument(max)));
        auto connected = std::make_shared<std::optional<bool>>();
        m_client->connectToServer(m_network.get(), [connected](const Result<ApiVersion> &r) {
            if (!r)
                qWarning("connectAt: %s", qPrintable(r.error().fullText()));
            *connected = r.ok();
        });
        return QTest::qWaitFor([connected] { return connected->has_value(); }, 5000) && connected->value();
    }

    void serveLists()
    {
        m_network->respondAlways(
            "GET", aggregatesPath,
            FakeResponse::json(
                200,
                aggregateList({ aggregateJson(1, QStringLiteral("az1-hosts"), QStringLiteral("az1"),
                                              QJsonArray { QStringLiteral("compute-1") }, QJsonObject {}) })));
        m_network->respondAlways(
            "GET", hypervisorsPath,
            FakeResponse::json(200,
                               QJsonObject { { QStringLiteral("hypervisors"),
                                               QJsonArray { hypervisorJson(1), hypervisorJson(2) } } }));
        m_network->respondAlways(
            "GET", servicesPath,
            FakeResponse::json(
                200,
                QJsonObject { { QStringLiteral("services"),
                                QJsonArray { QJsonObject { { QStringLiteral("binary"), QStringLiteral("nova-compute") },
                                                           { QStringLiteral("host"), QStringLiteral("compute-1") },
                                                           { QStringLiteral("id"), uuid('5', 1) },
                                                           { QStringLiteral("zone"), QStringLiteral("az1") },
                                                           { QStringLiteral("status"), QStringLiteral("enabled") },
                                                           { QStringLiteral("state"), QStringLiteral("up") },
                                                           { QStringLiteral("disabled_reason"), QJsonValue::Null },
                                                           { QStringLiteral("forced_down"), false } } } } }));
    }

    std::unique_ptr<RewindProbe> m_network;
    std::unique_ptr<NovaClient> m_client;
};

QTEST_GUILESS_MAIN(TestNovaClient)
#include "tst_novaclient.moc"
