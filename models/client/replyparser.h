#pragma once

// Turns a reply body into a Result with a pure parser: small bodies at once, large ones (a
// list of thousands of providers) on a worker thread, the answer handed back on this
// object's thread. An answer whose call was cancelled meanwhile (by ticket, by context, all
// of them), whose context was destroyed, or whose parser was destroyed never arrives.

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QPromise>
#include <QThreadPool>

#include <functional>
#include <memory>

#include "freedmemory.h"
#include "result.h"

class ReplyParser : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Parser = Result<T> (*)(const QByteArray &);
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    // Below this a parse costs less than the hop to a thread and back, and such answers keep
    // the order in which their replies arrived. Above it (2,600 providers are 2 MB) the
    // parse would stall the GUI thread for tens of milliseconds.
    static constexpr qsizetype defaultThreshold = qsizetype(64) * 1024;

    explicit ReplyParser(QObject *parent = nullptr);
    // Drops every pending answer, skips the parses not started and waits for the one running.
    ~ReplyParser() override;

    void setThreshold(qsizetype bytes) { m_threshold = bytes; }
    qsizetype threshold() const { return m_threshold; }

    // Calls back with parser(body): right away when the body is small, else later from the
    // event loop. `ticket` and `context` are what cancel() and cancelOwnedBy() match; a null
    // context is never destroyed. The result carries `requestId`, the answer's id (Result::requestId()).
    template<typename T>
    void parse(const QByteArray &body, Parser<T> parser, quint64 ticket, QObject *context, Callback<T> callback,
               const QString &requestId = {});

    void cancel(quint64 ticket);
    void cancelOwnedBy(const QObject *context);
    void cancelAll();

    // Answers still being parsed (for tests and diagnostics).
    int pending() const { return static_cast<int>(m_pending.size()); }
    // One thread: large answers are parsed, and so delivered, in the order their replies
    // arrived. Tests occupy it to catch a parse in flight.
    QThreadPool *pool() { return &m_pool; }

private:
    struct Pending
    {
        quint64 ticket = 0;
        QPointer<QObject> context;
        bool hasContext = false;
        QFutureWatcherBase *watcher = nullptr;
    };

    quint64 track(quint64 ticket, QObject *context, QFutureWatcherBase *watcher);
    // Takes the entry of a finished parse: true when its answer is still wanted.
    bool settle(quint64 id);
    void drop(const Pending &pending);

    QThreadPool m_pool;
    QHash<quint64, Pending> m_pending;
    quint64 m_nextId = 1;
    qsizetype m_threshold = defaultThreshold;
};

template<typename T>
void ReplyParser::parse(const QByteArray &body, Parser<T> parser, quint64 ticket, QObject *context,
                        Callback<T> callback, const QString &requestId)
{
    if (body.size() < m_threshold) {
        Result<T> result = parser(body);
        result.setRequestId(requestId);
        callback(result);
        return;
    }
    // The worker sees only the body, the parser (a pure function) and the promise: nothing
    // of this object, so it is safe whatever happens here meanwhile.
    auto promise = std::make_shared<QPromise<Result<T>>>();
    auto *watcher = new QFutureWatcher<Result<T>>(this);
    const quint64 id = track(ticket, context, watcher);
    // A watcher rather than QFuture::then(context): in Qt 6.4 then() reads the context's
    // QPointer on the worker thread (a race with its destruction) and asserts it is alive.
    connect(watcher, &QFutureWatcherBase::finished, this,
            [this, id, watcher, requestId, callback = std::move(callback)] {
                if (!settle(id) || watcher->future().resultCount() == 0)
                    return;
                Result<T> result = watcher->future().result();
                result.setRequestId(requestId);
                callback(result);
            });
    watcher->setFuture(promise->future());
    promise->start();
    m_pool.start([promise, body, parser] {
        if (!promise->isCanceled()) {
            promise->addResult(parser(body));
            // The parse's temporaries (a JSON document several times the body's size) sit
            // in this thread's malloc arena: without a trim the process keeps that peak.
            releaseFreedMemory();
        }
        promise->finish();
    });
}
