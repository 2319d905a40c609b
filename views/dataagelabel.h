#pragma once

// The status bar's answer to "how old is what I see?": "Data from 14:02:11, 4 s ago ·
// refreshing every 30 s", or "· next try in 2 min (backing off)" after failed refreshes, or
// "· auto-refresh off". Ticks every second; empty until something was loaded.

#include <QDateTime>
#include <QLabel>

class LoadStatus;
class QTimer;
class RefreshSchedule;

class DataAgeLabel : public QLabel
{
    Q_OBJECT
public:
    DataAgeLabel(const LoadStatus *status, const RefreshSchedule *schedule, QWidget *parent = nullptr);

    // The text for data loaded at `dataFrom`, seen at `now`, under `schedule` (pure: for tests).
    static QString describe(const QDateTime &dataFrom, const QDateTime &now, const RefreshSchedule &schedule);
    // "4 s", "2 min", "3 h": the coarsest unit that is at least one.
    static QString duration(qint64 seconds);

    void updateText();

private:
    const LoadStatus *m_status;
    const RefreshSchedule *m_schedule;
    QTimer *m_tick;
};
