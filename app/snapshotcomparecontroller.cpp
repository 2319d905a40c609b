#include "snapshotcomparecontroller.h"

#include "appcontroller.h"
#include "mainwindow.h"
#include "providerbrowser.h"
#include "providerexport.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "snapshotdiff.h"
#include "snapshotdiffpage.h"
#include "snapshotreader.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QTabWidget>

SnapshotCompareController::SnapshotCompareController(AppController *app, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_app(app)
    , m_window(window)
{
    SnapshotDiffPage *page = window->snapshotPage();
    connect(page, &SnapshotDiffPage::compareRequested, this, &SnapshotCompareController::askForFile);
    connect(page, &SnapshotDiffPage::showOnlyProviders, this, &SnapshotCompareController::restrictTable);
    connect(page, &SnapshotDiffPage::showAllProviders, this, &SnapshotCompareController::unrestrictTable);
    connect(page, &SnapshotDiffPage::providerActivated, this, [this](const QString &uuid) {
        m_window->tabs()->setCurrentIndex(0);
        m_window->browser()->selectProvider(uuid);
    });
    connect(app, &AppController::loadFinished, this, &SnapshotCompareController::compareAgain);
}

void SnapshotCompareController::askForFile()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare with Snapshot"), m_path,
                                                      tr("Snapshots (JSON exports) (*.json)"));
    if (!path.isEmpty())
        compareWith(path);
}

void SnapshotCompareController::compareWith(const QString &path)
{
    m_path = path;
    const Result<Snapshot> read = SnapshotReader::readFile(path);
    if (!read) {
        m_snapshot.reset();
        m_window->snapshotPage()->setFailure(
            tr("%1 cannot be compared: %2").arg(QFileInfo(path).fileName(), read.error().message()));
        return;
    }
    m_snapshot = read.value();
    compareAgain();
}

void SnapshotCompareController::compareAgain()
{
    if (!m_snapshot)
        return;
    SnapshotDiffPage *page = m_window->snapshotPage();
    const QString name = QFileInfo(m_path).fileName();
    if (!m_snapshot->unreadProviders().isEmpty()) {
        page->setFailure(tr("%1 lacks the aggregates of %n provider(s): it cannot say what changed.", nullptr,
                            int(m_snapshot->unreadProviders().size()))
                             .arg(name));
        return;
    }
    // The cloud as loaded now, by the same rules as --diff.
    const Result<Snapshot> live = ProviderExport::snapshotOf(*m_app->providerModel());
    if (!live) {
        page->setFailure(tr("The loaded providers cannot be compared: %1").arg(live.error().message()));
        return;
    }
    if (!live.value().unreadProviders().isEmpty()) {
        // Never "no difference" over providers whose aggregates are not known.
        page->setFailure(tr("The aggregates of %n provider(s) are not loaded: refresh, then compare again.", nullptr,
                            int(live.value().unreadProviders().size())));
        return;
    }
    page->setComparison(name, SnapshotDiff::compare(*m_snapshot, live.value()));
}

void SnapshotCompareController::restrictTable(const QStringList &uuids)
{
    m_window->browser()->tableProxy()->setOnlyProviders(uuids);
    m_window->browser()->treeProxy()->setOnlyProviders(uuids);
}

void SnapshotCompareController::unrestrictTable()
{
    m_window->browser()->tableProxy()->showAllProviders();
    m_window->browser()->treeProxy()->showAllProviders();
}
