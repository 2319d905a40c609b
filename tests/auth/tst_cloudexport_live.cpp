// `placement-inspector --cloud NAME --export out.json` from a clouds.yaml in a temporary
// XDG_CONFIG_HOME, against the real Keystone and its Placement; OS_CLOUD alone works too,
// and a wrong secret fails with a message and no file.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "keystonetestenv.h"

using EnvMap = QMap<QString, QString>; // QFETCH cannot take a type with a comma

class TestCloudExportLive : public QObject
{
    Q_OBJECT

    KeystoneTestEnv m_ks;
    QTemporaryDir m_home;

    int run(const QStringList &args, const QMap<QString, QString> &extraEnv, QString *output)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &name : env.keys()) {
            if (name.startsWith(QLatin1String("OS_")))
                env.remove(name);
        }
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        for (auto it = extraEnv.constBegin(); it != extraEnv.constEnd(); ++it)
            env.insert(it.key(), it.value());
        QProcess p;
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_home.path());
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(qEnvironmentVariable("PI_BINARY"), args);
        if (!p.waitForFinished(120000))
            return -1;
        *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_ks.isAvailable() || qEnvironmentVariableIsEmpty("PI_BINARY"))
            QSKIP("needs the keystone fixture and PI_BINARY (run through ctest)");
        QDir().mkpath(m_home.filePath(QStringLiteral("config/openstack")));
        QFile clouds(m_home.filePath(QStringLiteral("config/openstack/clouds.yaml")));
        QVERIFY(clouds.open(QIODevice::WriteOnly));
        clouds.write(
            QStringLiteral("clouds:\n  test:\n    region_name: RegionOne\n    auth:\n      auth_url: %1\n"
                           "      username: %2\n      user_domain_name: Default\n      project_name: %3\n"
                           "      project_domain_name: Default\n  broken:\n    auth_type: saml2\n")
                .arg(m_ks.url().toString(), m_ks.var("KEYSTONE_ADMIN_USER"), m_ks.var("KEYSTONE_ADMIN_PROJECT"))
                .toUtf8());
        clouds.close();
        QFile secure(m_home.filePath(QStringLiteral("config/openstack/secure.yaml")));
        QVERIFY(secure.open(QIODevice::WriteOnly));
        secure.write(QStringLiteral("clouds:\n  test:\n    auth:\n      password: %1\n")
                         .arg(m_ks.var("KEYSTONE_ADMIN_PASSWORD"))
                         .toUtf8());
    }

    void exportWithCloud_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("osCloud");
        QTest::addRow("--cloud") << QStringList { QStringLiteral("--cloud"), QStringLiteral("test") } << QString();
        QTest::addRow("OS_CLOUD") << QStringList {} << QStringLiteral("test");
    }

    void exportWithCloud()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, osCloud);
        const QString out
            = m_home.filePath(QStringLiteral("out-%1.json").arg(QTest::currentDataTag()[0] == '-' ? 1 : 2));
        QString output;
        QMap<QString, QString> env;
        if (!osCloud.isEmpty())
            env.insert(QStringLiteral("OS_CLOUD"), osCloud);
        const int code = run(args + QStringList { QStringLiteral("--export"), out }, env, &output);
        QVERIFY2(code == 0, qPrintable(output));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error {};
        QJsonDocument::fromJson(file.readAll(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(!output.contains(m_ks.var("KEYSTONE_ADMIN_PASSWORD")));
    }

    void failures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<EnvMap>("env");
        QTest::addColumn<QString>("mention");
        QTest::addRow("wrong password from OS_PASSWORD")
            << QStringList { QStringLiteral("--cloud"), QStringLiteral("test") }
            << QMap<QString, QString> { { QStringLiteral("OS_PASSWORD"), QStringLiteral("wrong") } }
            << QStringLiteral("refused user admin");
        QTest::addRow("unknown cloud") << QStringList { QStringLiteral("--cloud"), QStringLiteral("nope") }
                                       << QMap<QString, QString> {} << QStringLiteral("\"nope\"");
        QTest::addRow("unsupported auth type") << QStringList { QStringLiteral("--cloud"), QStringLiteral("broken") }
                                               << QMap<QString, QString> {} << QStringLiteral("saml2");
    }

    void failures()
    {
        QFETCH(QStringList, args);
        QFETCH(EnvMap, env);
        QFETCH(QString, mention);
        const QString out = m_home.filePath(QStringLiteral("fail.json"));
        QString output;
        const int code = run(args + QStringList { QStringLiteral("--export"), out }, env, &output);
        QCOMPARE(code, 1);
        QVERIFY2(output.contains(mention), qPrintable(output));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_GUILESS_MAIN(TestCloudExportLive)
#include "tst_cloudexport_live.moc"
