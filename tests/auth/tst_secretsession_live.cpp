// A full window session with a saved password profile, against the real Keystone and the
// test keyring: afterwards the password is in the keyring and in no file the app wrote.

#include "appcontroller.h"
#include "appmodels.h"
#include "connectionlauncher.h"
#include "keystonetestenv.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "profilecontroller.h"
#include "profilelabelstore.h"
#include "profilestore.h"
#include "providermodel.h"
#include "requestlog.h"
#include "secretstore.h"

#include <QDirIterator>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestSecretSessionLive : public QObject
{
    Q_OBJECT

    KeystoneTestEnv m_ks;
    QTemporaryDir m_home;
    const QString m_service = QStringLiteral("placement-inspector-test-%1").arg(QCoreApplication::applicationPid());

    QStringList filesContaining(const QByteArray &needle) const
    {
        QStringList hits;
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
                hits << file.fileName();
        }
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_ks.isAvailable(), "needs the keystone fixture: run through ctest");
        QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "needs the keyring fixture");
        // Everything the app writes lands below this folder.
        for (const char *name : { "HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME" })
            qputenv(name, m_home.filePath(QString::fromLatin1(name)).toUtf8());
        qputenv("HOME", m_home.path().toUtf8());
    }

    void rememberedPasswordLivesOnlyInTheKeyring()
    {
        const QString password = m_ks.var("KEYSTONE_ADMIN_PASSWORD");
        QVERIFY(password.size() >= 8); // long enough not to match by accident

        ConnectionProfile profile;
        profile.name = QStringLiteral("keystone-lab");
        profile.auth = m_ks.adminConfig();
        profile.auth.secret = password;
        profile.rememberSecret = true;
        {
            ProfileStore store;
            QVERIFY(store.load());
            ConnectionProfile saved = profile;
            saved.auth.secret.clear();
            store.put(saved);
            QVERIFY(store.save());
        }
        {
            AppModels models;
            MainWindow window(models.forWindow());
            AppController controller(&models, &window);
            controller.aggregateLabels()->setStore(std::make_unique<ProfileAggregateLabelStore>());
            SecretStore secrets(m_service);
            ConnectionLauncher launcher(controller.client(), &secrets);
            ProfileController profiles(&window, &controller, &launcher, &secrets);
            window.show();
            QSignalSpy loaded(&controller, &AppController::loadFinished);
            profiles.connectProfile(profile); // as the profile manager's Connect does
            QVERIFY(loaded.wait(60000));
            // Connected through Keystone and listed providers (the list may well be empty).
            QVERIFY(controller.client()->capabilities().isValid());
            bool listed = false;
            for (int i = 0; i < controller.client()->log()->size(); ++i) {
                const RequestLogEntry &entry = controller.client()->log()->at(i);
                listed = listed || (entry.status == 200 && entry.url.endsWith(QLatin1String("/resource_providers")));
            }
            QVERIFY(listed);
            controller.aggregateLabels()->setLabel(QStringLiteral("11111111-2222-4333-8444-555555555555"),
                                                   QStringLiteral("lab-pool"));
            for (int i = 0; i < controller.client()->log()->size(); ++i) {
                const RequestLogEntry &entry = controller.client()->log()->at(i);
                QVERIFY(!entry.requestBody.contains(password.toUtf8()));
                QVERIFY(!entry.toCurl().contains(password));
            }
            window.close();
        }
        QSettings().sync();

        // The app did write files (profiles, labels, window state)...
        QVERIFY(!filesContaining("keystone-lab").isEmpty());
        QVERIFY(!filesContaining("lab-pool").isEmpty());
        // ...and none of them holds the password.
        QCOMPARE(filesContaining(password.toUtf8()), QStringList());

        // The password is in the keyring: a new store (no session cache) finds it there.
        SecretStore fresh(m_service);
        std::optional<SecretStore::Answer> answer;
        fresh.read(profile.secretKey(), [&](const SecretStore::Answer &a) { answer = a; });
        QVERIFY(QTest::qWaitFor([&] { return answer.has_value(); }, 10000));
        QCOMPARE(answer->status, SecretStore::Status::Found);
        QCOMPARE(answer->secret, password);

        // Forgetting the profile's secret removes it from the keyring.
        std::optional<SecretStore::Answer> removed;
        fresh.remove(profile.secretKey(), [&](const SecretStore::Answer &a) { removed = a; });
        QVERIFY(QTest::qWaitFor([&] { return removed.has_value(); }, 10000));
        SecretStore again(m_service);
        std::optional<SecretStore::Answer> gone;
        again.read(profile.secretKey(), [&](const SecretStore::Answer &a) { gone = a; });
        QVERIFY(QTest::qWaitFor([&] { return gone.has_value(); }, 10000));
        QCOMPARE(gone->status, SecretStore::Status::NotFound);
    }
};

QTEST_MAIN(TestSecretSessionLive)
#include "tst_secretsession_live.moc"
