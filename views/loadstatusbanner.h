#pragma once

// A bar above the provider list that says, for as long as it holds, that the data shown is
// not the server's current state: the last refresh failed (since when, why), was stopped,
// or left some providers unread. It offers a retry and hides only once a load succeeds.

#include <QFrame>

class LoadStatus;
class QLabel;
class QPushButton;

class LoadStatusBanner : public QFrame
{
    Q_OBJECT
public:
    explicit LoadStatusBanner(LoadStatus *status, QWidget *parent = nullptr);

    QString text() const;
    QPushButton *retryButton() const { return m_retry; }

Q_SIGNALS:
    void retryRequested();

private:
    void update();

    LoadStatus *m_status;
    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_retry;
};
