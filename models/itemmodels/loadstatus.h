#pragma once

// What the provider data on screen is worth: when it was last loaded completely, and
// whether the latest attempt failed, was cancelled or left some providers unread. A
// failure stays until a load succeeds, so the window can show it for as long as it holds
// (a status-bar text that the next message overwrites tells the operator nothing).

#include <QDateTime>
#include <QObject>
#include <QStringList>

#include "placementerror.h"

class LoadStatus : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        NoData, // nothing loaded yet on this connection
        Fresh, // the last load completed and read every provider
        Partial, // the last load completed; some providers could not be read completely
        Cancelled, // the last load was stopped; some rows are not loaded
        Failed, // the last attempt failed (connect or list): the rows are from lastSuccess(), or none
    };
    Q_ENUM(State)

    explicit LoadStatus(QObject *parent = nullptr);

    State state() const { return m_state; }
    // When a load last completed (Fresh or Partial); invalid if never.
    QDateTime lastSuccess() const { return m_lastSuccess; }
    QDateTime lastAttempt() const { return m_lastAttempt; }
    // Why the last attempt failed (Failed only).
    const PlacementError &failure() const { return m_failure; }
    // The providers that could not be read completely (Partial only).
    int unreadCount() const { return m_unread; }
    QString firstUnreadReason() const { return m_firstUnreadReason; }
    bool needsAttention() const
    {
        return m_state == State::Partial || m_state == State::Cancelled || m_state == State::Failed;
    }

    // A new connection: nothing is known.
    void reset();
    void loadCompleted(const QDateTime &at, int unreadProviders, const QString &firstUnreadReason);
    void loadFailed(const QDateTime &at, const PlacementError &error);
    void loadCancelled(const QDateTime &at);

Q_SIGNALS:
    void changed();

private:
    State m_state = State::NoData;
    QDateTime m_lastSuccess;
    QDateTime m_lastAttempt;
    PlacementError m_failure;
    int m_unread = 0;
    QString m_firstUnreadReason;
};
