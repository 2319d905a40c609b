// Keystone request bodies per auth type and catalog lookups, without a server.

#include <QJsonDocument>
#include <QTest>

#include "keystoneclient.h"

class TestKeystoneCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void authBody_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QStringList>("fields"); // key=value applied to the config
        QTest::addColumn<QByteArray>("expected");
        QTest::addRow("password by name, project by name, project domain")
            << int(AuthType::Password)
            << QStringList { QStringLiteral("username=u"), QStringLiteral("userDomainName=D"),
                             QStringLiteral("projectName=p"), QStringLiteral("projectDomainId=pd") }
            << QByteArray(
                   R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"name":"D"},"name":"u","password":"S"}}},"scope":{"project":{"domain":{"id":"pd"},"name":"p"}}}})");
        QTest::addRow("password, project domain falls back to user domain")
            << int(AuthType::Password)
            << QStringList { QStringLiteral("username=u"), QStringLiteral("userDomainId=ud"),
                             QStringLiteral("projectName=p") }
            << QByteArray(
                   R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"domain":{"id":"ud"},"name":"u","password":"S"}}},"scope":{"project":{"domain":{"id":"ud"},"name":"p"}}}})");
        QTest::addRow("password by user id, domain scope")
            << int(AuthType::Password) << QStringList { QStringLiteral("userId=42"), QStringLiteral("domainName=dn") }
            << QByteArray(
                   R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"42","password":"S"}}},"scope":{"domain":{"name":"dn"}}}})");
        QTest::addRow("system scope")
            << int(AuthType::Password) << QStringList { QStringLiteral("userId=42"), QStringLiteral("system=1") }
            << QByteArray(
                   R"({"auth":{"identity":{"methods":["password"],"password":{"user":{"id":"42","password":"S"}}},"scope":{"system":{"all":true}}}})");
        QTest::addRow("application credential by id, scope dropped")
            << int(AuthType::ApplicationCredential)
            << QStringList { QStringLiteral("appId=ac"), QStringLiteral("projectId=p") }
            << QByteArray(
                   R"({"auth":{"identity":{"application_credential":{"id":"ac","secret":"S"},"methods":["application_credential"]}}})");
        QTest::addRow("application credential by name")
            << int(AuthType::ApplicationCredential)
            << QStringList { QStringLiteral("appName=ci"), QStringLiteral("username=u"),
                             QStringLiteral("userDomainName=D") }
            << QByteArray(
                   R"({"auth":{"identity":{"application_credential":{"name":"ci","secret":"S","user":{"domain":{"name":"D"},"name":"u"}},"methods":["application_credential"]}}})");
        QTest::addRow("token, project id")
            << int(AuthType::Token) << QStringList { QStringLiteral("projectId=p1") }
            << QByteArray(
                   R"({"auth":{"identity":{"methods":["token"],"token":{"id":"S"}},"scope":{"project":{"id":"p1"}}}})");
    }

    void authBody()
    {
        QFETCH(int, type);
        QFETCH(QStringList, fields);
        QFETCH(QByteArray, expected);
        AuthConfig c;
        c.type = static_cast<AuthType>(type);
        c.secret = QStringLiteral("S");
        for (const QString &f : fields) {
            const QString k = f.section(QLatin1Char('='), 0, 0);
            const QString v = f.section(QLatin1Char('='), 1);
            QString *target = k == QLatin1String("username") ? &c.username
                : k == QLatin1String("userId")               ? &c.userId
                : k == QLatin1String("userDomainName")       ? &c.userDomainName
                : k == QLatin1String("userDomainId")         ? &c.userDomainId
                : k == QLatin1String("projectName")          ? &c.projectName
                : k == QLatin1String("projectId")            ? &c.projectId
                : k == QLatin1String("projectDomainId")      ? &c.projectDomainId
                : k == QLatin1String("domainName")           ? &c.domainName
                : k == QLatin1String("appId")                ? &c.applicationCredentialId
                : k == QLatin1String("appName")              ? &c.applicationCredentialName
                                                             : nullptr;
            if (k == QLatin1String("system"))
                c.systemScope = true;
            else
                QVERIFY2(target, qPrintable(k));
            if (target)
                *target = v;
        }
        QCOMPARE(QJsonDocument(KeystoneClient::authBody(c)).toJson(QJsonDocument::Compact), expected);
    }

    void find_data()
    {
        QTest::addColumn<QString>("interface");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("expected"); // URL, or "!" + a word of the error
        QTest::addRow("public first match")
            << QStringLiteral("public") << QString() << QStringLiteral("https://a.example/placement");
        QTest::addRow("publicURL spelling")
            << QStringLiteral("publicURL") << QString() << QStringLiteral("https://a.example/placement");
        QTest::addRow("region") << QStringLiteral("public") << QStringLiteral("R2")
                                << QStringLiteral("https://b.example/placement");
        QTest::addRow("internal") << QStringLiteral("internal") << QStringLiteral("R1")
                                  << QStringLiteral("http://10.0.0.1:8778");
        QTest::addRow("missing interface in region")
            << QStringLiteral("internal") << QStringLiteral("R2") << QStringLiteral("!public in R2");
    }

    void find()
    {
        QFETCH(QString, interface);
        QFETCH(QString, region);
        QFETCH(QString, expected);
        // (One-line strings: moc mis-parses raw strings that span lines.)
        const QByteArray catalog
            = R"([{"type": "identity", "endpoints": [{"interface": "public", "region_id": "R1", "url": "https://k"}]},)"
              R"({"type": "placement", "endpoints": [)"
              R"({"interface": "public", "region_id": "R1", "url": "https://a.example/placement"},)"
              R"({"interface": "internal", "region_id": "R1", "url": "http://10.0.0.1:8778"},)"
              R"({"interface": "public", "region": "R2", "url": "https://b.example/placement"}]}])";
        const auto c = KeystoneCatalog::fromJson(QJsonDocument::fromJson(catalog).array());
        const auto url = c.find(QStringLiteral("placement"), interface, region);
        if (expected.startsWith(QLatin1Char('!'))) {
            QVERIFY(!url);
            QVERIFY2(url.error().detail.contains(expected.mid(1)), qPrintable(url.error().detail));
        } else {
            QVERIFY(url);
            QCOMPARE(url.value().toString(), expected);
        }
    }

    void missingService()
    {
        const auto c = KeystoneCatalog::fromJson(
            QJsonDocument::fromJson(
                "[{\"type\": \"identity\", \"endpoints\": [{\"interface\": \"public\", \"url\": \"https://k\"}]}]")
                .array());
        const auto url = c.find(QStringLiteral("placement"), QStringLiteral("public"), {});
        QVERIFY(!url);
        QVERIFY(url.error().detail.contains(QStringLiteral("identity")));
        QVERIFY(!KeystoneCatalog().find(QStringLiteral("placement"), QStringLiteral("public"), {}));
    }
};

QTEST_GUILESS_MAIN(TestKeystoneCatalog)
#include "tst_keystonecatalog.moc"
