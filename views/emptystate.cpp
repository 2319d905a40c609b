#include "emptystate.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

EmptyState::EmptyState(QAbstractItemView *view)
    : QWidget(view->viewport())
    , m_view(view)
    , m_label(new QLabel(this))
    , m_button(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    // No alignment flag: an aligned word-wrapping label gets its one-line height and
    // clips longer messages; full width lets the layout ask heightForWidth().
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(m_label);
    layout->addWidget(m_button, 0, Qt::AlignHCenter);
    layout->addStretch();
    m_label->setAlignment(Qt::AlignCenter);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::PlaceholderText);
    QFont font = m_label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_label->setFont(font);
    m_button->hide();
    connect(m_button, &QPushButton::clicked, this, &EmptyState::actionTriggered);
    view->viewport()->installEventFilter(this);
    hide();
}

void EmptyState::setMessage(const QString &text, const QString &buttonText)
{
    m_label->setText(text);
    m_button->setText(buttonText);
    m_button->setVisible(!buttonText.isEmpty());
    refresh();
}

QString EmptyState::message() const
{
    return m_label->text();
}

void EmptyState::refresh()
{
    const bool empty = m_view->model() == nullptr || m_view->model()->rowCount() == 0;
    setVisible(empty && !m_label->text().isEmpty());
    if (isVisible()) {
        setGeometry(m_view->viewport()->rect());
        raise();
    }
}

bool EmptyState::eventFilter(QObject *watched, QEvent *event)
{
    // parent() is the viewport; no virtual call on the view, which may be mid-destruction here.
    if (watched == parent() && event->type() == QEvent::Resize)
        setGeometry(QRect(QPoint(), static_cast<const QResizeEvent *>(event)->size()));
    return QWidget::eventFilter(watched, event);
}
