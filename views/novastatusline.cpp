#include "novastatusline.h"

#include "novaoverlay.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

NovaStatusLine::NovaStatusLine(NovaOverlay *overlay, QWidget *parent)
    : QFrame(parent)
    , m_overlay(overlay)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("novaStatusLine"));
    // Plain on purpose: the app works without Nova; this is information, not a failure.
    setFrameShape(QFrame::NoFrame);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(iconSize, iconSize));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 3, 8, 3);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    connect(m_overlay, &NovaOverlay::stateChanged, this, &NovaStatusLine::update);
    update();
}

QString NovaStatusLine::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void NovaStatusLine::update()
{
    const QString text = m_overlay->statusText();
    m_text->setText(text);
    setToolTip(text.isEmpty() ? QString()
                              : tr("Nova names, availability zones, hosts and drift need the compute API "
                                   "(admin-only by default, microversion 2.53 or later)."));
    setVisible(!text.isEmpty());
}
