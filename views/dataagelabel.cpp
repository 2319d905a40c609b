#include "dataagelabel.h"

#include "loadstatus.h"
#include "refreshschedule.h"

#include <QTimer>

DataAgeLabel::DataAgeLabel(const LoadStatus *status, const RefreshSchedule *schedule, QWidget *parent)
    : QLabel(parent)
    , m_status(status)
    , m_schedule(schedule)
    , m_tick(new QTimer(this))
{
    setObjectName(QStringLiteral("dataAge"));
    setToolTip(tr("When the providers on screen were last read completely, and when the window reads them "
                  "again (View → Auto-Refresh). A refresh lists the providers and re-reads only those whose "
                  "generation moved."));
    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, &DataAgeLabel::updateText);
    connect(status, &LoadStatus::changed, this, &DataAgeLabel::updateText);
    connect(schedule, &RefreshSchedule::changed, this, &DataAgeLabel::updateText);
    m_tick->start();
    updateText();
}

QString DataAgeLabel::duration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds < 60)
        return tr("%n s", nullptr, int(seconds));
    if (seconds < 3600)
        return tr("%n min", nullptr, int(seconds / 60));
    return tr("%n h", nullptr, int(seconds / 3600));
}

QString DataAgeLabel::describe(const QDateTime &dataFrom, const QDateTime &now, const RefreshSchedule &schedule)
{
    if (!dataFrom.isValid())
        return {};
    const QString age
        = tr("Data from %1, %2 ago").arg(dataFrom.toString(QStringLiteral("HH:mm:ss")), duration(dataFrom.secsTo(now)));
    QString watch;
    if (!schedule.isActive())
        watch = tr("auto-refresh off");
    else if (schedule.failuresInARow() > 0)
        watch = tr("next try in %1 (backing off)").arg(duration(now.secsTo(schedule.nextDue())));
    else
        watch = tr("refreshing every %1").arg(duration(schedule.interval()));
    return age + QStringLiteral(" · ") + watch;
}

void DataAgeLabel::updateText()
{
    setText(describe(m_status->lastSuccess(), QDateTime::currentDateTime(), *m_schedule));
}
