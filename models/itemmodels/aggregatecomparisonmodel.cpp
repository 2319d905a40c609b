#include "aggregatecomparisonmodel.h"

#include "aggregatelabels.h"
#include "rowmerge.h"

#include <QSet>

#include <algorithm>

AggregateComparisonModel::AggregateComparisonModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AggregateComparisonModel::setLabels(AggregateLabels *labels)
{
    if (m_labels)
        disconnect(m_labels, nullptr, this, nullptr);
    m_labels = labels;
    if (!labels)
        return;
    labels->refreshColumnOnChange(this, NameColumn);
}

QList<AggregateComparisonModel::Row> AggregateComparisonModel::rowsOf(const DriftScanResult &result)
{
    QList<Row> rows;
    if (!result.isUsable())
        return rows;
    const PlacementMembership &membership = result.membership;
    QSet<QString> seen;
    auto placementSide = [&membership](Row &row) {
        const QString key = row.uuid.toLower();
        if (membership.wasRead(key)) {
            row.members = static_cast<int>(membership.members.value(key).size());
        } else {
            row.members = -1;
            row.membersError = membership.failedAggregates.contains(key)
                ? membership.failedAggregates.value(key).message()
                : tr("not read");
        }
    };
    for (const NovaAggregate &a : result.snapshot.aggregates) {
        Row row;
        row.uuid = a.uuid.toLower();
        row.novaName = a.name;
        row.zone = a.availabilityZone;
        QStringList badges;
        if (const QStringList tenants = a.tenantIds(); !tenants.isEmpty())
            badges << tr("tenant-isolated: %1").arg(tenants.join(tr(", ")));
        if (const QStringList traits = a.requiredTraits(); !traits.isEmpty())
            badges << tr("requires %1").arg(traits.join(tr(", ")));
        row.badges = badges.join(tr(" · "));
        row.isNova = true;
        row.novaHosts = static_cast<int>(a.hosts.size());
        placementSide(row);
        if (!seen.contains(row.uuid)) {
            seen.insert(row.uuid);
            rows << row;
        }
    }
    // Placement's own: every aggregate whose members were asked, and every one a provider has.
    QSet<QString> placement;
    for (auto it = membership.members.cbegin(); it != membership.members.cend(); ++it)
        placement.insert(it.key().toLower());
    for (auto it = membership.failedAggregates.cbegin(); it != membership.failedAggregates.cend(); ++it)
        placement.insert(it.key().toLower());
    for (auto it = membership.aggregatesByProvider.cbegin(); it != membership.aggregatesByProvider.cend(); ++it) {
        for (const QString &uuid : it.value().aggregates)
            placement.insert(uuid.toLower());
    }
    QStringList others;
    for (const QString &uuid : std::as_const(placement)) {
        if (!seen.contains(uuid))
            others << uuid;
    }
    std::sort(others.begin(), others.end());
    for (const QString &uuid : std::as_const(others)) {
        Row row;
        row.uuid = uuid;
        placementSide(row);
        if (row.members < 0 && !membership.failedAggregates.contains(uuid)) {
            // Seen in providers' own sets only: count those as far as they were read.
            int count = 0;
            for (auto it = membership.aggregatesByProvider.cbegin(); it != membership.aggregatesByProvider.cend();
                 ++it) {
                if (it.value().aggregates.contains(uuid, Qt::CaseInsensitive))
                    ++count;
            }
            row.members = count;
            row.membersError.clear();
        }
        rows << row;
    }
    QHash<QString, int> byUuid;
    for (int i = 0; i < rows.size(); ++i)
        byUuid.insert(rows.at(i).uuid, i);
    for (const DriftItem &item : result.items) {
        const int i = byUuid.value(item.aggregateUuid.toLower(), -1);
        if (i < 0)
            continue;
        switch (item.kind) {
        case DriftItem::Kind::Missing:
            ++rows[i].missing;
            break;
        case DriftItem::Kind::Extra:
            ++rows[i].extra;
            break;
        case DriftItem::Kind::Unresolvable:
            ++rows[i].unresolvable;
            break;
        default:
            break;
        }
    }
    return rows;
}

void AggregateComparisonModel::setScanResult(const DriftScanResult &result)
{
    m_result = result;
    m_scanned = true;
    m_scannedAt = QDateTime::currentDateTime();
    mergeRows(
        m_rows, rowsOf(result), [](const Row &r) { return r.uuid; },
        [](Row &existing, const Row &fresh) {
            if (existing == fresh)
                return false;
            existing = fresh;
            return true;
        },
        RowMergeSignals {
            [this](int first, int last) { beginRemoveRows({}, first, last); }, [this] { endRemoveRows(); },
            [this](int first, int last) { beginInsertRows({}, first, last); }, [this] { endInsertRows(); },
            [this](int row) {
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            } });
    Q_EMIT scanChanged();
}

void AggregateComparisonModel::clear()
{
    if (!m_rows.isEmpty()) {
        beginRemoveRows({}, 0, static_cast<int>(m_rows.size()) - 1);
        m_rows.clear();
        endRemoveRows();
    }
    m_result = {};
    m_scanned = false;
    m_scannedAt = {};
    Q_EMIT scanChanged();
}

int AggregateComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AggregateComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AggregateComparisonModel::rowOf(const QString &uuid) const
{
    const QString key = uuid.toLower();
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == key)
            return i;
    }
    return -1;
}

int AggregateComparisonModel::count(State state) const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [state](const Row &r) { return stateOf(r) == state; }));
}

QString AggregateComparisonModel::nameOf(const Row &r) const
{
    if (r.isNova)
        return r.novaName;
    return m_labels ? m_labels->label(r.uuid) : QString();
}

QString AggregateComparisonModel::title(const QString &uuid) const
{
    const int row = rowOf(uuid);
    const QString name = row < 0 ? QString() : nameOf(m_rows.at(row));
    return name.isEmpty() ? uuid : name;
}

AggregateComparisonModel::State AggregateComparisonModel::stateOf(const Row &r)
{
    if (!r.isNova)
        return State::PlacementOnly;
    if (r.members < 0)
        return State::Unknown;
    return r.missing + r.extra + r.unresolvable > 0 ? State::Drifted : State::InSync;
}

QString AggregateComparisonModel::statusText(const Row &r)
{
    switch (stateOf(r)) {
    case State::PlacementOnly:
        return tr("not a Nova aggregate");
    case State::Unknown:
        return tr("members not read: %1").arg(r.membersError);
    case State::InSync:
        return tr("in sync");
    case State::Drifted:
        break;
    }
    QStringList parts;
    if (r.missing > 0)
        parts << tr("%n missing", nullptr, r.missing);
    if (r.extra > 0)
        parts << tr("%n extra", nullptr, r.extra);
    if (r.unresolvable > 0)
        parts << tr("%n unresolvable", nullptr, r.unresolvable);
    return parts.join(tr(" · "));
}

QVariant AggregateComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NovaHostsColumn:
            return tr("Compute hosts the Nova aggregate lists (os-aggregates)");
        case PlacementMembersColumn:
            return tr("Resource providers in the placement aggregate (GET /resource_providers?member_of=UUID)");
        case StatusColumn:
            return tr("Whether Nova's hosts and Placement's members agree (drift view: Ctrl+4)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ZoneColumn:
        return tr("Zone");
    case NovaHostsColumn:
        return tr("Nova hosts");
    case PlacementMembersColumn:
        return tr("Members");
    case StatusColumn:
        return tr("Status");
    case UuidColumn:
        return tr("UUID");
    default:
        return {};
    }
}

QVariant AggregateComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return nameOf(r);
        case ZoneColumn:
            return r.zone;
        case NovaHostsColumn:
            return r.isNova ? QVariant(r.novaHosts) : QVariant(tr("—"));
        case PlacementMembersColumn:
            return r.members < 0 ? QVariant(tr("not read")) : QVariant(r.members);
        case StatusColumn:
            return statusText(r);
        case UuidColumn:
            return r.uuid;
        default:
            return {};
        }
    case SortRole:
        switch (column) {
        case NovaHostsColumn:
            return r.isNova ? r.novaHosts : -1;
        case PlacementMembersColumn:
            return r.members;
        case StatusColumn:
            // Drift first when sorted ascending, then unknown, in sync, placement only.
            switch (stateOf(r)) {
            case State::Drifted:
                return 0;
            case State::Unknown:
                return 1;
            case State::InSync:
                return 2;
            case State::PlacementOnly:
                return 3;
            }
            return 4;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::ToolTipRole: {
        QStringList lines { r.uuid };
        if (r.isNova)
            lines << (r.badges.isEmpty() ? r.novaName : tr("%1 (%2)").arg(r.novaName, r.badges));
        lines << statusText(r);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::TextAlignmentRole:
        if (column == NovaHostsColumn || column == PlacementMembersColumn)
            return { Qt::AlignRight | Qt::AlignVCenter };
        return {};
    case UuidRole:
        return r.uuid;
    case IsNovaRole:
        return r.isNova;
    case StateRole:
        return static_cast<int>(stateOf(r));
    default:
        return {};
    }
}
