#include "providerfilter.h"

namespace {

PlacementError unsupported(const QString &what, ApiVersion needed, ApiVersion have)
{
    return PlacementError::make(PlacementError::Kind::Unsupported,
                                PlacementError::tr("%1 needs microversion %2; this server offers %3")
                                    .arg(what, needed.toString(), have.toString()));
}

QString joinGroup(const QString &prefix, const QStringList &items)
{
    if (items.size() == 1)
        return prefix.startsWith(QLatin1Char('!')) ? QStringLiteral("!") + items.first() : items.first();
    return prefix + items.join(QLatin1Char(','));
}

} // namespace

bool ProviderFilter::isEmpty() const
{
    return name.isEmpty() && uuid.isEmpty() && memberOf.isEmpty() && notMemberOf.isEmpty() && inTree.isEmpty()
        && resources.isEmpty() && requiredTraits.isEmpty() && forbiddenTraits.isEmpty() && anyOfTraits.isEmpty();
}

bool operator==(const ProviderFilter &a, const ProviderFilter &b)
{
    return a.name == b.name && a.uuid == b.uuid && a.memberOf == b.memberOf && a.notMemberOf == b.notMemberOf
        && a.inTree == b.inTree && a.resources == b.resources && a.requiredTraits == b.requiredTraits
        && a.forbiddenTraits == b.forbiddenTraits && a.anyOfTraits == b.anyOfTraits;
}

Result<QUrlQuery> ProviderFilter::toQuery(const Capabilities &caps) const
{
    const ApiVersion have = caps.version();
    QUrlQuery query;
    if (!name.isEmpty())
        query.addQueryItem(QStringLiteral("name"), name);
    if (!uuid.isEmpty())
        query.addQueryItem(QStringLiteral("uuid"), uuid);

    QList<QStringList> groups;
    for (const QStringList &group : memberOf) {
        if (!group.isEmpty())
            groups.append(group);
    }
    if (!groups.isEmpty() && have < ApiVersion(1, 3))
        return unsupported(PlacementError::tr("Filtering by aggregate"), ApiVersion(1, 3), have);
    if (groups.size() > 1 && !caps.multipleMemberOf())
        return unsupported(PlacementError::tr("Requiring several aggregates at once"),
                           PlacementVersions::multipleMemberOf, have);
    for (const QStringList &group : groups)
        query.addQueryItem(QStringLiteral("member_of"), joinGroup(QStringLiteral("in:"), group));
    if (!notMemberOf.isEmpty()) {
        if (!caps.forbiddenAggregates())
            return unsupported(PlacementError::tr("Excluding aggregates"), PlacementVersions::forbiddenAggregates,
                               have);
        query.addQueryItem(QStringLiteral("member_of"), joinGroup(QStringLiteral("!in:"), notMemberOf));
    }

    if (!inTree.isEmpty()) {
        if (!caps.providerTrees())
            return unsupported(PlacementError::tr("Filtering by tree"), PlacementVersions::providerTrees, have);
        query.addQueryItem(QStringLiteral("in_tree"), inTree);
    }

    if (!resources.isEmpty()) {
        if (have < ApiVersion(1, 4))
            return unsupported(PlacementError::tr("Filtering by resources"), ApiVersion(1, 4), have);
        QStringList parts;
        for (auto it = resources.constBegin(); it != resources.constEnd(); ++it)
            parts << QStringLiteral("%1:%2").arg(it.key()).arg(it.value());
        query.addQueryItem(QStringLiteral("resources"), parts.join(QLatin1Char(',')));
    }

    QStringList traitParts = requiredTraits;
    if (!traitParts.isEmpty() && have < ApiVersion(1, 18))
        return unsupported(PlacementError::tr("Filtering by traits"), ApiVersion(1, 18), have);
    if (!forbiddenTraits.isEmpty() && !caps.forbiddenTraits())
        return unsupported(PlacementError::tr("Forbidden traits"), PlacementVersions::forbiddenTraits, have);
    for (const QString &trait : forbiddenTraits)
        traitParts << QLatin1Char('!') + trait;
    if (!traitParts.isEmpty())
        query.addQueryItem(QStringLiteral("required"), traitParts.join(QLatin1Char(',')));
    for (const QStringList &group : anyOfTraits) {
        if (group.isEmpty())
            continue;
        if (!caps.anyOfTraits())
            return unsupported(PlacementError::tr("Any-of traits"), PlacementVersions::anyOfTraits, have);
        query.addQueryItem(QStringLiteral("required"), QStringLiteral("in:") + group.join(QLatin1Char(',')));
    }
    return query;
}
