#include "novaparsers.h"

#include "jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace {

// The list under `key`, each entry an object parsed by `parse(object, path)`.
template<typename T, typename Parse> Result<QList<T>> objectList(const QJsonObject &root, const char *key, Parse parse)
{
    const QJsonValue list = root.value(QLatin1String(key));
    if (!list.isArray())
        return JsonBody::badResponse(
            PlacementError::tr("field \"%1\" is missing or not a list").arg(QLatin1String(key)));
    const QJsonArray array = list.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        if (!array.at(i).isObject())
            return JsonBody::badResponse(PlacementError::tr("%1 is not an object").arg(path));
        Result<T> item = parse(array.at(i).toObject(), path);
        if (!item)
            return item.error();
        items.append(std::move(item.value()));
    }
    return items;
}

QString tooOld(const QString &field, const QString &what, ApiVersion needed)
{
    return PlacementError::tr("field \"%1\" %2: the server answered as if the microversion were older than %3 "
                              "(a proxy may drop the OpenStack-API-Version header)")
        .arg(field, what, needed.toString());
}

Result<NovaAggregate> aggregateFrom(const QJsonObject &object, const QString &path)
{
    JsonFieldReader read(object, path);
    NovaAggregate a;
    if (!read.integer("id", &a.id) || !read.string("name", &a.name))
        return read.error();
    if (!read.has("uuid"))
        return JsonBody::badResponse(
            tooOld(read.field("uuid"), PlacementError::tr("is missing"), NovaParsers::aggregateUuids));
    if (!read.string("uuid", &a.uuid) || !read.optionalString("availability_zone", &a.availabilityZone)
        || !read.optionalStringList("hosts", &a.hosts) || !read.optionalStringMap("metadata", &a.metadata))
        return read.error();
    return a;
}

// From 2.53 ids are UUIDs; a number means the version header did not arrive.
bool uuidId(JsonFieldReader &read, const char *key, QString *out, bool optional)
{
    const QJsonValue v = read.value(key);
    if (v.isDouble())
        return read.failWith(
            tooOld(read.field(key), PlacementError::tr("is a number, not a UUID"), NovaParsers::uuidIds));
    return optional ? read.optionalString(key, out) : read.string(key, out);
}

Result<NovaHypervisor> hypervisorFrom(const QJsonObject &object, const QString &path)
{
    JsonFieldReader read(object, path);
    NovaHypervisor h;
    QJsonObject service;
    if (!uuidId(read, "id", &h.id, false) || !read.optionalString("hypervisor_hostname", &h.hypervisorHostname)
        || !read.string("status", &h.status) || !read.string("state", &h.state) || !read.object("service", &service))
        return read.error();
    JsonFieldReader svc(service, read.field("service"));
    if (!uuidId(svc, "id", &h.serviceId, true) || !svc.optionalString("host", &h.serviceHost)
        || !svc.optionalString("disabled_reason", &h.disabledReason))
        return svc.error();
    return h;
}

Result<NovaService> serviceFrom(const QJsonObject &object, const QString &path)
{
    JsonFieldReader read(object, path);
    NovaService s;
    // A service in a cell that does not answer has only binary, host and status ("UNKNOWN")
    // from 2.69: the other fields are optional.
    if (!read.optionalString("binary", &s.binary) || !read.optionalString("host", &s.host)
        || !read.string("status", &s.status) || !uuidId(read, "id", &s.id, true)
        || !read.optionalString("zone", &s.zone) || !read.optionalString("state", &s.state)
        || !read.optionalString("disabled_reason", &s.disabledReason)
        || !read.optionalBool("forced_down", &s.forcedDown))
        return read.error();
    return s;
}

struct VersionEntry
{
    QString id;
    QString status;
    QString max;
    QString min;
};

Result<VersionEntry> versionEntryFrom(const QJsonObject &object, const QString &path)
{
    JsonFieldReader read(object, path);
    VersionEntry e;
    // v2.0 has empty strings here: it predates microversions.
    if (!read.string("id", &e.id) || !read.optionalString("status", &e.status)
        || !read.optionalString("version", &e.max) || !read.optionalString("min_version", &e.min))
        return read.error();
    return e;
}

} // namespace

namespace NovaParsers {

Result<NovaVersionDocument> versionDocument(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    NovaVersionDocument doc;
    VersionEntry entry;
    if (root.value().value(QStringLiteral("version")).isObject()) {
        auto single
            = versionEntryFrom(root.value().value(QStringLiteral("version")).toObject(), QStringLiteral("version"));
        if (!single)
            return single.error();
        entry = single.value();
        if (entry.max.isEmpty())
            return PlacementError::make(PlacementError::Kind::Unsupported,
                                        PlacementError::tr("this endpoint is Nova's %1 API, which has no "
                                                           "microversions; use the v2.1 endpoint instead")
                                            .arg(entry.id));
    } else if (root.value().value(QStringLiteral("versions")).isArray()) {
        auto list = objectList<VersionEntry>(root.value(), "versions", versionEntryFrom);
        if (!list)
            return list.error();
        // The API with microversions; the CURRENT one when there are several.
        const VersionEntry *best = nullptr;
        for (const VersionEntry &candidate : std::as_const(list.value())) {
            if (candidate.max.isEmpty())
                continue;
            if (!best || candidate.status == QLatin1String("CURRENT"))
                best = &candidate;
        }
        if (!best)
            return PlacementError::make(PlacementError::Kind::Unsupported,
                                        PlacementError::tr("the server offers no API version with microversions"));
        entry = *best;
        static const QRegularExpression idPattern(QStringLiteral("^v\\d+(\\.\\d+)?$"));
        if (!idPattern.match(entry.id).hasMatch())
            return JsonBody::badResponse(PlacementError::tr(R"(the version id "%1" is not like "v2.1")").arg(entry.id));
        doc.fromVersionList = true;
    } else {
        return JsonBody::badResponse(
            PlacementError::tr(R"(the version document has neither "version" nor "versions")"));
    }
    const auto min = ApiVersion::parse(entry.min);
    const auto max = ApiVersion::parse(entry.max);
    if (!min || !max || *max < *min)
        return JsonBody::badResponse(
            PlacementError::tr(R"(the version range "%1" to "%2" is not valid)").arg(entry.min, entry.max));
    doc.range = VersionRange { *min, *max };
    doc.id = entry.id;
    return doc;
}

Result<QList<NovaAggregate>> aggregateList(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    return objectList<NovaAggregate>(root.value(), "aggregates", aggregateFrom);
}

Result<NovaAggregate> aggregate(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    const QJsonValue object = root.value().value(QStringLiteral("aggregate"));
    if (!object.isObject())
        return JsonBody::badResponse(PlacementError::tr("field \"aggregate\" is missing or not an object"));
    return aggregateFrom(object.toObject(), QStringLiteral("aggregate"));
}

Result<NovaHypervisorPage> hypervisorPage(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    auto list = objectList<NovaHypervisor>(root.value(), "hypervisors", hypervisorFrom);
    if (!list)
        return list.error();
    NovaHypervisorPage page;
    page.hypervisors = std::move(list.value());

    const QJsonValue links = root.value().value(QStringLiteral("hypervisors_links"));
    if (links.isUndefined() || links.isNull())
        return page;
    if (!links.isArray())
        return JsonBody::badResponse(PlacementError::tr("field \"hypervisors_links\" is not a list"));
    const QJsonArray array = links.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("hypervisors_links[%1]").arg(i);
        JsonFieldReader read(array.at(i).toObject(), path);
        QString rel;
        QString href;
        if (!array.at(i).isObject() || !read.string("rel", &rel) || !read.string("href", &href))
            return array.at(i).isObject() ? read.error()
                                          : JsonBody::badResponse(PlacementError::tr("%1 is not an object").arg(path));
        if (rel != QLatin1String("next"))
            continue;
        // Only the marker and limit are taken from the link: the next page is asked from our
        // own endpoint, never from the host the link names (the token must not go elsewhere).
        const QUrlQuery query(QUrl(href, QUrl::StrictMode));
        page.nextMarker = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
        page.nextLimit = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
        if (page.nextMarker.isEmpty())
            return JsonBody::badResponse(
                PlacementError::tr("the \"next\" link of hypervisors_links has no marker: %1").arg(href));
    }
    return page;
}

Result<QList<NovaService>> serviceList(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    return objectList<NovaService>(root.value(), "services", serviceFrom);
}

} // namespace NovaParsers
