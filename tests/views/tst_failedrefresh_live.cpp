// A refresh that fails must never look like one that worked (issue 9, defect 2). The real
// window talks to the real Placement through a loopback relay that the test makes
// unreachable and then reachable again; everything else is the real server.

#include "appcontroller.h"
#include "appmodels.h"
#include "detailspane.h"
#include "httpclient.h"
#include "liveserver.h"
#include "loadstatus.h"
#include "loadstatusbanner.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "providerbrowser.h"
#include "providermodel.h"
#include "tcprelay.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

class TestFailedRefreshLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    std::unique_ptr<TcpRelay> m_relay;
    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppController> m_controller;
    QString m_provider;

    LoadStatusBanner *banner() const { return m_window->findChild<LoadStatusBanner *>(); }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    bool refreshAndWait()
    {
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_window->action(QStringLiteral("refresh"))->trigger();
        return done.wait(60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        m_provider = m_live.createProvider(QStringLiteral("stale"));
        QVERIFY(!m_provider.isEmpty());
        m_relay = std::make_unique<TcpRelay>(m_live.url());
        QVERIFY(m_relay->listen());
        m_models = std::make_unique<AppModels>();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_controller = std::make_unique<AppController>(m_models.get(), m_window.get());
        m_controller->client()->http()->setTransferTimeoutMs(20000);
        m_window->show();
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_controller->connectTo(m_relay->url(), m_live.token());
        QVERIFY(done.wait(60000));
        QVERIFY2(m_controller->providerModel()->find(m_provider), qPrintable(status()));
        QCOMPARE(m_controller->loadStatus()->state(), LoadStatus::State::Fresh);
        QVERIFY(!banner()->isVisible());
        QVERIFY(status().contains(tr("loaded")));
    }

    void aFailedRefreshStaysVisibleUntilARefreshSucceeds()
    {
        const int rowsBefore = m_controller->providerModel()->rowCount();
        QVERIFY(m_relay->setRefusing(true));
        QVERIFY(refreshAndWait());

        // The status bar says the refresh failed, and nothing claims success afterwards.
        QVERIFY2(!status().contains(tr("loaded")), qPrintable(status()));
        QVERIFY2(status().contains(tr("Could not list providers")), qPrintable(status()));
        QCOMPARE(m_controller->loadStatus()->state(), LoadStatus::State::Failed);
        // The old rows stay, marked stale, with a banner saying since when and why.
        QCOMPARE(m_controller->providerModel()->rowCount(), rowsBefore);
        QVERIFY(m_window->browser()->isStale());
        QVERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(tr("Showing data from")), qPrintable(banner()->text()));
        QVERIFY2(banner()->text().contains(tr("failed")), qPrintable(banner()->text()));
        QVERIFY(banner()->retryButton()->isVisible());

        // Another failed attempt changes nothing of that.
        QVERIFY(refreshAndWait());
        QVERIFY(banner()->isVisible());
        QVERIFY(!status().contains(tr("loaded")));

        // The server comes back; Retry on the banner clears the stale state.
        QVERIFY(m_relay->setRefusing(false));
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        QTest::mouseClick(banner()->retryButton(), Qt::LeftButton);
        QVERIFY(done.wait(60000));
        QCOMPARE(m_controller->loadStatus()->state(), LoadStatus::State::Fresh);
        QVERIFY(!banner()->isVisible());
        QVERIFY(!m_window->browser()->isStale());
        QVERIFY(status().contains(tr("loaded")));
    }

    void theDetailsPaneShowsOneErrorAndStopsWaiting()
    {
        QVERIFY(m_window->browser()->selectProvider(m_provider));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailsPane()->text().contains(m_provider), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->detailsPane()->text().contains(tr("loading…")), 20000);
        QVERIFY(m_relay->setRefusing(true));
        QVERIFY(refreshAndWait()); // also reloads the details of the selected provider
        // Every part failed for one reason: one line, and no part says it is still loading.
        QTRY_VERIFY_WITH_TIMEOUT(m_window->detailsPane()->text().contains(tr("Could not read ")), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->detailsPane()->text().contains(tr("loading…")), 20000);
        const QString text = m_window->detailsPane()->text();
        QStringList causes;
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            if (line.startsWith(tr("Could not read ")))
                causes << line.section(QStringLiteral(": "), 1);
        }
        QVERIFY(!causes.isEmpty());
        causes.removeDuplicates();
        QCOMPARE(causes.size(), text.count(tr("Could not read "))); // no cause repeated
        QVERIFY2(text.contains(tr("not read")), qPrintable(text));
        QVERIFY(m_relay->setRefusing(false));
        QVERIFY(refreshAndWait());
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->detailsPane()->text().contains(tr("Could not read ")), 20000);
    }

    void aFailedFirstConnectionCanBeRetried()
    {
        TcpRelay relay(m_live.url());
        QVERIFY(relay.listen());
        QVERIFY(relay.setRefusing(true));
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_controller->connectTo(relay.url(), m_live.token());
        QVERIFY(done.wait(60000));
        QCOMPARE(m_controller->loadStatus()->state(), LoadStatus::State::Failed);
        QVERIFY(banner()->isVisible());
        QVERIFY2(banner()->text().contains(tr("No data")), qPrintable(banner()->text()));
        QVERIFY(relay.setRefusing(false));
        QTest::mouseClick(banner()->retryButton(), Qt::LeftButton);
        QVERIFY(done.wait(60000)); // the connection attempt
        QTRY_COMPARE_WITH_TIMEOUT(m_controller->loadStatus()->state(), LoadStatus::State::Fresh, 60000);
        QVERIFY(!banner()->isVisible());
    }
};

QTEST_MAIN(TestFailedRefreshLive)
#include "tst_failedrefresh_live.moc"
