// ColumnFit::widths: how the provider columns share the window's width. Spare room goes to the
// columns that grow, by weight and up to their maximum; missing room comes from the slack of the
// lowest shrink order first; nothing ever goes below its minimum.

#include "columnfitter.h"

#include <QTest>

Q_DECLARE_METATYPE(QList<ColumnSpace>)

namespace {

ColumnSpace space(int minimum, int wanted, int maximum, int growWeight = 0, int shrinkOrder = 0)
{
    return { minimum, wanted, maximum, growWeight, shrinkOrder };
}

int sum(const QList<int> &widths)
{
    int total = 0;
    for (int width : widths)
        total += width;
    return total;
}

} // namespace

class TestColumnFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void widths_data()
    {
        QTest::addColumn<QList<ColumnSpace>>("columns");
        QTest::addColumn<int>("available");
        QTest::addColumn<QList<int>>("expected");

        QTest::addRow("no columns") << QList<ColumnSpace> {} << 500 << QList<int> {};
        QTest::addRow("exactly enough: what they want")
            << QList<ColumnSpace> { space(50, 100, 200), space(20, 40, 40) } << 140 << QList<int> { 100, 40 };
        QTest::addRow("wanted is clamped to the bounds")
            << QList<ColumnSpace> { space(50, 10, 200), space(20, 400, 60) } << 110 << QList<int> { 50, 60 };
        QTest::addRow("spare room by weight")
            << QList<ColumnSpace> { space(0, 100, 1000, 1), space(0, 100, 1000, 3), space(0, 50, 50) } << 650
            << QList<int> { 200, 400, 50 };
        QTest::addRow("a grower at its maximum leaves the rest to the others")
            << QList<ColumnSpace> { space(0, 100, 120, 1), space(0, 100, 1000, 1) } << 400 << QList<int> { 120, 280 };
        QTest::addRow("every grower at its maximum: room stays empty")
            << QList<ColumnSpace> { space(0, 100, 110, 1), space(0, 100, 100) } << 400 << QList<int> { 110, 100 };
        QTest::addRow("missing room from slack, in proportion")
            << QList<ColumnSpace> { space(100, 200, 300), space(100, 400, 500), space(50, 50, 50) } << 550
            << QList<int> { 175, 325, 50 };
        QTest::addRow("lower shrink order gives first")
            << QList<ColumnSpace> { space(100, 300, 300, 0, 1), space(50, 150, 200, 0, 0) } << 400
            << QList<int> { 300, 100 };
        QTest::addRow("then the next order")
            << QList<ColumnSpace> { space(100, 300, 300, 0, 1), space(50, 150, 200, 0, 0) } << 300
            << QList<int> { 250, 50 };
        QTest::addRow("never below a minimum: the view scrolls")
            << QList<ColumnSpace> { space(100, 300, 300), space(50, 150, 200) } << 100 << QList<int> { 100, 50 };
        QTest::addRow("odd pixels still add up")
            << QList<ColumnSpace> { space(0, 10, 1000, 1), space(0, 10, 1000, 1), space(0, 10, 1000, 1) } << 101
            << QList<int> { 34, 34, 33 };
    }
    void widths()
    {
        QFETCH(QList<ColumnSpace>, columns);
        QFETCH(int, available);
        QFETCH(QList<int>, expected);
        const QList<int> widths = ColumnFit::widths(columns, available);
        QCOMPARE(widths, expected);
        for (int i = 0; i < columns.size(); ++i)
            QVERIFY2(widths[i] >= columns[i].minimum, qPrintable(QStringLiteral("column %1").arg(i)));
    }

    // However the room and the columns are drawn, the widths fill the room exactly whenever the
    // bounds allow it.
    void widthsFillTheRoomWhenTheBoundsAllow()
    {
        const QList<ColumnSpace> columns { space(80, 200, 400, 2, 2), space(100, 100, 100), space(40, 90, 300, 0, 0),
                                           space(60, 150, 700, 3, 1) };
        // From the sum of the minimums to what the growers reach at their maximums.
        for (int available = 280; available <= 1290; available += 7) {
            const QList<int> widths = ColumnFit::widths(columns, available);
            QCOMPARE(sum(widths), available);
        }
    }
};

QTEST_GUILESS_MAIN(TestColumnFit)
#include "tst_columnfit.moc"
