#include "appmodels.h"

#include "aggregatecomparisonmodel.h"
#include "aggregatelabels.h"
#include "aggregatemodel.h"
#include "driftmodel.h"
#include "journal.h"
#include "journalmodel.h"
#include "loadstatus.h"
#include "mainwindow.h"
#include "novaoverlay.h"
#include "placementclient.h"
#include "providermodel.h"
#include "requestlogmodel.h"

AppModels::AppModels(QObject *parent)
    : QObject(parent)
    , m_client(new PlacementClient(this))
    , m_providers(new ProviderModel(this))
    , m_labels(new AggregateLabels(this))
    , m_aggregates(new AggregateModel(m_providers, m_labels, this))
    , m_requestLog(new RequestLogModel(m_client->log(), this))
    , m_loadStatus(new LoadStatus(this))
    , m_nova(new NovaOverlay(this))
    , m_comparison(new AggregateComparisonModel(this))
    , m_drift(new DriftModel(this))
    , m_journal(new Journal(this))
    , m_journalModel(new JournalModel(m_journal, this))
{
    m_providers->setAggregateLabels(m_labels);
    m_nova->setLabels(m_labels);
    m_providers->setNovaOverlay(m_nova);
    m_aggregates->setNovaOverlay(m_nova);
    m_comparison->setLabels(m_labels);
    m_drift->setLabels(m_labels);
    // A new connection clears the overlay: the last connection's comparison goes with it.
    connect(m_nova, &NovaOverlay::stateChanged, this, [this] {
        if (m_nova->state() == NovaOverlay::State::Off) {
            m_comparison->clear();
            m_drift->clear();
        }
    });
}

void AppModels::setDriftScan(const DriftScanResult &result)
{
    m_comparison->setScanResult(result);
    m_drift->setScanResult(result);
}

MainWindowModels AppModels::forWindow() const
{
    MainWindowModels models { m_providers,  m_aggregates, m_requestLog, m_labels,
                              m_loadStatus, m_nova,       m_comparison, m_drift };
    models.journal = m_journalModel;
    return models;
}
