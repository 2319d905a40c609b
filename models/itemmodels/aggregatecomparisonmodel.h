#pragma once

// Every aggregate either service knows, one row each, from the latest drift scan: each Nova
// aggregate (also one with no placement members) and each placement aggregate seen (member_of
// reads and the providers' own sets). Per row: name (Nova's, else the local label), zone, how
// many hosts Nova lists, how many members Placement has (member_of), and whether they agree.
// A new scan merges by UUID: nothing is reset. QtCore only.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

#include "driftscan.h"

class AggregateLabels;

class AggregateComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn, // Nova name, else the local label, else empty
        ZoneColumn,
        NovaHostsColumn, // hosts Nova lists; empty for a placement-only aggregate
        PlacementMembersColumn, // member_of; "not read" when the member list failed
        StatusColumn, // "in sync", "2 missing · 1 extra", "not a Nova aggregate", …
        UuidColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        SortRole,
        IsNovaRole, // bool
        StateRole, // AggregateComparisonModel::State as int
    };
    enum class State
    {
        InSync, // Nova's hosts and Placement's members agree
        Drifted, // missing, extra or unresolvable hosts
        PlacementOnly, // not a Nova aggregate (information only)
        Unknown, // the member list could not be read
    };
    Q_ENUM(State)

    explicit AggregateComparisonModel(QObject *parent = nullptr);

    void setLabels(AggregateLabels *labels);
    // A finished scan; one that could not read both sides empties the list.
    void setScanResult(const DriftScanResult &result);
    void clear();
    const DriftScanResult &scanResult() const { return m_result; }
    bool hasScan() const { return m_scanned; }
    QDateTime scannedAt() const { return m_scannedAt; }
    int count(State state) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int rowOf(const QString &uuid) const;
    QString uuidAt(int row) const { return m_rows.at(row).uuid; }
    // The name shown for an aggregate (Nova's, else the label), or its UUID.
    QString title(const QString &uuid) const;

Q_SIGNALS:
    // A scan result (or clear()) arrived.
    void scanChanged();

private:
    struct Row
    {
        QString uuid;
        QString novaName;
        QString zone;
        QString badges; // tenant isolation and traits, for the tooltip
        bool isNova = false;
        int novaHosts = 0;
        int members = -1; // -1: not read
        QString membersError;
        int missing = 0;
        int extra = 0;
        int unresolvable = 0;

        friend bool operator==(const Row &a, const Row &b)
        {
            return a.uuid == b.uuid && a.novaName == b.novaName && a.zone == b.zone && a.badges == b.badges
                && a.isNova == b.isNova && a.novaHosts == b.novaHosts && a.members == b.members
                && a.membersError == b.membersError && a.missing == b.missing && a.extra == b.extra
                && a.unresolvable == b.unresolvable;
        }
    };
    static QList<Row> rowsOf(const DriftScanResult &result);
    static State stateOf(const Row &r);
    static QString statusText(const Row &r);
    QString nameOf(const Row &r) const;

    QList<Row> m_rows;
    DriftScanResult m_result;
    AggregateLabels *m_labels = nullptr;
    QDateTime m_scannedAt;
    bool m_scanned = false;
};
