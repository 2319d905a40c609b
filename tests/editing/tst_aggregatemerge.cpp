#include "aggregatemerge.h"

#include <QTest>

namespace {
// Short names stand for aggregate UUIDs: the merge does not care what the strings are.
QStringList set(const char *letters)
{
    QStringList list;
    for (const char *c = letters; *c; ++c)
        list << QString(QLatin1Char(*c));
    return list;
}
} // namespace

class TestAggregateMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diff_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("wanted");
        QTest::addColumn<QString>("added");
        QTest::addColumn<QString>("removed");
        QTest::addRow("no change") << "abc"
                                   << "abc"
                                   << ""
                                   << "";
        QTest::addRow("reordered is no change") << "abc"
                                                << "cab"
                                                << ""
                                                << "";
        QTest::addRow("add") << "ab"
                             << "abc"
                             << "c"
                             << "";
        QTest::addRow("remove") << "abc"
                                << "ac"
                                << ""
                                << "b";
        QTest::addRow("add and remove") << "ab"
                                        << "bcd"
                                        << "cd"
                                        << "a";
        QTest::addRow("from empty") << ""
                                    << "xy"
                                    << "xy"
                                    << "";
        QTest::addRow("to empty") << "xy"
                                  << ""
                                  << ""
                                  << "xy";
        QTest::addRow("duplicate in wanted") << "a"
                                             << "abb"
                                             << "b"
                                             << "";
    }
    void diff()
    {
        QFETCH(QString, base);
        QFETCH(QString, wanted);
        QFETCH(QString, added);
        QFETCH(QString, removed);
        const auto change = AggregateMerge::diff(set(qPrintable(base)), set(qPrintable(wanted)));
        QCOMPARE(change.added, set(qPrintable(added)));
        QCOMPARE(change.removed, set(qPrintable(removed)));
        QCOMPARE(change.isEmpty(), added.isEmpty() && removed.isEmpty());
    }

    void threeWay_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<QString>("mine");
        QTest::addColumn<QString>("server");
        QTest::addColumn<QString>("merged");
        // Server unchanged: my edit wins as is.
        QTest::addRow("server unchanged") << "ab"
                                          << "abc"
                                          << "ab"
                                          << "abc";
        QTest::addRow("only generation moved, I remove") << "abc"
                                                         << "ac"
                                                         << "abc"
                                                         << "ac";
        // Disjoint edits: both survive.
        QTest::addRow("disjoint adds") << "a"
                                       << "ab"
                                       << "ac"
                                       << "acb";
        QTest::addRow("I add, server removes another") << "ab"
                                                       << "abc"
                                                       << "a"
                                                       << "ac";
        QTest::addRow("I remove, server adds another") << "ab"
                                                       << "a"
                                                       << "abc"
                                                       << "ac";
        QTest::addRow("both remove different") << "abc"
                                               << "bc"
                                               << "ac"
                                               << "c";
        // Overlapping edits: the same change twice is applied once.
        QTest::addRow("both add the same") << "a"
                                           << "ab"
                                           << "ab"
                                           << "ab";
        QTest::addRow("both remove the same") << "ab"
                                              << "a"
                                              << "a"
                                              << "a";
        // Contradicting edits: my intent is re-applied on top of the server.
        QTest::addRow("server removed what I added") << "a"
                                                     << "ab"
                                                     << ""
                                                     << "b";
        QTest::addRow("server re-added what I removed") << "ab"
                                                        << "a"
                                                        << "ab"
                                                        << "a";
        QTest::addRow("server removed what I kept") << "ab"
                                                    << "abc"
                                                    << "b"
                                                    << "bc";
        // Empty sets.
        QTest::addRow("all empty") << ""
                                   << ""
                                   << ""
                                   << "";
        QTest::addRow("empty base, server filled") << ""
                                                   << "x"
                                                   << "yz"
                                                   << "yzx";
        QTest::addRow("I clear all, server added one") << "ab"
                                                       << ""
                                                       << "abc"
                                                       << "c";
        QTest::addRow("server cleared, I add") << "ab"
                                               << "abc"
                                               << ""
                                               << "c";
        QTest::addRow("server replaced everything") << "ab"
                                                    << "b"
                                                    << "xy"
                                                    << "xy";
    }
    void threeWay()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, server);
        QFETCH(QString, merged);
        const QStringList result
            = AggregateMerge::threeWay(set(qPrintable(base)), set(qPrintable(mine)), set(qPrintable(server)));
        QCOMPARE(result, set(qPrintable(merged)));
        QCOMPARE(QSet<QString>(result.cbegin(), result.cend()).size(), result.size()); // no duplicates
    }

    void mergeWithUnchangedServerIsMine_data() { threeWay_data(); }
    void mergeWithUnchangedServerIsMine()
    {
        // Property over the same rows: when the server still has the base, the merge is my set.
        QFETCH(QString, base);
        QFETCH(QString, mine);
        const QStringList result
            = AggregateMerge::threeWay(set(qPrintable(base)), set(qPrintable(mine)), set(qPrintable(base)));
        QVERIFY(AggregateMerge::sameSet(result, set(qPrintable(mine))));
    }

    // "Keep editing" rebases my change onto the server's set. Over every row: what is then
    // pending against the server is part of my change, never a removal of what the server
    // added (issue 9, defect 5: a colleague's addition showed up as my removal).
    void keepEditingPendingIsOnlyMyChange_data() { threeWay_data(); }
    void keepEditingPendingIsOnlyMyChange()
    {
        QFETCH(QString, base);
        QFETCH(QString, mine);
        QFETCH(QString, server);
        const QStringList b = set(qPrintable(base)), m = set(qPrintable(mine)), s = set(qPrintable(server));
        const AggregateChange myChange = AggregateMerge::diff(b, m);
        const AggregateChange theirs = AggregateMerge::diff(b, s);
        const AggregateChange pending = AggregateMerge::diff(s, AggregateMerge::threeWay(b, m, s));
        for (const QString &removed : pending.removed) {
            QVERIFY2(myChange.removed.contains(removed), qPrintable(removed));
            QVERIFY2(!theirs.added.contains(removed), qPrintable(removed));
        }
        for (const QString &added : pending.added)
            QVERIFY2(myChange.added.contains(added), qPrintable(added));
    }
};

QTEST_GUILESS_MAIN(TestAggregateMerge)
#include "tst_aggregatemerge.moc"
