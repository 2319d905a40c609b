#include "liveserver.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
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
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QUrl url = m_url;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(m_url.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setRawHeader("X-Auth-Token", m_token);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("OpenStack-API-Version", "placement " + microversion.toLatin1());
    const QByteArray payload = body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact);
    if (!payload.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, payload);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    if (response.status < 200 || response.status >= 300)
        response.error = PlacementError::fromHttp(response.status, response.body, {});
    delete reply;
    return response;
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
