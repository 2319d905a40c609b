#include "mainwindow.h"

#include "providermodel.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>


MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_table(new QTableView(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_connectionLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
{
    setWindowTitle(tr("Placement Inspector"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/placement-inspector.png")));

    m_proxy->setSortRole(ProviderModel::SortRole);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(0, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    setCentralWidget(m_table);

    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->hide();
    m_cancelButton->setToolTip(tr("Stop loading aggregates"));
    m_cancelButton->hide();
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_cancelButton, &QPushButton::clicked, this, &MainWindow::cancelRequested);

    auto *visibleTimer = new QTimer(this);
    visibleTimer->setSingleShot(true);
    visibleTimer->setInterval(50);
    connect(visibleTimer, &QTimer::timeout, this, &MainWindow::emitVisibleProviders);
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, visibleTimer, qOverload<>(&QTimer::start));

    createActions();
    resize(1100, 700);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    m_refreshAction = view->addAction(tr("&Refresh"), this, &MainWindow::refreshRequested);
    m_refreshAction->setShortcuts({ QKeySequence::Refresh, QKeySequence(Qt::CTRL | Qt::Key_R) });
    m_refreshAction->setToolTip(tr("Reload providers and aggregates (%1)")
                                    .arg(QKeySequence(QKeySequence::Refresh).toString(QKeySequence::NativeText)));
}

void MainWindow::setProviderModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_table->horizontalHeader()->resizeSection(0, 260);
    m_table->horizontalHeader()->resizeSection(1, 290);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { QTimer::singleShot(0, this, &MainWindow::emitVisibleProviders); });
}

void MainWindow::setConnectionText(const QString &text)
{
    m_connectionLabel->setText(text);
}

void MainWindow::setStatusMessage(const QString &text)
{
    statusBar()->showMessage(text);
}

void MainWindow::setLoadProgress(int done, int total, int failed)
{
    const bool busy = total > 0 && done < total;
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_progress->setRange(0, qMax(total, 1));
    m_progress->setValue(done);
    m_progress->setFormat(failed > 0 ? tr("%v / %m (%1 failed)").arg(failed) : tr("%v / %m"));
}

void MainWindow::emitVisibleProviders()
{
    const int first = m_table->rowAt(0);
    if (first < 0)
        return;
    int last = m_table->rowAt(m_table->viewport()->height() - 1);
    if (last < 0)
        last = m_proxy->rowCount() - 1;
    QStringList uuids;
    for (int row = first; row <= last; ++row)
        uuids << m_proxy->index(row, 0).data(ProviderModel::UuidRole).toString();
    Q_EMIT visibleProvidersChanged(uuids);
}
