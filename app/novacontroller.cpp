#include "novacontroller.h"

#include "appmodels.h"
#include "httpclient.h"
#include "novaclient.h"
#include "novaoverlay.h"
#include "placementclient.h"
#include "providermodel.h"
#include "requestlog.h"

NovaController::NovaController(AppModels *models, QObject *parent)
    : QObject(parent)
    , m_client(new NovaClient(this))
    , m_overlay(models->nova())
    , m_providers(models->providers())
    , m_scan(new DriftScan(models->client(), m_client, this))
{
    m_scan->setPriority(PlacementClient::Priority::Visible);
    // Nova's exchanges belong in the window's request log, next to Placement's.
    RequestLog *novaLog = m_client->log();
    RequestLog *windowLog = models->client()->log();
    connect(novaLog, &RequestLog::entryAdded, this, [novaLog, windowLog] {
        if (novaLog->size() > 0)
            windowLog->append(novaLog->at(novaLog->size() - 1));
    });
    connect(m_scan, &DriftScan::finished, this, &NovaController::onScanFinished);
}

void NovaController::setEndpoint(const QUrl &endpoint, const QString &absentReason)
{
    m_endpoint = endpoint;
    m_absentReason = absentReason;
}

void NovaController::beginConnection(const QByteArray &token)
{
    m_scan->cancel();
    m_client->cancelAll();
    m_last = {};
    m_client->setToken(token);
    m_overlay->clear();
    if (!hasEndpoint()) {
        m_overlay->setUnavailable(m_absentReason.isEmpty() ? tr("no compute endpoint is set for this connection")
                                                           : m_absentReason);
        return;
    }
    m_client->setEndpoint(m_endpoint); // forgets the version: the scan negotiates it again
}

void NovaController::scan()
{
    if (!hasEndpoint())
        return;
    m_scan->cancel();
    // The sets the table has read: the scan uses them to find placement aggregates Nova
    // does not know, and to write runnable repair commands.
    m_scan->setAggregatesByProvider(loadedSets());
    m_scan->setExtraAggregates(m_providers->knownAggregates());
    m_overlay->setLoading();
    m_scan->start();
}

QHash<QString, ProviderAggregates> NovaController::loadedSets() const
{
    QHash<QString, ProviderAggregates> sets;
    for (int row = 0; row < m_providers->rowCount(); ++row) {
        const ProviderModel::Row &r = m_providers->row(row);
        if (r.aggregatesState == ProviderModel::LoadState::Loaded)
            sets.insert(r.provider.uuid, r.aggregates);
    }
    return sets;
}

void NovaController::useLoadedSets()
{
    if (m_scan->isRunning() || !m_last.isUsable())
        return; // a running scan takes the sets when it finishes
    m_last.membership.aggregatesByProvider = loadedSets();
    m_last.items = DriftAnalysis::analyze(m_last.snapshot, m_last.membership);
    Q_EMIT scanFinished(m_last);
}

void NovaController::onScanFinished(const DriftScanResult &scanned)
{
    DriftScanResult result = scanned;
    if (result.isUsable()) {
        // The table may have read more sets while the scan ran.
        result.membership.aggregatesByProvider = loadedSets();
        result.items = DriftAnalysis::analyze(result.snapshot, result.membership);
    }
    m_last = result;
    if (result.novaRead)
        m_overlay->setSnapshot(result.snapshot);
    else
        m_overlay->setUnavailable(result.errorMessages().value(0, tr("Nova could not be read")));
    Q_EMIT scanFinished(result);
}
