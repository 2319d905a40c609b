#include "aggregatelist.h"

#include <QTest>

namespace {
QStringList strings(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}
} // namespace

class TestAggregateList : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void canonicalUuid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        const QString canonical = QStringLiteral("0f2c9a4e-5b1d-4c3e-9a8b-7d6e5f4a3b2c");
        QTest::addRow("canonical") << canonical << canonical;
        QTest::addRow("upper case") << canonical.toUpper() << canonical;
        QTest::addRow("braces") << QStringLiteral("{%1}").arg(canonical) << canonical;
        QTest::addRow("urn") << QStringLiteral("urn:uuid:%1").arg(canonical) << canonical;
        QTest::addRow("no hyphens") << QString(canonical).remove(QLatin1Char('-')) << canonical;
        QTest::addRow("spaces around") << QStringLiteral("  %1\t").arg(canonical) << canonical;
        QTest::addRow("too short") << canonical.left(35) << QString();
        QTest::addRow("not hex") << QStringLiteral("0f2c9a4e-5b1d-4c3e-9a8b-7d6e5f4a3b2z") << QString();
        QTest::addRow("misplaced hyphen") << QStringLiteral("0f2c9a4e5-b1d-4c3e-9a8b-7d6e5f4a3b2c") << QString();
        QTest::addRow("a name") << QStringLiteral("az-fra1-a") << QString();
        QTest::addRow("empty") << QString() << QString();
    }
    void canonicalUuid()
    {
        QFETCH(QString, input);
        QTEST(AggregateList::canonicalUuid(input), "expected");
    }

    void checkFoldsDuplicatesAndRejectsNonUuids()
    {
        const QString a = QStringLiteral("11111111-1111-4111-8111-111111111111");
        const QString b = QStringLiteral("22222222-2222-4222-8222-222222222222");
        const auto result = AggregateList::check(
            { a, QStringLiteral("gpu-pool"), a.toUpper(), QString(), b, QStringLiteral("{%1}").arg(b) });
        QCOMPARE(result.aggregates, (QStringList { a, b }));
        QCOMPARE(result.rejected.size(), 1);
        QCOMPARE(result.rejected.first().input, QStringLiteral("gpu-pool"));
        QVERIFY(result.rejected.first().reason.contains(QStringLiteral("not a UUID")));
        QCOMPARE(result.foldedDuplicates.size(), 2);
        QVERIFY(!result.ok());
    }

    void checkEmptyIsOk()
    {
        const auto result = AggregateList::check({});
        QVERIFY(result.ok());
        QVERIFY(result.aggregates.isEmpty());
    }

    void split_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::addRow("newlines") << "a\nb\r\nc" << strings({ "a", "b", "c" });
        QTest::addRow("commas and spaces") << "a, b ,c  d" << strings({ "a", "b", "c", "d" });
        QTest::addRow("semicolons and tabs") << "a;\tb" << strings({ "a", "b" });
        QTest::addRow("blank") << "  \n , " << QStringList();
    }
    void split()
    {
        QFETCH(QString, text);
        QTEST(AggregateList::split(text), "expected");
    }
};

QTEST_GUILESS_MAIN(TestAggregateList)
#include "tst_aggregatelist.moc"
