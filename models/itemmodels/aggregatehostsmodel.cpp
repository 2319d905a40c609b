#include "aggregatehostsmodel.h"

#include "rowmerge.h"

#include <QSet>

#include <algorithm>

AggregateHostsModel::AggregateHostsModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AggregateHostsModel::setScanResult(const DriftScanResult &result)
{
    m_result = result;
    recompute();
}

void AggregateHostsModel::setAggregate(const QString &uuid)
{
    const QString key = uuid.toLower();
    if (key == m_aggregate)
        return;
    m_aggregate = key;
    recompute();
}

QList<AggregateHostsModel::Row> AggregateHostsModel::rowsFor(const QString &aggregate) const
{
    QList<Row> rows;
    if (aggregate.isEmpty() || !m_result.isUsable())
        return rows;
    const PlacementMembership &membership = m_result.membership;
    const HostResolver resolver(m_result.snapshot, membership);
    const NovaAggregate *nova = nullptr;
    for (const NovaAggregate &a : m_result.snapshot.aggregates) {
        if (a.uuid.compare(aggregate, Qt::CaseInsensitive) == 0)
            nova = &a;
    }
    const bool read = membership.wasRead(aggregate) && !membership.failedAggregates.contains(aggregate);
    const QSet<QString> members = membership.members.value(aggregate);
    QSet<QString> accounted;

    // Nova's side first, host by host, with the provider Nova mirrors it into (DriftAnalysis' rule).
    if (nova) {
        QStringList hosts = nova->hosts;
        std::sort(hosts.begin(), hosts.end());
        for (const QString &host : std::as_const(hosts)) {
            const HostResolution resolution = resolver.resolve(host);
            Row row;
            row.host = host;
            row.hostListed = true;
            row.node = resolution.nodes.isEmpty() ? QString() : resolution.nodes.first().hypervisorHostname;
            if (resolution.isResolved()) {
                row.providerUuid = resolution.provider.uuid.toLower();
                row.providerName = resolution.provider.name;
                row.member = members.contains(row.providerUuid);
                accounted.insert(row.providerUuid);
                if (!read) {
                    row.pairing = Pairing::MembersUnknown;
                    row.detail = membership.failedAggregates.contains(aggregate)
                        ? membership.failedAggregates.value(aggregate).message()
                        : tr("Placement's members of this aggregate were not read");
                } else {
                    row.pairing = row.member ? Pairing::InBoth : Pairing::MissingInPlacement;
                    if (!row.member)
                        row.detail = tr("Nova lists host %1; its provider %2 is not in the placement aggregate")
                                         .arg(host, row.providerName);
                }
                if (resolution.hasSeveralNodes())
                    row.detail = row.detail.isEmpty() ? resolution.severalNodes
                                                      : tr("%1. %2").arg(row.detail, resolution.severalNodes);
            } else {
                row.pairing = Pairing::Unresolvable;
                row.detail = resolution.reason;
                // A node of the host may still be a member (by UUID): show it on this row.
                for (const NovaHypervisor &node : resolution.nodes) {
                    const QString id = node.id.toLower();
                    if (members.contains(id)) {
                        row.providerUuid = id;
                        row.providerName = membership.providers.value(id).name;
                        row.member = true;
                        accounted.insert(id);
                        break;
                    }
                }
            }
            rows << row;
        }
    }

    // Placement's side: the members no listed host accounts for.
    if (read) {
        QList<Row> others;
        for (const QString &member : members) {
            if (accounted.contains(member))
                continue;
            ResourceProvider provider = membership.providers.value(member);
            provider.uuid = member;
            const NovaHypervisor *node = resolver.nodeOf(provider);
            Row row;
            row.providerUuid = member;
            row.providerName = provider.name.isEmpty() ? member : provider.name;
            row.member = true;
            row.host = node ? node->serviceHost : QString();
            row.node = node ? node->hypervisorHostname : QString();
            if (!nova) {
                row.pairing = Pairing::PlacementOnly;
            } else if (node && nova->hosts.contains(node->serviceHost)) {
                // Another compute node of a listed host: Nova mirrors only the first one.
                row.hostListed = true;
                row.pairing = Pairing::InBoth;
                row.detail = tr("Another compute node of host %1, which the Nova aggregate lists").arg(row.host);
            } else {
                row.pairing = Pairing::ExtraInPlacement;
                row.detail = node ? tr("Its host %1 is not in the Nova aggregate").arg(row.host)
                                  : tr("Not a Nova compute node (nested, sharing or made by hand)");
            }
            others << row;
        }
        std::sort(others.begin(), others.end(),
                  [](const Row &a, const Row &b) { return a.providerName < b.providerName; });
        rows << others;
    }
    return rows;
}

void AggregateHostsModel::recompute()
{
    mergeRows(
        m_rows, rowsFor(m_aggregate), [](const Row &r) { return QStringLiteral("%1|%2").arg(r.host, r.providerUuid); },
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
}

int AggregateHostsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AggregateHostsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int AggregateHostsModel::count(Pairing pairing) const
{
    return static_cast<int>(
        std::count_if(m_rows.cbegin(), m_rows.cend(), [pairing](const Row &r) { return r.pairing == pairing; }));
}

QString AggregateHostsModel::pairingText(Pairing pairing)
{
    switch (pairing) {
    case Pairing::InBoth:
        return tr("in both");
    case Pairing::MissingInPlacement:
        return tr("missing in Placement");
    case Pairing::ExtraInPlacement:
        return tr("extra in Placement");
    case Pairing::Unresolvable:
        return tr("host cannot be mapped");
    case Pairing::MembersUnknown:
        return tr("members not read");
    case Pairing::PlacementOnly:
        return tr("Placement only");
    }
    return {};
}

QVariant AggregateHostsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case NovaHostColumn:
            return tr("Hosts the Nova aggregate lists, with the compute node Nova mirrors");
        case PlacementMemberColumn:
            return tr("Resource providers in the placement aggregate (member_of)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NovaHostColumn:
        return tr("Nova host");
    case PlacementMemberColumn:
        return tr("Placement member");
    case StatusColumn:
        return tr("Status");
    case DetailColumn:
        return tr("Detail");
    default:
        return {};
    }
}

QVariant AggregateHostsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NovaHostColumn:
            return r.hostListed ? r.host : QString();
        case PlacementMemberColumn:
            return r.member ? r.providerName : QString();
        case StatusColumn:
            if (role == SortRole) // what needs attention first
                return QList<Pairing> { Pairing::MissingInPlacement, Pairing::ExtraInPlacement, Pairing::Unresolvable,
                                        Pairing::MembersUnknown,     Pairing::PlacementOnly,    Pairing::InBoth }
                    .indexOf(r.pairing);
            return pairingText(r.pairing);
        case DetailColumn:
            return r.detail;
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines;
        if (!r.host.isEmpty())
            lines << (r.node.isEmpty() ? tr("Host %1").arg(r.host)
                                       : tr("Host %1, compute node %2").arg(r.host, r.node));
        if (!r.providerUuid.isEmpty())
            lines << tr("Provider %1 (%2)").arg(r.providerName, r.providerUuid);
        if (!r.detail.isEmpty())
            lines << r.detail;
        return lines.join(QLatin1Char('\n'));
    }
    case ProviderUuidRole:
        return r.providerUuid;
    case PairingRole:
        return static_cast<int>(r.pairing);
    default:
        return {};
    }
}
