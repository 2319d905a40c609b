#include "aggregatemembersproxy.h"

#include "providermodel.h"

AggregateMembersProxy::AggregateMembersProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProviderModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void AggregateMembersProxy::setAggregate(const QString &uuid)
{
    if (uuid == m_uuid)
        return;
    m_uuid = uuid;
    invalidateFilter();
}

QStringList AggregateMembersProxy::memberUuids() const
{
    QStringList uuids;
    for (int row = 0; row < rowCount(); ++row)
        uuids << index(row, 0).data(ProviderModel::UuidRole).toString();
    return uuids;
}

bool AggregateMembersProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_uuid.isEmpty())
        return false;
    return sourceModel()
        ->index(sourceRow, 0, sourceParent)
        .data(ProviderModel::AggregatesRole)
        .toStringList()
        .contains(m_uuid);
}
