#include "jsonparsers.h"

#include "jsonfieldreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <functional>

namespace {

Result<ResourceProvider> providerFromObject(const QJsonObject &object, const QString &context)
{
    JsonFieldReader read(object, context);
    ResourceProvider p;
    if (read.string("uuid", &p.uuid) && read.string("name", &p.name) && read.integer("generation", &p.generation)
        && read.optionalString("parent_provider_uuid", &p.parentUuid)
        && read.optionalString("root_provider_uuid", &p.rootUuid))
        return p;
    return read.error();
}

Result<QStringList> namedList(const QByteArray &body, const char *listKey, const char *itemKey)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    const QJsonValue list = root.value().value(QLatin1String(listKey));
    if (!list.isArray())
        return JsonBody::badResponse(
            PlacementError::tr("field \"%1\" is missing or not a list").arg(QLatin1String(listKey)));
    QStringList names;
    const QJsonArray array = list.toArray();
    names.reserve(array.size());
    for (const QJsonValue item : array) {
        QString name;
        if (itemKey) {
            JsonFieldReader read(item.toObject(), QLatin1String(listKey));
            if (!item.isObject() || !read.string(itemKey, &name))
                return item.isObject()
                    ? read.error()
                    : JsonBody::badResponse(
                        PlacementError::tr("an entry of \"%1\" is not an object").arg(QLatin1String(listKey)));
        } else if (item.isString()) {
            name = item.toString();
        } else {
            return JsonBody::badResponse(
                PlacementError::tr("field \"%1\" is not a list of strings").arg(QLatin1String(listKey)));
        }
        names.append(name);
    }
    return names;
}

} // namespace

namespace JsonParsers {

Result<VersionRange> versionDocument(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    const QJsonArray versions = root.value().value(QStringLiteral("versions")).toArray();
    if (versions.isEmpty() || !versions.first().isObject())
        return JsonBody::badResponse(PlacementError::tr("the version document has no \"versions\" list"));
    JsonFieldReader read(versions.first().toObject(), QStringLiteral("versions[0]"));
    QString minText;
    QString maxText;
    if (!read.string("min_version", &minText) || !read.string("max_version", &maxText))
        return read.error();
    const auto min = ApiVersion::parse(minText);
    const auto max = ApiVersion::parse(maxText);
    if (!min || !max || *max < *min)
        return JsonBody::badResponse(
            PlacementError::tr(R"(the version range "%1" to "%2" is not valid)").arg(minText, maxText));
    return VersionRange { *min, *max };
}

Result<QList<ResourceProvider>> providerList(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    const QJsonValue list = root.value().value(QStringLiteral("resource_providers"));
    if (!list.isArray())
        return JsonBody::badResponse(PlacementError::tr("field \"resource_providers\" is missing or not a list"));
    const QJsonArray array = list.toArray();
    QList<ResourceProvider> providers;
    providers.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString context = QStringLiteral("resource_providers[%1]").arg(i);
        if (!array.at(i).isObject())
            return JsonBody::badResponse(PlacementError::tr("%1 is not an object").arg(context));
        auto provider = providerFromObject(array.at(i).toObject(), context);
        if (!provider)
            return provider.error();
        providers.append(std::move(provider.value()));
    }
    return providers;
}

Result<ResourceProvider> provider(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    return providerFromObject(root.value(), {});
}

Result<ProviderAggregates> aggregates(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    JsonFieldReader read(root.value());
    ProviderAggregates result;
    if (!read.stringList("aggregates", &result.aggregates)
        || !read.optionalInteger("resource_provider_generation", &result.generation))
        return read.error();
    return result;
}

Result<ProviderInventories> inventories(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    JsonFieldReader read(root.value());
    ProviderInventories result;
    QJsonObject byClass;
    if (!read.object("inventories", &byClass) || !read.integer("resource_provider_generation", &result.generation))
        return read.error();
    for (auto it = byClass.constBegin(); it != byClass.constEnd(); ++it) {
        const QString context = QStringLiteral("inventories.") + it.key();
        // A reader holds no reason for what is not an object: say it here, never an empty error.
        if (!it.value().isObject())
            return JsonBody::badResponse(PlacementError::tr("%1 is not an object").arg(context));
        JsonFieldReader field(it.value().toObject(), context);
        Inventory inv;
        inv.resourceClass = it.key();
        if (!field.integer("total", &inv.total) || !field.integer("reserved", &inv.reserved)
            || !field.integer("min_unit", &inv.minUnit) || !field.integer("max_unit", &inv.maxUnit)
            || !field.integer("step_size", &inv.stepSize) || !field.number("allocation_ratio", &inv.allocationRatio))
            return field.error();
        result.inventories.append(inv);
    }
    return result;
}

Result<ProviderUsages> usages(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    JsonFieldReader read(root.value());
    ProviderUsages result;
    QJsonObject byClass;
    if (!read.object("usages", &byClass) || !read.optionalInteger("resource_provider_generation", &result.generation))
        return read.error();
    JsonFieldReader amounts(byClass, QStringLiteral("usages"));
    for (auto it = byClass.constBegin(); it != byClass.constEnd(); ++it) {
        qint64 used = 0;
        if (!amounts.integer(it.key(), &used))
            return amounts.error();
        result.usages.insert(it.key(), used);
    }
    return result;
}

Result<ProviderTraits> traits(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    JsonFieldReader read(root.value());
    ProviderTraits result;
    if (!read.stringList("traits", &result.traits) || !read.integer("resource_provider_generation", &result.generation))
        return read.error();
    return result;
}

Result<ProviderAllocations> allocations(const QByteArray &body)
{
    auto root = JsonBody::object(body);
    if (!root)
        return root.error();
    JsonFieldReader read(root.value());
    ProviderAllocations result;
    QJsonObject byConsumer;
    if (!read.object("allocations", &byConsumer) || !read.integer("resource_provider_generation", &result.generation))
        return read.error();
    for (auto it = byConsumer.constBegin(); it != byConsumer.constEnd(); ++it) {
        const QString context = QStringLiteral("allocations.") + it.key();
        if (!it.value().isObject())
            return JsonBody::badResponse(PlacementError::tr("%1 is not an object").arg(context));
        JsonFieldReader consumer(it.value().toObject(), context);
        QJsonObject resources;
        if (!consumer.object("resources", &resources))
            return consumer.error();
        ConsumerAllocation allocation;
        allocation.consumerUuid = it.key();
        JsonFieldReader amounts(resources, context + QStringLiteral(".resources"));
        for (auto r = resources.constBegin(); r != resources.constEnd(); ++r) {
            qint64 amount = 0;
            if (!amounts.integer(r.key(), &amount))
                return amounts.error();
            allocation.resources.insert(r.key(), amount);
        }
        result.allocations.append(allocation);
    }
    return result;
}

Result<QStringList> traitList(const QByteArray &body)
{
    return namedList(body, "traits", nullptr);
}

Result<QStringList> resourceClassList(const QByteArray &body)
{
    return namedList(body, "resource_classes", "name");
}

} // namespace JsonParsers
