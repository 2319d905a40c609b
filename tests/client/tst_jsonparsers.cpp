#include "jsonparsers.h"

#include <QTest>

class TestJsonParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void providerList()
    {
        const auto r = JsonParsers::providerList(
            R"({"resource_providers": [{"uuid": "u1", "name": "n1", "generation": 3, "parent_provider_uuid": null,)"
            R"( "root_provider_uuid": "u1", "links": []}, {"uuid": "u2", "name": "n2", "generation": 0,)"
            R"( "parent_provider_uuid": "u1", "root_provider_uuid": "u1"}]})");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r.value().size(), 2);
        QCOMPARE(r.value().at(0).generation, 3);
        QVERIFY(r.value().at(0).isRoot());
        QCOMPARE(r.value().at(1).parentUuid, QStringLiteral("u1"));
        QCOMPARE(r.value().at(1).rootUuid, QStringLiteral("u1"));
    }

    void preTreeProvidersHaveNoRoot()
    {
        const auto r = JsonParsers::provider(R"({"uuid": "u1", "name": "n1", "generation": 1})");
        QVERIFY(r.ok());
        QVERIFY(r.value().rootUuid.isEmpty());
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions"); // what the error must name
        QTest::addRow("not json") << QByteArray("<html>oops</html>") << "not valid JSON";
        QTest::addRow("empty") << QByteArray() << "not valid JSON";
        QTest::addRow("truncated") << QByteArray(R"({"resource_providers": [{"uuid": "u1")") << "not valid JSON";
        QTest::addRow("array at top") << QByteArray("[]") << "not a JSON object";
        QTest::addRow("list missing") << QByteArray(R"({"providers": []})") << "resource_providers";
        QTest::addRow("list is object") << QByteArray(R"({"resource_providers": {}})") << "resource_providers";
        QTest::addRow("entry not object") << QByteArray(R"({"resource_providers": [42]})") << "resource_providers[0]";
        QTest::addRow("generation as string")
            << QByteArray(R"({"resource_providers": [{"uuid": "u", "name": "n", "generation": "3"}]})")
            << "resource_providers[0].generation";
        QTest::addRow("generation fractional")
            << QByteArray(R"({"resource_providers": [{"uuid": "u", "name": "n", "generation": 1.5}]})") << "generation";
        // 9223372036854775807 reads as the double 2^63, one past qint64 (fuzz_placement_inventories)
        QTest::addRow("generation beyond qint64")
            << QByteArray(R"({"resource_providers": [{"uuid": "u", "name": "n", "generation": 9223372036854775807}]})")
            << "resource_providers[0].generation";
        QTest::addRow("name missing") << QByteArray(R"({"resource_providers": [{"uuid": "u", "generation": 1}]})")
                                      << "resource_providers[0].name";
        QTest::addRow("parent wrong type")
            << QByteArray(R"({"resource_providers": [{"uuid": "u", "name": "n", "generation": 1,)"
                          R"( "parent_provider_uuid": 7}]})")
            << "parent_provider_uuid";
    }
    void badBodies()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto r = JsonParsers::providerList(body);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, PlacementError::Kind::BadResponse);
        QVERIFY2(r.error().detail.contains(mentions), qPrintable(r.error().detail));
    }

    void aggregates_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("count");
        QTest::addColumn<qint64>("generation");
        QTest::addRow("1.19+") << QByteArray(R"({"aggregates": ["a", "b"], "resource_provider_generation": 7})") << true
                               << 2 << qint64(7);
        QTest::addRow("pre-1.19 has no generation") << QByteArray(R"({"aggregates": []})") << true << 0 << qint64(-1);
        QTest::addRow("aggregate not a string")
            << QByteArray(R"({"aggregates": ["a", 1]})") << false << 0 << qint64(-1);
        QTest::addRow("generation null") << QByteArray(R"({"aggregates": [], "resource_provider_generation": null})")
                                         << false << 0 << qint64(-1);
        QTest::addRow("aggregates missing")
            << QByteArray(R"({"resource_provider_generation": 1})") << false << 0 << qint64(-1);
    }
    void aggregates()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        const auto r = JsonParsers::aggregates(body);
        QCOMPARE(r.ok(), ok);
        if (ok) {
            QTEST(int(r.value().aggregates.size()), "count");
            QTEST(r.value().generation, "generation");
        } else {
            QCOMPARE(r.error().kind, PlacementError::Kind::BadResponse);
        }
    }

    void inventories()
    {
        const auto r = JsonParsers::inventories(
            R"({"inventories": {"VCPU": {"total": 64, "reserved": 4, "min_unit": 1, "max_unit": 64, "step_size": 1,)"
            R"( "allocation_ratio": 4.0}}, "resource_provider_generation": 5})");
        QVERIFY(r.ok());
        QCOMPARE(r.value().inventories.size(), 1);
        QCOMPARE(r.value().inventories.first().capacity(), 240);
        QCOMPARE(r.value().generation, 5);
        const auto bad = JsonParsers::inventories(
            R"({"inventories": {"VCPU": {"total": "64"}}, "resource_provider_generation": 5})");
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().detail.contains(QStringLiteral("inventories.VCPU.total")));
        // An entry that is no object used to give an error without a reason (fuzz_placement_allocations).
        const auto notObject
            = JsonParsers::inventories(R"({"inventories": {"VCPU": 8}, "resource_provider_generation": 5})");
        QVERIFY(!notObject.ok());
        QCOMPARE(notObject.error().detail, QStringLiteral("inventories.VCPU is not an object"));
    }

    // Numbers no Placement sends must still give a defined capacity (regression inputs of
    // fuzz_placement_inventories: UBSan found a signed overflow and a double-to-integer overflow).
    void capacityOfAnyNumbers_data()
    {
        QTest::addColumn<QByteArray>("numbers");
        QTest::addColumn<qint64>("capacity");
        const qint64 max = 9223372036854774784; // the largest double below 2^63
        QTest::addRow("ordinary") << QByteArray(R"("total": 64, "reserved": 4, "allocation_ratio": 1.5)") << qint64(90);
        QTest::addRow("difference overflows")
            << QByteArray(R"("total": 9000000000000000000, "reserved": -9000000000000000000, "allocation_ratio": 1)")
            << max;
        QTest::addRow("ratio huge") << QByteArray(R"("total": 1000, "reserved": 0, "allocation_ratio": 1e300)") << max;
        QTest::addRow("ratio huge, negative")
            << QByteArray(R"("total": 0, "reserved": 1000, "allocation_ratio": 1e300)") << -max;
    }
    void capacityOfAnyNumbers()
    {
        QFETCH(QByteArray, numbers);
        QFETCH(qint64, capacity);
        const auto r = JsonParsers::inventories(R"({"inventories": {"VCPU": {)" + numbers
                                                + R"(, "min_unit": 1, "max_unit": 1, "step_size": 1}},)"
                                                  R"( "resource_provider_generation": 1})");
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().detail));
        QCOMPARE(r.value().inventories.first().capacity(), capacity);
    }

    void usagesTraitsAllocations()
    {
        const auto u
            = JsonParsers::usages(R"({"usages": {"VCPU": 3, "MEMORY_MB": 2048}, "resource_provider_generation": 2})");
        QVERIFY(u.ok());
        QCOMPARE(u.value().usages.value(QStringLiteral("MEMORY_MB")), 2048);
        QVERIFY(!JsonParsers::usages(R"({"usages": {"VCPU": "x"}})").ok());
        // Class names are read as they are, whatever their characters (fuzz_placement_usages).
        const auto euro = JsonParsers::usages("{\"usages\": {\"CUSTOM_\xe2\x82\xac\": 1}}");
        QVERIFY2(euro.ok(), qPrintable(euro.ok() ? QString() : euro.error().detail));
        QCOMPARE(euro.value().usages.value(QStringLiteral("CUSTOM_\u20ac")), 1);

        const auto t = JsonParsers::traits(R"({"traits": ["HW_CPU_X86_AVX2"], "resource_provider_generation": 2})");
        QVERIFY(t.ok());
        QCOMPARE(t.value().traits, QStringList { QStringLiteral("HW_CPU_X86_AVX2") });

        const auto a = JsonParsers::allocations(
            R"({"allocations": {"c1": {"resources": {"VCPU": 2}}}, "resource_provider_generation": 9})");
        QVERIFY(a.ok());
        QCOMPARE(a.value().allocations.size(), 1);
        QCOMPARE(a.value().allocations.first().resources.value(QStringLiteral("VCPU")), 2);
        QVERIFY(!JsonParsers::allocations(R"({"allocations": {"c1": {}}, "resource_provider_generation": 9})").ok());
        const auto notObject
            = JsonParsers::allocations(R"({"allocations": {"c1": 1}, "resource_provider_generation": 9})");
        QVERIFY(!notObject.ok());
        QCOMPARE(notObject.error().detail, QStringLiteral("allocations.c1 is not an object"));
        const auto euroAllocation
            = JsonParsers::allocations("{\"allocations\": {\"c1\": {\"resources\": {\"CUSTOM_\xc3\x89\": "
                                       "2}}}, \"resource_provider_generation\": 9}");
        QVERIFY(euroAllocation.ok());
        QCOMPARE(euroAllocation.value().allocations.first().resources.value(QStringLiteral("CUSTOM_\u00c9")), 2);
    }

    void versionDocument_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("min");
        QTest::addColumn<QString>("max");
        QTest::addRow("zed") << QByteArray(R"({"versions": [{"id": "v1.0", "max_version": "1.39", "min_version": )"
                                           R"("1.0", "status": "CURRENT", "links": []}]})")
                             << "1.0"
                             << "1.39";
        QTest::addRow("no versions") << QByteArray(R"({"version": {}})") << ""
                                     << "";
        QTest::addRow("max below min") << QByteArray(R"({"versions": [{"max_version": "1.0", "min_version": "1.5"}]})")
                                       << ""
                                       << "";
        QTest::addRow("garbage version") << QByteArray(
            R"({"versions": [{"max_version": "latest", "min_version": "1.0"}]})")
                                         << ""
                                         << "";
    }
    void versionDocument()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, min);
        QFETCH(QString, max);
        const auto r = JsonParsers::versionDocument(body);
        QCOMPARE(r.ok(), !min.isEmpty());
        if (r.ok()) {
            QCOMPARE(r.value().min.toString(), min);
            QCOMPARE(r.value().max.toString(), max);
        }
    }

    void namedLists()
    {
        const auto classes = JsonParsers::resourceClassList(
            R"({"resource_classes": [{"name": "VCPU", "links": []}, {"name": "PGPU"}]})");
        QVERIFY(classes.ok());
        QCOMPARE(classes.value(), (QStringList { QStringLiteral("VCPU"), QStringLiteral("PGPU") }));
        QVERIFY(!JsonParsers::resourceClassList(R"({"resource_classes": ["VCPU"]})").ok());
        const auto traits = JsonParsers::traitList(R"({"traits": ["A", "B"]})");
        QVERIFY(traits.ok());
        QCOMPARE(traits.value().size(), 2);
        QVERIFY(!JsonParsers::traitList(R"({"traits": [{"name": "A"}]})").ok());
    }
};

QTEST_GUILESS_MAIN(TestJsonParsers)
#include "tst_jsonparsers.moc"
