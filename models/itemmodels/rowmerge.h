#pragma once

// Merges a fresh list of rows into a flat model's rows by key, the way ProviderModel merges a
// reload: rows that are gone are removed (contiguous runs, bottom up), rows still there are
// updated in place (dataChanged), new rows are appended in the fresh list's order. Nothing is
// reset, so selections, scroll positions and per-row state (ticks) survive. The model passes
// its protected begin/end calls as callbacks.

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>

struct RowMergeSignals
{
    std::function<void(int first, int last)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int first, int last)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int row)> changed;
};

// keyOf(row) -> QString, unique within a list (later duplicates in `fresh` are dropped);
// update(Row &existing, const Row &fresh) -> bool: copies what the fresh row says (keeping the
// existing row's own state) and returns whether anything visible changed.
template<typename Row, typename KeyOf, typename Update>
void mergeRows(QList<Row> &rows, const QList<Row> &fresh, KeyOf keyOf, Update update, const RowMergeSignals &on)
{
    QHash<QString, qsizetype> incoming;
    incoming.reserve(fresh.size());
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const QString key = keyOf(fresh.at(i));
        if (!incoming.contains(key))
            incoming.insert(key, i);
    }

    // 1. Remove the rows that are gone.
    for (qsizetype i = rows.size() - 1; i >= 0;) {
        if (incoming.contains(keyOf(rows.at(i)))) {
            --i;
            continue;
        }
        qsizetype first = i;
        while (first > 0 && !incoming.contains(keyOf(rows.at(first - 1))))
            --first;
        on.beginRemove(static_cast<int>(first), static_cast<int>(i));
        rows.erase(rows.begin() + first, rows.begin() + i + 1);
        on.endRemove();
        i = first - 1;
    }

    // 2. Update the rows that stay.
    QSet<QString> present;
    present.reserve(rows.size());
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const QString key = keyOf(rows.at(i));
        present.insert(key);
        if (update(rows[i], fresh.at(incoming.value(key))))
            on.changed(static_cast<int>(i));
    }

    // 3. Append the new ones.
    QList<Row> added;
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const QString key = keyOf(fresh.at(i));
        if (!present.contains(key) && incoming.value(key) == i)
            added.append(fresh.at(i));
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(rows.size());
    on.beginInsert(first, first + static_cast<int>(added.size()) - 1);
    rows.append(added);
    on.endInsert();
}
