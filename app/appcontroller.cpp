#include "appcontroller.h"

#include "aggregateconsistency.h"
#include "aggregateeditcontroller.h"
#include "aggregatelabels.h"
#include "aggregatemodel.h"
#include "appmodels.h"
#include "driftrepaircontroller.h"
#include "freedmemory.h"
#include "journal.h"
#include "journaldock.h"
#include "loadstatus.h"
#include "mainwindow.h"
#include "novacontroller.h"
#include "placementclient.h"
#include "providerdetailsloader.h"
#include "providerexport.h"
#include "providerloader.h"
#include "providermodel.h"
#include "requestlog.h"
#include "requestlogmodel.h"

#include <QSet>

#include <utility>

AppController::AppController(AppModels *models, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_models(models)
    , m_window(window)
    , m_client(models->client())
    , m_providerModel(models->providers())
    , m_labels(models->labels())
    , m_loader(new ProviderLoader(m_client, m_providerModel, this))
    , m_details(new ProviderDetailsLoader(m_client, this))
    , m_status(models->loadStatus())
    , m_nova(new NovaController(models, this))
    , m_repairs(new DriftRepairController(m_client, m_nova, window, this))
{
    // After a repair the table and the drift both show what the servers now have.
    connect(m_repairs, &DriftRepairController::repaired, this, &AppController::refreshWhenIdle);
    // Nova against Placement: every scan feeds the comparison and drift tabs, which ask for
    // a repair (preview, then write) or another scan.
    connect(m_nova, &NovaController::scanFinished, models, &AppModels::setDriftScan);
    connect(m_window, &MainWindow::driftRepairRequested, m_repairs, &DriftRepairController::repair);
    connect(m_window, &MainWindow::novaScanRequested, m_nova, &NovaController::scan);
    m_edits = new AggregateEditController(m_client, m_providerModel, m_labels, m_window, this);
    m_edits->setNova(models->nova(), m_nova);
    m_edits->setJournal(models->journal());
    m_repairs->setJournal(models->journal());
    // The dock asks; the revert is previewed and sent by the edit controller like an undo.
    if (JournalDock *dock = m_window->journalDock())
        connect(dock, &JournalDock::revertRequested, m_edits, &AggregateEditController::revertEntries);
    connect(models->journal(), &Journal::writeFailed, this, [this](const QString &reason) {
        m_window->setStatusMessage(tr("The journal could not be written: %1").arg(reason));
    });
    connect(m_edits, &AggregateEditController::providerChanged, this, [this](const QString &uuid) {
        if (m_details->details().uuid == uuid)
            m_details->load(uuid); // the details pane shows the server's set and generation
    });
    connect(m_edits, &AggregateEditController::writesSettled, this, [this] {
        if (std::exchange(m_refreshAfterWrites, false))
            refreshWhenIdle();
    });
    connect(m_window, &MainWindow::autoRefreshDue, this, &AppController::refreshWhenIdle);
    m_window->setNoDataMessage(tr("Not connected. Start with --endpoint URL --token TOKEN (see --help)."));
    connect(m_window, &MainWindow::refreshRequested, this, &AppController::reload);
    connect(m_window, &MainWindow::cancelRequested, m_loader, &ProviderLoader::cancel);
    connect(m_window, &MainWindow::visibleProvidersChanged, m_loader, &ProviderLoader::prioritize);
    connect(m_window, &MainWindow::currentProviderChanged, m_details, &ProviderDetailsLoader::load);
    connect(m_details, &ProviderDetailsLoader::detailsChanged, m_window, &MainWindow::showDetails);
    connect(m_window, &MainWindow::serverFilterRequested, this, &AppController::setServerFilter);
    connect(m_window, &MainWindow::exportRequested, this, &AppController::exportView);
    connect(m_window, &MainWindow::checkAggregateRequested, this, &AppController::checkAggregate);
    connect(m_client, &PlacementClient::capabilitiesChanged, m_window, &MainWindow::setCapabilities);
    wireLoader();
}

AggregateModel *AppController::aggregateModel() const
{
    return m_models->aggregates();
}

void AppController::wireLoader()
{
    connect(m_loader, &ProviderLoader::progressChanged, m_window,
            [this] { m_window->setLoadProgress(m_loader->progress()); });
    connect(m_loader, &ProviderLoader::phaseChanged, this, [this](ProviderLoader::Phase phase) {
        m_window->setLoading(phase != ProviderLoader::Phase::Idle);
        const int count = m_providerModel->rowCount();
        switch (phase) {
        case ProviderLoader::Phase::Listing:
            m_window->setStatusMessage(tr("Listing providers…"));
            break;
        case ProviderLoader::Phase::Aggregates:
            m_window->setStatusMessage(tr("%n provider(s); loading aggregates…", nullptr, count));
            break;
        case ProviderLoader::Phase::Usage:
            m_window->setStatusMessage(tr("%n provider(s); loading capacity and usage…", nullptr, count));
            break;
        case ProviderLoader::Phase::Idle:
            break;
        }
    });
    connect(m_loader, &ProviderLoader::providersListed, this, [this](int count) {
        // Nova's names and the drift: k + 2 calls, ahead of the table's background reads.
        m_nova->scan();
        m_window->setNoDataMessage(
            count == 0 && m_filter.isEmpty() ? tr("This Placement service has no resource providers.") : QString());
    });
    connect(m_loader, &ProviderLoader::listFailed, this, [this](const PlacementError &error) {
        m_listFailed = true;
        m_status->loadFailed(QDateTime::currentDateTime(), error);
        m_window->setStatusMessage(tr("Could not list providers: %1").arg(error.fullText()));
        m_window->setNoDataMessage(tr("Could not list providers: %1\nPress F5 to try again.").arg(error.message()));
    });
    connect(m_loader, &ProviderLoader::finished, this, [this](bool cancelled) {
        releaseFreedMemory(); // a load's replies and queued requests are gone now
        m_window->setLoading(false);
        m_window->setLoadProgress({});
        // After a failed list the status bar keeps saying so: nothing here may claim success.
        if (m_listFailed) {
            Q_EMIT loadFinished();
            return;
        }
        const QDateTime now = QDateTime::currentDateTime();
        const int count = m_providerModel->rowCount();
        const ProviderModel::ReadFailures failures = m_providerModel->readFailures();
        if (cancelled) {
            m_status->loadCancelled(now);
            m_window->setStatusMessage(
                tr("Loading cancelled; %n provider(s) shown. Press F5 to load the rest.", nullptr, count));
        } else {
            m_status->loadCompleted(now, failures.count, failures.firstReason);
            QString message = failures.count > 0
                ? tr("%n provider(s) loaded; %1 could not be read completely (see the tooltips; F5 retries).", nullptr,
                     count)
                      .arg(failures.count)
                : tr("%n provider(s) loaded.", nullptr, count);
            // Listed, then deleted before their reads: not a failure, but no silent disappearance either.
            if (const auto gone = static_cast<int>(m_loader->goneDuringLoad().size()); gone > 0)
                message = tr("%1 %n provider(s) were deleted on the server during the load and are no longer listed.",
                             nullptr, gone)
                              .arg(message);
            m_window->setStatusMessage(message);
        }
        // The drift was scanned when the list arrived; now every set the table read counts too.
        m_nova->useLoadedSets();
        // NOLINTNEXTLINE(readability-misleading-indentation): Q_EMIT expands to nothing, the check sees column 16
        Q_EMIT loadFinished();
    });
}

void AppController::connectTo(const QUrl &endpoint, const QByteArray &token, const QString &connectionKey,
                              bool tlsVerified)
{
    m_loader->cancel();
    m_client->cancelAll();
    m_connected = false;
    m_endpoint = endpoint;
    m_token = token;
    m_connectionKey = connectionKey;
    m_tlsVerified = tlsVerified;
    m_refreshAfterWrites = false;
    m_providerModel->clear();
    m_details->clear();
    m_status->reset();
    m_filter = ProviderFilter();
    m_window->setServerFilter(m_filter);
    m_client->setEndpoint(endpoint);
    m_client->setToken(token);
    m_nova->beginConnection(token);
    // Labels belong to the connection: a profile keeps its own, anything else is keyed by endpoint.
    m_labels->setConnectionKey(
        connectionKey.isEmpty() ? endpoint.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) : connectionKey);
    m_edits->setConnectionKey(m_labels->connectionKey());
    m_window->setConnectionText(tr("Connecting to %1…").arg(endpoint.toDisplayString()));
    m_window->setNoDataMessage(tr("Connecting to %1…").arg(endpoint.toDisplayString()));
    m_client->connectToServer(this, [this, endpoint](const Result<Capabilities> &result) {
        if (!result) {
            m_window->setConnectionText(tr("Not connected"));
            m_window->setStatusMessage(
                tr("Could not connect to %1: %2").arg(endpoint.toDisplayString(), result.error().fullText()));
            m_window->setNoDataMessage(
                tr("Could not connect to %1:\n%2").arg(endpoint.toDisplayString(), result.error().message()));
            m_status->loadFailed(QDateTime::currentDateTime(), result.error());
            Q_EMIT connectionFailed(result.error());
            Q_EMIT loadFinished();
            return;
        }
        m_connected = true;
        const auto range = m_client->serverVersions();
        m_window->setConnectionText(tr("%1 · microversions %2–%3 · using %4")
                                        .arg(endpoint.toDisplayString(), range->min.toString(), range->max.toString(),
                                             result.value().version().toString()),
                                    m_tlsVerified ? MainWindow::TlsWarning::None : MainWindow::TlsWarning::NotVerified);
        m_window->setCapabilities(result.value());
        m_client->listTraits(this, [this](const Result<QStringList> &traits) {
            if (traits)
                m_window->setKnownTraits(traits.value());
        });
        Q_EMIT connected();
        reload();
    });
}

void AppController::reload()
{
    if (!m_connected) {
        // Retry after a failed connection attempt: try to connect again.
        if (m_endpoint.isValid() && m_status->state() == LoadStatus::State::Failed)
            connectTo(m_endpoint, m_token, m_connectionKey, m_tlsVerified);
        return;
    }
    m_window->setNoDataMessage(m_providerModel->rowCount() == 0 ? tr("Loading providers…") : QString());
    m_listFailed = false;
    m_loader->reload(m_filter);
    const QString current = m_details->details().uuid;
    if (!current.isEmpty())
        m_details->load(current);
}

void AppController::refreshWhenIdle()
{
    if (!m_connected || m_loader->isLoading())
        return;
    if (m_edits->isWriting() || m_repairs->isWriting()) {
        m_refreshAfterWrites = true;
        return;
    }
    reload();
}

void AppController::setReadOnly(bool readOnly)
{
    m_edits->setReadOnly(readOnly);
    m_repairs->setReadOnly(readOnly);
}

void AppController::setServerFilter(const ProviderFilter &filter)
{
    m_filter = filter;
    m_window->setServerFilter(filter);
    reload();
}

bool AppController::exportView(const QString &path, const QStringList &uuids, const QList<int> &columns)
{
    const Result<Done> written = ProviderExport::write(path, *m_providerModel, uuids, columns);
    m_window->setStatusMessage(written ? tr("Exported the view to %1.").arg(path)
                                       : tr("Export failed: %1").arg(written.error().detail));
    return written.ok();
}

void AppController::checkAggregate(const QString &aggregate)
{
    ProviderFilter filter;
    filter.memberOf << QStringList { aggregate };
    m_window->showAggregateCheckResult(aggregate, tr("Asking the server…"), true);
    m_client->listProviders(filter, this, [this, aggregate](const Result<QList<ResourceProvider>> &result) {
        if (!result) {
            m_window->showAggregateCheckResult(aggregate, tr("The check failed: %1").arg(result.error().message()),
                                               false);
            Q_EMIT aggregateChecked(aggregate, false);
            return;
        }
        QStringList server;
        for (const ResourceProvider &p : result.value())
            server << p.uuid;
        const AggregateConsistency check = AggregateConsistency::compare(server, m_providerModel->membersOf(aggregate));
        const bool consistent = check.consistent();
        const QString text = consistent
            ? tr("The server agrees: %n member(s).", nullptr, check.serverMembers)
            : tr("The server has %n member(s), the loaded data %1.", nullptr, check.serverMembers)
                    .arg(check.loadedMembers)
                + QLatin1Char(' ')
                + tr("Not shown here: %1; no longer members: %2. Refresh (F5) to update.")
                      .arg(check.notShown.size())
                      .arg(check.noLongerMembers.size());
        m_window->showAggregateCheckResult(aggregate, text, consistent);
        Q_EMIT aggregateChecked(aggregate, consistent);
    });
}
