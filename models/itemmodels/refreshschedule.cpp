#include "refreshschedule.h"

#include <QTimer>

#include <algorithm>

RefreshSchedule::RefreshSchedule(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        // Armed again at once: if this refresh is skipped (a write in flight) or never reports
        // back, the next one still comes.
        arm();
        Q_EMIT due();
    });
}

void RefreshSchedule::setInterval(int seconds)
{
    m_interval = std::max(0, seconds);
    m_failures = 0;
    arm();
}

void RefreshSchedule::refreshFailed()
{
    ++m_failures;
    arm();
}

void RefreshSchedule::refreshSucceeded()
{
    m_failures = 0;
    arm();
}

int RefreshSchedule::currentDelaySeconds() const
{
    if (m_interval <= 0)
        return 0;
    // Doubling per failure in a row; the shift is bounded so it cannot overflow.
    const qint64 delay = qint64(m_interval) << std::min(m_failures, 16);
    return static_cast<int>(std::min<qint64>(delay, std::max(m_interval, longestBackoffSeconds)));
}

void RefreshSchedule::arm()
{
    if (m_interval <= 0) {
        m_timer->stop();
        m_nextDue = {};
    } else {
        const int delay = currentDelaySeconds();
        m_timer->start(delay * 1000);
        m_nextDue = QDateTime::currentDateTime().addSecs(delay);
    }
    Q_EMIT changed();
}
