#include "journalentry.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
const auto kId = QStringLiteral("id");
const auto kVersion = QStringLiteral("version");
const auto kTime = QStringLiteral("time");
const auto kConnection = QStringLiteral("connection");
const auto kProvider = QStringLiteral("provider");
const auto kName = QStringLiteral("name");
const auto kUuid = QStringLiteral("uuid");
const auto kRequest = QStringLiteral("request");
const auto kMethod = QStringLiteral("method");
const auto kPath = QStringLiteral("path");
const auto kBody = QStringLiteral("body");
const auto kBefore = QStringLiteral("before");
const auto kAfter = QStringLiteral("after");
const auto kAggregates = QStringLiteral("aggregates");
const auto kGeneration = QStringLiteral("generation");
const auto kRequestId = QStringLiteral("request_id");
const auto kOutcome = QStringLiteral("outcome");
const auto kStatus = QStringLiteral("status");
const auto kConflicts = QStringLiteral("conflicts");
const auto kReason = QStringLiteral("reason");
const auto kKind = QStringLiteral("kind");
const auto kBatchId = QStringLiteral("batch_id");
const auto kRevertOf = QStringLiteral("revert_of");
const auto kAddHost = QStringLiteral("add_host");
const auto kRemoveHost = QStringLiteral("remove_host");
const auto kHost = QStringLiteral("host");

QJsonObject state(const QStringList &aggregates, qint64 generation)
{
    return { { kAggregates, QJsonArray::fromStringList(aggregates) }, { kGeneration, generation } };
}

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    const QJsonArray array = value.toArray();
    for (const QJsonValue item : array)
        list << item.toString();
    return list;
}

QStringList minus(const QStringList &a, const QStringList &b)
{
    QStringList result;
    for (const QString &item : a) {
        if (!b.contains(item, Qt::CaseInsensitive))
            result << item;
    }
    return result;
}
} // namespace

QStringList JournalEntry::added() const
{
    return minus(after, before);
}

QStringList JournalEntry::removed() const
{
    return minus(before, after);
}

QString JournalEntry::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Single:
        return QStringLiteral("single");
    case Kind::Bulk:
        return QStringLiteral("bulk");
    case Kind::Undo:
        return QStringLiteral("undo");
    case Kind::Repair:
        return QStringLiteral("repair");
    case Kind::Revert:
        return QStringLiteral("revert");
    case Kind::Nova:
        return QStringLiteral("nova");
    }
    return {};
}

std::optional<JournalEntry::Kind> JournalEntry::kindFromName(const QString &name)
{
    for (Kind kind : { Kind::Single, Kind::Bulk, Kind::Undo, Kind::Repair, Kind::Revert, Kind::Nova }) {
        if (kindName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString JournalEntry::kindText() const
{
    switch (kind) {
    case Kind::Single:
        return tr("Edit");
    case Kind::Bulk:
        return tr("Bulk edit");
    case Kind::Undo:
        return tr("Undo");
    case Kind::Repair:
        return tr("Drift repair");
    case Kind::Revert:
        return tr("Revert");
    case Kind::Nova:
        return tr("Through Nova");
    }
    return {};
}

QString JournalEntry::outcomeText() const
{
    if (outcome == Outcome::Failed)
        return tr("Failed: %1").arg(reason);
    if (conflicts > 0)
        return tr("Done after %n conflict(s)", nullptr, conflicts);
    return tr("Done");
}

QString JournalEntry::toCommand() const
{
    // UUIDs and generations need no shell quoting; anything else in a hand-edited file would.
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const auto quoted = [](const QString &word) {
        return plain.match(word).hasMatch()
            ? word
            : QStringLiteral("'%1'").arg(QString(word).replace(QLatin1Char('\''), QStringLiteral("'\\''")));
    };
    if (isThroughNova()) {
        static const QRegularExpression actionPath(QStringLiteral("^/os-aggregates/([^/]+)/action$"));
        const QString aggregate = actionPath.match(path).captured(1);
        const bool add = body.contains(kAddHost);
        const QString host = body.value(add ? kAddHost : kRemoveHost).toObject().value(kHost).toString();
        return QStringList { QStringLiteral("openstack"),
                             QStringLiteral("aggregate"),
                             add ? QStringLiteral("add") : QStringLiteral("remove"),
                             QStringLiteral("host"),
                             quoted(aggregate),
                             quoted(host) }
            .join(QLatin1Char(' '));
    }
    QStringList words { QStringLiteral("openstack"), QStringLiteral("--os-placement-api-version"),
                        QStringLiteral("1.19"),      QStringLiteral("resource"),
                        QStringLiteral("provider"),  QStringLiteral("aggregate"),
                        QStringLiteral("set") };
    const QJsonArray aggregates = body.value(QStringLiteral("aggregates")).toArray();
    for (const QJsonValue aggregate : aggregates)
        words << QStringLiteral("--aggregate") << quoted(aggregate.toString());
    const qint64 generation = body.value(QStringLiteral("resource_provider_generation")).toInteger(generationBefore);
    words << QStringLiteral("--generation") << QString::number(generation) << quoted(providerUuid);
    return words.join(QLatin1Char(' '));
}

QJsonObject JournalEntry::aggregatesBody(const QStringList &aggregates, qint64 generation)
{
    return { { kAggregates, QJsonArray::fromStringList(aggregates) },
             { QStringLiteral("resource_provider_generation"), generation } };
}

QString JournalEntry::novaActionPath(int aggregateId)
{
    return QStringLiteral("/os-aggregates/%1/action").arg(aggregateId);
}

QJsonObject JournalEntry::novaActionBody(bool addHost, const QString &host)
{
    return { { addHost ? kAddHost : kRemoveHost, QJsonObject { { kHost, host } } } };
}

QString JournalEntry::aggregatesPath(const QString &providerUuid)
{
    return QStringLiteral("/resource_providers/%1/aggregates").arg(providerUuid);
}

QJsonObject JournalEntry::toJson() const
{
    QJsonObject object;
    object.insert(kVersion, formatVersion);
    object.insert(kId, id);
    object.insert(kTime, time.toUTC().toString(Qt::ISODateWithMs));
    object.insert(kConnection, connection);
    object.insert(kProvider, QJsonObject { { kName, providerName }, { kUuid, providerUuid } });
    object.insert(kRequest, QJsonObject { { kMethod, method }, { kPath, path }, { kBody, body } });
    object.insert(kBefore, state(before, generationBefore));
    object.insert(kAfter, state(after, generationAfter));
    object.insert(kRequestId, requestId);
    object.insert(
        kOutcome,
        QJsonObject { { kStatus, outcome == Outcome::Done ? QStringLiteral("done") : QStringLiteral("failed") },
                      { kConflicts, conflicts },
                      { kReason, reason } });
    object.insert(kKind, kindName(kind));
    object.insert(kBatchId, batchId);
    object.insert(kRevertOf, revertOf);
    return object;
}

std::optional<JournalEntry> JournalEntry::fromJson(const QJsonObject &object, QString *why)
{
    const auto fail = [why](const QString &text) -> std::optional<JournalEntry> {
        if (why)
            *why = text;
        return std::nullopt;
    };
    if (object.value(kVersion).toInt() != formatVersion)
        return fail(tr("unknown format version %1").arg(object.value(kVersion).toVariant().toString()));
    JournalEntry entry;
    entry.id = object.value(kId).toString();
    entry.time = QDateTime::fromString(object.value(kTime).toString(), Qt::ISODateWithMs);
    if (!entry.time.isValid())
        return fail(tr("no valid time"));
    entry.time = entry.time.toUTC();
    const QJsonObject provider = object.value(kProvider).toObject();
    entry.providerName = provider.value(kName).toString();
    entry.providerUuid = provider.value(kUuid).toString();
    if (entry.providerUuid.isEmpty())
        return fail(tr("no provider UUID"));
    const std::optional<Kind> kind = kindFromName(object.value(kKind).toString());
    if (!kind)
        return fail(tr("unknown kind \"%1\"").arg(object.value(kKind).toString()));
    entry.kind = *kind;
    const QString status = object.value(kOutcome).toObject().value(kStatus).toString();
    if (status != QLatin1String("done") && status != QLatin1String("failed"))
        return fail(tr("unknown outcome \"%1\"").arg(status));
    entry.outcome = status == QLatin1String("done") ? Outcome::Done : Outcome::Failed;
    entry.conflicts = object.value(kOutcome).toObject().value(kConflicts).toInt();
    entry.reason = object.value(kOutcome).toObject().value(kReason).toString();
    entry.connection = object.value(kConnection).toString();
    const QJsonObject request = object.value(kRequest).toObject();
    entry.method = request.value(kMethod).toString();
    entry.path = request.value(kPath).toString();
    entry.body = request.value(kBody).toObject();
    const QJsonObject before = object.value(kBefore).toObject();
    entry.before = strings(before.value(kAggregates));
    entry.generationBefore = before.value(kGeneration).toInteger(-1);
    const QJsonObject after = object.value(kAfter).toObject();
    entry.after = strings(after.value(kAggregates));
    entry.generationAfter = after.value(kGeneration).toInteger(-1);
    entry.requestId = object.value(kRequestId).toString();
    entry.batchId = object.value(kBatchId).toString();
    entry.revertOf = object.value(kRevertOf).toString();
    return entry;
}
