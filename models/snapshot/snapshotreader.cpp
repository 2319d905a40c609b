#include "snapshotreader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>

namespace {

PlacementError invalid(const QString &reason)
{
    return PlacementError::make(PlacementError::Kind::InvalidInput, reason);
}

bool isUuid(const QJsonValue &value)
{
    return value.isString() && !QUuid::fromString(value.toString()).isNull();
}

// Lower case without braces, as Placement answers: two spellings of one UUID are one UUID.
QString canonicalUuid(const QJsonValue &value)
{
    return QUuid::fromString(value.toString()).toString(QUuid::WithoutBraces);
}

// A whole JSON number that fits a generation (JSON numbers are doubles).
std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (number != static_cast<double>(static_cast<qint64>(number)))
        return std::nullopt;
    return static_cast<qint64>(number);
}

// One provider object; the position is 1-based, as an operator counts in an editor.
class ProviderReader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)

public:
    ProviderReader(QJsonObject object, int position)
        : m_object(std::move(object))
        , m_position(position)
    { }

    Result<SnapshotProvider> read() const
    {
        SnapshotProvider p;
        const QJsonValue uuid = m_object.value(QStringLiteral("uuid"));
        if (uuid.isUndefined() || uuid.isNull() || (uuid.isString() && uuid.toString().isEmpty()))
            return invalid(tr("provider %1 has no uuid").arg(m_position));
        if (!isUuid(uuid))
            return invalid(tr("provider %1: uuid is not a UUID").arg(m_position));
        p.uuid = canonicalUuid(uuid);

        const QJsonValue name = m_object.value(QStringLiteral("name"));
        if (!name.isUndefined() && !name.isNull() && !name.isString())
            return invalid(tr("provider %1 (%2): name is not a string").arg(m_position).arg(p.uuid));
        p.name = name.toString();

        for (const auto &[key, target] : { std::pair { QStringLiteral("parent_provider_uuid"), &p.parentUuid },
                                           std::pair { QStringLiteral("root_provider_uuid"), &p.rootUuid } }) {
            const QJsonValue value = m_object.value(key);
            if (value.isUndefined() || value.isNull())
                continue;
            if (!isUuid(value))
                return invalid(tr("provider %1 (%2): %3 is not a UUID").arg(m_position).arg(p.uuid, key));
            *target = canonicalUuid(value);
        }

        for (const auto &[key, target] :
             { std::pair { QStringLiteral("generation"), &p.generation },
               std::pair { QStringLiteral("aggregates_generation"), &p.aggregatesGeneration } }) {
            const QJsonValue value = m_object.value(key);
            if (value.isUndefined() || value.isNull())
                continue;
            *target = wholeNumber(value);
            if (!*target)
                return invalid(tr("provider %1 (%2): %3 is not a whole number").arg(m_position).arg(p.uuid, key));
        }

        const QJsonValue aggregates = m_object.value(QStringLiteral("aggregates"));
        if (!aggregates.isUndefined() && !aggregates.isNull()) {
            if (!aggregates.isArray())
                return notUuidList(p.uuid);
            const QJsonArray list = aggregates.toArray();
            for (const QJsonValue aggregate : list) {
                if (!isUuid(aggregate))
                    return notUuidList(p.uuid);
                p.aggregates << canonicalUuid(aggregate);
            }
            p.aggregates.sort();
            p.aggregates.removeDuplicates();
            p.aggregatesRead = true;
        }
        const QJsonValue error = m_object.value(QStringLiteral("aggregates_error"));
        if (!error.isUndefined() && !error.isNull() && !error.isString())
            return invalid(tr("provider %1 (%2): aggregates_error is not a string").arg(m_position).arg(p.uuid));
        p.aggregatesError = error.toString();
        return p;
    }

private:
    PlacementError notUuidList(const QString &uuid) const
    {
        return invalid(tr("provider %1 (%2): aggregates is not a list of UUID strings").arg(m_position).arg(uuid));
    }

    QJsonObject m_object;
    int m_position;
};

// The header: version 0 when there is none, else the format's name and a version we know.
Result<Snapshot> readHeader(const QJsonObject &top)
{
    Snapshot snapshot;
    const QJsonValue format = top.value(SnapshotFormat::formatKey);
    if (format.isUndefined()) {
        if (top.contains(SnapshotFormat::versionKey))
            return invalid(SnapshotReader::tr("not a snapshot: a version without a format"));
        return snapshot;
    }
    if (format.toString() != SnapshotFormat::name)
        return invalid(SnapshotReader::tr("not a snapshot: the format is not \"%1\"").arg(SnapshotFormat::name));
    const std::optional<qint64> version = wholeNumber(top.value(SnapshotFormat::versionKey));
    if (!version || *version < 1)
        return invalid(SnapshotReader::tr("the snapshot version is not a whole number from 1"));
    if (*version > SnapshotFormat::currentVersion)
        return invalid(SnapshotReader::tr("snapshot version %1 is newer than this program reads (up to %2)")
                           .arg(*version)
                           .arg(SnapshotFormat::currentVersion));
    snapshot.version = static_cast<int>(*version);
    snapshot.takenAt = QDateTime::fromString(top.value(SnapshotFormat::takenAtKey).toString(), Qt::ISODate);
    if (!snapshot.takenAt.isValid())
        return invalid(SnapshotReader::tr("taken_at is not an ISO 8601 time"));
    return snapshot;
}

} // namespace

Result<Snapshot> SnapshotReader::read(const QByteArray &bytes)
{
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return invalid(tr("not a snapshot: the top level is not a JSON object"));
    const QJsonObject top = document.object();
    Result<Snapshot> header = readHeader(top);
    if (!header)
        return header;
    Snapshot snapshot = std::move(header.value());
    const QJsonValue providers = top.value(SnapshotFormat::providersKey);
    if (!providers.isArray())
        return invalid(tr("not a snapshot: no \"providers\" list"));
    const QJsonArray list = providers.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const int position = static_cast<int>(i + 1);
        if (!list.at(i).isObject())
            return invalid(tr("provider %1 is not a JSON object").arg(position));
        Result<SnapshotProvider> provider = ProviderReader(list.at(i).toObject(), position).read();
        if (!provider)
            return provider.error();
        if (snapshot.providers.contains(provider.value().uuid))
            return invalid(tr("provider %1: uuid %2 appears twice").arg(position).arg(provider.value().uuid));
        snapshot.providers.insert(provider.value().uuid, provider.value());
    }
    return snapshot;
}

Result<Snapshot> SnapshotReader::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return invalid(tr("cannot read %1: %2").arg(path, file.errorString()));
    Result<Snapshot> snapshot = read(file.readAll());
    if (!snapshot)
        return invalid(tr("%1: %2").arg(path, snapshot.error().detail));
    return snapshot;
}
