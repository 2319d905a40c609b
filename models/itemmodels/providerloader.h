#pragma once

// Fills a ProviderModel from Placement: the provider list first (new rows appended in
// chunks, one per event-loop turn, each chunk's reads queued as it lands), then every
// provider's aggregates, then its inventories and usages, all through the client's
// scheduler with rows on screen first. Answers are applied in batches so the GUI never drowns in
// per-row signals. A refresh only refetches what the provider generation says may have
// changed. A reload drops everything still in flight; late answers of an old load are ignored.

#include <QObject>
#include <QSet>

#include <functional>

#include "placementerror.h"
#include "providerfilter.h"

class ChunkedMerge;
class PlacementClient;
class ProviderModel;
class QTimer;
struct ProviderInventories;

// How far a load is, per part, in providers (each part is one read per provider).
struct LoadProgress
{
    int aggregatesDone = 0;
    int aggregatesTotal = 0;
    int usageDone = 0; // inventories and usages, read together
    int usageTotal = 0;
    int failed = 0;
    int gone = 0; // listed, then deleted on the server before their reads: no row, not failed

    int done() const { return aggregatesDone + usageDone; }
    int total() const { return aggregatesTotal + usageTotal; }
};

class ProviderLoader : public QObject
{
    Q_OBJECT
public:
    enum class Phase
    {
        Idle,
        Listing,
        Aggregates,
        Usage
    };
    Q_ENUM(Phase)

    ProviderLoader(PlacementClient *client, ProviderModel *model, QObject *parent = nullptr);

    // Inventories and usages cost two more GETs per provider; the headless export skips them.
    void setLoadUsage(bool on) { m_loadUsage = on; }
    bool loadsUsage() const { return m_loadUsage; }
    // New rows of a listing appended per event-loop turn (0: all at once).
    void setMergeChunkSize(int rows);
    int mergeChunkSize() const;

    void reload(const ProviderFilter &filter = {});
    void cancel();
    // Moves these providers' pending fetches ahead of the background fill, and starts
    // their usage right away instead of after all aggregates.
    void prioritize(const QStringList &uuids);
    bool isLoading() const { return m_phase != Phase::Idle; }
    Phase phase() const { return m_phase; }
    ProviderFilter filter() const { return m_filter; }
    // The counts behind progressChanged, per part.
    LoadProgress progress() const;
    // The providers of this load that were deleted on the server between the list call and
    // their reads (a 404 naming them); their rows are removed, they do not count as failed.
    QStringList goneDuringLoad() const { return m_gone; }

Q_SIGNALS:
    // The whole list is in the model (after the last chunk); phase Aggregates follows.
    void providersListed(int count);
    void listFailed(const PlacementError &error);
    void phaseChanged(ProviderLoader::Phase phase);
    void progressChanged(int done, int total, int failed);
    void finished(bool cancelled);

private:
    void setPhase(Phase phase);
    void existingMerged(int newRows);
    void rowsAppended(int first, int count);
    void listApplied(int count);
    void queueFetches(int first, int end);
    void emitProgress();
    void fetchAggregates(const QString &uuid, int priority);
    void fetchUsage(const QString &uuid, int priority);
    void queueResult(std::function<void()> apply);
    void flush();
    void feedUsage();
    enum class Part
    {
        Aggregates,
        Usage
    };
    void countDone(Part part, bool failed);
    // Whether the failed read says this provider no longer exists; if so, drops its row.
    bool dropIfGone(const QString &uuid, const PlacementError &error);
    void advance();
    bool needsAggregates(int row) const;
    bool needsUsage(int row) const;

    PlacementClient *m_client;
    ProviderModel *m_model;
    QTimer *m_flushTimer;
    QTimer *m_usageFeeder; // queues the usage phase's requests a slice per turn
    ChunkedMerge *m_merge;
    ProviderFilter m_filter;
    quint64 m_epoch = 0;
    Phase m_phase = Phase::Idle;
    bool m_loadUsage = true;
    int m_failed = 0;
    int m_aggregatesPending = 0;
    int m_aggregatesQueued = 0; // of this load, rows to come not included
    int m_usageQueued = 0;
    int m_aggregatesDone = 0;
    int m_usageDone = 0;
    int m_rowsToCome = 0; // new rows of the listing not appended yet; their reads count in progress()
    QStringList m_usageQueue; // providers whose usage waits for the aggregates phase
    QSet<QString> m_usageRequested;
    QStringList m_gone;
    QList<std::function<void()>> m_pendingResults;
};
