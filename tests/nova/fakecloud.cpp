#include "fakecloud.h"

#include <QJsonObject>

namespace {

QJsonObject providerJson(const FakePlacement::Provider &p)
{
    return QJsonObject {
        { QStringLiteral("uuid"), p.uuid },
        { QStringLiteral("name"), p.name },
        { QStringLiteral("generation"), p.generation },
        { QStringLiteral("parent_provider_uuid"), p.parentUuid.isEmpty() ? QJsonValue() : p.parentUuid },
        { QStringLiteral("root_provider_uuid"), p.parentUuid.isEmpty() ? p.uuid : p.parentUuid },
        { QStringLiteral("links"), QJsonArray() },
    };
}

} // namespace

void FakeCloud::serve(FakeNetwork *network)
{
    network->setFallback([this](const FakeRequest &request) { return handle(request); });
}

void FakeCloud::addNovaAggregate(int id, const QString &uuid, const QString &name, const QString &zone,
                                 const QStringList &hosts)
{
    // What Nova's _marshall_aggregate sends (the zone is also in metadata when set).
    QJsonObject metadata;
    if (!zone.isEmpty())
        metadata.insert(QStringLiteral("availability_zone"), zone);
    m_aggregates.append(QJsonObject {
        { QStringLiteral("id"), id },
        { QStringLiteral("uuid"), uuid },
        { QStringLiteral("name"), name },
        { QStringLiteral("availability_zone"), zone.isEmpty() ? QJsonValue() : QJsonValue(zone) },
        { QStringLiteral("hosts"), QJsonArray::fromStringList(hosts) },
        { QStringLiteral("metadata"), metadata },
        { QStringLiteral("created_at"), QStringLiteral("2024-05-01T10:00:00.000000") },
        { QStringLiteral("updated_at"), QJsonValue() },
        { QStringLiteral("deleted_at"), QJsonValue() },
        { QStringLiteral("deleted"), false },
    });
}

void FakeCloud::addComputeNode(const QString &uuid, const QString &hypervisorHostname, const QString &serviceHost,
                               const QString &status, const QString &state)
{
    const QString serviceId
        = QStringLiteral("5e5e5e5e-0000-4000-8000-%1").arg(m_hypervisors.size(), 12, 10, QLatin1Char('0'));
    const QJsonValue reason
        = status == QLatin1String("disabled") ? QJsonValue(QStringLiteral("maintenance")) : QJsonValue();
    m_hypervisors.append(QJsonObject {
        { QStringLiteral("id"), uuid },
        { QStringLiteral("hypervisor_hostname"), hypervisorHostname },
        { QStringLiteral("state"), state },
        { QStringLiteral("status"), status },
        { QStringLiteral("hypervisor_type"), QStringLiteral("QEMU") },
        { QStringLiteral("host_ip"), QStringLiteral("192.0.2.1") },
        { QStringLiteral("service"),
          QJsonObject { { QStringLiteral("id"), serviceId },
                        { QStringLiteral("host"), serviceHost },
                        { QStringLiteral("disabled_reason"), reason } } },
    });
    m_services.append(QJsonObject {
        { QStringLiteral("id"), serviceId },
        { QStringLiteral("binary"), QStringLiteral("nova-compute") },
        { QStringLiteral("host"), serviceHost },
        { QStringLiteral("zone"), QStringLiteral("nova") },
        { QStringLiteral("status"), status },
        { QStringLiteral("state"), state },
        { QStringLiteral("disabled_reason"), reason },
        { QStringLiteral("forced_down"), false },
        { QStringLiteral("updated_at"), QStringLiteral("2024-05-01T10:00:00.000000") },
    });
}

FakeResponse FakeCloud::handle(const FakeRequest &request)
{
    if (request.path == QLatin1String("/v2.1") || request.path.startsWith(QLatin1String("/v2.1/")))
        return nova(request);
    if (request.method == "GET" && request.path == QLatin1String("/resource_providers"))
        return filteredProviders(request);
    return placement.handle(request);
}

FakeResponse FakeCloud::filteredProviders(const FakeRequest &request)
{
    const QString memberOf = request.query.queryItemValue(QStringLiteral("member_of"));
    const QString required = request.query.queryItemValue(QStringLiteral("required"));
    if (memberOf.isEmpty() && required.isEmpty()) {
        if (providerListAnswer)
            return *providerListAnswer;
        return placement.handle(request);
    }
    if (!memberOf.isEmpty() && memberOfAnswers.contains(memberOf))
        return memberOfAnswers.value(memberOf);
    if (!required.isEmpty() && traitListAnswer)
        return *traitListAnswer;
    if (!required.isEmpty() && required != QLatin1String("COMPUTE_STATUS_DISABLED"))
        return FakeResponse::placementError(400, QStringLiteral("Bad Request"),
                                            QStringLiteral("FakeCloud knows only COMPUTE_STATUS_DISABLED"));
    QJsonArray list;
    const QStringList uuids = placement.uuids();
    for (const QString &uuid : uuids) {
        const FakePlacement::Provider &p = placement.provider(uuid);
        if (!memberOf.isEmpty() && !p.aggregates.contains(memberOf))
            continue;
        if (!required.isEmpty() && !disabledTrait.contains(uuid))
            continue;
        list.append(providerJson(p));
    }
    return FakeResponse::json(200, QJsonObject { { QStringLiteral("resource_providers"), list } },
                              QStringLiteral("req-%1").arg(request.index));
}

FakeResponse FakeCloud::nova(const FakeRequest &request)
{
    const QString path = request.path.mid(5); // after /v2.1
    if (request.method != "GET")
        return FakeResponse::placementError(405, QStringLiteral("Method Not Allowed"), QStringLiteral("read only"));
    if (path.isEmpty() || path == QLatin1String("/")) {
        const QJsonObject version {
            { QStringLiteral("id"), QStringLiteral("v2.1") },
            { QStringLiteral("status"), QStringLiteral("CURRENT") },
            { QStringLiteral("version"), QStringLiteral("2.93") },
            { QStringLiteral("min_version"), QStringLiteral("2.1") },
            { QStringLiteral("updated"), QStringLiteral("2013-07-23T11:33:21Z") },
            { QStringLiteral("links"), QJsonArray() },
        };
        return FakeResponse::json(200, QJsonObject { { QStringLiteral("version"), version } });
    }
    if (path == QLatin1String("/os-aggregates"))
        return FakeResponse::json(200, QJsonObject { { QStringLiteral("aggregates"), m_aggregates } });
    if (path == QLatin1String("/os-hypervisors/detail")) {
        if (novaHypervisorsAnswer)
            return *novaHypervisorsAnswer;
        return FakeResponse::json(200, QJsonObject { { QStringLiteral("hypervisors"), m_hypervisors } });
    }
    if (path == QLatin1String("/os-services"))
        return FakeResponse::json(200, QJsonObject { { QStringLiteral("services"), m_services } });
    return FakeResponse::json(
        404,
        QJsonObject { { QStringLiteral("itemNotFound"),
                        QJsonObject { { QStringLiteral("code"), 404 },
                                      { QStringLiteral("message"), QStringLiteral("no such path") } } } });
}
