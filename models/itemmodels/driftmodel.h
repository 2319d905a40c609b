#pragma once

// The drift items of the latest scan as a table: class, aggregate, host, provider, detail. A
// missing item is ticked for repair by default; an extra item only when the operator ticks it;
// foreign, unresolvable and inconsistent items can never be ticked (information only). A new
// scan merges by item (class, aggregate, provider, host): rows that stay keep their tick, and
// nothing is reset. QtCore only; the view decides colours from KindRole.

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include "driftanalysis.h"
#include "driftscan.h"

class AggregateLabels;

inline size_t qHash(DriftItem::Kind kind, size_t seed = 0)
{
    return ::qHash(static_cast<int>(kind), seed);
}

class DriftModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ClassColumn, // "Missing", "Extra", …; the tick box of tickable items
        AggregateColumn, // Nova name, else local label, else the UUID
        HostColumn, // Nova compute host
        ProviderColumn, // resource provider name
        DetailColumn, // the analysis' plain words
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        KindRole = Qt::UserRole + 1, // DriftItem::Kind as int, on every column
        SortRole,
        AggregateUuidRole,
        ProviderUuidRole,
        TickableRole, // bool
    };

    explicit DriftModel(QObject *parent = nullptr);

    void setLabels(AggregateLabels *labels);

    // A finished scan: its items merge into the rows (ticks stay), its errors are kept. A scan
    // that could not read both sides empties the list and says why (errorMessages()).
    void setScanResult(const DriftScanResult &result);
    // A new connection: no scan, no rows.
    void clear();

    bool hasScan() const { return m_scanned; }
    QDateTime scannedAt() const { return m_scannedAt; }
    bool isUsable() const { return m_usable; }
    QStringList errorMessages() const { return m_errors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    const DriftItem &item(int row) const { return m_rows.at(row).item; }
    QList<DriftItem> items() const;
    int count(DriftItem::Kind kind) const;
    // Everything but foreign (information only).
    int driftCount() const;

    static bool isTickable(DriftItem::Kind kind)
    {
        return kind == DriftItem::Kind::Missing || kind == DriftItem::Kind::Extra;
    }
    // Ticks or unticks a row; false for rows that cannot be ticked.
    bool setTicked(int row, bool ticked);
    bool isTicked(int row) const { return m_rows.at(row).ticked; }
    // What a repair would take: the ticked missing and extra items, in row order.
    QList<DriftItem> tickedItems() const;
    int tickedCount(DriftItem::Kind kind) const;

    // `openstack` commands for these items (SyncPlan), computed from the sets the scan read.
    QString commandsText(const QList<DriftItem> &items) const;

    // "Missing", "Extra", … for the window; and what the class means.
    static QString kindTitle(DriftItem::Kind kind);
    static QString kindExplanation(DriftItem::Kind kind);

Q_SIGNALS:
    // Rows were ticked or unticked (also by a merge that dropped ticked rows).
    void ticksChanged();
    // A scan result (or clear()) arrived: counts, errors and the time changed.
    void scanChanged();

private:
    struct Row
    {
        DriftItem item;
        bool ticked = false;
    };
    static QString keyOf(const Row &row);
    QString aggregateText(const DriftItem &item) const;

    QList<Row> m_rows;
    AggregateLabels *m_labels = nullptr;
    QHash<QString, ProviderAggregates> m_sets; // for runnable repair commands
    QStringList m_errors;
    QDateTime m_scannedAt;
    bool m_scanned = false;
    bool m_usable = false;
};
