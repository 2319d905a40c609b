#pragma once

// Aggregates as first-class rows (UUID, editable local label, loaded member count; with Nova
// data also the Nova name, zone and isolation) and, for the selected aggregate, its member
// providers from the loaded data, with a button that asks the server (member_of) whether the
// loaded picture is complete.

#include <QWidget>

class AggregateMembersProxy;
class AggregateModel;
class ProviderModel;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class AggregatePage : public QWidget
{
    Q_OBJECT
public:
    AggregatePage(AggregateModel *aggregates, ProviderModel *providers, QWidget *parent = nullptr);

    QTableView *aggregateView() const { return m_aggregateView; }
    QTableView *memberView() const { return m_memberView; }
    AggregateMembersProxy *members() const { return m_members; }
    QString currentAggregate() const;
    void selectAggregate(const QString &uuid);
    // Shows the outcome of a server check for an aggregate (ignored when another is selected now).
    void showCheckResult(const QString &aggregate, const QString &text, bool consistent);
    QString checkResultText() const;
    // The line above the members: which aggregate, with its Nova name and badges.
    QString titleText() const;

Q_SIGNALS:
    void checkRequested(const QString &aggregate);
    void providerActivated(const QString &uuid);

private:
    void onAggregateChanged();
    void updateNovaColumns();

    AggregateModel *m_aggregates;
    QSortFilterProxyModel *m_aggregateProxy;
    AggregateMembersProxy *m_members;
    QTableView *m_aggregateView;
    QTableView *m_memberView;
    QLabel *m_title;
    QPushButton *m_checkButton;
    QLabel *m_checkResult;
};
