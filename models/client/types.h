#pragma once

// Plain value types for what Placement returns. The UI never sees raw JSON.

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <cmath>

struct ResourceProvider
{
    QString uuid;
    QString name;
    qint64 generation = -1;
    QString parentUuid; // empty for a root, or below microversion 1.14
    QString rootUuid; // empty below microversion 1.14

    bool isRoot() const { return parentUuid.isEmpty(); }
    friend bool operator==(const ResourceProvider &a, const ResourceProvider &b)
    {
        return a.uuid == b.uuid && a.name == b.name && a.generation == b.generation && a.parentUuid == b.parentUuid
            && a.rootUuid == b.rootUuid;
    }
    friend bool operator!=(const ResourceProvider &a, const ResourceProvider &b) { return !(a == b); }
};

// A provider's aggregate set and the generation it was read (or written) at.
// The generation is -1 below microversion 1.19, where the server does not report it.
struct ProviderAggregates
{
    QStringList aggregates;
    qint64 generation = -1;
};

struct Inventory
{
    QString resourceClass;
    qint64 total = 0;
    qint64 reserved = 0;
    qint64 minUnit = 1;
    qint64 maxUnit = 0;
    qint64 stepSize = 1;
    double allocationRatio = 1.0;

    // What the scheduler can hand out: (total - reserved) * allocation_ratio. Computed in double
    // and held within qint64: the numbers come from the server and may be anything.
    qint64 capacity() const
    {
        const double c = (static_cast<double>(total) - static_cast<double>(reserved)) * allocationRatio;
        constexpr double limit = 9223372036854774784.0; // the largest double below 2^63
        if (std::isnan(c))
            return 0;
        return static_cast<qint64>(std::clamp(c, -limit, limit));
    }
};

struct ProviderInventories
{
    QList<Inventory> inventories;
    qint64 generation = -1;
};

struct ProviderUsages
{
    QHash<QString, qint64> usages; // resource class -> used amount
    qint64 generation = -1; // reported from 1.9
};

struct ProviderTraits
{
    QStringList traits;
    qint64 generation = -1;
};

struct ConsumerAllocation
{
    QString consumerUuid;
    QHash<QString, qint64> resources;
};

struct ProviderAllocations
{
    QList<ConsumerAllocation> allocations;
    qint64 generation = -1;
};

Q_DECLARE_METATYPE(ResourceProvider)
Q_DECLARE_METATYPE(ProviderAggregates)
