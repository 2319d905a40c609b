#pragma once

// The differences between a snapshot and the cloud (or two snapshots) as a table: what
// changed, on which provider, and the detail. Filled once per comparison (a reset: a new
// comparison is a new list, not a refresh of the old one). QtCore only.

#include <QAbstractTableModel>

#include "snapshotdiff.h"

class SnapshotDiffModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        KindColumn,
        ProviderColumn,
        UuidColumn,
        DetailColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ProviderUuidRole = Qt::UserRole + 1,
        KindRole, // SnapshotDifference::Kind as int
    };

    explicit SnapshotDiffModel(QObject *parent = nullptr);

    void setDifferences(const QList<SnapshotDifference> &differences);
    const QList<SnapshotDifference> &differences() const { return m_differences; }
    // Every provider with at least one difference, once each, in the order of the rows.
    QStringList providerUuids() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<SnapshotDifference> m_differences;
};
