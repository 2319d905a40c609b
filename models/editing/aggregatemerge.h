#pragma once

// Pure set arithmetic behind safe aggregate edits: what an edit changes, and how to
// re-apply it on top of a set someone else changed meanwhile (three-way merge).

#include <QStringList>

struct AggregateChange
{
    QStringList added; // in `wanted`, not in `base`, in wanted's order
    QStringList removed; // in `base`, not in `wanted`, in base's order

    bool isEmpty() const { return added.isEmpty() && removed.isEmpty(); }
    friend bool operator==(const AggregateChange &a, const AggregateChange &b)
    {
        return a.added == b.added && a.removed == b.removed;
    }
};

namespace AggregateMerge {
AggregateChange diff(const QStringList &base, const QStringList &wanted);
// The server's current set plus my additions minus my removals. Order: the server's
// order, then my additions in my order. Duplicates never appear in the result.
QStringList threeWay(const QStringList &base, const QStringList &mine, const QStringList &server);
// The same change applied to any set (bulk edits re-apply one intent per provider).
QStringList apply(const QStringList &current, const AggregateChange &change);
bool sameSet(const QStringList &a, const QStringList &b);
} // namespace AggregateMerge
