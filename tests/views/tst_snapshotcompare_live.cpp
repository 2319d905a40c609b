// "Compare with snapshot…" in the window against the real Placement: a snapshot exported from the
// window, changes made by another client, a refresh, then the comparison names exactly this
// test's changes (other tests share the server, so only this test's providers are looked at),
// narrows the provider table to the providers that differ, and refuses a file it cannot read
// with a reason instead of an empty "no differences".

#include "appcontroller.h"
#include "appmodels.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "providerbrowser.h"
#include "providerexport.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "snapshotcomparecontroller.h"
#include "snapshotdiffmodel.h"
#include "snapshotdiffpage.h"
#include "testwaits.h"

#include <QCheckBox>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using Kind = SnapshotDifference::Kind;

class TestSnapshotCompareLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;

    static QList<SnapshotDifference> differencesOf(const SnapshotDiffPage *page, const QStringList &uuids)
    {
        QList<SnapshotDifference> found;
        for (const SnapshotDifference &d : page->model()->differences()) {
            if (uuids.contains(d.providerUuid))
                found << d;
        }
        return found;
    }

    static QStringList shownUuids(const ProviderFilterProxy *proxy)
    {
        QStringList uuids;
        for (int row = 0; row < proxy->rowCount(); ++row)
            uuids << proxy->index(row, 0).data(ProviderModel::UuidRole).toString();
        return uuids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
    }

    void theComparisonNamesTheChangesAndNarrowsTheTable()
    {
        const QString prefix = QStringLiteral("snap%1").arg(LiveServer::newUuid().left(6));
        const QString changed = m_live.createProvider(prefix + QStringLiteral("-changed"));
        const QString quiet = m_live.createProvider(prefix + QStringLiteral("-quiet"));
        QVERIFY(!changed.isEmpty() && !quiet.isEmpty());

        AppModels models;
        MainWindow window(models.forWindow());
        AppController controller(&models, &window);
        SnapshotCompareController snapshots(&controller, &window);
        window.show();
        QSignalSpy loaded(&controller, &AppController::loadFinished);
        controller.connectTo(m_live.url(), m_live.token());
        QVERIFY(loaded.wait(unitWaitMs));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("before.json"));
        const ProviderModel &providers = *controller.providerModel();
        QVERIFY(ProviderExport::write(path, providers, providers.uuids(), ProviderExport::identityColumns()).ok());

        // Another client: one provider gets an aggregate, a new one appears.
        const QString aggregate = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(changed, { aggregate }) >= 0);
        const QString added = m_live.createProvider(prefix + QStringLiteral("-added"));
        loaded.clear();
        controller.reload();
        QVERIFY(loaded.wait(unitWaitMs));

        snapshots.compareWith(path);
        SnapshotDiffPage *page = window.snapshotPage();
        const QList<SnapshotDifference> ours = differencesOf(page, { changed, quiet, added });
        QStringList seen;
        for (const SnapshotDifference &d : ours)
            seen << SnapshotDifference::kindLabel(d.kind) + QLatin1Char(' ') + d.providerUuid;
        QVERIFY2(ours.size() == 3, qPrintable(seen.join(QLatin1Char('\n'))));
        bool providerAdded = false;
        bool aggregatesAdded = false;
        bool generationMoved = false;
        for (const SnapshotDifference &d : ours) {
            QVERIFY(d.providerUuid != quiet);
            providerAdded |= d.kind == Kind::ProviderAdded && d.providerUuid == added;
            aggregatesAdded |= d.kind == Kind::AggregatesAdded && d.providerUuid == changed
                && d.aggregates == QStringList { aggregate };
            generationMoved |= d.kind == Kind::GenerationMoved && d.providerUuid == changed;
        }
        QVERIFY(providerAdded);
        QVERIFY(aggregatesAdded);
        QVERIFY(generationMoved);

        // "Only these providers": the table shows the ones that differ, never the quiet one.
        ProviderFilterProxy *table = window.browser()->tableProxy();
        page->onlyTheseToggle()->setChecked(true);
        QVERIFY(table->isRestrictedToProviders());
        const QStringList shown = shownUuids(table);
        QVERIFY(shown.contains(changed));
        QVERIFY(shown.contains(added));
        QVERIFY(!shown.contains(quiet));
        page->onlyTheseToggle()->setChecked(false);
        QVERIFY(!table->isRestrictedToProviders());
        QVERIFY(shownUuids(table).contains(quiet));

        // A file that is not a snapshot: a reason, no table of "differences".
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"providers\": [{\"name\": 1}");
        file.close();
        snapshots.compareWith(broken);
        QCOMPARE(page->model()->rowCount(), 0);
        QVERIFY2(page->summaryText().contains(QStringLiteral("broken.json")), qPrintable(page->summaryText()));

        // Not deleted: GUI tests load every provider of this shared server, and one deleted between
        // their list and their reads would leave them partial.
    }
};

QTEST_MAIN(TestSnapshotCompareLive)
#include "tst_snapshotcompare_live.moc"
