#include "providerexport.h"

#include "novaoverlay.h"
#include "providermodel.h"
#include "snapshot.h"
#include "snapshotreader.h"

#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString aggregatesGenerationKey = QStringLiteral("aggregates_generation");
const QString aggregatesErrorKey = QStringLiteral("aggregates_error");
// Only while Nova data is present, so an export without Nova is exactly what it was.
const QString aggregateNamesKey = QStringLiteral("aggregate_names");
const QString availabilityZonesKey = QStringLiteral("availability_zones");

const NovaOverlay *novaWithData(const ProviderModel &model)
{
    const NovaOverlay *nova = model.novaOverlay();
    return nova && nova->hasData() ? nova : nullptr;
}

// Nova's name of each aggregate, in the order of "aggregates"; null (JSON) or empty (CSV)
// where the aggregate is not Nova's.
QVariantList aggregateNames(const NovaOverlay &nova, const QStringList &aggregates)
{
    QVariantList names;
    for (const QString &uuid : aggregates)
        names << (nova.isNovaAggregate(uuid) ? QVariant(nova.novaName(uuid)) : QVariant());
    return names;
}

// The availability zones the provider's Nova aggregates put it in (two is a drift of its own).
QStringList availabilityZones(const NovaOverlay &nova, const QStringList &aggregates)
{
    QStringList zones;
    for (const QString &uuid : aggregates) {
        const auto aggregate = nova.aggregate(uuid);
        if (aggregate && !aggregate->availabilityZone.isEmpty() && !zones.contains(aggregate->availabilityZone))
            zones << aggregate->availabilityZone;
    }
    return zones;
}

// Why this row's aggregates are missing; empty when they were read.
QString aggregatesError(const ProviderModel::Row &r)
{
    if (r.aggregatesState == ProviderModel::LoadState::Loaded)
        return {};
    return r.aggregatesError.isEmpty() ? ProviderExport::tr("not loaded") : r.aggregatesError;
}

QString csvField(const QVariant &value)
{
    QString text;
    if (value.typeId() == QMetaType::QStringList)
        text = value.toStringList().join(QLatin1Char(' '));
    else if (value.typeId() == QMetaType::QVariantMap && value.toMap().contains(QStringLiteral("status")))
        // A compute service: "enabled/up", "disabled (maintenance)/down".
        text = QStringLiteral("%1%2/%3").arg(
            value.toMap().value(QStringLiteral("status")).toString(),
            value.toMap().value(QStringLiteral("disabled_reason")).toString().isEmpty()
                ? QString()
                : QStringLiteral(" (%1)").arg(value.toMap().value(QStringLiteral("disabled_reason")).toString()),
            value.toMap().value(QStringLiteral("state")).toString());
    else if (value.typeId() == QMetaType::QVariantMap)
        text = QStringLiteral("%1/%2")
                   .arg(value.toMap().value(QStringLiteral("used")).toLongLong())
                   .arg(value.toMap().value(QStringLiteral("capacity")).toLongLong());
    else
        text = value.toString();
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r'))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        text = QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

// The snapshot header first, then the providers: QJsonObject would sort the keys and put the
// version after thousands of providers, where neither a person nor a streaming reader looks.
QByteArray snapshotDocument(const QJsonArray &providers, const QDateTime &takenAt)
{
    const auto quoted = [](const QJsonValue &value) {
        // A one-element array is the simplest way to have QJsonDocument escape one value.
        const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
        return array.mid(1, array.size() - 2);
    };
    // Indent the array one level: JSON strings cannot hold a raw newline, so every line break
    // is between tokens.
    QByteArray list = QJsonDocument(providers).toJson(QJsonDocument::Indented).trimmed();
    list.replace('\n', "\n    ");
    return "{\n    " + quoted(SnapshotFormat::formatKey) + ": " + quoted(SnapshotFormat::name) + ",\n    "
        + quoted(SnapshotFormat::versionKey) + ": " + QByteArray::number(SnapshotFormat::currentVersion) + ",\n    "
        + quoted(SnapshotFormat::takenAtKey) + ": " + quoted(takenAt.toUTC().toString(Qt::ISODate)) + ",\n    "
        + quoted(SnapshotFormat::providersKey) + ": " + list + "\n}\n";
}

} // namespace

std::optional<ProviderExport::Format> ProviderExport::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv"))
        return Format::Csv;
    if (suffix == QLatin1String("json"))
        return Format::Json;
    return std::nullopt;
}

QString ProviderExport::unusableTargetReason(const QString &path)
{
    return formatForPath(path) ? QString() : tr("\"%1\" must end in .json or .csv").arg(path);
}

QList<int> ProviderExport::identityColumns()
{
    return { ProviderModel::UuidColumn,   ProviderModel::NameColumn, ProviderModel::GenerationColumn,
             ProviderModel::ParentColumn, ProviderModel::RootColumn, ProviderModel::AggregatesColumn };
}

QByteArray ProviderExport::toJson(const ProviderModel &model, const QStringList &uuids, const QList<int> &columns,
                                  AggregateErrors errors)
{
    QJsonArray providers;
    for (const QString &uuid : uuids) {
        const int row = model.rowOf(uuid);
        if (row < 0)
            continue;
        QJsonObject object;
        for (int column : columns) {
            object.insert(ProviderModel::exportKey(column),
                          QJsonValue::fromVariant(model.index(row, column).data(ProviderModel::ExportRole)));
            if (column == ProviderModel::AggregatesColumn) {
                const ProviderModel::Row &r = model.row(row);
                object.insert(aggregatesGenerationKey,
                              r.aggregatesState == ProviderModel::LoadState::Loaded
                                  ? QJsonValue(r.aggregates.generation)
                                  : QJsonValue());
                if (errors == AggregateErrors::Include) {
                    const QString error = aggregatesError(r);
                    object.insert(aggregatesErrorKey, error.isEmpty() ? QJsonValue() : QJsonValue(error));
                }
                if (const NovaOverlay *nova = novaWithData(model)) {
                    const bool loaded = r.aggregatesState == ProviderModel::LoadState::Loaded;
                    object.insert(aggregateNamesKey,
                                  loaded ? QJsonArray::fromVariantList(aggregateNames(*nova, r.aggregates.aggregates))
                                         : QJsonValue());
                    object.insert(availabilityZonesKey,
                                  loaded ? QJsonArray::fromStringList(availabilityZones(*nova, r.aggregates.aggregates))
                                         : QJsonValue());
                }
            }
        }
        providers.append(object);
    }
    return snapshotDocument(providers, QDateTime::currentDateTimeUtc());
}

QByteArray ProviderExport::toCsv(const ProviderModel &model, const QStringList &uuids, const QList<int> &columns,
                                 AggregateErrors errors)
{
    QStringList header;
    for (int column : columns) {
        header << ProviderModel::exportKey(column);
        if (column == ProviderModel::AggregatesColumn) {
            header << aggregatesGenerationKey;
            if (errors == AggregateErrors::Include)
                header << aggregatesErrorKey;
            if (novaWithData(model))
                header << aggregateNamesKey << availabilityZonesKey;
        }
    }
    QStringList lines { header.join(QLatin1Char(',')) };
    for (const QString &uuid : uuids) {
        const int row = model.rowOf(uuid);
        if (row < 0)
            continue;
        QStringList fields;
        for (int column : columns) {
            fields << csvField(model.index(row, column).data(ProviderModel::ExportRole));
            if (column == ProviderModel::AggregatesColumn) {
                const ProviderModel::Row &r = model.row(row);
                fields << (r.aggregatesState == ProviderModel::LoadState::Loaded
                               ? QString::number(r.aggregates.generation)
                               : QString());
                if (errors == AggregateErrors::Include)
                    fields << csvField(aggregatesError(r));
                if (const NovaOverlay *nova = novaWithData(model)) {
                    // Names may hold spaces: ';' separates them, in the order of "aggregates".
                    QStringList names;
                    const QVariantList list = aggregateNames(*nova, r.aggregates.aggregates);
                    for (const QVariant &name : list)
                        names << name.toString();
                    const bool loaded = r.aggregatesState == ProviderModel::LoadState::Loaded;
                    fields << csvField(loaded ? names.join(QLatin1Char(';')) : QString())
                           << csvField(loaded ? availabilityZones(*nova, r.aggregates.aggregates).join(QLatin1Char(' '))
                                              : QString());
                }
            }
        }
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Result<Snapshot> ProviderExport::snapshotOf(const ProviderModel &model)
{
    return SnapshotReader::read(toJson(model, model.uuids(), identityColumns(), AggregateErrors::Include));
}

Result<Done> ProviderExport::write(const QString &path, const ProviderModel &model, const QStringList &uuids,
                                   const QList<int> &columns, AggregateErrors errors)
{
    const auto format = formatForPath(path);
    if (!format)
        return PlacementError::make(PlacementError::Kind::InvalidInput, unusableTargetReason(path));
    const QByteArray bytes
        = *format == Format::Json ? toJson(model, uuids, columns, errors) : toCsv(model, uuids, columns, errors);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return PlacementError::make(PlacementError::Kind::InvalidInput,
                                    tr("Cannot write %1: %2").arg(path, file.errorString()));
    return Done {};
}
