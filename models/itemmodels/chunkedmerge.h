#pragma once

// Applies a fresh provider list to a ProviderModel in steps short enough for the GUI thread:
// the removals and updates of existing rows in one step (cheap), then the new rows appended a
// chunk per event-loop turn, so the sort proxies over the model never take thousands of
// inserted rows in one go. start() and cancel() drop whatever is still pending.

#include <QList>
#include <QObject>

#include "types.h"

class ProviderModel;

class ChunkedMerge : public QObject
{
    Q_OBJECT
public:
    explicit ChunkedMerge(ProviderModel *model, QObject *parent = nullptr);

    // Rows appended per event-loop turn; 0 or less appends all new rows in one step.
    void setChunkSize(int rows) { m_chunkSize = rows; }
    int chunkSize() const { return m_chunkSize; }

    // Drops a merge still pending, then removes and updates the existing rows at once; the
    // new rows follow, the first of them in the next event-loop turn.
    void start(const QList<ResourceProvider> &providers);
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    // Gone rows are removed and the others updated; newRows rows follow in chunks.
    void existingMerged(int newRows);
    // Rows [first, first + count) were appended.
    void rowsAppended(int first, int count);
    // The model holds the whole list (count providers); emitted once per start() not cancelled.
    void finished(int count);

private:
    void scheduleNextChunk();
    void appendNextChunk();

    ProviderModel *m_model;
    int m_chunkSize = 500;
    quint64 m_run = 0; // a chunk queued for an older run is dropped
    bool m_running = false;
    int m_listed = 0;
    QList<ResourceProvider> m_new;
    qsizetype m_next = 0;
};
