// QPixmapCache::totalUsed() is declared for tests only (and exported): the style's pixmap
// cache grows to its limit, and that is no leak. First, before anything includes the header.
#define Q_TEST_QPIXMAPCACHE
#include <QPixmapCache>
#undef Q_TEST_QPIXMAPCACHE

#include "soakoperator.h"

#include "aggregateeditcontroller.h"
#include "aggregateeditordialog.h"
#include "appcontroller.h"
#include "benchsupport.h"
#include "bulkeditdialog.h"
#include "conflictdialog.h"
#include "freedmemory.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "providerloader.h"
#include "providermodel.h"
#include "requestlog.h"
#include "soakbulkedit.h"
#include "soakledger.h"
#include "soaksingleedit.h"

#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <cstdio>

SoakOperator::SoakOperator(const SoakContext &context, const SoakSettings &settings, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
    , m_settings(settings)
{
    m_sampler.setInterval(m_settings.sampleEveryMs);
    connect(&m_sampler, &QTimer::timeout, this, [this] { sample(); });
    MainWindow *window = m_ctx.window;
    SoakLedger *ledger = m_ctx.ledger;
    connect(window, &MainWindow::refreshRequested, this, [ledger] { ledger->count(QStringLiteral("refreshes_f5")); });
    connect(window, &MainWindow::autoRefreshDue, this,
            [ledger] { ledger->count(QStringLiteral("refreshes_auto_due")); });
    connect(m_ctx.controller, &AppController::loadFinished, this,
            [ledger] { ledger->count(QStringLiteral("loads_finished")); });
    connect(m_ctx.controller->edits(), &AggregateEditController::automaticallyReapplied, this,
            [ledger] { ledger->count(QStringLiteral("auto_reapplies")); });
    connect(m_ctx.modals, &ModalWatcher::appeared, this, &SoakOperator::answerStrayModal);
}

void SoakOperator::start()
{
    sample();
    m_sampler.start();
    m_ctx.window->setAutoRefreshInterval(m_settings.autoRefreshSeconds);
    m_lastRefresh = m_ctx.ledger->elapsed();
    next();
}

SoakRun *SoakOperator::makeTask()
{
    const QStringList all = m_ctx.controller->providerModel()->uuids();
    if (all.isEmpty())
        return nullptr;
    if (!m_ctx.chance(m_settings.bulkShare)) {
        QStringList byName = all;
        ProviderModel *model = m_ctx.controller->providerModel();
        std::sort(byName.begin(), byName.end(), [model](const QString &a, const QString &b) {
            return model->displayName(a) < model->displayName(b);
        });
        const int pool = m_ctx.chance(0.6) ? qMin(m_settings.hot, static_cast<int>(byName.size()))
                                           : static_cast<int>(byName.size());
        return new SoakSingleEdit(m_ctx, byName.at(m_ctx.between(0, pool - 1)), this);
    }
    // A random set of rows; add a random soak aggregate, or remove one some of them have.
    QStringList pool = all;
    QStringList chosen;
    const int n = qMin(static_cast<int>(pool.size()), m_ctx.between(m_settings.bulkMin, m_settings.bulkMax));
    for (int i = 0; i < n; ++i)
        chosen << pool.takeAt(m_ctx.between(0, static_cast<int>(pool.size()) - 1));
    const QStringList soak = m_ctx.ledger->soakAggregates();
    QStringList held;
    for (const QString &uuid : std::as_const(chosen))
        held += m_ctx.ledger->intended(uuid);
    const bool remove = !held.isEmpty() && m_ctx.chance(0.5);
    const QString aggregate = remove ? held.at(m_ctx.between(0, static_cast<int>(held.size()) - 1))
                                     : soak.at(m_ctx.between(0, static_cast<int>(soak.size()) - 1));
    return new SoakBulkEdit(m_ctx, chosen, remove ? BulkIntent::Kind::Remove : BulkIntent::Kind::Add, aggregate, this);
}

void SoakOperator::next()
{
    if (m_ctx.ledger->elapsed() >= m_settings.seconds) {
        wrapUp();
        return;
    }
    const bool idle = !m_ctx.controller->loader()->isLoading() && !m_ctx.controller->edits()->isWriting()
        && !QApplication::activeModalWidget();
    if (idle && m_ctx.ledger->elapsed() - m_lastRestSample >= 2) {
        m_lastRestSample = m_ctx.ledger->elapsed();
        sample(true);
    }
    if (m_ctx.ledger->elapsed() - m_lastRefresh >= m_settings.refreshEverySeconds)
        refresh(); // and go on at once: the next edit runs while the table reloads
    SoakRun *task = makeTask();
    if (!task) {
        QTimer::singleShot(1000, this, &SoakOperator::next);
        return;
    }
    m_task = task;
    connect(task, &SoakRun::finished, this, [this, task] {
        task->deleteLater();
        QTimer::singleShot(m_ctx.between(100, 700), this, &SoakOperator::next);
    });
    task->start();
}

void SoakOperator::refresh()
{
    m_lastRefresh = m_ctx.ledger->elapsed();
    MainWindow *window = m_ctx.window;
    bool requested = false;
    const QMetaObject::Connection spy
        = connect(window, &MainWindow::refreshRequested, this, [&requested] { requested = true; });
    activate(window);
    QTest::keyClick(window->providerView(), Qt::Key_F5);
    disconnect(spy);
    if (!requested) {
        m_ctx.ledger->count(QStringLiteral("key_fallbacks"));
        window->action(QStringLiteral("refresh"))->trigger();
    }
}

void SoakOperator::sample(bool atRest)
{
    if (atRest)
        releaseFreedMemory(); // what the app does after every load: the heap's free top goes back
    SoakSample s;
    s.atRest = atRest;
    s.seconds = m_ctx.ledger->elapsed();
    s.rssKb = bench::procStatusKb("VmRSS");
    s.heapKb = SoakLedger::heapInUseKb();
    s.pixmapCacheKb = QPixmapCache::totalUsed();
    s.edits = m_ctx.ledger->edits();
    s.logEntries = m_ctx.controller->client()->log()->size();
    s.rows = m_ctx.controller->providerModel()->rowCount();
    m_ctx.ledger->sample(s);
    if (++m_samples % 15 == 1)
        std::fprintf(stderr, "soak: %.0f s, %d edits, %d problem(s), VmRSS %lld KiB, heap %lld KiB, %d log entries\n",
                     s.seconds, m_ctx.ledger->edits(), m_ctx.ledger->problems(), static_cast<long long>(s.rssKb),
                     static_cast<long long>(s.heapKb), s.logEntries);
}

// A modal the tasks do not expect (an error box, a question) would stop the operator: it is
// recorded and closed.
void SoakOperator::answerStrayModal(QWidget *modal)
{
    if (qobject_cast<AggregateEditorDialog *>(modal) || qobject_cast<ConflictDialog *>(modal)
        || qobject_cast<BulkEditDialog *>(modal))
        return;
    if (qobject_cast<QMessageBox *>(modal) && qobject_cast<AggregateEditorDialog *>(modal->parent()))
        return; // the editor's own "discard changes?", answered by its task
    m_ctx.ledger->count(QStringLiteral("stray_modals"));
    std::fprintf(stderr, "soak: unexpected dialog %s \"%s\"\n", modal->metaObject()->className(),
                 qPrintable(modal->windowTitle()));
    QTimer::singleShot(200, modal, [modal] { QTest::keyClick(modal, Qt::Key_Escape); });
}

// What the request log holds (it grows to its cap of entries while the soak runs, which is no
// leak): the memory given back when it is emptied, after the last sample. The soak is over.
void SoakOperator::measureRequestLog()
{
    RequestLog *log = m_ctx.controller->client()->log();
    const qint64 rss = bench::procStatusKb("VmRSS");
    const qint64 heap = SoakLedger::heapInUseKb();
    m_ctx.ledger->note(QStringLiteral("request_log_capacity"), log->capacity());
    m_ctx.ledger->note(QStringLiteral("request_log_entries_at_end"), log->size());
    log->clear();
    releaseFreedMemory();
    m_ctx.ledger->note(QStringLiteral("request_log_rss_kb"), rss - bench::procStatusKb("VmRSS"));
    m_ctx.ledger->note(QStringLiteral("request_log_heap_kb"), heap - SoakLedger::heapInUseKb());
}

void SoakOperator::wrapUp()
{
    if (m_stopping)
        return;
    m_stopping = true;
    m_ctx.window->setAutoRefreshInterval(0);
    // One last refresh once nothing is loading or being written; the end sample is taken
    // after it, at rest.
    bench::whenTrue(
        this, [this] { return !m_ctx.controller->loader()->isLoading() && !m_ctx.controller->edits()->isWriting(); },
        [this] {
            connect(
                m_ctx.controller, &AppController::loadFinished, this,
                [this] {
                    bench::whenIdle(this, [this] {
                        sample(true);
                        m_sampler.stop();
                        measureRequestLog();
                        Q_EMIT done();
                    });
                },
                Qt::SingleShotConnection);
            refresh();
        });
}
