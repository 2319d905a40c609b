#include "novaoverlay.h"

#include "aggregatelabels.h"

#include <QSet>

#include <algorithm>

namespace {

QString key(const QString &uuid)
{
    // Placement and Nova answer in lower case: only typed or pasted text needs folding, and
    // the common case costs no allocation (the quick filter looks up every aggregate of
    // every row per keystroke).
    const bool folded = std::none_of(uuid.cbegin(), uuid.cend(), [](QChar c) { return c.isUpper() || c.isSpace(); });
    return folded ? uuid : uuid.trimmed().toLower();
}

QString shortUuid(const QString &uuid)
{
    return uuid.size() > 8 ? uuid.left(8) + QChar(0x2026) : uuid;
}

// The aggregates whose Nova data differs between two snapshots (added, removed or changed).
QStringList changedAggregates(const QList<NovaAggregate> &before, const QList<NovaAggregate> &after)
{
    QHash<QString, const NovaAggregate *> old;
    for (const NovaAggregate &a : before)
        old.insert(key(a.uuid), &a);
    QStringList changed;
    QSet<QString> seen;
    for (const NovaAggregate &a : after) {
        const QString k = key(a.uuid);
        seen.insert(k);
        const NovaAggregate *was = old.value(k);
        if (!was || *was != a)
            changed << k;
    }
    for (auto it = old.cbegin(); it != old.cend(); ++it) {
        if (!seen.contains(it.key()))
            changed << it.key();
    }
    return changed;
}

bool sameNode(const NovaHypervisor &a, const NovaHypervisor &b)
{
    return a.id == b.id && a.hypervisorHostname == b.hypervisorHostname && a.serviceHost == b.serviceHost
        && a.status == b.status && a.state == b.state && a.disabledReason == b.disabledReason;
}

bool sameService(const NovaService *a, const NovaService *b)
{
    if (!a || !b)
        return a == b;
    return a->host == b->host && a->status == b->status && a->state == b->state
        && a->disabledReason == b->disabledReason && a->forcedDown == b->forcedDown;
}

} // namespace

NovaOverlay::NovaOverlay(QObject *parent)
    : QObject(parent)
{ }

void NovaOverlay::setLabels(AggregateLabels *labels)
{
    if (m_labels)
        disconnect(m_labels, nullptr, this, nullptr);
    m_labels = labels;
    if (!labels)
        return;
    // A label is what displayName() falls back to: its change is an aggregate change.
    connect(labels, &AggregateLabels::labelChanged, this,
            [this](const QString &uuid) { Q_EMIT aggregatesChanged({ key(uuid) }); });
}

AggregateLabels *NovaOverlay::labels() const
{
    return m_labels;
}

void NovaOverlay::setState(State state, const QString &reason, bool hasData)
{
    const bool flipped = m_hasData != hasData;
    const bool moved = m_state != state || m_reason != reason;
    m_state = state;
    m_reason = reason;
    m_hasData = hasData;
    if (moved)
        Q_EMIT stateChanged();
    if (flipped)
        Q_EMIT availabilityChanged(hasData);
}

void NovaOverlay::setLoading()
{
    setState(State::Loading, {}, m_hasData);
}

void NovaOverlay::setSnapshot(const NovaSnapshot &snapshot)
{
    const bool hadData = m_hasData;
    const NovaSnapshot before = m_snapshot;
    const QHash<QString, int> beforeHypervisors = m_hypervisorByUuid;
    const QHash<QString, int> beforeServices = m_serviceByHost;
    m_snapshot = snapshot;
    index();
    setState(State::Available, {}, true);
    if (!hadData)
        return; // availabilityChanged() said that everything changed

    // A refresh over data already shown: say exactly what moved, so views merge.
    const QStringList aggregates = changedAggregates(before.aggregates, m_snapshot.aggregates);
    QStringList providers;
    QSet<QString> seen;
    auto serviceOf = [](const NovaSnapshot &s, const QHash<QString, int> &byHost, const QString &host) {
        const int i = byHost.value(host, -1);
        return i < 0 ? nullptr : &s.services.at(i);
    };
    for (const NovaHypervisor &h : std::as_const(m_snapshot.hypervisors)) {
        const QString k = key(h.id);
        seen.insert(k);
        const int was = beforeHypervisors.value(k, -1);
        if (was < 0 || !sameNode(before.hypervisors.at(was), h)
            || !sameService(serviceOf(before, beforeServices, h.serviceHost),
                            serviceOf(m_snapshot, m_serviceByHost, h.serviceHost)))
            providers << k;
    }
    for (auto it = beforeHypervisors.cbegin(); it != beforeHypervisors.cend(); ++it) {
        if (!seen.contains(it.key()))
            providers << it.key();
    }
    if (!aggregates.isEmpty())
        Q_EMIT aggregatesChanged(aggregates);
    if (!providers.isEmpty())
        Q_EMIT providersChanged(providers);
}

void NovaOverlay::setUnavailable(const QString &reason)
{
    m_snapshot = {};
    index();
    setState(State::Unavailable, reason, false);
}

void NovaOverlay::clear()
{
    m_snapshot = {};
    m_projectNames.clear();
    index();
    setState(State::Off, {}, false);
}

void NovaOverlay::setProjectNames(const QHash<QString, QString> &namesById)
{
    if (namesById == m_projectNames)
        return;
    m_projectNames = namesById;
    indexFilterTexts();
    QStringList isolated;
    for (const NovaAggregate &a : std::as_const(m_snapshot.aggregates)) {
        if (!a.tenantIds().isEmpty())
            isolated << key(a.uuid);
    }
    if (!isolated.isEmpty())
        Q_EMIT aggregatesChanged(isolated);
}

void NovaOverlay::index()
{
    m_aggregateByUuid.clear();
    m_hypervisorByUuid.clear();
    m_serviceByHost.clear();
    m_providersByHost.clear();
    m_aggregatesByHost.clear();
    for (int i = 0; i < m_snapshot.aggregates.size(); ++i) {
        const NovaAggregate &a = m_snapshot.aggregates.at(i);
        m_aggregateByUuid.insert(key(a.uuid), i);
        for (const QString &host : a.hosts)
            m_aggregatesByHost[host] << key(a.uuid);
    }
    for (int i = 0; i < m_snapshot.hypervisors.size(); ++i) {
        const NovaHypervisor &h = m_snapshot.hypervisors.at(i);
        m_hypervisorByUuid.insert(key(h.id), i);
        m_providersByHost[h.serviceHost] << key(h.id);
    }
    for (int i = 0; i < m_snapshot.services.size(); ++i) {
        const NovaService &s = m_snapshot.services.at(i);
        if (s.binary.isEmpty() || s.binary == QLatin1String("nova-compute"))
            m_serviceByHost.insert(s.host, i);
    }
    indexFilterTexts();
}

void NovaOverlay::indexFilterTexts()
{
    m_filterTextByUuid.clear();
    for (const NovaAggregate &a : std::as_const(m_snapshot.aggregates))
        m_filterTextByUuid.insert(key(a.uuid), composeFilterText(&a));
}

QString NovaOverlay::statusText() const
{
    if (m_state == State::Unavailable)
        return tr("No Nova data: %1. Aggregates show without Nova names and zones.").arg(m_reason);
    return {};
}

const NovaAggregate *NovaOverlay::findAggregate(const QString &uuid) const
{
    const int i = m_aggregateByUuid.value(key(uuid), -1);
    return i < 0 ? nullptr : &m_snapshot.aggregates.at(i);
}

const NovaHypervisor *NovaOverlay::findHypervisor(const QString &providerUuid) const
{
    const int i = m_hypervisorByUuid.value(key(providerUuid), -1);
    return i < 0 ? nullptr : &m_snapshot.hypervisors.at(i);
}

bool NovaOverlay::isNovaAggregate(const QString &uuid) const
{
    return findAggregate(uuid) != nullptr;
}

std::optional<NovaAggregate> NovaOverlay::aggregate(const QString &uuid) const
{
    const NovaAggregate *a = findAggregate(uuid);
    return a ? std::optional<NovaAggregate>(*a) : std::nullopt;
}

QString NovaOverlay::novaName(const QString &uuid) const
{
    const NovaAggregate *a = findAggregate(uuid);
    return a ? a->name : QString();
}

QString NovaOverlay::displayName(const QString &uuid) const
{
    QString name = novaName(uuid);
    if (!name.isEmpty())
        return name;
    return m_labels ? m_labels->label(uuid) : QString();
}

QString NovaOverlay::shortText(const QString &uuid) const
{
    const QString name = displayName(uuid);
    return name.isEmpty() ? shortUuid(uuid) : name;
}

QString NovaOverlay::projectText(const QString &projectId) const
{
    const QString name = m_projectNames.value(projectId);
    return name.isEmpty() ? projectId : tr("%1 (%2)").arg(projectId, name);
}

QStringList NovaOverlay::badges(const QString &uuid) const
{
    const NovaAggregate *a = findAggregate(uuid);
    if (!a)
        return {};
    QStringList badges;
    if (!a->availabilityZone.isEmpty())
        badges << tr("AZ %1").arg(a->availabilityZone);
    const QStringList tenants = a->tenantIds();
    if (!tenants.isEmpty()) {
        QStringList shown;
        for (const QString &id : tenants)
            shown << projectText(id);
        badges << tr("tenant-isolated: %1").arg(shown.join(tr(", ")));
    }
    const QStringList traits = a->requiredTraits();
    if (!traits.isEmpty())
        badges << tr("requires %1").arg(traits.join(tr(", ")));
    return badges;
}

QString NovaOverlay::describe(const QString &uuid) const
{
    if (!m_hasData)
        return {};
    const NovaAggregate *a = findAggregate(uuid);
    if (!a)
        return tr("not a Nova aggregate");
    const QStringList b = badges(uuid);
    const QString name = a->name.isEmpty() ? tr("unnamed Nova aggregate") : a->name;
    return b.isEmpty() ? name : tr("%1 (%2)").arg(name, b.join(tr(" · ")));
}

AggregateChip NovaOverlay::chip(const QString &uuid) const
{
    AggregateChip c;
    c.uuid = uuid;
    c.text = shortText(uuid);
    if (!m_hasData)
        return c;
    const NovaAggregate *a = findAggregate(uuid);
    if (!a) {
        c.kind = AggregateChip::Kind::NotNova;
        return c;
    }
    c.kind = AggregateChip::Kind::Nova;
    c.availabilityZone = a->availabilityZone;
    c.tenantIsolated = !a->tenantIds().isEmpty();
    c.requiresTraits = !a->requiredTraits().isEmpty();
    return c;
}

QString NovaOverlay::filterText(const QString &uuid) const
{
    return m_filterTextByUuid.value(key(uuid));
}

QString NovaOverlay::composeFilterText(const NovaAggregate *a) const
{
    QStringList parts { a->name, a->availabilityZone };
    const QStringList tenants = a->tenantIds();
    for (const QString &id : tenants)
        parts << id << m_projectNames.value(id);
    parts << a->requiredTraits();
    parts.removeAll(QString());
    return parts.join(QLatin1Char('\n'));
}

std::optional<NovaHypervisor> NovaOverlay::hypervisor(const QString &providerUuid) const
{
    const NovaHypervisor *h = findHypervisor(providerUuid);
    return h ? std::optional<NovaHypervisor>(*h) : std::nullopt;
}

QString NovaOverlay::hostOf(const QString &providerUuid) const
{
    const NovaHypervisor *h = findHypervisor(providerUuid);
    return h ? h->serviceHost : QString();
}

QString NovaOverlay::serviceStatusText(const QString &providerUuid) const
{
    const NovaHypervisor *h = findHypervisor(providerUuid);
    if (!h)
        return {};
    // The service list is the fresher source when present (forced_down, the reason); the
    // hypervisor's copy of the same flags is the fallback.
    const int s = m_serviceByHost.value(h->serviceHost, -1);
    const NovaService *service = s < 0 ? nullptr : &m_snapshot.services.at(s);
    const bool enabled = service ? service->isEnabled() : h->isEnabled();
    const bool up = service ? service->isUp() : h->isUp();
    const QString reason = service ? service->disabledReason : h->disabledReason;
    QString status;
    if (enabled)
        status = tr("enabled");
    else if (reason.isEmpty())
        status = tr("disabled");
    else
        status = tr("disabled (%1)").arg(reason);
    QString state = up ? tr("up") : tr("down");
    if (service && service->forcedDown)
        state = tr("forced down");
    return tr("%1 · %2").arg(status, state);
}

QStringList NovaOverlay::providersOfHost(const QString &host) const
{
    return m_providersByHost.value(host);
}

std::optional<NovaService> NovaOverlay::computeService(const QString &host) const
{
    const int i = m_serviceByHost.value(host, -1);
    return i < 0 ? std::nullopt : std::optional<NovaService>(m_snapshot.services.at(i));
}

QStringList NovaOverlay::aggregatesOfHost(const QString &host) const
{
    return m_aggregatesByHost.value(host);
}
