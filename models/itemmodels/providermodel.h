#pragma once

// The flat table of resource providers: identity, aggregates, capacity and usage, and the
// load state of each. Reloads merge into the existing rows (remove gone, update changed,
// append new), so selections and scroll positions survive a refresh. QtCore only: the
// view decides colours from the state roles.

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QStringList>

#include <array>
#include <optional>
#include <utility>

#include "placementerror.h"
#include "stringpool.h"
#include "types.h"

class AggregateLabels;
class NovaOverlay;
class QTimer;

// One capacity bar: what is used of what can be handed out.
struct ResourceBar
{
    qint64 used = 0;
    qint64 capacity = 0;
    bool present = false; // the provider has an inventory of this class
};
Q_DECLARE_METATYPE(ResourceBar)

class ProviderModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        UuidColumn,
        GenerationColumn,
        ParentColumn,
        RootColumn,
        AggregateCountColumn,
        AggregatesColumn,
        VcpuColumn,
        MemoryColumn,
        DiskColumn,
        NovaHostColumn, // the compute service host of the provider's compute node (Nova)
        ComputeServiceColumn, // "enabled · up", "disabled (reason) · down" (Nova)
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        UuidRole = Qt::UserRole + 1, // the provider UUID, on every column
        SortRole, // typed value for sorting (numbers as numbers)
        LoadStateRole, // LoadState of the aggregates
        UsageStateRole, // LoadState of inventories + usages
        AggregatesRole, // QStringList
        GenerationChangedRole, // bool: the generation moved at the last refresh (cleared after a while)
        ResourceBarRole, // ResourceBar on the usage columns
        ParentUuidRole, // QString, on every column
        RootUuidRole, // QString, on every column
        ErrorRole, // why the aggregates or the usage failed to load, on every column
        ExportRole, // machine value for CSV/JSON export (full UUIDs, numbers, lists)
        FilterTextRole, // everything the quick filter searches: name, UUID, aggregate UUIDs, labels, Nova names
        AggregateChipsRole, // QList<AggregateChip> on the aggregates column, only while Nova data is present
        NovaStateRole, // on the Nova columns: NovaCell
    };

    // What a Nova column knows about a provider.
    enum class NovaCell
    {
        NoData, // no Nova data for this connection
        NotComputeNode, // Nova data present, the provider is no compute node (a nested provider, a sharing one)
        Enabled, // a compute node whose service is enabled and up
        Disabled, // service disabled
        Down, // service down (enabled or not)
    };
    Q_ENUM(NovaCell)

    enum class LoadState
    {
        NotLoaded,
        Loading,
        Loaded,
        Failed
    };
    Q_ENUM(LoadState)

    // What the usage columns show of a provider's inventories and usages. The full QList and
    // QHash cost about 2 KB per row; the table needs three bars (the details pane reads the rest).
    struct UsageBars
    {
        std::array<ResourceBar, 3> bars {}; // VcpuColumn, MemoryColumn, DiskColumn
        qint64 generation = -1; // of the usages read
    };

    struct Row
    {
        ResourceProvider provider;
        ProviderAggregates aggregates;
        LoadState aggregatesState = LoadState::NotLoaded;
        LoadState usageState = LoadState::NotLoaded;
        QString aggregatesError;
        QString usageError;
        UsageBars usage;
        bool generationChanged = false;
    };

    // Groups many per-row updates into a few dataChanged() ranges (10,000 rows load in batches).
    class BatchUpdate
    {
    public:
        explicit BatchUpdate(ProviderModel *model);
        ~BatchUpdate();
        BatchUpdate(const BatchUpdate &) = delete;
        BatchUpdate &operator=(const BatchUpdate &) = delete;

    private:
        ProviderModel *m_model;
    };

    explicit ProviderModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Short form and tooltip of aggregate UUIDs use these labels when set.
    void setAggregateLabels(AggregateLabels *labels);
    AggregateLabels *aggregateLabels() const { return m_labels; }
    // Nova names, badges, hosts and service states come from here when it holds data; rows
    // update by dataChanged when it changes.
    void setNovaOverlay(NovaOverlay *overlay);
    // Aggregates without a name show their whole UUID instead of its first eight characters.
    void setFullUuids(bool full);
    bool fullUuids() const { return m_fullUuids; }
    NovaOverlay *novaOverlay() const { return m_nova; }
    // True for the columns that only Nova fills.
    static bool isNovaColumn(int column) { return column == NovaHostColumn || column == ComputeServiceColumn; }
    // How long a row whose generation moved stays marked (GenerationChangedRole).
    void setHighlightDuration(int ms) { m_highlightMs = ms; }

    // Merges a fresh provider list: rows keep their identity (by UUID), so views keep state.
    // All at once; ChunkedMerge applies a long list in steps with the two halves below.
    void mergeProviders(const QList<ResourceProvider> &providers);
    // A merge removing more runs of rows than this reorders them to the end first (one
    // layout change) and removes one run: every run costs each proxy a pass over all rows.
    static constexpr int maxScatteredRemovalRuns = 8;
    // Removes the rows not in the list and updates the others; returns the providers that
    // have no row yet, in list order (appendProviders() adds them).
    QList<ResourceProvider> mergeExisting(const QList<ResourceProvider> &providers);
    // Appends rows for these providers in one insert (providers that have a row are skipped).
    void appendProviders(const QList<ResourceProvider> &providers);
    // Removes every row; emits cleared() even when there were none.
    void clear();
    // Removes one provider's row (it was deleted on the server after the list was read); no-op
    // when it has none.
    void removeProvider(const QString &uuid);

    // Per-provider updates; an aggregate edit updates its row through setAggregates().
    void setAggregatesLoading(const QString &uuid);
    void setAggregates(const QString &uuid, const ProviderAggregates &aggregates);
    void setAggregatesFailed(const QString &uuid, const PlacementError &error);
    void setUsageLoading(const QString &uuid);
    void setUsage(const QString &uuid, const ProviderInventories &inventories, const ProviderUsages &usages);
    void setUsageFailed(const QString &uuid, const PlacementError &error);
    // After a cancel: rows still marked loading go back to not loaded.
    void resetLoadingStates();

    int rowOf(const QString &uuid) const;
    const Row &row(int row) const { return m_rows.at(row); }
    const Row *find(const QString &uuid) const;
    QStringList uuids() const;
    // The read API for everyone outside the model (rows are the model's own business).
    std::optional<ResourceProvider> provider(const QString &uuid) const;
    // The UUID of the provider with exactly this name; empty when none is loaded.
    QString uuidForName(const QString &name) const;
    // Every aggregate UUID the loaded rows have, in first-seen order.
    QStringList knownAggregates() const;
    // The loaded providers whose aggregates include this one.
    QStringList membersOf(const QString &aggregate) const;
    // Providers whose aggregates are not loaded (failed, or never read), with the reason.
    struct UnreadAggregates
    {
        QString uuid;
        QString name;
        QString error; // empty when they were simply not read
    };
    QList<UnreadAggregates> unreadAggregates() const;

    // Providers whose aggregates or usage failed to load, and the first such reason.
    struct ReadFailures
    {
        int count = 0;
        QString firstReason; // "name: reason"
    };
    ReadFailures readFailures() const;
    // The name of a loaded provider, or the UUID's short form when it is not in the model.
    QString displayName(const QString &uuid) const;

    static QString resourceClassOf(int column);
    // Stable machine name of a column for CSV/JSON export ("uuid", "parent_provider_uuid", ...).
    static QString exportKey(int column);
    static QString shortUuid(const QString &uuid);

Q_SIGNALS:
    // clear() ran: a list still being applied in steps (ChunkedMerge) no longer applies.
    void cleared();

private:
    friend class BatchUpdate;
    QVariant displayValue(const Row &r, int column) const;
    QVariant sortValue(const Row &r, int column) const;
    QVariant exportValue(const Row &r, int column) const;
    QVariant toolTip(const Row &r, int column) const;
    QString aggregateShortText(const QStringList &aggregates) const;
    QString aggregateTooltipLine(const QString &uuid) const;
    QVariant novaValue(const Row &r, int column, int role) const;
    NovaCell novaCell(const Row &r) const;
    void novaAggregatesChanged(const QStringList &uuids);
    void novaProvidersChanged(const QStringList &uuids);
    void allRowsChanged();
    static ResourceBar bar(const Row &r, int column);
    void rowChanged(int row);
    void flushChangedRows();
    int currentRow(int indexedRow) const;
    int removalRuns(const QHash<QString, const ResourceProvider *> &incoming) const;
    void gatherRemovedAtEnd(const QHash<QString, const ResourceProvider *> &incoming);
    void removeRun(int first, int last);
    void finishRemovals();
    void shareStrings(Row &row);
    void expireHighlights();

    QList<Row> m_rows;
    // UUID -> row. While a merge removes runs of rows, the values are the rows from before the
    // merge and m_removedRuns says how far each has moved up since (rowOf() subtracts it), so
    // a lookup from a rowsRemoved handler is exact and the merge touches the index once
    // (finishRemovals()) instead of rebuilding it per run.
    QHash<QString, int> m_rowByUuid;
    // (first row of a removed run, rows removed so far including it), bottom run first.
    QList<std::pair<int, int>> m_removedRuns;
    StringPool m_strings; // aggregate UUIDs and sets repeat across thousands of rows
    AggregateLabels *m_labels = nullptr;
    bool m_fullUuids = false;
    NovaOverlay *m_nova = nullptr;
    int m_batchDepth = 0;
    QSet<int> m_changedRows;
    int m_highlightMs = 30000;
    QTimer *m_highlightTimer;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_highlightSince; // uuid -> m_clock time the change was seen
};

// Rows hold Qt containers and plain values only: QList may move them with memmove, which
// keeps removing runs of rows from a long table cheap.
Q_DECLARE_TYPEINFO(ProviderModel::Row, Q_RELOCATABLE_TYPE);
