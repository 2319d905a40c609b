#pragma once

// Aggregates as first-class rows, derived from the providers loaded in a ProviderModel:
// UUID, the local label (editable) and how many loaded providers are members; with Nova data
// (NovaOverlay) also the Nova name, availability zone and isolation ("not a Nova aggregate" for
// the rest). Recomputed shortly after the providers change and merged, so selection survives.

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

class AggregateLabels;
class NovaOverlay;
class ProviderModel;
class QTimer;

class AggregateModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        UuidColumn,
        NovaNameColumn, // Nova's name; "not a Nova aggregate" when Nova data is present and does not know it
        AvailabilityZoneColumn, // Nova's availability_zone metadata
        LabelColumn,
        MemberCountColumn,
        IsolationColumn, // tenant isolation and required traits (Nova metadata)
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SortRole,
        IsNovaRole, // bool: a Nova aggregate (false also without Nova data)
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
    // Names, zones and isolation from Nova; rows change by dataChanged when it does.
    void setNovaOverlay(NovaOverlay *overlay);
    NovaOverlay *novaOverlay() const { return m_nova; }
    static bool isNovaColumn(int column)
    {
        return column == NovaNameColumn || column == AvailabilityZoneColumn || column == IsolationColumn;
    }
    // Recomputes now instead of after the debounce (tests, export).
    void refreshNow();

private:
    struct Row
    {
        QString uuid;
        int members = 0;
    };
    void scheduleRefresh();
    QVariant novaText(const Row &r, int column) const;
    void rowsOfAggregatesChanged(const QStringList &uuids);

    ProviderModel *m_providers;
    AggregateLabels *m_labels;
    NovaOverlay *m_nova = nullptr;
    QTimer *m_debounce;
    QList<Row> m_rows;
};
