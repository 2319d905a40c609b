#include "livenova.h"

#include "blockingrequest.h"

#include <QJsonArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QUuid>

#ifndef PI_NOVA_SERVER_SCRIPT
#define PI_NOVA_SERVER_SCRIPT "scripts/nova-server"
#endif

LiveNova::LiveNova()
{
    const auto env = QProcessEnvironment::systemEnvironment();
    const QString url = env.value(QStringLiteral("NOVA_URL"));
    if (!url.isEmpty())
        m_url = QUrl(url);
    m_token = env.value(QStringLiteral("NOVA_TOKEN"), QStringLiteral("admin")).toUtf8();
    m_dir = env.value(QStringLiteral("NOVA_DIR"));
}

QString LiveNova::unavailableReason() const
{
    return QStringLiteral("NOVA_URL or NOVA_DIR is not set: run this test through ctest (the nova fixture "
                          "starts Nova and its Placement) or by hand with scripts/nova-server start and "
                          "tests/support/with-server-env PLACEMENT_ENV:NOVA_ENV <test>");
}

QString LiveNova::uniqueName(const QString &prefix)
{
    return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128).left(8);
}

HttpResponse LiveNova::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                               const QString &microversion)
{
    BlockingRequest request;
    request.base = m_url;
    request.method = method;
    request.path = path;
    request.jsonBody = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    request.token = m_token;
    request.apiVersion = "compute " + microversion.toLatin1();
    request.timeoutMs = 60000; // enabling a service waits 2 s for a compute that never answers
    return request.send();
}

LiveNova::Aggregate LiveNova::createAggregate(const QString &name, const QString &availabilityZone,
                                              const QJsonObject &metadata)
{
    QJsonObject aggregate { { QStringLiteral("name"), name } };
    if (!availabilityZone.isEmpty())
        aggregate.insert(QStringLiteral("availability_zone"), availabilityZone);
    const HttpResponse r
        = request("POST", QStringLiteral("/os-aggregates"), { { QStringLiteral("aggregate"), aggregate } });
    if (!r.ok())
        return {};
    const QJsonObject created = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("aggregate")).toObject();
    Aggregate result { created.value(QStringLiteral("id")).toInt(-1), created.value(QStringLiteral("uuid")).toString(),
                       name };
    if (result.isValid() && !metadata.isEmpty()) {
        const QJsonObject action { { QStringLiteral("set_metadata"),
                                     QJsonObject { { QStringLiteral("metadata"), metadata } } } };
        if (!request("POST", QStringLiteral("/os-aggregates/%1/action").arg(result.id), action).ok())
            return {};
    }
    return result;
}

bool LiveNova::addHost(int aggregateId, const QString &host)
{
    const QJsonObject action { { QStringLiteral("add_host"), QJsonObject { { QStringLiteral("host"), host } } } };
    return request("POST", QStringLiteral("/os-aggregates/%1/action").arg(aggregateId), action).ok();
}

bool LiveNova::removeHost(int aggregateId, const QString &host)
{
    const QJsonObject action { { QStringLiteral("remove_host"), QJsonObject { { QStringLiteral("host"), host } } } };
    return request("POST", QStringLiteral("/os-aggregates/%1/action").arg(aggregateId), action).ok();
}

bool LiveNova::deleteAggregate(int aggregateId)
{
    const HttpResponse r = request("GET", QStringLiteral("/os-aggregates/%1").arg(aggregateId));
    if (!r.ok())
        return false;
    const QJsonObject aggregate
        = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("aggregate")).toObject();
    for (const auto &host : aggregate.value(QStringLiteral("hosts")).toArray()) {
        if (!removeHost(aggregateId, host.toString()))
            return false;
    }
    return request("DELETE", QStringLiteral("/os-aggregates/%1").arg(aggregateId)).ok();
}

QString LiveNova::serviceUuid(const QString &host)
{
    const HttpResponse r = request("GET", QStringLiteral("/os-services?binary=nova-compute&host=%1").arg(host));
    const QJsonArray services = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("services")).toArray();
    return services.size() == 1 ? services.first().toObject().value(QStringLiteral("id")).toString() : QString();
}

bool LiveNova::setServiceDisabled(const QString &host, bool disabled, const QString &reason)
{
    const QString uuid = serviceUuid(host);
    if (uuid.isEmpty())
        return false;
    QJsonObject body { { QStringLiteral("status"),
                         disabled ? QStringLiteral("disabled") : QStringLiteral("enabled") } };
    if (disabled && !reason.isEmpty())
        body.insert(QStringLiteral("disabled_reason"), reason);
    return request("PUT", QStringLiteral("/os-services/") + uuid, body).ok();
}

QString LiveNova::addComputeHost(const QString &host, const QList<QPair<QString, QString>> &nodes, bool disabled)
{
    const QString script = QProcessEnvironment::systemEnvironment().value(QStringLiteral("NOVA_SERVER_SCRIPT"),
                                                                          QStringLiteral(PI_NOVA_SERVER_SCRIPT));
    QStringList args { QStringLiteral("add-host"), QStringLiteral("--dir"), m_dir, QStringLiteral("--host"), host };
    for (const auto &[node, uuid] : nodes)
        args << QStringLiteral("--node") << node << QStringLiteral("--uuid") << uuid;
    if (disabled)
        args << QStringLiteral("--disabled");
    QProcess process;
    process.start(script, args);
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        m_lastError = QStringLiteral("%1 %2: %3%4")
                          .arg(script, args.join(QLatin1Char(' ')), process.errorString(),
                               QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    const QJsonObject out = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    return out.value(QStringLiteral("service_uuid")).toString();
}
