#pragma once

// The request log: method, URL, status, duration and request id of every call, a text
// filter, "only failures", and "copy as curl" (token redacted) to reproduce a call.

#include <QWidget>

class QAbstractItemModel;
class QCheckBox;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

class RequestLogView : public QWidget
{
    Q_OBJECT
public:
    explicit RequestLogView(QAbstractItemModel *logModel, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    // The curl command of the current row, as copied to the clipboard.
    QString currentCurl() const;
    void copyCurl() const;

private:
    void applyFilter();

    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_failuresOnly;
    QTableView *m_view;
};
