#pragma once

// Fills a ProviderModel from Placement: the provider list first, then every
// provider's aggregates through the client's scheduler, rows on screen first.
// A reload drops everything still in flight; late answers of an old load are ignored.

#include <QObject>
#include <QPointer>

#include "placementerror.h"
#include "providerfilter.h"

class PlacementClient;
class ProviderModel;

class ProviderLoader : public QObject
{
    Q_OBJECT
public:
    ProviderLoader(PlacementClient *client, ProviderModel *model, QObject *parent = nullptr);

    void reload(const ProviderFilter &filter = {});
    void cancel();
    // Moves these providers' pending fetches ahead of the background fill.
    void prioritize(const QStringList &uuids);
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void providersListed(int count);
    void listFailed(const PlacementError &error);
    void progressChanged(int done, int total, int failed);
    void finished(bool cancelled);

private:
    void fetchAggregates(const QStringList &uuids, quint64 epoch);

    PlacementClient *m_client;
    ProviderModel *m_model;
    quint64 m_epoch = 0;
    bool m_loading = false;
    int m_total = 0;
    int m_done = 0;
    int m_failed = 0;
};
