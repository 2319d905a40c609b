// Token renewal against the real Keystone: before expiry (a Keystone whose tokens live
// a few seconds), once after a 401 (a revoked token), and a clear failure when Keystone
// refuses the renewal (a disabled user).

#include <QJsonDocument>
#include <QTest>
#include <QUuid>

#include "authconnection.h"
#include "authsession.h"
#include "keystonetestenv.h"
#include "placementclient.h"
#include "requestlog.h"

class TestRenewalLive : public QObject
{
    Q_OBJECT

    KeystoneTestEnv m_ks;

    static bool connectWith(AuthConnection &connection, const AuthConfig &config)
    {
        std::optional<ConnectionReport> report;
        connection.start(config, [&report](const ConnectionReport &r) { report = r; });
        if (!waitUntil([&] { return report.has_value(); })) {
            qWarning("test: no connection report within 30 s");
            return false;
        }
        if (!report->ok())
            qWarning("%s", qPrintable(report->text()));
        return report->ok();
    }

    static Result<QList<ResourceProvider>> list(PlacementClient &client)
    {
        std::optional<Result<QList<ResourceProvider>>> listed;
        client.listProviders({}, &client, [&listed](const Result<QList<ResourceProvider>> &r) { listed = r; });
        if (!waitUntil([&] { return listed.has_value(); }))
            return PlacementError::make(PlacementError::Kind::Timeout, QStringLiteral("test: no answer"));
        return *listed;
    }

    static int countEntries(const RequestLog *log, int status, const QString &urlSuffix)
    {
        int n = 0;
        for (const RequestLogEntry &e : log->entries())
            n += e.status == status && QUrl(e.url).path().endsWith(urlSuffix) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_ks.isAvailable())
            QSKIP("KEYSTONE_URL not set: run through ctest (keystone fixture)");
    }

    void renewsBeforeExpiry()
    {
        const QUrl shortLived(m_ks.var("KEYSTONE_SHORT_URL"));
        if (shortLived.isEmpty())
            QSKIP("no short-lived Keystone (keystone-server --short-expiration)");
        AuthConfig config = m_ks.adminConfig();
        config.authUrl = shortLived;
        PlacementClient client;
        AuthConnection connection(&client);
        QVERIFY(connectWith(connection, config));
        AuthSession *session = connection.session();
        QCOMPARE(session->tokensIssued(), 1);
        const QByteArray first = session->currentToken();
        const QDateTime firstExpiry = session->token()->expiresAt;

        // Idle until the token is within its renewal margin, as a real session would be.
        QVERIFY(waitUntil([&] { return !session->tokenIsFresh(); }));
        const auto listed = list(client);
        QVERIFY2(listed, listed ? "" : qPrintable(listed.error().fullText()));
        QCOMPARE(session->tokensIssued(), 2);
        QVERIFY(session->currentToken() != first);
        QVERIFY(session->token()->expiresAt > firstExpiry);
        QCOMPARE(countEntries(client.log(), 401, QStringLiteral("/resource_providers")),
                 0); // renewed before, not after
    }

    void renewsOnceAfter401()
    {
        PlacementClient client;
        AuthConnection connection(&client);
        QVERIFY(connectWith(connection, m_ks.adminConfig()));
        AuthSession *session = connection.session();
        const QByteArray revoked = session->currentToken();
        const auto admin = m_ks.adminToken();
        QVERIFY2(admin, qPrintable(admin.error));
        const KeystoneAnswer r = m_ks.request("DELETE", QStringLiteral("/auth/tokens"), {}, admin.value,
                                              { { QByteArrayLiteral("X-Subject-Token"), revoked } });
        QVERIFY2(r.status() == 204, qPrintable(r.describe()));

        // Several requests hit the 401 at once; they share one renewal and are each sent again once.
        std::optional<Result<QList<ResourceProvider>>> a;
        std::optional<Result<QList<ResourceProvider>>> b;
        client.listProviders({}, this, [&a](const Result<QList<ResourceProvider>> &x) { a = x; });
        client.listProviders({}, this, [&b](const Result<QList<ResourceProvider>> &x) { b = x; });
        QVERIFY(waitUntil([&] { return a.has_value() && b.has_value(); }));
        QVERIFY2(a->ok(), a->ok() ? "" : qPrintable(a->error().fullText()));
        QVERIFY2(b->ok(), b->ok() ? "" : qPrintable(b->error().fullText()));
        QVERIFY(session->currentToken() != revoked);
        QCOMPARE(session->tokensIssued(), 2);
        QCOMPARE(countEntries(client.log(), 401, QStringLiteral("/resource_providers")), 2);
        QCOMPARE(countEntries(client.log(), 200, QStringLiteral("/resource_providers")), 2);
    }

    void failsClearlyWhenRenewalIsRefused()
    {
        const QString name
            = QStringLiteral("pi-disabled-") + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
        const QString password = QStringLiteral("pw-") + name;
        const auto user = m_ks.createUser(name, password, QStringLiteral("admin"));
        QVERIFY2(user, qPrintable(user.error));
        PlacementClient client;
        AuthConnection connection(&client);
        QVERIFY(connectWith(connection, m_ks.passwordConfig(name, password, m_ks.var("KEYSTONE_DEMO_PROJECT"))));
        QVERIFY(list(client));

        // Disabling the user revokes its tokens and makes Keystone refuse new ones.
        const auto admin = m_ks.adminToken();
        QVERIFY2(admin, qPrintable(admin.error));
        // Disabling twice ends in the same state, so a lost answer may be asked again.
        const KeystoneAnswer r
            = m_ks.request("PATCH", QStringLiteral("/users/%1").arg(user.value),
                           { { QStringLiteral("user"), QJsonObject { { QStringLiteral("enabled"), false } } } },
                           admin.value, {}, KeystoneTestEnv::Retry::Safe);
        QVERIFY2(r.status() == 200, qPrintable(r.describe()));
        const auto listed = list(client);
        QVERIFY(!listed);
        QCOMPARE(listed.error().kind, PlacementError::Kind::Unauthorized);
        QCOMPARE(connection.session()->tokensIssued(), 1);
        QCOMPARE(countEntries(client.log(), 401, QStringLiteral("/auth/tokens")), 1); // one renewal, no loop
        QCOMPARE(countEntries(client.log(), 401, QStringLiteral("/resource_providers")), 1);
    }
};

QTEST_GUILESS_MAIN(TestRenewalLive)
#include "tst_renewal_live.moc"
