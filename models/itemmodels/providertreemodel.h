#pragma once

// The providers of a ProviderModel as a tree (root -> children -> grandchildren), sharing
// its rows and data. A provider whose parent is not loaded (filtered out on the server)
// is shown at the top level. Structural changes of the source are passed on as layout
// changes with persistent indexes carried over by UUID, so expanded nodes and the
// selection survive a refresh.

#include <QAbstractProxyModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QStringList>

class ProviderModel;

class ProviderTreeModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ProviderTreeModel(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node
    {
        int parent = -1; // source row of the parent, -1 at the top level
        int position = 0; // row among its siblings
        QList<int> children; // source rows
    };

    void rebuild();
    const QList<int> &childrenOf(int sourceRow) const;
    void beginRelayout();
    void endRelayout();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    ProviderModel *m_source = nullptr;
    QList<Node> m_nodes; // indexed by source row
    QList<int> m_roots;
    // Between beginRelayout() and endRelayout(): the persistent indexes and their providers.
    QModelIndexList m_savedPersistent;
    QStringList m_savedUuids;
    bool m_relayouting = false;
};
