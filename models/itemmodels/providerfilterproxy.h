#pragma once

// Sorting and the quick filter above a ProviderModel (or its tree): every word of the
// filter must appear in a provider's name, UUID, aggregate UUIDs or aggregate labels (or
// Nova's names). Recursive filtering keeps the ancestors of matching providers visible in
// the tree. Names sort naturally ("compute-2" before "compute-10"), numbers as numbers.
//
// Built for 100,000 rows: a sort ranks every row once (ProviderSortRanks) and then compares
// integers; a keystroke that narrows the filter re-checks only the rows still shown
// (QuickFilterMemo) and matches field by field, building no strings.

#include <QHash>
#include <QPointer>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>
#include <QTimer>

#include <optional>

#include "providersortranks.h"
#include "quickfiltermemo.h"

class QAbstractProxyModel;
class ProviderModel;

class ProviderFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ProviderFilterProxy(QObject *parent = nullptr);

    // The source is a ProviderModel, or a proxy directly over one (the tree).
    void setSourceModel(QAbstractItemModel *source) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setQuickFilter(const QString &text);
    QString quickFilter() const { return m_text; }
    bool isFiltering() const { return !m_words.isEmpty() || m_onlyProviders.has_value(); }
    // Shows only these providers (and, in the tree, their ancestors), on top of the quick filter:
    // a snapshot comparison narrows the table to what differs. An empty list shows none.
    void setOnlyProviders(const QStringList &uuids);
    void showAllProviders();
    bool isRestrictedToProviders() const { return m_onlyProviders.has_value(); }

    // After a batch of changes, the order is checked on the next event-loop turn (see
    // checkOrder()); true until then.
    bool isOrderCheckPending() const { return m_orderCheck->isActive(); }
    void checkOrder();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    void attachProviders();
    void rankIfStale();
    static constexpr int minRowsToRank = 2000;
    int providerRow(const QModelIndex &sourceIndex) const;
    bool matches(int providerRow) const;
    void forgetRows(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void forgetAll();
    void noteSortValuesChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);
    void holdByUuid();
    void restoreByUuid();

    QString m_text;
    QStringList m_words;
    std::optional<QSet<QString>> m_onlyProviders;
    const ProviderModel *m_providers = nullptr;
    QPointer<QAbstractItemModel> m_direct; // the source
    const QAbstractProxyModel *m_via = nullptr; // the proxy between the source and m_providers, if any
    ProviderSortRanks m_ranks;
    mutable QuickFilterMemo m_memo;
    // While the model renumbers its rows, neither ranks nor memo are asked or written.
    bool rowsMoving() const { return m_removing || m_relayouting; }
    bool m_removing = false;
    bool m_relayouting = false;
    // Across a layout change: what was known, by provider.
    QHash<QString, int> m_heldRanks;
    int m_heldColumn = -1;
    QSet<QString> m_heldRejected;
    // Model rows whose sort value changed since the last order check.
    QSet<int> m_changedSinceCheck;
    bool m_checkEverything = false;
    QTimer *m_orderCheck;
};
