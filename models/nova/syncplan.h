#pragma once

// A repair plan built from drift items: per provider, which placement aggregates to add
// (every missing item) and which to remove (only the extra items the operator chose).
// Foreign, unresolvable and inconsistent items never become changes. The plan is a preview
// and a ticket text; the app applies it through BulkAggregateEdit (one target per change,
// BulkIntent::Kind::Add with alsoRemove), which re-reads and merges on conflict.

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include "driftanalysis.h"
#include "types.h"

struct SyncChange
{
    QString providerUuid;
    QString providerName;
    QStringList add; // aggregate uuids, sorted
    QStringList remove; // aggregate uuids, sorted

    friend bool operator==(const SyncChange &a, const SyncChange &b)
    {
        return a.providerUuid == b.providerUuid && a.providerName == b.providerName && a.add == b.add
            && a.remove == b.remove;
    }
};

class SyncPlan
{
    Q_DECLARE_TR_FUNCTIONS(SyncPlan)

public:
    // Missing items in `items` become additions, extra items become removals: pass the
    // missing items and only the extra items the operator ticked. Other classes are skipped.
    static SyncPlan build(const QList<DriftItem> &items);
    // Additions only: what `nova-manage placement sync_aggregates` would do (--sync-aggregates).
    static SyncPlan addsOnly(const QList<DriftItem> &items);

    const QList<SyncChange> &changes() const { return m_changes; } // by provider name, then uuid
    bool isEmpty() const { return m_changes.isEmpty(); }
    int additions() const;
    int removals() const;
    QString aggregateName(const QString &uuid) const { return m_aggregateNames.value(uuid); }

    // One line per aggregate change, in plan order:
    // "add compute-1 (<uuid>) to az1-hosts (<uuid>)", "remove compute-2 (<uuid>) from ...".
    QStringList previewLines() const;

    // `openstack` CLI commands (osc-placement) for a change ticket. `resource provider
    // aggregate set` replaces the provider's whole set, so each command lists the full
    // resulting set and the generation it was computed from (microversion 1.19): if the
    // provider changed since, Placement refuses with 409 and nothing is lost. `current` holds
    // each provider's whole set and the generation read with it; a provider missing there
    // gets a commented-out command to complete by hand, never a runnable one.
    QString commandsText(const QHash<QString, ProviderAggregates> &current) const;

private:
    QList<SyncChange> m_changes;
    QHash<QString, QString> m_aggregateNames; // uuid -> Nova name, from the items
};
