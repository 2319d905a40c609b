#pragma once

// What differs between two snapshots of one cloud, as an ordered list: the headless --diff
// prints it line by line and the window's comparison shows it as a table. The order is
// deterministic (provider name, then UUID; one provider's differences together, in the order
// of Kind), so two runs over the same files print the same lines.

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include "snapshot.h"

struct SnapshotDifference
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotDifference)

public:
    enum class Kind
    {
        ProviderAdded,
        ProviderRemoved,
        Renamed, // before: the old name, after: the new one
        ParentChanged, // before/after: parent UUIDs, empty for a root provider
        AggregatesAdded, // aggregates: the UUIDs in the newer snapshot only
        AggregatesRemoved, // aggregates: the UUIDs in the older snapshot only
        GenerationMoved, // before/after: the generations
    };

    Kind kind = Kind::ProviderAdded;
    QString providerUuid;
    QString providerName; // the newer snapshot's name where the provider is in it
    QString before;
    QString after;
    QStringList aggregates;

    // A short label per kind ("aggregates added"), for a line or a table column.
    static QString kindLabel(Kind kind);
    // What changed, without the kind and the provider: "old -> new" or the aggregate UUIDs.
    QString detail() const;
    // The one stable line --diff prints: the label padded to labelWidth, the provider, the detail.
    QString line(int labelWidth) const;
    // The width that aligns every kind's label.
    static int labelWidth();
};

class SnapshotDiff
{
public:
    // Everything that differs from `older` to `newer`. Aggregates are compared only where both
    // sides read them (see Snapshot::unreadProviders; --diff refuses to compare otherwise).
    static QList<SnapshotDifference> compare(const Snapshot &older, const Snapshot &newer);
};
