#include "liveserver.h"

#include "blockingrequest.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>
#include <QUuid>

#include "placementclient.h"

LiveServer::LiveServer()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString url = env.value(QStringLiteral("PLACEMENT_URL"));
    if (!url.isEmpty())
        m_url = QUrl(url);
    m_token = env.value(QStringLiteral("PLACEMENT_TOKEN"), QStringLiteral("admin")).toUtf8();
}

QString LiveServer::unavailableReason() const
{
    return QStringLiteral("PLACEMENT_URL is not set: run this test through ctest (the placement fixture starts "
                          "the server) or scripts/placement-server run --dir DIR -- <test>");
}

QString LiveServer::newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

HttpResponse LiveServer::request(const QByteArray &method, const QString &path, const QJsonDocument &body,
                                 const QString &microversion)
{
    BlockingRequest request;
    request.base = m_url;
    request.method = method;
    request.path = path;
    request.jsonBody = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    request.token = m_token;
    request.apiVersion = "placement " + microversion.toLatin1();
    return request.send();
}

QString LiveServer::createProvider(const QString &namePrefix, const QString &parentUuid)
{
    const QString uuid = newUuid();
    QJsonObject body { { QStringLiteral("uuid"), uuid },
                       { QStringLiteral("name"), namePrefix + QLatin1Char('-') + uuid.left(8) } };
    if (!parentUuid.isEmpty())
        body.insert(QStringLiteral("parent_provider_uuid"), parentUuid);
    const HttpResponse r = request("POST", QStringLiteral("/resource_providers"), QJsonDocument(body));
    return r.ok() ? uuid : QString();
}

qint64 LiveServer::generationOf(const QString &uuid)
{
    const HttpResponse r = request("GET", QStringLiteral("/resource_providers/") + uuid);
    if (!r.ok())
        return -1;
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("generation")).toInteger(-1);
}

qint64 LiveServer::putAggregates(const QString &uuid, const QStringList &aggregates)
{
    const qint64 generation = generationOf(uuid);
    const QJsonObject body { { QStringLiteral("aggregates"), QJsonArray::fromStringList(aggregates) },
                             { QStringLiteral("resource_provider_generation"), generation } };
    const HttpResponse r
        = request("PUT", QStringLiteral("/resource_providers/%1/aggregates").arg(uuid), QJsonDocument(body));
    if (!r.ok())
        return -1;
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("resource_provider_generation")).toInteger(-1);
}

qint64 LiveServer::bumpGenerationViaTraits(const QString &uuid, const QStringList &traits)
{
    const qint64 generation = generationOf(uuid);
    const QJsonObject body { { QStringLiteral("traits"), QJsonArray::fromStringList(traits) },
                             { QStringLiteral("resource_provider_generation"), generation } };
    const HttpResponse r
        = request("PUT", QStringLiteral("/resource_providers/%1/traits").arg(uuid), QJsonDocument(body));
    if (!r.ok())
        return -1;
    return QJsonDocument::fromJson(r.body).object().value(QStringLiteral("resource_provider_generation")).toInteger(-1);
}

QStringList LiveServer::aggregatesOf(const QString &uuid)
{
    const HttpResponse r = request("GET", QStringLiteral("/resource_providers/%1/aggregates").arg(uuid));
    QStringList list;
    for (const auto &v : QJsonDocument::fromJson(r.body).object().value(QStringLiteral("aggregates")).toArray())
        list << v.toString();
    list.sort();
    return list;
}

Result<Capabilities> LiveServer::connectClient(PlacementClient &client)
{
    client.setEndpoint(m_url);
    client.setToken(m_token);
    std::optional<Result<Capabilities>> caps;
    QObject context;
    client.connectToServer(&context, [&](const Result<Capabilities> &r) { caps = r; });
    if (!QTest::qWaitFor([&] { return caps.has_value(); }, 20000))
        return PlacementError::make(PlacementError::Kind::Timeout, QStringLiteral("no answer to GET /"));
    return *caps;
}
