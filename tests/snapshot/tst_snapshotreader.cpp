// SnapshotReader: every snapshot the export writes is read back, header-less exports are
// version 0, and every kind of bad input is refused with its own one-line reason.

#include "snapshotreader.h"

#include <QTest>

namespace {
const QString uuidA = QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
const QString uuidB = QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
const QString agg1 = QStringLiteral("11111111-1111-4111-8111-111111111111");
const QString agg2 = QStringLiteral("22222222-2222-4222-8222-222222222222");

QByteArray header(int version = 1)
{
    return R"("format": "placement-inspector-snapshot", "version": )" + QByteArray::number(version)
        + R"(, "taken_at": "2026-11-30T10:00:00Z", )";
}

QByteArray providerA()
{
    return R"({"uuid": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "name": "compute-1", "generation": 4,
              "parent_provider_uuid": null, "root_provider_uuid": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
              "aggregates": ["22222222-2222-4222-8222-222222222222", "11111111-1111-4111-8111-111111111111"],
              "aggregates_generation": 4})";
}

QByteArray withProvider(const QByteArray &provider)
{
    return "{" + header() + R"("providers": [)" + provider + "]}";
}
} // namespace

class TestSnapshotReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsVersionOne()
    {
        const QByteArray child = R"({"uuid": "BBBBBBBB-BBBB-4BBB-8BBB-BBBBBBBBBBBB", "name": "compute-1_NUMA0",
            "generation": 1, "parent_provider_uuid": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa",
            "root_provider_uuid": "aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa", "aggregates": null,
            "aggregates_generation": null, "aggregates_error": "database is gone", "nova_host": "x"})";
        const Result<Snapshot> s
            = SnapshotReader::read("{" + header() + R"("providers": [)" + providerA() + "," + child + "]}");
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().detail));
        QCOMPARE(s.value().version, 1);
        QCOMPARE(s.value().takenAt, QDateTime(QDate(2026, 11, 30), QTime(10, 0), Qt::UTC));
        QCOMPARE(s.value().providers.size(), 2);
        const SnapshotProvider a = s.value().providers.value(uuidA);
        QCOMPARE(a.name, QStringLiteral("compute-1"));
        QCOMPARE(a.generation, std::optional<qint64>(4));
        QVERIFY(a.parentUuid.isEmpty());
        QCOMPARE(a.rootUuid, uuidA);
        QVERIFY(a.aggregatesRead);
        QCOMPARE(a.aggregates, (QStringList { agg1, agg2 })); // sorted
        QCOMPARE(a.aggregatesGeneration, std::optional<qint64>(4));
        // UUIDs are compared in lower case, as Placement answers them.
        const SnapshotProvider b = s.value().providers.value(uuidB);
        QCOMPARE(b.uuid, uuidB);
        QCOMPARE(b.parentUuid, uuidA);
        QVERIFY(!b.aggregatesRead);
        QVERIFY(!b.aggregatesGeneration);
        QCOMPARE(b.aggregatesError, QStringLiteral("database is gone"));
        QCOMPARE(s.value().unreadProviders().size(), 1);
        QCOMPARE(s.value().unreadProviders().first().uuid, uuidB);
    }

    void readsHeaderlessExportsAsVersionZero()
    {
        const Result<Snapshot> s = SnapshotReader::read(R"({"providers": [)" + providerA() + "]}");
        QVERIFY(s.ok());
        QCOMPARE(s.value().version, 0);
        QVERIFY(!s.value().takenAt.isValid());
        QCOMPARE(s.value().providers.value(uuidA).aggregates.size(), 2);
    }

    void readsAnEmptyCloud()
    {
        const Result<Snapshot> s = SnapshotReader::read("{" + header() + R"("providers": []})");
        QVERIFY(s.ok());
        QVERIFY(s.value().providers.isEmpty());
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::addRow("empty") << QByteArray() << "not JSON:";
        QTest::addRow("not JSON") << QByteArray("uuid,name\n") << "not JSON:";
        QTest::addRow("truncated") << withProvider(providerA()).chopped(3) << "not JSON:";
        QTest::addRow("a list at the top") << QByteArray("[]") << "not a snapshot: the top level is not a JSON object";
        QTest::addRow("other format") << QByteArray(R"({"format": "drift", "version": 1, "providers": []})")
                                      << "not a snapshot: the format is not \"placement-inspector-snapshot\"";
        QTest::addRow("version without format")
            << QByteArray(R"({"version": 1, "providers": []})") << "not a snapshot: a version without a format";
        QTest::addRow("no providers") << QByteArray(R"({"drift": []})") << "not a snapshot: no \"providers\" list";
        QTest::addRow("providers not a list")
            << QByteArray("{" + header() + R"("providers": {}})") << "not a snapshot: no \"providers\" list";
        QTest::addRow("newer version") << QByteArray("{" + header(2) + R"("providers": []})")
                                       << "snapshot version 2 is newer than this program reads (up to 1)";
        QTest::addRow("version zero") << QByteArray("{" + header(0) + R"("providers": []})")
                                      << "the snapshot version is not a whole number from 1";
        QTest::addRow("version a string")
            << QByteArray(R"({"format": "placement-inspector-snapshot", "version": "1", "providers": []})")
            << "the snapshot version is not a whole number from 1";
        QTest::addRow("no taken_at") << QByteArray(
            R"({"format": "placement-inspector-snapshot", "version": 1, "providers": []})")
                                     << "taken_at is not an ISO 8601 time";
        QTest::addRow("provider not an object") << withProvider("42") << "provider 1 is not a JSON object";
        QTest::addRow("provider without uuid") << withProvider(R"({"name": "x"})") << "provider 1 has no uuid";
        QTest::addRow("provider with empty uuid") << withProvider(R"({"uuid": ""})") << "provider 1 has no uuid";
        QTest::addRow("uuid not a UUID") << withProvider(R"({"uuid": "compute-1"})")
                                         << "provider 1: uuid is not a UUID";
        QTest::addRow("uuid a number") << withProvider(R"({"uuid": 7})") << "provider 1: uuid is not a UUID";
        QTest::addRow("duplicate uuid") << withProvider(providerA()
                                                        + R"(, {"uuid": "AAAAAAAA-AAAA-4AAA-8AAA-AAAAAAAAAAAA"})")
                                        << "provider 2: uuid aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa appears twice";
        QTest::addRow("duplicate uuid in braces")
            << withProvider(providerA() + R"(, {"uuid": "{aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa}"})")
            << "provider 2: uuid aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa appears twice";
        QTest::addRow("name a number") << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "name": 3})")
                                       << "name is not a string";
        QTest::addRow("parent not a UUID")
            << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "parent_provider_uuid": "p"})")
            << "parent_provider_uuid is not a UUID";
        QTest::addRow("root not a UUID") << withProvider(R"({"uuid": ")" + uuidA.toLatin1()
                                                         + R"(", "root_provider_uuid": 1})")
                                         << "root_provider_uuid is not a UUID";
        QTest::addRow("generation a string")
            << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "generation": "4"})")
            << "generation is not a whole number";
        QTest::addRow("generation a fraction")
            << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "generation": 4.5})")
            << "generation is not a whole number";
        QTest::addRow("aggregates_generation a string")
            << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "aggregates_generation": "x"})")
            << "aggregates_generation is not a whole number";
        QTest::addRow("aggregates a string")
            << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "aggregates": ")" + agg1.toLatin1() + R"("})")
            << "aggregates is not a list of UUID strings";
        QTest::addRow("aggregates with a name")
            << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "aggregates": ["az1"]})")
            << "aggregates is not a list of UUID strings";
        QTest::addRow("aggregates with a number")
            << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "aggregates": [1]})")
            << "aggregates is not a list of UUID strings";
        QTest::addRow("aggregates_error a number")
            << withProvider(R"({"uuid": ")" + uuidA.toLatin1() + R"(", "aggregates": null, "aggregates_error": 5})")
            << "aggregates_error is not a string";
    }
    void refusesBadInput()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const Result<Snapshot> s = SnapshotReader::read(bytes);
        QVERIFY(!s.ok());
        QVERIFY2(s.error().detail.contains(reason), qPrintable(s.error().detail));
        QCOMPARE(s.error().kind, PlacementError::Kind::InvalidInput);
        QVERIFY2(!s.error().detail.contains(QLatin1Char('\n')), qPrintable(s.error().detail));
    }

    void namesTheFileItCannotRead()
    {
        const Result<Snapshot> s = SnapshotReader::readFile(QStringLiteral("/nonexistent/snapshot.json"));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().detail.startsWith(QLatin1String("cannot read /nonexistent/snapshot.json")),
                 qPrintable(s.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestSnapshotReader)
#include "tst_snapshotreader.moc"
