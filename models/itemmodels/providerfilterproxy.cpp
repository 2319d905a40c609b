#include "providerfilterproxy.h"

#include "naturalsortkey.h"
#include "providerfilterfields.h"
#include "providermodel.h"

#include <QAbstractProxyModel>

#include <algorithm>

ProviderFilterProxy::ProviderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProviderModel::SortRole);
    setRecursiveFilteringEnabled(true);
}

void ProviderFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    if (m_providers)
        disconnect(m_providers, nullptr, this, nullptr);
    forgetAll();
    m_via = qobject_cast<const QAbstractProxyModel *>(source);
    m_providers = qobject_cast<const ProviderModel *>(m_via ? m_via->sourceModel() : source);
    Q_ASSERT(m_providers || !source);
    if (!m_providers)
        m_via = nullptr;
    if (source) {
        // Connected before QSortFilterProxyModel's own slots, so the ranks and the memo are
        // corrected before it re-sorts or re-filters the changed rows.
        connect(source, &QAbstractItemModel::dataChanged, this, &ProviderFilterProxy::forgetRows);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &ProviderFilterProxy::holdByUuid);
        connect(source, &QAbstractItemModel::layoutChanged, this, &ProviderFilterProxy::restoreByUuid);
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ProviderFilterProxy::forgetAll);
    }
    if (m_providers) {
        // Removals renumber the model's rows below them. Between the two signals, others'
        // slots may already see the new numbers (the tree re-emits first): ask nothing then.
        connect(m_providers, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removing = true; });
        connect(m_providers, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
            m_ranks.removeRows(first, last);
            m_memo.removeRows(first, last);
            m_removing = false;
        });
    }
    QSortFilterProxyModel::setSourceModel(source);
    if (source) {
        // After QSortFilterProxyModel has re-sorted the changed rows.
        connect(source, &QAbstractItemModel::dataChanged, this, &ProviderFilterProxy::repairOrder);
    }
}

void ProviderFilterProxy::repairOrder(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    // QSortFilterProxyModel moves a changed row only when it is out of place next to its
    // neighbours, which may have changed in the same signal and not been moved yet: after a
    // batch that changes many sort values at once (a refresh, a page of usages) the order
    // can stay broken. Check the top level (cheap with ranks) and sort again when it is.
    const int column = sortColumn();
    if (!dynamicSortFilter() || column < 0 || topLeft.row() == bottomRight.row() || column < topLeft.column()
        || column > bottomRight.column())
        return;
    const int rows = rowCount();
    for (int row = 1; row < rows; ++row) {
        const QModelIndex before = mapToSource(index(row - 1, column));
        const QModelIndex here = mapToSource(index(row, column));
        const bool misplaced = sortOrder() == Qt::AscendingOrder ? lessThan(here, before) : lessThan(before, here);
        if (misplaced) {
            invalidate();
            return;
        }
    }
}

void ProviderFilterProxy::sort(int column, Qt::SortOrder order)
{
    // A sort the user asks for ranks every row once; changes after it are compared by value.
    if (m_providers && column >= 0)
        m_ranks.build(*m_providers, column, sortRole());
    else
        m_ranks.clear();
    QSortFilterProxyModel::sort(column, order);
}

void ProviderFilterProxy::setQuickFilter(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.isEmpty() ? QStringList() : trimmed.split(QLatin1Char(' '));
    m_memo.setWords(m_words);
    invalidateFilter();
}

int ProviderFilterProxy::providerRow(const QModelIndex &sourceIndex) const
{
    return m_via ? m_via->mapToSource(sourceIndex).row() : sourceIndex.row();
}

bool ProviderFilterProxy::matches(int row) const
{
    const ProviderModel::Row &r = m_providers->row(row);
    const AggregateLabels *labels = m_providers->aggregateLabels();
    const NovaOverlay *nova = m_providers->novaOverlay();
    return std::all_of(m_words.cbegin(), m_words.cend(), [&](const QString &word) {
        return anyProviderFilterField(
            r, labels, nova, [&word](const QString &field) { return field.contains(word, Qt::CaseInsensitive); });
    });
}

bool ProviderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty() || !m_providers)
        return true;
    const int row = providerRow(sourceModel()->index(sourceRow, 0, sourceParent));
    if (row < 0 || (!rowsMoving() && m_memo.knownRejected(row)))
        return false;
    if (matches(row))
        return true;
    if (!rowsMoving())
        m_memo.recordRejected(row, m_providers->rowCount());
    return false;
}

bool ProviderFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!rowsMoving() && left.column() == m_ranks.column()) {
        if (const std::optional<bool> ranked = m_ranks.less(providerRow(left), providerRow(right)))
            return *ranked;
    }
    return ProviderSortRanks::sortValueLess(left.data(sortRole()), right.data(sortRole()));
}

void ProviderFilterProxy::forgetRows(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!topLeft.isValid() || !bottomRight.isValid())
        return;
    if (!m_via) {
        m_ranks.forgetRows(topLeft.row(), bottomRight.row());
        m_memo.forgetRows(topLeft.row(), bottomRight.row());
        return;
    }
    // Through the tree, a range holds siblings: each maps to its own model row.
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
        const int modelRow = providerRow(topLeft.sibling(row, 0));
        m_ranks.forgetRows(modelRow, modelRow);
        m_memo.forgetRows(modelRow, modelRow);
    }
}

void ProviderFilterProxy::forgetAll()
{
    m_ranks.clear();
    m_memo.clear();
    m_heldRanks.clear();
    m_heldRejected.clear();
}

void ProviderFilterProxy::holdByUuid()
{
    // A layout change may reorder the model's rows (a big merge does): keep what is known by
    // provider, and put it back under the new row numbers when the layout has changed.
    m_heldRanks.clear();
    m_heldRejected.clear();
    if (!rowsMoving() && m_providers) {
        // The proxy sorts every row again after the change: ranked, that is cheap.
        if (sortColumn() >= 0 && (m_ranks.column() != sortColumn() || m_ranks.isEmpty()))
            m_ranks.build(*m_providers, sortColumn(), sortRole());
        m_heldColumn = m_ranks.column();
        const int count = m_providers->rowCount();
        for (int row = 0; row < count; ++row) {
            const QString &uuid = m_providers->row(row).provider.uuid;
            if (const int rank = m_ranks.rankOf(row); rank >= 0)
                m_heldRanks.insert(uuid, rank);
            if (m_memo.knownRejected(row))
                m_heldRejected.insert(uuid);
        }
    }
    m_ranks.clear();
    m_memo.clear();
    m_relayouting = true;
}

void ProviderFilterProxy::restoreByUuid()
{
    m_relayouting = false;
    if (!m_providers || (m_heldRanks.isEmpty() && m_heldRejected.isEmpty()))
        return;
    const int count = m_providers->rowCount();
    QList<int> ranks(m_heldRanks.isEmpty() ? 0 : count, -1);
    for (int row = 0; row < count; ++row) {
        const QString &uuid = m_providers->row(row).provider.uuid;
        if (!ranks.isEmpty())
            ranks[row] = m_heldRanks.value(uuid, -1);
        if (m_heldRejected.contains(uuid))
            m_memo.recordRejected(row, count);
    }
    if (!ranks.isEmpty())
        m_ranks.adopt(m_heldColumn, std::move(ranks));
    m_heldRanks.clear();
    m_heldRejected.clear();
}
