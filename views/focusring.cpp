#include "focusring.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QTextEdit>

class FocusRingWidget : public QWidget
{
public:
    explicit FocusRingWidget(QWidget *parent)
        : QWidget(parent)
    {
        setAttribute(Qt::WA_TransparentForMouseEvents);
        setAttribute(Qt::WA_NoSystemBackground);
        setFocusPolicy(Qt::NoFocus);
        setObjectName(QStringLiteral("focusRing"));
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(palette().color(QPalette::Active, QPalette::Highlight), ringWidth));
        painter.setBrush(Qt::NoBrush);
        const qreal half = ringWidth / 2.0;
        painter.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 3, 3);
    }

public:
    static constexpr int ringWidth = 2;
};

FocusRing::FocusRing(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { follow(now); });
}

void FocusRing::install()
{
    if (qApp->findChild<FocusRing *>(QString(), Qt::FindDirectChildrenOnly) == nullptr)
        new FocusRing(qApp);
}

bool FocusRing::wantsRing(const QWidget *widget)
{
    if (widget == nullptr || widget->isWindow() || widget->parentWidget() == nullptr)
        return false;
    // A combo box's line edit: the ring goes around the whole combo box (follow()).
    return qobject_cast<const QLineEdit *>(widget) != nullptr
        || qobject_cast<const QAbstractSpinBox *>(widget) != nullptr
        || qobject_cast<const QComboBox *>(widget) != nullptr
        || qobject_cast<const QAbstractItemView *>(widget) != nullptr
        || qobject_cast<const QPlainTextEdit *>(widget) != nullptr
        || qobject_cast<const QTextEdit *>(widget) != nullptr;
}

QWidget *FocusRing::ring() const
{
    return m_ring;
}

void FocusRing::follow(QWidget *focused)
{
    // Inner parts take the focus for their owner: a spin box's or combo box's line edit.
    for (QWidget *owner = focused ? focused->parentWidget() : nullptr; owner != nullptr && !owner->isWindow();
         owner = owner->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner)) {
            focused = owner;
            break;
        }
    }
    if (!wantsRing(focused))
        focused = nullptr;
    if (m_target == focused)
        return;
    if (m_target)
        m_target->removeEventFilter(this);
    disconnect(m_targetDestroyed);
    m_target = focused;
    if (!m_target) {
        if (m_ring)
            m_ring->hide();
        return;
    }
    m_target->installEventFilter(this);
    // A field deleted while focused (a dialog row removed) must not leave its ring behind.
    m_targetDestroyed = connect(m_target, &QObject::destroyed, this, [this] {
        if (m_ring)
            m_ring->hide();
    });
    if (!m_ring)
        m_ring = new FocusRingWidget(m_target->parentWidget());
    else if (m_ring->parentWidget() != m_target->parentWidget())
        m_ring->setParent(m_target->parentWidget());
    place();
}

void FocusRing::place()
{
    if (!m_target || !m_ring)
        return;
    if (!m_target->isVisible()) {
        m_ring->hide();
        return;
    }
    m_ring->setGeometry(m_target->geometry());
    m_ring->raise();
    m_ring->show();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target) {
        switch (event->type()) {
        case QEvent::Move:
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::Hide:
        case QEvent::ZOrderChange:
            place();
            break;
        case QEvent::ParentChange:
            if (m_ring && m_target->parentWidget() != nullptr)
                m_ring->setParent(m_target->parentWidget());
            place();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}
