#pragma once

// A message with an optional action button laid over an item view's viewport while
// the view has no rows: says why it is empty and what to do about it.

#include <QWidget>

class QAbstractItemView;
class QLabel;
class QPushButton;

class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QAbstractItemView *view);

    // An empty buttonText hides the button.
    void setMessage(const QString &text, const QString &buttonText = {});
    QString message() const;
    QPushButton *button() const { return m_button; }
    // Shows the overlay when the view's model has no rows (and a message is set).
    void refresh();

Q_SIGNALS:
    void actionTriggered();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    QLabel *m_label;
    QPushButton *m_button;
};
