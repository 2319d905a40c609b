#pragma once

// Wires one connection together: client, models, loaders and the main window.
// connectTo() is the single entry point for a connection (command line or profile).

#include <QObject>
#include <QUrl>

#include "providerfilter.h"

class AggregateEditController;
class AggregateLabels;
class AggregateModel;
class AppModels;
class DriftRepairController;
class LoadStatus;
class MainWindow;
class NovaController;
class PlacementClient;
class ProviderDetailsLoader;
class ProviderLoader;
class ProviderModel;
class RequestLogModel;
struct PlacementError;

class AppController : public QObject
{
    Q_OBJECT
public:
    AppController(AppModels *models, MainWindow *window, QObject *parent = nullptr);

    // Drops whatever the previous connection was doing, clears its data and connects anew.
    // `connectionKey` names the connection for labels and per-connection settings;
    // empty means the endpoint URL (a saved profile passes its own key). `tlsVerified` false
    // (a profile that turns verification off) keeps a warning in the window while connected.
    void connectTo(const QUrl &endpoint, const QByteArray &token, const QString &connectionKey = {},
                   bool tlsVerified = true);
    void reload();
    // An automatic refresh: skipped while loading, and held back until writes finish
    // (a refresh never cancels a write, but the operator should see the write's result first).
    void refreshWhenIdle();
    void setServerFilter(const ProviderFilter &filter);
    ProviderFilter serverFilter() const { return m_filter; }

    PlacementClient *client() const { return m_client; }
    ProviderModel *providerModel() const { return m_providerModel; }
    AggregateModel *aggregateModel() const;
    AggregateLabels *aggregateLabels() const { return m_labels; }
    ProviderLoader *loader() const { return m_loader; }
    LoadStatus *loadStatus() const { return m_status; }
    AggregateEditController *edits() const { return m_edits; }
    // Nova beside Placement: set its endpoint (NovaController::setEndpoint) before connectTo().
    NovaController *nova() const { return m_nova; }
    DriftRepairController *repairs() const { return m_repairs; }
    // Read-only mode (--read-only, or a read-only profile): every write action is disabled.
    void setReadOnly(bool readOnly);

    // Writes these providers with these columns (what the window's view shows) to CSV or JSON.
    bool exportView(const QString &path, const QStringList &uuids, const QList<int> &columns);

Q_SIGNALS:
    void connected();
    void connectionFailed(const PlacementError &error);
    // The load started by connectTo()/reload() is complete (or was cancelled, or failed to list).
    void loadFinished();
    void aggregateChecked(const QString &aggregate, bool consistent);

private:
    void wireLoader();
    void checkAggregate(const QString &aggregate);

    AppModels *m_models;
    MainWindow *m_window;
    PlacementClient *m_client;
    ProviderModel *m_providerModel;
    AggregateLabels *m_labels;
    ProviderLoader *m_loader;
    ProviderDetailsLoader *m_details;
    AggregateEditController *m_edits;
    LoadStatus *m_status;
    NovaController *m_nova;
    DriftRepairController *m_repairs;
    ProviderFilter m_filter;
    QUrl m_endpoint; // of the current connection, to connect again after a failed attempt
    QByteArray m_token;
    QString m_connectionKey;
    bool m_tlsVerified = true;
    bool m_connected = false;
    bool m_listFailed = false; // the current load's provider list failed
    bool m_refreshAfterWrites = false;
};
