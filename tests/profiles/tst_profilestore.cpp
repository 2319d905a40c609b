// The saved-profile file: round trip, versioning, atomic writes, clear errors, no secrets.

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "profilestore.h"

class TestProfileStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path() const { return m_dir.filePath(QStringLiteral("sub/profiles.json")); }

    static ConnectionProfile sample()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("prod");
        p.auth.type = AuthType::ApplicationCredential;
        p.auth.authUrl = QUrl(QStringLiteral("https://ks.example:5000/v3"));
        p.auth.applicationCredentialId = QStringLiteral("ac-1");
        p.auth.regionName = QStringLiteral("RegionTwo");
        p.auth.interface = QStringLiteral("internal");
        p.auth.versionCap = ApiVersion(1, 29);
        p.auth.computeEndpoint = QUrl(QStringLiteral("https://nova.example:8774/v2.1"));
        p.auth.caFile = QStringLiteral("/etc/ssl/ca.pem");
        p.auth.verifyTls = false;
        p.auth.secret = QStringLiteral("TOP-SECRET-VALUE");
        p.readOnly = true;
        p.aggregateLabels.insert(QStringLiteral("5b2c9b6e-0000-4000-8000-000000000001"), QStringLiteral("rack 1"));
        return p;
    }

private Q_SLOTS:
    void roundTripWithoutSecret()
    {
        ProfileStore store(path());
        store.put(sample());
        QVERIFY(store.save());
        QFile file(path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray written = file.readAll();
        QVERIFY(!written.contains("TOP-SECRET-VALUE"));
        QCOMPARE(QJsonDocument::fromJson(written).object().value(QStringLiteral("version")).toInt(),
                 ProfileStore::formatVersion);

        ProfileStore again(path());
        QVERIFY(again.load());
        QCOMPARE(again.profiles().size(), 1);
        const ConnectionProfile p = again.profiles().first();
        QCOMPARE(p.toJson(), sample().toJson());
        QVERIFY(p.auth.secret.isEmpty());
        QCOMPARE(p.auth.versionCap->toString(), QStringLiteral("1.29"));
        QCOMPARE(p.auth.computeEndpoint.toString(), QStringLiteral("https://nova.example:8774/v2.1"));
        QCOMPARE(p.aggregateLabels.value(QStringLiteral("5b2c9b6e-0000-4000-8000-000000000001")),
                 QStringLiteral("rack 1"));
    }

    void editing()
    {
        ProfileStore store(path());
        store.put(sample());
        QCOMPARE(store.uniqueName(QStringLiteral("prod")), QStringLiteral("prod (2)"));
        ConnectionProfile copy = sample();
        copy.name = store.uniqueName(copy.name);
        store.put(copy);
        QCOMPARE(store.profiles().size(), 2);
        copy.readOnly = false;
        store.put(copy); // replaces
        QCOMPARE(store.profiles().size(), 2);
        QCOMPARE(store.find(QStringLiteral("prod (2)"))->readOnly, false);
        QVERIFY(store.remove(QStringLiteral("prod")));
        QVERIFY(!store.remove(QStringLiteral("prod")));
        QCOMPARE(store.profiles().size(), 1);
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("mention");
        QTest::addRow("not JSON") << QByteArray("{\"version\": 1, ") << QStringLiteral("not valid JSON");
        QTest::addRow("newer version") << QByteArray(R"({"version": 7, "profiles": []})")
                                       << QStringLiteral("version 7");
        QTest::addRow("no version") << QByteArray(R"({"profiles": []})") << QStringLiteral("version 0");
        QTest::addRow("unknown auth type")
            << QByteArray(R"({"version": 1, "profiles": [{"name": "x", "auth_type": "saml"}]})")
            << QStringLiteral("saml");
        QTest::addRow("wrong field type")
            << QByteArray(R"({"version": 1, "profiles": [{"name": "x", "auth_type": "none", "read_only": "yes"}]})")
            << QStringLiteral("read_only");
        QTest::addRow("unnamed profile") << QByteArray(R"({"version": 1, "profiles": [{"auth_type": "none"}]})")
                                         << QStringLiteral("no name");
    }

    void badFiles()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, mention);
        QDir().mkpath(m_dir.filePath(QStringLiteral("sub")));
        QFile file(path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
        file.close();
        ProfileStore store(path());
        const auto result = store.load();
        QVERIFY(!result);
        QVERIFY2(result.error().detail.contains(mention), qPrintable(result.error().detail));
        QVERIFY(result.error().detail.contains(QStringLiteral("profiles.json")));
        QVERIFY(store.profiles().isEmpty());
        // The broken file is left for the operator to fix, not overwritten.
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }

    void missingFileIsEmpty()
    {
        ProfileStore store(m_dir.filePath(QStringLiteral("none/profiles.json")));
        QVERIFY(store.load());
        QVERIFY(store.profiles().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
