// Watch mode against the real Placement: with auto-refresh on, a change another client makes
// shows up without a full reload. The refresh lists the providers and re-reads only the one
// whose generation moved (the request log is the witness); the row is highlighted and the
// status bar says how old the data is. Other tests share this server, so only this test's own
// providers are counted.

#include "appcontroller.h"
#include "appmodels.h"
#include "dataagelabel.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "providerloader.h"
#include "providermodel.h"
#include "requestlog.h"
#include "testwaits.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

class TestWatchLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
    }

    void anotherClientsChangeShowsUpWithoutAFullReload()
    {
        const QString prefix = QStringLiteral("watch%1").arg(LiveServer::newUuid().left(6));
        QStringList ours;
        for (int i = 0; i < 8; ++i)
            ours << m_live.createProvider(prefix + QStringLiteral("-h%1").arg(i));
        QVERIFY(!ours.contains(QString()));

        AppModels models;
        MainWindow window(models.forWindow());
        AppController controller(&models, &window);
        window.show();
        QSignalSpy loaded(&controller, &AppController::loadFinished);
        controller.connectTo(m_live.url(), m_live.token());
        QVERIFY(loaded.wait(unitWaitMs));
        ProviderModel *model = controller.providerModel();
        for (const QString &uuid : std::as_const(ours))
            QVERIFY(model->find(uuid) != nullptr);
        auto *age = window.findChild<DataAgeLabel *>(QStringLiteral("dataAge"));
        QVERIFY(age != nullptr);
        QVERIFY2(age->text().startsWith(QStringLiteral("Data from ")), qPrintable(age->text()));

        // Another client changes one of them; the window refreshes on its own every second.
        // Collected as they come: the log drops old entries when full.
        const RequestLog *log = controller.client()->log();
        QList<RequestLogEntry> seen;
        connect(log, &RequestLog::entryAdded, this, [&] { seen << log->at(log->size() - 1); });
        const QString changed = ours.first();
        const QString aggregate = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(changed, { aggregate }) >= 0);
        window.setAutoRefreshInterval(1);
        QVERIFY(age->text().contains(QStringLiteral("refreshing every 1 s")));
        QTRY_VERIFY_WITH_TIMEOUT(model->find(changed)->aggregates.aggregates == QStringList { aggregate }, unitWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(!controller.loader()->isLoading(), unitWaitMs);
        window.setAutoRefreshInterval(0);
        disconnect(log, nullptr, this, nullptr);

        // What the refreshes asked: the list, and of our providers only the changed one.
        int listCalls = 0;
        int changedReads = 0;
        QStringList unchangedReads;
        for (const RequestLogEntry &entry : std::as_const(seen)) {
            const QString path = QUrl(entry.url).path();
            if (entry.method == "GET" && path.endsWith(QLatin1String("/resource_providers")))
                ++listCalls;
            if (path.contains(changed) && path.endsWith(QLatin1String("/aggregates")))
                ++changedReads;
            for (const QString &uuid : ours.mid(1)) {
                if (path.contains(uuid))
                    unchangedReads << QString::fromLatin1(entry.method) + QLatin1Char(' ') + path;
            }
        }
        QVERIFY(listCalls >= 1);
        QVERIFY(changedReads >= 1);
        QVERIFY2(unchangedReads.isEmpty(), qPrintable(unchangedReads.join(QLatin1Char('\n'))));
        // The row is highlighted as moved; the other rows of ours are not.
        const QModelIndex changedRow = model->index(model->rowOf(changed), ProviderModel::GenerationColumn);
        QVERIFY(changedRow.data(ProviderModel::GenerationChangedRole).toBool());
        const QModelIndex quietRow = model->index(model->rowOf(ours.last()), ProviderModel::GenerationColumn);
        QVERIFY(!quietRow.data(ProviderModel::GenerationChangedRole).toBool());
        QVERIFY(age->text().contains(QStringLiteral("auto-refresh off")));

        // Not deleted: GUI tests load every provider of this shared server, and one deleted between
        // their list and their reads would leave them partial.
    }
};

QTEST_MAIN(TestWatchLive)
#include "tst_watch_live.moc"
