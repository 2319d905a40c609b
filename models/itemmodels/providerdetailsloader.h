#pragma once

// Everything the details pane shows about one provider, fetched fresh at user priority
// when it is selected: the provider, aggregates, traits, inventories, usages and
// allocations, each with the generation it was read at. Parts arrive one by one and
// selecting another provider drops the answers still due for the old one.

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>

#include "placementerror.h"
#include "result.h"
#include "types.h"

class PlacementClient;

struct ProviderDetails
{
    enum class Part
    {
        Provider,
        Aggregates,
        Traits,
        Inventories,
        Usages,
        Allocations
    };

    QString uuid;
    ResourceProvider provider;
    ProviderAggregates aggregates;
    ProviderTraits traits;
    ProviderInventories inventories;
    ProviderUsages usages;
    ProviderAllocations allocations;
    QSet<Part> loaded;
    QHash<Part, PlacementError> errors;

    bool has(Part part) const { return loaded.contains(part); }
    bool isComplete() const { return loaded.size() + errors.size() == 6; }
};

inline size_t qHash(ProviderDetails::Part part, size_t seed = 0)
{
    return ::qHash(static_cast<int>(part), seed);
}

class ProviderDetailsLoader : public QObject
{
    Q_OBJECT
public:
    explicit ProviderDetailsLoader(PlacementClient *client, QObject *parent = nullptr);

    void load(const QString &uuid);
    void clear();
    const ProviderDetails &details() const { return m_details; }

Q_SIGNALS:
    void detailsChanged(const ProviderDetails &details);

private:
    template<typename T>
    void store(quint64 epoch, ProviderDetails::Part part, const Result<T> &result, T ProviderDetails::*field);
    void cancelPending();

    PlacementClient *m_client;
    ProviderDetails m_details;
    quint64 m_epoch = 0;
    QList<quint64> m_tickets;
};
