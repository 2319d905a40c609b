#pragma once

// Writes providers to CSV or JSON: the rows and columns a view shows, or everything for the
// headless export. JSON is the snapshot format (docs/snapshots.md): {"format":
// "placement-inspector-snapshot", "version": 1, "taken_at": UTC ISO 8601, "providers": [{...}]}
// with machine keys ("uuid",
// "parent_provider_uuid", ...) and "aggregates_generation", the generation at which each
// provider's aggregates were read; CSV uses the same keys as its header. With
// AggregateErrors::Include (--export --allow-partial) every row also has "aggregates_error":
// why its aggregates could not be read, null (JSON) or empty (CSV) when they were.
// While the model's NovaOverlay holds Nova data, rows with aggregates also have
// "aggregate_names" (Nova's name of each aggregate in the order of "aggregates", null where
// it is not Nova's; CSV: joined with ';') and "availability_zones" (the zones of its Nova
// aggregates); the Nova columns export as "nova_host" and "compute_service" ({"status",
// "state", "disabled_reason", "forced_down"}; CSV: "disabled (reason)/up"). Without Nova data
// nothing of this appears, so such exports are exactly what they were before.

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <optional>

#include "result.h"
#include "snapshot.h"

class ProviderModel;

class ProviderExport
{
    Q_DECLARE_TR_FUNCTIONS(ProviderExport)

public:
    enum class Format
    {
        Csv,
        Json
    };

    enum class AggregateErrors
    {
        Omit,
        Include
    };

    // From the file name's suffix; nothing for anything but .csv and .json.
    static std::optional<Format> formatForPath(const QString &path);
    // Why this path cannot be an export target (empty when it can): the one rule, used by
    // the command line, the headless export and the window's export.
    static QString unusableTargetReason(const QString &path);
    // The columns of the headless export (identity and aggregates).
    static QList<int> identityColumns();

    static QByteArray toJson(const ProviderModel &model, const QStringList &uuids, const QList<int> &columns,
                             AggregateErrors errors = AggregateErrors::Omit);
    static QByteArray toCsv(const ProviderModel &model, const QStringList &uuids, const QList<int> &columns,
                            AggregateErrors errors = AggregateErrors::Omit);
    // Every provider of the model as a snapshot, read back through the snapshot format itself so
    // that the loaded cloud and a file are compared by the same rules (--diff, the window's
    // comparison); rows whose aggregates failed count as unread.
    static Result<Snapshot> snapshotOf(const ProviderModel &model);
    // Writes atomically (a failed write leaves an existing file untouched).
    static Result<Done> write(const QString &path, const ProviderModel &model, const QStringList &uuids,
                              const QList<int> &columns, AggregateErrors errors = AggregateErrors::Omit);
};
