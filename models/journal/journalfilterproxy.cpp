#include "journalfilterproxy.h"

#include "journalmodel.h"

#include <algorithm>

JournalFilterProxy::JournalFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void JournalFilterProxy::setText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

void JournalFilterProxy::setKind(std::optional<JournalEntry::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void JournalFilterProxy::setOutcome(std::optional<JournalEntry::Outcome> outcome)
{
    if (outcome == m_outcome)
        return;
    m_outcome = outcome;
    invalidateRowsFilter();
}

bool JournalFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_kind && index.data(JournalModel::KindRole).toInt() != static_cast<int>(*m_kind))
        return false;
    if (m_outcome && index.data(JournalModel::OutcomeRole).toInt() != static_cast<int>(*m_outcome))
        return false;
    if (m_text.isEmpty())
        return true;
    // Every word must match somewhere, so "compute-3 failed-reason" narrows as expected.
    const QString haystack = index.data(JournalModel::SearchTextRole).toString();
    const QStringList words = m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return std::all_of(words.cbegin(), words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}
