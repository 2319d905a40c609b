#include "novaparsers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

#include <cmath>

namespace {

PlacementError badResponse(const QString &why)
{
    return PlacementError::make(PlacementError::Kind::BadResponse, why);
}

Result<QJsonObject> objectBody(const QByteArray &body)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return badResponse(PlacementError::tr("the body is not valid JSON (%1 at offset %2)")
                               .arg(error.errorString())
                               .arg(error.offset));
    if (!doc.isObject())
        return badResponse(PlacementError::tr("the body is not a JSON object"));
    return doc.object();
}

// Reads the fields of one object; the first failure is kept and names the field by its path
// ("hypervisors[3].service.host") so the message says exactly what was wrong.
class Reader
{
public:
    Reader(QJsonObject object, QString path)
        : m_object(std::move(object))
        , m_path(std::move(path))
    { }

    bool string(const char *key, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isString())
            return fail(key, PlacementError::tr("a string"));
        *out = v.toString();
        return true;
    }

    // Missing and null read as empty: Nova leaves these out or sends null in some states.
    bool nullableString(const char *key, QString *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            out->clear();
            return true;
        }
        if (!v.isString())
            return fail(key, PlacementError::tr("a string or null"));
        *out = v.toString();
        return true;
    }

    bool integer(const char *key, int *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        const double d = v.toDouble(std::nan(""));
        if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > 2147483647.0)
            return fail(key, PlacementError::tr("an integer"));
        *out = static_cast<int>(d);
        return true;
    }

    bool nullableBool(const char *key, bool *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull()) {
            *out = false;
            return true;
        }
        if (!v.isBool())
            return fail(key, PlacementError::tr("true, false or null"));
        *out = v.toBool();
        return true;
    }

    bool nullableStringList(const char *key, QStringList *out)
    {
        out->clear();
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isArray())
            return fail(key, PlacementError::tr("a list of strings or null"));
        const QJsonArray array = v.toArray();
        out->reserve(array.size());
        for (const QJsonValue item : array) {
            if (!item.isString())
                return fail(key, PlacementError::tr("a list of strings or null"));
            out->append(item.toString());
        }
        return true;
    }

    bool nullableStringMap(const char *key, QMap<QString, QString> *out)
    {
        out->clear();
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined() || v.isNull())
            return true;
        if (!v.isObject())
            return fail(key, PlacementError::tr("an object of strings or null"));
        const QJsonObject object = v.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (!it.value().isString())
                return failAt(field(key) + QLatin1Char('.') + it.key(), PlacementError::tr("a string"));
            out->insert(it.key(), it.value().toString());
        }
        return true;
    }

    bool object(const char *key, QJsonObject *out)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isObject())
            return fail(key, PlacementError::tr("an object"));
        *out = v.toObject();
        return true;
    }

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }
    QString field(const char *key) const
    {
        return m_path.isEmpty() ? QLatin1String(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    }
    bool failWith(const QString &why)
    {
        m_why = why;
        return false;
    }
    PlacementError error() const { return badResponse(m_why); }

private:
    bool fail(const char *key, const QString &expected) { return failAt(field(key), expected); }
    bool failAt(const QString &name, const QString &expected)
    {
        m_why = PlacementError::tr("field \"%1\" is missing or not %2").arg(name, expected);
        return false;
    }

    QJsonObject m_object;
    QString m_path;
    QString m_why;
};

// The list under `key`, each entry an object parsed by `parse(object, path)`.
template<typename T, typename Parse> Result<QList<T>> objectList(const QJsonObject &root, const char *key, Parse parse)
{
    const QJsonValue list = root.value(QLatin1String(key));
    if (!list.isArray())
        return badResponse(PlacementError::tr("field \"%1\" is missing or not a list").arg(QLatin1String(key)));
    const QJsonArray array = list.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i);
        if (!array.at(i).isObject())
            return badResponse(PlacementError::tr("%1 is not an object").arg(path));
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
    Reader read(object, path);
    NovaAggregate a;
    if (!read.integer("id", &a.id) || !read.string("name", &a.name))
        return read.error();
    if (!read.has("uuid"))
        return badResponse(tooOld(read.field("uuid"), PlacementError::tr("is missing"), NovaParsers::aggregateUuids));
    if (!read.string("uuid", &a.uuid) || !read.nullableString("availability_zone", &a.availabilityZone)
        || !read.nullableStringList("hosts", &a.hosts) || !read.nullableStringMap("metadata", &a.metadata))
        return read.error();
    return a;
}

// From 2.53 ids are UUIDs; a number means the version header did not arrive.
bool uuidId(Reader &read, const char *key, QString *out, bool optional)
{
    const QJsonValue v = read.value(key);
    if (v.isDouble())
        return read.failWith(
            tooOld(read.field(key), PlacementError::tr("is a number, not a UUID"), NovaParsers::uuidIds));
    return optional ? read.nullableString(key, out) : read.string(key, out);
}

Result<NovaHypervisor> hypervisorFrom(const QJsonObject &object, const QString &path)
{
    Reader read(object, path);
    NovaHypervisor h;
    QJsonObject service;
    if (!uuidId(read, "id", &h.id, false) || !read.nullableString("hypervisor_hostname", &h.hypervisorHostname)
        || !read.string("status", &h.status) || !read.string("state", &h.state) || !read.object("service", &service))
        return read.error();
    Reader svc(service, read.field("service"));
    if (!uuidId(svc, "id", &h.serviceId, true) || !svc.nullableString("host", &h.serviceHost)
        || !svc.nullableString("disabled_reason", &h.disabledReason))
        return svc.error();
    return h;
}

Result<NovaService> serviceFrom(const QJsonObject &object, const QString &path)
{
    Reader read(object, path);
    NovaService s;
    // A service in a cell that does not answer has only binary, host and status ("UNKNOWN")
    // from 2.69: the other fields are optional.
    if (!read.nullableString("binary", &s.binary) || !read.nullableString("host", &s.host)
        || !read.string("status", &s.status) || !uuidId(read, "id", &s.id, true)
        || !read.nullableString("zone", &s.zone) || !read.nullableString("state", &s.state)
        || !read.nullableString("disabled_reason", &s.disabledReason)
        || !read.nullableBool("forced_down", &s.forcedDown))
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
    Reader read(object, path);
    VersionEntry e;
    // v2.0 has empty strings here: it predates microversions.
    if (!read.string("id", &e.id) || !read.nullableString("status", &e.status)
        || !read.nullableString("version", &e.max) || !read.nullableString("min_version", &e.min))
        return read.error();
    return e;
}

} // namespace

namespace NovaParsers {

Result<NovaVersionDocument> versionDocument(const QByteArray &body)
{
    auto root = objectBody(body);
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
            return badResponse(PlacementError::tr(R"(the version id "%1" is not like "v2.1")").arg(entry.id));
        doc.fromVersionList = true;
    } else {
        return badResponse(PlacementError::tr(R"(the version document has neither "version" nor "versions")"));
    }
    const auto min = ApiVersion::parse(entry.min);
    const auto max = ApiVersion::parse(entry.max);
    if (!min || !max || *max < *min)
        return badResponse(
            PlacementError::tr(R"(the version range "%1" to "%2" is not valid)").arg(entry.min, entry.max));
    doc.range = VersionRange { *min, *max };
    doc.id = entry.id;
    return doc;
}

Result<QList<NovaAggregate>> aggregateList(const QByteArray &body)
{
    auto root = objectBody(body);
    if (!root)
        return root.error();
    return objectList<NovaAggregate>(root.value(), "aggregates", aggregateFrom);
}

Result<NovaAggregate> aggregate(const QByteArray &body)
{
    auto root = objectBody(body);
    if (!root)
        return root.error();
    const QJsonValue object = root.value().value(QStringLiteral("aggregate"));
    if (!object.isObject())
        return badResponse(PlacementError::tr("field \"aggregate\" is missing or not an object"));
    return aggregateFrom(object.toObject(), QStringLiteral("aggregate"));
}

Result<NovaHypervisorPage> hypervisorPage(const QByteArray &body)
{
    auto root = objectBody(body);
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
        return badResponse(PlacementError::tr("field \"hypervisors_links\" is not a list"));
    const QJsonArray array = links.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString path = QStringLiteral("hypervisors_links[%1]").arg(i);
        Reader read(array.at(i).toObject(), path);
        QString rel;
        QString href;
        if (!array.at(i).isObject() || !read.string("rel", &rel) || !read.string("href", &href))
            return array.at(i).isObject() ? read.error()
                                          : badResponse(PlacementError::tr("%1 is not an object").arg(path));
        if (rel != QLatin1String("next"))
            continue;
        // Only the marker and limit are taken from the link: the next page is asked from our
        // own endpoint, never from the host the link names (the token must not go elsewhere).
        const QUrlQuery query(QUrl(href, QUrl::StrictMode));
        page.nextMarker = query.queryItemValue(QStringLiteral("marker"), QUrl::FullyDecoded);
        page.nextLimit = query.queryItemValue(QStringLiteral("limit"), QUrl::FullyDecoded);
        if (page.nextMarker.isEmpty())
            return badResponse(
                PlacementError::tr("the \"next\" link of hypervisors_links has no marker: %1").arg(href));
    }
    return page;
}

Result<QList<NovaService>> serviceList(const QByteArray &body)
{
    auto root = objectBody(body);
    if (!root)
        return root.error();
    return objectList<NovaService>(root.value(), "services", serviceFrom);
}

} // namespace NovaParsers
