#include "loadstatusbanner.h"

#include "loadstatus.h"
#include "palettecolors.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>

namespace {
// Time of day for today, date and time otherwise: "since 14:02:11" must not hide a day.
QString when(const QDateTime &at)
{
    const QLocale locale;
    if (at.date() == QDate::currentDate())
        return locale.toString(at.time(), QStringLiteral("HH:mm:ss"));
    return locale.toString(at, QLocale::ShortFormat);
}
} // namespace

LoadStatusBanner::LoadStatusBanner(LoadStatus *status, QWidget *parent)
    : QFrame(parent)
    , m_status(status)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_retry(new QPushButton(tr("&Retry"), this))
{
    setObjectName(QStringLiteral("loadStatusBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, PaletteColors::warningBackground(pal));
    setPalette(pal);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry->setAutoDefault(false);
    m_retry->setToolTip(tr("Load the providers again (F5)"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry, 0, Qt::AlignVCenter);
    connect(m_retry, &QPushButton::clicked, this, &LoadStatusBanner::retryRequested);
    connect(m_status, &LoadStatus::changed, this, &LoadStatusBanner::update);
    update();
}

QString LoadStatusBanner::text() const
{
    return isVisibleTo(parentWidget()) ? m_text->text() : QString();
}

void LoadStatusBanner::update()
{
    QString text;
    switch (m_status->state()) {
    case LoadStatus::State::NoData:
    case LoadStatus::State::Fresh:
        break;
    case LoadStatus::State::Failed:
        text = m_status->lastSuccess().isValid()
            ? tr("Showing data from %1. The refresh at %2 failed: %3")
                  .arg(when(m_status->lastSuccess()), when(m_status->lastAttempt()), m_status->failure().message())
            : tr("No data: loading at %1 failed: %2").arg(when(m_status->lastAttempt()), m_status->failure().message());
        m_retry->setText(tr("&Retry"));
        break;
    case LoadStatus::State::Partial:
        text = tr("Loaded at %1, but %n provider(s) could not be read completely (first: %2). Their rows say "
                  "what is missing.",
                  nullptr, m_status->unreadCount())
                   .arg(when(m_status->lastSuccess()), m_status->firstUnreadReason());
        m_retry->setText(tr("&Retry"));
        break;
    case LoadStatus::State::Cancelled:
        text = tr("Loading was stopped at %1: some providers are not fully loaded.").arg(when(m_status->lastAttempt()));
        m_retry->setText(tr("&Load the Rest"));
        break;
    }
    m_text->setText(text);
    setVisible(!text.isEmpty());
}
