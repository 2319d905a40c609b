#pragma once

// One intent ("add to", "remove from", "replace with") applied to many providers,
// each with its own generation-checked PUT. A conflict, a 5xx or a lost answer is handled
// per provider by re-reading it and re-applying the same intent, up to a bounded number
// of tries (safe: if a lost write was applied, the re-read shows it). The first write that
// may create an aggregate goes alone: Placement creates an aggregate's row on first use,
// and two concurrent first uses of one UUID can deadlock on PostgreSQL.
// Cancelling starts no new PUTs; those already sent finish and are reported.

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>

#include "aggregatemerge.h"
#include "types.h"

class PlacementClient;

struct BulkIntent
{
    enum class Kind
    {
        Add,
        Remove,
        Replace
    };
    Kind kind = Kind::Add;
    QStringList aggregates;

    QStringList applyTo(const QStringList &current) const;
    QString describe() const; // for confirmations and logs
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
};

class BulkAggregateEdit : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultMaxTries = 5;
    static constexpr int defaultParallel = 4;

    BulkAggregateEdit(PlacementClient *client, const BulkIntent &intent, QObject *parent = nullptr);

    void setMaxTries(int tries) { m_maxTries = qMax(1, tries); }
    void setParallel(int count) { m_parallel = qMax(1, count); }
    BulkIntent intent() const { return m_intent; }

    // Starts on these providers (uuid -> display name).
    void start(const QList<QPair<QString, QString>> &providers);
    void cancel();
    // Runs the failed and cancelled providers again.
    void retryFailed();

    bool isRunning() const { return m_running > 0 || !m_queue.isEmpty(); }
    const QList<BulkOutcome> &outcomes() const { return m_outcomes; }
    int count(BulkOutcome::Status status) const;

Q_SIGNALS:
    void outcomeChanged(int index);
    void finished();

private:
    void pump();
    // Starts what the parallelism allows; emits finished() when nothing is left to do.
    void pumpOrFinish();
    void readAndApply(int index);
    void put(int index, const ProviderAggregates &current);
    void finish(int index, BulkOutcome::Status status, const QString &error = {});
    void retryOrFail(int index, const QString &reason);
    bool mayCreateAggregates() const;

    PlacementClient *m_client;
    BulkIntent m_intent;
    int m_maxTries = defaultMaxTries;
    int m_parallel = defaultParallel;
    QList<BulkOutcome> m_outcomes;
    QList<int> m_queue;
    int m_running = 0;
    bool m_cancelled = false;
    bool m_aggregatesExist = false; // a write with the intent's aggregates succeeded
};
