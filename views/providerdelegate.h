#pragma once

// Paints provider cells: capacity/usage bars for VCPU, memory and disk, aggregates as chips
// with their Nova names and badges (while Nova data is present), a tint on rows whose
// generation moved at the last refresh, and dimmed or warning text for cells that are still
// loading or failed (or whose compute service is disabled or down). Colours come from the
// palette (see PaletteColors).

#include <QStyledItemDelegate>

struct AggregateChip;

class ProviderDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ProviderDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    // One row height for the table and the tree.
    static int rowHeight(const QFontMetrics &metrics);

    // "12.5 GiB" style amounts for a resource class (MEMORY_MB, DISK_GB) or plain numbers.
    static QString formatAmount(const QString &resourceClass, qint64 amount);
    // "64 / 190 GiB": used and capacity in the unit the capacity suggests.
    static QString formatPair(const QString &resourceClass, qint64 used, qint64 capacity);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    void paintBar(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                    const QList<AggregateChip> &chips) const;
};
