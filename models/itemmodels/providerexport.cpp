#include "providerexport.h"

#include "providermodel.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace {

const QString aggregatesGenerationKey = QStringLiteral("aggregates_generation");
const QString aggregatesErrorKey = QStringLiteral("aggregates_error");

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
            }
        }
        providers.append(object);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("providers"), providers } }).toJson(QJsonDocument::Indented);
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
            }
        }
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
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
