#pragma once

// One intent ("add to", "remove from", "replace with") applied to many providers, or one
// intent per provider (a drift repair), each provider with its own generation-checked PUT.
// A conflict, a 5xx or a lost answer is handled per provider by re-reading it and
// re-applying the same intent, up to a bounded number of tries (safe: if a lost write was
// applied, the re-read shows it). The first write that may create an aggregate goes alone
// for that aggregate: Placement creates an aggregate's row on first use, and two concurrent
// first uses of one UUID can deadlock on PostgreSQL.
// Cancelling starts no new PUTs; those already sent finish and are reported.

#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

#include "aggregatemerge.h"
#include "types.h"
#include "writerecord.h"

#include <utility>

class PlacementClient;

struct BulkIntent
{
    enum class Kind
    {
        Add,
        Remove,
        Replace
    };
    BulkIntent() = default;
    BulkIntent(Kind intentKind, QStringList intentAggregates, QStringList removing = {})
        : kind(intentKind)
        , aggregates(std::move(intentAggregates))
        , alsoRemove(std::move(removing))
    { }

    Kind kind = Kind::Add;
    QStringList aggregates;
    // Kind::Add only: aggregates taken away in the same write (a repair that adds one
    // aggregate and removes another from one provider). Ignored by Remove and Replace.
    QStringList alsoRemove;

    // What takes back the change from `before` to `after` on whatever a provider has by then:
    // what was added is removed, what was removed is added again (undo, journal revert).
    static BulkIntent undoing(const QStringList &before, const QStringList &after);

    QStringList applyTo(const QStringList &current) const;
    QString describe() const; // for confirmations and logs
    // The aggregates a write with this intent may be the first to use (and so create).
    QStringList mayCreate() const;
};

// One provider and what to do to it.
struct BulkTarget
{
    QString uuid;
    QString name; // for display
    BulkIntent intent;

    BulkTarget() = default;
    // Three arguments on purpose: a braced {uuid, name} stays a (uuid, name) pair for start().
    BulkTarget(QString providerUuid, QString providerName, BulkIntent providerIntent)
        : uuid(std::move(providerUuid))
        , name(std::move(providerName))
        , intent(std::move(providerIntent))
    { }
};

struct BulkOutcome
{
    enum class Status
    {
        Pending,
        Running,
        Done,
        Unchanged,
        Failed,
        Cancelled
    };
    QString providerUuid;
    QString providerName;
    Status status = Status::Pending;
    int conflicts = 0; // 409s met on the way
    int retries = 0; // 5xx or lost answers re-read and tried again
    QStringList before;
    QStringList after;
    qint64 generation = -1; // after a successful save
    QString error; // plain words, with the request id
    // The last PUT of this provider for the journal (before, sent, answer, request id); nothing
    // was written when !write.wasSent().
    WriteRecord write;
};

class BulkAggregateEdit : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultMaxTries = 5;
    static constexpr int defaultParallel = 4;

    // One intent for every provider given to start(const QList<QPair<...>> &).
    BulkAggregateEdit(PlacementClient *client, const BulkIntent &intent, QObject *parent = nullptr);
    // For start(const QList<BulkTarget> &), where each provider carries its own intent.
    explicit BulkAggregateEdit(PlacementClient *client, QObject *parent = nullptr);

    void setMaxTries(int tries) { m_maxTries = qMax(1, tries); }
    void setParallel(int count) { m_parallel = qMax(1, count); }
    // The intent given to the constructor (empty Add for the per-provider constructor).
    BulkIntent intent() const { return m_intent; }
    // What provider `index` of the current run is asked to do.
    const BulkTarget &target(int index) const { return m_targets.at(index); }

    // Starts on these providers (uuid -> display name), each with the constructor's intent.
    void start(const QList<QPair<QString, QString>> &providers);
    // Starts on these providers, each with its own intent.
    void start(const QList<BulkTarget> &targets);
    void cancel();
    // Runs the failed and cancelled providers again.
    void retryFailed();

    bool isRunning() const { return m_running > 0 || !m_queue.isEmpty(); }
    // What undoes this run: for every provider it changed (Done), an intent that removes what
    // the run added and adds back what it removed, applied to whatever the provider has by
    // then, so that changes others made since are kept.
    QList<BulkTarget> undoTargets() const;
    const QList<BulkOutcome> &outcomes() const { return m_outcomes; }
    int count(BulkOutcome::Status status) const;

Q_SIGNALS:
    void outcomeChanged(int index);
    // The provider reached its final status (Done, Unchanged, Failed, Cancelled) for this run.
    void providerFinished(int index);
    void finished();

private:
    void pump();
    // Starts what the parallelism allows; emits finished() when nothing is left to do.
    void pumpOrFinish();
    void readAndApply(int index);
    void put(int index, const ProviderAggregates &current);
    void finish(int index, BulkOutcome::Status status, const QString &error = {});
    void retryOrFail(int index, const QString &reason);
    // The first queued provider that may start now, or -1.
    int nextStartable() const;
    QStringList unconfirmed(const BulkIntent &intent) const;

    PlacementClient *m_client;
    BulkIntent m_intent;
    QList<BulkTarget> m_targets; // parallel to m_outcomes
    int m_maxTries = defaultMaxTries;
    int m_parallel = defaultParallel;
    QList<BulkOutcome> m_outcomes;
    QList<int> m_queue;
    int m_running = 0;
    bool m_cancelled = false;
    // Aggregates a successful write (or an unchanged provider) showed to exist already.
    QSet<QString> m_existing;
    // Aggregates whose first use is in flight, with the provider that holds each back.
    QHash<QString, int> m_creating;
};
