#pragma once

// The providers of a ProviderModel as a tree (root -> children -> grandchildren), sharing
// its rows and data. A provider whose parent is not loaded (filtered out on the server), or
// whose parent chain loops back to itself (bad server data), is shown at the top level.
//
// Source changes are passed on precisely, so the sorting proxy above only redoes what
// changed: appended rows become rowsInserted under their parents (a child that arrived
// before its parent moves under it when the parent comes), removed rows become rowsRemoved
// (their surviving children move to the top level first), and a changed parent UUID becomes
// a row move. Each index points at a node that lives as long as its provider's row, so
// persistent indexes (selection, expanded nodes) follow their provider without a layout
// change. A layout change of the source, or more than a few runs of moves at once (a sorting
// proxy relayouts once per move anyway), goes out as one layout change; the first rows into
// an empty tree, and the removal of all rows, as a reset.

#include <QAbstractProxyModel>
#include <QHash>
#include <QList>
#include <QModelIndexList>
#include <QMultiHash>
#include <QString>

#include <memory>
#include <utility>
#include <vector>

class ProviderModel;

class ProviderTreeModel : public QAbstractProxyModel
{
    Q_OBJECT
public:
    explicit ProviderTreeModel(QObject *parent = nullptr);
    ~ProviderTreeModel() override;

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
    struct Node;
    using Move = std::pair<Node *, Node *>; // node, new parent (nullptr: top level)

    // Structure, silent: callers send the signals.
    QList<Node *> &siblingsOf(Node *parent);
    const QList<Node *> &siblingsOf(const Node *parent) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    Node *lookup(const QString &uuid) const;
    QList<Node *> uuidAncestors(const Node *node, bool *loops) const;
    Node *wantedParent(const Node *node) const;
    void remember(Node *node);
    void forget(Node *node);
    void rebuild(bool keepNodes);
    void takeNewParent(Node *node, const QString &parentUuid, QList<Node *> *candidates);

    // Signalled changes.
    void relocate(const QList<Node *> &candidates);
    void moveNodes(QList<Move> moves);
    void fixPersistentIndexes();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onLayoutAboutToBeChanged();
    void onLayoutChanged();
    void onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);

    ProviderModel *m_source = nullptr;
    std::vector<std::unique_ptr<Node>> m_nodes; // by source row
    QList<Node *> m_roots;
    QHash<QString, Node *> m_byUuid;
    QMultiHash<QString, Node *> m_wantedBy; // parent UUID -> the nodes that name it
    QModelIndexList m_savedPersistent; // between the source's layoutAboutToBeChanged and layoutChanged
    bool m_relayouting = false;
    bool m_resetting = false; // between the source's rowsAboutToBeRemoved and rowsRemoved of all rows
};
