#pragma once

// What Nova says about the aggregates and providers Placement shows: the latest NovaSnapshot of
// the current connection, or why there is none (no compute endpoint, refused, too old), or that
// it is being read. Every place that shows an aggregate UUID asks it for the Nova name and the
// badges (availability zone, tenant isolation, isolating traits); every provider row asks it for
// the Nova host and the compute service's state. A new snapshot says which aggregates and
// providers changed, so models merge (dataChanged) instead of resetting. QtCore only.

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

#include "novatypes.h"

class AggregateLabels;

// One aggregate as a cell draws it: the name to show and the badges that go beside it.
struct AggregateChip
{
    enum class Kind
    {
        Nova, // a Nova host aggregate (same UUID)
        NotNova, // Nova data is present and does not know this UUID
        Unknown, // no Nova data: the local label or the UUID, as before
    };
    QString uuid;
    QString text; // Nova name, else local label, else the short UUID
    Kind kind = Kind::Unknown;
    QString availabilityZone;
    bool tenantIsolated = false;
    bool requiresTraits = false;

    friend bool operator==(const AggregateChip &a, const AggregateChip &b)
    {
        return a.uuid == b.uuid && a.text == b.text && a.kind == b.kind && a.availabilityZone == b.availabilityZone
            && a.tenantIsolated == b.tenantIsolated && a.requiresTraits == b.requiresTraits;
    }
};
Q_DECLARE_METATYPE(AggregateChip)
Q_DECLARE_METATYPE(QList<AggregateChip>)

class NovaOverlay : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Off, // no connection, or Nova is not asked: nothing to say
        Loading, // being read; a previous snapshot of this connection stays usable meanwhile
        Available, // a snapshot is held
        Unavailable, // Nova data is absent; reason() says why
    };
    Q_ENUM(State)

    explicit NovaOverlay(QObject *parent = nullptr);

    // The local labels displayName() falls back to. A label's change is forwarded as
    // aggregatesChanged(); a whole new set of labels is AggregateLabels::labelsReset().
    void setLabels(AggregateLabels *labels);
    AggregateLabels *labels() const;

    // --- Filled by the app ---------------------------------------------------------------------
    // Nova is being read. A snapshot already held (a refresh) stays until the new one arrives.
    void setLoading();
    void setSnapshot(const NovaSnapshot &snapshot);
    // Nova data is absent, and why (one plain sentence: "no compute endpoint in the catalog",
    // "Nova refused: 403 ...", "Nova too old: ..."). Drops any snapshot.
    void setUnavailable(const QString &reason);
    // A new connection: no data, no reason.
    void clear();
    // Project names for tenant ids, where Keystone allows reading them; ids stay when unknown.
    void setProjectNames(const QHash<QString, QString> &namesById);

    // --- State --------------------------------------------------------------------------------
    State state() const { return m_state; }
    // A snapshot is held (Available, or Loading a refresh over an earlier snapshot).
    bool hasData() const { return m_hasData; }
    QString reason() const { return m_reason; }
    // One line for the window: why Nova data is absent; empty when there is nothing to say.
    QString statusText() const;
    const NovaSnapshot &snapshot() const { return m_snapshot; }

    // --- Aggregates (by UUID, case-insensitive) -----------------------------------------------
    bool isNovaAggregate(const QString &uuid) const;
    std::optional<NovaAggregate> aggregate(const QString &uuid) const;
    // The Nova name; empty when not a Nova aggregate (or no data).
    QString novaName(const QString &uuid) const;
    // Nova name, else the local label, else empty.
    QString displayName(const QString &uuid) const;
    // displayName(), else the UUID's short form: what a cell shows.
    QString shortText(const QString &uuid) const;
    // "name (AZ az1 · tenant-isolated: p1, p2 · requires CUSTOM_GPU)"; "not a Nova aggregate"
    // when Nova data is present but does not know the UUID; empty without Nova data.
    QString describe(const QString &uuid) const;
    // The badges alone: "AZ az1", "tenant-isolated: p1, p2", "requires CUSTOM_GPU".
    QStringList badges(const QString &uuid) const;
    AggregateChip chip(const QString &uuid) const;
    // Every word the quick filter may match for this aggregate: Nova name, AZ, projects, traits.
    QString filterText(const QString &uuid) const;
    // Nova project ids shown with their names when known: "p1 (demo)".
    QString projectText(const QString &projectId) const;

    // --- Compute nodes (provider UUID == compute node UUID) -----------------------------------
    std::optional<NovaHypervisor> hypervisor(const QString &providerUuid) const;
    // The compute service host of a provider; empty when it is not a compute node.
    QString hostOf(const QString &providerUuid) const;
    // "enabled · up", "disabled (maintenance) · down"; empty when not a compute node.
    QString serviceStatusText(const QString &providerUuid) const;
    // The providers (compute node UUIDs) of a compute host; an Ironic host has many.
    QStringList providersOfHost(const QString &host) const;
    std::optional<NovaService> computeService(const QString &host) const;
    // The Nova aggregates that list this host, in Nova's order.
    QStringList aggregatesOfHost(const QString &host) const;

Q_SIGNALS:
    // state() or reason() changed: what statusText() says.
    void stateChanged();
    // hasData() flipped: every aggregate's and provider's Nova text changed (names and badges
    // appear or go, "not a Nova aggregate" appears or goes).
    void availabilityChanged(bool hasData);
    // While data stays available, these aggregates' Nova data (or their displayName: a local
    // label) changed, appeared or went. UUIDs in lower case.
    void aggregatesChanged(const QStringList &uuids);
    // While data stays available, these providers' compute node or compute service changed,
    // appeared or went. UUIDs in lower case.
    void providersChanged(const QStringList &providerUuids);

private:
    const NovaAggregate *findAggregate(const QString &uuid) const;
    const NovaHypervisor *findHypervisor(const QString &providerUuid) const;
    void index();
    void indexFilterTexts();
    QString composeFilterText(const NovaAggregate *a) const;
    void setState(State state, const QString &reason, bool hasData);

    QPointer<AggregateLabels> m_labels;
    State m_state = State::Off;
    QString m_reason;
    bool m_hasData = false;
    NovaSnapshot m_snapshot;
    QHash<QString, int> m_aggregateByUuid; // lower-case UUID -> index in m_snapshot.aggregates
    QHash<QString, int> m_hypervisorByUuid; // lower-case provider UUID -> index in hypervisors
    QHash<QString, int> m_serviceByHost; // nova-compute service per host
    QHash<QString, QStringList> m_providersByHost;
    QHash<QString, QStringList> m_aggregatesByHost;
    QHash<QString, QString> m_filterTextByUuid; // what the quick filter finds per aggregate
    QHash<QString, QString> m_projectNames;
};
