#include "syncplan.h"

#include <QMap>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace {

QString labelled(const QString &name, const QString &uuid)
{
    return name.isEmpty() ? uuid : QStringLiteral("%1 (%2)").arg(name, uuid);
}

// Safe inside a shell comment and on one line.
QString oneLine(QString text)
{
    return text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' '));
}

// The provider's set with the change applied: its order, then the additions.
QStringList applied(const QStringList &current, const SyncChange &change)
{
    const QSet<QString> removed(change.remove.cbegin(), change.remove.cend());
    QStringList result;
    for (const QString &uuid : current) {
        const QString canonical = uuid.toLower();
        if (!removed.contains(canonical) && !result.contains(canonical))
            result << canonical;
    }
    for (const QString &uuid : change.add) {
        if (!result.contains(uuid))
            result << uuid;
    }
    return result;
}

const QString setCommand = QStringLiteral("openstack --os-placement-api-version 1.19 resource provider aggregate set");

} // namespace

SyncPlan SyncPlan::build(const QList<DriftItem> &items)
{
    SyncPlan plan;
    QMap<QString, SyncChange> byProvider;
    for (const DriftItem &item : items) {
        const bool missing = item.kind == DriftItem::Kind::Missing;
        const bool extra = item.kind == DriftItem::Kind::Extra;
        if ((!missing && !extra) || item.providerUuid.isEmpty() || item.aggregateUuid.isEmpty())
            continue;
        SyncChange &change = byProvider[item.providerUuid];
        change.providerUuid = item.providerUuid;
        if (change.providerName.isEmpty())
            change.providerName = item.providerName;
        QStringList &list = missing ? change.add : change.remove;
        if (!list.contains(item.aggregateUuid))
            list << item.aggregateUuid;
        if (!item.aggregateName.isEmpty())
            plan.m_aggregateNames.insert(item.aggregateUuid, item.aggregateName);
    }
    for (SyncChange &change : byProvider) {
        // An aggregate both missing and extra for one provider cannot be: adding wins.
        for (const QString &uuid : std::as_const(change.add))
            change.remove.removeAll(uuid);
        std::sort(change.add.begin(), change.add.end());
        std::sort(change.remove.begin(), change.remove.end());
        plan.m_changes << change;
    }
    std::sort(plan.m_changes.begin(), plan.m_changes.end(), [](const SyncChange &a, const SyncChange &b) {
        return std::tie(a.providerName, a.providerUuid) < std::tie(b.providerName, b.providerUuid);
    });
    return plan;
}

SyncPlan SyncPlan::addsOnly(const QList<DriftItem> &items)
{
    QList<DriftItem> missing;
    for (const DriftItem &item : items) {
        if (item.kind == DriftItem::Kind::Missing)
            missing << item;
    }
    return build(missing);
}

int SyncPlan::additions() const
{
    int n = 0;
    for (const SyncChange &change : m_changes)
        n += static_cast<int>(change.add.size());
    return n;
}

int SyncPlan::removals() const
{
    int n = 0;
    for (const SyncChange &change : m_changes)
        n += static_cast<int>(change.remove.size());
    return n;
}

QStringList SyncPlan::previewLines() const
{
    QStringList lines;
    for (const SyncChange &change : m_changes) {
        const QString provider = labelled(change.providerName, change.providerUuid);
        for (const QString &uuid : change.add)
            lines << tr("add %1 to %2").arg(provider, labelled(aggregateName(uuid), uuid));
        for (const QString &uuid : change.remove)
            lines << tr("remove %1 from %2").arg(provider, labelled(aggregateName(uuid), uuid));
    }
    return lines;
}

QString SyncPlan::commandsText(const QHash<QString, ProviderAggregates> &current) const
{
    QStringList out;
    out << tr("# Repair of placement aggregates: %n provider(s).", nullptr, static_cast<int>(m_changes.size()));
    out << tr("# \"resource provider aggregate set\" (osc-placement) replaces a provider's whole aggregate set, so "
              "each command lists the full resulting set.");
    out << tr("# --generation (microversion 1.19) is the generation that set was read at: if the provider changed "
              "since, Placement refuses with 409 and nothing is lost; read it again and rebuild the command.");
    for (const SyncChange &change : m_changes) {
        out << QString();
        QStringList what;
        for (const QString &uuid : change.add)
            what << tr("add to %1").arg(labelled(aggregateName(uuid), uuid));
        for (const QString &uuid : change.remove)
            what << tr("remove from %1").arg(labelled(aggregateName(uuid), uuid));
        out << QStringLiteral("# %1: %2")
                   .arg(oneLine(labelled(change.providerName, change.providerUuid)),
                        oneLine(what.join(QStringLiteral("; "))));
        const auto known = current.constFind(change.providerUuid);
        QString set = setCommand;
        if (known != current.constEnd() && known->generation >= 0) {
            const QStringList result = applied(known->aggregates, change);
            for (const QString &uuid : result)
                set += QStringLiteral(" --aggregate ") + uuid;
            set += QStringLiteral(" --generation %1 %2").arg(known->generation).arg(change.providerUuid);
            if (result.isEmpty())
                out << tr("# No --aggregate: this leaves the provider in no aggregate at all.");
            out << set;
            continue;
        }
        // Without its whole set, a runnable command would drop the aggregates not shown here.
        out << tr("# Its whole aggregate set was not read here. Read its generation first, then its set:");
        out << QStringLiteral("#   openstack resource provider show %1").arg(change.providerUuid);
        out << QStringLiteral("#   openstack --os-placement-api-version 1.19 resource provider aggregate list %1")
                   .arg(change.providerUuid);
        if (!change.remove.isEmpty())
            out << tr("# Then complete this command with every other aggregate it has (leaving out %1) and run it:")
                       .arg(change.remove.join(QStringLiteral(", ")));
        else
            out << tr("# Then complete this command with every other aggregate it has and run it:");
        for (const QString &uuid : change.add)
            set += QStringLiteral(" --aggregate ") + uuid;
        set += QStringLiteral(" --aggregate <EACH-OTHER-AGGREGATE> --generation <GENERATION> %1")
                   .arg(change.providerUuid);
        out << QStringLiteral("# ") + set;
    }
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
