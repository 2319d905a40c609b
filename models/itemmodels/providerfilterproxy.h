#pragma once

// Sorting and the quick filter above a ProviderModel (or its tree): every word of the
// filter must appear in a provider's name, UUID, aggregate UUIDs or aggregate labels.
// Recursive filtering keeps the ancestors of matching providers visible in the tree.
// Names sort naturally ("compute-2" before "compute-10"), numbers as numbers.

#include <QSortFilterProxyModel>
#include <QStringList>

class ProviderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProviderFilterProxy(QObject *parent = nullptr);

    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_text; }
    bool isFiltering() const { return !m_words.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_text;
    QStringList m_words;
};
