#pragma once

// Remembers which rows the quick filter rejected, so typing one more character re-checks only
// the rows still shown: words that refine the previous ones ("comp" -> "compu") cannot accept
// a row the previous ones rejected. Any other change of the words forgets everything.
// Rows are model rows; a row whose data changed is forgotten.

#include <QBitArray>
#include <QStringList>

class QuickFilterMemo
{
public:
    void setWords(const QStringList &words);
    const QStringList &words() const { return m_words; }
    bool knownRejected(int row) const { return row >= 0 && row < m_rejected.size() && m_rejected.testBit(row); }
    void recordRejected(int row, int rowCount);
    void forgetRows(int first, int last);
    // The model removed these rows: later rows move up.
    void removeRows(int first, int last);
    void clear() { m_rejected.clear(); }

    // True when every old word is part of some new word (case-insensitively).
    static bool refines(const QStringList &newWords, const QStringList &oldWords);

private:
    QStringList m_words;
    QBitArray m_rejected;
};
