#pragma once

// The main window: provider table/tree with filters, aggregates tab, details and
// request-log docks, status bar with load progress, menus and shortcuts, persisted
// window state. It shows models and emits what the user asked for; it never talks to
// the network itself.

#include <QMainWindow>

class AggregateLabels;
class QAbstractItemModel;
class AggregateModel;
class AggregatePage;
class DetailsPane;
class EditActions;
class LoadStatus;
class LoadStatusBanner;
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
class RequestLogView;
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
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Builds the pages around the models and restores the saved window state.
    void setModels(const MainWindowModels &models);

    void setConnectionText(const QString &text);
    void setStatusMessage(const QString &text);
    void setLoadProgress(int done, int total, int failed);
    void setLoading(bool loading);
    void setCapabilities(const Capabilities &caps);
    void setKnownTraits(const QStringList &traits);
    void setServerFilter(const ProviderFilter &filter);
    void setNoDataMessage(const QString &text);
    void showDetails(const ProviderDetails &details);

    ProviderBrowser *browser() const { return m_browser; }
    QTableView *providerView() const;
    DetailsPane *detailsPane() const { return m_details; }
    AggregatePage *aggregatePage() const { return m_aggregatePage; }
    RequestLogView *requestLogView() const { return m_logView; }
    ServerFilterPanel *serverFilterPanel() const { return m_filterPanel; }
    QTabWidget *tabs() const { return m_tabs; }
    QAction *action(const QString &objectName) const;
    // Aggregate write actions (edit, bulk, undo); null before setModels().
    EditActions *editActions() const { return m_editActions; }
    // Disables every write action and says so in the title and the status bar.
    void setReadOnly(bool readOnly);

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
    void exportRequested(const QString &filePath);
    void checkAggregateRequested(const QString &aggregate);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    QAction *addAction(QMenu *menu, const QString &name, const QString &text, const QList<QKeySequence> &keys,
                       const QString &tip);
    void exportView(const QString &suffix);
    void copySelection();
    void showShortcuts();
    void toggleServerFilterPanel();
    void navigateTo(const QString &uuid);
    void saveSettings() const;
    void restoreSettings();

    ProviderBrowser *m_browser = nullptr;
    DetailsPane *m_details = nullptr;
    AggregatePage *m_aggregatePage = nullptr;
    RequestLogView *m_logView = nullptr;
    ServerFilterPanel *m_filterPanel = nullptr;
    LoadStatusBanner *m_banner = nullptr;
    EditActions *m_editActions = nullptr;
    QTabWidget *m_tabs = nullptr;
    QDockWidget *m_detailsDock = nullptr;
    QDockWidget *m_logDock = nullptr;
    QLabel *m_connectionLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QTimer *m_autoRefresh;
    QActionGroup *m_autoRefreshGroup = nullptr;
    QMenu *m_viewMenu = nullptr;
    int m_autoRefreshSeconds = 0;
    bool m_loading = false;
};
