#include "providerdelegate.h"

#include "aggregatechips.h"
#include "palettecolors.h"
#include "providermodel.h"

#include <QApplication>
#include <QPainter>

ProviderDelegate::ProviderDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{ }

QString ProviderDelegate::formatAmount(const QString &resourceClass, qint64 amount)
{
    if (resourceClass == QLatin1String("MEMORY_MB")) {
        if (amount >= 1024)
            return tr("%1 GiB").arg(static_cast<double>(amount) / 1024.0, 0, 'f', amount % 1024 == 0 ? 0 : 1);
        return tr("%1 MiB").arg(amount);
    }
    if (resourceClass == QLatin1String("DISK_GB")) {
        if (amount >= 10240)
            return tr("%1 TB").arg(static_cast<double>(amount) / 1024.0, 0, 'f', 1);
        return tr("%1 GB").arg(amount);
    }
    return QString::number(amount);
}

QString ProviderDelegate::formatPair(const QString &resourceClass, qint64 used, qint64 capacity)
{
    // One unit for both numbers, chosen by the capacity: "64 / 190 GiB" reads faster than two units.
    double divisor = 1.0;
    QString unit;
    if (resourceClass == QLatin1String("MEMORY_MB")) {
        constexpr qint64 mibPerGib = 1024;
        divisor = capacity >= mibPerGib * mibPerGib ? 1024.0 * 1024.0 : (capacity >= mibPerGib ? 1024.0 : 1.0);
        unit = capacity >= mibPerGib * mibPerGib ? tr("TiB") : (capacity >= mibPerGib ? tr("GiB") : tr("MiB"));
    } else if (resourceClass == QLatin1String("DISK_GB")) {
        divisor = capacity >= 10240 ? 1024.0 : 1.0;
        unit = capacity >= 10240 ? tr("TB") : tr("GB");
    }
    auto number = [divisor](qint64 amount) {
        const double value = static_cast<double>(amount) / divisor;
        return QString::number(value, 'f', divisor > 1.0 && value < 10.0 && value > 0.0 ? 1 : 0);
    };
    if (unit.isEmpty())
        return tr("%1 / %2").arg(number(used), number(capacity));
    return tr("%1 / %2 %3").arg(number(used), number(capacity), unit);
}

void ProviderDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool selected = option->state.testFlag(QStyle::State_Selected);
    if (!selected && index.data(ProviderModel::GenerationChangedRole).toBool())
        option->backgroundBrush = PaletteColors::changedRow(option->palette);

    const int column = index.column();
    // UUIDs differ at both ends: keep both visible when the column is narrow.
    if (column == ProviderModel::UuidColumn)
        option->textElideMode = Qt::ElideMiddle;
    if (column == ProviderModel::ComputeServiceColumn && !selected) {
        const auto cell = index.data(ProviderModel::NovaStateRole).value<ProviderModel::NovaCell>();
        if (cell == ProviderModel::NovaCell::Down)
            option->palette.setColor(QPalette::Text, PaletteColors::errorText(option->palette));
        else if (cell == ProviderModel::NovaCell::Disabled)
            option->palette.setColor(QPalette::Text, PaletteColors::pendingText(option->palette));
    }
    const bool aggregateColumn
        = column == ProviderModel::AggregateCountColumn || column == ProviderModel::AggregatesColumn;
    if (!aggregateColumn || selected)
        return;
    const auto state = index.data(ProviderModel::LoadStateRole).value<ProviderModel::LoadState>();
    if (state == ProviderModel::LoadState::Failed) {
        option->palette.setColor(QPalette::Text, PaletteColors::errorText(option->palette));
        option->icon = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        option->features |= QStyleOptionViewItem::HasDecoration;
        option->decorationSize = QSize(option->fontMetrics.height() - 2, option->fontMetrics.height() - 2);
    } else if (state != ProviderModel::LoadState::Loaded) {
        option->palette.setColor(QPalette::Text, PaletteColors::pendingText(option->palette));
        option->font.setItalic(true);
    }
}

void ProviderDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.data(ProviderModel::ResourceBarRole).isValid()) {
        paintBar(painter, option, index);
        return;
    }
    if (const QVariant chips = index.data(ProviderModel::AggregateChipsRole); chips.isValid()) {
        paintChips(painter, option, index, chips.value<QList<AggregateChip>>());
        return;
    }
    QStyledItemDelegate::paint(painter, option, index);
}

void ProviderDelegate::paintChips(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index,
                                  const QList<AggregateChip> &chips) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus
    if (chips.isEmpty()) {
        painter->save();
        painter->setPen(PaletteColors::pendingText(opt.palette));
        painter->drawText(opt.rect.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter, tr("none"));
        painter->restore();
        return;
    }
    AggregateChips::paint(painter, opt.rect.adjusted(2, 0, -2, 0), chips, opt.palette, opt.font,
                          opt.state.testFlag(QStyle::State_Selected));
}

void ProviderDelegate::paintBar(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget); // background, selection, focus

    const auto state = index.data(ProviderModel::UsageStateRole).value<ProviderModel::LoadState>();
    const auto bar = index.data(ProviderModel::ResourceBarRole).value<ResourceBar>();
    const QRect area = opt.rect.adjusted(4, 3, -4, -3);
    painter->save();
    painter->setFont(opt.font);
    if (state == ProviderModel::LoadState::Failed) {
        painter->setPen(PaletteColors::errorText(opt.palette));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, text);
    } else if (state != ProviderModel::LoadState::Loaded) {
        painter->setPen(PaletteColors::pendingText(opt.palette));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("…"));
    } else if (!bar.present) {
        painter->setPen(PaletteColors::pendingText(opt.palette));
        painter->drawText(area, Qt::AlignLeft | Qt::AlignVCenter, tr("—"));
    } else {
        const double ratio = bar.capacity > 0
            ? qBound(0.0, static_cast<double>(bar.used) / static_cast<double>(bar.capacity), 1.0)
            : 1.0;
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(PaletteColors::barTrack(opt.palette));
        painter->drawRoundedRect(area, 2, 2);
        QRect filled = area;
        filled.setWidth(static_cast<int>(area.width() * ratio));
        painter->setBrush(PaletteColors::barFill(opt.palette, ratio));
        painter->drawRoundedRect(filled, 2, 2);
        const QString rc = ProviderModel::resourceClassOf(index.column());
        const QString label = formatPair(rc, bar.used, bar.capacity);
        painter->setPen(opt.palette.color(QPalette::Text));
        painter->drawText(area.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          opt.fontMetrics.elidedText(label, Qt::ElideRight, area.width() - 8));
    }
    painter->restore();
}

QSize ProviderDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    // The tree and the table get the same row height (rowHeight()): room for underscores and
    // the usage bars' text.
    size.setHeight(qMax(size.height(), rowHeight(option.fontMetrics)));
    if (index.data(ProviderModel::ResourceBarRole).isValid())
        size.setWidth(qMax(size.width(), option.fontMetrics.horizontalAdvance(QStringLiteral("0000 / 0000 GiB")) + 16));
    else if (const QVariant chips = index.data(ProviderModel::AggregateChipsRole); chips.isValid())
        size.setWidth(AggregateChips::width(chips.value<QList<AggregateChip>>(), option.font) + 8);
    return size;
}

int ProviderDelegate::rowHeight(const QFontMetrics &metrics)
{
    return metrics.height() + 8;
}
