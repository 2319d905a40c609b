// The edit actions wired into the real window: F2 opens the editor on a fresh read, a save
// updates the row (set and generation) and the status bar, the request log shows the PUT,
// Ctrl+Z undoes through a new generation-checked save, and read-only mode disables writes.

#include "aggregateeditcontroller.h"
#include "aggregateeditordialog.h"
#include "appcontroller.h"
#include "commandline.h"
#include "editactions.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "providerbrowser.h"
#include "providermodel.h"
#include "requestlog.h"

#include <QAction>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

class TestEditWiringLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppController> m_controller;
    QString m_provider;

    QStringList serverSet() { return m_live.aggregatesOf(m_provider); }
    AggregateEditorDialog *openEditorWith(QAction *action)
    {
        QSignalSpy opened(m_controller->edits(), &AggregateEditController::editorOpened);
        action->trigger();
        if (!opened.wait(10000))
            return nullptr;
        return m_controller->edits()->editor();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        m_provider = m_live.createProvider(QStringLiteral("wiring"));
        QVERIFY(m_live.putAggregates(m_provider, { LiveServer::newUuid() }) > 0);
        m_window = std::make_unique<MainWindow>();
        m_controller = std::make_unique<AppController>(m_window.get());
        m_window->show();
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_controller->connectTo(m_live.url(), m_live.token());
        QVERIFY(done.wait(60000));
        QVERIFY(m_window->browser()->selectProvider(m_provider));
    }

    void editSaveUpdatesRowStatusAndLogThenUndo()
    {
        const QStringList before = serverSet();
        AggregateEditorDialog *editor = openEditorWith(m_window->action(QStringLiteral("editAggregates")));
        QVERIFY(editor);
        const QString added = LiveServer::newUuid();
        editor->addText(added);
        QSignalSpy saved(m_controller->edits(), &AggregateEditController::aggregatesSaved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QStringList expected = before + QStringList { added };
        expected.sort();
        QCOMPARE(serverSet(), expected);
        const ProviderModel::Row *row = m_controller->providerModel()->find(m_provider);
        QVERIFY(row);
        QCOMPARE(row->aggregates.generation, m_live.generationOf(m_provider));
        QVERIFY(row->aggregates.aggregates.contains(added));
        QVERIFY(m_window->statusBar()->currentMessage().contains(tr("1 added")));
        const RequestLog *log = m_controller->client()->log();
        bool putLogged = false;
        for (int i = 0; i < log->size(); ++i)
            putLogged |= log->at(i).method == "PUT" && log->at(i).url.contains(m_provider) && log->at(i).status == 200;
        QVERIFY(putLogged);

        // Undo: a new session from the current state back to the previous set.
        QTRY_VERIFY(!m_controller->edits()->editor());
        QAction *undo = m_window->action(QStringLiteral("undoAggregates"));
        QVERIFY(undo->isEnabled());
        AggregateEditorDialog *undoEditor = openEditorWith(undo);
        QVERIFY(undoEditor);
        QCOMPARE(undoEditor->session()->pendingChange().removed, QStringList { added });
        QTest::mouseClick(undoEditor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverSet(), before);
    }

    void readOnlyDisablesEveryWrite()
    {
        const CommandLineOptions options
            = CommandLine::parse({ QStringLiteral("placement-inspector"), QStringLiteral("--read-only") });
        QVERIFY(options.readOnly);
        m_controller->setReadOnly(options.readOnly);
        for (QAction *action : m_window->editActions()->writeActions())
            QVERIFY2(!action->isEnabled(), qPrintable(action->objectName()));
        auto *badge = m_window->findChild<QLabel *>(QStringLiteral("readOnlyBadge"));
        QVERIFY(badge && badge->isVisible());
        QVERIFY(m_window->windowTitle().contains(tr("read-only")));
        m_window->action(QStringLiteral("editAggregates"))->trigger();
        QTest::qWait(200);
        QVERIFY(!m_controller->edits()->editor());
        m_controller->setReadOnly(false);
        QVERIFY(m_window->action(QStringLiteral("editAggregates"))->isEnabled());
        QVERIFY(!badge->isVisible());
    }
};

QTEST_MAIN(TestEditWiringLive)
#include "tst_editwiring_live.moc"
