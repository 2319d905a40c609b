#include "loadstatus.h"

LoadStatus::LoadStatus(QObject *parent)
    : QObject(parent)
{ }

void LoadStatus::reset()
{
    m_state = State::NoData;
    m_lastSuccess = {};
    m_lastAttempt = {};
    m_failure = {};
    m_unread = 0;
    m_firstUnreadReason.clear();
    Q_EMIT changed();
}

void LoadStatus::loadCompleted(const QDateTime &at, int unreadProviders, const QString &firstUnreadReason)
{
    m_state = unreadProviders > 0 ? State::Partial : State::Fresh;
    m_lastSuccess = at;
    m_lastAttempt = at;
    m_failure = {};
    m_unread = unreadProviders;
    m_firstUnreadReason = firstUnreadReason;
    Q_EMIT changed();
}

void LoadStatus::loadFailed(const QDateTime &at, const PlacementError &error)
{
    m_state = State::Failed;
    m_lastAttempt = at;
    m_failure = error;
    Q_EMIT changed();
}

void LoadStatus::loadCancelled(const QDateTime &at)
{
    // A cancel after a failure does not make the old data any fresher.
    if (m_state == State::Failed)
        return;
    m_state = State::Cancelled;
    m_lastAttempt = at;
    Q_EMIT changed();
}
