#include "fakeplacement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {
const QString undefinedCode = QStringLiteral("placement.undefined_code");
} // namespace

void FakePlacement::serve(FakeNetwork *network)
{
    network->setFallback([this](const FakeRequest &request) { return handle(request); });
}

void FakePlacement::addProvider(const QString &uuid, const QString &name, const QStringList &aggregates,
                                qint64 generation)
{
    Provider provider;
    provider.uuid = uuid;
    provider.name = name;
    provider.aggregates = aggregates;
    provider.generation = generation;
    m_providers.append(provider);
    rebuildIndex();
}

void FakePlacement::removeProvider(const QString &uuid)
{
    const int i = m_index.value(uuid, -1);
    if (i < 0)
        return;
    m_providers.removeAt(i);
    rebuildIndex();
}

void FakePlacement::setAggregates(const QString &uuid, const QStringList &aggregates)
{
    Provider &provider = m_providers[m_index.value(uuid)];
    provider.aggregates = aggregates;
    ++provider.generation;
}

void FakePlacement::bumpGeneration(const QString &uuid)
{
    ++m_providers[m_index.value(uuid)].generation;
}

QStringList FakePlacement::uuids() const
{
    QStringList all;
    for (const Provider &provider : m_providers)
        all << provider.uuid;
    return all;
}

void FakePlacement::rebuildIndex()
{
    m_index.clear();
    for (int i = 0; i < m_providers.size(); ++i)
        m_index.insert(m_providers.at(i).uuid, i);
}

FakeResponse FakePlacement::ok(const FakeRequest &request, const QJsonObject &body)
{
    return FakeResponse::json(200, body, QStringLiteral("req-%1").arg(request.index));
}

FakeResponse FakePlacement::error(const FakeRequest &request, int status, const QString &title, const QString &detail,
                                  const QString &code)
{
    return FakeResponse::placementError(status, title, detail, code.isEmpty() ? undefinedCode : code,
                                        QStringLiteral("req-%1").arg(request.index));
}

FakeResponse FakePlacement::handle(const FakeRequest &request)
{
    if (request.method == "GET" && request.path == QStringLiteral("/"))
        return FakeResponse::versionDocument();

    const QStringList parts = request.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    if (parts.value(0) != QStringLiteral("resource_providers") || parts.size() > 3)
        return error(request, 404, QStringLiteral("Not Found"),
                     QStringLiteral("The resource could not be found.\n\n FakePlacement has no %1").arg(request.path));

    if (parts.size() == 1) {
        if (request.method != "GET")
            return error(request, 405, QStringLiteral("Method Not Allowed"), QStringLiteral("Method not allowed"));
        const auto items = request.query.queryItems();
        for (const auto &item : items) {
            if (item.first != QStringLiteral("name") && item.first != QStringLiteral("uuid"))
                return error(request, 400, QStringLiteral("Bad Request"),
                             QStringLiteral("FakePlacement does not implement the filter %1").arg(item.first));
        }
        QJsonArray list;
        for (const Provider &p : std::as_const(m_providers)) {
            if (request.query.hasQueryItem(QStringLiteral("name"))
                && request.query.queryItemValue(QStringLiteral("name")) != p.name)
                continue;
            if (request.query.hasQueryItem(QStringLiteral("uuid"))
                && request.query.queryItemValue(QStringLiteral("uuid")) != p.uuid)
                continue;
            list.append(QJsonObject {
                { QStringLiteral("uuid"), p.uuid },
                { QStringLiteral("name"), p.name },
                { QStringLiteral("generation"), p.generation },
                { QStringLiteral("parent_provider_uuid"), p.parentUuid.isEmpty() ? QJsonValue() : p.parentUuid },
                { QStringLiteral("root_provider_uuid"), p.parentUuid.isEmpty() ? p.uuid : p.parentUuid },
                { QStringLiteral("links"), QJsonArray() },
            });
        }
        return ok(request, QJsonObject { { QStringLiteral("resource_providers"), list } });
    }
    return providerResponse(request, parts.at(1), parts.value(2));
}

FakeResponse FakePlacement::providerResponse(const FakeRequest &request, const QString &uuid, const QString &what)
{
    const int i = m_index.value(uuid, -1);
    if (i < 0)
        return error(
            request, 404, QStringLiteral("Not Found"),
            QStringLiteral("The resource could not be found.\n\n No resource provider with uuid %1 found").arg(uuid));
    Provider &p = m_providers[i];
    const qint64 generation = p.generation;
    if (what == QStringLiteral("aggregates") && request.method == "PUT")
        return putAggregates(request, p);
    if (request.method != "GET")
        return error(request, 405, QStringLiteral("Method Not Allowed"), QStringLiteral("Method not allowed"));
    if (what.isEmpty())
        return ok(request,
                  QJsonObject { { QStringLiteral("uuid"), p.uuid },
                                { QStringLiteral("name"), p.name },
                                { QStringLiteral("generation"), generation },
                                { QStringLiteral("root_provider_uuid"), p.uuid },
                                { QStringLiteral("parent_provider_uuid"), QJsonValue() } });
    if (what == QStringLiteral("aggregates"))
        return ok(request,
                  QJsonObject { { QStringLiteral("aggregates"), QJsonArray::fromStringList(p.aggregates) },
                                { QStringLiteral("resource_provider_generation"), generation } });
    if (what == QStringLiteral("inventories")) {
        const QJsonObject vcpu { { QStringLiteral("total"), p.vcpus }, { QStringLiteral("reserved"), 0 },
                                 { QStringLiteral("min_unit"), 1 },    { QStringLiteral("max_unit"), p.vcpus },
                                 { QStringLiteral("step_size"), 1 },   { QStringLiteral("allocation_ratio"), 1.0 } };
        return ok(request,
                  QJsonObject { { QStringLiteral("inventories"), QJsonObject { { QStringLiteral("VCPU"), vcpu } } },
                                { QStringLiteral("resource_provider_generation"), generation } });
    }
    if (what == QStringLiteral("usages"))
        return ok(request,
                  QJsonObject { { QStringLiteral("usages"), QJsonObject { { QStringLiteral("VCPU"), p.vcpusUsed } } },
                                { QStringLiteral("resource_provider_generation"), generation } });
    if (what == QStringLiteral("traits"))
        return ok(request,
                  QJsonObject { { QStringLiteral("traits"), QJsonArray() },
                                { QStringLiteral("resource_provider_generation"), generation } });
    return error(request, 404, QStringLiteral("Not Found"),
                 QStringLiteral("The resource could not be found.\n\n FakePlacement has no %1").arg(request.path));
}

FakeResponse FakePlacement::putAggregates(const FakeRequest &request, Provider &provider)
{
    const QJsonObject body = request.json();
    const QJsonValue list = body.value(QStringLiteral("aggregates"));
    const QJsonValue generation = body.value(QStringLiteral("resource_provider_generation"));
    bool valid = list.isArray() && generation.isDouble();
    QStringList aggregates;
    const QJsonArray array = list.toArray();
    for (const QJsonValue &item : array) {
        valid = valid && item.isString();
        if (!aggregates.contains(item.toString()))
            aggregates << item.toString();
    }
    if (!valid)
        return error(request, 400, QStringLiteral("Bad Request"),
                     QStringLiteral("The server could not comply with the request since it is either malformed or "
                                    "otherwise incorrect.\n\n JSON does not validate"));
    if (static_cast<qint64>(generation.toDouble()) != provider.generation)
        return FakeResponse::concurrentUpdate(QStringLiteral("req-%1").arg(request.index));
    provider.aggregates = aggregates;
    ++provider.generation;
    ++m_writes;
    return ok(request,
              QJsonObject { { QStringLiteral("aggregates"), QJsonArray::fromStringList(aggregates) },
                            { QStringLiteral("resource_provider_generation"), provider.generation } });
}
