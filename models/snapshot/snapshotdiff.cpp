#include "snapshotdiff.h"

#include <algorithm>

namespace {

using Kind = SnapshotDifference::Kind;

SnapshotDifference difference(Kind kind, const SnapshotProvider &provider)
{
    SnapshotDifference d;
    d.kind = kind;
    d.providerUuid = provider.uuid;
    d.providerName = provider.name;
    return d;
}

QStringList minus(const QStringList &from, const QStringList &what)
{
    QStringList left;
    std::set_difference(from.cbegin(), from.cend(), what.cbegin(), what.cend(), std::back_inserter(left));
    return left;
}

QString generationText(const std::optional<qint64> &generation)
{
    return generation ? QString::number(*generation) : QString();
}

// The differences of one provider present in both snapshots, in the order of Kind.
void compareProvider(const SnapshotProvider &older, const SnapshotProvider &newer, QList<SnapshotDifference> &out)
{
    if (older.name != newer.name) {
        SnapshotDifference d = difference(Kind::Renamed, newer);
        d.before = older.name;
        d.after = newer.name;
        out << d;
    }
    if (older.parentUuid != newer.parentUuid) {
        SnapshotDifference d = difference(Kind::ParentChanged, newer);
        d.before = older.parentUuid;
        d.after = newer.parentUuid;
        out << d;
    }
    if (older.aggregatesRead && newer.aggregatesRead) {
        // Both lists are sorted and free of duplicates (SnapshotReader).
        if (const QStringList added = minus(newer.aggregates, older.aggregates); !added.isEmpty()) {
            SnapshotDifference d = difference(Kind::AggregatesAdded, newer);
            d.aggregates = added;
            out << d;
        }
        if (const QStringList removed = minus(older.aggregates, newer.aggregates); !removed.isEmpty()) {
            SnapshotDifference d = difference(Kind::AggregatesRemoved, newer);
            d.aggregates = removed;
            out << d;
        }
    }
    if (older.generation && newer.generation && older.generation != newer.generation) {
        SnapshotDifference d = difference(Kind::GenerationMoved, newer);
        d.before = generationText(older.generation);
        d.after = generationText(newer.generation);
        out << d;
    }
}

} // namespace

QString SnapshotDifference::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::ProviderAdded:
        return tr("provider added");
    case Kind::ProviderRemoved:
        return tr("provider removed");
    case Kind::Renamed:
        return tr("renamed");
    case Kind::ParentChanged:
        return tr("parent changed");
    case Kind::AggregatesAdded:
        return tr("aggregates added");
    case Kind::AggregatesRemoved:
        return tr("aggregates removed");
    case Kind::GenerationMoved:
        return tr("generation moved");
    }
    return {};
}

int SnapshotDifference::labelWidth()
{
    int width = 0;
    for (Kind kind : { Kind::ProviderAdded, Kind::ProviderRemoved, Kind::Renamed, Kind::ParentChanged,
                       Kind::AggregatesAdded, Kind::AggregatesRemoved, Kind::GenerationMoved })
        width = std::max(width, static_cast<int>(kindLabel(kind).size()));
    return width;
}

QString SnapshotDifference::detail() const
{
    switch (kind) {
    case Kind::ProviderAdded:
    case Kind::ProviderRemoved:
        return {};
    case Kind::AggregatesAdded:
    case Kind::AggregatesRemoved:
        return aggregates.join(QLatin1Char(' '));
    case Kind::ParentChanged:
        return tr("%1 -> %2", "parent before and after")
            .arg(before.isEmpty() ? tr("none") : before, after.isEmpty() ? tr("none") : after);
    case Kind::Renamed:
    case Kind::GenerationMoved:
        return tr("%1 -> %2", "value before and after").arg(before, after);
    }
    return {};
}

QString SnapshotDifference::line(int width) const
{
    const QString label = kindLabel(kind).leftJustified(width);
    const QString text = detail();
    return text.isEmpty()
        ? tr("%1  %2 (%3)", "kind, provider name, UUID").arg(label, providerName, providerUuid)
        : tr("%1  %2 (%3): %4", "kind, provider name, UUID, detail").arg(label, providerName, providerUuid, text);
}

QList<SnapshotDifference> SnapshotDiff::compare(const Snapshot &older, const Snapshot &newer)
{
    QList<SnapshotDifference> out;
    for (const SnapshotProvider &before : older.providers) {
        const auto after = newer.providers.constFind(before.uuid);
        if (after == newer.providers.cend())
            out << difference(Kind::ProviderRemoved, before);
        else
            compareProvider(before, *after, out);
    }
    for (const SnapshotProvider &after : newer.providers) {
        if (!older.providers.contains(after.uuid))
            out << difference(Kind::ProviderAdded, after);
    }
    // Stable: compareProvider appended one provider's differences in the order of Kind.
    std::stable_sort(out.begin(), out.end(), [](const SnapshotDifference &a, const SnapshotDifference &b) {
        if (a.providerName != b.providerName)
            return a.providerName < b.providerName;
        if (a.providerUuid != b.providerUuid)
            return a.providerUuid < b.providerUuid;
        return a.kind < b.kind;
    });
    return out;
}
