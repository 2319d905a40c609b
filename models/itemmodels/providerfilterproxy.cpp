#include "providerfilterproxy.h"

#include "providermodel.h"

ProviderFilterProxy::ProviderFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ProviderModel::SortRole);
    setRecursiveFilteringEnabled(true);
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void ProviderFilterProxy::setQuickFilter(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    m_words = trimmed.isEmpty() ? QStringList() : trimmed.split(QLatin1Char(' '));
    invalidateFilter();
}

bool ProviderFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QString haystack
        = sourceModel()->index(sourceRow, 0, sourceParent).data(ProviderModel::FilterTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

bool ProviderFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::QString && b.typeId() == QMetaType::QString)
        return m_collator.compare(a.toString(), b.toString()) < 0;
    return QVariant::compare(a, b) == QPartialOrdering::Less;
}
