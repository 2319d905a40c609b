#pragma once

// The main window: provider table/tree with filters, aggregates tab, details and
// request-log docks, status bar with load progress, menus and shortcuts, persisted
// window state. It shows models and emits what the user asked for (intent signals);
// controllers answer through its typed slots and never reach into its widgets. It never
// talks to the network itself. Complete once constructed.

#include <QDateTime>
#include <QMainWindow>
#include <QSet>

#include "bulkaggregateedit.h"
#include "driftanalysis.h"
#include "providerloader.h"

class AggregateLabels;
class QAbstractItemModel;
class AggregateComparisonModel;
class AggregateComparisonPage;
class AggregateModel;
class AggregatePage;
class DriftModel;
class DriftPage;
class DetailsPane;
class EditActions;
class LanguageMenu;
class LoadStatus;
class LoadStatusBanner;
class NovaOverlay;
class NovaStatusLine;
class ProviderBrowser;
class ProviderModel;
class QAction;
class QActionGroup;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class RefreshSchedule;
class RequestLogView;
class SnapshotDiffPage;
class DataAgeLabel;
class JournalDock;
class JournalModel;
class ServerFilterPanel;
struct ProviderDetails;
struct ProviderFilter;
class Capabilities;

struct MainWindowModels
{
    ProviderModel *providers = nullptr;
    AggregateModel *aggregates = nullptr;
    QAbstractItemModel *requestLog = nullptr;
    AggregateLabels *labels = nullptr;
    LoadStatus *loadStatus = nullptr;
    // Nova names, badges and hosts; may be null (then the window is exactly as without Nova).
    NovaOverlay *nova = nullptr;
    // Nova against Placement, from the latest drift scan: the aggregate-centric view and the
    // drift items. Either may be null: then its tab is not there.
    AggregateComparisonModel *comparison = nullptr;
    DriftModel *drift = nullptr;
    // Every write of this connection; may be null: then there is no Journal dock.
    JournalModel *journal = nullptr;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // Builds the pages around the models and restores the saved window state.
    explicit MainWindow(const MainWindowModels &models, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Whether the connection's TLS certificates go unverified (a profile's explicit choice).
    enum class TlsWarning
    {
        None,
        NotVerified,
    };
    // The connection's state in the status bar: its text and, while TLS is not verified, a
    // warning beside it. Every call replaces both, so connecting anew, failing or disconnecting
    // (which all set a new text) clears the warning; only a connected text passes NotVerified.
    void setConnectionText(const QString &text, TlsWarning warning = TlsWarning::None);
    // The warning's text while it is shown, else empty.
    QString connectionWarningText() const;
    void setStatusMessage(const QString &text);
    void setLoadProgress(const LoadProgress &progress);
    void setLoading(bool loading);
    void setCapabilities(const Capabilities &caps);
    void setKnownTraits(const QStringList &traits);
    void setServerFilter(const ProviderFilter &filter);
    void setNoDataMessage(const QString &text);
    void showDetails(const ProviderDetails &details);
    void showAggregateCheckResult(const QString &aggregate, const QString &text, bool consistent);
    // Why Nova data is absent for this connection ("no compute endpoint in the catalog", "Nova
    // refused: 403 …", "Nova too old: …"): one plain line above the tabs, and every Nova
    // column and badge goes. The line follows the window's NovaOverlay, so this is the same as
    // NovaOverlay::setUnavailable(reason); an empty reason clears an earlier one (the overlay
    // goes back to "no Nova data, nothing to say" until a snapshot arrives).
    void setNovaStatus(const QString &absentReason);
    // The line's text; empty while it is hidden (Nova data present, loading, or no connection).
    QString novaStatusText() const;
    // Asks for the current view (rows after filters, in view order; visible columns) to be
    // written to this file: File → Export View ends here after its file dialog.
    void exportViewTo(const QString &path);
    // Edit actions: which providers' last change can be undone, the auto re-apply setting,
    // and why writes are disabled (empty: they are not).
    void setUndoable(const QSet<QString> &uuids);
    void setLastBulkEdit(const QSet<QString> &uuids, const QString &description);
    void setAutoReapply(bool on);
    QString writeDisabledReason() const;

    // Widgets, for tests and screenshot tools only: controllers use the signals and slots.
    ProviderBrowser *browser() const { return m_browser; }
    QTableView *providerView() const;
    DetailsPane *detailsPane() const { return m_details; }
    AggregatePage *aggregatePage() const { return m_aggregatePage; }
    AggregateComparisonPage *comparisonPage() const { return m_comparisonPage; }
    DriftPage *driftPage() const { return m_driftPage; }
    RequestLogView *requestLogView() const { return m_logView; }
    SnapshotDiffPage *snapshotPage() const { return m_snapshotPage; }
    JournalDock *journalDock() const { return m_journalDock; }
    ServerFilterPanel *serverFilterPanel() const { return m_filterPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *action(const QString &objectName) const;
    // Aggregate write actions (edit, bulk, undo).
    EditActions *editActions() const { return m_editActions; }
    // Disables every write action and says so in the title and the status bar.
    void setReadOnly(bool readOnly);

    // Settings → Language: the catalogues there are and the saved choice (empty: the system's).
    void setLanguages(const QStringList &codes, const QString &current);
    LanguageMenu *languageMenu() const { return m_languageMenu; }

    // Auto-refresh interval in seconds; 0 is off (the default).
    void setAutoRefreshInterval(int seconds);
    int autoRefreshInterval() const { return m_autoRefreshSeconds; }

Q_SIGNALS:
    void refreshRequested();
    // The auto-refresh interval elapsed; the controller decides whether now is a good time.
    void autoRefreshDue();
    void cancelRequested();
    // Rows currently on screen, so their data can be fetched first.
    void visibleProvidersChanged(const QStringList &uuids);
    void currentProviderChanged(const QString &uuid);
    void serverFilterRequested(const ProviderFilter &filter);
    // Write these providers (in this order) with these columns to the file.
    void exportRequested(const QString &filePath, const QStringList &uuids, const QList<int> &columns);
    void checkAggregateRequested(const QString &aggregate);
    void editRequested(const QString &uuid);
    void undoRequested(const QString &uuid);
    void undoBulkRequested();
    void bulkEditRequested(BulkIntent::Kind kind, const QStringList &uuids);
    void autoReapplyChanged(bool on);
    // Connection → Profiles…
    void manageProfilesRequested();
    // Repair these drift items (the ticked missing and extra ones): preview, then write.
    void driftRepairRequested(const QList<DriftItem> &items);
    // Compare Nova and Placement again (the drift scan), without reloading the providers.
    void novaScanRequested();
    // Settings → Language: this language from the next start on (empty: the system's).
    void languageRequested(const QString &code);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    // The window size before any saved geometry: most of the screen, at least 1280 × 760.
    QSize firstRunSize() const;
    void createPages(const MainWindowModels &models);
    void createActions();
    void createStatusBar();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QList<QKeySequence> &keys,
                       const QString &tip);
    void exportView(const QString &suffix);
    void copySelection();
    void showShortcuts();
    void toggleServerFilterPanel();
    void navigateTo(const QString &uuid);
    void showComparisonFor(const QString &aggregate);
    void updateDriftWriteState();
    void saveSettings() const;
    void restoreSettings();

    ProviderBrowser *m_browser = nullptr;
    DetailsPane *m_details = nullptr;
    AggregatePage *m_aggregatePage = nullptr;
    AggregateComparisonPage *m_comparisonPage = nullptr;
    DriftPage *m_driftPage = nullptr;
    RequestLogView *m_logView = nullptr;
    ServerFilterPanel *m_filterPanel = nullptr;
    LoadStatusBanner *m_banner = nullptr;
    NovaStatusLine *m_novaLine = nullptr;
    NovaOverlay *m_nova = nullptr;
    EditActions *m_editActions = nullptr;
    LanguageMenu *m_languageMenu = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    SnapshotDiffPage *m_snapshotPage = nullptr;
    QDockWidget *m_snapshotDock = nullptr;
    JournalDock *m_journalDock = nullptr;
    QLabel *m_connectionLabel;
    QLabel *m_tlsWarning;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    RefreshSchedule *m_autoRefresh;
    DataAgeLabel *m_dataAge = nullptr;
    QDateTime m_lastAttemptSeen; // the load outcome the schedule was last told of
    QActionGroup *m_autoRefreshGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
    int m_autoRefreshSeconds = 0;
    bool m_loading = false;
};
