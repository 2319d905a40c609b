// Secrets in a real Secret Service (gnome-keyring on a private bus, started by the
// "keyring" fixture), and the no-keyring path: nothing stored, the caller told why.

#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QUuid>

#include "secretstore.h"

namespace {

SecretStore::Answer wait(const std::function<void(SecretStore::Callback)> &call)
{
    std::optional<SecretStore::Answer> answer;
    call([&answer](const SecretStore::Answer &a) { answer = a; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
        return { SecretStore::Status::Unavailable, {}, QStringLiteral("test: no answer within 30 s") };
    return *answer;
}

// Looks the entry up with secret-tool: an independent client of the same keyring.
QString lookupWithSecretTool(const QString &service, const QString &key)
{
    QProcess p;
    p.start(QStringLiteral("secret-tool"),
            { QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key });
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

    QString m_service = QStringLiteral("pi-test-") + QUuid::createUuid().toString(QUuid::WithoutBraces);

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("TEST_KEYRING_DIR"))
            QSKIP("no test keyring (run through ctest: the keyring fixture starts one)");
    }

    void writeReadRemove()
    {
        const QString key = QStringLiteral("profile:prod");
        const QString secret = QStringLiteral("pässwörd with spaces");
        SecretStore store(m_service);
        auto written = wait([&](auto cb) { store.write(key, secret, true, cb); });
        QCOMPARE(written.status, SecretStore::Status::Found);
        QCOMPARE(lookupWithSecretTool(m_service, key), secret);

        SecretStore fresh(m_service); // no session cache: must come from the keyring
        auto read = wait([&](auto cb) { fresh.read(key, cb); });
        QCOMPARE(read.status, SecretStore::Status::Found);
        QCOMPARE(read.secret, secret);

        auto removed = wait([&](auto cb) { fresh.remove(key, cb); });
        QVERIFY(removed.status != SecretStore::Status::Unavailable);
        QVERIFY(lookupWithSecretTool(m_service, key).isEmpty());
        SecretStore third(m_service);
        QCOMPARE(wait([&](auto cb) { third.read(key, cb); }).status, SecretStore::Status::NotFound);
    }

    void notRememberedStaysInSession()
    {
        const QString key = QStringLiteral("profile:session-only");
        SecretStore store(m_service);
        wait([&](auto cb) { store.write(key, QStringLiteral("s1"), false, cb); });
        QCOMPARE(wait([&](auto cb) { store.read(key, cb); }).secret, QStringLiteral("s1"));
        QVERIFY(lookupWithSecretTool(m_service, key).isEmpty());
        SecretStore other(m_service);
        QCOMPARE(wait([&](auto cb) { other.read(key, cb); }).status, SecretStore::Status::NotFound);
    }

    void noKeyringAnswers()
    {
        // Runs the same checks in a child process whose session bus points nowhere.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        env.insert(QStringLiteral("PI_SECRETSTORE_CHILD"), QStringLiteral("1"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("unavailableChild") });
        QVERIFY(child.waitForFinished(120000));
        QVERIFY2(child.exitCode() == 0, child.readAll().constData());
    }

    void unavailableChild()
    {
        if (qEnvironmentVariableIsEmpty("PI_SECRETSTORE_CHILD"))
            QSKIP("runs inside noKeyringAnswers()");
        SecretStore store(m_service);
        const auto written = wait([&](auto cb) { store.write(QStringLiteral("k"), QStringLiteral("s"), true, cb); });
        QCOMPARE(written.status, SecretStore::Status::Unavailable);
        QVERIFY(!written.message.isEmpty());
        QVERIFY(store.keyringKnownUnavailable());
        // Still usable for this session, from memory only.
        QCOMPARE(wait([&](auto cb) { store.read(QStringLiteral("k"), cb); }).secret, QStringLiteral("s"));
        SecretStore fresh(m_service);
        QCOMPARE(wait([&](auto cb) { fresh.read(QStringLiteral("k"), cb); }).status, SecretStore::Status::Unavailable);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
