#pragma once

// Runs many HTTP requests with bounded parallelism and priorities: what the user
// asked for first, then what is on screen, then background fill. Cancelling drops
// queued requests and aborts running ones; their callbacks never run.

#include <QHash>
#include <QObject>
#include <QPointer>

#include <array>
#include <deque>

#include "httpclient.h"

class RequestScheduler : public QObject
{
    Q_OBJECT
public:
    enum class Priority
    {
        Background = 0,
        Visible = 1,
        User = 2
    };
    static constexpr int priorityCount = 3;
    // Qt opens at most 6 HTTP/1.1 connections per host; more parallel requests only queue inside Qt.
    static constexpr int defaultMaxParallel = 6;

    explicit RequestScheduler(HttpClient *http, QObject *parent = nullptr);

    void setMaxParallel(int count);
    int maxParallel() const { return m_maxParallel; }

    // Queues a request. The key (usually a provider UUID) lets promote() find it later.
    quint64 enqueue(const HttpRequest &request, Priority priority, QObject *context, HttpClient::Callback callback,
                    const QString &key = {});
    // Moves queued requests with these keys up to the given priority (never down).
    void promote(const QStringList &keys, Priority priority);
    void cancel(quint64 ticket);
    // Cancels the requests queued or running for this context object only: each component
    // (loader, details pane, editor, bulk edit) drops its own work and nobody else's.
    void cancelOwnedBy(const QObject *context);
    // Drops everything (connection switch): no caller's callback runs.
    void cancelAll();

    int queued() const { return static_cast<int>(m_jobs.size()) - m_running; }
    int running() const { return m_running; }
    bool isIdle() const { return m_jobs.isEmpty(); }

    // Progress of the current batch: everything enqueued since the scheduler was last idle.
    int batchTotal() const { return m_batchTotal; }
    int batchDone() const { return m_batchDone; }
    int batchFailed() const { return m_batchFailed; }

Q_SIGNALS:
    void progressChanged(int done, int total, int failed);
    void idle();

private:
    struct Job
    {
        HttpRequest request;
        Priority priority = Priority::Background;
        QPointer<QObject> context;
        bool hasContext = false;
        HttpClient::Callback callback;
        QString key;
        quint64 httpId = 0; // non-zero while running
    };

    void pump();
    void finish(quint64 ticket, const HttpResponse &response);
    void forget(quint64 ticket);
    void settle();

    HttpClient *m_http;
    int m_maxParallel = defaultMaxParallel;
    int m_running = 0;
    quint64 m_nextTicket = 1;
    QHash<quint64, Job> m_jobs;
    QMultiHash<QString, quint64> m_byKey;
    // One FIFO per priority; entries whose job moved or vanished are skipped lazily.
    std::array<std::deque<quint64>, priorityCount> m_queues;
    int m_batchTotal = 0;
    int m_batchDone = 0;
    int m_batchFailed = 0;
};
