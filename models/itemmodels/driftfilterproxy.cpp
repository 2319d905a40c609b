#include "driftfilterproxy.h"

#include <algorithm>

DriftFilterProxy::DriftFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(DriftModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void DriftFilterProxy::setClasses(const QSet<DriftItem::Kind> &kinds)
{
    if (kinds == m_kinds)
        return;
    m_kinds = kinds;
    invalidateFilter();
}

void DriftFilterProxy::setText(const QString &text)
{
    const QString simplified = text.simplified();
    const QStringList words = simplified.isEmpty() ? QStringList() : simplified.split(QLatin1Char(' '));
    if (words == m_words)
        return;
    m_words = words;
    invalidateFilter();
}

bool DriftFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex first = sourceModel()->index(sourceRow, 0, sourceParent);
    const auto kind = static_cast<DriftItem::Kind>(first.data(DriftModel::KindRole).toInt());
    if (!m_kinds.isEmpty() && !m_kinds.contains(kind))
        return false;
    if (m_words.isEmpty())
        return true;
    QStringList parts;
    for (int column = 0; column < DriftModel::ColumnCount; ++column)
        parts << sourceModel()->index(sourceRow, column, sourceParent).data().toString();
    parts << first.data(DriftModel::AggregateUuidRole).toString()
          << first.data(DriftModel::ProviderUuidRole).toString();
    const QString haystack = parts.join(QLatin1Char('\n'));
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word, Qt::CaseInsensitive); });
}
