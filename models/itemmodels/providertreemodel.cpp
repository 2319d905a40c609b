#include "providertreemodel.h"

#include "providermodel.h"

ProviderTreeModel::ProviderTreeModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

void ProviderTreeModel::setSourceModel(QAbstractItemModel *source)
{
    beginResetModel();
    if (m_source)
        disconnect(m_source, nullptr, this, nullptr);
    m_source = qobject_cast<ProviderModel *>(source);
    Q_ASSERT(m_source || !source);
    QAbstractProxyModel::setSourceModel(m_source);
    if (m_source) {
        connect(m_source, &QAbstractItemModel::modelAboutToBeReset, this, &ProviderTreeModel::beginResetModel);
        connect(m_source, &QAbstractItemModel::modelReset, this, [this] {
            rebuild();
            endResetModel();
        });
        // Before removals the old mapping is still valid: remember where everything is.
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ProviderTreeModel::beginRelayout);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &ProviderTreeModel::endRelayout);
        // Rows are only appended, so existing source rows keep their numbers until rebuild().
        connect(m_source, &QAbstractItemModel::rowsInserted, this, [this] {
            if (m_nodes.isEmpty()) {
                beginResetModel();
                rebuild();
                endResetModel();
                return;
            }
            beginRelayout();
            endRelayout();
        });
        connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this, &ProviderTreeModel::beginRelayout);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &ProviderTreeModel::endRelayout);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &ProviderTreeModel::onSourceDataChanged);
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuild();
    endResetModel();
}

void ProviderTreeModel::rebuild()
{
    m_nodes.clear();
    m_roots.clear();
    if (!m_source)
        return;
    const int count = m_source->rowCount();
    m_nodes.resize(count);
    for (int i = 0; i < count; ++i) {
        const QString parentUuid = m_source->row(i).provider.parentUuid;
        int parentRow = parentUuid.isEmpty() ? -1 : m_source->rowOf(parentUuid);
        // Guard against a cycle in bad server data: walk up and give up on revisiting i.
        for (int up = parentRow, steps = 0; up >= 0 && parentRow >= 0; ++steps) {
            if (up == i || steps > count) {
                parentRow = -1;
                break;
            }
            const QString next = m_source->row(up).provider.parentUuid;
            up = next.isEmpty() ? -1 : m_source->rowOf(next);
        }
        m_nodes[i].parent = parentRow;
    }
    for (int i = 0; i < count; ++i) {
        QList<int> &siblings = m_nodes.at(i).parent < 0 ? m_roots : m_nodes[m_nodes.at(i).parent].children;
        m_nodes[i].position = static_cast<int>(siblings.size());
        siblings.append(i);
    }
}

const QList<int> &ProviderTreeModel::childrenOf(int sourceRow) const
{
    return sourceRow < 0 ? m_roots : m_nodes.at(sourceRow).children;
}

void ProviderTreeModel::beginRelayout()
{
    if (m_relayouting)
        return;
    m_relayouting = true;
    Q_EMIT layoutAboutToBeChanged();
    m_savedPersistent = persistentIndexList();
    m_savedUuids.clear();
    m_savedUuids.reserve(m_savedPersistent.size());
    for (const QModelIndex &index : std::as_const(m_savedPersistent)) {
        const int sourceRow = static_cast<int>(index.internalId());
        m_savedUuids << (sourceRow < m_source->rowCount() ? m_source->row(sourceRow).provider.uuid : QString());
    }
}

void ProviderTreeModel::endRelayout()
{
    if (!m_relayouting)
        return;
    rebuild();
    QModelIndexList moved;
    moved.reserve(m_savedPersistent.size());
    for (int i = 0; i < m_savedPersistent.size(); ++i) {
        const int sourceRow = m_source->rowOf(m_savedUuids.at(i));
        moved << (sourceRow < 0 ? QModelIndex()
                                : createIndex(m_nodes.at(sourceRow).position, m_savedPersistent.at(i).column(),
                                              static_cast<quintptr>(sourceRow)));
    }
    changePersistentIndexList(m_savedPersistent, moved);
    m_savedPersistent.clear();
    m_savedUuids.clear();
    m_relayouting = false;
    Q_EMIT layoutChanged();
}

void ProviderTreeModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                            const QList<int> &roles)
{
    if (m_relayouting)
        return;
    // A provider that moved to another parent changes the tree's shape.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const QString parentUuid = m_source->row(row).provider.parentUuid;
        const int parentRow = parentUuid.isEmpty() ? -1 : m_source->rowOf(parentUuid);
        if (parentRow != m_nodes.at(row).parent) {
            beginRelayout();
            endRelayout();
            return;
        }
    }
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int position = m_nodes.at(row).position;
        Q_EMIT dataChanged(createIndex(position, topLeft.column(), static_cast<quintptr>(row)),
                           createIndex(position, bottomRight.column(), static_cast<quintptr>(row)), roles);
    }
}

QModelIndex ProviderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (m_source == nullptr || column < 0 || column >= columnCount() || row < 0)
        return {};
    const int parentRow = parent.isValid() ? static_cast<int>(parent.internalId()) : -1;
    const QList<int> &children = childrenOf(parentRow);
    if (row >= children.size())
        return {};
    return createIndex(row, column, static_cast<quintptr>(children.at(row)));
}

QModelIndex ProviderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const int parentRow = m_nodes.at(static_cast<int>(child.internalId())).parent;
    if (parentRow < 0)
        return {};
    return createIndex(m_nodes.at(parentRow).position, 0, static_cast<quintptr>(parentRow));
}

int ProviderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_source)
        return 0;
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(childrenOf(parent.isValid() ? static_cast<int>(parent.internalId()) : -1).size());
}

int ProviderTreeModel::columnCount(const QModelIndex &) const
{
    return m_source ? m_source->columnCount() : 0;
}

bool ProviderTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QModelIndex ProviderTreeModel::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!m_source || !proxyIndex.isValid())
        return {};
    return m_source->index(static_cast<int>(proxyIndex.internalId()), proxyIndex.column());
}

QModelIndex ProviderTreeModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.row() >= m_nodes.size())
        return {};
    return createIndex(m_nodes.at(sourceIndex.row()).position, sourceIndex.column(),
                       static_cast<quintptr>(sourceIndex.row()));
}

QVariant ProviderTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    return m_source ? m_source->headerData(section, orientation, role) : QVariant();
}

Qt::ItemFlags ProviderTreeModel::flags(const QModelIndex &index) const
{
    // The flat source says its rows never have children (QAbstractTableModel); here they do.
    return QAbstractProxyModel::flags(index) & ~Qt::ItemNeverHasChildren;
}
