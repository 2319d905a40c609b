#include "novatypes.h"

namespace {
// Nova's own prefixes: require_tenant_aggregate matches every key that starts with
// filter_tenant_id (filter_tenant_id2, ...), and isolate_aggregates looks at "trait:" keys.
const QLatin1String tenantKeyPrefix("filter_tenant_id");
const QLatin1String traitKeyPrefix("trait:");
const QLatin1String requiredValue("required");
} // namespace

QStringList NovaAggregate::tenantIds() const
{
    QStringList ids;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (!it.key().startsWith(tenantKeyPrefix))
            continue;
        // AggregateMultiTenancyIsolation splits each value on commas and strips the parts.
        const QStringList parts = it.value().split(QLatin1Char(','));
        for (const QString &part : parts) {
            const QString tenant = part.trimmed();
            if (!tenant.isEmpty() && !ids.contains(tenant))
                ids.append(tenant);
        }
    }
    return ids;
}

QStringList NovaAggregate::requiredTraits() const
{
    QStringList traits;
    for (auto it = metadata.constBegin(); it != metadata.constEnd(); ++it) {
        if (!it.key().startsWith(traitKeyPrefix) || it.value() != requiredValue)
            continue;
        const QString trait = it.key().mid(traitKeyPrefix.size());
        if (!trait.isEmpty())
            traits.append(trait);
    }
    return traits;
}
