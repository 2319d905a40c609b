#include "aggregatemodel.h"

#include "aggregatelabels.h"
#include "novaoverlay.h"
#include "providermodel.h"

#include <QTimer>

AggregateModel::AggregateModel(ProviderModel *providers, AggregateLabels *labels, QObject *parent)
    : QAbstractTableModel(parent)
    , m_providers(providers)
    , m_labels(labels)
    , m_debounce(new QTimer(this))
{
    // While 10,000 providers load, recounting after every batch would waste the GUI thread.
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &AggregateModel::refreshNow);
    connect(providers, &QAbstractItemModel::dataChanged, this, &AggregateModel::scheduleRefresh);
    connect(providers, &QAbstractItemModel::rowsInserted, this, &AggregateModel::scheduleRefresh);
    connect(providers, &QAbstractItemModel::rowsRemoved, this, &AggregateModel::scheduleRefresh);
    connect(providers, &QAbstractItemModel::modelReset, this, &AggregateModel::scheduleRefresh);
    auto relabel = [this](const QString &uuid) {
        const int row = rowOf(uuid);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, LabelColumn), index(row, LabelColumn));
    };
    connect(labels, &AggregateLabels::labelChanged, this, relabel);
    connect(labels, &AggregateLabels::labelsReset, this, [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, LabelColumn), index(rowCount() - 1, LabelColumn));
    });
    refreshNow();
}

void AggregateModel::setNovaOverlay(NovaOverlay *overlay)
{
    if (m_nova)
        disconnect(m_nova, nullptr, this, nullptr);
    m_nova = overlay;
    auto everything = [this] {
        if (!m_rows.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    };
    if (overlay) {
        connect(overlay, &NovaOverlay::availabilityChanged, this, everything);
        connect(overlay, &NovaOverlay::aggregatesChanged, this, &AggregateModel::rowsOfAggregatesChanged);
        connect(overlay, &QObject::destroyed, this, [this] { m_nova = nullptr; });
    }
    everything();
}

void AggregateModel::rowsOfAggregatesChanged(const QStringList &uuids)
{
    for (const QString &uuid : uuids) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).uuid.compare(uuid, Qt::CaseInsensitive) == 0)
                Q_EMIT dataChanged(index(i, 0), index(i, ColumnCount - 1));
        }
    }
}

QVariant AggregateModel::novaText(const Row &r, int column) const
{
    if (!m_nova || !m_nova->hasData())
        return QString();
    const auto aggregate = m_nova->aggregate(r.uuid);
    if (!aggregate)
        return column == NovaNameColumn ? m_nova->describe(r.uuid) : QString();
    switch (column) {
    case NovaNameColumn:
        return aggregate->name;
    case AvailabilityZoneColumn:
        return aggregate->availabilityZone;
    case IsolationColumn: {
        QStringList badges = m_nova->badges(r.uuid);
        if (!aggregate->availabilityZone.isEmpty() && !badges.isEmpty())
            badges.removeFirst(); // the zone has its own column
        return badges.join(tr(" · "));
    }
    default:
        return {};
    }
}

void AggregateModel::scheduleRefresh()
{
    if (!m_debounce->isActive())
        m_debounce->start();
}

void AggregateModel::refreshNow()
{
    m_debounce->stop();
    QHash<QString, int> counts;
    QStringList order;
    for (int i = 0; i < m_providers->rowCount(); ++i) {
        const ProviderModel::Row &r = m_providers->row(i);
        for (const QString &uuid : r.aggregates.aggregates) {
            auto it = counts.find(uuid);
            if (it == counts.end()) {
                counts.insert(uuid, 1);
                order << uuid;
            } else {
                ++*it;
            }
        }
    }

    for (int i = static_cast<int>(m_rows.size()) - 1; i >= 0; --i) {
        if (counts.contains(m_rows.at(i).uuid))
            continue;
        beginRemoveRows({}, i, i);
        m_rows.removeAt(i);
        endRemoveRows();
    }
    QHash<QString, int> known;
    for (int i = 0; i < m_rows.size(); ++i) {
        known.insert(m_rows.at(i).uuid, i);
        const int members = counts.value(m_rows.at(i).uuid);
        if (m_rows.at(i).members != members) {
            m_rows[i].members = members;
            Q_EMIT dataChanged(index(i, MemberCountColumn), index(i, MemberCountColumn));
        }
    }
    QList<Row> added;
    for (const QString &uuid : std::as_const(order)) {
        if (!known.contains(uuid))
            added.append(Row { uuid, counts.value(uuid) });
    }
    if (!added.isEmpty()) {
        const int first = static_cast<int>(m_rows.size());
        beginInsertRows({}, first, first + static_cast<int>(added.size()) - 1);
        m_rows.append(added);
        endInsertRows();
    }
}

int AggregateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AggregateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AggregateModel::rowOf(const QString &uuid) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).uuid == uuid)
            return i;
    }
    return -1;
}

int AggregateModel::memberCount(const QString &uuid) const
{
    const int row = rowOf(uuid);
    return row < 0 ? 0 : m_rows.at(row).members;
}

QVariant AggregateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == LabelColumn)
        return tr("A local name for the aggregate, saved for this connection only (Placement aggregates have no "
                  "names). Double-click or F2 to edit.");
    if (role == Qt::ToolTipRole && section == NovaNameColumn)
        return tr("The name of the Nova host aggregate with this UUID (Placement mirrors Nova's aggregates)");
    if (role == Qt::ToolTipRole && section == IsolationColumn)
        return tr("Nova metadata that depends on this membership: tenant isolation (filter_tenant_id) and "
                  "required traits (trait:NAME=required)");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UuidColumn:
        return tr("Aggregate UUID");
    case LabelColumn:
        return tr("Local label");
    case MemberCountColumn:
        return tr("Members (loaded)");
    case NovaNameColumn:
        return tr("Nova name");
    case AvailabilityZoneColumn:
        return tr("Zone");
    case IsolationColumn:
        return tr("Isolation");
    default:
        return {};
    }
}

QVariant AggregateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case SortRole:
        switch (index.column()) {
        case UuidColumn:
            return r.uuid;
        case LabelColumn:
            return m_labels->label(r.uuid);
        case MemberCountColumn:
            return r.members;
        default:
            return role == Qt::EditRole ? QVariant() : novaText(r, index.column());
        }
    case Qt::ToolTipRole:
        if (index.column() == LabelColumn)
            return tr("Double-click or press F2 to edit the local label");
        if (m_nova && m_nova->hasData())
            return tr("%1\n%2").arg(r.uuid, m_nova->describe(r.uuid));
        return r.uuid;
    case IsNovaRole:
        return m_nova != nullptr && m_nova->isNovaAggregate(r.uuid);
    case Qt::TextAlignmentRole:
        if (index.column() == MemberCountColumn)
            return { Qt::AlignRight | Qt::AlignVCenter };
        return {};
    case UuidRole:
        return r.uuid;
    default:
        return {};
    }
}

Qt::ItemFlags AggregateModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == LabelColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool AggregateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != LabelColumn)
        return false;
    m_labels->setLabel(m_rows.at(index.row()).uuid, value.toString());
    return true; // AggregateLabels::labelChanged emits dataChanged
}
