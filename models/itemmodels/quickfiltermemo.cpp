#include "quickfiltermemo.h"

#include <algorithm>

bool QuickFilterMemo::refines(const QStringList &newWords, const QStringList &oldWords)
{
    return std::all_of(oldWords.cbegin(), oldWords.cend(), [&newWords](const QString &old) {
        return std::any_of(newWords.cbegin(), newWords.cend(),
                           [&old](const QString &word) { return word.contains(old, Qt::CaseInsensitive); });
    });
}

void QuickFilterMemo::setWords(const QStringList &words)
{
    if (words.isEmpty() || !refines(words, m_words))
        m_rejected.clear();
    m_words = words;
}

void QuickFilterMemo::recordRejected(int row, int rowCount)
{
    if (row < 0 || row >= rowCount)
        return;
    if (m_rejected.size() < rowCount)
        m_rejected.resize(rowCount);
    m_rejected.setBit(row);
}

void QuickFilterMemo::forgetRows(int first, int last)
{
    for (int row = std::max(first, 0); row <= last && row < m_rejected.size(); ++row)
        m_rejected.clearBit(row);
}

void QuickFilterMemo::removeRows(int first, int last)
{
    const int size = static_cast<int>(m_rejected.size());
    if (first >= size)
        return;
    last = std::min(last, size - 1);
    const int removed = last - first + 1;
    for (int row = first; row + removed < size; ++row)
        m_rejected.setBit(row, m_rejected.testBit(row + removed));
    m_rejected.resize(size - removed);
}
