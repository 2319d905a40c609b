#pragma once

// The client and the models of one window, created before the window so that the window is
// complete once constructed, and shared by the controllers that fill and change them.

#include <QObject>

struct MainWindowModels;
class AggregateComparisonModel;
class AggregateLabels;
class AggregateModel;
class DriftModel;
class Journal;
class JournalModel;
struct DriftScanResult;
class LoadStatus;
class NovaOverlay;
class PlacementClient;
class ProviderModel;
class RequestLogModel;

class AppModels : public QObject
{
    Q_OBJECT
public:
    explicit AppModels(QObject *parent = nullptr);

    PlacementClient *client() const { return m_client; }
    ProviderModel *providers() const { return m_providers; }
    AggregateLabels *labels() const { return m_labels; }
    AggregateModel *aggregates() const { return m_aggregates; }
    RequestLogModel *requestLog() const { return m_requestLog; }
    LoadStatus *loadStatus() const { return m_loadStatus; }
    // What Nova says about aggregates and providers (names, zones, hosts), or why it says
    // nothing; the provider and aggregate models and the window follow it.
    NovaOverlay *nova() const { return m_nova; }
    // Nova against Placement from the latest drift scan: every aggregate side by side, and the
    // drift items. Both empty themselves when the overlay is cleared (a new connection).
    AggregateComparisonModel *comparison() const { return m_comparison; }
    DriftModel *drift() const { return m_drift; }
    // Every write the app makes, per connection (AggregateEditController sets its connection).
    Journal *journal() const { return m_journal; }
    JournalModel *journalModel() const { return m_journalModel; }
    // A finished drift scan (NovaController::scanFinished): both models merge it.
    void setDriftScan(const DriftScanResult &result);
    // What the main window shows.
    MainWindowModels forWindow() const;

private:
    PlacementClient *m_client;
    ProviderModel *m_providers;
    AggregateLabels *m_labels;
    AggregateModel *m_aggregates;
    RequestLogModel *m_requestLog;
    LoadStatus *m_loadStatus;
    NovaOverlay *m_nova;
    AggregateComparisonModel *m_comparison;
    DriftModel *m_drift;
    Journal *m_journal;
    JournalModel *m_journalModel;
};
