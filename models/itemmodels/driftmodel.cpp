#include "driftmodel.h"

#include "aggregatelabels.h"
#include "rowmerge.h"
#include "syncplan.h"

namespace {

QString shortUuid(const QString &uuid)
{
    return uuid.size() > 8 ? uuid.left(8) + QChar(0x2026) : uuid;
}

} // namespace

DriftModel::DriftModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DriftModel::setLabels(AggregateLabels *labels)
{
    if (m_labels)
        disconnect(m_labels, nullptr, this, nullptr);
    m_labels = labels;
    if (!labels)
        return;
    labels->refreshColumnOnChange(this, AggregateColumn);
}

QString DriftModel::keyOf(const Row &row)
{
    const DriftItem &i = row.item;
    // The detail is not part of the identity: its words may change while the item stays.
    return QStringLiteral("%1|%2|%3|%4")
        .arg(static_cast<int>(i.kind))
        .arg(i.aggregateUuid.toLower(), i.providerUuid.toLower(), i.host);
}

void DriftModel::setScanResult(const DriftScanResult &result)
{
    QList<Row> fresh;
    fresh.reserve(result.items.size());
    for (const DriftItem &item : result.items)
        fresh.append({ item, item.kind == DriftItem::Kind::Missing }); // extra only when ticked by hand
    const QList<DriftItem> tickedBefore = tickedItems();
    mergeRows(
        m_rows, fresh, &DriftModel::keyOf,
        [](Row &existing, const Row &incoming) {
            if (existing.item == incoming.item)
                return false;
            existing.item = incoming.item; // the tick stays: it is the operator's
            return true;
        },
        RowMergeSignals {
            [this](int first, int last) { beginRemoveRows({}, first, last); }, [this] { endRemoveRows(); },
            [this](int first, int last) { beginInsertRows({}, first, last); }, [this] { endInsertRows(); },
            [this](int row) {
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            } });
    m_sets = result.membership.aggregatesByProvider;
    m_errors = result.errorMessages();
    m_usable = result.isUsable();
    m_scanned = true;
    m_scannedAt = QDateTime::currentDateTime();
    Q_EMIT scanChanged();
    if (tickedItems() != tickedBefore)
        Q_EMIT ticksChanged();
}

void DriftModel::clear()
{
    const bool hadTicks = !tickedItems().isEmpty();
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_sets.clear();
    m_errors.clear();
    m_scanned = false;
    m_usable = false;
    m_scannedAt = {};
    Q_EMIT scanChanged();
    if (hadTicks)
        Q_EMIT ticksChanged();
}

int DriftModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int DriftModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DriftModel::kindTitle(DriftItem::Kind kind)
{
    switch (kind) {
    case DriftItem::Kind::Missing:
        return tr("Missing");
    case DriftItem::Kind::Extra:
        return tr("Extra");
    case DriftItem::Kind::Foreign:
        return tr("Foreign");
    case DriftItem::Kind::Unresolvable:
        return tr("Unresolvable");
    case DriftItem::Kind::Inconsistent:
        return tr("Inconsistent");
    }
    return {};
}

QString DriftModel::kindExplanation(DriftItem::Kind kind)
{
    switch (kind) {
    case DriftItem::Kind::Missing:
        return tr("The host is in the Nova aggregate, its provider is not in the placement aggregate: the scheduler "
                  "does not see it there (zone, tenant isolation, required traits). Repair adds it; ticked by "
                  "default.");
    case DriftItem::Kind::Extra:
        return tr("The provider is in the placement aggregate of a Nova aggregate that does not list its host. Repair "
                  "removes it only when you tick it.");
    case DriftItem::Kind::Foreign:
        return tr("A placement aggregate Nova does not know (Neutron segments, sharing providers, manual ones): "
                  "information only, never repaired.");
    case DriftItem::Kind::Unresolvable:
        return tr("A Nova host that cannot be mapped to one resource provider; the detail says why. Nothing to "
                  "repair automatically.");
    case DriftItem::Kind::Inconsistent:
        return tr("A host in two availability zones, or COMPUTE_STATUS_DISABLED disagreeing with the compute "
                  "service. Nothing to repair automatically.");
    }
    return {};
}

QString DriftModel::aggregateText(const DriftItem &item) const
{
    if (!item.aggregateName.isEmpty())
        return item.aggregateName;
    const QString label = m_labels ? m_labels->label(item.aggregateUuid) : QString();
    return label.isEmpty() ? shortUuid(item.aggregateUuid) : label;
}

QVariant DriftModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == ClassColumn)
        return tr("Tick the items to repair: missing ones are ticked, extra ones only when you tick them");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case AggregateColumn:
        return tr("Aggregate");
    case HostColumn:
        return tr("Nova host");
    case ProviderColumn:
        return tr("Provider");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QVariant DriftModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const DriftItem &item = r.item;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case ClassColumn:
            if (role == SortRole) // drift first, information (foreign) last
                return QList<DriftItem::Kind> { DriftItem::Kind::Missing, DriftItem::Kind::Extra,
                                                DriftItem::Kind::Unresolvable, DriftItem::Kind::Inconsistent,
                                                DriftItem::Kind::Foreign }
                    .indexOf(item.kind);
            return kindTitle(item.kind);
        case AggregateColumn:
            return aggregateText(item);
        case HostColumn:
            return item.host;
        case ProviderColumn:
            return item.providerName.isEmpty() ? shortUuid(item.providerUuid) : item.providerName;
        case DetailColumn:
            return item.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (column) {
        case ClassColumn:
            return kindExplanation(item.kind);
        case AggregateColumn:
            return item.aggregateUuid;
        case ProviderColumn:
            return item.providerUuid;
        case DetailColumn:
            return item.detail;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (column != ClassColumn || !isTickable(item.kind))
            return {};
        return r.ticked ? Qt::Checked : Qt::Unchecked;
    case KindRole:
        return static_cast<int>(item.kind);
    case AggregateUuidRole:
        return item.aggregateUuid;
    case ProviderUuidRole:
        return item.providerUuid;
    case TickableRole:
        return isTickable(item.kind);
    default:
        return {};
    }
}

Qt::ItemFlags DriftModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid) && index.column() == ClassColumn
        && isTickable(m_rows.at(index.row()).item.kind))
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool DriftModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != ClassColumn)
        return false;
    return setTicked(index.row(), value.value<Qt::CheckState>() == Qt::Checked);
}

bool DriftModel::setTicked(int row, bool ticked)
{
    if (row < 0 || row >= m_rows.size() || !isTickable(m_rows.at(row).item.kind))
        return false;
    if (m_rows.at(row).ticked != ticked) {
        m_rows[row].ticked = ticked;
        Q_EMIT dataChanged(index(row, ClassColumn), index(row, ClassColumn), { Qt::CheckStateRole });
        Q_EMIT ticksChanged();
    }
    return true;
}

QList<DriftItem> DriftModel::items() const
{
    QList<DriftItem> list;
    list.reserve(m_rows.size());
    for (const Row &r : m_rows)
        list << r.item;
    return list;
}

int DriftModel::count(DriftItem::Kind kind) const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [kind](const Row &r) { return r.item.kind == kind; }));
}

int DriftModel::driftCount() const
{
    return static_cast<int>(m_rows.size()) - count(DriftItem::Kind::Foreign);
}

QList<DriftItem> DriftModel::tickedItems() const
{
    QList<DriftItem> list;
    for (const Row &r : m_rows) {
        if (r.ticked && isTickable(r.item.kind))
            list << r.item;
    }
    return list;
}

int DriftModel::tickedCount(DriftItem::Kind kind) const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(), [kind](const Row &r) {
        return r.ticked && r.item.kind == kind && isTickable(kind);
    }));
}

QString DriftModel::commandsText(const QList<DriftItem> &items) const
{
    return SyncPlan::build(items).commandsText(m_sets);
}
