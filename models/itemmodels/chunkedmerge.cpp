#include "chunkedmerge.h"

#include "providermodel.h"

#include <QTimer>

#include <algorithm>

ChunkedMerge::ChunkedMerge(ProviderModel *model, QObject *parent)
    : QObject(parent)
    , m_model(model)
{ }

void ChunkedMerge::start(const QList<ResourceProvider> &providers)
{
    cancel();
    const quint64 run = m_run;
    m_running = true;
    m_listed = static_cast<int>(providers.size());
    m_new = m_model->mergeExisting(providers);
    m_next = 0;
    Q_EMIT existingMerged(static_cast<int>(m_new.size()));
    if (run == m_run) // a slot may have cancelled or restarted the merge
        scheduleNextChunk();
}

void ChunkedMerge::cancel()
{
    ++m_run;
    m_running = false;
    m_new.clear();
    m_next = 0;
}

void ChunkedMerge::scheduleNextChunk()
{
    const quint64 run = m_run;
    QTimer::singleShot(0, this, [this, run] {
        if (run == m_run)
            appendNextChunk();
    });
}

void ChunkedMerge::appendNextChunk()
{
    const quint64 run = m_run;
    const qsizetype left = m_new.size() - m_next;
    const qsizetype count = m_chunkSize > 0 ? std::min<qsizetype>(m_chunkSize, left) : left;
    if (count > 0) {
        const int first = m_model->rowCount();
        m_model->appendProviders(m_new.mid(m_next, count));
        if (run != m_run) // a rowsInserted slot cancelled or restarted the merge
            return;
        m_next += count;
        Q_EMIT rowsAppended(first, m_model->rowCount() - first);
        if (run != m_run)
            return;
    }
    if (m_next < m_new.size()) {
        scheduleNextChunk();
        return;
    }
    m_running = false;
    m_new.clear();
    Q_EMIT finished(m_listed);
}
