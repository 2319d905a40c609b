// Watch mode's timing: RefreshSchedule waits its interval while refreshes succeed, doubles the
// wait per failure in a row up to five minutes, and comes back after a success; DataAgeLabel
// says how old the data is and what the schedule does next.

#include "dataagelabel.h"
#include "refreshschedule.h"
#include "testwaits.h"

#include <QSignalSpy>
#include <QTest>

class TestRefreshSchedule : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backoff_data()
    {
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("failures");
        QTest::addColumn<int>("delay");
        QTest::addRow("no failure") << 30 << 0 << 30;
        QTest::addRow("one failure doubles") << 30 << 1 << 60;
        QTest::addRow("three in a row") << 30 << 3 << 240;
        QTest::addRow("capped at five minutes") << 30 << 4 << 300;
        QTest::addRow("many failures stay capped") << 30 << 40 << 300;
        QTest::addRow("an interval above the cap is not shortened") << 600 << 2 << 600;
        QTest::addRow("off stays off") << 0 << 3 << 0;
    }
    void backoff()
    {
        QFETCH(int, interval);
        QFETCH(int, failures);
        QFETCH(int, delay);
        RefreshSchedule schedule;
        schedule.setInterval(interval);
        for (int i = 0; i < failures; ++i)
            schedule.refreshFailed();
        QCOMPARE(schedule.currentDelaySeconds(), delay);
        QCOMPARE(schedule.nextDue().isValid(), interval > 0);
        schedule.refreshSucceeded();
        QCOMPARE(schedule.failuresInARow(), 0);
        QCOMPARE(schedule.currentDelaySeconds(), interval);
    }

    void dueComesEveryInterval()
    {
        RefreshSchedule schedule;
        QSignalSpy due(&schedule, &RefreshSchedule::due);
        schedule.setInterval(1);
        QVERIFY(due.wait(unitWaitMs));
        // Armed again by itself, also when nobody reports how the refresh went.
        QVERIFY(due.wait(unitWaitMs));
        schedule.setInterval(0);
        QVERIFY(!schedule.nextDue().isValid());
    }

    void dataAgeText_data()
    {
        QTest::addColumn<int>("ageSeconds");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("failures");
        QTest::addColumn<QString>("expected"); // %1: the data's time of day
        QTest::addRow("fresh, watching") << 4 << 30 << 0
                                         << QStringLiteral("Data from %1, 4 s ago · refreshing every 30 s");
        QTest::addRow("minutes") << 150 << 60 << 0
                                 << QStringLiteral("Data from %1, 2 min ago · refreshing every 1 min");
        QTest::addRow("hours, off") << 7300 << 0 << 0 << QStringLiteral("Data from %1, 2 h ago · auto-refresh off");
        QTest::addRow("backing off") << 70 << 30 << 2
                                     << QStringLiteral("Data from %1, 1 min ago · next try in 2 min (backing off)");
    }
    void dataAgeText()
    {
        QFETCH(int, ageSeconds);
        QFETCH(int, interval);
        QFETCH(int, failures);
        QFETCH(QString, expected);
        RefreshSchedule schedule;
        schedule.setInterval(interval);
        for (int i = 0; i < failures; ++i)
            schedule.refreshFailed();
        // Seen exactly when the schedule was armed, so the next try is its whole delay away.
        const QDateTime now = schedule.isActive() ? schedule.nextDue().addSecs(-schedule.currentDelaySeconds())
                                                  : QDateTime::currentDateTime();
        const QDateTime dataFrom = now.addSecs(-ageSeconds);
        QCOMPARE(DataAgeLabel::describe(dataFrom, now, schedule),
                 expected.arg(dataFrom.toString(QStringLiteral("HH:mm:ss"))));
        QCOMPARE(DataAgeLabel::describe({}, now, schedule), QString()); // nothing loaded yet
    }
};

QTEST_GUILESS_MAIN(TestRefreshSchedule)
#include "tst_refreshschedule.moc"
