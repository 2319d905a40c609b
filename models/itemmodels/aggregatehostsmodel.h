#pragma once

// One aggregate's two sides, row by row: each host the Nova aggregate lists with the provider
// Nova mirrors it into (the host's first compute node's name, as add_host does), and each
// provider Placement has as a member (member_of); where they meet, one row. The status says
// which side lacks what: in both, missing in Placement, extra in Placement, a host that cannot be
// mapped, or members not read. Computed from the latest drift scan; a new scan or another
// aggregate merges by (host, provider), never resets. QtCore only.

#include <QAbstractTableModel>
#include <QList>

#include "driftscan.h"

class AggregateHostsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NovaHostColumn, // the host, when the Nova aggregate lists it
        PlacementMemberColumn, // the provider, when Placement has it as a member
        StatusColumn,
        DetailColumn, // why, in plain words (empty for rows in both)
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        ProviderUuidRole = Qt::UserRole + 1, // the provider of the row (member or the one Nova maps to)
        PairingRole, // Pairing as int
        SortRole,
    };
    enum class Pairing
    {
        InBoth,
        MissingInPlacement, // Nova lists the host; its provider is not a member
        ExtraInPlacement, // a member whose host the Nova aggregate does not list
        Unresolvable, // a listed host without one provider to map to
        MembersUnknown, // Nova lists the host; Placement's member list was not read
        PlacementOnly, // a member of an aggregate Nova does not know
    };
    Q_ENUM(Pairing)

    explicit AggregateHostsModel(QObject *parent = nullptr);

    void setScanResult(const DriftScanResult &result);
    void setAggregate(const QString &uuid);
    QString aggregate() const { return m_aggregate; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int count(Pairing pairing) const;

private:
    struct Row
    {
        QString host; // Nova's host (listed or not: an extra member's own host)
        bool hostListed = false;
        QString node; // hypervisor_hostname
        QString providerUuid;
        QString providerName;
        bool member = false;
        Pairing pairing = Pairing::InBoth;
        QString detail;

        friend bool operator==(const Row &a, const Row &b)
        {
            return a.host == b.host && a.hostListed == b.hostListed && a.node == b.node
                && a.providerUuid == b.providerUuid && a.providerName == b.providerName && a.member == b.member
                && a.pairing == b.pairing && a.detail == b.detail;
        }
    };
    void recompute();
    QList<Row> rowsFor(const QString &aggregate) const;
    static QString pairingText(Pairing pairing);

    DriftScanResult m_result;
    QString m_aggregate;
    QList<Row> m_rows;
};
