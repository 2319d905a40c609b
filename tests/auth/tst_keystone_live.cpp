// Every auth type against the real Keystone and a Keystone-authenticated Placement:
// password, application credential, token, standalone endpoint, catalog lookup by
// interface and region, a wrong password and the 403 of roles that may not list providers.

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include "authconnection.h"
#include "authsession.h"
#include "keystonetestenv.h"
#include "placementclient.h"
#include "requestlog.h"

class TestKeystoneLive : public QObject
{
    Q_OBJECT

    KeystoneTestEnv m_ks;

    ConnectionReport connect(PlacementClient &client, const AuthConfig &config, bool checkListing = false)
    {
        AuthConnection connection(&client);
        connection.setCheckListing(checkListing);
        std::optional<ConnectionReport> report;
        connection.start(config, [&report](const ConnectionReport &r) { report = r; });
        if (!waitUntil([&] { return report.has_value(); })) {
            // An empty report would read as success; say what happened instead.
            ConnectionReport timedOut;
            timedOut.error = PlacementError::make(PlacementError::Kind::Timeout,
                                                  QStringLiteral("test: no connection report within 30 s"));
            return timedOut;
        }
        return *report;
    }

    // Connects and lists providers: the proof that the token really works on Placement.
    void connectAndList(const AuthConfig &config, const QUrl &expectedEndpoint = {})
    {
        PlacementClient client;
        AuthConnection connection(&client);
        std::optional<ConnectionReport> report;
        connection.start(config, [&report](const ConnectionReport &r) { report = r; });
        QVERIFY(waitUntil([&] { return report.has_value(); }));
        QVERIFY2(report->ok(), qPrintable(report->text()));
        if (expectedEndpoint.isValid())
            QCOMPARE(report->endpoint, expectedEndpoint);
        std::optional<Result<QList<ResourceProvider>>> listed;
        client.listProviders({}, this, [&listed](const Result<QList<ResourceProvider>> &r) { listed = r; });
        QVERIFY(waitUntil([&] { return listed.has_value(); }));
        QVERIFY2(listed->ok(), listed->ok() ? "" : qPrintable(listed->error().fullText()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_ks.isAvailable())
            QSKIP("KEYSTONE_URL not set: run through ctest (keystone fixture)");
    }

    void password() { connectAndList(m_ks.adminConfig(), QUrl(m_ks.var("KEYSTONE_PLACEMENT_PUBLIC_URL"))); }

    void passwordIsNeverLogged()
    {
        PlacementClient client;
        const ConnectionReport report = connect(client, m_ks.adminConfig());
        QVERIFY2(report.ok(), qPrintable(report.text()));
        const QByteArray password = m_ks.var("KEYSTONE_ADMIN_PASSWORD").toUtf8();
        bool sawKeystone = false;
        for (const RequestLogEntry &e : client.log()->entries()) {
            sawKeystone |= e.url.endsWith(QLatin1String("/auth/tokens"));
            QVERIFY(!e.requestBody.contains(password));
            QVERIFY(!e.toCurl().toUtf8().contains(password));
            for (const auto &h : e.requestHeaders)
                QVERIFY(h.second == Redaction::mask || !Redaction::isSecretHeader(h.first));
        }
        QVERIFY(sawKeystone);
    }

    void catalog_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected"); // env var with the URL, or "!" + a word of the error
        QTest::addRow("public, any region")
            << QStringLiteral("public") << QString() << QStringLiteral("KEYSTONE_PLACEMENT_PUBLIC_URL");
        QTest::addRow("internal") << QStringLiteral("internal") << QStringLiteral("RegionOne")
                                  << QStringLiteral("KEYSTONE_PLACEMENT_INTERNAL_URL");
        QTest::addRow("adminURL spelling") << QStringLiteral("adminURL") << QStringLiteral("RegionOne")
                                           << QStringLiteral("KEYSTONE_PLACEMENT_ADMIN_URL");
        QTest::addRow("RegionTwo") << QStringLiteral("public") << QStringLiteral("RegionTwo")
                                   << QStringLiteral("KEYSTONE_PLACEMENT_REGION2_URL");
        QTest::addRow("no internal in RegionTwo")
            << QStringLiteral("internal") << QStringLiteral("RegionTwo") << QStringLiteral("!RegionTwo");
        QTest::addRow("unknown region") << QStringLiteral("public") << QStringLiteral("Atlantis")
                                        << QStringLiteral("!Atlantis");
    }

    void catalog()
    {
        QFETCH(QString, interface);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        AuthConfig config = m_ks.adminConfig();
        config.interface = interface;
        config.regionName = region;
        if (!expected.startsWith(QLatin1Char('!'))) {
            connectAndList(config, QUrl(qEnvironmentVariable(expected.toLatin1().constData())));
            return;
        }
        PlacementClient client;
        const ConnectionReport report = connect(client, config);
        QVERIFY(!report.ok());
        QCOMPARE(report.error->kind, PlacementError::Kind::NotFound);
        QVERIFY2(report.text().contains(expected.mid(1)), qPrintable(report.text()));
        QVERIFY2(report.text().contains(QStringLiteral("public in RegionOne")), qPrintable(report.text()));
        QVERIFY(report.steps.first().ok); // Keystone worked; only the lookup failed
    }

    void applicationCredential_data()
    {
        QTest::addColumn<bool>("byName");
        QTest::addRow("id and secret") << false;
        QTest::addRow("name and user") << true;
    }

    void applicationCredential()
    {
        QFETCH(bool, byName);
        const auto admin = m_ks.adminToken();
        QVERIFY2(admin, qPrintable(admin.error));
        const KeystoneAnswer self = m_ks.request("GET", QStringLiteral("/auth/tokens"), {}, admin.value,
                                                 { { QByteArrayLiteral("X-Subject-Token"), admin.value } });
        const QString userId
            = self.json()[QStringLiteral("token")][QStringLiteral("user")][QStringLiteral("id")].toString();
        QVERIFY2(!userId.isEmpty(), qPrintable(self.describe()));
        const QString name = QStringLiteral("pi-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const KeystoneAnswer created = m_ks.request(
            "POST", QStringLiteral("/users/%1/application_credentials").arg(userId),
            { { QStringLiteral("application_credential"), QJsonObject { { QStringLiteral("name"), name } } } },
            admin.value);
        QVERIFY2(created.status() == 201, qPrintable(created.describe()));
        const QJsonObject credential = created.json()[QStringLiteral("application_credential")].toObject();

        AuthConfig config;
        config.type = AuthType::ApplicationCredential;
        config.authUrl = m_ks.url();
        config.secret = credential[QStringLiteral("secret")].toString();
        if (byName) {
            config.applicationCredentialName = name;
            config.username = m_ks.var("KEYSTONE_ADMIN_USER");
            config.userDomainName = QStringLiteral("Default");
        } else {
            config.applicationCredentialId = credential[QStringLiteral("id")].toString();
        }
        // A project in the config must not be sent: Keystone refuses scoped app-credential requests.
        config.projectName = QStringLiteral("admin");
        config.projectDomainId = QStringLiteral("default");
        connectAndList(config);
    }

    void token()
    {
        AuthConfig config;
        config.type = AuthType::Token;
        config.authUrl = m_ks.url();
        const auto admin = m_ks.adminToken();
        QVERIFY2(admin, qPrintable(admin.error));
        config.secret = QString::fromLatin1(admin.value);
        config.projectName = m_ks.var("KEYSTONE_ADMIN_PROJECT");
        config.projectDomainId = QStringLiteral("default");
        connectAndList(config);
    }

    void standaloneWithKeystoneToken()
    {
        AuthConfig config;
        config.type = AuthType::Standalone;
        config.endpointOverride = QUrl(m_ks.var("KEYSTONE_PLACEMENT_PUBLIC_URL"));
        const auto admin = m_ks.adminToken();
        QVERIFY2(admin, qPrintable(admin.error));
        config.secret = QString::fromLatin1(admin.value);
        connectAndList(config);
    }

    void standaloneNoauth2()
    {
        AuthConfig config;
        config.type = AuthType::Standalone;
        config.endpointOverride = QUrl(qEnvironmentVariable("PLACEMENT_URL"));
        config.secret = qEnvironmentVariable("PLACEMENT_TOKEN");
        connectAndList(config);
    }

    void noneIsNotAdminOnNoauth2()
    {
        AuthConfig config;
        config.type = AuthType::None;
        config.endpointOverride = QUrl(qEnvironmentVariable("PLACEMENT_URL"));
        PlacementClient client;
        const ConnectionReport report = connect(client, config, true);
        QVERIFY(!report.ok());
        QCOMPARE(report.error->kind, PlacementError::Kind::Forbidden);
    }

    void wrongPassword()
    {
        AuthConfig config = m_ks.adminConfig();
        config.secret = QStringLiteral("not-the-password");
        PlacementClient client;
        const ConnectionReport report = connect(client, config);
        QVERIFY(!report.ok());
        QCOMPARE(report.error->kind, PlacementError::Kind::Unauthorized);
        QCOMPARE(report.steps.size(), 1);
        QVERIFY2(report.text().contains(QStringLiteral("refused user admin")), qPrintable(report.text()));
        QVERIFY(!report.endpoint.isValid()); // Placement was never contacted
    }

    void roleMayNotList_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addRow("member") << m_ks.var("KEYSTONE_MEMBER_USER") << m_ks.var("KEYSTONE_MEMBER_PASSWORD");
        QTest::addRow("reader") << m_ks.var("KEYSTONE_READER_USER") << m_ks.var("KEYSTONE_READER_PASSWORD");
    }

    void roleMayNotList()
    {
        QFETCH(QString, user);
        QFETCH(QString, password);
        PlacementClient client;
        const ConnectionReport report
            = connect(client, m_ks.passwordConfig(user, password, m_ks.var("KEYSTONE_DEMO_PROJECT")), true);
        QVERIFY(!report.ok());
        QCOMPARE(report.error->kind, PlacementError::Kind::Forbidden);
        QVERIFY2(report.error->message().contains(QStringLiteral("may not list")), qPrintable(report.error->message()));
        QVERIFY2(report.error->message().contains(QStringLiteral("providers")), qPrintable(report.error->message()));
        // Authentication, endpoint and version worked: the report says so before the failure.
        QVERIFY(report.steps.size() >= 4);
        QVERIFY(report.steps.at(report.steps.size() - 2).ok);
    }
};

QTEST_GUILESS_MAIN(TestKeystoneLive)
#include "tst_keystone_live.moc"
