#include "replyparser.h"

ReplyParser::ReplyParser(QObject *parent)
    : QObject(parent)
{
    // One worker: a second would only reorder large answers, and the machine's other core
    // belongs to the GUI thread.
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("ReplyParser"));
}

ReplyParser::~ReplyParser()
{
    cancelAll();
    m_pool.clear(); // parses not started yet never start
    m_pool.waitForDone(); // the running one only touches its own body and promise
}

quint64 ReplyParser::track(quint64 ticket, QObject *context, QFutureWatcherBase *watcher)
{
    const quint64 id = m_nextId++;
    m_pending.insert(id, Pending { ticket, context, context != nullptr, watcher });
    return id;
}

bool ReplyParser::settle(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return false; // cancelled meanwhile
    const Pending pending = *it;
    m_pending.erase(it);
    pending.watcher->deleteLater(); // we are inside its signal
    return !pending.hasContext || !pending.context.isNull();
}

void ReplyParser::drop(const Pending &pending)
{
    pending.watcher->disconnect(this);
    pending.watcher->cancel(); // a parse that has not started is skipped
    pending.watcher->deleteLater();
}

void ReplyParser::cancel(quint64 ticket)
{
    if (ticket == 0)
        return;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->ticket == ticket) {
            drop(*it);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

void ReplyParser::cancelOwnedBy(const QObject *context)
{
    if (!context)
        return;
    for (auto it = m_pending.begin(); it != m_pending.end();) {
        if (it->hasContext && it->context.data() == context) {
            drop(*it);
            it = m_pending.erase(it);
        } else {
            ++it;
        }
    }
}

void ReplyParser::cancelAll()
{
    for (const Pending &pending : std::as_const(m_pending))
        drop(pending);
    m_pending.clear();
}
