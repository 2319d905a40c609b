#include "providermodel.h"

#include "providerfilterfields.h"

#include "aggregatelabels.h"
#include "novaoverlay.h"

#include <QTimer>

#include <algorithm>

namespace {

const QString vcpu = QStringLiteral("VCPU");
const QString memoryMb = QStringLiteral("MEMORY_MB");
const QString diskGb = QStringLiteral("DISK_GB");

bool isUsageColumn(int column)
{
    return column == ProviderModel::VcpuColumn || column == ProviderModel::MemoryColumn
        || column == ProviderModel::DiskColumn;
}

bool isAggregateColumn(int column)
{
    return column == ProviderModel::AggregateCountColumn || column == ProviderModel::AggregatesColumn;
}

} // namespace

ProviderModel::BatchUpdate::BatchUpdate(ProviderModel *model)
    : m_model(model)
{
    ++m_model->m_batchDepth;
}

ProviderModel::BatchUpdate::~BatchUpdate()
{
    if (--m_model->m_batchDepth == 0)
        m_model->flushChangedRows();
}

ProviderModel::ProviderModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_highlightTimer(new QTimer(this))
{
    m_clock.start();
    m_highlightTimer->setSingleShot(true);
    connect(m_highlightTimer, &QTimer::timeout, this, &ProviderModel::expireHighlights);
}

void ProviderModel::setNovaOverlay(NovaOverlay *overlay)
{
    if (m_nova)
        disconnect(m_nova, nullptr, this, nullptr);
    m_nova = overlay;
    if (overlay) {
        connect(overlay, &NovaOverlay::availabilityChanged, this, &ProviderModel::allRowsChanged);
        connect(overlay, &NovaOverlay::aggregatesChanged, this, &ProviderModel::novaAggregatesChanged);
        connect(overlay, &NovaOverlay::providersChanged, this, &ProviderModel::novaProvidersChanged);
        connect(overlay, &QObject::destroyed, this, [this] { m_nova = nullptr; });
    }
    allRowsChanged();
}

void ProviderModel::allRowsChanged()
{
    // One range for everything: Nova's arrival or departure touches names, badges and hosts.
    flushChangedRows();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ProviderModel::novaAggregatesChanged(const QStringList &uuids)
{
    const QSet<QString> changed(uuids.cbegin(), uuids.cend());
    BatchUpdate batch(this);
    for (int i = 0; i < m_rows.size(); ++i) {
        const QStringList &aggregates = m_rows.at(i).aggregates.aggregates;
        if (std::any_of(aggregates.cbegin(), aggregates.cend(),
                        [&changed](const QString &uuid) { return changed.contains(uuid.toLower()); }))
            rowChanged(i);
    }
}

void ProviderModel::novaProvidersChanged(const QStringList &uuids)
{
    BatchUpdate batch(this);
    for (const QString &uuid : uuids) {
        int i = rowOf(uuid);
        if (i < 0) {
            // Placement's UUIDs are canonical lower case, Nova's too; be lenient anyway.
            for (int r = 0; r < m_rows.size() && i < 0; ++r) {
                if (m_rows.at(r).provider.uuid.compare(uuid, Qt::CaseInsensitive) == 0)
                    i = r;
            }
        }
        if (i >= 0)
            rowChanged(i);
    }
}

void ProviderModel::setAggregateLabels(AggregateLabels *labels)
{
    m_labels = labels;
    labels->refreshColumnOnChange(this, AggregatesColumn);
}

int ProviderModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ProviderModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void ProviderModel::setFullUuids(bool full)
{
    if (full == m_fullUuids)
        return;
    m_fullUuids = full;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, AggregatesColumn), index(rowCount() - 1, AggregatesColumn));
}

QString ProviderModel::shortUuid(const QString &uuid)
{
    return uuid.size() > 8 ? uuid.left(8) + QChar(0x2026) : uuid;
}

QString ProviderModel::resourceClassOf(int column)
{
    switch (column) {
    case VcpuColumn:
        return vcpu;
    case MemoryColumn:
        return memoryMb;
    case DiskColumn:
        return diskGb;
    default:
        return {};
    }
}

QString ProviderModel::exportKey(int column)
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case UuidColumn:
        return QStringLiteral("uuid");
    case GenerationColumn:
        return QStringLiteral("generation");
    case ParentColumn:
        return QStringLiteral("parent_provider_uuid");
    case RootColumn:
        return QStringLiteral("root_provider_uuid");
    case AggregateCountColumn:
        return QStringLiteral("aggregate_count");
    case AggregatesColumn:
        return QStringLiteral("aggregates");
    case NovaHostColumn:
        return QStringLiteral("nova_host");
    case ComputeServiceColumn:
        return QStringLiteral("compute_service");
    default:
        return resourceClassOf(column);
    }
}

QVariant ProviderModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == GenerationColumn)
        return tr("Generation: bumped by Placement on every change to the provider's aggregates, traits, "
                  "inventories or allocations");
    if (role == Qt::ToolTipRole && isUsageColumn(section))
        return tr("Used of the capacity the scheduler can hand out: (total − reserved) × allocation ratio");
    if (role == Qt::ToolTipRole && section == NovaHostColumn)
        return tr("Nova: the compute service host of this provider's compute node (what Nova aggregates list)");
    if (role == Qt::ToolTipRole && section == ComputeServiceColumn)
        return tr("Nova: whether the compute service is enabled (scheduled to) and up");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UuidColumn:
        return tr("UUID");
    case GenerationColumn:
        return tr("Gen.");
    case ParentColumn:
        return tr("Parent");
    case RootColumn:
        return tr("Root");
    case AggregateCountColumn:
        return tr("# Aggr.");
    case AggregatesColumn:
        return tr("Aggregates");
    case VcpuColumn:
        return tr("VCPU");
    case MemoryColumn:
        return tr("Memory");
    case DiskColumn:
        return tr("Disk");
    case NovaHostColumn:
        return tr("Nova host");
    case ComputeServiceColumn:
        return tr("Compute service");
    default:
        return {};
    }
}

QString ProviderModel::displayName(const QString &uuid) const
{
    if (uuid.isEmpty())
        return {};
    const Row *r = find(uuid);
    return r ? r->provider.name : shortUuid(uuid);
}

int ProviderModel::rowOf(const QString &uuid) const
{
    const auto it = m_rowByUuid.constFind(uuid);
    return it == m_rowByUuid.cend() ? -1 : currentRow(it.value());
}

int ProviderModel::currentRow(int indexedRow) const
{
    if (m_removedRuns.isEmpty())
        return indexedRow;
    // Runs are listed bottom first: the ones that started above this row are a tail of the list.
    const auto above
        = std::partition_point(m_removedRuns.cbegin(), m_removedRuns.cend(),
                               [indexedRow](const std::pair<int, int> &run) { return run.first > indexedRow; });
    if (above == m_removedRuns.cend())
        return indexedRow;
    const int removedBelow = above == m_removedRuns.cbegin() ? 0 : std::prev(above)->second;
    return indexedRow - (m_removedRuns.constLast().second - removedBelow);
}

const ProviderModel::Row *ProviderModel::find(const QString &uuid) const
{
    const int i = rowOf(uuid);
    return i < 0 ? nullptr : &m_rows.at(i);
}

QString ProviderModel::aggregateShortText(const QStringList &aggregates) const
{
    QStringList parts;
    parts.reserve(aggregates.size());
    for (const QString &uuid : aggregates) {
        QString name = m_nova ? m_nova->displayName(uuid) : QString();
        if (name.isEmpty() && !m_nova && m_labels)
            name = m_labels->label(uuid);
        parts << (!name.isEmpty() ? name : m_fullUuids ? uuid : shortUuid(uuid));
    }
    return parts.join(QStringLiteral(", "));
}

QString ProviderModel::aggregateTooltipLine(const QString &uuid) const
{
    const QString label = m_labels ? m_labels->label(uuid) : QString();
    const QString nova = m_nova ? m_nova->describe(uuid) : QString();
    if (nova.isEmpty())
        return label.isEmpty() ? uuid : tr("%1 (%2)").arg(uuid, label);
    if (m_nova->isNovaAggregate(uuid) || label.isEmpty())
        return tr("%1 — %2").arg(uuid, nova);
    // Not Nova's: the local label stays, and it is said that Nova does not know it.
    return tr("%1 — %2 · %3").arg(uuid, label, nova);
}

ProviderModel::NovaCell ProviderModel::novaCell(const Row &r) const
{
    if (!m_nova || !m_nova->hasData())
        return NovaCell::NoData;
    const auto node = m_nova->hypervisor(r.provider.uuid);
    if (!node)
        return NovaCell::NotComputeNode;
    const auto service = m_nova->computeService(node->serviceHost);
    const bool up = service ? service->isUp() && !service->forcedDown : node->isUp();
    const bool enabled = service ? service->isEnabled() : node->isEnabled();
    if (!up)
        return NovaCell::Down;
    return enabled ? NovaCell::Enabled : NovaCell::Disabled;
}

QVariant ProviderModel::novaValue(const Row &r, int column, int role) const
{
    const NovaCell cell = novaCell(r);
    if (role == NovaStateRole)
        return QVariant::fromValue(cell);
    if (cell == NovaCell::NoData) {
        if (role == Qt::ToolTipRole && m_nova != nullptr && !m_nova->statusText().isEmpty())
            return m_nova->statusText();
        return role == ExportRole ? QVariant() : QVariant(QString());
    }
    if (cell == NovaCell::NotComputeNode) {
        if (role == Qt::ToolTipRole)
            return tr("Not a Nova compute node: no hypervisor has this provider's UUID");
        return role == ExportRole ? QVariant() : QVariant(QString());
    }
    const auto node = m_nova->hypervisor(r.provider.uuid);
    if (column == NovaHostColumn) {
        if (role == Qt::ToolTipRole)
            return tr("Compute host %1 (hypervisor %2)").arg(node->serviceHost, node->hypervisorHostname);
        return node->serviceHost;
    }
    const QString text = m_nova->serviceStatusText(r.provider.uuid);
    if (role == Qt::ToolTipRole)
        return tr("nova-compute on %1: %2").arg(node->serviceHost, text);
    if (role == ExportRole) {
        const auto service = m_nova->computeService(node->serviceHost);
        QVariantMap value { { QStringLiteral("status"), service ? service->status : node->status },
                            { QStringLiteral("state"), service ? service->state : node->state } };
        const QString reason = service ? service->disabledReason : node->disabledReason;
        value.insert(QStringLiteral("disabled_reason"), reason.isEmpty() ? QVariant() : QVariant(reason));
        if (service)
            value.insert(QStringLiteral("forced_down"), service->forcedDown);
        return value;
    }
    return text;
}

ResourceBar ProviderModel::bar(const Row &r, int column)
{
    return isUsageColumn(column) ? r.usage.bars.at(column - VcpuColumn) : ResourceBar();
}

QVariant ProviderModel::displayValue(const Row &r, int column) const
{
    if (isNovaColumn(column))
        return novaValue(r, column, Qt::DisplayRole);
    const ResourceProvider &p = r.provider;
    switch (column) {
    case NameColumn:
        return p.name;
    case UuidColumn:
        return p.uuid;
    case GenerationColumn:
        return p.generation;
    case ParentColumn:
        return displayName(p.parentUuid);
    case RootColumn:
        // A root's root is itself: leave the cell empty so nested providers stand out.
        return p.rootUuid == p.uuid ? QString() : displayName(p.rootUuid);
    default:
        break;
    }
    if (isAggregateColumn(column)) {
        if (r.aggregatesState == LoadState::Failed)
            return tr("failed");
        if (r.aggregatesState == LoadState::Loading)
            return tr("loading…");
        if (r.aggregatesState == LoadState::NotLoaded)
            return tr("not loaded");
        if (column == AggregateCountColumn)
            return static_cast<int>(r.aggregates.aggregates.size());
        return aggregateShortText(r.aggregates.aggregates);
    }
    if (isUsageColumn(column)) {
        if (r.usageState == LoadState::Failed)
            return tr("failed");
        if (r.usageState != LoadState::Loaded)
            return QString();
        const ResourceBar b = bar(r, column);
        if (!b.present)
            return QString();
        return tr("%1 / %2").arg(b.used).arg(b.capacity);
    }
    return {};
}

QVariant ProviderModel::sortValue(const Row &r, int column) const
{
    if (isAggregateColumn(column)) {
        if (r.aggregatesState == LoadState::Failed)
            return column == AggregateCountColumn ? QVariant(-2) : QVariant(QString());
        if (r.aggregatesState != LoadState::Loaded)
            return column == AggregateCountColumn ? QVariant(-1) : QVariant(QString());
        if (column == AggregateCountColumn)
            return static_cast<int>(r.aggregates.aggregates.size());
        return aggregateShortText(r.aggregates.aggregates);
    }
    if (isUsageColumn(column)) {
        // Sort by how full the provider is; providers without data go first (ascending).
        if (r.usageState != LoadState::Loaded)
            return -2.0;
        const ResourceBar b = bar(r, column);
        if (!b.present || b.capacity <= 0)
            return -1.0;
        return static_cast<double>(b.used) / static_cast<double>(b.capacity);
    }
    if (column == NameColumn) {
        // Roots (compute nodes) before nested providers, each by name: a first screen sorted by
        // name shows hosts, not ninety "…_NUMA0" children. Each level of the tree has one kind.
        const QString name = displayValue(r, column).toString();
        return r.provider.parentUuid.isEmpty() ? QStringLiteral("0 ") + name : QStringLiteral("1 ") + name;
    }
    return displayValue(r, column);
}

QVariant ProviderModel::exportValue(const Row &r, int column) const
{
    if (isNovaColumn(column))
        return novaValue(r, column, ExportRole);
    switch (column) {
    case ParentColumn:
        return r.provider.parentUuid.isEmpty() ? QVariant() : QVariant(r.provider.parentUuid);
    case RootColumn:
        return r.provider.rootUuid.isEmpty() ? QVariant() : QVariant(r.provider.rootUuid);
    case AggregateCountColumn:
        return r.aggregatesState == LoadState::Loaded ? QVariant(static_cast<int>(r.aggregates.aggregates.size()))
                                                      : QVariant();
    case AggregatesColumn:
        return r.aggregatesState == LoadState::Loaded ? QVariant(r.aggregates.aggregates) : QVariant();
    default:
        break;
    }
    if (isUsageColumn(column)) {
        const ResourceBar b = bar(r, column);
        if (r.usageState != LoadState::Loaded || !b.present)
            return {};
        return QVariantMap { { QStringLiteral("used"), b.used }, { QStringLiteral("capacity"), b.capacity } };
    }
    return displayValue(r, column);
}

QVariant ProviderModel::toolTip(const Row &r, int column) const
{
    if (isNovaColumn(column))
        return novaValue(r, column, Qt::ToolTipRole);
    const ResourceProvider &p = r.provider;
    switch (column) {
    case NameColumn:
    case UuidColumn:
        return tr("%1\n%2").arg(p.name, p.uuid);
    case ParentColumn:
        return p.parentUuid.isEmpty() ? tr("Root provider (no parent)") : p.parentUuid;
    case RootColumn:
        return p.rootUuid == p.uuid ? tr("Root provider") : p.rootUuid;
    default:
        break;
    }
    if (isAggregateColumn(column)) {
        if (r.aggregatesState == LoadState::Failed)
            return tr("Loading the aggregates failed: %1").arg(r.aggregatesError);
        if (r.aggregatesState != LoadState::Loaded)
            return r.aggregatesState == LoadState::Loading ? tr("Aggregates are loading")
                                                           : tr("Aggregates not loaded: refresh (F5) to load them");
        if (r.aggregates.aggregates.isEmpty())
            return tr("No aggregates (read at generation %1)").arg(r.aggregates.generation);
        QStringList lines;
        for (const QString &uuid : r.aggregates.aggregates)
            lines << aggregateTooltipLine(uuid);
        return tr("Aggregates read at generation %1:\n%2")
            .arg(r.aggregates.generation)
            .arg(lines.join(QLatin1Char('\n')));
    }
    if (isUsageColumn(column)) {
        if (r.usageState == LoadState::Failed)
            return tr("Loading inventories and usages failed: %1").arg(r.usageError);
        if (r.usageState != LoadState::Loaded)
            return tr("Usage is still loading");
        const ResourceBar b = bar(r, column);
        if (!b.present)
            return tr("No %1 inventory").arg(resourceClassOf(column));
        return tr("%1: %2 used of %3").arg(resourceClassOf(column)).arg(b.used).arg(b.capacity);
    }
    return {};
}

QVariant ProviderModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(r, column);
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::TextAlignmentRole:
        if (column == GenerationColumn || column == AggregateCountColumn)
            return { Qt::AlignRight | Qt::AlignVCenter };
        return {};
    case UuidRole:
        return r.provider.uuid;
    case SortRole:
        return sortValue(r, column);
    case LoadStateRole:
        return QVariant::fromValue(r.aggregatesState);
    case UsageStateRole:
        return QVariant::fromValue(r.usageState);
    case AggregatesRole:
        return r.aggregates.aggregates;
    case GenerationChangedRole:
        return r.generationChanged;
    case ResourceBarRole:
        return isUsageColumn(column) ? QVariant::fromValue(bar(r, column)) : QVariant();
    case ParentUuidRole:
        return r.provider.parentUuid;
    case RootUuidRole:
        return r.provider.rootUuid;
    case ErrorRole:
        if (isUsageColumn(column))
            return r.usageError;
        return r.aggregatesError;
    case ExportRole:
        return exportValue(r, column);
    case FilterTextRole: {
        QStringList parts;
        anyProviderFilterField(r, m_labels, m_nova, [&parts](const QString &field) {
            parts << field;
            return false; // every field
        });
        return parts.join(QLatin1Char('\n'));
    }
    case AggregateChipsRole: {
        if (column != AggregatesColumn || !m_nova || !m_nova->hasData() || r.aggregatesState != LoadState::Loaded)
            return {};
        QList<AggregateChip> chips;
        chips.reserve(r.aggregates.aggregates.size());
        for (const QString &uuid : r.aggregates.aggregates) {
            chips << m_nova->chip(uuid);
            if (m_fullUuids && chips.last().text == shortUuid(uuid))
                chips.last().text = uuid;
        }
        // What a narrow cell should show first: zones, then isolation, then other Nova names.
        auto rank = [](const AggregateChip &c) {
            if (c.kind != AggregateChip::Kind::Nova)
                return 3;
            if (!c.availabilityZone.isEmpty())
                return 0;
            return c.tenantIsolated || c.requiresTraits ? 1 : 2;
        };
        std::stable_sort(chips.begin(), chips.end(),
                         [&rank](const AggregateChip &a, const AggregateChip &b) { return rank(a) < rank(b); });
        return QVariant::fromValue(chips);
    }
    case NovaStateRole:
        return isNovaColumn(column) ? QVariant::fromValue(novaCell(r)) : QVariant();
    default:
        return {};
    }
}

void ProviderModel::mergeProviders(const QList<ResourceProvider> &providers)
{
    appendProviders(mergeExisting(providers));
}

QList<ResourceProvider> ProviderModel::mergeExisting(const QList<ResourceProvider> &providers)
{
    QHash<QString, const ResourceProvider *> incoming;
    incoming.reserve(providers.size());
    for (const ResourceProvider &p : providers)
        incoming.insert(p.uuid, &p);

    // Queued row numbers would be stale after removals: send them now.
    flushChangedRows();
    BatchUpdate batch(this);
    // 1. Remove rows that are gone, in contiguous runs from the bottom up; when they are
    //    scattered, gather them at the end first (one layout change) and remove one run.
    if (removalRuns(incoming) > maxScatteredRemovalRuns)
        gatherRemovedAtEnd(incoming);
    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0;) {
        if (incoming.contains(m_rows.at(i).provider.uuid)) {
            --i;
            continue;
        }
        int first = i;
        while (first > 0 && !incoming.contains(m_rows.at(first - 1).provider.uuid))
            --first;
        removeRun(first, i);
        i = first - 1;
    }
    finishRemovals();

    // 2. Update rows that changed. A generation that moved marks the row for a while.
    const qint64 now = m_clock.elapsed();
    bool highlighted = false;
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const ResourceProvider &fresh = *incoming.value(row.provider.uuid);
        if (fresh == row.provider)
            continue;
        if (fresh.generation != row.provider.generation && row.provider.generation >= 0) {
            row.generationChanged = true;
            m_highlightSince.insert(row.provider.uuid, now);
            highlighted = true;
            // Aggregates and usage read at an older generation are stale: the loader reloads them.
            if (row.aggregates.generation != fresh.generation)
                row.aggregatesState = LoadState::NotLoaded;
            row.usageState = LoadState::NotLoaded;
        }
        const QString uuid = row.provider.uuid; // the index's key shares this copy
        row.provider = fresh;
        row.provider.uuid = uuid;
        shareStrings(row);
        rowChanged(i);
    }
    if (highlighted && !m_highlightTimer->isActive())
        m_highlightTimer->start(m_highlightMs);
    m_strings.prune();

    // 3. What has no row yet, in the server's order (the last of duplicates wins, as above).
    QList<ResourceProvider> added;
    for (const ResourceProvider &p : providers) {
        if (!m_rowByUuid.contains(p.uuid) && incoming.value(p.uuid) == &p)
            added.append(p);
    }
    return added;
}

void ProviderModel::appendProviders(const QList<ResourceProvider> &providers)
{
    QList<Row> added;
    QSet<QString> seen;
    for (const ResourceProvider &p : providers) {
        if (m_rowByUuid.contains(p.uuid) || seen.contains(p.uuid))
            continue;
        seen.insert(p.uuid);
        Row row;
        row.provider = p;
        added.append(row);
    }
    if (added.isEmpty())
        return;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
    m_rows.append(added);
    for (int i = first; i < m_rows.size(); ++i)
        m_rowByUuid.insert(m_rows.at(i).provider.uuid, i);
    for (int i = first; i < m_rows.size(); ++i)
        shareStrings(m_rows[i]);
    endInsertRows();
}

int ProviderModel::removalRuns(const QHash<QString, const ResourceProvider *> &incoming) const
{
    int runs = 0;
    bool inRun = false;
    for (const Row &row : m_rows) {
        const bool gone = !incoming.contains(row.provider.uuid);
        if (gone && !inRun)
            ++runs;
        inRun = gone;
    }
    return runs;
}

void ProviderModel::gatherRemovedAtEnd(const QHash<QString, const ResourceProvider *> &incoming)
{
    // Every removal run costs each proxy above (two sort proxies, the tree) a pass over all
    // its rows, and a removed parent's children move: thousands of scattered removals would
    // stall the window for seconds. Reordering is one layout change, after which the gone
    // rows form a single run at the end. Kept rows keep their relative order.
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const int count = static_cast<int>(m_rows.size());
    QList<int> newRowOf(count);
    QList<Row> reordered;
    reordered.reserve(count);
    QList<bool> kept(count);
    for (int i = 0; i < count; ++i)
        kept[i] = incoming.contains(m_rows.at(i).provider.uuid);
    for (int pass = 0; pass < 2; ++pass) {
        for (int i = 0; i < count; ++i) {
            if (kept.at(i) == (pass == 0)) {
                newRowOf[i] = static_cast<int>(reordered.size());
                reordered.append(std::move(m_rows[i]));
            }
        }
    }
    m_rows = std::move(reordered);
    for (auto it = m_rowByUuid.begin(); it != m_rowByUuid.end(); ++it)
        it.value() = newRowOf.at(it.value());
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &old : before)
        after << index(newRowOf.at(old.row()), old.column());
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ProviderModel::removeRun(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int i = first; i <= last; ++i) {
        m_rowByUuid.remove(m_rows.at(i).provider.uuid);
        m_highlightSince.remove(m_rows.at(i).provider.uuid);
    }
    m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
    // Bottom up, so nothing above this run has moved yet: `first` is also its row before the merge.
    const int removed = last - first + 1;
    m_removedRuns.append({ first, (m_removedRuns.isEmpty() ? 0 : m_removedRuns.constLast().second) + removed });
    endRemoveRows();
}

void ProviderModel::finishRemovals()
{
    if (m_removedRuns.isEmpty())
        return;
    // One pass over the index instead of a rebuild per run: O(n log runs), no hashing.
    for (auto it = m_rowByUuid.begin(); it != m_rowByUuid.end(); ++it)
        it.value() = currentRow(it.value());
    m_removedRuns.clear();
}

void ProviderModel::shareStrings(Row &row)
{
    // Parent and root repeat UUIDs the model holds already (a root is its own root): share
    // those copies instead of keeping the parser's.
    ResourceProvider &p = row.provider;
    const auto shared = [this, &p](QString &uuid) {
        if (uuid.isEmpty())
            return;
        if (uuid == p.uuid) {
            uuid = p.uuid;
            return;
        }
        const auto it = m_rowByUuid.constFind(uuid);
        if (it != m_rowByUuid.cend())
            uuid = it.key();
    };
    shared(p.parentUuid);
    shared(p.rootUuid);
}

void ProviderModel::removeProvider(const QString &uuid)
{
    const int row = rowOf(uuid);
    if (row < 0)
        return;
    // Queued row numbers would be stale after the removal: send them now.
    flushChangedRows();
    removeRun(row, row);
    finishRemovals();
}

void ProviderModel::clear()
{
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
        m_rows.clear();
        m_rowByUuid.clear();
        m_changedRows.clear();
        m_highlightSince.clear();
        m_strings.clear();
        endRemoveRows();
    }
    Q_EMIT cleared();
}

void ProviderModel::setAggregatesLoading(const QString &uuid)
{
    const int i = rowOf(uuid);
    if (i < 0 || m_rows.at(i).aggregatesState == LoadState::Loading)
        return;
    m_rows[i].aggregatesState = LoadState::Loading;
    rowChanged(i);
}

void ProviderModel::setAggregates(const QString &uuid, const ProviderAggregates &aggregates)
{
    const int i = rowOf(uuid);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    row.aggregates.aggregates = m_strings.intern(aggregates.aggregates);
    row.aggregates.generation = aggregates.generation;
    row.aggregatesState = LoadState::Loaded;
    row.aggregatesError.clear();
    // The aggregates call reports the provider's current generation: keep the row in step.
    if (aggregates.generation >= 0)
        row.provider.generation = aggregates.generation;
    rowChanged(i);
}

void ProviderModel::setAggregatesFailed(const QString &uuid, const PlacementError &error)
{
    const int i = rowOf(uuid);
    if (i < 0)
        return;
    m_rows[i].aggregatesState = LoadState::Failed;
    m_rows[i].aggregatesError = error.message();
    rowChanged(i);
}

void ProviderModel::setUsageLoading(const QString &uuid)
{
    const int i = rowOf(uuid);
    if (i < 0 || m_rows.at(i).usageState == LoadState::Loading)
        return;
    m_rows[i].usageState = LoadState::Loading;
    rowChanged(i);
}

void ProviderModel::setUsage(const QString &uuid, const ProviderInventories &inventories, const ProviderUsages &usages)
{
    const int i = rowOf(uuid);
    if (i < 0)
        return;
    Row &row = m_rows[i];
    for (int column = VcpuColumn; column <= DiskColumn; ++column) {
        const QString rc = resourceClassOf(column);
        ResourceBar bar;
        for (const Inventory &inv : inventories.inventories) {
            if (inv.resourceClass == rc) {
                bar.present = true;
                bar.capacity = inv.capacity();
                break;
            }
        }
        bar.used = usages.usages.value(rc, 0);
        row.usage.bars.at(column - VcpuColumn) = bar;
    }
    row.usage.generation = usages.generation;
    row.usageState = LoadState::Loaded;
    row.usageError.clear();
    rowChanged(i);
}

void ProviderModel::setUsageFailed(const QString &uuid, const PlacementError &error)
{
    const int i = rowOf(uuid);
    if (i < 0)
        return;
    m_rows[i].usageState = LoadState::Failed;
    m_rows[i].usageError = error.message();
    rowChanged(i);
}

void ProviderModel::resetLoadingStates()
{
    BatchUpdate batch(this);
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.aggregatesState != LoadState::Loading && row.usageState != LoadState::Loading)
            continue;
        if (row.aggregatesState == LoadState::Loading)
            row.aggregatesState = LoadState::NotLoaded;
        if (row.usageState == LoadState::Loading)
            row.usageState = LoadState::NotLoaded;
        rowChanged(i);
    }
}

std::optional<ResourceProvider> ProviderModel::provider(const QString &uuid) const
{
    const Row *r = find(uuid);
    return r ? std::optional<ResourceProvider>(r->provider) : std::nullopt;
}

QString ProviderModel::uuidForName(const QString &name) const
{
    for (const Row &r : m_rows) {
        if (r.provider.name == name)
            return r.provider.uuid;
    }
    return {};
}

QStringList ProviderModel::knownAggregates() const
{
    QStringList known;
    QSet<QString> seen;
    for (const Row &r : m_rows) {
        for (const QString &uuid : r.aggregates.aggregates) {
            if (!seen.contains(uuid)) {
                seen.insert(uuid);
                known << uuid;
            }
        }
    }
    return known;
}

QStringList ProviderModel::membersOf(const QString &aggregate) const
{
    QStringList members;
    for (const Row &r : m_rows) {
        if (r.aggregates.aggregates.contains(aggregate))
            members << r.provider.uuid;
    }
    return members;
}

QList<ProviderModel::UnreadAggregates> ProviderModel::unreadAggregates() const
{
    QList<UnreadAggregates> unread;
    for (const Row &r : m_rows) {
        if (r.aggregatesState != LoadState::Loaded)
            unread.append({ r.provider.uuid, r.provider.name, r.aggregatesError });
    }
    return unread;
}

ProviderModel::ReadFailures ProviderModel::readFailures() const
{
    ReadFailures failures;
    for (const Row &r : m_rows) {
        const bool aggregatesFailed = r.aggregatesState == LoadState::Failed;
        if (!aggregatesFailed && r.usageState != LoadState::Failed)
            continue;
        if (++failures.count == 1)
            failures.firstReason = tr("%1: %2").arg(r.provider.name.isEmpty() ? r.provider.uuid : r.provider.name,
                                                    aggregatesFailed ? r.aggregatesError : r.usageError);
    }
    return failures;
}

QStringList ProviderModel::uuids() const
{
    QStringList list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list << row.provider.uuid;
    return list;
}

void ProviderModel::rowChanged(int row)
{
    m_changedRows.insert(row);
    if (m_batchDepth == 0)
        flushChangedRows();
}

void ProviderModel::flushChangedRows()
{
    if (m_changedRows.isEmpty())
        return;
    QList<int> rows(m_changedRows.cbegin(), m_changedRows.cend());
    m_changedRows.clear();
    std::sort(rows.begin(), rows.end());
    // One dataChanged per contiguous run keeps proxies and views cheap on big batches.
    for (int i = 0; i < rows.size();) {
        int j = i;
        while (j + 1 < rows.size() && rows.at(j + 1) == rows.at(j) + 1)
            ++j;
        Q_EMIT dataChanged(index(rows.at(i), 0), index(rows.at(j), ColumnCount - 1));
        i = j + 1;
    }
}

void ProviderModel::expireHighlights()
{
    const qint64 now = m_clock.elapsed();
    qint64 nextDue = -1;
    BatchUpdate batch(this);
    for (auto it = m_highlightSince.begin(); it != m_highlightSince.end();) {
        const qint64 due = it.value() + m_highlightMs;
        if (due > now) {
            nextDue = nextDue < 0 ? due : std::min(nextDue, due);
            ++it;
            continue;
        }
        const int i = rowOf(it.key());
        if (i >= 0) {
            m_rows[i].generationChanged = false;
            rowChanged(i);
        }
        it = m_highlightSince.erase(it);
    }
    if (nextDue >= 0)
        m_highlightTimer->start(static_cast<int>(nextDue - now));
}
