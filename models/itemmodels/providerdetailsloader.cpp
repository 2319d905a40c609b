#include "providerdetailsloader.h"

#include "placementclient.h"

ProviderDetailsLoader::ProviderDetailsLoader(PlacementClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void ProviderDetailsLoader::cancelPending()
{
    ++m_epoch;
    for (quint64 ticket : std::as_const(m_tickets))
        m_client->cancel(ticket);
    m_tickets.clear();
}

void ProviderDetailsLoader::clear()
{
    cancelPending();
    m_details = ProviderDetails();
    Q_EMIT detailsChanged(m_details);
}

template<typename T>
void ProviderDetailsLoader::store(quint64 epoch, ProviderDetails::Part part, const Result<T> &result,
                                  T ProviderDetails::*field)
{
    if (epoch != m_epoch)
        return;
    if (result) {
        m_details.*field = result.value();
        m_details.loaded.insert(part);
        m_details.errors.remove(part);
    } else {
        m_details.errors.insert(part, result.error());
    }
    Q_EMIT detailsChanged(m_details);
}

void ProviderDetailsLoader::load(const QString &uuid)
{
    cancelPending();
    m_details = ProviderDetails();
    m_details.uuid = uuid;
    Q_EMIT detailsChanged(m_details);
    if (uuid.isEmpty())
        return;
    using Part = ProviderDetails::Part;
    const quint64 epoch = m_epoch;
    PlacementClient::CallOptions options;
    options.priority = PlacementClient::Priority::User;
    m_tickets << m_client->getProvider(
        uuid, this,
        [this, epoch](const Result<ResourceProvider> &r) {
            store(epoch, Part::Provider, r, &ProviderDetails::provider);
        },
        options);
    m_tickets << m_client->getAggregates(
        uuid, this,
        [this, epoch](const Result<ProviderAggregates> &r) {
            store(epoch, Part::Aggregates, r, &ProviderDetails::aggregates);
        },
        options);
    m_tickets << m_client->getTraits(
        uuid, this,
        [this, epoch](const Result<ProviderTraits> &r) { store(epoch, Part::Traits, r, &ProviderDetails::traits); },
        options);
    m_tickets << m_client->getInventories(
        uuid, this,
        [this, epoch](const Result<ProviderInventories> &r) {
            store(epoch, Part::Inventories, r, &ProviderDetails::inventories);
        },
        options);
    m_tickets << m_client->getUsages(
        uuid, this,
        [this, epoch](const Result<ProviderUsages> &r) { store(epoch, Part::Usages, r, &ProviderDetails::usages); },
        options);
    m_tickets << m_client->getAllocations(
        uuid, this,
        [this, epoch](const Result<ProviderAllocations> &r) {
            store(epoch, Part::Allocations, r, &ProviderDetails::allocations);
        },
        options);
}
