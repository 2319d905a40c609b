// PlacementClient against the real Placement started by the ctest fixture.

#include "liveserver.h"
#include "placementclient.h"
#include "requestlog.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

namespace {

template<typename T> Result<T> await(const std::function<void(PlacementClient::Callback<T>)> &start)
{
    std::optional<Result<T>> result;
    start([&](const Result<T> &r) { result = r; });
    if (!QTest::qWaitFor([&] { return result.has_value(); }, 20000))
        return PlacementError::make(PlacementError::Kind::Timeout, QStringLiteral("test gave up waiting"));
    return *result;
}

QString describe(const PlacementError &e)
{
    return e.fullText();
}

} // namespace

class TestPlacementClientLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    PlacementClient m_client;
    // Fixture providers and aggregates, unique to this run.
    QString m_aggX, m_aggY, m_aggZ;
    QString m_p1, m_p2, m_p3, m_p4, m_child;
    QString m_trait;

    QSet<QString> ours() const { return { m_p1, m_p2, m_p3, m_p4, m_child }; }

    QSet<QString> listOurs(const ProviderFilter &filter, PlacementError *error)
    {
        const auto r = await<QList<ResourceProvider>>([&](auto cb) { m_client.listProviders(filter, this, cb); });
        QSet<QString> found;
        if (!r.ok()) {
            *error = r.error();
            return found;
        }
        for (const auto &p : r.value()) {
            if (ours().contains(p.uuid))
                found.insert(p.uuid);
        }
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        m_client.setEndpoint(m_live.url());
        m_client.setToken(m_live.token());
        const auto caps = await<Capabilities>([&](auto cb) { m_client.connectToServer(this, cb); });
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : describe(caps.error())));

        m_aggX = LiveServer::newUuid();
        m_aggY = LiveServer::newUuid();
        m_aggZ = LiveServer::newUuid();
        m_p1 = m_live.createProvider(QStringLiteral("live-p1"));
        m_p2 = m_live.createProvider(QStringLiteral("live-p2"));
        m_p3 = m_live.createProvider(QStringLiteral("live-p3"));
        m_p4 = m_live.createProvider(QStringLiteral("live-p4"));
        m_child = m_live.createProvider(QStringLiteral("live-child"), m_p1);
        for (const QString &uuid : { m_p1, m_p2, m_p3, m_p4, m_child })
            QVERIFY(!uuid.isEmpty());
        QVERIFY(m_live.putAggregates(m_p1, { m_aggX }) > 0);
        QVERIFY(m_live.putAggregates(m_p2, { m_aggX, m_aggY }) > 0);
        QVERIFY(m_live.putAggregates(m_p3, { m_aggY }) > 0);

        m_trait = QStringLiteral("CUSTOM_PI_LIVE_") + m_aggX.left(8).toUpper();
        QVERIFY(m_live.request("PUT", QStringLiteral("/traits/") + m_trait).ok());
        QVERIFY(m_live.bumpGenerationViaTraits(m_p2, { m_trait }) > 0);
        QVERIFY(m_live.bumpGenerationViaTraits(m_p3, { m_trait, QStringLiteral("HW_CPU_X86_AVX2") }) > 0);
        const QJsonObject inventory {
            { QStringLiteral("resource_provider_generation"), m_live.generationOf(m_p3) },
            { QStringLiteral("inventories"),
              QJsonObject { { QStringLiteral("VCPU"), QJsonObject { { QStringLiteral("total"), 8 } } } } }
        };
        QVERIFY(m_live
                    .request("PUT", QStringLiteral("/resource_providers/%1/inventories").arg(m_p3),
                             QJsonDocument(inventory))
                    .ok());
    }

    void negotiatesTheServersNewestVersion()
    {
        QVERIFY(m_client.serverVersions().has_value());
        QCOMPARE(m_client.serverVersions()->min, ApiVersion(1, 0));
        QCOMPARE(m_client.serverVersions()->max, ApiVersion(1, 39));
        QCOMPARE(m_client.capabilities().version(), ApiVersion(1, 39));
        QVERIFY(m_client.capabilities().generationCheckedAggregates());
    }

    void capBelow119ForbidsBlindWrites()
    {
        PlacementClient capped;
        capped.setEndpoint(m_live.url());
        capped.setToken(m_live.token());
        capped.setVersionCap(ApiVersion(1, 18));
        const auto caps = await<Capabilities>([&](auto cb) { capped.connectToServer(this, cb); });
        QVERIFY(caps.ok());
        QCOMPARE(caps.value().version(), ApiVersion(1, 18));
        QVERIFY(!caps.value().generationCheckedAggregates());

        const auto read = await<ProviderAggregates>([&](auto cb) { capped.getAggregates(m_p1, this, cb); });
        QVERIFY(read.ok());
        QCOMPARE(read.value().aggregates, QStringList { m_aggX });
        QCOMPARE(read.value().generation, -1); // 1.18 does not report it

        const qint64 before = m_live.generationOf(m_p1);
        const auto write
            = await<ProviderAggregates>([&](auto cb) { capped.setAggregates(m_p1, {}, before, this, cb); });
        QVERIFY(!write.ok());
        QCOMPARE(write.error().kind, PlacementError::Kind::Unsupported);
        QCOMPARE(m_live.generationOf(m_p1), before);
        for (int i = 0; i < capped.log()->size(); ++i)
            QVERIFY(capped.log()->at(i).method != "PUT");
    }

    void listFilters_data()
    {
        // The filter for each row is built in listFilters() from its tag: the UUIDs exist only at run time.
        QTest::addColumn<QString>("expectedNames"); // fixture providers: p1..p4, child
        QTest::addRow("no filter") << "p1 p2 p3 p4 child";
        QTest::addRow("name") << "p2";
        QTest::addRow("uuid") << "p4";
        QTest::addRow("member_of one") << "p1 p2";
        QTest::addRow("member_of any-of") << "p1 p2 p3";
        QTest::addRow("member_of all-of") << "p2";
        QTest::addRow("member_of not-in") << "p3 p4 child";
        QTest::addRow("in_tree") << "p1 child";
        QTest::addRow("resources") << "p3";
        QTest::addRow("required trait") << "p2 p3";
        QTest::addRow("forbidden trait") << "p1 p4 child";
        QTest::addRow("required and forbidden") << "p2";
        QTest::addRow("any-of traits") << "p2 p3";
    }
    void listFilters()
    {
        QFETCH(QString, expectedNames);
        const QHash<QString, QString> byName { { QStringLiteral("p1"), m_p1 },
                                               { QStringLiteral("p2"), m_p2 },
                                               { QStringLiteral("p3"), m_p3 },
                                               { QStringLiteral("p4"), m_p4 },
                                               { QStringLiteral("child"), m_child } };
        ProviderFilter filter;
        const QString tag = QString::fromLatin1(QTest::currentDataTag());
        if (tag == QLatin1String("name"))
            filter.name = QStringLiteral("live-p2-") + m_p2.left(8);
        else if (tag == QLatin1String("uuid"))
            filter.uuid = m_p4;
        else if (tag == QLatin1String("member_of one"))
            filter.memberOf = { { m_aggX } };
        else if (tag == QLatin1String("member_of any-of"))
            filter.memberOf = { { m_aggX, m_aggY } };
        else if (tag == QLatin1String("member_of all-of"))
            filter.memberOf = { { m_aggX }, { m_aggY } };
        else if (tag == QLatin1String("member_of not-in"))
            filter.notMemberOf = { m_aggX };
        else if (tag == QLatin1String("in_tree"))
            filter.inTree = m_child; // any member of the tree names the whole tree
        else if (tag == QLatin1String("resources"))
            filter.resources = { { QStringLiteral("VCPU"), 4 } };
        else if (tag == QLatin1String("required trait"))
            filter.requiredTraits = { m_trait };
        else if (tag == QLatin1String("forbidden trait"))
            filter.forbiddenTraits = { m_trait };
        else if (tag == QLatin1String("required and forbidden")) {
            filter.requiredTraits = { m_trait };
            filter.forbiddenTraits = { QStringLiteral("HW_CPU_X86_AVX2") };
        } else if (tag == QLatin1String("any-of traits"))
            filter.anyOfTraits = { { m_trait, QStringLiteral("CUSTOM_PI_NOBODY_HAS_THIS") } };

        if (tag == QLatin1String("any-of traits"))
            QVERIFY(m_live.request("PUT", QStringLiteral("/traits/CUSTOM_PI_NOBODY_HAS_THIS")).ok());

        PlacementError error;
        const QSet<QString> found = listOurs(filter, &error);
        QVERIFY2(error.detail.isEmpty(), qPrintable(describe(error)));
        QSet<QString> expected;
        for (const QString &name : expectedNames.split(QLatin1Char(' ')))
            expected.insert(byName.value(name));
        QCOMPARE(found, expected);
    }

    void unknownResourceClassIsABadRequest()
    {
        ProviderFilter filter;
        filter.resources = { { QStringLiteral("NOT_A_RESOURCE_CLASS"), 1 } };
        const auto r = await<QList<ResourceProvider>>([&](auto cb) { m_client.listProviders(filter, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, PlacementError::Kind::BadRequest);
        QCOMPARE(r.error().httpStatus, 400);
        QVERIFY2(r.error().detail.contains(QStringLiteral("NOT_A_RESOURCE_CLASS")), qPrintable(r.error().detail));
        QVERIFY(!r.error().detail.startsWith(QStringLiteral("The server could not comply")));
        QVERIFY(!r.error().requestId.isEmpty());
    }

    void unknownProviderIsNotFound()
    {
        const QString unknown = LiveServer::newUuid();
        const auto r = await<ProviderAggregates>([&](auto cb) { m_client.getAggregates(unknown, this, cb); });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, PlacementError::Kind::NotFound);
        QVERIFY(r.error().detail.contains(QStringLiteral("No resource provider")));
        QVERIFY(r.error().requestId.startsWith(QStringLiteral("req-")));
        // The loader drops a provider deleted after the list on exactly this answer.
        QVERIFY(r.error().isProviderGone(unknown));
        QVERIFY(!r.error().isProviderGone(m_p1));
    }

    // Every per-provider read the loader makes names a deleted provider in its 404.
    void aDeletedProviderIsGoneOnEveryRead()
    {
        const QString deleted = m_live.createProvider(QStringLiteral("live-deleted"));
        QCOMPARE(m_live.request("DELETE", QStringLiteral("/resource_providers/") + deleted).status, 204);
        const auto aggregates = await<ProviderAggregates>([&](auto cb) { m_client.getAggregates(deleted, this, cb); });
        const auto inventories
            = await<ProviderInventories>([&](auto cb) { m_client.getInventories(deleted, this, cb); });
        const auto usages = await<ProviderUsages>([&](auto cb) { m_client.getUsages(deleted, this, cb); });
        QVERIFY(!aggregates && !inventories && !usages);
        QVERIFY2(aggregates.error().isProviderGone(deleted), qPrintable(aggregates.error().fullText()));
        QVERIFY2(inventories.error().isProviderGone(deleted), qPrintable(inventories.error().fullText()));
        QVERIFY2(usages.error().isProviderGone(deleted), qPrintable(usages.error().fullText()));
    }

    void aggregatesRoundTrip()
    {
        const auto before = await<ProviderAggregates>([&](auto cb) { m_client.getAggregates(m_p4, this, cb); });
        QVERIFY(before.ok());
        QVERIFY(before.value().aggregates.isEmpty());
        QCOMPARE(before.value().generation, m_live.generationOf(m_p4));

        // Upper case and braces are folded into one canonical UUID before sending.
        const QStringList wanted { m_aggZ, m_aggX.toUpper(), QStringLiteral("{%1}").arg(m_aggZ) };
        const auto put = await<ProviderAggregates>(
            [&](auto cb) { m_client.setAggregates(m_p4, wanted, before.value().generation, this, cb); });
        QVERIFY2(put.ok(), qPrintable(put.ok() ? QString() : describe(put.error())));
        QCOMPARE(put.value().aggregates, (QStringList { m_aggZ, m_aggX }));
        QCOMPARE(put.value().generation, before.value().generation + 1);
        // The answer's request id comes with the value (the journal records it), the same the
        // server sent and the request log holds, and not the read's.
        QVERIFY2(put.requestId().startsWith(QStringLiteral("req-")), qPrintable(put.requestId()));
        QVERIFY(put.requestId() != before.requestId());
        const RequestLogEntry &logged = m_client.log()->at(m_client.log()->size() - 1);
        QCOMPARE(logged.method, QByteArray("PUT"));
        QCOMPARE(logged.requestId, put.requestId());

        const auto after = await<ProviderAggregates>([&](auto cb) { m_client.getAggregates(m_p4, this, cb); });
        QVERIFY(after.ok());
        QCOMPARE(QSet<QString>(after.value().aggregates.cbegin(), after.value().aggregates.cend()),
                 (QSet<QString> { m_aggZ, m_aggX }));
        QCOMPARE(after.value().generation, put.value().generation);
    }

    void staleGenerationIsAConcurrentUpdate()
    {
        const qint64 readAt = m_live.generationOf(m_p3);
        QVERIFY(m_live.bumpGenerationViaTraits(m_p3, { m_trait }) > readAt); // someone else writes
        const auto put
            = await<ProviderAggregates>([&](auto cb) { m_client.setAggregates(m_p3, { m_aggZ }, readAt, this, cb); });
        QVERIFY(!put.ok());
        QCOMPARE(put.error().kind, PlacementError::Kind::Conflict);
        QCOMPARE(put.error().httpStatus, 409);
        QCOMPARE(put.error().code, PlacementErrorCodes::concurrentUpdate);
        QVERIFY(put.error().isConcurrentUpdate());
        QVERIFY(!put.error().requestId.isEmpty());
        // Nothing was written.
        const auto now = await<ProviderAggregates>([&](auto cb) { m_client.getAggregates(m_p3, this, cb); });
        QCOMPARE(now.value().aggregates, QStringList { m_aggY });
    }

    void invalidAggregatesNeverLeaveTheClient()
    {
        const int logged = m_client.log()->size();
        const auto put = await<ProviderAggregates>([&](auto cb) {
            m_client.setAggregates(m_p1, { m_aggX, QStringLiteral("gpu-pool") }, m_live.generationOf(m_p1), this, cb);
        });
        QVERIFY(!put.ok());
        QCOMPARE(put.error().kind, PlacementError::Kind::InvalidInput);
        QVERIFY(put.error().detail.contains(QStringLiteral("gpu-pool")));
        QCOMPARE(m_client.log()->size(), logged);
    }

    void providerDetails()
    {
        const auto provider = await<ResourceProvider>([&](auto cb) { m_client.getProvider(m_child, this, cb); });
        QVERIFY(provider.ok());
        QCOMPARE(provider.value().parentUuid, m_p1);
        QCOMPARE(provider.value().rootUuid, m_p1);

        const auto inventories = await<ProviderInventories>([&](auto cb) { m_client.getInventories(m_p3, this, cb); });
        QVERIFY(inventories.ok());
        QCOMPARE(inventories.value().inventories.size(), 1);
        QCOMPARE(inventories.value().inventories.first().resourceClass, QStringLiteral("VCPU"));
        QCOMPARE(inventories.value().inventories.first().total, 8);

        const auto usages = await<ProviderUsages>([&](auto cb) { m_client.getUsages(m_p3, this, cb); });
        QVERIFY(usages.ok());
        QCOMPARE(usages.value().usages.value(QStringLiteral("VCPU"), -1), 0);

        const auto traits = await<ProviderTraits>([&](auto cb) { m_client.getTraits(m_p2, this, cb); });
        QVERIFY(traits.ok());
        QCOMPARE(traits.value().traits, QStringList { m_trait });

        const auto allocations = await<ProviderAllocations>([&](auto cb) { m_client.getAllocations(m_p3, this, cb); });
        QVERIFY(allocations.ok());
        QVERIFY(allocations.value().allocations.isEmpty());

        const auto traitNames = await<QStringList>([&](auto cb) { m_client.listTraits(this, cb); });
        QVERIFY(traitNames.ok());
        QVERIFY(traitNames.value().contains(m_trait));
        const auto classes = await<QStringList>([&](auto cb) { m_client.listResourceClasses(this, cb); });
        QVERIFY(classes.ok());
        QVERIFY(classes.value().contains(QStringLiteral("MEMORY_MB")));
    }

    void cancelledCallsNeverAnswer()
    {
        int answered = 0;
        PlacementClient::CallOptions background;
        background.priority = PlacementClient::Priority::Background;
        for (int i = 0; i < 60; ++i) {
            const QString uuid = QList<QString> { m_p1, m_p2, m_p3, m_p4 }.at(i % 4);
            m_client.getAggregates(
                uuid, this, [&](const Result<ProviderAggregates> &) { ++answered; }, background);
        }
        QVERIFY(QTest::qWaitFor([&] { return answered >= 3; }, 10000));
        m_client.cancelAll();
        const int atCancel = answered;
        QVERIFY(atCancel < 60);
        QVERIFY(m_client.scheduler()->isIdle());
        QTest::qWait(1000); // replies that were in flight arrive late and must be dropped
        QCOMPARE(answered, atCancel);

        // The client is usable right after a cancel.
        const auto again = await<ProviderAggregates>([&](auto cb) { m_client.getAggregates(m_p1, this, cb); });
        QVERIFY(again.ok());
    }

    void destroyedContextIsNeverCalled()
    {
        bool called = false;
        auto *context = new QObject;
        m_client.getAggregates(m_p1, context, [&](const Result<ProviderAggregates> &) { called = true; });
        delete context;
        QVERIFY(QTest::qWaitFor([&] { return m_client.scheduler()->isIdle(); }, 10000));
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void logHoldsEveryExchangeWithoutTheToken()
    {
        QVERIFY(m_client.log()->size() > 10);
        bool sawPut = false;
        for (int i = 0; i < m_client.log()->size(); ++i) {
            const RequestLogEntry &entry = m_client.log()->at(i);
            for (const auto &header : entry.requestHeaders) {
                if (header.first.compare("X-Auth-Token", Qt::CaseInsensitive) == 0)
                    QCOMPARE(header.second, QByteArrayLiteral("***"));
            }
            QVERIFY(!entry.toCurl().contains(QString::fromLatin1(" X-Auth-Token: " + m_live.token())));
            if (entry.method == "PUT" && entry.status == 200) {
                sawPut = true;
                QCOMPARE(entry.microversion, QStringLiteral("1.39"));
                QVERIFY(entry.requestId.startsWith(QStringLiteral("req-")));
                QVERIFY(entry.responseBytes > 0);
                QVERIFY(entry.requestBody.contains("resource_provider_generation"));
            }
        }
        QVERIFY(sawPut);
    }
};

QTEST_GUILESS_MAIN(TestPlacementClientLive)
#include "tst_placementclient_live.moc"
