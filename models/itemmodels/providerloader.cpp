#include "providerloader.h"

#include "chunkedmerge.h"
#include "placementclient.h"
#include "providermodel.h"

#include <QTimer>

#include <memory>
#include <optional>
#include <utility>

namespace {
// Long enough to gather dozens of answers, short enough that rows fill in smoothly.
constexpr int flushIntervalMs = 40;
constexpr qsizetype usageSlice = 250; // providers (500 requests) at a time
constexpr int usageFeedIntervalMs = 5; // how often the queue is looked at while usage waits
} // namespace

ProviderLoader::ProviderLoader(PlacementClient *client, ProviderModel *model, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_flushTimer(new QTimer(this))
    , m_usageFeeder(new QTimer(this))
    , m_merge(new ChunkedMerge(model, this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(flushIntervalMs);
    connect(m_flushTimer, &QTimer::timeout, this, &ProviderLoader::flush);
    m_usageFeeder->setInterval(usageFeedIntervalMs);
    connect(m_usageFeeder, &QTimer::timeout, this, &ProviderLoader::feedUsage);
    // The merge runs only within one epoch: reload() and cancel() cancel it as they bump the
    // epoch, so no chunk of an older listing lands after them.
    connect(m_merge, &ChunkedMerge::existingMerged, this, &ProviderLoader::existingMerged);
    connect(m_merge, &ChunkedMerge::rowsAppended, this, &ProviderLoader::rowsAppended);
    connect(m_merge, &ChunkedMerge::finished, this, &ProviderLoader::listApplied);
    // A cleared model (another connection) makes the rest of the list meaningless.
    connect(model, &ProviderModel::cleared, this, [this] {
        if (m_merge->isRunning())
            cancel();
    });
}

void ProviderLoader::setMergeChunkSize(int rows)
{
    m_merge->setChunkSize(rows);
}

int ProviderLoader::mergeChunkSize() const
{
    return m_merge->chunkSize();
}

void ProviderLoader::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged(phase);
}

void ProviderLoader::reload(const ProviderFilter &filter)
{
    m_client->cancelOwnedBy(this); // never the editor's, a bulk edit's or the details' calls
    const quint64 epoch = ++m_epoch;
    m_merge->cancel();
    m_rowsToCome = 0;
    m_filter = filter;
    m_pendingResults.clear();
    m_flushTimer->stop();
    m_usageFeeder->stop();
    m_failed = m_aggregatesPending = 0;
    m_aggregatesQueued = m_usageQueued = m_aggregatesDone = m_usageDone = 0;
    m_usageQueue.clear();
    m_usageRequested.clear();
    m_gone.clear();
    setPhase(Phase::Listing);
    Q_EMIT progressChanged(0, 0, 0);
    PlacementClient::CallOptions options;
    options.priority = PlacementClient::Priority::User;
    m_client->listProviders(
        filter, this,
        [this, epoch](const Result<QList<ResourceProvider>> &result) {
            if (epoch != m_epoch)
                return;
            if (!result) {
                setPhase(Phase::Idle);
                Q_EMIT listFailed(result.error());
                Q_EMIT finished(false);
                return;
            }
            m_merge->start(result.value());
        },
        options);
}

bool ProviderLoader::needsAggregates(int row) const
{
    const ProviderModel::Row &r = m_model->row(row);
    // One generation covers a provider's aggregates: unchanged generation, unchanged set.
    return r.aggregatesState != ProviderModel::LoadState::Loaded || r.aggregates.generation < 0
        || r.aggregates.generation != r.provider.generation;
}

bool ProviderLoader::needsUsage(int row) const
{
    const ProviderModel::Row &r = m_model->row(row);
    return m_loadUsage
        && (r.usageState != ProviderModel::LoadState::Loaded || r.usage.generation < 0
            || r.usage.generation != r.provider.generation);
}

void ProviderLoader::existingMerged(int newRows)
{
    // Every new row needs its aggregates (and usage): count them now so the total holds still.
    m_rowsToCome = newRows;
    queueFetches(0, m_model->rowCount());
    emitProgress();
}

void ProviderLoader::rowsAppended(int first, int count)
{
    m_rowsToCome -= count;
    queueFetches(first, first + count);
    emitProgress();
}

void ProviderLoader::listApplied(int count)
{
    m_rowsToCome = 0;
    Q_EMIT providersListed(count);
    // Answers that came in while chunks landed were counted; the phases move on from here.
    setPhase(Phase::Aggregates);
    advance(); // finishes at once when nothing needs fetching
}

void ProviderLoader::queueFetches(int first, int end)
{
    ProviderModel::BatchUpdate batch(m_model);
    for (int row = first; row < end; ++row) {
        const QString uuid = m_model->row(row).provider.uuid;
        if (needsAggregates(row)) {
            ++m_aggregatesQueued;
            ++m_aggregatesPending;
            fetchAggregates(uuid, static_cast<int>(PlacementClient::Priority::Background));
        }
        if (needsUsage(row)) {
            ++m_usageQueued;
            m_usageQueue << uuid;
        }
    }
}

void ProviderLoader::emitProgress()
{
    const LoadProgress p = progress();
    Q_EMIT progressChanged(p.done(), p.total(), p.failed);
}

void ProviderLoader::fetchAggregates(const QString &uuid, int priority)
{
    const quint64 epoch = m_epoch;
    PlacementClient::CallOptions options;
    options.priority = static_cast<PlacementClient::Priority>(priority);
    options.key = uuid;
    m_model->setAggregatesLoading(uuid);
    m_client->getAggregates(
        uuid, this,
        [this, uuid, epoch](const Result<ProviderAggregates> &result) {
            if (epoch != m_epoch)
                return;
            queueResult([this, uuid, result] {
                bool failed = false;
                if (result)
                    m_model->setAggregates(uuid, result.value());
                else if (!dropIfGone(uuid, result.error())) {
                    m_model->setAggregatesFailed(uuid, result.error());
                    failed = true;
                }
                --m_aggregatesPending;
                countDone(Part::Aggregates, failed);
            });
        },
        options);
}

void ProviderLoader::fetchUsage(const QString &uuid, int priority)
{
    if (m_usageRequested.contains(uuid))
        return;
    m_usageRequested.insert(uuid);
    const quint64 epoch = m_epoch;
    PlacementClient::CallOptions options;
    options.priority = static_cast<PlacementClient::Priority>(priority);
    options.key = uuid;
    m_model->setUsageLoading(uuid);

    // Both halves arrive independently; the row is updated once both are in.
    struct Pair
    {
        std::optional<Result<ProviderInventories>> inventories;
        std::optional<Result<ProviderUsages>> usages;
    };
    auto pair = std::make_shared<Pair>();
    auto complete = [this, uuid, pair] {
        if (!pair->inventories || !pair->usages)
            return;
        queueResult([this, uuid, pair] {
            const Result<ProviderInventories> &inv = *pair->inventories;
            const Result<ProviderUsages> &use = *pair->usages;
            bool failed = false;
            if (inv && use)
                m_model->setUsage(uuid, inv.value(), use.value());
            else if (const PlacementError &error = inv ? use.error() : inv.error(); !dropIfGone(uuid, error)) {
                m_model->setUsageFailed(uuid, error);
                failed = true;
            }
            countDone(Part::Usage, failed);
        });
    };
    m_client->getInventories(
        uuid, this,
        [epoch, pair, complete, this](const Result<ProviderInventories> &result) {
            if (epoch != m_epoch)
                return;
            pair->inventories = result;
            complete();
        },
        options);
    m_client->getUsages(
        uuid, this,
        [epoch, pair, complete, this](const Result<ProviderUsages> &result) {
            if (epoch != m_epoch)
                return;
            pair->usages = result;
            complete();
        },
        options);
}

void ProviderLoader::queueResult(std::function<void()> apply)
{
    m_pendingResults.append(std::move(apply));
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void ProviderLoader::flush()
{
    const QList<std::function<void()>> pending = std::move(m_pendingResults);
    m_pendingResults.clear();
    const quint64 epoch = m_epoch;
    ProviderModel::BatchUpdate batch(m_model);
    for (const auto &apply : pending) {
        if (epoch != m_epoch)
            return; // a slot reacting to finished() started a new load
        apply();
    }
}

LoadProgress ProviderLoader::progress() const
{
    LoadProgress p;
    p.aggregatesDone = m_aggregatesDone;
    p.aggregatesTotal = m_aggregatesQueued + m_rowsToCome;
    p.usageDone = m_usageDone;
    p.usageTotal = m_usageQueued + (m_loadUsage ? m_rowsToCome : 0);
    p.failed = m_failed;
    p.gone = static_cast<int>(m_gone.size());
    return p;
}

void ProviderLoader::countDone(Part part, bool failed)
{
    ++(part == Part::Aggregates ? m_aggregatesDone : m_usageDone);
    if (failed)
        ++m_failed;
    advance();
}

bool ProviderLoader::dropIfGone(const QString &uuid, const PlacementError &error)
{
    if (!error.isProviderGone(uuid))
        return false;
    if (m_gone.contains(uuid))
        return true; // its other read said so first
    m_gone << uuid;
    m_model->removeProvider(uuid);
    // Its usage read, if still waiting, would only hear the same 404: it is done.
    if (m_usageQueue.removeOne(uuid))
        ++m_usageDone;
    return true;
}

void ProviderLoader::advance()
{
    // Usage is the cheaper-to-wait-for half: it starts once every aggregate is in
    // (rows on screen got theirs early through prioritize()).
    if (m_phase == Phase::Aggregates && m_aggregatesPending == 0) {
        setPhase(Phase::Usage);
        m_usageFeeder->start();
        feedUsage();
    }
    const LoadProgress p = progress();
    Q_EMIT progressChanged(p.done(), p.total(), p.failed);
    if (p.done() >= p.total() && (m_phase == Phase::Aggregates || m_phase == Phase::Usage)) {
        setPhase(Phase::Idle);
        Q_EMIT finished(false);
    }
}

void ProviderLoader::feedUsage()
{
    // Usage is two requests per provider: 20,000 for 10,000 providers. Queued all at once
    // they stalled the window for ~100 ms; the scheduler runs six at a time anyway, so a
    // slice whenever its queue runs short keeps it fed.
    if (m_usageQueue.isEmpty()) {
        m_usageFeeder->stop();
        return;
    }
    if (m_client->scheduler()->queued() >= 2 * usageSlice)
        return;
    const qsizetype count = std::min<qsizetype>(m_usageQueue.size(), usageSlice);
    const QStringList slice = m_usageQueue.mid(0, count);
    m_usageQueue.remove(0, count);
    if (m_usageQueue.isEmpty())
        m_usageFeeder->stop();
    ProviderModel::BatchUpdate batch(m_model);
    for (const QString &uuid : slice)
        fetchUsage(uuid, static_cast<int>(PlacementClient::Priority::Background));
}

void ProviderLoader::cancel()
{
    if (!isLoading())
        return;
    ++m_epoch;
    m_merge->cancel();
    m_rowsToCome = 0;
    m_client->cancelOwnedBy(this); // never the editor's, a bulk edit's or the details' calls
    m_pendingResults.clear();
    m_flushTimer->stop();
    m_usageFeeder->stop();
    m_usageQueue.clear();
    // Rows left in "loading" would lie: mark them not loaded so a refresh picks them up.
    m_model->resetLoadingStates();
    setPhase(Phase::Idle);
    Q_EMIT finished(true);
}

void ProviderLoader::prioritize(const QStringList &uuids)
{
    if (!isLoading())
        return;
    m_client->scheduler()->promote(uuids, PlacementClient::Priority::Visible);
    // While the list still lands in chunks (Listing) usage waits in the queue too, and in
    // the usage phase the rest of the queue is fed a slice per turn.
    if (!m_loadUsage || m_phase == Phase::Idle)
        return;
    for (const QString &uuid : uuids) {
        const int index = static_cast<int>(m_usageQueue.indexOf(uuid));
        if (index < 0)
            continue;
        m_usageQueue.removeAt(index);
        fetchUsage(uuid, static_cast<int>(PlacementClient::Priority::Visible));
    }
}
