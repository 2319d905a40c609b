#include "providerfilterproxy.h"

#include "naturalsortkey.h"
#include "providerfilterfields.h"
#include "providermodel.h"

#include <QAbstractProxyModel>
#include <QTimer>

#include <algorithm>
#include <utility>

ProviderFilterProxy::ProviderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_orderCheck(new QTimer(this))
{
    setSortRole(ProviderModel::SortRole);
    setRecursiveFilteringEnabled(true);
    m_orderCheck->setSingleShot(true);
    m_orderCheck->setInterval(0);
    connect(m_orderCheck, &QTimer::timeout, this, &ProviderFilterProxy::checkOrder);
}

void ProviderFilterProxy::setSourceModel(QAbstractItemModel *source)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    m_direct = source;
    m_via = qobject_cast<const QAbstractProxyModel *>(source);
    attachProviders();
    if (source) {
        // Connected before QSortFilterProxyModel's own slots, so the ranks and the memo are
        // corrected before it re-sorts or re-filters the changed rows.
        connect(source, &QAbstractItemModel::dataChanged, this, &ProviderFilterProxy::forgetRows);
        connect(source, &QAbstractItemModel::layoutAboutToBeChanged, this, &ProviderFilterProxy::holdByUuid);
        connect(source, &QAbstractItemModel::layoutChanged, this, &ProviderFilterProxy::restoreByUuid);
        connect(source, &QAbstractItemModel::modelAboutToBeReset, this, &ProviderFilterProxy::forgetAll);
        // Many new rows are sorted in at once (a first load without chunks, a filter widened on
        // the server): rank them all first.
        connect(source, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &, int first, int last) {
            if (m_providers != nullptr && last - first + 1 >= minRowsToRank
                && (last - first + 1) * 10 >= m_providers->rowCount())
                rankIfStale();
        });
        // The tree may have been given (or lost) its ProviderModel; every row is sorted anew,
        // ranked and so cheaply.
        connect(source, &QAbstractItemModel::modelReset, this, [this] {
            attachProviders();
            if (m_providers != nullptr && sortColumn() >= 0 && m_providers->rowCount() > 0)
                m_ranks.build(*m_providers, sortColumn(), sortRole());
        });
    }
    QSortFilterProxyModel::setSourceModel(source);
    if (source) {
        // After QSortFilterProxyModel has re-sorted the changed rows.
        connect(source, &QAbstractItemModel::dataChanged, this, &ProviderFilterProxy::noteSortValuesChanged);
    }
}

void ProviderFilterProxy::attachProviders()
{
    // Called before QSortFilterProxyModel::setSourceModel() too: the direct source is the
    // model being set, so read it from m_direct.
    const QAbstractItemModel *source = m_via ? m_via->sourceModel() : m_direct.data();
    const auto *providers = qobject_cast<const ProviderModel *>(source);
    if (providers == m_providers)
        return;
    if (m_providers)
        disconnect(m_providers, nullptr, this, nullptr);
    forgetAll();
    m_removing = false;
    m_providers = providers;
    if (!m_providers)
        return;
    // Removals renumber the model's rows below them. Between the two signals, others' slots
    // may already see the new numbers (the tree re-emits first): ask nothing then.
    connect(m_providers, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removing = true; });
    connect(m_providers, &QAbstractItemModel::rowsRemoved, this, [this](const QModelIndex &, int first, int last) {
        m_ranks.removeRows(first, last);
        m_memo.removeRows(first, last);
        m_removing = false;
        if (!m_changedSinceCheck.isEmpty()) {
            m_changedSinceCheck.clear();
            m_checkEverything = true;
        }
    });
}

void ProviderFilterProxy::noteSortValuesChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    const int column = sortColumn();
    if (!dynamicSortFilter() || column < 0 || column < topLeft.column() || column > bottomRight.column())
        return;
    for (int row = topLeft.row(); row <= bottomRight.row(); ++row)
        m_changedSinceCheck.insert(providerRow(topLeft.sibling(row, 0)));
    m_orderCheck->start();
}

void ProviderFilterProxy::checkOrder()
{
    // QSortFilterProxyModel moves a changed row only when it is out of place next to its
    // neighbours, which may have changed in the same batch and not been moved yet: after a
    // refresh or a page of usages that changes many sort values at once, the order can stay
    // broken. Once the batch is over (the next event-loop turn), every break has a changed
    // row on one side: unchanged rows keep their order. Sort again when one is found.
    m_orderCheck->stop();
    const QSet<int> changed = std::exchange(m_changedSinceCheck, {});
    const bool everything = std::exchange(m_checkEverything, false);
    if (!m_providers || sortColumn() < 0)
        return;
    const auto inOrder = [this](const QModelIndex &first, const QModelIndex &second) {
        const QModelIndex a = mapToSource(first);
        const QModelIndex b = mapToSource(second);
        return sortOrder() == Qt::AscendingOrder ? !lessThan(b, a) : !lessThan(a, b);
    };
    const auto broken = [&inOrder](const QModelIndex &here) {
        const QModelIndex before = here.siblingAtRow(here.row() - 1);
        const QModelIndex after = here.siblingAtRow(here.row() + 1);
        return (before.isValid() && !inOrder(before, here)) || (after.isValid() && !inOrder(here, after));
    };
    bool sortAgain = false;
    if (everything) {
        for (int row = 1; row < rowCount() && !sortAgain; ++row)
            sortAgain = !inOrder(index(row - 1, sortColumn()), index(row, sortColumn()));
    } else {
        for (const int row : changed) {
            if (row < 0 || row >= m_providers->rowCount())
                continue;
            QModelIndex source = m_providers->index(row, sortColumn());
            if (m_via)
                source = m_via->mapFromSource(source);
            const QModelIndex here = mapFromSource(source);
            if (here.isValid() && broken(here)) {
                sortAgain = true;
                break;
            }
        }
    }
    if (sortAgain)
        invalidate();
}

void ProviderFilterProxy::sort(int column, Qt::SortOrder order)
{
    // A sort the user asks for ranks every row once; changes after it are compared by value.
    if (m_providers != nullptr && column >= 0)
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
    // Rows coming back are sorted in: when many are hidden now, rank them first.
    if (sourceModel() && !QuickFilterMemo::refines(m_words, m_memo.words())) {
        const int hidden = sourceModel()->rowCount() - rowCount(); // top level
        if (hidden >= minRowsToRank && hidden * 10 >= sourceModel()->rowCount())
            rankIfStale();
    }
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
    if ((m_words.isEmpty() && !m_onlyProviders) || !m_providers)
        return true;
    const int row = providerRow(sourceModel()->index(sourceRow, 0, sourceParent));
    // Outside the allowed set: rejected before the quick filter, and not remembered as a quick
    // filter rejection (the memo is about the text only).
    if (m_onlyProviders && (row < 0 || !m_onlyProviders->contains(m_providers->row(row).provider.uuid)))
        return false;
    if (m_words.isEmpty())
        return true;
    if (row < 0 || (!rowsMoving() && m_memo.knownRejected(row)))
        return false;
    if (matches(row))
        return true;
    if (!rowsMoving())
        m_memo.recordRejected(row, m_providers->rowCount());
    return false;
}

void ProviderFilterProxy::setOnlyProviders(const QStringList &uuids)
{
    m_onlyProviders = QSet<QString>(uuids.cbegin(), uuids.cend());
    invalidateFilter();
}

void ProviderFilterProxy::showAllProviders()
{
    if (!m_onlyProviders)
        return;
    m_onlyProviders.reset();
    invalidateFilter();
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

void ProviderFilterProxy::rankIfStale()
{
    if (m_providers != nullptr && !rowsMoving() && sortColumn() >= 0
        && m_ranks.isStale(sortColumn(), m_providers->rowCount()))
        m_ranks.build(*m_providers, sortColumn(), sortRole());
}

void ProviderFilterProxy::forgetAll()
{
    if (!m_changedSinceCheck.isEmpty()) {
        m_changedSinceCheck.clear();
        m_checkEverything = true; // the rows noted are renumbered: check the whole top level
    }
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
        rankIfStale();
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
