// The journal's value type and its JSON-lines store: round trips of every kind and outcome,
// tolerant reading (torn and garbage lines are reported by line number and skipped, nothing
// else is lost), safe file names, and no secret ever written.

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include "journal.h"
#include "journalstore.h"

using Kind = JournalEntry::Kind;
using Outcome = JournalEntry::Outcome;

namespace {
const QString providerA = QStringLiteral("2c1b1f6a-5a53-4b43-9f0b-0d3b0c6b3f11");
const QString aggX = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString aggY = QStringLiteral("22222222-2222-4222-8222-222222222222");

JournalEntry sample(Kind kind, Outcome outcome, int conflicts = 0)
{
    JournalEntry e;
    e.id = Journal::newId();
    e.time = QDateTime(QDate(2026, 11, 30), QTime(10, 2, 3, 456), Qt::UTC);
    e.connection = QStringLiteral("prod");
    e.providerName = QStringLiteral("compute-1");
    e.providerUuid = providerA;
    e.path = JournalEntry::aggregatesPath(providerA);
    e.body = JournalEntry::aggregatesBody({ aggX, aggY }, 7);
    e.before = { aggX };
    e.generationBefore = 7;
    e.after = outcome == Outcome::Done ? QStringList { aggX, aggY } : QStringList {};
    e.generationAfter = outcome == Outcome::Done ? 8 : -1;
    e.requestId = QStringLiteral("req-4b1c2a7e-0000-4000-8000-000000000001");
    e.outcome = outcome;
    e.conflicts = conflicts;
    e.reason = outcome == Outcome::Failed ? QStringLiteral("403 Forbidden (request req-x)") : QString();
    e.kind = kind;
    if (kind == Kind::Bulk || kind == Kind::Repair)
        e.batchId = Journal::newId();
    if (kind == Kind::Revert)
        e.revertOf = Journal::newId();
    if (kind == Kind::Nova) {
        e.method = QStringLiteral("POST");
        e.path = JournalEntry::novaActionPath(7);
        e.body = JournalEntry::novaActionBody(true, QStringLiteral("cmp-1"));
        e.batchId = Journal::newId();
    }
    return e;
}

void compare(const JournalEntry &a, const JournalEntry &b)
{
    QCOMPARE(a.id, b.id);
    QCOMPARE(a.time, b.time);
    QCOMPARE(a.time.timeSpec(), Qt::UTC);
    QCOMPARE(a.connection, b.connection);
    QCOMPARE(a.providerName, b.providerName);
    QCOMPARE(a.providerUuid, b.providerUuid);
    QCOMPARE(a.method, b.method);
    QCOMPARE(a.path, b.path);
    QCOMPARE(a.body, b.body);
    QCOMPARE(a.before, b.before);
    QCOMPARE(a.generationBefore, b.generationBefore);
    QCOMPARE(a.after, b.after);
    QCOMPARE(a.generationAfter, b.generationAfter);
    QCOMPARE(a.requestId, b.requestId);
    QCOMPARE(a.outcome, b.outcome);
    QCOMPARE(a.conflicts, b.conflicts);
    QCOMPARE(a.reason, b.reason);
    QCOMPARE(a.kind, b.kind);
    QCOMPARE(a.batchId, b.batchId);
    QCOMPARE(a.revertOf, b.revertOf);
}
} // namespace

class TestJournalStore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<int>("conflicts");
        QTest::addColumn<QString>("outcomeText");
        QTest::addRow("single done") << int(Kind::Single) << int(Outcome::Done) << 0 << QStringLiteral("Done");
        QTest::addRow("bulk after conflicts")
            << int(Kind::Bulk) << int(Outcome::Done) << 2 << QStringLiteral("Done after 2 conflict(s)");
        QTest::addRow("undo failed") << int(Kind::Undo) << int(Outcome::Failed) << 0
                                     << QStringLiteral("Failed: 403 Forbidden (request req-x)");
        QTest::addRow("repair") << int(Kind::Repair) << int(Outcome::Done) << 0 << QStringLiteral("Done");
        QTest::addRow("revert") << int(Kind::Revert) << int(Outcome::Done) << 1
                                << QStringLiteral("Done after 1 conflict(s)");
        QTest::addRow("nova call") << int(Kind::Nova) << int(Outcome::Done) << 0 << QStringLiteral("Done");
    }
    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(int, outcome);
        QFETCH(int, conflicts);
        QFETCH(QString, outcomeText);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const JournalStore store(dir.path());
        const JournalEntry written = sample(Kind(kind), Outcome(outcome), conflicts);
        QString error;
        QVERIFY2(store.append(written, &error), qPrintable(error));
        QVERIFY(store.append(sample(Kind::Single, Outcome::Done), &error));
        const JournalReadResult read = store.read(QStringLiteral("prod"));
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.entries.size(), 2);
        compare(read.entries.first(), written);
        QCOMPARE(read.entries.first().outcomeText(), outcomeText);
        // One line per entry, each ending in a newline.
        QFile file(store.pathFor(QStringLiteral("prod")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QCOMPARE(data.count('\n'), 2);
        QVERIFY(data.endsWith('\n'));
    }

    void tolerantReading_data()
    {
        const QByteArray good = JournalStore::line(sample(Kind::Single, Outcome::Done));
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("entries");
        QTest::addColumn<QList<int>>("badLines");
        QTest::addRow("empty file") << QByteArray() << 0 << QList<int> {};
        QTest::addRow("torn last line") << good + '\n' + good + '\n' + good.left(good.size() / 2) << 2
                                        << QList<int> { 3 };
        QTest::addRow("garbage in the middle") << good + "\n\x01\x02 garbage\n" + good + '\n' << 2 << QList<int> { 2 };
        QTest::addRow("blank lines are no problem") << good + "\n\n\n" + good + '\n' << 2 << QList<int> {};
        QTest::addRow("array, not object") << QByteArray("[1,2]\n") + good + '\n' << 1 << QList<int> { 1 };
        QTest::addRow("unknown version") << QByteArray(good).replace("\"version\":1", "\"version\":99") + '\n' + good
                                         << 1 << QList<int> { 1 };
        QTest::addRow("unknown kind") << good + '\n'
                + QByteArray(good).replace("\"kind\":\"single\"", "\"kind\":\"magic\"")
                                      << 1 << QList<int> { 2 };
        QTest::addRow("no provider") << QByteArray(good).replace(providerA.toLatin1(), "") + '\n' + good << 1
                                     << QList<int> { 1 };
    }
    void tolerantReading()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, entries);
        QFETCH(QList<int>, badLines);
        const JournalReadResult read = JournalStore::parse(data);
        QCOMPARE(read.entries.size(), entries);
        QList<int> lines;
        for (const JournalProblem &problem : read.problems) {
            lines << problem.line;
            QVERIFY(!problem.reason.isEmpty());
        }
        QCOMPARE(lines, badLines);
    }

    // A crash mid-line must not take the next entry with it.
    void appendAfterATornLine()
    {
        QTemporaryDir dir;
        const JournalStore store(dir.path());
        const JournalEntry first = sample(Kind::Single, Outcome::Done);
        QVERIFY(store.append(first));
        QFile file(store.pathFor(QStringLiteral("prod")));
        QVERIFY(file.open(QIODevice::Append));
        file.write(JournalStore::line(first).left(30)); // torn: no newline
        file.close();
        const JournalEntry next = sample(Kind::Bulk, Outcome::Done, 1);
        QVERIFY(store.append(next));
        const JournalReadResult read = store.read(QStringLiteral("prod"));
        QCOMPARE(read.entries.size(), 2);
        compare(read.entries.at(1), next);
        QCOMPARE(read.problems.size(), 1);
        QCOMPARE(read.problems.first().line, 2);
    }

    void fileNames_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("prefix");
        QTest::addRow("profile") << QStringLiteral("prod read-only") << QStringLiteral("prod-read-only-");
        QTest::addRow("endpoint") << QStringLiteral("http://127.0.0.1:8778/placement")
                                  << QStringLiteral("http-127.0.0.1-8778-placement-");
        QTest::addRow("dots and slashes") << QStringLiteral("../../etc/passwd") << QStringLiteral("etc-passwd-");
        QTest::addRow("only unsafe characters") << QStringLiteral("////") << QString();
        QTest::addRow("user info dropped")
            << QStringLiteral("http://admin:hunter2@cloud:8778") << QStringLiteral("http-cloud-8778-");
    }
    void fileNames()
    {
        QFETCH(QString, key);
        QFETCH(QString, prefix);
        const QString name = JournalStore::fileNameFor(key);
        QVERIFY2(name.startsWith(prefix), qPrintable(name));
        QVERIFY(name.endsWith(QStringLiteral(".jsonl")));
        QVERIFY(!name.contains(QLatin1Char('/')));
        QVERIFY(!name.contains(QLatin1Char(':')));
        QVERIFY(!name.startsWith(QLatin1Char('.')));
        QVERIFY(!name.contains(QStringLiteral("hunter2")));
        // Keys that slug alike keep their own files.
        QVERIFY(JournalStore::fileNameFor(key + QLatin1Char(' ')) != name
                || JournalStore::safeConnection(key + QLatin1Char(' ')) == JournalStore::safeConnection(key));
    }

    // Whatever a caller hands in, the file holds no token, password or header.
    void noSecretIsWritten()
    {
        QTemporaryDir dir;
        Journal journal { JournalStore(dir.path()) };
        journal.setConnectionKey(QStringLiteral("http://admin:pa55word@cloud.example:8778/?token=tok-s3cret"));
        JournalEntry entry = sample(Kind::Single, Outcome::Done);
        entry.body.insert(QStringLiteral("X-Auth-Token"), QStringLiteral("tok-s3cret"));
        entry.body.insert(QStringLiteral("password"), QStringLiteral("pa55word"));
        journal.record(entry);
        QFile file(journal.store().pathFor(journal.connectionKey()));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(!data.isEmpty());
        for (const char *secret : { "tok-s3cret", "pa55word", "X-Auth-Token", "password", "admin" })
            QVERIFY2(!data.contains(secret), secret);
        QVERIFY(data.contains("cloud.example"));
    }

    // A Nova call's body keeps its action and host name, and nothing else put beside them.
    void aNovaBodyKeepsOnlyTheHost()
    {
        QTemporaryDir dir;
        const JournalStore store(dir.path());
        JournalEntry entry = sample(Kind::Nova, Outcome::Done);
        QJsonObject action = entry.body.value(QStringLiteral("add_host")).toObject();
        action.insert(QStringLiteral("token"), QStringLiteral("tok-s3cret"));
        entry.body.insert(QStringLiteral("add_host"), action);
        entry.body.insert(QStringLiteral("X-Auth-Token"), QStringLiteral("tok-s3cret"));
        QString error;
        QVERIFY2(store.append(entry, &error), qPrintable(error));
        QFile file(store.pathFor(QStringLiteral("prod")));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("tok-s3cret"));
        const JournalReadResult read = store.read(QStringLiteral("prod"));
        QCOMPARE(read.entries.size(), 1);
        QCOMPARE(read.entries.first().body, JournalEntry::novaActionBody(true, QStringLiteral("cmp-1")));
        QCOMPARE(read.entries.first().toCommand(), QStringLiteral("openstack aggregate add host 7 cmp-1"));
    }

    void journalRecordsAndReloads()
    {
        QTemporaryDir dir;
        Journal journal { JournalStore(dir.path()) };
        journal.setConnectionKey(QStringLiteral("lab"));
        QCOMPARE(journal.entries().size(), 0);
        QSignalSpy added(&journal, &Journal::entryAdded);
        JournalEntry entry = sample(Kind::Bulk, Outcome::Done);
        entry.id.clear();
        const JournalEntry recorded = journal.record(entry);
        QVERIFY(!recorded.id.isEmpty());
        QCOMPARE(recorded.connection, QStringLiteral("lab"));
        QCOMPARE(added.size(), 1);
        QCOMPARE(added.first().first().toInt(), 0);
        QCOMPARE(journal.batch(entry.batchId).size(), 1);
        QVERIFY(journal.find(recorded.id));

        Journal again { JournalStore(dir.path()) };
        again.setConnectionKey(QStringLiteral("lab"));
        QCOMPARE(again.entries().size(), 1);
        compare(again.entries().first(), recorded);
        again.setConnectionKey(QStringLiteral("other"));
        QCOMPARE(again.entries().size(), 0);
    }

    void defaultLocationIsTheAppDataLocation()
    {
        const JournalStore store;
        QVERIFY(store.directory().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
    }
};

QTEST_GUILESS_MAIN(TestJournalStore)
#include "tst_journalstore.moc"
