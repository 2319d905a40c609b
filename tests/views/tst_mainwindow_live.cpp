// Drives the real main window (offscreen) against the real local Placement: load, quick
// filter, tree, details, refresh after a server-side change, aggregate check, export.
// Every provider this test creates carries a unique prefix so other tests' data does not matter.

#include "aggregatepage.h"
#include "appcontroller.h"
#include "appmodels.h"
#include "detailspane.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "providerbrowser.h"
#include "providerfilterproxy.h"
#include "providermodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

class TestMainWindowLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    QString m_prefix;
    QString m_root;
    QString m_child;
    QString m_grandchild;
    QString m_other;
    QString m_aggregate;
    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppController> m_controller;

    ProviderBrowser *browser() const { return m_window->browser(); }

    bool loadAndWait()
    {
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_window->action(QStringLiteral("refresh"))->trigger();
        return done.wait(60000);
    }

    QStringList shownUuids() const { return browser()->uuidsInViewOrder(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        m_prefix = QStringLiteral("mw%1").arg(LiveServer::newUuid().left(6));
        m_root = m_live.createProvider(m_prefix + QStringLiteral("-host"));
        m_child = m_live.createProvider(m_prefix + QStringLiteral("-numa"), m_root);
        m_grandchild = m_live.createProvider(m_prefix + QStringLiteral("-pgpu"), m_child);
        m_other = m_live.createProvider(m_prefix + QStringLiteral("-other"));
        QVERIFY(!m_root.isEmpty() && !m_child.isEmpty() && !m_grandchild.isEmpty() && !m_other.isEmpty());
        m_aggregate = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(m_root, { m_aggregate }) >= 0);
        QVERIFY(m_live.putAggregates(m_grandchild, { m_aggregate }) >= 0);

        m_models = std::make_unique<AppModels>();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_controller = std::make_unique<AppController>(m_models.get(), m_window.get());
        m_window->show();
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_controller->connectTo(m_live.url(), m_live.token());
        QVERIFY(done.wait(60000));
    }

    void loadsEverythingWithAggregatesAndUsage()
    {
        ProviderModel *model = m_controller->providerModel();
        for (const QString &uuid : { m_root, m_child, m_grandchild, m_other }) {
            const ProviderModel::Row *row = model->find(uuid);
            QVERIFY2(row, qPrintable(uuid));
            QCOMPARE(row->aggregatesState, ProviderModel::LoadState::Loaded);
            QCOMPARE(row->usageState, ProviderModel::LoadState::Loaded);
        }
        QCOMPARE(model->find(m_root)->aggregates.aggregates, QStringList { m_aggregate });
        QCOMPARE(model->index(model->rowOf(m_grandchild), ProviderModel::ParentColumn).data().toString(),
                 model->find(m_child)->provider.name);
        QVERIFY(!m_window->findChild<QProgressBar *>()->isVisible());
    }

    void quickFilter_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addColumn<int>("expected");
        QTest::addRow("all four") << QString() << 4;
        QTest::addRow("one by name") << QStringLiteral("-other") << 1;
        QTest::addRow("by aggregate uuid") << QStringLiteral(" AGGREGATE") << 2;
        QTest::addRow("none") << QStringLiteral("-nothing-matches") << 0;
    }

    void quickFilter()
    {
        QFETCH(QString, suffix);
        QFETCH(int, expected);
        browser()->setTreeMode(false);
        QString text = m_prefix + suffix;
        text.replace(QStringLiteral("AGGREGATE"), m_aggregate.left(13));
        // Typing goes through the debounced line edit, as a user would.
        m_window->action(QStringLiteral("focusFilter"))->trigger();
        QLineEdit *edit = browser()->quickFilterEdit();
        edit->clear();
        QTest::keyClicks(edit, text);
        QTRY_COMPARE(browser()->tableProxy()->quickFilter(), text.simplified());
        QCOMPARE(browser()->tableProxy()->rowCount(), expected);
        if (expected == 0) {
            auto *empty = browser()->table()->viewport()->findChild<QPushButton *>();
            QVERIFY(empty && empty->isVisible());
            QTest::mouseClick(empty, Qt::LeftButton);
            QCOMPARE(browser()->quickFilter(), QString());
        }
    }

    void treeShowsNestingAndKeepsAncestorsWhenFiltering()
    {
        browser()->setQuickFilter(m_prefix + QStringLiteral("-pgpu"));
        browser()->setTreeMode(true);
        QTreeView *tree = browser()->tree();
        QVERIFY(tree->isVisible());
        // Only the grandchild matches; its parent and root stay visible around it.
        QCOMPARE(browser()->treeProxy()->rowCount(), 1);
        const QModelIndex root = browser()->treeProxy()->index(0, 0);
        QCOMPARE(root.data(ProviderModel::UuidRole).toString(), m_root);
        const QModelIndex child = browser()->treeProxy()->index(0, 0, root);
        QCOMPARE(child.data(ProviderModel::UuidRole).toString(), m_child);
        QCOMPARE(browser()->treeProxy()->index(0, 0, child).data(ProviderModel::UuidRole).toString(), m_grandchild);
        QCOMPARE(shownUuids(), (QStringList { m_root, m_child, m_grandchild }));
        browser()->setQuickFilter(m_prefix);
    }

    void detailsShowTheSelectedProvider()
    {
        browser()->setTreeMode(false);
        QVERIFY(browser()->selectProvider(m_grandchild));
        DetailsPane *details = m_window->detailsPane();
        QTRY_COMPARE(details->uuid(), m_grandchild);
        QTRY_VERIFY(details->text().contains(QStringLiteral("read at generation")));
        QVERIFY(details->text().contains(m_aggregate));
        QTRY_VERIFY(details->text().contains(QStringLiteral("consumer")));
        // The parent link navigates.
        Q_EMIT details->navigateRequested(m_child);
        QCOMPARE(browser()->currentUuid(), m_child);
        QTRY_COMPARE(details->uuid(), m_child);
    }

    void refreshMergesServerChangesAndKeepsSelection()
    {
        browser()->setTreeMode(true);
        QVERIFY(browser()->selectProvider(m_grandchild));
        QTreeView *tree = browser()->tree();
        const QModelIndex rootIndex = tree->currentIndex().parent().parent();
        QVERIFY(tree->isExpanded(rootIndex));
        ProviderModel *model = m_controller->providerModel();
        const qint64 before = model->find(m_other)->provider.generation;

        // Another client changes the server behind our back.
        const QString second = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(m_other, { m_aggregate, second }) > before);
        const QString added = m_live.createProvider(m_prefix + QStringLiteral("-late"));
        QVERIFY(!added.isEmpty());

        QSignalSpy resets(model, &QAbstractItemModel::modelReset);
        QVERIFY(loadAndWait());
        QCOMPARE(resets.count(), 0);
        QCOMPARE(browser()->currentUuid(), m_grandchild);
        QVERIFY(tree->isExpanded(tree->currentIndex().parent().parent()));
        const int row = model->rowOf(m_other);
        QVERIFY(model->index(row, 0).data(ProviderModel::GenerationChangedRole).toBool());
        QCOMPARE(model->find(m_other)->aggregates.aggregates.size(), 2);
        QVERIFY(!model->index(model->rowOf(m_root), 0).data(ProviderModel::GenerationChangedRole).toBool());
        QVERIFY(model->find(added));
        QCOMPARE(shownUuids().size(), 5);
    }

    void aggregateCheckAgainstServer()
    {
        m_window->action(QStringLiteral("showAggregates"))->trigger();
        AggregatePage *page = m_window->aggregatePage();
        page->selectAggregate(m_aggregate);
        QCOMPARE(page->currentAggregate(), m_aggregate);
        QTRY_COMPARE(page->memberView()->model()->rowCount(), 3);
        QSignalSpy checked(m_controller.get(), &AppController::aggregateChecked);
        Q_EMIT page->checkRequested(m_aggregate);
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.constFirst().at(1).toBool(), true);
        // Now the server moves on without us: the check must notice.
        QVERIFY(m_live.putAggregates(m_root, {}) >= 0);
        Q_EMIT page->checkRequested(m_aggregate);
        QVERIFY(checked.wait(10000));
        QCOMPARE(checked.constLast().at(1).toBool(), false);
        QVERIFY(page->checkResultText().contains(QStringLiteral("no longer")));
        m_window->action(QStringLiteral("showProviders"))->trigger();
        QVERIFY(loadAndWait());
    }

    void copySelectionAsText()
    {
        browser()->setTreeMode(false);
        browser()->setQuickFilter(m_prefix + QStringLiteral("-other"));
        QVERIFY(browser()->selectProvider(m_other));
        browser()->table()->setFocus();
        m_window->action(QStringLiteral("copy"))->trigger();
        const QStringList lines = QApplication::clipboard()->text().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("Name\t")));
        QVERIFY(lines.at(1).contains(m_other));
        QVERIFY(lines.at(1).contains(m_aggregate)); // full aggregate UUIDs, not the short form
    }

    void exportRespectsFilterAndColumns_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::addRow("json") << QStringLiteral("json");
        QTest::addRow("csv") << QStringLiteral("csv");
    }

    void exportRespectsFilterAndColumns()
    {
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        browser()->setTreeMode(false);
        browser()->setQuickFilter(m_prefix);
        browser()->table()->setColumnHidden(ProviderModel::MemoryColumn, true);
        const QString path = dir.filePath(QStringLiteral("view.") + suffix);
        m_window->exportViewTo(path); // what File → Export View does after its file dialog
        QVERIFY2(m_window->statusBar()->currentMessage().contains(path),
                 qPrintable(m_window->statusBar()->currentMessage()));
        browser()->table()->setColumnHidden(ProviderModel::MemoryColumn, false);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        if (suffix == QLatin1String("json")) {
            const QJsonArray providers
                = QJsonDocument::fromJson(bytes).object().value(QStringLiteral("providers")).toArray();
            QCOMPARE(providers.size(), 5);
            for (const QJsonValue &value : providers) {
                const QJsonObject p = value.toObject();
                QVERIFY(p.value(QStringLiteral("name")).toString().startsWith(m_prefix));
                QVERIFY(!p.contains(QStringLiteral("MEMORY_MB")));
                QVERIFY(p.contains(QStringLiteral("VCPU")));
                QVERIFY(p.value(QStringLiteral("aggregates_generation")).toInteger(-1) >= 0);
                if (p.value(QStringLiteral("uuid")).toString() == m_grandchild) {
                    QCOMPARE(p.value(QStringLiteral("parent_provider_uuid")).toString(), m_child);
                    QCOMPARE(p.value(QStringLiteral("aggregates")).toArray().first().toString(), m_aggregate);
                }
            }
        } else {
            const QList<QByteArray> lines = bytes.trimmed().split('\n');
            QCOMPARE(lines.size(), 6); // header + five providers
            QVERIFY(lines.at(0).startsWith("name,uuid,"));
            QVERIFY(!lines.at(0).contains("MEMORY_MB"));
            QVERIFY(bytes.contains(m_grandchild.toLatin1()));
        }
    }

    void cleanupTestCase()
    {
        m_controller.reset();
        m_window.reset();
    }
};

QTEST_MAIN(TestMainWindowLive)
#include "tst_mainwindow_live.moc"
