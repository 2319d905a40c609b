// clouds.yaml / secure.yaml / OS_* resolution: search order, merging and every auth type,
// checked against openstacksdk's own loader where the machine has it.

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cloudresolver.h"
#include "cloudsconfig.h"

namespace {

// Every field of a resolved profile as text, so rows can name the ones they expect.
QMap<QString, QString> describe(const ConnectionProfile &p)
{
    const AuthConfig &a = p.auth;
    return {
        { QStringLiteral("type"), AuthConfig::typeName(a.type) },
        { QStringLiteral("auth_url"), a.authUrl.toString() },
        { QStringLiteral("username"), a.username },
        { QStringLiteral("user_id"), a.userId },
        { QStringLiteral("user_domain"), a.userDomainName + a.userDomainId },
        { QStringLiteral("project"), a.projectName + a.projectId },
        { QStringLiteral("project_domain"), a.projectDomainName + a.projectDomainId },
        { QStringLiteral("domain"), a.domainName + a.domainId },
        { QStringLiteral("system"), a.systemScope ? QStringLiteral("all") : QString() },
        { QStringLiteral("appcred"), a.applicationCredentialId + a.applicationCredentialName },
        { QStringLiteral("secret"), a.secret },
        { QStringLiteral("region"), a.regionName },
        { QStringLiteral("interface"), a.interface },
        { QStringLiteral("endpoint"), a.endpointOverride.toString() },
        { QStringLiteral("compute"), a.computeEndpoint.toString() },
        { QStringLiteral("version"), a.versionCap ? a.versionCap->toString() : QString() },
        { QStringLiteral("verify"), a.verifyTls ? QStringLiteral("true") : QStringLiteral("false") },
        { QStringLiteral("cacert"), a.caFile },
        { QStringLiteral("cert"), a.certFile + QLatin1Char('|') + a.keyFile },
    };
}

// "key=value;key=value"
QMap<QString, QString> expectations(const QString &spec)
{
    QMap<QString, QString> map;
    for (const QString &pair : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const int eq = pair.indexOf(QLatin1Char('='));
        map.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return map;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
}

} // namespace

class TestCloudsConfig : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QProcessEnvironment m_env;

    QString loc(const QString &name) const
    {
        const QString root = m_tmp.path();
        if (name == QLatin1String("override"))
            return root + QStringLiteral("/custom/my-clouds.yaml");
        if (name == QLatin1String("cwd"))
            return root + QStringLiteral("/cwd");
        if (name == QLatin1String("xdg"))
            return root + QStringLiteral("/xdg/openstack");
        if (name == QLatin1String("home"))
            return root + QStringLiteral("/home/.config/openstack");
        if (name == QLatin1String("site"))
            return root + QStringLiteral("/site1/openstack");
        return root + QStringLiteral("/site2/openstack"); // second XDG_CONFIG_DIRS entry: not searched
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_tmp.isValid());
        QDir(m_tmp.path()).removeRecursively();
        QDir().mkpath(m_tmp.path() + QStringLiteral("/cwd"));
        m_env = QProcessEnvironment();
        m_env.insert(QStringLiteral("HOME"), m_tmp.path() + QStringLiteral("/home"));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_tmp.path() + QStringLiteral("/xdg"));
        m_env.insert(QStringLiteral("XDG_CONFIG_DIRS"), m_tmp.path() + QStringLiteral("/site1"));
        m_env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
    }

    void searchOrder_data()
    {
        QTest::addColumn<QStringList>("present"); // "location/file name"
        QTest::addColumn<QString>("winner");
        const QString c = QStringLiteral("clouds.yaml");
        QTest::addRow("override beats all")
            << QStringList { QStringLiteral("override/"), QStringLiteral("cwd/") + c, QStringLiteral("xdg/") + c }
            << QStringLiteral("override");
        QTest::addRow("current dir") << QStringList { QStringLiteral("cwd/") + c, QStringLiteral("xdg/") + c,
                                                      QStringLiteral("home/") + c, QStringLiteral("site/") + c }
                                     << QStringLiteral("cwd/") + c;
        QTest::addRow("XDG_CONFIG_HOME") << QStringList { QStringLiteral("xdg/") + c, QStringLiteral("home/") + c,
                                                          QStringLiteral("site/") + c }
                                         << QStringLiteral("xdg/") + c;
        QTest::addRow("~/.config") << QStringList { QStringLiteral("home/") + c, QStringLiteral("site/") + c }
                                   << QStringLiteral("home/") + c;
        QTest::addRow("XDG_CONFIG_DIRS") << QStringList { QStringLiteral("site/") + c } << QStringLiteral("site/") + c;
        // openstacksdk's appdirs call joins several entries into one bogus directory name.
        QTest::addRow("XDG_CONFIG_DIRS with two entries finds nothing")
            << QStringList { QStringLiteral("site/") + c, QStringLiteral("site2/") + c } << QString();
        QTest::addRow("yaml before yml") << QStringList { QStringLiteral("xdg/clouds.yml"), QStringLiteral("xdg/") + c }
                                         << QStringLiteral("xdg/") + c;
        QTest::addRow("yml before json") << QStringList { QStringLiteral("xdg/clouds.json"),
                                                          QStringLiteral("xdg/clouds.yml") }
                                         << QStringLiteral("xdg/clouds.yml");
        QTest::addRow("json alone") << QStringList { QStringLiteral("home/clouds.json") }
                                    << QStringLiteral("home/clouds.json");
    }

    void searchOrder()
    {
        QFETCH(QStringList, present);
        QFETCH(QString, winner);
        if (QFileInfo::exists(QStringLiteral("/etc/openstack")) && winner.isEmpty())
            QSKIP("/etc/openstack exists on this machine");
        if (present.join(QLatin1Char(' ')).contains(QLatin1String("site2/")))
            m_env.insert(QStringLiteral("XDG_CONFIG_DIRS"),
                         m_tmp.path() + QStringLiteral("/site1:") + m_tmp.path() + QStringLiteral("/site2"));
        for (const QString &entry : present) {
            const QString where = entry.section(QLatin1Char('/'), 0, 0);
            const QString file = entry.section(QLatin1Char('/'), 1);
            const QString path = where == QLatin1String("override") ? loc(where) : loc(where) + QLatin1Char('/') + file;
            if (where == QLatin1String("override"))
                m_env.insert(QStringLiteral("OS_CLIENT_CONFIG_FILE"), path);
            const QByteArray url = "http://k:5000/" + entry.toUtf8().replace('/', '-');
            writeFile(path,
                      file.endsWith(QLatin1String(".json"))
                          ? R"({"clouds": {"c": {"auth": {"auth_url": ")" + url + R"(", "username": "u",
                               "user_domain_name": "Default"}}}})"
                          : "clouds:\n  c:\n    auth:\n      auth_url: " + url
                              + "\n      username: u\n      user_domain_name: Default\n");
        }
        const auto config = CloudsConfig::load(m_env, loc(QStringLiteral("cwd")));
        QVERIFY2(config, config ? "" : qPrintable(config.error().detail));
        if (winner.isEmpty()) {
            QVERIFY(config.value().cloudsFile().isEmpty());
            QVERIFY(!config.value().cloud(QStringLiteral("c")));
            return;
        }
        const auto cloud = config.value().cloud(QStringLiteral("c"));
        QVERIFY2(cloud, cloud ? "" : qPrintable(cloud.error().detail));
        const QString tag = winner == QLatin1String("override")
            ? QStringLiteral("override-")
            : QString(winner).replace(QLatin1Char('/'), QLatin1Char('-'));
        QCOMPARE(cloud.value().auth.authUrl.path(), QStringLiteral("/") + tag);
        QVERIFY(cloud.value().origin.contains(config.value().cloudsFile()));

        // openstacksdk itself, reading the same files, must pick the same one.
        if (!QFileInfo::exists(QStringLiteral("/usr/lib/python3/dist-packages/openstack/config/loader.py")))
            return;
        QProcess python;
        python.setProcessEnvironment(m_env);
        python.setWorkingDirectory(loc(QStringLiteral("cwd")));
        python.start(QStringLiteral("/usr/bin/python3"),
                     { QStringLiteral("-c"),
                       QStringLiteral("import openstack.config as c\n"
                                      "print(c.OpenStackConfig().get_one(cloud='c').config['auth']['auth_url'])") });
        QVERIFY(python.waitForFinished(60000));
        QCOMPARE(QString::fromUtf8(python.readAllStandardOutput()).trimmed(), cloud.value().auth.authUrl.toString());
    }

    void authTypes_data()
    {
        QTest::addColumn<QByteArray>("clouds");
        QTest::addColumn<QByteArray>("secure");
        QTest::addColumn<QString>("expected");
        const QByteArray ks = "    auth:\n      auth_url: https://ks.example:5000\n";
        QTest::addRow("password, defaults")
            << QByteArray(
                   "clouds:\n  c:\n" + ks
                   + "      username: alice\n      password: pw\n"
                     "      user_domain_name: Default\n      project_name: p\n      project_domain_id: default\n")
            << QByteArray()
            << QStringLiteral("type=password;username=alice;secret=pw;project=p;project_domain=default;"
                              "interface=public;verify=true;region=");
        QTest::addRow("v3password, domain_name is the default domain")
            << QByteArray("clouds:\n  c:\n    auth_type: v3password\n" + ks
                          + "      username: alice\n      project_name: p\n      domain_name: Corp\n")
            << QByteArray() << QStringLiteral("type=password;user_domain=Corp;project_domain=Corp;domain=");
        QTest::addRow("password, domain scope")
            << QByteArray("clouds:\n  c:\n" + ks + "      user_id: 42\n      domain_id: d1\n") << QByteArray()
            << QStringLiteral("type=password;user_id=42;domain=d1;project=");
        QTest::addRow("password, system scope")
            << QByteArray("clouds:\n  c:\n" + ks + "      user_id: 42\n      system_scope: all\n") << QByteArray()
            << QStringLiteral("system=all");
        QTest::addRow("password from secure.yaml, deep merge")
            << QByteArray("clouds:\n  c:\n" + ks + "      username: alice\n      user_domain_name: Default\n")
            << QByteArray("clouds:\n  c:\n    auth:\n      password: from-secure\n")
            << QStringLiteral("username=alice;secret=from-secure;auth_url=https://ks.example:5000");
        QTest::addRow("application credential by id")
            << QByteArray("clouds:\n  c:\n    auth_type: v3applicationcredential\n" + ks
                          + "      application_credential_id: ac1\n      application_credential_secret: s\n")
            << QByteArray() << QStringLiteral("type=v3applicationcredential;appcred=ac1;secret=s");
        QTest::addRow("application credential by name and user")
            << QByteArray(
                   "clouds:\n  c:\n    auth_type: v3applicationcredential\n" + ks
                   + "      application_credential_name: ci\n      username: bob\n      user_domain_id: default\n")
            << QByteArray("clouds:\n  c:\n    auth:\n      application_credential_secret: s2\n")
            << QStringLiteral("appcred=ci;username=bob;secret=s2");
        QTest::addRow("token, inferred") << QByteArray("clouds:\n  c:\n" + ks
                                                       + "      token: t0k\n      project_id: p1\n")
                                         << QByteArray() << QStringLiteral("type=token;secret=t0k;project=p1");
        QTest::addRow("v3token") << QByteArray("clouds:\n  c:\n    auth_type: v3token\n" + ks + "      token: t1\n")
                                 << QByteArray() << QStringLiteral("type=token;secret=t1");
        QTest::addRow("admin_token") << QByteArray(
            "clouds:\n  c:\n    auth_type: admin_token\n    auth:\n      endpoint: http://pl:8778\n"
            "      token: admin\n") << QByteArray()
                                     << QStringLiteral("type=admin_token;endpoint=http://pl:8778;secret=admin");
        QTest::addRow("token_endpoint, override wins")
            << QByteArray("clouds:\n  c:\n    auth_type: token_endpoint\n    placement_endpoint_override: http://o:1\n"
                          "    auth:\n      endpoint: http://pl:8778\n      token: admin\n")
            << QByteArray() << QStringLiteral("type=admin_token;endpoint=http://o:1");
        QTest::addRow("none") << QByteArray(
            "clouds:\n  c:\n    auth_type: none\n    placement_endpoint_override: http://pl:8778\n")
                              << QByteArray() << QStringLiteral("type=none;endpoint=http://pl:8778;secret=");
        QTest::addRow("regions list, first, with values")
            << QByteArray("clouds:\n  c:\n" + ks
                          + "      user_id: 1\n    regions:\n      - name: R1\n        values:\n"
                            "          interface: internal\n      - R2\n")
            << QByteArray() << QStringLiteral("region=R1;interface=internal");
        QTest::addRow("region_name beats regions")
            << QByteArray("clouds:\n  c:\n" + ks + "      user_id: 1\n    region_name: R9\n    regions: [R1]\n")
            << QByteArray() << QStringLiteral("region=R9");
        QTest::addRow("placement options")
            << QByteArray("clouds:\n  c:\n" + ks
                          + "      user_id: 1\n    interface: internalURL\n"
                            "    placement_interface: admin\n    placement_api_version: '1.29'\n"
                            "    placement_endpoint_override: https://pl.example/placement\n")
            << QByteArray() << QStringLiteral("interface=admin;version=1.29;endpoint=https://pl.example/placement");
        QTest::addRow("compute endpoint override")
            << QByteArray("clouds:\n  c:\n" + ks
                          + "      user_id: 1\n    compute_endpoint_override: http://nova.example:8774/v2.1\n")
            << QByteArray() << QStringLiteral("compute=http://nova.example:8774/v2.1;endpoint=");
        QTest::addRow("insecure string true")
            << QByteArray("clouds:\n  c:\n" + ks + "      user_id: 1\n    insecure: 'true'\n") << QByteArray()
            << QStringLiteral("verify=false");
        QTest::addRow("insecure quoted yes is not true")
            << QByteArray("clouds:\n  c:\n" + ks + "      user_id: 1\n    insecure: 'yes'\n") << QByteArray()
            << QStringLiteral("verify=true");
        QTest::addRow("insecure plain yes is a YAML boolean")
            << QByteArray("clouds:\n  c:\n" + ks + "      user_id: 1\n    insecure: yes\n") << QByteArray()
            << QStringLiteral("verify=false");
        QTest::addRow("insecure beats verify")
            << QByteArray("clouds:\n  c:\n" + ks + "      user_id: 1\n    verify: true\n    insecure: True\n")
            << QByteArray() << QStringLiteral("verify=false");
        QTest::addRow("verify false, TLS files")
            << QByteArray("clouds:\n  c:\n" + ks
                          + "      user_id: 1\n    verify: false\n    cacert: /ca.pem\n"
                            "    cert: /c.pem\n    key: /k.pem\n")
            << QByteArray() << QStringLiteral("verify=false;cacert=/ca.pem;cert=/c.pem|/k.pem");
        QTest::addRow("top-level auth keys")
            << QByteArray("clouds:\n  c:\n    auth_url: http://top:5000\n    username: u\n"
                          "    user_domain_name: D\n    password: p\n")
            << QByteArray() << QStringLiteral("auth_url=http://top:5000;username=u;secret=p");
    }

    void authTypes()
    {
        QFETCH(QByteArray, clouds);
        QFETCH(QByteArray, secure);
        QFETCH(QString, expected);
        writeFile(loc(QStringLiteral("xdg")) + QStringLiteral("/clouds.yaml"), clouds);
        if (!secure.isEmpty())
            writeFile(loc(QStringLiteral("home")) + QStringLiteral("/secure.yaml"), secure);
        const auto config = CloudsConfig::load(m_env, loc(QStringLiteral("cwd")));
        QVERIFY2(config, config ? "" : qPrintable(config.error().detail));
        const auto cloud = config.value().cloud(QStringLiteral("c"));
        QVERIFY2(cloud, cloud ? "" : qPrintable(cloud.error().detail));
        const auto actual = describe(cloud.value());
        const auto wanted = expectations(expected);
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it)
            QCOMPARE(actual.value(it.key()), it.value());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("clouds");
        QTest::addColumn<QString>("cloud");
        QTest::addColumn<QStringList>("mentions");
        QTest::addRow("bad YAML") << QByteArray("clouds:\n  c:\n    auth: [unclosed\n") << QStringLiteral("c")
                                  << QStringList { QStringLiteral("clouds.yaml:") };
        QTest::addRow("unknown auth type")
            << QByteArray("clouds:\n  prod:\n    auth_type: saml2\n") << QStringLiteral("prod")
            << QStringList { QStringLiteral("\"prod\""), QStringLiteral("clouds.yaml"), QStringLiteral("saml2") };
        QTest::addRow("missing auth_url")
            << QByteArray("clouds:\n  prod:\n    auth:\n      username: u\n") << QStringLiteral("prod")
            << QStringList { QStringLiteral("\"prod\""), QStringLiteral("auth_url") };
        QTest::addRow("missing user domain")
            << QByteArray("clouds:\n  prod:\n    auth:\n      auth_url: http://k\n      username: u\n")
            << QStringLiteral("prod") << QStringList { QStringLiteral("user domain") };
        QTest::addRow("unknown cloud") << QByteArray("clouds:\n  a: {}\n  b: {}\n") << QStringLiteral("zz")
                                       << QStringList { QStringLiteral("\"zz\""), QStringLiteral("a, b") };
        QTest::addRow("bad interface") << QByteArray(
            "clouds:\n  c:\n    auth_url: http://k\n    user_id: 1\n    interface: private\n")
                                       << QStringLiteral("c") << QStringList { QStringLiteral("private") };
        QTest::addRow("auth not a mapping") << QByteArray("clouds:\n  c:\n    auth: text\n") << QStringLiteral("c")
                                            << QStringList { QStringLiteral("\"auth\"") };
        // Regression inputs of fuzz_clouds_yaml: the conversion recursed until the stack overflowed.
        QTest::addRow("alias inside its own anchor")
            << QByteArray("base: &base\n  auth_type: password\n  self: *base\nclouds:\n  c: {}\n")
            << QStringLiteral("c")
            << QStringList { QStringLiteral("clouds.yaml:"), QStringLiteral("nested deeper than 64 levels") };
        QByteArray laughs = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n";
        for (int i = 1; i < 6; ++i) {
            const QByteArray previous = " *l" + QByteArray::number(i - 1) + ",";
            laughs
                += "l" + QByteArray::number(i) + ": &l" + QByteArray::number(i) + " [" + previous.repeated(10) + "]\n";
        }
        QTest::addRow("aliases expanding exponentially")
            << laughs << QStringLiteral("c") << QStringList { QStringLiteral("more than 100000 values") };
    }

    void errors()
    {
        QFETCH(QByteArray, clouds);
        QFETCH(QString, cloud);
        QFETCH(QStringList, mentions);
        writeFile(loc(QStringLiteral("xdg")) + QStringLiteral("/clouds.yaml"), clouds);
        const auto config = CloudsConfig::load(m_env, loc(QStringLiteral("cwd")));
        const PlacementError error = config ? config.value().cloud(cloud).error() : config.error();
        QCOMPARE(error.kind, PlacementError::Kind::InvalidInput);
        for (const QString &m : mentions)
            QVERIFY2(error.detail.contains(m), qPrintable(error.detail));
    }

    void environmentOverridesCloud_data()
    {
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<QString>("expected");
        QTest::addRow("OS_PASSWORD wins over secure.yaml")
            << QStringList { QStringLiteral("OS_PASSWORD=envpw") } << QStringLiteral("secret=envpw;username=alice");
        QTest::addRow("region and interface")
            << QStringList { QStringLiteral("OS_REGION_NAME=R2"), QStringLiteral("OS_INTERFACE=internal") }
            << QStringLiteral("region=R2;interface=internal");
        QTest::addRow("OS_INSECURE") << QStringList { QStringLiteral("OS_INSECURE=true") }
                                     << QStringLiteral("verify=false");
        QTest::addRow("OS_PLACEMENT_API_VERSION")
            << QStringList { QStringLiteral("OS_PLACEMENT_API_VERSION=1.20") } << QStringLiteral("version=1.20");
        QTest::addRow("nothing set") << QStringList {} << QStringLiteral("secret=yamlpw;region=R1");
    }

    void environmentOverridesCloud()
    {
        QFETCH(QStringList, vars);
        QFETCH(QString, expected);
        writeFile(
            loc(QStringLiteral("xdg")) + QStringLiteral("/clouds.yaml"),
            "clouds:\n  c:\n    region_name: R1\n    auth:\n      auth_url: http://k:5000\n      username: alice\n"
            "      password: yamlpw\n      user_domain_name: Default\n");
        QProcessEnvironment env;
        for (const QString &v : vars)
            env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        const auto config = CloudsConfig::load(m_env, loc(QStringLiteral("cwd")));
        QVERIFY(config);
        const auto cloud = config.value().cloud(QStringLiteral("c"), CloudResolver::fromEnvironment(env));
        QVERIFY2(cloud, cloud ? "" : qPrintable(cloud.error().detail));
        const auto actual = describe(cloud.value());
        const auto wanted = expectations(expected);
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it)
            QCOMPARE(actual.value(it.key()), it.value());
    }

    void environmentAlone_data()
    {
        QTest::addColumn<QStringList>("vars");
        QTest::addColumn<QString>("expected");
        QTest::addRow("password") << QStringList { QStringLiteral("OS_AUTH_URL=http://k:5000/v3"),
                                                   QStringLiteral("OS_USERNAME=u"),
                                                   QStringLiteral("OS_PASSWORD=p"),
                                                   QStringLiteral("OS_USER_DOMAIN_NAME=Default"),
                                                   QStringLiteral("OS_PROJECT_NAME=pr"),
                                                   QStringLiteral("OS_PROJECT_DOMAIN_NAME=Default") }
                                  << QStringLiteral("type=password;username=u;secret=p;project=pr");
        QTest::addRow("application credential") << QStringList {
            QStringLiteral("OS_AUTH_URL=http://k:5000/v3"), QStringLiteral("OS_AUTH_TYPE=v3applicationcredential"),
            QStringLiteral("OS_APPLICATION_CREDENTIAL_ID=ac"), QStringLiteral("OS_APPLICATION_CREDENTIAL_SECRET=s")
        } << QStringLiteral("type=v3applicationcredential;appcred=ac;secret=s");
        QTest::addRow("token with endpoint is standalone")
            << QStringList { QStringLiteral("OS_TOKEN=admin"), QStringLiteral("OS_ENDPOINT=http://pl:8778") }
            << QStringLiteral("type=admin_token;endpoint=http://pl:8778;secret=admin");
        QTest::addRow("token with auth url")
            << QStringList { QStringLiteral("OS_TOKEN=t"), QStringLiteral("OS_AUTH_URL=http://k:5000") }
            << QStringLiteral("type=token;secret=t");
    }

    void environmentAlone()
    {
        QFETCH(QStringList, vars);
        QFETCH(QString, expected);
        QProcessEnvironment env;
        for (const QString &v : vars)
            env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        const auto cloud = CloudResolver::resolve(QStringLiteral("envvars"), CloudResolver::fromEnvironment(env), {});
        QVERIFY2(cloud, cloud ? "" : qPrintable(cloud.error().detail));
        const auto actual = describe(cloud.value());
        const auto wanted = expectations(expected);
        for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it)
            QCOMPARE(actual.value(it.key()), it.value());
    }
};

QTEST_GUILESS_MAIN(TestCloudsConfig)
#include "tst_cloudsconfig.moc"
