#pragma once

// When the window refreshes on its own (watch mode): every interval while refreshes succeed;
// after a failure the wait doubles with each failure in a row, up to five minutes, so a server
// that is down is not hammered; the first success brings the interval back. The refresh
// itself is cheap on an unchanged cloud (ProviderLoader re-reads only providers whose
// generation moved) and waits while a write is in flight (AppController::refreshWhenIdle).

#include <QDateTime>
#include <QObject>

class QTimer;

class RefreshSchedule : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultIntervalSeconds = 30;
    static constexpr int longestBackoffSeconds = 300;

    explicit RefreshSchedule(QObject *parent = nullptr);

    // 0 turns the schedule off.
    void setInterval(int seconds);
    int interval() const { return m_interval; }
    bool isActive() const { return m_interval > 0; }

    void refreshFailed();
    void refreshSucceeded();
    int failuresInARow() const { return m_failures; }
    // What the schedule waits now: the interval, or longer after failures.
    int currentDelaySeconds() const;
    // When due() comes next; invalid while off.
    QDateTime nextDue() const { return m_nextDue; }

Q_SIGNALS:
    void due();
    // The interval, the backoff or the next time changed.
    void changed();

private:
    void arm();

    QTimer *m_timer;
    int m_interval = 0;
    int m_failures = 0;
    QDateTime m_nextDue;
};
