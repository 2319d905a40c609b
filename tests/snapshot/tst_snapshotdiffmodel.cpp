// SnapshotDiffModel under QAbstractItemModelTester, and SnapshotDiffPage's "show only these
// providers" toggle: the signals the window connects to the provider table's filter.

#include "snapshotdiffmodel.h"
#include "snapshotdiffpage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
const QString uuidA = QStringLiteral("aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa");
const QString uuidB = QStringLiteral("bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb");
const QString agg1 = QStringLiteral("11111111-1111-4111-8111-111111111111");

SnapshotProvider provider(const QString &uuid, const QString &name, qint64 generation, const QStringList &aggregates)
{
    SnapshotProvider p;
    p.uuid = uuid;
    p.name = name;
    p.generation = generation;
    p.aggregates = aggregates;
    p.aggregatesRead = true;
    return p;
}

Snapshot snapshot(const QList<SnapshotProvider> &providers)
{
    Snapshot s;
    for (const SnapshotProvider &p : providers)
        s.providers.insert(p.uuid, p);
    return s;
}

// compute-a: aggregates added and generation moved; compute-b: added.
QList<SnapshotDifference> differences()
{
    return SnapshotDiff::compare(snapshot({ provider(uuidA, QStringLiteral("compute-a"), 1, {}) }),
                                 snapshot({ provider(uuidA, QStringLiteral("compute-a"), 2, { agg1 }),
                                            provider(uuidB, QStringLiteral("compute-b"), 0, {}) }));
}
} // namespace

class TestSnapshotDiffModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rowsAndColumns_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("text");
        QTest::addRow("kind") << 0 << int(SnapshotDiffModel::KindColumn) << "aggregates added";
        QTest::addRow("provider") << 0 << int(SnapshotDiffModel::ProviderColumn) << "compute-a";
        QTest::addRow("uuid") << 0 << int(SnapshotDiffModel::UuidColumn) << uuidA;
        QTest::addRow("aggregates") << 0 << int(SnapshotDiffModel::DetailColumn) << agg1;
        QTest::addRow("generation") << 1 << int(SnapshotDiffModel::DetailColumn) << "1 -> 2";
        QTest::addRow("added provider") << 2 << int(SnapshotDiffModel::KindColumn) << "provider added";
        QTest::addRow("added provider, no detail") << 2 << int(SnapshotDiffModel::DetailColumn) << "";
    }
    void rowsAndColumns()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QString, text);
        SnapshotDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDifferences(differences());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(SnapshotDiffModel::ColumnCount));
        QCOMPARE(model.index(row, column).data().toString(), text);
        QCOMPARE(model.index(row, column).data(SnapshotDiffModel::ProviderUuidRole).toString(),
                 row == 2 ? uuidB : uuidA);
        QCOMPARE(model.providerUuids(), (QStringList { uuidA, uuidB }));
        model.setDifferences({});
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.providerUuids().isEmpty());
    }

    void toggleNarrowsTheProviderTable()
    {
        SnapshotDiffPage page;
        QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy only(&page, &SnapshotDiffPage::showOnlyProviders);
        QSignalSpy all(&page, &SnapshotDiffPage::showAllProviders);
        QVERIFY(!page.onlyTheseToggle()->isEnabled());

        page.setComparison(QStringLiteral("last-night.json"), differences());
        QVERIFY(page.onlyTheseToggle()->isEnabled());
        QVERIFY2(page.summaryText().contains(QLatin1String("last-night.json")), qPrintable(page.summaryText()));
        QVERIFY(only.isEmpty());

        page.onlyTheseToggle()->setChecked(true);
        QCOMPARE(only.size(), 1);
        QCOMPARE(only.takeFirst().at(0).toStringList(), (QStringList { uuidA, uuidB }));

        // A new comparison narrows the table to its own providers at once.
        page.setComparison(QStringLiteral("older.json"), {});
        QCOMPARE(only.size(), 1);
        QVERIFY(only.takeFirst().at(0).toStringList().isEmpty());

        all.clear();
        page.onlyTheseToggle()->setChecked(false);
        QCOMPARE(all.size(), 1);
        page.onlyTheseToggle()->setChecked(true);
        page.setFailure(QStringLiteral("not JSON"));
        QCOMPARE(all.size(), 2); // a failed comparison lifts the filter
        QVERIFY(!page.onlyTheseToggle()->isEnabled());
    }

    void activatingARowNamesItsProvider()
    {
        SnapshotDiffPage page;
        page.setComparison(QStringLiteral("s.json"), differences());
        QSignalSpy activated(&page, &SnapshotDiffPage::providerActivated);
        Q_EMIT page.view()->activated(page.model()->index(2, SnapshotDiffModel::DetailColumn));
        QCOMPARE(activated.size(), 1);
        QCOMPARE(activated.first().at(0).toString(), uuidB);
    }
};

QTEST_MAIN(TestSnapshotDiffModel)
#include "tst_snapshotdiffmodel.moc"
