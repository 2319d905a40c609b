#include "placementmembership.h"

#include "aggregatelist.h"
#include "placementclient.h"

#include <algorithm>

QStringList PlacementMembership::membersOf(const QString &aggregate) const
{
    const QSet<QString> set = members.value(aggregate);
    QStringList list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

QList<ResourceProvider> PlacementMembership::providersNamed(const QString &name) const
{
    QList<ResourceProvider> found;
    for (const ResourceProvider &provider : providers) {
        if (provider.name == name)
            found << provider;
    }
    std::sort(found.begin(), found.end(),
              [](const ResourceProvider &a, const ResourceProvider &b) { return a.uuid < b.uuid; });
    return found;
}

PlacementMembershipReader::PlacementMembershipReader(PlacementClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

void PlacementMembershipReader::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_epoch;
    m_client->cancelOwnedBy(this);
}

void PlacementMembershipReader::start(const QStringList &aggregateUuids)
{
    cancel();
    m_membership = PlacementMembership();
    m_running = true;
    m_calls = 0;
    m_done = 0;
    const quint64 epoch = ++m_epoch;

    QStringList aggregates;
    for (const QString &input : aggregateUuids) {
        const QString uuid = AggregateList::canonicalUuid(input);
        if (uuid.isEmpty()) {
            m_membership.failedAggregates.insert(
                input,
                PlacementError::make(PlacementError::Kind::InvalidInput,
                                     tr("\"%1\" is not an aggregate UUID; nothing was asked").arg(input)));
            continue;
        }
        if (!aggregates.contains(uuid))
            aggregates << uuid;
    }
    const PlacementClient::CallOptions background { m_priority, {} };
    const auto current = [this, epoch] {
        return m_running && m_epoch == epoch;
    };

    ++m_calls;
    m_client->listProviders(
        ProviderFilter(), this,
        [this, current](const Result<QList<ResourceProvider>> &result) {
            if (!current())
                return;
            if (!result) {
                fail(result.error());
                return;
            }
            // Providers a member list met first (created meanwhile) stay as that list saw them.
            for (const ResourceProvider &provider : result.value()) {
                if (!m_membership.providers.contains(provider.uuid))
                    m_membership.providers.insert(provider.uuid, provider);
            }
            callDone();
        },
        background);

    ProviderFilter disabled;
    disabled.requiredTraits = QStringList { PlacementMembership::disabledTrait };
    ++m_calls;
    m_client->listProviders(
        disabled, this,
        [this, current](const Result<QList<ResourceProvider>> &result) {
            if (!current())
                return;
            if (result) {
                m_membership.disabledTraitRead = true;
                for (const ResourceProvider &provider : result.value())
                    m_membership.disabledProviders.insert(provider.uuid);
            } else {
                m_membership.disabledTraitError = result.error();
            }
            callDone();
        },
        background);

    for (const QString &aggregate : std::as_const(aggregates)) {
        ProviderFilter filter;
        filter.memberOf = { QStringList { aggregate } };
        ++m_calls;
        m_client->listProviders(
            filter, this,
            [this, current, aggregate](const Result<QList<ResourceProvider>> &result) {
                if (!current())
                    return;
                if (!result) {
                    m_membership.failedAggregates.insert(aggregate, result.error());
                    callDone();
                    return;
                }
                QSet<QString> &members = m_membership.members[aggregate];
                for (const ResourceProvider &provider : result.value()) {
                    members.insert(provider.uuid);
                    if (!m_membership.providers.contains(provider.uuid))
                        m_membership.providers.insert(provider.uuid, provider);
                }
                callDone();
            },
            background);
    }
    Q_EMIT progress(0, m_calls);
}

void PlacementMembershipReader::callDone()
{
    ++m_done;
    Q_EMIT progress(m_done, m_calls);
    if (m_done < m_calls)
        return;
    m_running = false;
    Q_EMIT finished(m_membership);
}

void PlacementMembershipReader::fail(const PlacementError &error)
{
    // Without the provider list no member can be named: nothing else is worth waiting for.
    m_running = false;
    ++m_epoch;
    m_client->cancelOwnedBy(this);
    Q_EMIT finished(error);
}
