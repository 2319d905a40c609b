#pragma once

// The aggregate-centric view: every Nova aggregate (also one without placement members) and
// every placement aggregate seen, with how many hosts Nova lists, how many members Placement
// has and whether they agree; for the selected aggregate, Nova's hosts and Placement's members
// side by side, row by row. Read-only: it emits what the operator asked for (open a provider,
// compare again).

#include <QWidget>

class AggregateComparisonModel;
class AggregateHostsModel;
class NovaOverlay;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class AggregateComparisonPage : public QWidget
{
    Q_OBJECT
public:
    AggregateComparisonPage(AggregateComparisonModel *aggregates, NovaOverlay *nova, QWidget *parent = nullptr);

    QTableView *aggregateView() const { return m_aggregateView; }
    QTableView *hostsView() const { return m_hostsView; }
    AggregateHostsModel *hosts() const { return m_hosts; }
    QLineEdit *filterEdit() const { return m_filter; }
    QString currentAggregate() const;
    void selectAggregate(const QString &uuid);
    QString statusText() const;
    QString titleText() const;

Q_SIGNALS:
    void providerActivated(const QString &uuid);
    // Compare Nova and Placement again (k + 2 Placement calls, no provider reload).
    void scanRequested();

private:
    void onAggregateChanged();
    void updateStatus();

    AggregateComparisonModel *m_aggregates;
    NovaOverlay *m_nova;
    QSortFilterProxyModel *m_proxy;
    AggregateHostsModel *m_hosts;
    QSortFilterProxyModel *m_hostsProxy;
    QLabel *m_status;
    QLineEdit *m_filter;
    QPushButton *m_scan;
    QTableView *m_aggregateView;
    QLabel *m_title;
    QTableView *m_hostsView;
};
