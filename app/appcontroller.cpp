#include "appcontroller.h"

#include "mainwindow.h"
#include "placementclient.h"
#include "providerloader.h"
#include "providermodel.h"

AppController::AppController(MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_client(new PlacementClient(this))
    , m_providerModel(new ProviderModel(this))
    , m_loader(new ProviderLoader(m_client, m_providerModel, this))
{
    m_window->setProviderModel(m_providerModel);
    connect(m_window, &MainWindow::refreshRequested, this, &AppController::reload);
    connect(m_window, &MainWindow::cancelRequested, m_loader, &ProviderLoader::cancel);
    connect(m_window, &MainWindow::visibleProvidersChanged, m_loader, &ProviderLoader::prioritize);
    connect(m_loader, &ProviderLoader::progressChanged, m_window, &MainWindow::setLoadProgress);
    connect(m_loader, &ProviderLoader::providersListed, this, [this](int count) {
        m_window->setStatusMessage(tr("%n provider(s); loading aggregates…", nullptr, count));
    });
    connect(m_loader, &ProviderLoader::listFailed, this, [this](const PlacementError &error) {
        m_window->setStatusMessage(tr("Could not list providers: %1").arg(error.fullText()));
    });
    connect(m_loader, &ProviderLoader::finished, this, [this](bool cancelled) {
        m_window->setLoadProgress(0, 0, 0);
        m_window->setStatusMessage(cancelled ? tr("Loading cancelled; %n provider(s) shown.", nullptr,
                                                  m_providerModel->rowCount())
                                             : tr("%n provider(s) loaded.", nullptr, m_providerModel->rowCount()));
    });
}

void AppController::connectTo(const QUrl &endpoint, const QByteArray &token)
{
    m_client->cancelAll();
    m_client->setEndpoint(endpoint);
    m_client->setToken(token);
    m_window->setConnectionText(tr("Connecting to %1…").arg(endpoint.toDisplayString()));
    m_client->connectToServer(this, [this, endpoint](const Result<Capabilities> &result) {
        if (!result) {
            m_window->setConnectionText(tr("Not connected"));
            m_window->setStatusMessage(tr("Could not connect to %1: %2")
                                           .arg(endpoint.toDisplayString(), result.error().fullText()));
            Q_EMIT connectionFailed(result.error());
            return;
        }
        const auto range = m_client->serverVersions();
        m_window->setConnectionText(tr("%1 · microversions %2–%3 · using %4")
                                        .arg(endpoint.toDisplayString(), range->min.toString(),
                                             range->max.toString(), result.value().version().toString()));
        Q_EMIT connected();
        reload();
    });
}

void AppController::reload()
{
    m_window->setStatusMessage(tr("Listing providers…"));
    m_loader->reload();
}
