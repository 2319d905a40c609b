#include "providertreemodel.h"

#include "providermodel.h"

#include <QSet>

#include <algorithm>
#include <functional>

namespace {
// Above this many runs of moved rows in one change, one layout change is cheaper: a sorting
// proxy turns every move into a relayout of its own, while a view relayouts once either way.
constexpr int maxMoveRuns = 8;
// Parent chains are short (root -> child -> grandchild); past this length the walk keeps a
// set of visited nodes so that a chain running into a loop of bad data still ends quickly.
constexpr int shortChain = 32;
} // namespace

// One provider in the tree. Indexes point at nodes, which live as long as their source row,
// so a persistent index follows its provider whatever happens to the rows around it.
struct ProviderTreeModel::Node
{
    QString uuid;
    QString parentUuid; // as the source last said
    Node *parent = nullptr; // nullptr at the top level
    int sourceRow = -1;
    int position = -1; // row among its siblings; -1 while not in the tree
    QList<Node *> children;
};

namespace {
template<typename NodeT> void renumber(QList<NodeT *> &list, int from)
{
    for (int i = from; i < list.size(); ++i)
        list[i]->position = i;
}
} // namespace

ProviderTreeModel::ProviderTreeModel(QObject *parent)
    : QAbstractProxyModel(parent)
{ }

ProviderTreeModel::~ProviderTreeModel() = default;

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
            rebuild(false);
            endResetModel();
        });
        connect(m_source, &QAbstractItemModel::rowsInserted, this, &ProviderTreeModel::onRowsInserted);
        connect(m_source, &QAbstractItemModel::rowsAboutToBeRemoved, this, &ProviderTreeModel::onRowsAboutToBeRemoved);
        connect(m_source, &QAbstractItemModel::rowsRemoved, this, &ProviderTreeModel::onRowsRemoved);
        connect(m_source, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &ProviderTreeModel::onLayoutAboutToBeChanged);
        connect(m_source, &QAbstractItemModel::layoutChanged, this, &ProviderTreeModel::onLayoutChanged);
        connect(m_source, &QAbstractItemModel::dataChanged, this, &ProviderTreeModel::onSourceDataChanged);
        connect(m_source, &QAbstractItemModel::headerDataChanged, this, &QAbstractItemModel::headerDataChanged);
    }
    rebuild(false);
    endResetModel();
}

QList<ProviderTreeModel::Node *> &ProviderTreeModel::siblingsOf(Node *parent)
{
    return parent ? parent->children : m_roots;
}

const QList<ProviderTreeModel::Node *> &ProviderTreeModel::siblingsOf(const Node *parent) const
{
    return parent ? parent->children : m_roots;
}

QModelIndex ProviderTreeModel::indexOf(const Node *node, int column) const
{
    if (!node || node->position < 0)
        return {};
    return createIndex(node->position, column, node);
}

ProviderTreeModel::Node *ProviderTreeModel::lookup(const QString &uuid) const
{
    return uuid.isEmpty() ? nullptr : m_byUuid.value(uuid);
}

// The providers above this one by parent UUID (not by the tree, which may lag behind while
// it is being updated), nearest first. *loops tells whether the chain comes back to node.
QList<ProviderTreeModel::Node *> ProviderTreeModel::uuidAncestors(const Node *node, bool *loops) const
{
    QList<Node *> chain;
    QSet<const Node *> seen;
    *loops = false;
    for (Node *up = lookup(node->parentUuid); up; up = lookup(up->parentUuid)) {
        if (up == node) {
            *loops = true;
            break;
        }
        if (chain.size() < shortChain) {
            if (chain.contains(up))
                break; // ran into a loop that node is not part of
        } else {
            if (seen.isEmpty())
                seen = QSet<const Node *>(chain.cbegin(), chain.cend());
            if (seen.contains(up))
                break;
            seen.insert(up);
        }
        chain.append(up);
    }
    return chain;
}

// Where the node belongs: under its parent when that is loaded, unless the parent chain
// loops back to the node itself; then every member of the loop shows at the top level
// (whatever order the rows arrived in).
ProviderTreeModel::Node *ProviderTreeModel::wantedParent(const Node *node) const
{
    bool loops = false;
    const QList<Node *> chain = uuidAncestors(node, &loops);
    return loops || chain.isEmpty() ? nullptr : chain.constFirst();
}

void ProviderTreeModel::remember(Node *node)
{
    // UUIDs are unique in the source; should one repeat, the first keeps the name.
    if (!m_byUuid.contains(node->uuid))
        m_byUuid.insert(node->uuid, node);
    if (!node->parentUuid.isEmpty())
        m_wantedBy.insert(node->parentUuid, node);
}

void ProviderTreeModel::forget(Node *node)
{
    const auto it = m_byUuid.constFind(node->uuid);
    if (it != m_byUuid.cend() && it.value() == node)
        m_byUuid.erase(it);
    if (!node->parentUuid.isEmpty())
        m_wantedBy.remove(node->parentUuid, node);
}

// Builds the whole tree from the source. With keepNodes, providers still in the source keep
// their nodes (and so their persistent indexes); the nodes of the others are deleted.
void ProviderTreeModel::rebuild(bool keepNodes)
{
    std::vector<std::unique_ptr<Node>> old = std::move(m_nodes);
    QHash<QString, Node *> oldByUuid;
    if (keepNodes)
        oldByUuid = std::move(m_byUuid);
    m_nodes.clear();
    m_roots.clear();
    m_byUuid.clear();
    m_wantedBy.clear();
    const int count = m_source ? m_source->rowCount() : 0;
    m_nodes.reserve(static_cast<size_t>(count));
    m_byUuid.reserve(count);
    for (int i = 0; i < count; ++i) {
        const ResourceProvider &p = m_source->row(i).provider;
        std::unique_ptr<Node> node;
        if (Node *reused = oldByUuid.take(p.uuid))
            node = std::move(old.at(static_cast<size_t>(reused->sourceRow)));
        else
            node = std::make_unique<Node>();
        node->uuid = p.uuid;
        node->parentUuid = p.parentUuid;
        node->parent = nullptr;
        node->sourceRow = i;
        node->position = -1;
        node->children.clear();
        remember(node.get());
        m_nodes.push_back(std::move(node));
    }
    for (const std::unique_ptr<Node> &node : m_nodes) {
        Node *parent = wantedParent(node.get());
        QList<Node *> &siblings = siblingsOf(parent);
        node->parent = parent;
        node->position = static_cast<int>(siblings.size());
        siblings.append(node.get());
    }
    if (keepNodes) {
        // Persistent indexes of providers that left point nowhere now; the others follow their node.
        QSet<const void *> gone;
        for (const std::unique_ptr<Node> &node : old) {
            if (node)
                gone.insert(node.get());
        }
        QModelIndexList from;
        QModelIndexList to;
        for (const QModelIndex &index : m_savedPersistent) {
            from << index;
            to << (gone.contains(index.internalPointer())
                       ? QModelIndex()
                       : indexOf(static_cast<Node *>(index.internalPointer()), index.column()));
        }
        changePersistentIndexList(from, to);
    }
}

// Puts each candidate where wantedParent() says, with as few signals as it can.
void ProviderTreeModel::relocate(const QList<Node *> &candidates)
{
    QList<Move> moves;
    QSet<Node *> seen;
    for (Node *node : candidates) {
        if (node->position < 0 || seen.contains(node))
            continue;
        seen.insert(node);
        Node *want = wantedParent(node);
        if (want && want->position < 0)
            want = nullptr;
        if (want != node->parent)
            moves.append(Move(node, want));
    }
    moveNodes(std::move(moves));
}

// Moves nodes to new parents in runs of neighbouring rows. Moves to the top level go first:
// they can never put a node under its own descendant; any other move waits until its new
// parent is no longer below the node. Many runs become one layout change instead.
void ProviderTreeModel::moveNodes(QList<Move> moves)
{
    if (moves.isEmpty())
        return;
    const auto order = [](const Move &a, const Move &b) {
        // Top-level moves first, then per old parent from the last row up, so that the rows
        // still to move keep their numbers while the ones below them go.
        if ((a.second == nullptr) != (b.second == nullptr))
            return a.second == nullptr;
        if (a.first->parent != b.first->parent)
            return std::less<>()(a.first->parent, b.first->parent);
        return a.first->position > b.first->position;
    };
    const auto runEnd = [](const QList<Move> &list, qsizetype i) {
        qsizetype j = i;
        while (j + 1 < list.size() && list.at(j + 1).first->parent == list.at(i).first->parent
               && list.at(j + 1).second == list.at(i).second
               && list.at(j + 1).first->position == list.at(j).first->position - 1)
            ++j;
        return j;
    };
    std::sort(moves.begin(), moves.end(), order);
    int runs = 0;
    for (qsizetype i = 0; i < moves.size(); i = runEnd(moves, i) + 1)
        ++runs;
    const bool asLayout = runs > maxMoveRuns;
    if (asLayout)
        Q_EMIT layoutAboutToBeChanged();

    const auto isAncestorOrSelf = [](const Node *ancestor, const Node *node) {
        for (; node; node = node->parent) {
            if (node == ancestor)
                return true;
        }
        return false;
    };
    while (!moves.isEmpty()) {
        QList<Move> waiting;
        for (qsizetype i = 0; i < moves.size();) {
            const qsizetype j = runEnd(moves, i);
            Node *from = moves.at(i).first->parent;
            Node *to = moves.at(i).second;
            bool allowed = true;
            for (qsizetype k = i; k <= j && to; ++k)
                allowed = allowed && !isAncestorOrSelf(moves.at(k).first, to);
            if (!allowed) {
                waiting.append(moves.mid(i, j - i + 1));
                i = j + 1;
                continue;
            }
            const int first = moves.at(j).first->position;
            const int last = moves.at(i).first->position;
            QList<Node *> &source = siblingsOf(from);
            QList<Node *> &target = siblingsOf(to);
            const int dest = static_cast<int>(target.size());
            if (!asLayout && !beginMoveRows(indexOf(from), first, last, indexOf(to), dest)) {
                Q_ASSERT_X(false, "ProviderTreeModel", "a move Qt refuses");
                i = j + 1;
                continue;
            }
            for (int row = first; row <= last; ++row) {
                Node *node = source.at(row);
                node->parent = to;
                node->position = static_cast<int>(target.size());
                target.append(node);
            }
            source.erase(source.begin() + first, source.begin() + last + 1);
            renumber(source, first);
            if (!asLayout)
                endMoveRows();
            i = j + 1;
        }
        if (waiting.size() == moves.size()) {
            // Cannot happen while the tree follows the parent UUIDs; never loop forever on it.
            for (Move &move : waiting)
                move.second = nullptr;
        }
        moves = std::move(waiting);
        std::sort(moves.begin(), moves.end(), order);
    }
    if (asLayout) {
        fixPersistentIndexes();
        Q_EMIT layoutChanged();
    }
}

// After silent structure changes: every persistent index follows its node to its new row.
void ProviderTreeModel::fixPersistentIndexes()
{
    const QModelIndexList from = persistentIndexList();
    QModelIndexList to;
    to.reserve(from.size());
    for (const QModelIndex &index : from)
        to << indexOf(static_cast<Node *>(index.internalPointer()), index.column());
    changePersistentIndexList(from, to);
}

void ProviderTreeModel::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_nodes.empty()) {
        // The first rows into an empty tree: nothing to keep, and a proxy sorts all of them
        // once instead of placing each.
        beginResetModel();
        rebuild(false);
        endResetModel();
        return;
    }
    const auto isNew = [first, last](const Node *node) {
        return node->sourceRow >= first && node->sourceRow <= last;
    };
    // The source appends; should it ever insert in the middle, later rows shift.
    const auto at = m_nodes.begin() + first;
    std::vector<std::unique_ptr<Node>> fresh;
    fresh.reserve(static_cast<size_t>(last) - static_cast<size_t>(first) + 1);
    for (int row = first; row <= last; ++row) {
        const ResourceProvider &p = m_source->row(row).provider;
        auto node = std::make_unique<Node>();
        node->uuid = p.uuid;
        node->parentUuid = p.parentUuid;
        node->sourceRow = row;
        fresh.push_back(std::move(node));
    }
    m_nodes.insert(at, std::make_move_iterator(fresh.begin()), std::make_move_iterator(fresh.end()));
    for (size_t row = static_cast<size_t>(last) + 1; row < m_nodes.size(); ++row)
        m_nodes[row]->sourceRow = static_cast<int>(row);
    for (int row = first; row <= last; ++row)
        remember(m_nodes[static_cast<size_t>(row)].get());

    // Providers already shown that were waiting for a newcomer (their parent), or whose parent
    // chain a newcomer closes into a loop, may have to move once the newcomers are in.
    QList<Node *> candidates;
    // A newcomer under a newcomer goes in with its parent, as part of its subtree; the others
    // go in as one run per parent.
    QList<Node *> groupParents;
    QList<QList<Node *>> groups;
    QHash<Node *, qsizetype> groupOf;
    for (int row = first; row <= last; ++row) {
        Node *node = m_nodes[static_cast<size_t>(row)].get();
        if (m_byUuid.value(node->uuid) == node) {
            const auto waiting = m_wantedBy.equal_range(node->uuid);
            for (auto it = waiting.first; it != waiting.second; ++it) {
                if (!isNew(it.value()))
                    candidates << it.value();
            }
            bool loops = false;
            const QList<Node *> chain = uuidAncestors(node, &loops);
            for (Node *member : chain) {
                if (loops && !isNew(member))
                    candidates << member;
            }
        }
        Node *want = wantedParent(node);
        if (want && isNew(want)) {
            node->parent = want;
            node->position = static_cast<int>(want->children.size());
            want->children.append(node);
            continue;
        }
        qsizetype group = groupOf.value(want, -1);
        if (group < 0) {
            group = groups.size();
            groupOf.insert(want, group);
            groupParents << want;
            groups.append(QList<Node *>());
        }
        groups[group] << node;
    }
    for (qsizetype group = 0; group < groups.size(); ++group) {
        Node *parentNode = groupParents.at(group);
        QList<Node *> &siblings = siblingsOf(parentNode);
        const int start = static_cast<int>(siblings.size());
        beginInsertRows(indexOf(parentNode), start, start + static_cast<int>(groups.at(group).size()) - 1);
        for (Node *node : std::as_const(groups.at(group))) {
            node->parent = parentNode;
            node->position = static_cast<int>(siblings.size());
            siblings.append(node);
        }
        endInsertRows();
    }
    relocate(candidates);
}

void ProviderTreeModel::onRowsAboutToBeRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (first == 0 && last == static_cast<int>(m_nodes.size()) - 1) {
        // Everything goes (clear()): nothing to keep, nothing to move.
        beginResetModel();
        m_resetting = true;
        return;
    }
    const auto isGone = [first, last](const Node *node) {
        return node->sourceRow >= first && node->sourceRow <= last;
    };
    // Without the leaving providers, loops they closed open up, and their children that stay
    // go to the top level, before the leaving rows (and what is still under them) go.
    QList<Node *> candidates;
    for (int row = first; row <= last; ++row) {
        bool loops = false;
        const QList<Node *> chain = uuidAncestors(m_nodes[static_cast<size_t>(row)].get(), &loops);
        if (loops)
            candidates << chain;
    }
    for (int row = first; row <= last; ++row) {
        Node *node = m_nodes[static_cast<size_t>(row)].get();
        forget(node);
        candidates << node->children;
    }
    candidates.removeIf(isGone);
    relocate(candidates);

    QHash<Node *, QList<int>> positions; // per parent that stays, the rows that go
    for (int row = first; row <= last; ++row) {
        const Node *node = m_nodes[static_cast<size_t>(row)].get();
        if (node->position >= 0 && !(node->parent && isGone(node->parent)))
            positions[node->parent] << node->position;
    }
    for (auto it = positions.begin(); it != positions.end(); ++it) {
        QList<int> &rows = it.value();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        QList<Node *> &siblings = siblingsOf(it.key());
        for (qsizetype i = 0; i < rows.size();) {
            qsizetype j = i;
            while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) - 1)
                ++j;
            const int top = rows.at(j);
            const int bottom = rows.at(i);
            beginRemoveRows(indexOf(it.key()), top, bottom);
            siblings.erase(siblings.begin() + top, siblings.begin() + bottom + 1);
            renumber(siblings, top);
            endRemoveRows();
            i = j + 1;
        }
    }
    for (int row = first; row <= last; ++row) {
        Node *node = m_nodes[static_cast<size_t>(row)].get();
        node->parent = nullptr;
        node->position = -1;
        node->children.clear();
    }
}

void ProviderTreeModel::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    if (m_resetting) {
        m_resetting = false;
        rebuild(false);
        endResetModel();
        return;
    }
    // The leaving nodes are out of the tree already; the rows after them shift up.
    m_nodes.erase(m_nodes.begin() + first, m_nodes.begin() + last + 1);
    for (auto row = static_cast<size_t>(first); row < m_nodes.size(); ++row)
        m_nodes[row]->sourceRow = static_cast<int>(row);
}

void ProviderTreeModel::onLayoutAboutToBeChanged()
{
    if (m_relayouting)
        return;
    m_relayouting = true;
    Q_EMIT layoutAboutToBeChanged();
    m_savedPersistent = persistentIndexList();
}

void ProviderTreeModel::onLayoutChanged()
{
    if (!m_relayouting)
        return;
    rebuild(true);
    m_savedPersistent.clear();
    m_relayouting = false;
    Q_EMIT layoutChanged();
}

// Records a provider's new parent UUID. The node itself may have to move, and so may the
// members of a loop that its old or its new parent chain closes.
void ProviderTreeModel::takeNewParent(Node *node, const QString &parentUuid, QList<Node *> *candidates)
{
    bool loops = false;
    QList<Node *> chain = uuidAncestors(node, &loops);
    if (loops)
        *candidates << chain;
    if (!node->parentUuid.isEmpty())
        m_wantedBy.remove(node->parentUuid, node);
    node->parentUuid = parentUuid;
    if (!parentUuid.isEmpty())
        m_wantedBy.insert(parentUuid, node);
    chain = uuidAncestors(node, &loops);
    if (loops)
        *candidates << chain;
    *candidates << node;
}

void ProviderTreeModel::onSourceDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                            const QList<int> &roles)
{
    if (m_relayouting || !topLeft.isValid() || topLeft.parent().isValid())
        return;
    const int top = topLeft.row();
    const int bottom = bottomRight.row();
    // A provider that moved to another parent moves in the tree. The source sends a batch of
    // changed rows as several ranges after all of them changed: once one range holds a new
    // parent, every row is checked, so that the moves of the whole batch go out together
    // (as one layout change when there are many) rather than one relayout per range.
    const auto parentChanged = [this](int row) {
        return m_source->row(row).provider.parentUuid != m_nodes[static_cast<size_t>(row)]->parentUuid;
    };
    bool any = false;
    for (int row = top; row <= bottom && !any; ++row)
        any = parentChanged(row);
    if (any) {
        QList<Node *> candidates;
        for (int row = 0; row < static_cast<int>(m_nodes.size()); ++row) {
            if (parentChanged(row))
                takeNewParent(m_nodes[static_cast<size_t>(row)].get(), m_source->row(row).provider.parentUuid,
                              &candidates);
        }
        relocate(candidates);
    }
    // One signal per run of neighbouring siblings.
    for (int row = top; row <= bottom;) {
        const Node *node = m_nodes[static_cast<size_t>(row)].get();
        int end = row;
        while (end < bottom) {
            const Node *next = m_nodes[static_cast<size_t>(end) + 1].get();
            if (next->parent != node->parent || next->position != m_nodes[static_cast<size_t>(end)]->position + 1)
                break;
            ++end;
        }
        if (node->position >= 0) {
            Q_EMIT dataChanged(indexOf(node, topLeft.column()),
                               indexOf(m_nodes[static_cast<size_t>(end)].get(), bottomRight.column()), roles);
        }
        row = end + 1;
    }
}

QModelIndex ProviderTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (m_source == nullptr || column < 0 || column >= columnCount() || row < 0)
        return {};
    if (parent.isValid() && parent.column() != 0)
        return {};
    const QList<Node *> &siblings = siblingsOf(static_cast<const Node *>(parent.internalPointer()));
    if (row >= siblings.size())
        return {};
    return createIndex(row, column, siblings.at(row));
}

QModelIndex ProviderTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(static_cast<const Node *>(child.internalPointer())->parent);
}

int ProviderTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_source)
        return 0;
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return static_cast<int>(siblingsOf(static_cast<const Node *>(parent.internalPointer())).size());
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
    return m_source->index(static_cast<const Node *>(proxyIndex.internalPointer())->sourceRow, proxyIndex.column());
}

QModelIndex ProviderTreeModel::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!m_source || !sourceIndex.isValid() || sourceIndex.row() >= static_cast<int>(m_nodes.size()))
        return {};
    return indexOf(m_nodes.at(static_cast<size_t>(sourceIndex.row())).get(), sourceIndex.column());
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
