// A saved profile's preferences reach the window: its read-only flag disables every write,
// and its aggregate labels are loaded from and saved into the profile, not QSettings.

#include "appcontroller.h"
#include "appmodels.h"
#include "authconnection.h"
#include "connectionlauncher.h"
#include "editactions.h"
#include "faketcpserver.h"
#include "mainwindow.h"
#include "profilecontroller.h"
#include "profilelabelstore.h"
#include "profilestore.h"
#include "secretstore.h"

#include <QAction>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestProfilePreferences : public QObject
{
    Q_OBJECT

    const QString m_agg = QStringLiteral("11111111-2222-4333-8444-555555555555");
    const QString m_newAgg = QStringLiteral("66666666-2222-4333-8444-555555555555");
    FakeTcpServer m_server; // answers nothing useful: only the preferences matter here

    void saveProfile(const QString &name, bool readOnly)
    {
        ProfileStore store;
        QVERIFY(store.load());
        ConnectionProfile profile;
        profile.name = name;
        profile.auth.type = AuthType::Standalone;
        profile.auth.endpointOverride = m_server.url();
        profile.readOnly = readOnly;
        profile.aggregateLabels.insert(m_agg, QStringLiteral("gpu-pool"));
        store.put(profile);
        QVERIFY(store.save());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QFile::remove(ProfileStore::defaultPath());
        QVERIFY(m_server.listen());
        m_server.setResponse(FakeTcpServer::httpResponse(503, "Service Unavailable", {}));
    }

    void apply_data()
    {
        QTest::addColumn<bool>("profileReadOnly");
        QTest::addColumn<bool>("forcedReadOnly");
        QTest::addColumn<bool>("expectReadOnly");
        QTest::addRow("writable profile") << false << false << false;
        QTest::addRow("read-only profile") << true << false << true;
        QTest::addRow("--read-only wins over a writable profile") << false << true << true;
    }
    void apply()
    {
        QFETCH(bool, profileReadOnly);
        QFETCH(bool, forcedReadOnly);
        QFETCH(bool, expectReadOnly);
        const QString name = QStringLiteral("prod-%1").arg(QString::fromLatin1(QTest::currentDataTag()).size());
        saveProfile(name, profileReadOnly);

        AppModels models;
        MainWindow window(models.forWindow());
        AppController controller(&models, &window);
        controller.aggregateLabels()->setStore(std::make_unique<ProfileAggregateLabelStore>());
        SecretStore secrets;
        ConnectionLauncher launcher(controller.client(), &secrets);
        ProfileController profiles(&window, &controller, &launcher, &secrets);
        profiles.setForcedReadOnly(forcedReadOnly);
        profiles.setCurrentProfile(name);
        ConnectionReport report;
        report.endpoint = m_server.url();
        profiles.onLaunched(report);

        QCOMPARE(window.editActions()->isReadOnly(), expectReadOnly);
        for (QAction *write : window.editActions()->writeActions())
            QVERIFY2(!expectReadOnly || !write->isEnabled(), qPrintable(write->text()));

        // Labels come from the profile...
        QCOMPARE(controller.aggregateLabels()->label(m_agg), QStringLiteral("gpu-pool"));
        // ...and a new one goes back into it, not into QSettings.
        controller.aggregateLabels()->setLabel(m_newAgg, QStringLiteral("ssd-hosts"));
        ProfileStore reread;
        QVERIFY(reread.load());
        QCOMPARE(reread.find(name)->aggregateLabels.value(m_newAgg), QStringLiteral("ssd-hosts"));
        QCOMPARE(reread.find(name)->readOnly, profileReadOnly); // saving labels keeps the rest
        QSettings settings;
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(QStringLiteral("ssd-hosts")));
        QVERIFY(!settings.allKeys().join(QLatin1Char(' ')).contains(m_newAgg));
    }

    void endpointConnectionsKeepLabelsInSettings()
    {
        ProfileAggregateLabelStore store;
        const QString key = QStringLiteral("http://127.0.0.1:9/");
        store.save(key, { { m_agg, QStringLiteral("az-a") } });
        QCOMPARE(store.load(key).value(m_agg), QStringLiteral("az-a"));
        QCOMPARE(store.load(ProfileAggregateLabelStore::keyFor(QStringLiteral("no-such-profile"))).size(), 0);
    }
};

QTEST_MAIN(TestProfilePreferences)
#include "tst_profilepreferences.moc"
