#include "snapshotdiffmodel.h"

SnapshotDiffModel::SnapshotDiffModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void SnapshotDiffModel::setDifferences(const QList<SnapshotDifference> &differences)
{
    beginResetModel();
    m_differences = differences;
    endResetModel();
}

QStringList SnapshotDiffModel::providerUuids() const
{
    QStringList uuids;
    for (const SnapshotDifference &d : m_differences)
        uuids << d.providerUuid;
    uuids.removeDuplicates();
    return uuids;
}

int SnapshotDiffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_differences.size());
}

int SnapshotDiffModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SnapshotDiffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SnapshotDifference &d = m_differences.at(index.row());
    switch (role) {
    case ProviderUuidRole:
        return d.providerUuid;
    case KindRole:
        return static_cast<int>(d.kind);
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return SnapshotDifference::kindLabel(d.kind);
        case ProviderColumn:
            return d.providerName;
        case UuidColumn:
            return d.providerUuid;
        case DetailColumn:
            return d.detail();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        // Aggregate lists can be long: one per line.
        if (index.column() == DetailColumn && !d.aggregates.isEmpty())
            return d.aggregates.join(QLatin1Char('\n'));
        return {};
    default:
        return {};
    }
}

QVariant SnapshotDiffModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Change");
    case ProviderColumn:
        return tr("Provider");
    case UuidColumn:
        return tr("UUID");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}
