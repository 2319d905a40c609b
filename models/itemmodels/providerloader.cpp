#include "providerloader.h"

#include "placementclient.h"
#include "providermodel.h"

ProviderLoader::ProviderLoader(PlacementClient *client, ProviderModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
{
}

void ProviderLoader::reload(const ProviderFilter &filter)
{
    m_client->cancelAll();
    const quint64 epoch = ++m_epoch;
    m_loading = true;
    m_total = m_done = m_failed = 0;
    Q_EMIT progressChanged(0, 0, 0);
    m_client->listProviders(filter, this, [this, epoch](const Result<QList<ResourceProvider>> &result) {
        if (epoch != m_epoch)
            return;
        if (!result) {
            m_loading = false;
            Q_EMIT listFailed(result.error());
            Q_EMIT finished(false);
            return;
        }
        m_model->mergeProviders(result.value());
        Q_EMIT providersListed(static_cast<int>(result.value().size()));
        fetchAggregates(m_model->uuids(), epoch);
    });
}

void ProviderLoader::fetchAggregates(const QStringList &uuids, quint64 epoch)
{
    m_total = static_cast<int>(uuids.size());
    if (m_total == 0) {
        m_loading = false;
        Q_EMIT finished(false);
        return;
    }
    PlacementClient::CallOptions options;
    options.priority = PlacementClient::Priority::Background;
    for (const QString &uuid : uuids) {
        options.key = uuid;
        m_model->setAggregatesLoading(uuid);
        m_client->getAggregates(
            uuid, this,
            [this, uuid, epoch](const Result<ProviderAggregates> &result) {
                if (epoch != m_epoch)
                    return;
                if (result)
                    m_model->setAggregates(uuid, result.value());
                else {
                    m_model->setAggregatesFailed(uuid, result.error());
                    ++m_failed;
                }
                ++m_done;
                Q_EMIT progressChanged(m_done, m_total, m_failed);
                if (m_done == m_total) {
                    m_loading = false;
                    Q_EMIT finished(false);
                }
            },
            options);
    }
    Q_EMIT progressChanged(0, m_total, 0);
}

void ProviderLoader::cancel()
{
    if (!m_loading)
        return;
    ++m_epoch;
    m_client->cancelAll();
    m_loading = false;
    Q_EMIT finished(true);
}

void ProviderLoader::prioritize(const QStringList &uuids)
{
    m_client->scheduler()->promote(uuids, PlacementClient::Priority::Visible);
}
