#include "fuzzchecks.h"

#include "aggregatelist.h"
#include "apiversion.h"
#include "cloudresolver.h"
#include "cloudsconfig.h"
#include "jsonparsers.h"
#include "keystonecatalog.h"
#include "novaparsers.h"
#include "placementerror.h"
#include "profilestore.h"
#include "requestlog.h"
#include "snapshotdiff.h"
#include "snapshotreader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <initializer_list>

// A broken promise: say which, and abort so that libFuzzer saves the input as a crash.
#define PI_CHECK(condition)                                                                                            \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: invariant failed: %s\n", __FILE__, __LINE__, #condition);                     \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace {

using Kind = PlacementError::Kind;

QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

// "HEAD\nBODY": the first line is a parameter (a status, a subject token), the rest the body.
QPair<QByteArray, QByteArray> headAndBody(const QByteArray &input)
{
    const qsizetype newline = input.indexOf('\n');
    if (newline < 0)
        return { input, {} };
    return { input.left(newline), input.mid(newline + 1) };
}

// Every error names a reason, has a message for the status bar and one of the expected kinds.
void checkError(const PlacementError &e, std::initializer_list<Kind> kinds)
{
    PI_CHECK(!e.detail.isEmpty());
    PI_CHECK(!e.message().isEmpty());
    PI_CHECK(e.fullText().startsWith(e.message()));
    bool expected = false;
    for (Kind k : kinds)
        expected = expected || e.kind == k;
    PI_CHECK(expected);
}

template<typename T>
bool valueOrCheckedError(const Result<T> &r, std::initializer_list<Kind> kinds = { Kind::BadResponse })
{
    if (!r.ok())
        checkError(r.error(), kinds);
    return r.ok();
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonValue stringOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

QJsonObject providerJson(const ResourceProvider &p)
{
    return { { QStringLiteral("uuid"), p.uuid },
             { QStringLiteral("name"), p.name },
             { QStringLiteral("generation"), p.generation },
             { QStringLiteral("parent_provider_uuid"), stringOrNull(p.parentUuid) },
             { QStringLiteral("root_provider_uuid"), stringOrNull(p.rootUuid) } };
}

void withGeneration(QJsonObject *object, qint64 generation)
{
    if (generation != -1)
        object->insert(QStringLiteral("resource_provider_generation"), generation);
}

// A whole number that JsonFieldReader::integer must accept.
bool isInteger(const QJsonValue &v)
{
    const double d = v.toDouble(std::nan(""));
    return v.isDouble() && std::floor(d) == d && d >= -9223372036854775808.0 && d < 9223372036854775808.0;
}

// Every string under a secret key is masked (Redaction's promise for the request log).
bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret"))
        || k.contains(QLatin1String("passcode")) || k == QLatin1String("token") || k == QLatin1String("auth_token");
}

void checkRedacted(const QJsonValue &value, bool secret)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            checkRedacted(it.value(), secret || isSecretKey(it.key()));
    } else if (value.isArray()) {
        for (const QJsonValue item : value.toArray())
            checkRedacted(item, secret);
    } else if (secret && value.isString()) {
        PI_CHECK(value.toString() == QString::fromLatin1(Redaction::mask));
    }
}

void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    // Qt's warnings about odd input would flood the fuzzer's output; fatal ones still abort.
    if (type == QtFatalMsg) {
        std::fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        std::abort();
    }
}

void checkNovaAggregate(const NovaAggregate &a)
{
    const QStringList tenants = a.tenantIds();
    for (const QString &t : tenants) {
        PI_CHECK(!t.isEmpty());
        PI_CHECK(tenants.count(t) == 1);
    }
    for (const QString &trait : a.requiredTraits())
        PI_CHECK(!trait.isEmpty());
}

QJsonObject novaAggregateJson(const NovaAggregate &a)
{
    QJsonObject metadata;
    for (auto it = a.metadata.constBegin(); it != a.metadata.constEnd(); ++it)
        metadata.insert(it.key(), it.value());
    return { { QStringLiteral("id"), a.id },
             { QStringLiteral("uuid"), a.uuid },
             { QStringLiteral("name"), a.name },
             { QStringLiteral("availability_zone"), stringOrNull(a.availabilityZone) },
             { QStringLiteral("hosts"), QJsonArray::fromStringList(a.hosts) },
             { QStringLiteral("metadata"), metadata } };
}

void checkCatalogLookups(const KeystoneCatalog &catalog)
{
    const QList<std::array<const char *, 3>> lookups { { "placement", "public", "" },
                                                       { "placement", "internalURL", "RegionOne" },
                                                       { "compute", "admin", "" },
                                                       { "compute", "public", "RegionTwo" } };
    for (const auto &lookup : lookups) {
        const QString type = QLatin1String(lookup[0]);
        const auto url = catalog.find(type, QLatin1String(lookup[1]), QLatin1String(lookup[2]));
        if (url.ok()) {
            PI_CHECK(url.value().isValid());
            bool offered = false;
            for (const CatalogEndpoint &e : catalog.endpoints())
                offered = offered || (e.serviceType == type && e.url == url.value());
            PI_CHECK(offered);
        } else {
            checkError(url.error(), { Kind::NotFound });
        }
    }
}

QVariantMap yamlOrJson(const uint8_t *data, size_t size, const QString &name)
{
    const auto parsed = CloudsConfig::parseBytes(bytes(data, size), name);
    if (!valueOrCheckedError(parsed, { Kind::InvalidInput })) {
        PI_CHECK(parsed.error().detail.contains(name));
        return {};
    }
    const QVariantMap map = parsed.value();
    PI_CHECK(CloudsConfig::deepMerge(map, map) == map);
    PI_CHECK(CloudsConfig::deepMerge({}, map) == map);
    // Each cloud as the app would resolve it (openstacksdk's rules on outside values).
    const QVariantMap clouds = map.value(QStringLiteral("clouds")).toMap();
    int resolved = 0;
    for (auto it = clouds.constBegin(); it != clouds.constEnd() && resolved < 16; ++it, ++resolved) {
        const auto profile = CloudResolver::resolve(it.key(), it.value().toMap(), name);
        if (profile.ok())
            PI_CHECK(!profile.value().name.isEmpty() || it.key().trimmed().isEmpty());
        else
            PI_CHECK(!profile.error().detail.isEmpty());
    }
    return map;
}

} // namespace

namespace PiFuzz {

void initialize(int *argc, char ***argv)
{
    static int appArgc = 1;
    static char *appArgv[] = { (*argc > 0) ? (*argv)[0] : const_cast<char *>("fuzz"), nullptr };
    static QCoreApplication app(appArgc, appArgv);
    qInstallMessageHandler(quietMessages);
}

int placement_version_document(const uint8_t *data, size_t size)
{
    const auto r = JsonParsers::versionDocument(bytes(data, size));
    if (valueOrCheckedError(r)) {
        PI_CHECK(r.value().min.isValid() && r.value().max.isValid());
        PI_CHECK(r.value().min <= r.value().max);
        PI_CHECK(ApiVersion::parse(r.value().max.toString()) == r.value().max);
    }
    return 0;
}

int placement_provider_list(const uint8_t *data, size_t size)
{
    const auto r = JsonParsers::providerList(bytes(data, size));
    if (valueOrCheckedError(r)) {
        QJsonArray list;
        for (const ResourceProvider &p : r.value())
            list.append(providerJson(p));
        const auto again = JsonParsers::providerList(json({ { QStringLiteral("resource_providers"), list } }));
        PI_CHECK(again.ok() && again.value() == r.value());
    }
    return 0;
}

int placement_provider(const uint8_t *data, size_t size)
{
    const auto r = JsonParsers::provider(bytes(data, size));
    if (valueOrCheckedError(r)) {
        const auto again = JsonParsers::provider(json(providerJson(r.value())));
        PI_CHECK(again.ok() && again.value() == r.value());
    }
    return 0;
}

int placement_aggregates(const uint8_t *data, size_t size)
{
    const auto r = JsonParsers::aggregates(bytes(data, size));
    if (valueOrCheckedError(r)) {
        QJsonObject object { { QStringLiteral("aggregates"), QJsonArray::fromStringList(r.value().aggregates) } };
        withGeneration(&object, r.value().generation);
        const auto again = JsonParsers::aggregates(json(object));
        PI_CHECK(again.ok() && again.value().aggregates == r.value().aggregates
                 && again.value().generation == r.value().generation);
    }
    return 0;
}

int placement_inventories(const uint8_t *data, size_t size)
{
    const auto r = JsonParsers::inventories(bytes(data, size));
    if (valueOrCheckedError(r)) {
        QJsonObject byClass;
        for (const Inventory &inv : r.value().inventories) {
            // What the details pane and the usage bars show; must be defined for any numbers.
            const qint64 capacity = inv.capacity();
            PI_CHECK(capacity >= 0 || inv.total < inv.reserved || inv.allocationRatio < 0);
            byClass.insert(inv.resourceClass,
                           QJsonObject { { QStringLiteral("total"), inv.total },
                                         { QStringLiteral("reserved"), inv.reserved },
                                         { QStringLiteral("min_unit"), inv.minUnit },
                                         { QStringLiteral("max_unit"), inv.maxUnit },
                                         { QStringLiteral("step_size"), inv.stepSize },
                                         { QStringLiteral("allocation_ratio"), inv.allocationRatio } });
        }
        QJsonObject object { { QStringLiteral("inventories"), byClass },
                             { QStringLiteral("resource_provider_generation"), r.value().generation } };
        const auto again = JsonParsers::inventories(json(object));
        PI_CHECK(again.ok() && again.value().inventories.size() == r.value().inventories.size()
                 && again.value().generation == r.value().generation);
        for (qsizetype i = 0; i < r.value().inventories.size(); ++i) {
            const Inventory &a = r.value().inventories.at(i);
            const Inventory &b = again.value().inventories.at(i);
            PI_CHECK(a.resourceClass == b.resourceClass && a.total == b.total && a.reserved == b.reserved
                     && a.minUnit == b.minUnit && a.maxUnit == b.maxUnit && a.stepSize == b.stepSize
                     && a.allocationRatio == b.allocationRatio);
        }
    }
    return 0;
}

int placement_usages(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    const auto r = JsonParsers::usages(body);
    // Whatever the class names: an object of whole numbers is read, each one under its name.
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue usages = root.value(QStringLiteral("usages"));
    const QJsonValue generation = root.value(QStringLiteral("resource_provider_generation"));
    bool wellFormed = usages.isObject() && (generation.isUndefined() || isInteger(generation));
    for (const QJsonValue v : usages.toObject())
        wellFormed = wellFormed && isInteger(v);
    PI_CHECK(!wellFormed || r.ok());
    if (valueOrCheckedError(r)) {
        PI_CHECK(r.value().usages.size() == usages.toObject().size());
        QJsonObject byClass;
        for (auto it = r.value().usages.constBegin(); it != r.value().usages.constEnd(); ++it) {
            PI_CHECK(usages.toObject().contains(it.key()));
            byClass.insert(it.key(), it.value());
        }
        QJsonObject object { { QStringLiteral("usages"), byClass } };
        withGeneration(&object, r.value().generation);
        const auto again = JsonParsers::usages(json(object));
        PI_CHECK(again.ok() && again.value().usages == r.value().usages
                 && again.value().generation == r.value().generation);
    }
    return 0;
}

int placement_traits(const uint8_t *data, size_t size)
{
    const auto r = JsonParsers::traits(bytes(data, size));
    if (valueOrCheckedError(r)) {
        const QJsonObject object { { QStringLiteral("traits"), QJsonArray::fromStringList(r.value().traits) },
                                   { QStringLiteral("resource_provider_generation"), r.value().generation } };
        const auto again = JsonParsers::traits(json(object));
        PI_CHECK(again.ok() && again.value().traits == r.value().traits
                 && again.value().generation == r.value().generation);
    }
    return 0;
}

int placement_allocations(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    const auto r = JsonParsers::allocations(body);
    const QJsonObject root = QJsonDocument::fromJson(body).object();
    const QJsonValue allocations = root.value(QStringLiteral("allocations"));
    bool wellFormed = allocations.isObject() && isInteger(root.value(QStringLiteral("resource_provider_generation")));
    for (const QJsonValue consumer : allocations.toObject()) {
        const QJsonValue resources = consumer.toObject().value(QStringLiteral("resources"));
        wellFormed = wellFormed && resources.isObject();
        for (const QJsonValue amount : resources.toObject())
            wellFormed = wellFormed && isInteger(amount);
    }
    PI_CHECK(!wellFormed || r.ok());
    if (valueOrCheckedError(r)) {
        PI_CHECK(r.value().allocations.size() == allocations.toObject().size());
        QJsonObject byConsumer;
        for (const ConsumerAllocation &a : r.value().allocations) {
            QJsonObject resources;
            for (auto it = a.resources.constBegin(); it != a.resources.constEnd(); ++it)
                resources.insert(it.key(), it.value());
            byConsumer.insert(a.consumerUuid, QJsonObject { { QStringLiteral("resources"), resources } });
        }
        const QJsonObject object { { QStringLiteral("allocations"), byConsumer },
                                   { QStringLiteral("resource_provider_generation"), r.value().generation } };
        const auto again = JsonParsers::allocations(json(object));
        PI_CHECK(again.ok() && again.value().allocations.size() == r.value().allocations.size());
        for (qsizetype i = 0; i < r.value().allocations.size(); ++i) {
            PI_CHECK(again.value().allocations.at(i).consumerUuid == r.value().allocations.at(i).consumerUuid);
            PI_CHECK(again.value().allocations.at(i).resources == r.value().allocations.at(i).resources);
        }
    }
    return 0;
}

int placement_trait_list(const uint8_t *data, size_t size)
{
    const auto r = JsonParsers::traitList(bytes(data, size));
    if (valueOrCheckedError(r)) {
        const auto again
            = JsonParsers::traitList(json({ { QStringLiteral("traits"), QJsonArray::fromStringList(r.value()) } }));
        PI_CHECK(again.ok() && again.value() == r.value());
    }
    return 0;
}

int placement_resource_class_list(const uint8_t *data, size_t size)
{
    const auto r = JsonParsers::resourceClassList(bytes(data, size));
    if (valueOrCheckedError(r)) {
        QJsonArray list;
        for (const QString &name : r.value())
            list.append(QJsonObject { { QStringLiteral("name"), name } });
        const auto again = JsonParsers::resourceClassList(json({ { QStringLiteral("resource_classes"), list } }));
        PI_CHECK(again.ok() && again.value() == r.value());
    }
    return 0;
}

int http_error(const uint8_t *data, size_t size)
{
    // "STATUS [REQUEST-ID]\nBODY"
    const auto [head, body] = headAndBody(bytes(data, size));
    const QList<QByteArray> words = head.trimmed().split(' ');
    bool statusOk = false;
    int status = words.value(0).toInt(&statusOk);
    if (!statusOk || status < 100 || status > 599)
        status = 500;
    const QString requestId = QString::fromLatin1(words.value(1));
    const PlacementError e = PlacementError::fromHttp(status, body, requestId);
    PI_CHECK(e.httpStatus == status);
    PI_CHECK(!e.message().isEmpty());
    PI_CHECK(e.fullText().startsWith(e.message()));
    if (!requestId.isEmpty())
        PI_CHECK(e.requestId == requestId);
    if (e.serverVersions)
        PI_CHECK(e.serverVersions->min.isValid() && e.serverVersions->max.isValid());
    const QList<QPair<int, Kind>> kinds { { 400, Kind::BadRequest },    { 401, Kind::Unauthorized },
                                          { 403, Kind::Forbidden },     { 404, Kind::NotFound },
                                          { 406, Kind::NotAcceptable }, { 409, Kind::Conflict } };
    for (const auto &[code, kind] : kinds) {
        if (status == code)
            PI_CHECK(e.kind == kind);
    }
    if (status >= 500)
        PI_CHECK(e.kind == Kind::ServerError);
    else if (status >= 300 && status < 400)
        PI_CHECK(e.kind == Kind::Redirect);
    PI_CHECK(!e.isConcurrentUpdate() || e.kind == Kind::Conflict);
    return 0;
}

int keystone_token(const uint8_t *data, size_t size)
{
    // "X-SUBJECT-TOKEN\nBODY"
    const auto [subject, body] = headAndBody(bytes(data, size));
    const auto r = KeystoneToken::fromResponse(subject, body);
    if (valueOrCheckedError(r)) {
        PI_CHECK(r.value().id == subject && !subject.isEmpty());
        PI_CHECK(r.value().expiresAt.isValid());
        checkCatalogLookups(r.value().catalog);
    }
    return 0;
}

int keystone_catalog(const uint8_t *data, size_t size)
{
    // The catalog as a bare list, or a whole token document.
    const QJsonDocument doc = QJsonDocument::fromJson(bytes(data, size));
    QJsonArray list = doc.array();
    if (doc.isObject()) {
        const QJsonObject token = doc.object().value(QStringLiteral("token")).toObject();
        list = (token.isEmpty() ? doc.object() : token).value(QStringLiteral("catalog")).toArray();
    }
    const KeystoneCatalog catalog = KeystoneCatalog::fromJson(list);
    qsizetype endpoints = 0;
    for (const QJsonValue service : list)
        endpoints += service.toObject().value(QStringLiteral("endpoints")).toArray().size();
    PI_CHECK(catalog.endpoints().size() == endpoints);
    checkCatalogLookups(catalog);
    return 0;
}

int nova_version_document(const uint8_t *data, size_t size)
{
    const auto r = NovaParsers::versionDocument(bytes(data, size));
    if (valueOrCheckedError(r, { Kind::BadResponse, Kind::Unsupported })) {
        PI_CHECK(r.value().range.min.isValid() && r.value().range.min <= r.value().range.max);
        if (r.value().fromVersionList) {
            static const QRegularExpression idPattern(QStringLiteral("^v\\d+(\\.\\d+)?$"));
            PI_CHECK(idPattern.match(r.value().id).hasMatch());
        }
    }
    return 0;
}

int nova_aggregate_list(const uint8_t *data, size_t size)
{
    const auto r = NovaParsers::aggregateList(bytes(data, size));
    if (valueOrCheckedError(r)) {
        QJsonArray list;
        for (const NovaAggregate &a : r.value()) {
            checkNovaAggregate(a);
            list.append(novaAggregateJson(a));
        }
        const auto again = NovaParsers::aggregateList(json({ { QStringLiteral("aggregates"), list } }));
        PI_CHECK(again.ok() && again.value() == r.value());
    }
    return 0;
}

int nova_aggregate(const uint8_t *data, size_t size)
{
    const auto r = NovaParsers::aggregate(bytes(data, size));
    if (valueOrCheckedError(r)) {
        checkNovaAggregate(r.value());
        const auto again
            = NovaParsers::aggregate(json({ { QStringLiteral("aggregate"), novaAggregateJson(r.value()) } }));
        PI_CHECK(again.ok() && again.value() == r.value());
    }
    return 0;
}

int nova_hypervisor_page(const uint8_t *data, size_t size)
{
    const auto r = NovaParsers::hypervisorPage(bytes(data, size));
    if (valueOrCheckedError(r)) {
        PI_CHECK(r.value().hasNext() || r.value().nextMarker.isEmpty());
        for (const NovaHypervisor &h : r.value().hypervisors)
            PI_CHECK(h.isEnabled() == (h.status == QLatin1String("enabled")));
    }
    return 0;
}

int nova_service_list(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    const auto r = NovaParsers::serviceList(body);
    if (valueOrCheckedError(r))
        PI_CHECK(r.value().size()
                 == QJsonDocument::fromJson(body).object().value(QStringLiteral("services")).toArray().size());
    return 0;
}

int clouds_yaml(const uint8_t *data, size_t size)
{
    yamlOrJson(data, size, QStringLiteral("clouds.yaml"));
    return 0;
}

int clouds_json(const uint8_t *data, size_t size)
{
    yamlOrJson(data, size, QStringLiteral("clouds.json"));
    return 0;
}

int profile_store(const uint8_t *data, size_t size)
{
    const QString name = QStringLiteral("profiles.json");
    const auto r = ProfileStore::parse(bytes(data, size), name);
    if (!valueOrCheckedError(r, { Kind::InvalidInput })) {
        PI_CHECK(r.error().detail.contains(name));
        return 0;
    }
    // What save() writes reads back as the same profiles.
    QJsonArray list;
    for (const ConnectionProfile &p : r.value()) {
        PI_CHECK(!p.name.isEmpty());
        PI_CHECK(p.auth.secret.isEmpty());
        list.append(p.toJson());
    }
    const QJsonObject root { { QStringLiteral("version"), ProfileStore::formatVersion },
                             { QStringLiteral("profiles"), list } };
    const auto again = ProfileStore::parse(QJsonDocument(root).toJson(), name);
    PI_CHECK(again.ok() && again.value().size() == r.value().size());
    for (qsizetype i = 0; i < r.value().size(); ++i)
        PI_CHECK(again.value().at(i).toJson() == list.at(i).toObject());
    return 0;
}

int aggregate_list(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(bytes(data, size));
    const QStringList parts = AggregateList::split(text);
    static const QRegularExpression separator(QStringLiteral("[\\s,;]"));
    for (const QString &part : parts)
        PI_CHECK(!part.isEmpty() && !part.contains(separator));
    const AggregateListCheck check = AggregateList::check(parts);
    PI_CHECK(check.aggregates.size() + check.rejected.size() + check.foldedDuplicates.size() <= parts.size());
    for (const QString &uuid : check.aggregates) {
        PI_CHECK(uuid.size() == 36 && uuid == uuid.toLower());
        PI_CHECK(AggregateList::canonicalUuid(uuid) == uuid);
        PI_CHECK(check.aggregates.count(uuid) == 1);
    }
    for (const RejectedAggregate &rejected : check.rejected)
        PI_CHECK(!rejected.input.isEmpty() && !rejected.reason.isEmpty());
    for (const QString &folded : check.foldedDuplicates)
        PI_CHECK(check.aggregates.contains(AggregateList::canonicalUuid(folded)));
    const QString whole = AggregateList::canonicalUuid(text);
    if (!whole.isEmpty())
        PI_CHECK(AggregateList::canonicalUuid(whole) == whole && whole.size() == 36);
    return 0;
}

// A snapshot file (--diff): refused with a one-line reason, or read into providers that write
// back and read again as the same snapshot, and that differ from themselves in nothing.
int snapshot(const uint8_t *data, size_t size)
{
    const auto r = SnapshotReader::read(bytes(data, size));
    if (!valueOrCheckedError(r, { Kind::InvalidInput })) {
        PI_CHECK(!r.error().detail.contains(QLatin1Char('\n')));
        return 0;
    }
    const Snapshot &s = r.value();
    PI_CHECK(s.version >= 0 && s.version <= SnapshotFormat::currentVersion);
    QJsonArray providers;
    for (auto it = s.providers.cbegin(); it != s.providers.cend(); ++it) {
        const SnapshotProvider &p = it.value();
        PI_CHECK(p.uuid == it.key() && p.uuid.size() == 36 && p.uuid == p.uuid.toLower());
        PI_CHECK(p.aggregatesRead || p.aggregates.isEmpty());
        QStringList sorted = p.aggregates;
        sorted.sort();
        sorted.removeDuplicates();
        PI_CHECK(sorted == p.aggregates);
        const auto number = [](const std::optional<qint64> &n) {
            return n ? QJsonValue(*n) : QJsonValue();
        };
        providers.append(
            QJsonObject { { QStringLiteral("uuid"), p.uuid },
                          { QStringLiteral("name"), p.name },
                          { QStringLiteral("generation"), number(p.generation) },
                          { QStringLiteral("parent_provider_uuid"), stringOrNull(p.parentUuid) },
                          { QStringLiteral("root_provider_uuid"), stringOrNull(p.rootUuid) },
                          { QStringLiteral("aggregates"),
                            p.aggregatesRead ? QJsonValue(QJsonArray::fromStringList(p.aggregates)) : QJsonValue() },
                          { QStringLiteral("aggregates_generation"), number(p.aggregatesGeneration) },
                          { QStringLiteral("aggregates_error"), stringOrNull(p.aggregatesError) } });
    }
    const auto again = SnapshotReader::read(json({ { SnapshotFormat::providersKey, providers } }));
    PI_CHECK(again.ok() && again.value().providers.keys() == s.providers.keys());
    for (const SnapshotProvider &p : again.value().providers) {
        const SnapshotProvider &before = s.providers.value(p.uuid);
        PI_CHECK(p.name == before.name && p.parentUuid == before.parentUuid && p.rootUuid == before.rootUuid);
        PI_CHECK(p.generation == before.generation && p.aggregates == before.aggregates);
        PI_CHECK(p.aggregatesRead == before.aggregatesRead && p.aggregatesError == before.aggregatesError);
    }
    PI_CHECK(SnapshotDiff::compare(s, again.value()).isEmpty());
    PI_CHECK(SnapshotDiff::compare(Snapshot {}, s).size() == s.providers.size());
    return 0;
}

int api_version(const uint8_t *data, size_t size)
{
    // Up to three lines: a version, then a server range (min, max) and a profile's cap.
    const QStringList lines = QString::fromUtf8(bytes(data, size)).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (const auto v = ApiVersion::parse(line)) {
            PI_CHECK(v->isValid());
            PI_CHECK(ApiVersion::parse(v->toString()) == *v);
        }
    }
    const auto min = ApiVersion::parse(lines.value(0));
    const auto max = ApiVersion::parse(lines.value(1));
    const auto cap = ApiVersion::parse(lines.value(2));
    if (min && max) {
        const auto chosen = negotiateVersion(VersionRange { *min, *max }, cap);
        if (chosen) {
            PI_CHECK(*min <= *chosen && *chosen <= *max);
            PI_CHECK(*chosen <= PlacementVersions::newestKnown);
            PI_CHECK(!cap || *chosen <= *cap);
        }
    }
    return 0;
}

int request_log_redaction(const uint8_t *data, size_t size)
{
    const QByteArray body = bytes(data, size);
    const QByteArray logged = Redaction::jsonBody(body);
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (body.isEmpty()) {
        PI_CHECK(logged.isEmpty());
    } else if (error.error != QJsonParseError::NoError) {
        PI_CHECK(logged.startsWith("<non-JSON body of "));
    } else {
        const QJsonDocument out = QJsonDocument::fromJson(logged, &error);
        PI_CHECK(error.error == QJsonParseError::NoError);
        checkRedacted(out.isObject() ? QJsonValue(out.object()) : QJsonValue(out.array()), false);
        PI_CHECK(Redaction::jsonBody(logged) == logged);
    }
    // The same input as header lines ("Name: value").
    QList<QPair<QByteArray, QByteArray>> headers;
    for (const QByteArray &line : body.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({ line.left(colon), line.mid(colon + 1) });
    }
    const auto redacted = Redaction::headers(headers);
    PI_CHECK(redacted.size() == headers.size());
    for (const auto &header : redacted)
        PI_CHECK(!Redaction::isSecretHeader(header.first) || header.second == Redaction::mask);
    return 0;
}

} // namespace PiFuzz
