// The LiveNova helpers against the nova fixture: what they arrange in Nova arrives in
// Placement through Nova's own mirroring, so the live Nova tests can rely on them.

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include "livenova.h"
#include "liveserver.h"

class TestLiveNova : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void hostInAggregateMirrorsIntoPlacement();
    void metadataAndServiceStatus();
    void severalNodesPerHost();

private:
    QString nameOf(const QString &provider);

    LiveServer m_placement;
    LiveNova m_nova;
};

void TestLiveNova::initTestCase()
{
    if (!m_nova.isAvailable())
        QSKIP(qPrintable(m_nova.unavailableReason()));
    QVERIFY2(m_placement.isAvailable(), qPrintable(m_placement.unavailableReason()));
}

QString TestLiveNova::nameOf(const QString &provider)
{
    const HttpResponse r = m_placement.request("GET", QStringLiteral("/resource_providers/") + provider);
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("name")).toString();
}

void TestLiveNova::hostInAggregateMirrorsIntoPlacement()
{
    const QString provider = m_placement.createProvider(QStringLiteral("livenova"));
    const QString node = nameOf(provider);
    QVERIFY(!node.isEmpty());
    const QString host = LiveNova::uniqueName(QStringLiteral("cmp"));
    QVERIFY2(!m_nova.addComputeHost(host, node, provider).isEmpty(), qPrintable(m_nova.lastError()));

    const LiveNova::Aggregate aggregate = m_nova.createAggregate(LiveNova::uniqueName(QStringLiteral("agg")),
                                                                 LiveNova::uniqueName(QStringLiteral("az")));
    QVERIFY(aggregate.isValid());
    QVERIFY(m_nova.addHost(aggregate.id, host));
    QCOMPARE(m_placement.aggregatesOf(provider), QStringList { aggregate.uuid });

    QVERIFY(m_nova.removeHost(aggregate.id, host));
    QCOMPARE(m_placement.aggregatesOf(provider), QStringList {});
    QVERIFY(m_nova.addHost(aggregate.id, host));
    QVERIFY(m_nova.deleteAggregate(aggregate.id)); // removes the host first
    QCOMPARE(m_placement.aggregatesOf(provider), QStringList {});
    QCOMPARE(m_nova.request("GET", QStringLiteral("/os-aggregates/%1").arg(aggregate.id)).status, 404);
}

void TestLiveNova::metadataAndServiceStatus()
{
    const QString provider = m_placement.createProvider(QStringLiteral("livenova"));
    const QString node = nameOf(provider);
    QVERIFY(!node.isEmpty());
    const QString host = LiveNova::uniqueName(QStringLiteral("cmp"));
    const QString service = m_nova.addComputeHost(host, node, provider);
    QVERIFY2(!service.isEmpty(), qPrintable(m_nova.lastError()));
    QCOMPARE(m_nova.serviceUuid(host), service);

    const QJsonObject metadata { { QStringLiteral("filter_tenant_id"), QStringLiteral("p-acme") },
                                 { QStringLiteral("trait:CUSTOM_GPU"), QStringLiteral("required") } };
    const LiveNova::Aggregate aggregate
        = m_nova.createAggregate(LiveNova::uniqueName(QStringLiteral("agg")), {}, metadata);
    QVERIFY(aggregate.isValid());
    const QJsonObject read
        = QJsonDocument::fromJson(m_nova.request("GET", QStringLiteral("/os-aggregates/%1").arg(aggregate.id)).body)
              .object()
              .value(QStringLiteral("aggregate"))
              .toObject();
    QCOMPARE(read.value(QStringLiteral("metadata")).toObject(), metadata);

    QVERIFY(m_nova.setServiceDisabled(host, true, QStringLiteral("maintenance")));
    const QJsonObject services
        = QJsonDocument::fromJson(m_nova.request("GET", QStringLiteral("/os-services?host=") + host).body).object();
    const QJsonObject disabled = services.value(QStringLiteral("services")).toArray().first().toObject();
    QCOMPARE(disabled.value(QStringLiteral("status")).toString(), QStringLiteral("disabled"));
    QCOMPARE(disabled.value(QStringLiteral("disabled_reason")).toString(), QStringLiteral("maintenance"));
    QCOMPARE(disabled.value(QStringLiteral("state")).toString(), QStringLiteral("up"));
    QVERIFY(m_nova.setServiceDisabled(host, false));
    QVERIFY(m_nova.deleteAggregate(aggregate.id));
}

void TestLiveNova::severalNodesPerHost()
{
    const QString a = LiveServer::newUuid();
    const QString b = LiveServer::newUuid();
    const QString host = LiveNova::uniqueName(QStringLiteral("cmp"));
    QVERIFY2(!m_nova.addComputeHost(host, { { host + QStringLiteral("-a"), a }, { host + QStringLiteral("-b"), b } })
                  .isEmpty(),
             qPrintable(m_nova.lastError()));
    const QJsonArray hypervisors
        = QJsonDocument::fromJson(m_nova.request("GET", QStringLiteral("/os-hypervisors/detail")).body)
              .object()
              .value(QStringLiteral("hypervisors"))
              .toArray();
    QStringList ofHost;
    for (const auto &h : hypervisors) {
        const QJsonObject o = h.toObject();
        if (o.value(QStringLiteral("service")).toObject().value(QStringLiteral("host")).toString() == host)
            ofHost << o.value(QStringLiteral("id")).toString();
    }
    ofHost.sort();
    QStringList expected { a, b };
    expected.sort();
    QCOMPARE(ofHost, expected);
}

QTEST_GUILESS_MAIN(TestLiveNova)
#include "tst_livenova.moc"
