#pragma once

// One write the app made to Placement, as the journal keeps it: who (connection), what
// (provider, request), the sets and generations before and after, the server's request id,
// how it ended and why it was made. A plain value; JSON in and out, one object per line.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

struct JournalEntry
{
    Q_DECLARE_TR_FUNCTIONS(JournalEntry)
public:
    // Why the write was made. The JSON names (kindName) never change with the language.
    enum class Kind
    {
        Single, // the aggregate editor
        Bulk, // one provider of a bulk edit (batchId names the run)
        Undo, // Ctrl+Z of one provider, or one provider of undoing a whole bulk edit (batchId, revertOf)
        Repair, // one provider of a drift repair (batchId names the run)
        Revert, // a revert from the journal (revertOf names the entry or the batch)
        // One add_host/remove_host call of a save through Nova (batchId names the save): the
        // request is Nova's, the sets are Placement's as Nova mirrored them (after only when
        // Placement showed the change). Reverted in the editor, through Nova again, never here.
        Nova
    };
    enum class Outcome
    {
        Done,
        Failed
    };
    static constexpr int formatVersion = 1;

    QString id; // a UUID per entry, so a revert can name it
    QDateTime time; // UTC
    QString connection; // profile name or endpoint (never with user info)
    QString providerName;
    QString providerUuid;
    QString method = QStringLiteral("PUT");
    // Relative to the endpoint: /resource_providers/<uuid>/aggregates (Placement), or
    // /os-aggregates/<id>/action (Nova, Kind::Nova).
    QString path;
    // What was sent: aggregates and resource_provider_generation only (Placement), or
    // {"add_host"|"remove_host": {"host": name}} (Nova).
    QJsonObject body;
    QStringList before;
    qint64 generationBefore = -1;
    QStringList after; // the server's answer; empty when the write failed
    qint64 generationAfter = -1;
    QString requestId; // x-openstack-request-id of the write's answer
    Outcome outcome = Outcome::Done;
    int conflicts = 0; // 409s met on the way
    QString reason; // why it failed
    Kind kind = Kind::Single;
    QString batchId; // the run a bulk, repair or whole-bulk undo entry belongs to
    QString revertOf; // for a revert or a bulk undo: the entry id or batch id taken back

    bool isBatch() const { return !batchId.isEmpty(); }
    bool isThroughNova() const { return kind == Kind::Nova; }
    // A Placement write the journal can take back with a Placement write (not a Nova call).
    bool isRevertible() const
    {
        return !isThroughNova() && outcome == Outcome::Done && (!added().isEmpty() || !removed().isEmpty());
    }
    // Added and removed by this write (after − before, before − after), in their sets' order.
    QStringList added() const;
    QStringList removed() const;

    // The osc-placement command sending the same request (the set and generation sent):
    // `openstack --os-placement-api-version 1.19 resource provider aggregate set --aggregate A
    // --generation N <uuid>`; 1.19 is where --generation exists (osc-placement defaults to 1.0).
    // For a Nova call: `openstack aggregate add host <id> <host>` (or remove host).
    QString toCommand() const;

    // The request of one add_host/remove_host call, for Kind::Nova entries.
    static QString novaActionPath(int aggregateId);
    static QJsonObject novaActionBody(bool addHost, const QString &host);

    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    QString kindText() const; // translated, for the dock
    QString outcomeText() const; // translated: "Done", "Done after 2 conflicts", "Failed: …"

    // The PUT body the journal stores for a write: nothing but these two keys.
    static QJsonObject aggregatesBody(const QStringList &aggregates, qint64 generation);
    static QString aggregatesPath(const QString &providerUuid);

    QJsonObject toJson() const;
    // Nothing when the object is not an entry; `why` then says what is wrong.
    static std::optional<JournalEntry> fromJson(const QJsonObject &object, QString *why = nullptr);
};
