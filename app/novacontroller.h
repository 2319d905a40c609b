#pragma once

// Nova beside Placement for one window: which compute endpoint the connection has (or why
// none), a drift scan after every provider load (Nova's snapshot + member_of reads), and the
// NovaOverlay that every aggregate and provider cell reads its Nova names from. Nova is
// optional: when it is absent or refuses, the window works as without it and says why once.

#include <QObject>
#include <QUrl>

#include "driftscan.h"

class AppModels;
class NovaClient;
class NovaOverlay;
class ProviderModel;

class NovaController : public QObject
{
    Q_OBJECT
public:
    explicit NovaController(AppModels *models, QObject *parent = nullptr);

    NovaClient *client() const { return m_client; }

    // The next connection's Nova: its endpoint, or why there is none (shown in the window).
    void setEndpoint(const QUrl &endpoint, const QString &absentReason);
    // A new connection starts: drops the previous one's calls and data. The token is used
    // unless a Keystone session has been attached to client()->http().
    void beginConnection(const QByteArray &token);
    // Reads Nova and Placement's membership again (as soon as a load has listed the
    // providers: k + 2 calls, long before the table's N reads end); a scan in flight is replaced.
    void scan();
    // The table has read more providers' sets: the drift is analysed again with them (foreign
    // aggregates, runnable repair commands), without a call.
    void useLoadedSets();

    bool hasEndpoint() const { return m_endpoint.isValid() && !m_endpoint.isEmpty(); }
    bool isScanning() const { return m_scan->isRunning(); }
    const DriftScanResult &lastResult() const { return m_last; }

Q_SIGNALS:
    // Each scan's outcome, also a failed one (then result.isUsable() is false).
    void scanFinished(const DriftScanResult &result);

private:
    void onScanFinished(const DriftScanResult &scanned);
    QHash<QString, ProviderAggregates> loadedSets() const;

    NovaClient *m_client;
    NovaOverlay *m_overlay;
    ProviderModel *m_providers;
    DriftScan *m_scan;
    QUrl m_endpoint;
    QString m_absentReason;
    DriftScanResult m_last;
};
