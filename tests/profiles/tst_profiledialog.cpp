// The profile manager dialog: fields follow the auth type, the TLS warning shows while
// verification is off, duplicate/delete/test emit what they should, and no secret
// typed in the form ever reaches the profile list that gets saved.

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include "profiledialog.h"

class TestProfileDialog : public QObject
{
    Q_OBJECT

    static QList<ConnectionProfile> samples()
    {
        ConnectionProfile a;
        a.name = QStringLiteral("production");
        a.auth.authUrl = QUrl(QStringLiteral("https://keystone.prod.example:5000/v3"));
        a.auth.username = QStringLiteral("operator");
        a.auth.userDomainName = QStringLiteral("Default");
        a.auth.projectName = QStringLiteral("admin");
        a.auth.projectDomainName = QStringLiteral("Default");
        a.auth.regionName = QStringLiteral("RegionOne");
        a.auth.certFile = QStringLiteral("/etc/pki/operator.crt");
        a.auth.keyFile = QStringLiteral("/etc/pki/operator.key");
        a.origin = QStringLiteral("clouds.yaml: /home/operator/.config/openstack/clouds.yaml");
        ConnectionProfile b;
        b.name = QStringLiteral("lab (noauth2)");
        b.auth.type = AuthType::Standalone;
        b.auth.endpointOverride = QUrl(QStringLiteral("http://127.0.0.1:8778"));
        b.auth.verifyTls = false;
        return { a, b };
    }

    template<typename T> static T *field(ProfileDialog &d, const QString &placeholderOrText)
    {
        for (T *w : d.findChildren<T *>()) {
            if constexpr (std::is_same_v<T, QLineEdit>) {
                if (w->placeholderText() == placeholderOrText || w->text() == placeholderOrText)
                    return w;
            } else {
                if (w->text() == placeholderOrText)
                    return w;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void fieldsFollowTypeAndTlsWarning()
    {
        ProfileDialog d;
        d.setProfiles(samples(), QStringLiteral("production"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QLineEdit *authUrl = field<QLineEdit>(d, QStringLiteral("https://keystone.prod.example:5000/v3"));
        QVERIFY(authUrl);
        QVERIFY(authUrl->isVisible());
        auto *warning = d.findChildren<QLabel *>().at(0);
        for (QLabel *l : d.findChildren<QLabel *>()) {
            if (l->text().startsWith(QStringLiteral("⚠")))
                warning = l;
        }
        QVERIFY(!warning->isVisible());
        if (!qEnvironmentVariableIsEmpty("PI_SCREENSHOT_DIR"))
            d.grab().save(qEnvironmentVariable("PI_SCREENSHOT_DIR") + QStringLiteral("/profile-dialog.png"));

        d.findChild<QListWidget *>()->setCurrentRow(1); // the standalone profile
        QVERIFY(!authUrl->isVisible());
        QVERIFY(warning->isVisible());
        if (!qEnvironmentVariableIsEmpty("PI_SCREENSHOT_DIR"))
            d.grab().save(qEnvironmentVariable("PI_SCREENSHOT_DIR") + QStringLiteral("/profile-dialog-standalone.png"));
    }

    void typedSecretGoesOutButIsNeverKept()
    {
        ProfileDialog d;
        d.setProfiles(samples(), QStringLiteral("production"));
        QSignalSpy tests(&d, &ProfileDialog::testRequested);
        QSignalSpy edited(&d, &ProfileDialog::profilesEdited);
        QLineEdit *secret = field<QLineEdit>(d, QStringLiteral("leave empty to use the stored secret"));
        QVERIFY(secret);
        secret->setText(QStringLiteral("typed-secret"));
        field<QPushButton>(d, QStringLiteral("&Test connection"))->click();
        QCOMPARE(tests.size(), 1);
        const auto tested = tests.first().first().value<ConnectionProfile>();
        QCOMPARE(tested.auth.secret, QStringLiteral("typed-secret"));
        QCOMPARE(tested.auth.username, QStringLiteral("operator"));
        d.reject();
        QCOMPARE(edited.size(), 1);
        for (const ConnectionProfile &p : edited.first().first().value<QList<ConnectionProfile>>())
            QVERIFY(p.auth.secret.isEmpty());
    }

    void tlsFilesRoundTrip()
    {
        ProfileDialog d;
        d.setProfiles(samples(), QStringLiteral("production"));
        QSignalSpy edited(&d, &ProfileDialog::profilesEdited);
        QLineEdit *cert = field<QLineEdit>(d, QStringLiteral("/etc/pki/operator.crt"));
        QLineEdit *key = field<QLineEdit>(d, QStringLiteral("/etc/pki/operator.key"));
        QVERIFY(cert && key);
        key->setText(QStringLiteral("/etc/pki/other.key"));
        d.reject();
        QCOMPARE(edited.size(), 1);
        const auto profiles = edited.first().first().value<QList<ConnectionProfile>>();
        QCOMPARE(profiles.first().auth.certFile, QStringLiteral("/etc/pki/operator.crt"));
        QCOMPARE(profiles.first().auth.keyFile, QStringLiteral("/etc/pki/other.key"));
    }

    void duplicateAndDelete()
    {
        ProfileDialog d;
        d.setProfiles(samples(), QStringLiteral("production"));
        QSignalSpy forgotten(&d, &ProfileDialog::secretForgotten);
        field<QPushButton>(d, QStringLiteral("D&uplicate"))->click();
        QCOMPARE(d.profiles().size(), 3);
        QCOMPARE(d.profiles().last().name, QStringLiteral("production (2)"));
        QCOMPARE(d.profiles().last().auth.username, QStringLiteral("operator"));
        field<QPushButton>(d, QStringLiteral("&Delete"))->click();
        QCOMPARE(d.profiles().size(), 2);
        QCOMPARE(forgotten.size(), 1);
        QCOMPARE(forgotten.first().first().toString(), QStringLiteral("production (2)"));
    }
};

QTEST_MAIN(TestProfileDialog)
#include "tst_profiledialog.moc"
