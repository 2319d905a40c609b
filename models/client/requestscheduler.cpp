#include "requestscheduler.h"

#include <utility>

RequestScheduler::RequestScheduler(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{ }

void RequestScheduler::setMaxParallel(int count)
{
    m_maxParallel = qMax(1, count);
    pump();
}

quint64 RequestScheduler::enqueue(const HttpRequest &request, Priority priority, QObject *context,
                                  HttpClient::Callback callback, const QString &key)
{
    if (m_jobs.isEmpty()) {
        m_batchTotal = 0;
        m_batchDone = 0;
        m_batchFailed = 0;
    }
    const quint64 ticket = m_nextTicket++;
    Job &job = m_jobs[ticket];
    job.request = request;
    job.priority = priority;
    job.context = context;
    job.hasContext = context != nullptr;
    job.callback = std::move(callback);
    job.key = key;
    if (!key.isEmpty())
        m_byKey.insert(key, ticket);
    m_queues[static_cast<size_t>(priority)].push_back(ticket);
    ++m_batchTotal;
    Q_EMIT progressChanged(m_batchDone, m_batchTotal, m_batchFailed);
    pump();
    return ticket;
}

void RequestScheduler::promote(const QStringList &keys, Priority priority)
{
    for (const QString &key : keys) {
        for (auto it = m_byKey.constFind(key); it != m_byKey.constEnd() && it.key() == key; ++it) {
            auto job = m_jobs.find(it.value());
            if (job == m_jobs.end() || job->httpId != 0 || job->priority >= priority)
                continue;
            job->priority = priority;
            m_queues[static_cast<size_t>(priority)].push_back(it.value());
        }
    }
}

void RequestScheduler::pump()
{
    for (int p = priorityCount - 1; p >= 0 && m_running < m_maxParallel; --p) {
        auto &queue = m_queues[static_cast<size_t>(p)];
        while (!queue.empty() && m_running < m_maxParallel) {
            const quint64 ticket = queue.front();
            queue.pop_front();
            auto job = m_jobs.find(ticket);
            if (job == m_jobs.end() || job->httpId != 0 || static_cast<int>(job->priority) != p)
                continue; // stale entry: promoted, started or cancelled
            if (job->hasContext && !job->context) {
                forget(ticket);
                continue;
            }
            ++m_running;
            job->httpId = m_http->send(job->request, nullptr,
                                       [this, ticket](const HttpResponse &response) { finish(ticket, response); });
        }
    }
}

void RequestScheduler::finish(quint64 ticket, const HttpResponse &response)
{
    auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    Job job = std::move(*it);
    --m_running;
    forget(ticket);
    ++m_batchDone;
    if (!response.ok())
        ++m_batchFailed;
    Q_EMIT progressChanged(m_batchDone, m_batchTotal, m_batchFailed);
    if (job.callback && (!job.hasContext || job.context))
        job.callback(response);
    pump();
    settle();
}

void RequestScheduler::forget(quint64 ticket)
{
    auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    if (!it->key.isEmpty())
        m_byKey.remove(it->key, ticket);
    m_jobs.erase(it);
}

void RequestScheduler::cancel(quint64 ticket)
{
    auto it = m_jobs.find(ticket);
    if (it == m_jobs.end())
        return;
    if (it->httpId != 0) {
        m_http->cancel(it->httpId);
        --m_running;
    }
    forget(ticket);
    --m_batchTotal;
    Q_EMIT progressChanged(m_batchDone, m_batchTotal, m_batchFailed);
    pump();
    settle();
}

void RequestScheduler::cancelOwnedBy(const QObject *context)
{
    if (!context)
        return;
    // Remove them all before pumping once: cancelling one by one would start (and then
    // abort) the owner's next queued request every time a running one is dropped.
    int removed = 0;
    for (auto it = m_jobs.begin(); it != m_jobs.end();) {
        if (!it->hasContext || it->context.data() != context) {
            ++it;
            continue;
        }
        if (it->httpId != 0) {
            m_http->cancel(it->httpId);
            --m_running;
        }
        if (!it->key.isEmpty())
            m_byKey.remove(it->key, it.key());
        it = m_jobs.erase(it); // queue entries of erased jobs are skipped by pump()
        ++removed;
    }
    if (removed == 0)
        return;
    m_batchTotal -= removed;
    Q_EMIT progressChanged(m_batchDone, m_batchTotal, m_batchFailed);
    pump();
    settle();
}

void RequestScheduler::cancelAll()
{
    for (const auto &job : std::as_const(m_jobs)) {
        if (job.httpId != 0)
            m_http->cancel(job.httpId);
    }
    m_jobs.clear();
    m_byKey.clear();
    for (auto &queue : m_queues)
        queue.clear();
    m_running = 0;
    m_batchTotal = m_batchDone = m_batchFailed = 0;
    Q_EMIT progressChanged(0, 0, 0);
    Q_EMIT idle();
}

void RequestScheduler::settle()
{
    if (m_jobs.isEmpty())
        Q_EMIT idle();
}
