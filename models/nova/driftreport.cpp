#include "driftreport.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <numeric>

int DriftCounts::total() const
{
    return std::accumulate(byKind.cbegin(), byKind.cend(), 0);
}

QString DriftReport::className(DriftItem::Kind kind)
{
    switch (kind) {
    case DriftItem::Kind::Missing:
        return QStringLiteral("missing");
    case DriftItem::Kind::Extra:
        return QStringLiteral("extra");
    case DriftItem::Kind::Foreign:
        return QStringLiteral("foreign");
    case DriftItem::Kind::Unresolvable:
        return QStringLiteral("unresolvable");
    case DriftItem::Kind::Inconsistent:
        return QStringLiteral("inconsistent");
    }
    return {};
}

std::optional<DriftItem::Kind> DriftReport::kindFromName(const QString &name)
{
    for (int i = 0; i < DriftCounts::kindCount; ++i) {
        const auto kind = static_cast<DriftItem::Kind>(i);
        if (className(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QJsonObject DriftReport::toJson(const QList<DriftItem> &items, const QStringList &errors)
{
    QJsonArray drift;
    for (const DriftItem &item : items) {
        drift.append(QJsonObject {
            { QStringLiteral("class"), className(item.kind) },
            { QStringLiteral("aggregate_uuid"), item.aggregateUuid },
            { QStringLiteral("aggregate_name"), item.aggregateName },
            { QStringLiteral("provider_uuid"), item.providerUuid },
            { QStringLiteral("provider_name"), item.providerName },
            { QStringLiteral("host"), item.host },
            { QStringLiteral("detail"), item.detail },
        });
    }
    QJsonObject root { { QStringLiteral("drift"), drift } };
    if (!errors.isEmpty())
        root.insert(QStringLiteral("errors"), QJsonArray::fromStringList(errors));
    return root;
}

QByteArray DriftReport::toJsonBytes(const QList<DriftItem> &items, const QStringList &errors)
{
    return QJsonDocument(toJson(items, errors)).toJson(QJsonDocument::Indented);
}

DriftCounts DriftReport::counts(const QList<DriftItem> &items)
{
    DriftCounts counts;
    for (const DriftItem &item : items)
        ++counts.byKind.at(static_cast<size_t>(item.kind));
    return counts;
}

QString DriftReport::summary(const QList<DriftItem> &items)
{
    const DriftCounts c = counts(items);
    const int foreign = c.of(DriftItem::Kind::Foreign);
    if (c.drift() == 0) {
        return foreign == 0
            ? tr("No drift between Nova and Placement.")
            : tr("No drift between Nova and Placement; %n foreign aggregate(s) (information only).", nullptr, foreign);
    }
    if (foreign == 0)
        return tr("Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent.")
            .arg(c.of(DriftItem::Kind::Missing))
            .arg(c.of(DriftItem::Kind::Extra))
            .arg(c.of(DriftItem::Kind::Unresolvable))
            .arg(c.of(DriftItem::Kind::Inconsistent));
    return tr("Drift: %1 missing, %2 extra, %3 unresolvable, %4 inconsistent; %n foreign aggregate(s) (information "
              "only).",
              nullptr, foreign)
        .arg(c.of(DriftItem::Kind::Missing))
        .arg(c.of(DriftItem::Kind::Extra))
        .arg(c.of(DriftItem::Kind::Unresolvable))
        .arg(c.of(DriftItem::Kind::Inconsistent));
}
