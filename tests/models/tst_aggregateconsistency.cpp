// The aggregate check: does the loaded data agree with the server's member_of answer?

#include "aggregateconsistency.h"

#include <QTest>

namespace {
// "a b c" → {a, b, c}: short names stand for provider UUIDs.
QStringList list(const char *names)
{
    return QString::fromLatin1(names).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}
} // namespace

class TestAggregateConsistency : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compare_data()
    {
        QTest::addColumn<QStringList>("server");
        QTest::addColumn<QStringList>("loaded");
        QTest::addColumn<QStringList>("notShown");
        QTest::addColumn<QStringList>("noLonger");
        QTest::addColumn<int>("serverCount");
        QTest::addColumn<int>("loadedCount");
        const QStringList none = list("");
        QTest::addRow("agree") << list("a b") << list("b a") << none << none << 2 << 2;
        QTest::addRow("both empty") << none << none << none << none << 0 << 0;
        QTest::addRow("a member the view does not show") << list("a b c") << list("a b") << list("c") << none << 3 << 2;
        QTest::addRow("a member no more") << list("a") << list("a b") << none << list("b") << 1 << 2;
        QTest::addRow("both ways") << list("a c") << list("a b") << list("c") << list("b") << 2 << 2;
        QTest::addRow("duplicates count once") << list("a a c") << list("b b") << list("a c") << list("b") << 2 << 1;
    }
    void compare()
    {
        QFETCH(QStringList, server);
        QFETCH(QStringList, loaded);
        QFETCH(QStringList, notShown);
        QFETCH(QStringList, noLonger);
        QFETCH(int, serverCount);
        QFETCH(int, loadedCount);
        const AggregateConsistency check = AggregateConsistency::compare(server, loaded);
        QCOMPARE(check.notShown, notShown);
        QCOMPARE(check.noLongerMembers, noLonger);
        QCOMPARE(check.serverMembers, serverCount);
        QCOMPARE(check.loadedMembers, loadedCount);
        QCOMPARE(check.consistent(), notShown.isEmpty() && noLonger.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAggregateConsistency)
#include "tst_aggregateconsistency.moc"
