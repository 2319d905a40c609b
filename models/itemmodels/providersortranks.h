#pragma once

// The sort order of a ProviderModel's rows by one column, computed once per sort: comparing
// two ranked rows is then two integer lookups, where comparing their values means two data()
// calls and a natural string comparison (a sort of 100,000 rows makes ~1.7 million).
// A row appended or changed since the ranks were built has none and is compared by value;
// ranks agree with that comparison, so mixing both keeps one consistent order.

#include <QList>
#include <QVariant>

#include <optional>

class ProviderModel;

class ProviderSortRanks
{
public:
    // The order sortValueLess() gives: strings naturally, everything else by QVariant.
    static bool sortValueLess(const QVariant &a, const QVariant &b);

    void build(const ProviderModel &model, int column, int role);
    void clear();
    bool isEmpty() const { return m_rank.isEmpty(); }
    int column() const { return m_column; }
    // Rows whose values changed lose their rank.
    void forgetRows(int first, int last);
    // The model removed these rows: later rows move up. After many removals in a row the
    // ranks are dropped instead (each removal moves every later rank).
    void removeRows(int first, int last);
    // True when many rows have no rank (appended or changed since the build): a big sort
    // is then worth a new build first.
    bool isStale(int column, int rowCount) const;
    // The rank of a row, -1 when unknown.
    int rankOf(int row) const { return row >= 0 && row < m_rank.size() ? m_rank.at(row) : -1; }
    // Ranks kept across a reordering of the rows (by the caller), now under the new row numbers.
    void adopt(int column, QList<int> ranks);
    // Whether row a sorts before row b, when both are ranked.
    std::optional<bool> less(int a, int b) const;

private:
    static constexpr int maxRemovals = 64;
    int m_column = -1;
    QList<int> m_rank; // by model row; -1 when unknown
    int m_removals = 0; // since the last build
    int m_forgotten = 0; // ranked rows whose rank was forgotten since the build
};
