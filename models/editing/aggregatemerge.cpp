#include "aggregatemerge.h"

#include <QSet>

namespace AggregateMerge {

AggregateChange diff(const QStringList &base, const QStringList &wanted)
{
    const QSet<QString> baseSet(base.cbegin(), base.cend());
    const QSet<QString> wantedSet(wanted.cbegin(), wanted.cend());
    AggregateChange change;
    QSet<QString> seen;
    for (const QString &uuid : wanted) {
        if (!baseSet.contains(uuid) && !seen.contains(uuid)) {
            change.added << uuid;
            seen.insert(uuid);
        }
    }
    for (const QString &uuid : base) {
        if (!wantedSet.contains(uuid) && !seen.contains(uuid)) {
            change.removed << uuid;
            seen.insert(uuid);
        }
    }
    return change;
}

QStringList apply(const QStringList &current, const AggregateChange &change)
{
    const QSet<QString> removed(change.removed.cbegin(), change.removed.cend());
    QStringList result;
    QSet<QString> seen;
    for (const QString &uuid : current) {
        if (!removed.contains(uuid) && !seen.contains(uuid)) {
            result << uuid;
            seen.insert(uuid);
        }
    }
    for (const QString &uuid : change.added) {
        if (!seen.contains(uuid)) {
            result << uuid;
            seen.insert(uuid);
        }
    }
    return result;
}

QStringList threeWay(const QStringList &base, const QStringList &mine, const QStringList &server)
{
    return apply(server, diff(base, mine));
}

bool sameSet(const QStringList &a, const QStringList &b)
{
    return QSet<QString>(a.cbegin(), a.cend()) == QSet<QString>(b.cbegin(), b.cend());
}

} // namespace AggregateMerge
