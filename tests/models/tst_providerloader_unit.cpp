// ProviderLoader over the in-memory transport: the order of a load (list, then every
// provider's aggregates, then usage), a failed list, refreshes that refetch only what the
// generation says moved, cancel, prioritize(), and the rule "cancel what you own": a
// reload or cancel never aborts an editor's save, a bulk edit or another caller's read
// (issue 9, defect 3: the loader used to call the client's cancelAll()).

#include "aggregateeditsession.h"
#include "bulkaggregateedit.h"
#include "fakenetwork.h"
#include "fakeplacement.h"
#include "httpclient.h"
#include "placementclient.h"
#include "providerloader.h"
#include "providermodel.h"
#include "testwaits.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <memory>
#include <utility>

namespace {
const QString A = QStringLiteral("11111111-0000-4000-8000-00000000000a");
const QString B = QStringLiteral("11111111-0000-4000-8000-00000000000b");
const QString listPath = QStringLiteral("/resource_providers");
const QString anyAggregates = QStringLiteral("/resource_providers/*/aggregates");
const QString anyInventories = QStringLiteral("/resource_providers/*/inventories");
const QString anyUsages = QStringLiteral("/resource_providers/*/usages");

using Phase = ProviderLoader::Phase;
using LoadState = ProviderModel::LoadState;

QString providerUuid(int i)
{
    return QStringLiteral("cccccccc-0000-4000-8000-%1").arg(i, 12, 10, QLatin1Char('0'));
}

QString pathOf(const QString &uuid, const char *what)
{
    return QStringLiteral("/resource_providers/%1/%2").arg(uuid, QLatin1String(what));
}

QStringList pathsOf(const QList<FakeRequest> &requests)
{
    QStringList paths;
    for (const FakeRequest &r : requests)
        paths << r.path;
    return paths;
}
} // namespace

class TestProviderLoaderUnit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_network = std::make_unique<FakeNetwork>();
        m_placement = std::make_unique<FakePlacement>();
        m_placement->serve(m_network.get());
        for (int i = 0; i < 5; ++i)
            m_placement->addProvider(providerUuid(i), QStringLiteral("compute-%1").arg(i),
                                     i % 2 ? QStringList { A } : QStringList { A, B }, 10 + i);
        m_client = std::make_unique<PlacementClient>();
        QVERIFY(connectThroughFake(m_client.get(), m_network.get()));
        m_model = std::make_unique<ProviderModel>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_loader = std::make_unique<ProviderLoader>(m_client.get(), m_model.get());
    }
    void cleanup()
    {
        QVERIFY2(m_network->unscripted().isEmpty(), qPrintable(m_network->describe()));
        m_loader.reset();
        m_tester.reset();
        m_model.reset();
        m_client.reset();
        m_network.reset();
        m_placement.reset();
    }

    // The usage phase is two requests per provider: they are queued a slice at a time while
    // the scheduler's queue is short, never all at once (20,000 queued in one go stalled the
    // window, and held them all in memory).
    void usageIsQueuedInSlices()
    {
        constexpr int providers = 2000;
        for (int i = 5; i < providers; ++i)
            m_placement->addProvider(providerUuid(i), QStringLiteral("compute-%1").arg(i), { A }, 10);
        m_loader->setLoadUsage(true);
        int mostQueuedInUsage = 0;
        auto sample = [&] {
            if (m_loader->phase() == Phase::Usage)
                mostQueuedInUsage = std::max(mostQueuedInUsage, m_client->scheduler()->queued());
        };
        connect(m_loader.get(), &ProviderLoader::phaseChanged, this, sample);
        connect(m_loader.get(), &ProviderLoader::progressChanged, this, sample);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QVERIFY(finished.wait(120000));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(m_network->count("GET", anyUsages), providers);
        QCOMPARE(m_network->count("GET", anyInventories), providers);
        QVERIFY(mostQueuedInUsage > 0);
        // At most a slice on top of a short queue: far below the 4,000 requests of the phase.
        QVERIFY2(mostQueuedInUsage <= providers / 2, qPrintable(QString::number(mostQueuedInUsage)));
        for (int row = 0; row < m_model->rowCount(); ++row)
            QCOMPARE(m_model->row(row).usageState, ProviderModel::LoadState::Loaded);
    }

    void loadsListThenAggregatesThenUsage_data()
    {
        QTest::addColumn<bool>("usage");
        QTest::addRow("with usage") << true;
        QTest::addRow("without usage (headless export)") << false;
    }
    void loadsListThenAggregatesThenUsage()
    {
        QFETCH(bool, usage);
        m_loader->setLoadUsage(usage);
        QSignalSpy phases(m_loader.get(), &ProviderLoader::phaseChanged);
        QSignalSpy listed(m_loader.get(), &ProviderLoader::providersListed);
        QSignalSpy progress(m_loader.get(), &ProviderLoader::progressChanged);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        QSignalSpy listFailed(m_loader.get(), &ProviderLoader::listFailed);
        m_loader->reload();
        QVERIFY(m_loader->isLoading());
        QVERIFY(finished.wait(unitWaitMs));

        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(listFailed.count(), 0);
        QCOMPARE(listed.count(), 1);
        QCOMPARE(listed.at(0).at(0).toInt(), 5);
        QList<Phase> seen;
        for (const auto &args : std::as_const(phases))
            seen << args.at(0).value<Phase>();
        // Without usage the Usage phase still passes, with nothing to fetch.
        QCOMPARE(seen, (QList<Phase> { Phase::Listing, Phase::Aggregates, Phase::Usage, Phase::Idle }));
        const int total = usage ? 10 : 5;
        QCOMPARE(progress.last().at(0).toInt(), total);
        QCOMPARE(progress.last().at(1).toInt(), total);
        QCOMPARE(progress.last().at(2).toInt(), 0);
        // Per part, in providers: what the window shows ("aggregates: 3 of 5 providers").
        const LoadProgress parts = m_loader->progress();
        QCOMPARE(parts.aggregatesDone, 5);
        QCOMPARE(parts.aggregatesTotal, 5);
        QCOMPARE(parts.usageDone, usage ? 5 : 0);
        QCOMPARE(parts.usageTotal, usage ? 5 : 0);
        QCOMPARE(parts.failed, 0);

        QCOMPARE(m_network->count("GET", listPath), 1);
        QCOMPARE(m_network->count("GET", anyAggregates), 5);
        QCOMPARE(m_network->count("GET", anyInventories), usage ? 5 : 0);
        QCOMPARE(m_network->count("GET", anyUsages), usage ? 5 : 0);
        // The list first; usage only once every aggregate is in.
        const FakeRequest list = m_network->requests("GET", listPath).first();
        int lastAggregates = -1;
        for (const FakeRequest &r : m_network->requests("GET", anyAggregates)) {
            QVERIFY(r.startedAt > list.finishedAt);
            lastAggregates = qMax(lastAggregates, r.finishedAt);
        }
        for (const FakeRequest &r : m_network->requests("GET", anyInventories) + m_network->requests("GET", anyUsages))
            QVERIFY2(r.startedAt > lastAggregates, qPrintable(m_network->describe()));

        QCOMPARE(m_model->rowCount(), 5);
        for (int i = 0; i < 5; ++i) {
            const ProviderModel::Row *row = m_model->find(providerUuid(i));
            QVERIFY(row);
            QCOMPARE(row->provider.name, QStringLiteral("compute-%1").arg(i));
            QCOMPARE(row->aggregatesState, LoadState::Loaded);
            QCOMPARE(row->aggregates.aggregates, m_placement->aggregates(providerUuid(i)));
            QCOMPARE(row->aggregates.generation, 10 + i);
            QCOMPARE(row->usageState, usage ? LoadState::Loaded : LoadState::NotLoaded);
            if (usage) {
                const int r = m_model->rowOf(providerUuid(i));
                const auto vcpu = m_model->index(r, ProviderModel::VcpuColumn)
                                      .data(ProviderModel::ResourceBarRole)
                                      .value<ResourceBar>();
                QVERIFY(vcpu.present);
                QCOMPARE(vcpu.used, 2);
                QCOMPARE(vcpu.capacity, 8);
                QVERIFY(!m_model->index(r, ProviderModel::MemoryColumn)
                             .data(ProviderModel::ResourceBarRole)
                             .value<ResourceBar>()
                             .present);
            }
        }
        QVERIFY(!m_loader->isLoading());
    }

    void aFailedRowIsMarkedAndCounted()
    {
        m_network->enqueue(
            "GET", pathOf(providerUuid(2), "aggregates"),
            FakeResponse::placementError(500, QStringLiteral("Internal Server Error"), QStringLiteral("boom")));
        QSignalSpy progress(m_loader.get(), &ProviderLoader::progressChanged);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        const ProviderModel::Row *row = m_model->find(providerUuid(2));
        QCOMPARE(row->aggregatesState, LoadState::Failed);
        QVERIFY2(row->aggregatesError.contains(QStringLiteral("boom")), qPrintable(row->aggregatesError));
        QCOMPARE(m_model->readFailures().count, 1);
        QCOMPARE(progress.last().at(2).toInt(), 1);
        QCOMPARE(m_model->find(providerUuid(1))->aggregatesState, LoadState::Loaded);
    }

    // A provider deleted between the list call and its reads answers 404 naming it: its row
    // goes and the load is complete, not partial. A 404 that does not name it (a wrong path, a
    // proxy) stays a failure.
    void aProviderDeletedDuringTheLoadIsDroppedNotFailed_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addColumn<bool>("namesTheProvider");
        for (const char *part : { "aggregates", "inventories", "usages" }) {
            QTest::addRow("%s: 404 naming it", part) << QString::fromLatin1(part) << true;
            QTest::addRow("%s: 404 without its UUID", part) << QString::fromLatin1(part) << false;
        }
    }
    void aProviderDeletedDuringTheLoadIsDroppedNotFailed()
    {
        QFETCH(QString, part);
        QFETCH(bool, namesTheProvider);
        const QString deleted = providerUuid(2);
        const QString detail = namesTheProvider ? QStringLiteral("No resource provider with uuid %1 found").arg(deleted)
                                                : QStringLiteral("The resource could not be found.");
        m_network->enqueue("GET", pathOf(deleted, part.toLatin1().constData()),
                           FakeResponse::placementError(404, QStringLiteral("Not Found"), detail,
                                                        QStringLiteral("placement.undefined_code")));
        QSignalSpy progress(m_loader.get(), &ProviderLoader::progressChanged);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(finished.at(0).at(0).toBool(), false);

        const LoadProgress done = m_loader->progress();
        QCOMPARE(done.done(), done.total());
        if (namesTheProvider) {
            QCOMPARE(m_model->rowOf(deleted), -1);
            QCOMPARE(m_model->rowCount(), 4);
            QCOMPARE(m_loader->goneDuringLoad(), QStringList { deleted });
            QCOMPARE(done.gone, 1);
            QCOMPARE(done.failed, 0);
            QCOMPARE(m_model->readFailures().count, 0);
            QVERIFY(m_model->unreadAggregates().isEmpty());
            QCOMPARE(progress.last().at(2).toInt(), 0);
        } else {
            QVERIFY(m_model->find(deleted) != nullptr);
            QCOMPARE(m_model->rowCount(), 5);
            QVERIFY(m_loader->goneDuringLoad().isEmpty());
            QCOMPARE(done.gone, 0);
            QCOMPARE(done.failed, 1);
            QCOMPARE(m_model->readFailures().count, 1);
            QCOMPARE(progress.last().at(2).toInt(), 1);
        }
        // Gone at its aggregates: its usage is not asked for (it would only hear the same 404).
        if (namesTheProvider && part == QLatin1String("aggregates")) {
            QCOMPARE(m_network->count("GET", pathOf(deleted, "inventories")), 0);
            QCOMPARE(m_network->count("GET", pathOf(deleted, "usages")), 0);
        }
        // The other providers loaded completely.
        for (int i : { 0, 1, 3, 4 }) {
            const ProviderModel::Row *row = m_model->find(providerUuid(i));
            QVERIFY(row != nullptr);
            QCOMPARE(row->aggregatesState, LoadState::Loaded);
            QCOMPARE(row->usageState, LoadState::Loaded);
        }
        // The next load starts with an empty list of gone providers.
        QSignalSpy again(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QVERIFY(again.wait(unitWaitMs));
        QVERIFY(m_loader->goneDuringLoad().isEmpty());
    }

    void aFailedListKeepsTheRows_data()
    {
        QTest::addColumn<FakeResponse>("answer");
        QTest::addColumn<PlacementError::Kind>("kind");
        QTest::addColumn<QString>("requestId");
        QTest::addRow("500") << FakeResponse::placementError(500, QStringLiteral("Internal Server Error"),
                                                             QStringLiteral("database gone"), QString(),
                                                             QStringLiteral("req-list-500"))
                             << PlacementError::Kind::ServerError << QStringLiteral("req-list-500");
        QTest::addRow("403") << FakeResponse::placementError(403, QStringLiteral("Forbidden"),
                                                             QStringLiteral("Policy does not allow this"), QString(),
                                                             QStringLiteral("req-list-403"))
                             << PlacementError::Kind::Forbidden << QStringLiteral("req-list-403");
        QTest::addRow("refused") << FakeResponse::networkError() << PlacementError::Kind::Network << QString();
        QTest::addRow("timeout") << FakeResponse::stall() << PlacementError::Kind::Timeout << QString();
        // An unusable 200 still names its answer, for the server's log.
        QTest::addRow("garbage") << FakeResponse::json(200, QByteArrayLiteral("{\"resource_providers\": 3}"),
                                                       QStringLiteral("req-garbage"))
                                 << PlacementError::Kind::BadResponse << QStringLiteral("req-garbage");
    }
    void aFailedListKeepsTheRows()
    {
        QFETCH(FakeResponse, answer);
        QFETCH(PlacementError::Kind, kind);
        QFETCH(QString, requestId);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        const int aggregatesBefore = m_network->count("GET", anyAggregates);

        m_client->http()->setTransferTimeoutMs(150);
        m_network->enqueue("GET", listPath, answer);
        QStringList order;
        QObject guard; // destroyed before `order`: the connections go with it
        connect(m_loader.get(), &ProviderLoader::listFailed, &guard, [&] { order << QStringLiteral("listFailed"); });
        connect(m_loader.get(), &ProviderLoader::finished, &guard, [&] { order << QStringLiteral("finished"); });
        QSignalSpy listFailed(m_loader.get(), &ProviderLoader::listFailed);
        finished.clear();
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));

        QCOMPARE(order, (QStringList { QStringLiteral("listFailed"), QStringLiteral("finished") }));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        const auto error = listFailed.at(0).at(0).value<PlacementError>();
        QCOMPARE(error.kind, kind);
        QCOMPARE(error.requestId, requestId);
        QCOMPARE(m_loader->phase(), Phase::Idle);
        QCOMPARE(m_model->rowCount(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(m_model->row(i).aggregatesState, LoadState::Loaded);
            QCOMPARE(m_model->row(i).usageState, LoadState::Loaded);
        }
        QCOMPARE(m_network->count("GET", anyAggregates), aggregatesBefore);
    }

    void aRefreshRefetchesOnlyWhatMoved()
    {
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        const QPersistentModelIndex kept(m_model->index(m_model->rowOf(providerUuid(2)), ProviderModel::NameColumn));
        const int before = static_cast<int>(m_network->requests().size());

        m_placement->setAggregates(providerUuid(1), { B }); // aggregates and generation move
        m_placement->bumpGeneration(providerUuid(3)); // only the generation moves
        finished.clear();
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        const QList<FakeRequest> refresh = m_network->requests().mid(before);
        const QStringList moved { pathOf(providerUuid(1), "aggregates"),  pathOf(providerUuid(3), "aggregates"),
                                  pathOf(providerUuid(1), "inventories"), pathOf(providerUuid(1), "usages"),
                                  pathOf(providerUuid(3), "inventories"), pathOf(providerUuid(3), "usages") };
        QStringList paths = pathsOf(refresh);
        QCOMPARE(paths.takeFirst(), listPath);
        paths.sort();
        QStringList expected = moved;
        expected.sort();
        QCOMPARE(paths, expected);
        QCOMPARE(m_model->find(providerUuid(1))->aggregates.aggregates, QStringList { B });
        QCOMPARE(m_model->find(providerUuid(3))->aggregates.generation, 14);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), QStringLiteral("compute-2"));

        // Nothing moved: the list is the only request.
        const int quiet = static_cast<int>(m_network->requests().size());
        finished.clear();
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(pathsOf(m_network->requests().mid(quiet)), QStringList { listPath });

        // One provider gone, one new: rows merge, only the new one is fetched.
        m_placement->removeProvider(providerUuid(0));
        m_placement->addProvider(providerUuid(7), QStringLiteral("compute-7"), { B }, 1);
        const int merged = static_cast<int>(m_network->requests().size());
        finished.clear();
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        QStringList mergePaths = pathsOf(m_network->requests().mid(merged));
        QCOMPARE(mergePaths.takeFirst(), listPath);
        QCOMPARE(mergePaths,
                 (QStringList { pathOf(providerUuid(7), "aggregates"), pathOf(providerUuid(7), "inventories"),
                                pathOf(providerUuid(7), "usages") }));
        QCOMPARE(m_model->rowCount(), 5);
        QCOMPARE(m_model->rowOf(providerUuid(0)), -1);
        QCOMPARE(m_model->find(providerUuid(7))->aggregatesState, LoadState::Loaded);
        QVERIFY(kept.isValid());
        QCOMPARE(kept.data().toString(), QStringLiteral("compute-2"));
    }

    void cancelMarksLoadingRowsNotLoaded()
    {
        for (int i = 1; i < 5; ++i)
            m_network->setHold("GET", pathOf(providerUuid(i), "aggregates"));
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QTRY_COMPARE(m_network->heldRequests().size(), 4);
        QTRY_COMPARE(m_model->find(providerUuid(0))->aggregatesState, LoadState::Loaded);
        QCOMPARE(m_loader->phase(), Phase::Aggregates);
        QCOMPARE(m_model->find(providerUuid(1))->aggregatesState, LoadState::Loading);

        m_loader->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(m_loader->phase(), Phase::Idle);
        QCOMPARE(m_model->find(providerUuid(0))->aggregatesState, LoadState::Loaded);
        for (int i = 1; i < 5; ++i) {
            QCOMPARE(m_model->find(providerUuid(i))->aggregatesState, LoadState::NotLoaded);
            QCOMPARE(m_model->find(providerUuid(i))->usageState, LoadState::NotLoaded);
            QVERIFY(m_network->requests("GET", pathOf(providerUuid(i), "aggregates")).first().aborted);
        }
        QCOMPARE(m_network->inFlight(), 0);
        QCOMPARE(m_network->releaseAll(), 0);
        m_loader->cancel(); // idle: nothing to say
        QCOMPARE(finished.count(), 1);

        // The next load picks the rows up again.
        for (int i = 1; i < 5; ++i)
            m_network->setHold("GET", pathOf(providerUuid(i), "aggregates"), false);
        finished.clear();
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(m_model->row(i).aggregatesState, LoadState::Loaded);
    }

    void cancelWhileListing()
    {
        m_network->setHold("GET", listPath);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QTRY_COMPARE(m_network->heldRequests().size(), 1);
        m_loader->cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QVERIFY(m_network->requests("GET", listPath).first().aborted);
        QCOMPARE(m_model->rowCount(), 0);
    }

    // Issue 9, defect 3: reload() and cancel() used to call the client's cancelAll().
    void reloadAndCancelSpareOtherCallers_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("writer");
        for (const QString &action : { QStringLiteral("reload"), QStringLiteral("cancel") }) {
            for (const QString &writer :
                 { QStringLiteral("direct PUT"), QStringLiteral("bulk edit"), QStringLiteral("edit session") })
                QTest::addRow("%s, other writer: %s", qPrintable(action), qPrintable(writer)) << action << writer;
        }
    }
    void reloadAndCancelSpareOtherCallers()
    {
        QFETCH(QString, action);
        QFETCH(QString, writer);
        const QString target = providerUuid(0);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));

        // Another component's write, in flight (held) while the loader works.
        m_network->setHold("PUT", anyAggregates);
        QObject other;
        std::optional<Result<ProviderAggregates>> direct;
        std::unique_ptr<BulkAggregateEdit> bulk;
        std::unique_ptr<AggregateEditSession> session;
        if (writer == QStringLiteral("direct PUT")) {
            m_client->setAggregates(target, { B }, m_placement->generation(target), &other,
                                    [&](const Result<ProviderAggregates> &r) { direct = r; });
        } else if (writer == QStringLiteral("bulk edit")) {
            bulk = std::make_unique<BulkAggregateEdit>(m_client.get(), BulkIntent { BulkIntent::Kind::Replace, { B } });
            bulk->start({ { target, QStringLiteral("compute-0") } });
        } else {
            session = std::make_unique<AggregateEditSession>(
                m_client.get(), target,
                ProviderAggregates { m_placement->aggregates(target), m_placement->generation(target) });
            session->setWanted({ B });
            session->save();
        }
        QTRY_COMPARE(m_network->heldRequests().size(), 1);
        const int put = m_network->heldRequests().first();

        // Someone else's read too, held with the loader's.
        m_network->setHold("GET", anyAggregates);
        std::optional<Result<ProviderAggregates>> otherRead;
        m_client->getAggregates(target, &other, [&](const Result<ProviderAggregates> &r) { otherRead = r; });
        // The other providers moved: the loader has reads to make (and to drop).
        for (int i = 1; i < 5; ++i)
            m_placement->bumpGeneration(providerUuid(i));
        finished.clear();
        m_loader->reload();
        QTRY_COMPARE(m_network->heldRequests().size(), 6); // the PUT, the other read, 4 loader reads
        const QList<int> loaderReads = m_network->heldRequests().mid(2);

        if (action == QStringLiteral("reload"))
            m_loader->reload();
        else
            m_loader->cancel();
        for (int index : loaderReads)
            QVERIFY2(m_network->request(index).aborted, qPrintable(m_network->describe()));
        QVERIFY2(!m_network->request(put).aborted, qPrintable(m_network->describe()));
        QVERIFY(m_network->heldRequests().contains(put));

        m_network->setHold("PUT", anyAggregates, false);
        m_network->setHold("GET", anyAggregates, false);
        m_network->releaseAll();
        QTRY_VERIFY(otherRead.has_value());
        QVERIFY(otherRead->ok());
        if (writer == QStringLiteral("direct PUT")) {
            QTRY_VERIFY(direct.has_value());
            QVERIFY(direct->ok());
        } else if (bulk) {
            QTRY_VERIFY(!bulk->isRunning());
            QCOMPARE(bulk->outcomes().first().status, BulkOutcome::Status::Done);
        } else {
            QTRY_COMPARE(session->state(), AggregateEditSession::State::Saved);
        }
        QCOMPARE(m_placement->aggregates(target), QStringList { B });
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), action == QStringLiteral("cancel"));
    }

    // A long list lands in chunks, one per event-loop turn: the same rows as one merge,
    // several inserts, no reset, one providersListed, a total that never moves.
    void chunkedLoadGivesTheRowsOfOneMerge_data()
    {
        QTest::addColumn<int>("providers");
        QTest::addColumn<int>("chunk");
        QTest::addColumn<bool>("usage");
        QTest::addColumn<int>("inserts");
        QTest::addRow("2300 in chunks of 500") << 2300 << 500 << false << 5;
        QTest::addRow("23 in chunks of 5, with usage") << 23 << 5 << true << 5;
        QTest::addRow("23 at once") << 23 << 0 << true << 1;
        QTest::addRow("exactly one chunk") << 20 << 20 << false << 1;
    }
    void chunkedLoadGivesTheRowsOfOneMerge()
    {
        QFETCH(int, providers);
        QFETCH(int, chunk);
        QFETCH(bool, usage);
        QFETCH(int, inserts);
        for (int i = 5; i < providers; ++i)
            m_placement->addProvider(providerUuid(i), QStringLiteral("compute-%1").arg(i), { A }, 1);
        m_loader->setLoadUsage(usage);
        m_loader->setMergeChunkSize(chunk);
        QCOMPARE(m_loader->mergeChunkSize(), chunk);
        QAbstractItemModelTester fatal(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
        QSignalSpy listed(m_loader.get(), &ProviderLoader::providersListed);
        QSignalSpy progress(m_loader.get(), &ProviderLoader::progressChanged);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        QList<LoadProgress> parts;
        connect(m_loader.get(), &ProviderLoader::progressChanged, m_model.get(),
                [&] { parts << m_loader->progress(); });
        int rowsWhenListed = -1;
        connect(m_loader.get(), &ProviderLoader::providersListed, m_model.get(),
                [&] { rowsWhenListed = m_model->rowCount(); });
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        QTRY_COMPARE(finished.count(), 1);

        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QCOMPARE(listed.count(), 1);
        QCOMPARE(listed.at(0).at(0).toInt(), providers);
        QCOMPARE(rowsWhenListed, providers);
        QCOMPARE(inserted.count(), inserts);
        QCOMPARE(reset.count(), 0);
        // The total is known once the existing rows are merged and never changes after; the
        // per-part counts add up to the signal's.
        const int total = providers * (usage ? 2 : 1);
        bool sawTotal = false;
        for (const auto &args : std::as_const(progress)) {
            sawTotal = sawTotal || args.at(1).toInt() != 0;
            if (sawTotal)
                QCOMPARE(args.at(1).toInt(), total);
        }
        QCOMPARE(progress.last().at(0).toInt(), total);
        QCOMPARE(parts.size(), progress.size());
        for (int i = 0; i < parts.size(); ++i) {
            QCOMPARE(parts.at(i).done(), progress.at(i).at(0).toInt());
            QCOMPARE(parts.at(i).total(), progress.at(i).at(1).toInt());
            QVERIFY(parts.at(i).aggregatesDone <= parts.at(i).aggregatesTotal);
            QVERIFY(parts.at(i).usageDone <= parts.at(i).usageTotal);
        }
        QCOMPARE(parts.last().aggregatesTotal, providers);
        QCOMPARE(parts.last().usageTotal, usage ? providers : 0);

        ProviderModel reference;
        QList<ResourceProvider> list;
        for (const QString &uuid : m_placement->uuids()) {
            ResourceProvider p;
            p.uuid = uuid;
            p.name = m_placement->provider(uuid).name;
            list << p;
        }
        reference.mergeProviders(list);
        QCOMPARE(m_model->uuids(), reference.uuids());
        for (int r = 0; r < providers; ++r) {
            QCOMPARE(m_model->row(r).provider.name, reference.row(r).provider.name);
            QCOMPARE(m_model->rowOf(reference.row(r).provider.uuid), r);
            QCOMPARE(m_model->row(r).aggregatesState, LoadState::Loaded);
            QCOMPARE(m_model->row(r).usageState, usage ? LoadState::Loaded : LoadState::NotLoaded);
        }
        QCOMPARE(m_network->count("GET", anyAggregates), providers);
    }

    // A reload or cancel while chunks are pending: no chunk of the old listing lands after it.
    void chunksPendingAreDropped_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("nextTurn"); // act in the next event-loop turn, or inside rowsInserted
        QTest::addRow("reload, next turn") << QStringLiteral("reload") << true;
        QTest::addRow("reload, inside rowsInserted") << QStringLiteral("reload") << false;
        QTest::addRow("cancel, next turn") << QStringLiteral("cancel") << true;
        QTest::addRow("cancel, inside rowsInserted") << QStringLiteral("cancel") << false;
        QTest::addRow("model cleared, next turn") << QStringLiteral("clear") << true;
    }
    void chunksPendingAreDropped()
    {
        QFETCH(QString, action);
        QFETCH(bool, nextTurn);
        for (int i = 5; i < 40; ++i)
            m_placement->addProvider(providerUuid(i), QStringLiteral("compute-%1").arg(i), { A }, 1);
        m_loader->setMergeChunkSize(10);
        QAbstractItemModelTester fatal(m_model.get(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QSignalSpy listed(m_loader.get(), &ProviderLoader::providersListed);
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

        // The second listing: half the providers gone, five new ones.
        auto secondListing = [this] {
            for (int i = 0; i < 40; i += 2)
                m_placement->removeProvider(providerUuid(i));
            for (int i = 100; i < 105; ++i)
                m_placement->addProvider(providerUuid(i), QStringLiteral("new-%1").arg(i), { B }, 1);
        };
        int rowsAtAction = -1;
        auto act = [&] {
            rowsAtAction = m_model->rowCount();
            if (action == QStringLiteral("reload")) {
                secondListing();
                m_loader->reload();
            } else if (action == QStringLiteral("cancel")) {
                m_loader->cancel();
            } else {
                m_model->clear();
            }
        };
        QObject guard; // the connection goes with it
        bool triggered = false;
        connect(m_model.get(), &QAbstractItemModel::rowsInserted, &guard, [&] {
            if (std::exchange(triggered, true))
                return;
            if (nextTurn)
                QTimer::singleShot(0, &guard, act); // before the next chunk's turn
            else
                act();
        });
        m_loader->reload();
        QTRY_COMPARE(finished.count(), 1);
        QVERIFY(rowsAtAction >= 0);
        QVERIFY2(rowsAtAction < 40, qPrintable(QString::number(rowsAtAction)));

        // Give any stale chunk every chance to land.
        for (int turn = 0; turn < 10; ++turn)
            QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reset.count(), 0);
        if (action == QStringLiteral("reload")) {
            QCOMPARE(finished.at(0).at(0).toBool(), false);
            QCOMPARE(listed.count(), 1);
            QCOMPARE(listed.at(0).at(0).toInt(), 25);
            QStringList rows = m_model->uuids();
            QStringList expected = m_placement->uuids();
            rows.sort();
            expected.sort();
            QCOMPARE(rows, expected);
            for (int r = 0; r < m_model->rowCount(); ++r)
                QCOMPARE(m_model->row(r).aggregatesState, LoadState::Loaded);
            return;
        }
        QCOMPARE(finished.at(0).at(0).toBool(), true);
        QCOMPARE(listed.count(), 0);
        QCOMPARE(m_model->rowCount(), action == QStringLiteral("clear") ? 0 : rowsAtAction);
        QCOMPARE(m_loader->phase(), Phase::Idle);
        for (int r = 0; r < m_model->rowCount(); ++r) {
            QVERIFY(m_model->row(r).aggregatesState != LoadState::Loading);
            QVERIFY(m_model->row(r).usageState != LoadState::Loading);
        }
        // The next load brings the whole list.
        finished.clear();
        m_loader->reload();
        QVERIFY(finished.wait(unitWaitMs));
        QCOMPARE(m_model->rowCount(), 40);
        QCOMPARE(listed.count(), 1);
    }

    // Rows on screen first: their aggregates jump the queue and their usage starts at once.
    void prioritizeMovesRowsAhead()
    {
        for (int i = 5; i < 12; ++i)
            m_placement->addProvider(providerUuid(i), QStringLiteral("compute-%1").arg(i), { A }, 1);
        m_client->scheduler()->setMaxParallel(1); // one at a time: the order is the priority order
        m_loader->prioritize({ providerUuid(9) }); // idle: nothing to do
        QCOMPARE(m_network->count("GET", listPath), 0);

        m_network->setHold("GET", pathOf(providerUuid(0), "aggregates"));
        QSignalSpy finished(m_loader.get(), &ProviderLoader::finished);
        m_loader->reload();
        QTRY_COMPARE(m_network->heldRequests().size(), 1);
        const int held = m_network->heldRequests().first();
        m_loader->prioritize({ providerUuid(9), providerUuid(11) });
        m_network->setHold("GET", pathOf(providerUuid(0), "aggregates"), false);
        m_network->releaseAll();
        QVERIFY(finished.wait(unitWaitMs));

        const QStringList next = pathsOf(m_network->requests().mid(held + 1, 6));
        QCOMPARE(next,
                 (QStringList { pathOf(providerUuid(9), "aggregates"), pathOf(providerUuid(11), "aggregates"),
                                pathOf(providerUuid(9), "inventories"), pathOf(providerUuid(9), "usages"),
                                pathOf(providerUuid(11), "inventories"), pathOf(providerUuid(11), "usages") }));
        // Their usage is not fetched a second time in the usage phase.
        QCOMPARE(m_network->count("GET", pathOf(providerUuid(9), "inventories")), 1);
        QCOMPARE(m_network->count("GET", anyInventories), 12);
        QCOMPARE(m_network->count("GET", anyAggregates), 12);
        QCOMPARE(m_network->maxInFlight(), 1);
        for (int i = 0; i < 12; ++i) {
            QCOMPARE(m_model->row(i).aggregatesState, LoadState::Loaded);
            QCOMPARE(m_model->row(i).usageState, LoadState::Loaded);
        }
    }

private:
    std::unique_ptr<FakeNetwork> m_network;
    std::unique_ptr<FakePlacement> m_placement;
    std::unique_ptr<PlacementClient> m_client;
    std::unique_ptr<ProviderModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<ProviderLoader> m_loader;
};

QTEST_GUILESS_MAIN(TestProviderLoaderUnit)
#include "tst_providerloader_unit.moc"
