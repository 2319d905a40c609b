#pragma once

// The client's RequestLog as a table for the request-log dock. New entries are appended
// in batches (a full load logs tens of thousands of calls); old ones fall off the front
// as the bounded log drops them.

#include <QAbstractTableModel>

class QTimer;
class RequestLog;
struct RequestLogEntry;

class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        MethodColumn,
        StatusColumn,
        DurationColumn,
        UrlColumn,
        RequestIdColumn,
        OutcomeColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        CurlRole = Qt::UserRole + 1,
        FailedRole,
        SortRole,
        FilterRole, // the full text of a cell (the whole URL), for the log's filter box
    };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Applies what the log gained or dropped since the last sync (normally on a short timer).
    void sync();

    // What the URL column shows: the path and query after the host, each UUID shortened to its
    // first eight and last four characters ("/resource_providers/8a3a2f0e…0e11/aggregates"), so
    // the part that tells calls apart stays in view. The tooltip has the whole URL.
    static QString shortPath(const QString &url);

private:
    const RequestLogEntry *entryAt(int row) const;

    RequestLog *m_log;
    QTimer *m_syncTimer;
    int m_rows = 0; // rows the views know about
    int m_droppedSinceSync = 0; // log entries gone from the front that are still rows here
};
