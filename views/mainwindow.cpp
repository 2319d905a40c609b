#include "mainwindow.h"

#include "aggregatecomparisonpage.h"
#include "aggregatelabels.h"
#include "aggregatepage.h"
#include "apiversion.h"
#include "dataagelabel.h"
#include "detailspane.h"
#include "driftpage.h"
#include "editactions.h"
#include "journaldock.h"
#include "languagemenu.h"
#include "loadstatus.h"
#include "loadstatusbanner.h"
#include "novaoverlay.h"
#include "novastatusline.h"
#include "palettecolors.h"
#include "providerbrowser.h"
#include "providerdetailsloader.h"
#include "providermodel.h"
#include "refreshschedule.h"
#include "requestlogview.h"
#include "serverfilterpanel.h"
#include "shortcutsdialog.h"
#include "snapshotdiffpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

MainWindow::MainWindow(const MainWindowModels &models, QWidget *parent)
    : QMainWindow(parent)
    , m_connectionLabel(new QLabel(this))
    , m_tlsWarning(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_autoRefresh(new RefreshSchedule(this))
{
    setWindowTitle(tr("Placement Inspector"));
    connect(m_autoRefresh, &RefreshSchedule::due, this, &MainWindow::autoRefreshDue);
    createStatusBar();
    resize(firstRunSize());
    createPages(models);
    createActions();
    updateDriftWriteState();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

QSize MainWindow::firstRunSize() const
{
    // Most of the screen, where the columns fit; never less than the size the layout is made for.
    const QSize minimum(1280, 760);
    const QScreen *display = screen();
    if (display == nullptr)
        return minimum;
    return minimum.expandedTo(display->availableSize() * 9 / 10);
}

void MainWindow::setLanguages(const QStringList &codes, const QString &current)
{
    m_languageMenu->setLanguages(codes, current);
}

void MainWindow::createStatusBar()
{
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->setToolTip(tr("Stop loading (Esc); what is loaded stays"));
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    // Shown for as long as a connection that does not verify TLS certificates lasts.
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setText(tr("⚠ TLS not verified"));
    m_tlsWarning->setToolTip(tr("This connection does not verify the server's TLS certificate (its profile turns "
                                "verification off): anyone on the network path could read or change what is sent, "
                                "the token included. Give the profile a CA file and turn verification on."));
    QPalette warningPalette = m_tlsWarning->palette();
    warningPalette.setColor(QPalette::WindowText, PaletteColors::errorText(warningPalette));
    m_tlsWarning->setPalette(warningPalette);
    QFont warningFont = m_tlsWarning->font();
    warningFont.setBold(true);
    m_tlsWarning->setFont(warningFont);
    m_tlsWarning->hide();
    statusBar()->addPermanentWidget(m_tlsWarning);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRequested);
}

void MainWindow::createPages(const MainWindowModels &models)
{
    m_browser = new ProviderBrowser(models.providers, this);
    m_filterPanel = new ServerFilterPanel(this);
    m_filterPanel->hide();
    m_filterPanel->setAggregateResolver([labels = models.labels, nova = models.nova](const QString &text) {
        // A Nova name is the aggregate's real name; a local label may stand for the rest.
        if (nova) {
            const QList<NovaAggregate> &aggregates = nova->snapshot().aggregates;
            for (const NovaAggregate &a : aggregates) {
                if (!a.name.isEmpty() && a.name.compare(text, Qt::CaseInsensitive) == 0)
                    return a.uuid;
            }
        }
        const QHash<QString, QString> all = labels->all();
        for (auto it = all.cbegin(); it != all.cend(); ++it) {
            if (it.value().compare(text, Qt::CaseInsensitive) == 0)
                return it.key();
        }
        return QString();
    });
    m_filterPanel->setProviderResolver(
        [providers = models.providers](const QString &text) { return providers->uuidForName(text); });
    auto *providerPage = new QWidget(this);
    auto *providerLayout = new QVBoxLayout(providerPage);
    providerLayout->setContentsMargins(4, 4, 4, 0);
    providerLayout->addWidget(m_filterPanel);
    providerLayout->addWidget(m_browser, 1);

    m_aggregatePage = new AggregatePage(models.aggregates, models.providers, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(providerPage, tr("&Providers"));
    m_tabs->addTab(m_aggregatePage, tr("A&ggregates"));
    if (models.comparison) {
        m_comparisonPage = new AggregateComparisonPage(models.comparison, models.nova, this);
        m_tabs->addTab(m_comparisonPage, tr("Nova vs Place&ment"));
        connect(m_comparisonPage, &AggregateComparisonPage::providerActivated, this, &MainWindow::navigateTo);
        connect(m_comparisonPage, &AggregateComparisonPage::scanRequested, this, &MainWindow::novaScanRequested);
    }
    if (models.drift) {
        m_driftPage = new DriftPage(models.drift, models.nova, this);
        m_tabs->addTab(m_driftPage, tr("&Drift"));
        connect(m_driftPage, &DriftPage::repairRequested, this, &MainWindow::driftRepairRequested);
        connect(m_driftPage, &DriftPage::providerActivated, this, &MainWindow::navigateTo);
        connect(m_driftPage, &DriftPage::aggregateActivated, this, &MainWindow::showComparisonFor);
        connect(m_driftPage, &DriftPage::scanRequested, this, &MainWindow::novaScanRequested);
    }
    // The banner sits above both tabs: stale data is stale on every page.
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_banner = new LoadStatusBanner(models.loadStatus, central);
    centralLayout->addWidget(m_banner);
    m_nova = models.nova;
    if (m_nova) {
        m_novaLine = new NovaStatusLine(m_nova, central);
        centralLayout->addWidget(m_novaLine);
    }
    centralLayout->addWidget(m_tabs, 1);
    setCentralWidget(central);
    connect(m_banner, &LoadStatusBanner::retryRequested, this, &MainWindow::refreshRequested);
    connect(models.loadStatus, &LoadStatus::changed, this,
            [this, status = models.loadStatus] { m_browser->setStale(status->state() == LoadStatus::State::Failed); });
    // Watch mode backs off while refreshes fail and comes back to its interval on success.
    connect(models.loadStatus, &LoadStatus::changed, this, [this, status = models.loadStatus] {
        if (status->lastAttempt() == m_lastAttemptSeen)
            return;
        m_lastAttemptSeen = status->lastAttempt();
        if (status->state() == LoadStatus::State::Failed)
            m_autoRefresh->refreshFailed();
        else if (status->state() == LoadStatus::State::Fresh || status->state() == LoadStatus::State::Partial)
            m_autoRefresh->refreshSucceeded();
    });
    m_dataAge = new DataAgeLabel(models.loadStatus, m_autoRefresh, this);
    statusBar()->insertPermanentWidget(0, m_dataAge);

    m_details = new DetailsPane(models.providers, models.labels, this);
    m_detailsDock = new QDockWidget(tr("Details"), this);
    m_detailsDock->setObjectName(QStringLiteral("detailsDock"));
    m_detailsDock->setWidget(m_details);
    addDockWidget(Qt::RightDockWidgetArea, m_detailsDock);
    // As narrow as its UUID row allows: the provider columns need the room more.
    resizeDocks({ m_detailsDock },
                { std::max(m_details->minimumWidth(), 24 * fontMetrics().horizontalAdvance(QLatin1Char('M'))) },
                Qt::Horizontal);

    m_logView = new RequestLogView(models.requestLog, this);
    m_logDock = new QDockWidget(tr("Request Log"), this);
    m_logDock->setObjectName(QStringLiteral("requestLogDock"));
    m_logDock->setWidget(m_logView);
    addDockWidget(Qt::BottomDockWidgetArea, m_logDock);
    m_logDock->hide();
    m_snapshotPage = new SnapshotDiffPage(this);
    m_snapshotDock = new QDockWidget(tr("Snapshot Comparison"), this);
    m_snapshotDock->setObjectName(QStringLiteral("snapshotDock"));
    m_snapshotDock->setWidget(m_snapshotPage);
    addDockWidget(Qt::BottomDockWidgetArea, m_snapshotDock);
    m_snapshotDock->hide();
    if (models.journal) {
        m_journalDock = new JournalDock(models.journal, this);
        addDockWidget(Qt::BottomDockWidgetArea, m_journalDock);
        m_journalDock->hide();
    }

    connect(m_browser, &ProviderBrowser::visibleProvidersChanged, this, &MainWindow::visibleProvidersChanged);
    connect(m_browser, &ProviderBrowser::currentProviderChanged, this, &MainWindow::currentProviderChanged);
    connect(m_browser, &ProviderBrowser::clearServerFilterRequested, this,
            [this] { Q_EMIT serverFilterRequested(ProviderFilter()); });
    connect(m_browser, &ProviderBrowser::editServerFilterRequested, this, &MainWindow::toggleServerFilterPanel);
    connect(m_filterPanel, &ServerFilterPanel::applyRequested, this, &MainWindow::serverFilterRequested);
    connect(m_filterPanel, &ServerFilterPanel::closeRequested, this, [this] {
        m_filterPanel->hide();
        m_browser->currentView()->setFocus();
    });
    connect(m_details, &DetailsPane::navigateRequested, this, &MainWindow::navigateTo);
    connect(m_details, &DetailsPane::aggregateActivated, this, [this](const QString &uuid) {
        m_tabs->setCurrentWidget(m_aggregatePage);
        m_aggregatePage->selectAggregate(uuid);
    });
    connect(m_aggregatePage, &AggregatePage::checkRequested, this, &MainWindow::checkAggregateRequested);
    connect(m_aggregatePage, &AggregatePage::providerActivated, this, &MainWindow::navigateTo);
}

QAction *MainWindow::addAction(QMenu *menu, const QString &name, const QString &text, const QList<QKeySequence> &keys,
                               const QString &tip)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    action->setShortcuts(keys);
    // The shortcut belongs in the tooltip: operators learn keys from hovering.
    action->setToolTip(keys.isEmpty() ? tip
                                      : tr("%1 (%2)").arg(tip, keys.constFirst().toString(QKeySequence::NativeText)));
    action->setStatusTip(tip);
    menu->addAction(action);
    QMainWindow::addAction(action); // shortcuts work even with the menu bar hidden
    return action;
}

QAction *MainWindow::action(const QString &objectName) const
{
    return findChild<QAction *>(objectName);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    connect(addAction(file, QStringLiteral("exportCsv"), tr("Export View as &CSV…"), { QKeySequence(tr("Ctrl+E")) },
                      tr("Write the providers shown, with the visible columns, to a CSV file")),
            &QAction::triggered, this, [this] { exportView(QStringLiteral("csv")); });
    connect(addAction(file, QStringLiteral("exportJson"), tr("Export View as &JSON…"),
                      { QKeySequence(tr("Ctrl+Shift+E")) },
                      tr("Write the providers shown, with the visible columns, to a JSON file")),
            &QAction::triggered, this, [this] { exportView(QStringLiteral("json")); });
    connect(addAction(file, QStringLiteral("compareSnapshot"), tr("Compare with &Snapshot…"),
                      { QKeySequence(tr("Ctrl+Shift+O")) },
                      tr("Load a JSON export and show what differs from the cloud now")),
            &QAction::triggered, this, [this] {
                m_snapshotDock->show();
                m_snapshotDock->raise();
                Q_EMIT m_snapshotPage->compareRequested();
            });
    file->addSeparator();
    connect(addAction(file, QStringLiteral("quit"), tr("&Quit"), { QKeySequence::Quit }, tr("Close the window")),
            &QAction::triggered, this, &QWidget::close);

    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    connect(addAction(connection, QStringLiteral("profiles"), tr("&Profiles…"), { QKeySequence(tr("Ctrl+Shift+P")) },
                      tr("Add, edit, test and connect saved profiles")),
            &QAction::triggered, this, &MainWindow::manageProfilesRequested);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *copy = addAction(edit, QStringLiteral("copy"), tr("&Copy"), { QKeySequence::Copy },
                              tr("Copy the selected rows as tab-separated text"));
    connect(copy, &QAction::triggered, this, &MainWindow::copySelection);
    QAction *copyUuid = addAction(edit, QStringLiteral("copyUuid"), tr("Copy UU&ID"),
                                  { QKeySequence(tr("Ctrl+Shift+C")) }, tr("Copy the current provider's UUID"));
    connect(copyUuid, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(m_browser->currentUuid()); });
    m_editActions = new EditActions(this, m_browser, edit, { copy, copyUuid });
    connect(m_editActions, &EditActions::editRequested, this, &MainWindow::editRequested);
    connect(m_editActions, &EditActions::undoRequested, this, &MainWindow::undoRequested);
    connect(m_editActions, &EditActions::undoBulkRequested, this, &MainWindow::undoBulkRequested);
    connect(m_editActions, &EditActions::bulkEditRequested, this, &MainWindow::bulkEditRequested);
    connect(m_editActions, &EditActions::autoReapplyChanged, this, &MainWindow::autoReapplyChanged);

    QMenu *filter = menuBar()->addMenu(tr("F&ilter"));
    connect(addAction(filter, QStringLiteral("focusFilter"), tr("&Quick Filter"),
                      { QKeySequence::Find, QKeySequence(Qt::Key_Slash) },
                      tr("Filter the loaded providers by name, UUID, aggregate or label")),
            &QAction::triggered, this, [this] {
                m_tabs->setCurrentIndex(0);
                m_browser->quickFilterEdit()->setFocus(Qt::ShortcutFocusReason);
                m_browser->quickFilterEdit()->selectAll();
            });
    connect(addAction(filter, QStringLiteral("serverFilter"), tr("&Server Filter…"),
                      { QKeySequence(tr("Ctrl+Shift+F")) },
                      tr("Let Placement filter by aggregates, tree, traits and resources")),
            &QAction::triggered, this, &MainWindow::toggleServerFilterPanel);
    connect(addAction(filter, QStringLiteral("clearFilters"), tr("C&lear All Filters"),
                      { QKeySequence(tr("Ctrl+Shift+X")) }, tr("Clear the quick filter and the server filter")),
            &QAction::triggered, this, [this] {
                m_browser->setQuickFilter({});
                Q_EMIT serverFilterRequested(ProviderFilter());
            });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = addAction(m_viewMenu, QStringLiteral("refresh"), tr("&Refresh"),
                                 { QKeySequence::Refresh, QKeySequence(tr("Ctrl+R")) },
                                 tr("Reload providers; only what changed is fetched again"));
    refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    connect(refresh, &QAction::triggered, this, &MainWindow::refreshRequested);
    QAction *stop = addAction(m_viewMenu, QStringLiteral("cancel"), tr("&Stop Loading"),
                              { QKeySequence(Qt::Key_Escape) }, tr("Stop loading; what is loaded stays"));
    stop->setIcon(style()->standardIcon(QStyle::SP_BrowserStop));
    connect(stop, &QAction::triggered, this, &MainWindow::cancelRequested);
    QMenu *autoMenu = m_viewMenu->addMenu(tr("&Auto-Refresh"));
    m_autoRefreshGroup = new QActionGroup(this);
    const QList<QPair<int, QString>> intervals {
        { 0, tr("Off") }, { 30, tr("Every 30 seconds") }, { 60, tr("Every minute") }, { 300, tr("Every 5 minutes") }
    };
    for (const auto &[seconds, label] : intervals) {
        QAction *a = autoMenu->addAction(label);
        a->setCheckable(true);
        a->setData(seconds);
        a->setChecked(seconds == m_autoRefreshSeconds);
        m_autoRefreshGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, s = seconds] { setAutoRefreshInterval(s); });
    }
    m_viewMenu->addSeparator();
    QAction *tree = addAction(m_viewMenu, QStringLiteral("treeMode"), tr("&Tree View"), { QKeySequence(tr("Ctrl+T")) },
                              tr("Show nested providers as a tree instead of a flat table"));
    tree->setCheckable(true);
    tree->setChecked(m_browser->isTreeMode());
    connect(tree, &QAction::toggled, m_browser, &ProviderBrowser::setTreeMode);
    QAction *fullUuids
        = addAction(m_viewMenu, QStringLiteral("fullUuids"), tr("Full &UUIDs"), { QKeySequence(tr("Ctrl+Shift+U")) },
                    tr("Show whole UUIDs in the UUID and aggregates columns"));
    fullUuids->setCheckable(true);
    connect(fullUuids, &QAction::toggled, m_browser, &ProviderBrowser::setFullUuids);
    connect(addAction(m_viewMenu, QStringLiteral("fitColumns"), tr("Fit &Columns to Window"),
                      { QKeySequence(tr("Ctrl+0")) },
                      tr("Size the columns from their content and the window's width, and keep them fitted until "
                         "you drag a column edge")),
            &QAction::triggered, m_browser, &ProviderBrowser::fitColumnsToWindow);
    connect(addAction(m_viewMenu, QStringLiteral("showProviders"), tr("&Providers Tab"), { QKeySequence(tr("Ctrl+1")) },
                      tr("Show the providers")),
            &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    connect(addAction(m_viewMenu, QStringLiteral("showAggregates"), tr("A&ggregates Tab"),
                      { QKeySequence(tr("Ctrl+2")) }, tr("Show aggregates, their labels and members")),
            &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(1); });
    if (m_comparisonPage) {
        connect(addAction(m_viewMenu, QStringLiteral("showComparison"), tr("&Nova vs Placement Tab"),
                          { QKeySequence(tr("Ctrl+3")) },
                          tr("Show every aggregate with Nova's hosts and Placement's members side by side")),
                &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_comparisonPage); });
    }
    if (m_driftPage) {
        connect(addAction(m_viewMenu, QStringLiteral("showDrift"), tr("Dr&ift Tab"), { QKeySequence(tr("Ctrl+4")) },
                          tr("Show where Nova and Placement disagree")),
                &QAction::triggered, this, [this] {
                    m_tabs->setCurrentWidget(m_driftPage);
                    m_driftPage->view()->setFocus();
                });
    }
    QAction *details = m_detailsDock->toggleViewAction();
    details->setText(tr("&Details Pane"));
    details->setShortcut(QKeySequence(tr("Ctrl+D")));
    m_viewMenu->addAction(details);
    QMainWindow::addAction(details);
    QAction *log = m_logDock->toggleViewAction();
    log->setText(tr("Request &Log"));
    log->setShortcut(QKeySequence(tr("Ctrl+L")));
    m_viewMenu->addAction(log);
    QMainWindow::addAction(log);
    if (m_journalDock) {
        QAction *journal = m_journalDock->toggleViewAction();
        journal->setObjectName(QStringLiteral("showJournal"));
        journal->setText(tr("&Journal"));
        journal->setShortcut(QKeySequence(tr("Ctrl+J")));
        m_viewMenu->addAction(journal);
        QMainWindow::addAction(journal);
    }

    if (m_driftPage || m_comparisonPage) {
        QMenu *nova = menuBar()->addMenu(tr("&Nova"));
        connect(addAction(nova, QStringLiteral("novaScan"), tr("Compare &Again"), { QKeySequence(tr("Ctrl+Shift+N")) },
                          tr("Read Nova and Placement's member lists again, without reloading the providers")),
                &QAction::triggered, this, &MainWindow::novaScanRequested);
        if (m_driftPage) {
            connect(addAction(nova, QStringLiteral("repairDrift"), tr("&Repair Ticked Drift…"),
                              { QKeySequence(tr("Ctrl+Shift+D")) },
                              tr("Preview the repair of the ticked drift items; nothing is written before Apply")),
                    &QAction::triggered, this, [this] {
                        m_tabs->setCurrentWidget(m_driftPage);
                        m_driftPage->repair();
                    });
            connect(addAction(nova, QStringLiteral("copyDriftCommands"), tr("Copy Repair as &Commands"),
                              { QKeySequence(tr("Ctrl+Shift+K")) },
                              tr("Copy `openstack` commands for the ticked drift items, for a change ticket")),
                    &QAction::triggered, this, [this] { m_driftPage->copyCommands(); });
        }
    }

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    m_languageMenu = new LanguageMenu(settings);
    settings->addMenu(m_languageMenu);
    connect(m_languageMenu, &LanguageMenu::languageRequested, this, &MainWindow::languageRequested);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    connect(addAction(help, QStringLiteral("shortcuts"), tr("&Keyboard Shortcuts"),
                      { QKeySequence::HelpContents, QKeySequence(Qt::Key_Question) }, tr("List every shortcut")),
            &QAction::triggered, this, &MainWindow::showShortcuts);
    help->addAction(tr("&About Placement Inspector"), this, [this] {
        QMessageBox::about(this, tr("About Placement Inspector"),
                           tr("<b>Placement Inspector</b> %1<br>Browse OpenStack Placement resource providers, "
                              "their trees and aggregates.")
                               .arg(QApplication::applicationVersion()));
    });

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setMovable(false);
    toolbar->addAction(refresh);
    toolbar->addAction(tree);
    toolbar->addAction(action(QStringLiteral("serverFilter")));
    toolbar->addSeparator();
    toolbar->addAction(details);
    toolbar->addAction(log);
}

QTableView *MainWindow::providerView() const
{
    return m_browser ? m_browser->table() : nullptr;
}

void MainWindow::setConnectionText(const QString &text, TlsWarning warning)
{
    m_connectionLabel->setText(text);
    m_tlsWarning->setVisible(warning == TlsWarning::NotVerified);
}

QString MainWindow::connectionWarningText() const
{
    return m_tlsWarning->isHidden() ? QString() : m_tlsWarning->text();
}

void MainWindow::setStatusMessage(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::setLoadProgress(const LoadProgress &progress)
{
    const int total = progress.total();
    const bool busy = total > 0 && progress.done() < total;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy || m_loading);
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(progress.done());
    // In providers, per part: the bar moves over both, the words say which one runs.
    QString text = progress.aggregatesDone < progress.aggregatesTotal
        ? tr("aggregates: %1 of %n provider(s)", nullptr, progress.aggregatesTotal).arg(progress.aggregatesDone)
        : tr("capacity and usage: %1 of %n provider(s)", nullptr, progress.usageTotal).arg(progress.usageDone);
    if (progress.failed > 0)
        text = tr("%1 (%2 failed)").arg(text).arg(progress.failed);
    m_progress->setFormat(text); // no %v or %m: the numbers are in the words
}

void MainWindow::setLoading(bool loading)
{
    m_loading = loading;
    m_cancelButton->setVisible(loading);
    if (!loading)
        m_progress->hide();
    if (QAction *cancel = action(QStringLiteral("cancel")))
        cancel->setEnabled(loading);
}

void MainWindow::setCapabilities(const Capabilities &caps)
{
    m_filterPanel->setCapabilities(caps);
    m_editActions->setUnsupportedReason(
        caps.generationCheckedAggregates()
            ? QString()
            : tr("This server speaks microversion %1 at most; safe aggregate edits need 1.19 (generation-checked "
                 "writes), so editing is disabled.")
                  .arg(caps.version().toString()));
    updateDriftWriteState();
}

void MainWindow::updateDriftWriteState()
{
    if (m_driftPage)
        m_driftPage->setWriteDisabledReason(m_editActions->disabledReason());
}

void MainWindow::showComparisonFor(const QString &aggregate)
{
    if (!m_comparisonPage)
        return;
    m_tabs->setCurrentWidget(m_comparisonPage);
    m_comparisonPage->selectAggregate(aggregate);
}

void MainWindow::setReadOnly(bool readOnly)
{
    m_editActions->setReadOnly(readOnly);
    updateDriftWriteState();
    setWindowTitle(readOnly ? tr("Placement Inspector (read-only)") : tr("Placement Inspector"));
}

void MainWindow::setKnownTraits(const QStringList &traits)
{
    m_filterPanel->setKnownTraits(traits);
}

void MainWindow::setServerFilter(const ProviderFilter &filter)
{
    m_filterPanel->setFilter(filter);
    m_browser->setServerFilterSummary(ServerFilterPanel::summary(filter));
}

void MainWindow::setNoDataMessage(const QString &text)
{
    m_browser->setNoDataMessage(text);
}

void MainWindow::showDetails(const ProviderDetails &details)
{
    m_details->showDetails(details);
}

void MainWindow::setAutoRefreshInterval(int seconds)
{
    m_autoRefreshSeconds = qMax(0, seconds);
    m_autoRefresh->setInterval(m_autoRefreshSeconds);
    if (m_autoRefreshGroup) {
        const QList<QAction *> actions = m_autoRefreshGroup->actions();
        for (QAction *a : actions)
            a->setChecked(a->data().toInt() == m_autoRefreshSeconds);
    }
}

void MainWindow::exportView(const QString &suffix)
{
    const QString filter = suffix == QLatin1String("csv") ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export View"), QStringLiteral("providers.%1").arg(suffix), filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    exportViewTo(path);
}

void MainWindow::exportViewTo(const QString &path)
{
    Q_EMIT exportRequested(path, m_browser->uuidsInViewOrder(), m_browser->visibleColumns());
}

void MainWindow::showAggregateCheckResult(const QString &aggregate, const QString &text, bool consistent)
{
    m_aggregatePage->showCheckResult(aggregate, text, consistent);
}

void MainWindow::setNovaStatus(const QString &absentReason)
{
    if (!m_nova)
        return;
    if (!absentReason.isEmpty())
        m_nova->setUnavailable(absentReason);
    else if (m_nova->state() == NovaOverlay::State::Unavailable)
        m_nova->clear();
}

QString MainWindow::novaStatusText() const
{
    return m_novaLine ? m_novaLine->text() : QString();
}

void MainWindow::setUndoable(const QSet<QString> &uuids)
{
    m_editActions->setUndoable(uuids);
}

void MainWindow::setLastBulkEdit(const QSet<QString> &uuids, const QString &description)
{
    m_editActions->setLastBulkEdit(uuids, description);
}

void MainWindow::setAutoReapply(bool on)
{
    m_editActions->setAutoReapply(on);
}

QString MainWindow::writeDisabledReason() const
{
    return m_editActions->disabledReason();
}

void MainWindow::copySelection()
{
    QWidget *focus = QApplication::focusWidget();
    if (m_logView && focus && m_logView->isAncestorOf(focus)) {
        m_logView->copyCurl();
        return;
    }
    if (auto *edit = qobject_cast<QLineEdit *>(focus); edit && edit->hasSelectedText()) {
        edit->copy();
        return;
    }
    if (m_tabs->currentWidget() == m_aggregatePage) {
        QApplication::clipboard()->setText(m_aggregatePage->currentAggregate());
        return;
    }
    if (m_comparisonPage && m_tabs->currentWidget() == m_comparisonPage) {
        QApplication::clipboard()->setText(m_comparisonPage->currentAggregate());
        return;
    }
    if (m_driftPage && m_tabs->currentWidget() == m_driftPage) {
        QApplication::clipboard()->setText(m_driftPage->selectionAsText());
        return;
    }
    QApplication::clipboard()->setText(m_browser->selectionAsText());
}

void MainWindow::showShortcuts()
{
    ShortcutsDialog dialog(menuBar(), this);
    dialog.exec();
}

void MainWindow::toggleServerFilterPanel()
{
    m_tabs->setCurrentIndex(0);
    const bool show = !m_filterPanel->isVisible() || !m_filterPanel->isAncestorOf(QApplication::focusWidget());
    m_filterPanel->setVisible(show);
    if (show)
        m_filterPanel->focusFirstField();
}

void MainWindow::navigateTo(const QString &uuid)
{
    m_tabs->setCurrentIndex(0);
    if (!m_browser->selectProvider(uuid)) {
        setStatusMessage(tr("Provider %1 is not in the current view (filtered out or not loaded).").arg(uuid));
        return;
    }
    m_browser->currentView()->setFocus();
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/autoRefreshSeconds"), m_autoRefreshSeconds);
    m_browser->saveState(settings);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_browser->restoreState(settings);
    action(QStringLiteral("treeMode"))->setChecked(m_browser->isTreeMode());
    action(QStringLiteral("fullUuids"))->setChecked(m_browser->fullUuids());
    setAutoRefreshInterval(settings.value(QStringLiteral("window/autoRefreshSeconds"), 0).toInt());
    setLoading(false);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_browser)
        saveSettings();
    QMainWindow::closeEvent(event);
}
