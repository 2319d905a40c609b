// JournalModel and JournalFilterProxy under QAbstractItemModelTester: a recorded write is one
// inserted row (never a reset), another connection resets; the filter by text, kind and
// outcome; and "Copy as command" as osc-placement spells it.

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "journal.h"
#include "journalfilterproxy.h"
#include "journalmodel.h"

using Kind = JournalEntry::Kind;
using Outcome = JournalEntry::Outcome;

namespace {
const QString aggX = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString aggY = QStringLiteral("22222222-2222-4222-8222-222222222222");

JournalEntry entry(const QString &name, Kind kind, Outcome outcome, const QString &requestId = {})
{
    JournalEntry e;
    e.providerName = name;
    e.providerUuid
        = QStringLiteral("aaaaaaaa-0000-4000-8000-%1").arg(qHash(name) % 1000000000000ULL, 12, 10, QLatin1Char('0'));
    e.path = JournalEntry::aggregatesPath(e.providerUuid);
    e.body = JournalEntry::aggregatesBody({ aggX, aggY }, 4);
    e.before = { aggX };
    e.generationBefore = 4;
    e.after = outcome == Outcome::Done ? QStringList { aggX, aggY } : QStringList {};
    e.generationAfter = outcome == Outcome::Done ? 5 : -1;
    e.requestId = requestId;
    e.outcome = outcome;
    e.reason = outcome == Outcome::Failed ? QStringLiteral("403 Forbidden") : QString();
    e.kind = kind;
    return e;
}
} // namespace

class TestJournalModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void appendsInsertRowsNeverReset()
    {
        Journal journal { JournalStore(m_dir.path()) };
        journal.setConnectionKey(QStringLiteral("model-append"));
        JournalModel model(&journal);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        journal.record(entry(QStringLiteral("compute-1"), Kind::Single, Outcome::Done, QStringLiteral("req-1")));
        journal.record(entry(QStringLiteral("compute-2"), Kind::Bulk, Outcome::Failed));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(inserted.at(1).at(1).toInt(), 1);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(model.index(0, JournalModel::ProviderColumn).data().toString(), QStringLiteral("compute-1"));
        QCOMPARE(model.index(0, JournalModel::ChangeColumn).data().toString(), QStringLiteral("+ %1").arg(aggY));
        QCOMPARE(model.index(0, JournalModel::GenerationColumn).data().toString(), QStringLiteral("4 → 5"));
        QCOMPARE(model.index(0, JournalModel::RequestIdColumn).data().toString(), QStringLiteral("req-1"));
        QCOMPARE(model.index(1, JournalModel::OutcomeColumn).data().toString(),
                 QStringLiteral("Failed: 403 Forbidden"));

        // Another connection: a reset, with that connection's entries.
        journal.setConnectionKey(QStringLiteral("model-append-other"));
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 0);
        journal.setConnectionKey(QStringLiteral("model-append"));
        QCOMPARE(model.rowCount(), 2);
    }

    void filter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind"); // -1: any
        QTest::addColumn<int>("outcome"); // -1: any
        QTest::addColumn<QStringList>("shown");
        const QStringList all { QStringLiteral("compute-1"), QStringLiteral("compute-2"), QStringLiteral("storage-1"),
                                QStringLiteral("compute-3") };
        QTest::addRow("nothing set") << QString() << -1 << -1 << all;
        QTest::addRow("provider name") << QStringLiteral("compute") << -1 << -1
                                       << QStringList { all.at(0), all.at(1), all.at(3) };
        QTest::addRow("request id") << QStringLiteral("REQ-77") << -1 << -1 << QStringList { all.at(2) };
        QTest::addRow("two words, both must match")
            << QStringLiteral("compute forbidden") << -1 << -1 << QStringList { all.at(1) };
        QTest::addRow("kind") << QString() << int(Kind::Bulk) << -1 << QStringList { all.at(1), all.at(2) };
        QTest::addRow("outcome") << QString() << -1 << int(Outcome::Failed) << QStringList { all.at(1) };
        QTest::addRow("kind and text") << QStringLiteral("storage") << int(Kind::Bulk) << -1
                                       << QStringList { all.at(2) };
        QTest::addRow("nothing matches") << QStringLiteral("nowhere") << -1 << -1 << QStringList {};
    }
    void filter()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(int, outcome);
        QFETCH(QStringList, shown);
        Journal journal { JournalStore(m_dir.path()) };
        journal.setConnectionKey(QStringLiteral("model-filter-%1").arg(QString::fromUtf8(QTest::currentDataTag())));
        JournalModel model(&journal);
        JournalFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        journal.record(entry(QStringLiteral("compute-1"), Kind::Single, Outcome::Done));
        journal.record(entry(QStringLiteral("compute-2"), Kind::Bulk, Outcome::Failed));
        journal.record(entry(QStringLiteral("storage-1"), Kind::Bulk, Outcome::Done, QStringLiteral("req-77")));
        proxy.setText(text);
        proxy.setKind(kind < 0 ? std::nullopt : std::optional<Kind>(Kind(kind)));
        proxy.setOutcome(outcome < 0 ? std::nullopt : std::optional<Outcome>(Outcome(outcome)));
        // A write recorded while filtered appears when it matches.
        journal.record(entry(QStringLiteral("compute-3"), Kind::Undo, Outcome::Done));
        QStringList names;
        for (int row = 0; row < proxy.rowCount(); ++row)
            names << proxy.index(row, JournalModel::ProviderColumn).data().toString();
        QCOMPARE(names, shown);
    }

    // What the Generation column says: never a -1 the write did not learn.
    void generationText_data()
    {
        QTest::addColumn<int>("outcome");
        QTest::addColumn<qint64>("before");
        QTest::addColumn<qint64>("after");
        QTest::addColumn<QString>("text");
        QTest::addRow("done") << int(Outcome::Done) << qint64(4) << qint64(5) << QStringLiteral("4 → 5");
        QTest::addRow("failed") << int(Outcome::Failed) << qint64(4) << qint64(-1) << QStringLiteral("4");
        QTest::addRow("done, after not read (a Nova call)")
            << int(Outcome::Done) << qint64(4) << qint64(-1) << QStringLiteral("4");
        QTest::addRow("done, before not known (a later Nova call)")
            << int(Outcome::Done) << qint64(-1) << qint64(9) << QStringLiteral("? → 9");
        QTest::addRow("neither known") << int(Outcome::Failed) << qint64(-1) << qint64(-1) << QString();
    }
    void generationText()
    {
        QFETCH(int, outcome);
        QFETCH(qint64, before);
        QFETCH(qint64, after);
        QFETCH(QString, text);
        Journal journal { JournalStore(m_dir.path()) };
        journal.setConnectionKey(QStringLiteral("model-generation"));
        JournalModel model(&journal);
        JournalEntry e = entry(QStringLiteral("compute-1"), Kind::Nova, Outcome(outcome));
        e.generationBefore = before;
        e.generationAfter = after;
        journal.record(e);
        QCOMPARE(model.index(model.rowCount() - 1, JournalModel::GenerationColumn).data().toString(), text);
    }

    void command_data()
    {
        QTest::addColumn<QStringList>("aggregates");
        QTest::addColumn<qint64>("generation");
        QTest::addColumn<QString>("command");
        const QString prefix
            = QStringLiteral("openstack --os-placement-api-version 1.19 resource provider aggregate set");
        const QString rp = QStringLiteral("2c1b1f6a-5a53-4b43-9f0b-0d3b0c6b3f11");
        QTest::addRow("two aggregates")
            << QStringList { aggX, aggY } << qint64(7)
            << QStringLiteral("%1 --aggregate %2 --aggregate %3 --generation 7 %4").arg(prefix, aggX, aggY, rp);
        QTest::addRow("empty set clears")
            << QStringList {} << qint64(0) << QStringLiteral("%1 --generation 0 %2").arg(prefix, rp);
        QTest::addRow("odd text is quoted")
            << QStringList { QStringLiteral("it's; rm") } << qint64(1)
            << QStringLiteral("%1 --aggregate 'it'\\''s; rm' --generation 1 %2").arg(prefix, rp);
    }
    void command()
    {
        QFETCH(QStringList, aggregates);
        QFETCH(qint64, generation);
        QFETCH(QString, command);
        JournalEntry e;
        e.providerUuid = QStringLiteral("2c1b1f6a-5a53-4b43-9f0b-0d3b0c6b3f11");
        e.body = JournalEntry::aggregatesBody(aggregates, generation);
        QCOMPARE(e.toCommand(), command);
    }

    // A call of a save through Nova: Nova's command, and a JSON round trip that keeps it one.
    void novaCall_data()
    {
        QTest::addColumn<bool>("add");
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("command");
        QTest::addRow("add_host") << true << QStringLiteral("cmp-1")
                                  << QStringLiteral("openstack aggregate add host 7 cmp-1");
        QTest::addRow("remove_host") << false << QStringLiteral("cmp-1")
                                     << QStringLiteral("openstack aggregate remove host 7 cmp-1");
        QTest::addRow("odd host is quoted")
            << true << QStringLiteral("a b") << QStringLiteral("openstack aggregate add host 7 'a b'");
    }
    void novaCall()
    {
        QFETCH(bool, add);
        QFETCH(QString, host);
        QFETCH(QString, command);
        JournalEntry e;
        e.kind = Kind::Nova;
        e.time = QDateTime::currentDateTimeUtc();
        e.providerUuid = QStringLiteral("2c1b1f6a-5a53-4b43-9f0b-0d3b0c6b3f11");
        e.method = QStringLiteral("POST");
        e.path = JournalEntry::novaActionPath(7);
        e.body = JournalEntry::novaActionBody(add, host);
        e.before = add ? QStringList {} : QStringList { aggX };
        e.after = add ? QStringList { aggX } : QStringList {};
        QCOMPARE(e.toCommand(), command);
        QCOMPARE(e.kindText(), QStringLiteral("Through Nova"));
        QVERIFY(!e.isRevertible()); // a change, but not one a Placement write may take back

        QString why;
        const auto read = JournalEntry::fromJson(e.toJson(), &why);
        QVERIFY2(read, qPrintable(why));
        QCOMPARE(read->kind, Kind::Nova);
        QCOMPARE(read->toJson().value(QStringLiteral("kind")).toString(), QStringLiteral("nova"));
        QCOMPARE(read->toCommand(), command);
        QCOMPARE(read->method, QStringLiteral("POST"));
    }
};

QTEST_GUILESS_MAIN(TestJournalModel)
#include "tst_journalmodel.moc"
