// The edit actions wired into the real window: F2 opens the editor on a fresh read, a save
// updates the row (set and generation) and the status bar, the request log shows the PUT,
// Ctrl+Z undoes through a new generation-checked save, and read-only mode disables writes.

#include "aggregateeditcontroller.h"
#include "aggregateeditordialog.h"
#include "appcontroller.h"
#include "appmodels.h"
#include "bulkeditdialog.h"
#include "commandline.h"
#include "conflictdialog.h"
#include "detailspane.h"
#include "driftrepairdialog.h"
#include "editactions.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "providerbrowser.h"
#include "providerfilterproxy.h"
#include "providerloader.h"
#include "providermodel.h"
#include "requestlog.h"
#include "serverfilterpanel.h"

#include <QAction>
#include <QCompleter>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>

class TestEditWiringLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    std::unique_ptr<AppModels> m_models;
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
        m_models = std::make_unique<AppModels>();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_controller = std::make_unique<AppController>(m_models.get(), m_window.get());
        m_window->show();
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_controller->connectTo(m_live.url(), m_live.token());
        QVERIFY(done.wait(60000));
        QVERIFY(m_window->browser()->selectProvider(m_provider));
    }

    bool reloadAndWait()
    {
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_window->action(QStringLiteral("refresh"))->trigger();
        return done.wait(60000);
    }
    // Selects these providers' rows in the table, the first one current.
    void selectRows(const QStringList &uuids)
    {
        m_window->browser()->setTreeMode(false);
        m_window->browser()->setQuickFilter({});
        QVERIFY(m_window->browser()->selectProvider(uuids.first()));
        QItemSelectionModel *selection = m_window->browser()->table()->selectionModel();
        for (const QString &uuid : uuids) {
            const QModelIndex source
                = m_controller->providerModel()->index(m_controller->providerModel()->rowOf(uuid), 0);
            selection->select(m_window->browser()->tableProxy()->mapFromSource(source),
                              QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    QString detailsText() const { return m_window->detailsPane()->text(); }

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

    // Issue 9, defect 3: the trait list asked for on connect used to be cancelled by the first
    // load, so trait completion in the server filter was always empty.
    void theTraitListSurvivesTheFirstLoad()
    {
        bool completes = false;
        for (const QLineEdit *edit : m_window->serverFilterPanel()->findChildren<QLineEdit *>()) {
            if (edit->completer() && edit->completer()->model()->rowCount() > 0)
                completes = true;
        }
        QVERIFY(completes);
    }

    // Issue 9, defect 3: a refresh during a save used to cancel the PUT; the editor stayed
    // "Applying…" for ever and nobody knew whether the write happened.
    void aRefreshDuringASaveNeverCancelsIt()
    {
        QVERIFY(m_window->browser()->selectProvider(m_provider));
        AggregateEditorDialog *editor = openEditorWith(m_window->action(QStringLiteral("editAggregates")));
        QVERIFY(editor);
        const QString added = LiveServer::newUuid();
        editor->addText(added);
        QSignalSpy saved(m_controller->edits(), &AggregateEditController::aggregatesSaved);
        QSignalSpy loaded(m_controller.get(), &AppController::loadFinished);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QCOMPARE(editor->session()->state(), AggregateEditSession::State::Saving);
        QVERIFY(m_controller->edits()->isWriting());
        m_controller->reload(); // F5 while the PUT is on its way
        QVERIFY(saved.wait(20000));
        QVERIFY(serverSet().contains(added));
        QTRY_VERIFY(!m_controller->edits()->editor());
        QVERIFY(loaded.count() > 0 || loaded.wait(60000));
    }

    void aRefreshDuringABulkEditNeverCancelsIt()
    {
        QStringList providers;
        for (int i = 0; i < 4; ++i)
            providers << m_live.createProvider(QStringLiteral("wiring-bulk"));
        QVERIFY(!providers.contains(QString()));
        QVERIFY(reloadAndWait());
        selectRows(providers);
        m_window->action(QStringLiteral("bulkAdd"))->trigger();
        BulkEditDialog *bulk = m_controller->edits()->bulkDialog();
        QVERIFY(bulk);
        const QString target = LiveServer::newUuid();
        bulk->addText(target);
        QTest::mouseClick(bulk->reviewButton(), Qt::LeftButton);
        QTest::mouseClick(bulk->startButton(), Qt::LeftButton);
        QVERIFY(bulk->edit());
        QVERIFY(m_controller->edits()->isWriting());
        QSignalSpy finished(bulk->edit(), &BulkAggregateEdit::finished);
        m_controller->reload();
        QVERIFY(finished.wait(30000));
        QCOMPARE(bulk->edit()->count(BulkOutcome::Status::Done), 4);
        for (const QString &uuid : providers)
            QCOMPARE(m_live.aggregatesOf(uuid), QStringList { target });
        QVERIFY(bulk->cancelButton()->isEnabled() == false);
        bulk->reject();
        QTRY_VERIFY(!m_controller->edits()->bulkDialog());
    }

    // Issue 15: after a bulk edit, Ctrl+Z on one of its providers offers the whole bulk edit;
    // the undo previews every provider, sends nothing before Apply, and keeps what others did.
    void undoOfABulkEditOffersTheWholeRun()
    {
        QStringList providers;
        for (int i = 0; i < 3; ++i)
            providers << m_live.createProvider(QStringLiteral("wiring-undo-bulk"));
        QVERIFY(!providers.contains(QString()));
        const QString kept = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(providers.at(0), { kept }) > 0); // had it before: stays
        QVERIFY(reloadAndWait());
        selectRows(providers);
        m_window->action(QStringLiteral("bulkAdd"))->trigger();
        BulkEditDialog *bulk = m_controller->edits()->bulkDialog();
        QVERIFY(bulk);
        const QString added = LiveServer::newUuid();
        bulk->addText(added);
        QTest::mouseClick(bulk->reviewButton(), Qt::LeftButton);
        QTest::mouseClick(bulk->startButton(), Qt::LeftButton);
        QVERIFY(bulk->edit());
        QSignalSpy finished(bulk->edit(), &BulkAggregateEdit::finished);
        QVERIFY(finished.wait(30000));
        QCOMPARE(bulk->edit()->count(BulkOutcome::Status::Done), 3);
        bulk->reject();
        QTRY_VERIFY(!m_controller->edits()->bulkDialog());
        // Someone adds another aggregate to the second provider meanwhile.
        const QString theirs = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(providers.at(1), m_live.aggregatesOf(providers.at(1)) + QStringList { theirs })
                > 0);

        QVERIFY(m_window->browser()->selectProvider(providers.at(2)));
        m_window->action(QStringLiteral("undoAggregates"))->trigger(); // Ctrl+Z
        QMessageBox *question = m_window->editActions()->bulkUndoQuestion();
        QVERIFY(question);
        QVERIFY2(question->text().contains(QStringLiteral("2 other provider(s)")), qPrintable(question->text()));
        QAbstractButton *whole = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                whole = button;
        }
        QVERIFY(whole);
        QTest::mouseClick(whole, Qt::LeftButton);
        DriftRepairDialog *undo = m_controller->edits()->bulkUndoDialog();
        QVERIFY(undo);
        QCOMPARE(undo->previewList()->count(), 3);
        QVERIFY(!m_controller->edits()->isWriting()); // nothing sent before Apply
        QCOMPARE(m_live.aggregatesOf(providers.at(2)), QStringList { added });
        QTest::mouseClick(undo->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(undo->summaryText().startsWith(QStringLiteral("Finished")), 30000);
        QCOMPARE(m_live.aggregatesOf(providers.at(0)), QStringList { kept });
        QCOMPARE(m_live.aggregatesOf(providers.at(1)), QStringList { theirs });
        QCOMPARE(m_live.aggregatesOf(providers.at(2)), QStringList());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("3 done")),
                 qPrintable(m_window->statusBar()->currentMessage()));
        undo->reject();
        QTRY_VERIFY(!m_controller->edits()->bulkUndoDialog());
    }

    // Issue 9, defect 3: the auto-refresh waits while a write is in flight, then runs.
    void autoRefreshWaitsForAWrite()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->loader()->isLoading(), 60000);
        QVERIFY(m_window->browser()->selectProvider(m_provider));
        AggregateEditorDialog *editor = openEditorWith(m_window->action(QStringLiteral("editAggregates")));
        QVERIFY(editor);
        editor->addText(LiveServer::newUuid());
        QSignalSpy saved(m_controller->edits(), &AggregateEditController::aggregatesSaved);
        QSignalSpy loaded(m_controller.get(), &AppController::loadFinished);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        Q_EMIT m_window->autoRefreshDue();
        QVERIFY(!m_controller->loader()->isLoading()); // held back, not dropped
        QVERIFY(saved.wait(20000));
        QVERIFY(loaded.wait(60000)); // and run once the write is answered
    }

    // Issue 9, defect 4: F2 with several rows selected said nothing and edited one.
    void editWithSeveralSelectedAsksFirst()
    {
        const QString second = m_live.createProvider(QStringLiteral("wiring-second"));
        QVERIFY(!second.isEmpty());
        QVERIFY(reloadAndWait());
        selectRows({ m_provider, second });
        QSignalSpy opened(m_controller->edits(), &AggregateEditController::editorOpened);
        m_window->action(QStringLiteral("editAggregates"))->trigger();
        QMessageBox *question = m_window->editActions()->multiSelectionQuestion();
        QVERIFY(question);
        QVERIFY(question->isVisible());
        QVERIFY2(question->text().contains(tr("2 providers are selected")), qPrintable(question->text()));
        QCOMPARE(opened.count(), 0); // nothing opened behind the question
        QAbstractButton *editOne = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                editOne = button;
        }
        QVERIFY(editOne);
        QTest::mouseClick(editOne, Qt::LeftButton);
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_controller->edits()->editor()->session()->providerUuid(), m_provider);
        m_controller->edits()->editor()->reject();
        QTRY_VERIFY(!m_controller->edits()->editor());
    }

    // Issue 9, defect 7: while the conflict prompt is open, and after Reload, the details
    // pane and the status bar show the server's generation, not the one the edit began at.
    void conflictAndReloadShowTheServersNumbers()
    {
        QVERIFY(m_window->browser()->selectProvider(m_provider));
        AggregateEditorDialog *editor = openEditorWith(m_window->action(QStringLiteral("editAggregates")));
        QVERIFY(editor);
        const qint64 started = editor->session()->base().generation;
        QTRY_VERIFY(detailsText().contains(tr("Aggregates (read at generation %1)").arg(started)));
        const QString theirs = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(m_provider, serverSet() + QStringList { theirs }) > started);
        const qint64 server = m_live.generationOf(m_provider);
        editor->addText(LiveServer::newUuid());
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(editor->conflictDialog(), 20000);
        const QString generation = tr("generation %1").arg(server);
        QTRY_VERIFY_WITH_TIMEOUT(detailsText().contains(tr("Aggregates (read at generation %1)").arg(server)), 20000);
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QString::number(server)),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QCOMPARE(m_controller->providerModel()->find(m_provider)->aggregates.generation, server);
        ConflictDialog *prompt = editor->conflictDialog();
        QTest::mouseClick(prompt->reloadButton(), Qt::LeftButton);
        QTest::mouseClick(prompt->confirmDropButton(), Qt::LeftButton);
        QTRY_VERIFY(!editor->conflictDialog());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(generation),
                 qPrintable(m_window->statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(detailsText().contains(theirs), 20000);
        editor->reject();
        QTRY_VERIFY(!m_controller->edits()->editor());
    }

    // Issue 9, defect 8: invalid entries were left out without a word in the saved message.
    void theSavedMessageNamesWhatWasNotSent()
    {
        QVERIFY(m_window->browser()->selectProvider(m_provider));
        AggregateEditorDialog *editor = openEditorWith(m_window->action(QStringLiteral("editAggregates")));
        QVERIFY(editor);
        const QString added = LiveServer::newUuid();
        editor->addText(QStringLiteral("%1 rack-7 not/a/uuid").arg(added));
        QCOMPARE(editor->rejectedInputs().size(), 2);
        QSignalSpy saved(m_controller->edits(), &AggregateEditController::aggregatesSaved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(20000));
        const QString message = m_window->statusBar()->currentMessage();
        QVERIFY2(message.contains(tr("1 added")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("rack-7")) && message.contains(QStringLiteral("not/a/uuid")),
                 qPrintable(message));
        QVERIFY2(message.contains(tr("Not sent")), qPrintable(message));
        QTRY_VERIFY(!m_controller->edits()->editor());
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
