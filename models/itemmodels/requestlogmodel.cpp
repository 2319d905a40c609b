#include "requestlogmodel.h"

#include "requestlog.h"

#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_syncTimer(new QTimer(this))
{
    m_syncTimer->setSingleShot(true);
    m_syncTimer->setInterval(150);
    connect(m_syncTimer, &QTimer::timeout, this, &RequestLogModel::sync);
    connect(log, &RequestLog::entryAdded, this, [this](int dropped) {
        m_droppedSinceSync += dropped;
        if (!m_syncTimer->isActive())
            m_syncTimer->start();
    });
    connect(log, &RequestLog::cleared, this, [this] {
        beginResetModel();
        m_rows = 0;
        m_droppedSinceSync = 0;
        endResetModel();
    });
    sync();
}

void RequestLogModel::sync()
{
    m_syncTimer->stop();
    // Row r shows log entry r - m_droppedSinceSync: first remove the rows whose entries are gone.
    const int gone = qMin(m_droppedSinceSync, m_rows);
    if (gone > 0) {
        beginRemoveRows({}, 0, gone - 1);
        m_rows -= gone;
        m_droppedSinceSync -= gone;
        endRemoveRows();
    }
    m_droppedSinceSync = 0; // entries dropped before they were ever shown need no signal
    const int total = m_log->size();
    if (total > m_rows) {
        beginInsertRows({}, m_rows, total - 1);
        m_rows = total;
        endInsertRows();
    }
}

const RequestLogEntry *RequestLogModel::entryAt(int row) const
{
    const int i = row - m_droppedSinceSync;
    if (i < 0 || i >= m_log->size())
        return nullptr;
    return &m_log->at(i);
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case MethodColumn:
        return tr("Method");
    case StatusColumn:
        return tr("Status");
    case DurationColumn:
        return tr("ms");
    case UrlColumn:
        return tr("URL");
    case RequestIdColumn:
        return tr("Request ID");
    case OutcomeColumn:
        return tr("Outcome");
    default:
        return {};
    }
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestLogEntry *e = entryAt(index.row());
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
    case FilterRole:
        switch (index.column()) {
        case TimeColumn:
            return role == SortRole ? QVariant(e->serial)
                                    : QVariant(e->started.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")));
        case MethodColumn:
            return QString::fromLatin1(e->method);
        case StatusColumn:
            return e->status == 0 && role == Qt::DisplayRole ? QVariant(tr("—")) : QVariant(e->status);
        case DurationColumn:
            return e->durationMs;
        case UrlColumn:
            return role == Qt::DisplayRole ? shortPath(e->url) : e->url;
        case RequestIdColumn:
            return e->requestId;
        case OutcomeColumn:
            return e->outcome;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == UrlColumn)
            return tr("%1 %2\nmicroversion %3").arg(QString::fromLatin1(e->method), e->url, e->microversion);
        if (index.column() == OutcomeColumn && !e->outcome.isEmpty())
            return e->outcome;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StatusColumn || index.column() == DurationColumn)
            return { Qt::AlignRight | Qt::AlignVCenter };
        return {};
    case CurlRole:
        return e->toCurl();
    case FailedRole:
        return !e->outcome.isEmpty() || e->status == 0 || e->status >= 400;
    default:
        return {};
    }
}

QString RequestLogModel::shortPath(const QString &url)
{
    static const QRegularExpression uuid(QStringLiteral(
        "([0-9a-fA-F]{8})-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{4}-?[0-9a-fA-F]{8}([0-9a-fA-F]{4})"));
    const QUrl parsed(url);
    QString path = parsed.isValid() && !parsed.host().isEmpty()
        ? parsed.toString(QUrl::RemoveScheme | QUrl::RemoveAuthority | QUrl::RemoveFragment)
        : url;
    if (path.isEmpty())
        path = QStringLiteral("/");
    return path.replace(uuid, QStringLiteral("\\1…\\2"));
}
