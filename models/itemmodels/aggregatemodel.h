#pragma once

// Aggregates as first-class rows, derived from the providers loaded in a ProviderModel:
// UUID, the local label (editable) and how many loaded providers are members.
// Recomputed shortly after the providers change and merged, so selection survives.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class AggregateLabels;
class ProviderModel;
class QTimer;

class AggregateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UuidColumn,
        LabelColumn,
        MemberCountColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SortRole
    };

    AggregateModel(ProviderModel *providers, AggregateLabels *labels, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    int rowOf(const QString &uuid) const;
    QString uuidAt(int row) const { return m_rows.at(row).uuid; }
    int memberCount(const QString &uuid) const;
    // Recomputes now instead of after the debounce (tests, export).
    void refreshNow();

private:
    struct Row
    {
        QString uuid;
        int members = 0;
    };
    void scheduleRefresh();

    ProviderModel *m_providers;
    AggregateLabels *m_labels;
    QTimer *m_debounce;
    QList<Row> m_rows;
};
