#include "providersortranks.h"

#include "naturalsortkey.h"
#include "providermodel.h"

#include <algorithm>
#include <numeric>
#include <vector>

bool ProviderSortRanks::sortValueLess(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return naturalCompare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}

void ProviderSortRanks::build(const ProviderModel &model, int column, int role)
{
    clear();
    const int count = model.rowCount();
    if (column < 0 || column >= model.columnCount() || count == 0)
        return;
    struct Entry
    {
        QVariant value;
        QString key; // the natural sort key when the value is a string
        bool isString = false;
    };
    std::vector<Entry> entries(static_cast<size_t>(count));
    for (int row = 0; row < count; ++row) {
        Entry &e = entries[static_cast<size_t>(row)];
        e.value = model.index(row, column).data(role);
        e.isString = e.value.typeId() == QMetaType::QString;
        if (e.isString)
            e.key = naturalSortKey(e.value.toString());
    }
    auto less = [&entries](int a, int b) {
        const Entry &x = entries[static_cast<size_t>(a)];
        const Entry &y = entries[static_cast<size_t>(b)];
        if (x.isString && y.isString)
            return x.key < y.key;
        return QVariant::compare(x.value, y.value) == QPartialOrdering::Less;
    };
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), less);
    m_rank.resize(count);
    int rank = 0;
    for (size_t i = 0; i < order.size(); ++i) {
        // Equal values share a rank, so the proxy's stable sort keeps their source order.
        if (i > 0 && less(order[i - 1], order[i]))
            ++rank;
        m_rank[order[i]] = rank;
    }
    m_column = column;
    m_forgotten = 0;
}

void ProviderSortRanks::clear()
{
    m_rank.clear();
    m_column = -1;
    m_removals = 0;
    m_forgotten = 0;
}

void ProviderSortRanks::adopt(int column, QList<int> ranks)
{
    m_column = column;
    m_rank = std::move(ranks);
    m_removals = 0;
    m_forgotten = 0;
}

void ProviderSortRanks::removeRows(int first, int last)
{
    if (first >= m_rank.size())
        return;
    if (++m_removals > maxRemovals) {
        clear();
        return;
    }
    last = std::min(last, static_cast<int>(m_rank.size()) - 1);
    m_rank.remove(first, last - first + 1);
}

void ProviderSortRanks::forgetRows(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && row < m_rank.size(); ++row) {
        if (m_rank.at(row) >= 0)
            ++m_forgotten;
        m_rank[row] = -1;
    }
}

bool ProviderSortRanks::isStale(int column, int rowCount) const
{
    if (column != m_column || m_rank.isEmpty())
        return rowCount > 0;
    const qsizetype unranked = std::max<qsizetype>(0, rowCount - m_rank.size()) + m_forgotten;
    return unranked * 10 > rowCount; // over 10 %
}

std::optional<bool> ProviderSortRanks::less(int a, int b) const
{
    if (a < 0 || b < 0 || a >= m_rank.size() || b >= m_rank.size())
        return std::nullopt;
    const int ra = m_rank.at(a);
    const int rb = m_rank.at(b);
    if (ra < 0 || rb < 0)
        return std::nullopt;
    return ra < rb;
}
