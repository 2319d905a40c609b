// The journal against the real Placement, through the window's own paths: a single edit, its
// undo, a bulk edit that meets a conflict, the undo of that whole run and a revert from the
// journal each appear with the right sets, generations and request ids (the request log's
// answer to that PUT), in the file too; and the file holds no token.

#include "aggregateeditcontroller.h"
#include "aggregateeditordialog.h"
#include "appcontroller.h"
#include "appmodels.h"
#include "bulkeditdialog.h"
#include "driftanalysis.h"
#include "driftrepaircontroller.h"
#include "driftrepairdialog.h"
#include "editactions.h"
#include "journal.h"
#include "journaldock.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "providerbrowser.h"
#include "providerfilterproxy.h"
#include "providerloader.h"
#include "providermodel.h"
#include "requestlog.h"
#include "testwaits.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

class TestJournalLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    std::unique_ptr<AppModels> m_models;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<AppController> m_controller;

    Journal *journal() const { return m_models->journal(); }
    QList<JournalEntry> entriesOf(const QString &uuid) const
    {
        QList<JournalEntry> result;
        for (const JournalEntry &entry : journal()->entries()) {
            if (entry.providerUuid == uuid)
                result << entry;
        }
        return result;
    }
    // The request id of the newest answered PUT of this provider's aggregates, as the request
    // log received it from the server.
    QString loggedPutRequestId(const QString &uuid, int status = 200) const
    {
        const RequestLog *log = m_controller->client()->log();
        for (int i = log->size() - 1; i >= 0; --i) {
            const RequestLogEntry &e = log->at(i);
            if (e.method == "PUT" && e.url.endsWith(QStringLiteral("/resource_providers/%1/aggregates").arg(uuid))
                && e.status == status)
                return e.requestId;
        }
        return {};
    }
    bool reloadAndWait()
    {
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_window->action(QStringLiteral("refresh"))->trigger();
        return done.wait(unitWaitMs);
    }
    AggregateEditorDialog *openEditorWith(QAction *action)
    {
        QSignalSpy opened(m_controller->edits(), &AggregateEditController::editorOpened);
        action->trigger();
        if (!opened.wait(unitWaitMs))
            return nullptr;
        return m_controller->edits()->editor();
    }
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
    // What the file holds for this provider, read back by a fresh store.
    QList<JournalEntry> fileEntriesOf(const QString &uuid) const
    {
        const JournalReadResult read = journal()->store().read(journal()->connectionKey());
        QList<JournalEntry> result;
        for (const JournalEntry &entry : read.entries) {
            if (entry.providerUuid == uuid)
                result << entry;
        }
        return result;
    }
    void runUndoDialog(DriftRepairDialog *dialog)
    {
        QVERIFY(dialog);
        QVERIFY(!m_controller->edits()->isWriting()); // nothing sent before Apply
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryText().startsWith(QStringLiteral("Finished")), unitWaitMs);
        dialog->reject();
        QTRY_VERIFY(!m_controller->edits()->bulkUndoDialog());
    }

    // Adds `added` to these providers through the bulk dialog and waits for the run.
    void bulkAdd(const QStringList &providers, const QString &added)
    {
        QVERIFY(reloadAndWait());
        selectRows(providers);
        m_window->action(QStringLiteral("bulkAdd"))->trigger();
        BulkEditDialog *bulk = m_controller->edits()->bulkDialog();
        QVERIFY(bulk);
        bulk->addText(added);
        QTest::mouseClick(bulk->reviewButton(), Qt::LeftButton);
        QTest::mouseClick(bulk->startButton(), Qt::LeftButton);
        QVERIFY(bulk->edit());
        QSignalSpy finished(bulk->edit(), &BulkAggregateEdit::finished);
        QVERIFY(bulk->edit()->isRunning() ? finished.wait(unitWaitMs) : true);
        QCOMPARE(bulk->edit()->count(BulkOutcome::Status::Done), providers.size());
        bulk->reject();
        QTRY_VERIFY(!m_controller->edits()->bulkDialog());
    }

private Q_SLOTS:
    void initTestCase()
    {
        // The journal goes to the test's own data location, started empty.
        QStandardPaths::setTestModeEnabled(true);
        QDir(JournalStore::defaultDirectory()).removeRecursively();
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        m_models = std::make_unique<AppModels>();
        m_window = std::make_unique<MainWindow>(m_models->forWindow());
        m_controller = std::make_unique<AppController>(m_models.get(), m_window.get());
        m_window->show();
        QSignalSpy done(m_controller.get(), &AppController::loadFinished);
        m_controller->connectTo(m_live.url(), m_live.token());
        QVERIFY(done.wait(unitWaitMs));
        QVERIFY(!journal()->connectionKey().isEmpty());
        QVERIFY(journal()->store().directory().startsWith(QDir::homePath() + QStringLiteral("/.qttest")));
    }

    void singleEditAndItsUndo()
    {
        const QString provider = m_live.createProvider(QStringLiteral("journal-single"));
        const QString kept = LiveServer::newUuid();
        const qint64 start = m_live.putAggregates(provider, { kept });
        QVERIFY(start > 0);
        QVERIFY(reloadAndWait());
        QVERIFY(m_window->browser()->selectProvider(provider));

        AggregateEditorDialog *editor = openEditorWith(m_window->action(QStringLiteral("editAggregates")));
        QVERIFY(editor);
        const QString added = LiveServer::newUuid();
        editor->addText(added);
        QSignalSpy saved(m_controller->edits(), &AggregateEditController::aggregatesSaved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(unitWaitMs));
        QTRY_COMPARE(entriesOf(provider).size(), 1);
        const JournalEntry edit = entriesOf(provider).first();
        QCOMPARE(edit.kind, JournalEntry::Kind::Single);
        QCOMPARE(edit.outcome, JournalEntry::Outcome::Done);
        QCOMPARE(edit.conflicts, 0);
        QCOMPARE(edit.before, QStringList { kept });
        QCOMPARE(edit.generationBefore, start);
        QCOMPARE(sorted(edit.after), m_live.aggregatesOf(provider));
        QCOMPARE(edit.generationAfter, m_live.generationOf(provider));
        QCOMPARE(edit.added(), QStringList { added });
        QVERIFY(!edit.requestId.isEmpty());
        QCOMPARE(edit.requestId, loggedPutRequestId(provider));
        QCOMPARE(edit.method, QStringLiteral("PUT"));
        QCOMPARE(edit.path, QStringLiteral("/resource_providers/%1/aggregates").arg(provider));
        QCOMPARE(edit.body.value(QStringLiteral("resource_provider_generation")).toInteger(), start);
        QCOMPARE(edit.providerName, m_controller->providerModel()->displayName(provider));
        QCOMPARE(edit.time.timeSpec(), Qt::UTC);
        // In the file as in memory.
        QCOMPARE(fileEntriesOf(provider).size(), 1);
        QCOMPARE(fileEntriesOf(provider).first().requestId, edit.requestId);
        QCOMPARE(fileEntriesOf(provider).first().after, edit.after);

        // Ctrl+Z: an undo entry that takes the addition back.
        QTRY_VERIFY(!m_controller->edits()->editor());
        AggregateEditorDialog *undo = openEditorWith(m_window->action(QStringLiteral("undoAggregates")));
        QVERIFY(undo);
        QTest::mouseClick(undo->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(unitWaitMs));
        QTRY_COMPARE(entriesOf(provider).size(), 2);
        const JournalEntry undone = entriesOf(provider).at(1);
        QCOMPARE(undone.kind, JournalEntry::Kind::Undo);
        QCOMPARE(undone.revertOf, edit.id);
        QCOMPARE(undone.outcome, JournalEntry::Outcome::Done);
        QCOMPARE(sorted(undone.before), sorted(edit.after));
        QCOMPARE(undone.generationBefore, edit.generationAfter);
        QCOMPARE(undone.after, QStringList { kept });
        QCOMPARE(undone.generationAfter, m_live.generationOf(provider));
        QCOMPARE(undone.requestId, loggedPutRequestId(provider));
        QVERIFY(undone.requestId != edit.requestId);
        QTRY_VERIFY(!m_controller->edits()->editor());
    }

    void bulkEditWithAConflictThenUndoOfTheWholeRun()
    {
        QStringList providers;
        for (int i = 0; i < 3; ++i)
            providers << m_live.createProvider(QStringLiteral("journal-bulk"));
        QVERIFY(!providers.contains(QString()));
        const QString raced = providers.at(1);
        QVERIFY(reloadAndWait());
        selectRows(providers);
        m_window->action(QStringLiteral("bulkAdd"))->trigger();
        BulkEditDialog *bulk = m_controller->edits()->bulkDialog();
        QVERIFY(bulk);
        const QString added = LiveServer::newUuid();
        bulk->addText(added);
        QTest::mouseClick(bulk->reviewButton(), Qt::LeftButton);

        // Another writer bumps the raced provider between the run's read and its PUT.
        qint64 bumpedTo = -1;
        const RequestLog *log = m_controller->client()->log();
        QMetaObject::Connection bump = connect(log, &RequestLog::entryAdded, this, [&] {
            const RequestLogEntry &last = log->at(log->size() - 1);
            // The run's own read (a refresh's read of the provider must not take the bump).
            if (bumpedTo < 0 && m_controller->edits()->isWriting() && !m_controller->loader()->isLoading()
                && last.method == "GET" && last.url.contains(raced))
                bumpedTo = m_live.bumpGenerationViaTraits(raced, { QStringLiteral("HW_CPU_X86_AVX2") });
        });
        QTest::mouseClick(bulk->startButton(), Qt::LeftButton);
        QVERIFY(bulk->edit());
        QSignalSpy finished(bulk->edit(), &BulkAggregateEdit::finished);
        QVERIFY(bulk->edit()->isRunning() ? finished.wait(unitWaitMs) : true);
        disconnect(bump);
        QVERIFY(bumpedTo > 0);
        QCOMPARE(bulk->edit()->count(BulkOutcome::Status::Done), 3);
        bulk->reject();
        QTRY_VERIFY(!m_controller->edits()->bulkDialog());

        QString batch;
        for (const QString &uuid : providers) {
            QCOMPARE(entriesOf(uuid).size(), 1);
            const JournalEntry entry = entriesOf(uuid).first();
            QCOMPARE(entry.kind, JournalEntry::Kind::Bulk);
            QVERIFY(!entry.batchId.isEmpty());
            if (batch.isEmpty())
                batch = entry.batchId;
            QCOMPARE(entry.batchId, batch);
            QCOMPARE(entry.outcome, JournalEntry::Outcome::Done);
            QCOMPARE(entry.before, QStringList());
            QCOMPARE(entry.after, QStringList { added });
            QCOMPARE(entry.after, m_live.aggregatesOf(uuid));
            QCOMPARE(entry.generationAfter, m_live.generationOf(uuid));
            QCOMPARE(entry.requestId, loggedPutRequestId(uuid));
            QVERIFY(!entry.requestId.isEmpty());
            QCOMPARE(entry.conflicts, uuid == raced ? 1 : 0);
        }
        // The raced write went out at the generation the other writer left.
        QCOMPARE(entriesOf(raced).first().generationBefore, bumpedTo);
        QCOMPARE(entriesOf(raced).first().outcomeText(), QStringLiteral("Done after 1 conflict(s)"));
        QCOMPARE(journal()->batch(batch).size(), 3);

        // Ctrl+Z on one of them, "the whole bulk edit": three undo entries naming the batch.
        QVERIFY(m_window->browser()->selectProvider(providers.at(2)));
        m_window->action(QStringLiteral("undoAggregates"))->trigger();
        QMessageBox *question = m_window->editActions()->bulkUndoQuestion();
        QVERIFY(question);
        QAbstractButton *whole = nullptr;
        for (QAbstractButton *button : question->buttons()) {
            if (question->buttonRole(button) == QMessageBox::AcceptRole)
                whole = button;
        }
        QVERIFY(whole);
        QTest::mouseClick(whole, Qt::LeftButton);
        runUndoDialog(m_controller->edits()->bulkUndoDialog());
        QString undoBatch;
        for (const QString &uuid : providers) {
            QCOMPARE(m_live.aggregatesOf(uuid), QStringList());
            QCOMPARE(entriesOf(uuid).size(), 2);
            const JournalEntry undo = entriesOf(uuid).at(1);
            QCOMPARE(undo.kind, JournalEntry::Kind::Undo);
            QCOMPARE(undo.revertOf, batch);
            QVERIFY(!undo.batchId.isEmpty() && undo.batchId != batch);
            if (undoBatch.isEmpty())
                undoBatch = undo.batchId;
            QCOMPARE(undo.batchId, undoBatch);
            QCOMPARE(undo.before, QStringList { added });
            QCOMPARE(undo.after, QStringList());
            QCOMPARE(undo.generationAfter, m_live.generationOf(uuid));
            QCOMPARE(undo.requestId, loggedPutRequestId(uuid));
        }
    }

    // A revert from the journal: previewed, applied through the generation-checked machinery
    // (an aggregate someone added since stays), and itself journalled as a revert of the entry.
    void revertOfAnEntryRestoresTheServerSet()
    {
        const QString provider = m_live.createProvider(QStringLiteral("journal-revert"));
        QVERIFY(reloadAndWait());
        QVERIFY(m_window->browser()->selectProvider(provider));
        AggregateEditorDialog *editor = openEditorWith(m_window->action(QStringLiteral("editAggregates")));
        QVERIFY(editor);
        const QString added = LiveServer::newUuid();
        editor->addText(added);
        QSignalSpy saved(m_controller->edits(), &AggregateEditController::aggregatesSaved);
        QTest::mouseClick(editor->saveButton(), Qt::LeftButton);
        QVERIFY(saved.wait(unitWaitMs));
        QTRY_VERIFY(!m_controller->edits()->editor());
        QTRY_COMPARE(entriesOf(provider).size(), 1);
        const JournalEntry edit = entriesOf(provider).first();
        const QString theirs = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(provider, m_live.aggregatesOf(provider) + QStringList { theirs }) > 0);

        // From the dock: select the entry, copy its command and request id, revert it.
        JournalDock *dock = m_window->journalDock();
        QVERIFY(dock);
        m_window->action(QStringLiteral("showJournal"))->trigger();
        QVERIFY(dock->isVisible());
        QVERIFY(dock->selectEntry(edit.id));
        QCOMPARE(dock->currentEntry()->id, edit.id);
        QVERIFY(dock->copyCommandButton()->isEnabled());
        QTest::mouseClick(dock->copyCommandButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), edit.toCommand());
        QVERIFY(
            edit.toCommand().endsWith(QStringLiteral("--generation %1 %2").arg(edit.generationBefore).arg(provider)));
        QTest::mouseClick(dock->copyRequestIdButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), edit.requestId);
        QVERIFY(!dock->revertBatchButton()->isEnabled()); // a single edit has no batch
        QVERIFY(dock->revertButton()->isEnabled());
        QTest::mouseClick(dock->revertButton(), Qt::LeftButton);
        runUndoDialog(m_controller->edits()->bulkUndoDialog());
        QCOMPARE(m_live.aggregatesOf(provider), QStringList { theirs });
        QCOMPARE(entriesOf(provider).size(), 2);
        const JournalEntry revert = entriesOf(provider).at(1);
        QCOMPARE(revert.kind, JournalEntry::Kind::Revert);
        QCOMPARE(revert.revertOf, edit.id);
        QCOMPARE(revert.outcome, JournalEntry::Outcome::Done);
        QCOMPARE(sorted(revert.before), sorted({ added, theirs }));
        QCOMPARE(revert.after, QStringList { theirs });
        QCOMPARE(revert.requestId, loggedPutRequestId(provider));
    }

    // "Revert the whole batch" in the dock: one preview for every provider of the run.
    void revertOfAWholeBatchFromTheDock()
    {
        const QStringList providers { m_live.createProvider(QStringLiteral("journal-batch")),
                                      m_live.createProvider(QStringLiteral("journal-batch")) };
        QVERIFY(!providers.contains(QString()));
        const QString added = LiveServer::newUuid();
        bulkAdd(providers, added);
        QTRY_COMPARE(entriesOf(providers.at(1)).size(), 1);
        const JournalEntry entry = entriesOf(providers.at(1)).first();
        QVERIFY(!entry.batchId.isEmpty());

        JournalDock *dock = m_window->journalDock();
        dock->show();
        QVERIFY(dock->selectEntry(entry.id));
        QVERIFY(dock->revertBatchButton()->isEnabled());
        QTest::mouseClick(dock->revertBatchButton(), Qt::LeftButton);
        DriftRepairDialog *dialog = m_controller->edits()->bulkUndoDialog();
        QVERIFY(dialog);
        QCOMPARE(dialog->previewList()->count(), 2);
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Revert from the Journal")); // not "Undo Bulk Edit"
        runUndoDialog(dialog);
        for (const QString &uuid : providers) {
            QCOMPARE(m_live.aggregatesOf(uuid), QStringList());
            QCOMPARE(entriesOf(uuid).size(), 2);
            const JournalEntry revert = entriesOf(uuid).at(1);
            QCOMPARE(revert.kind, JournalEntry::Kind::Revert);
            QCOMPARE(revert.revertOf, entry.batchId);
            QCOMPARE(revert.after, QStringList());
            QCOMPARE(revert.requestId, loggedPutRequestId(uuid));
        }
    }

    // A drift repair writes through the bulk machinery too: one batch of `repair` entries.
    void driftRepairIsJournalled()
    {
        const QStringList providers { m_live.createProvider(QStringLiteral("journal-repair")),
                                      m_live.createProvider(QStringLiteral("journal-repair")) };
        QVERIFY(!providers.contains(QString()));
        const QString aggregate = LiveServer::newUuid();
        QVERIFY(m_live.putAggregates(providers.at(0), { aggregate }) > 0); // it exists: no first use
        QList<DriftItem> missing;
        for (const QString &uuid : providers) {
            DriftItem item;
            item.kind = DriftItem::Kind::Missing;
            item.aggregateUuid = aggregate;
            item.aggregateName = QStringLiteral("az-journal");
            item.providerUuid = uuid;
            item.providerName = QStringLiteral("node-%1").arg(uuid.left(8));
            item.host = item.providerName;
            missing << item;
        }
        m_controller->repairs()->repair(missing);
        DriftRepairDialog *dialog = m_controller->repairs()->dialog();
        QVERIFY(dialog);
        QSignalSpy repaired(m_controller->repairs(), &DriftRepairController::repaired);
        QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
        QVERIFY(repaired.wait(unitWaitMs));
        dialog->close();
        // The first provider had it already: unchanged, nothing written, nothing journalled.
        QCOMPARE(entriesOf(providers.at(0)).size(), 0);
        QCOMPARE(entriesOf(providers.at(1)).size(), 1);
        const JournalEntry repair = entriesOf(providers.at(1)).first();
        QCOMPARE(repair.kind, JournalEntry::Kind::Repair);
        QVERIFY(!repair.batchId.isEmpty());
        QCOMPARE(repair.providerName, missing.at(1).providerName);
        QCOMPARE(repair.before, QStringList());
        QCOMPARE(repair.after, QStringList { aggregate });
        QCOMPARE(repair.after, m_live.aggregatesOf(providers.at(1)));
        QCOMPARE(repair.generationAfter, m_live.generationOf(providers.at(1)));
        QCOMPARE(repair.requestId, loggedPutRequestId(providers.at(1)));
        QTRY_VERIFY_WITH_TIMEOUT(!m_controller->loader()->isLoading(), unitWaitMs); // the reload after a repair
    }

    void theFileHoldsNoToken()
    {
        QFile file(journal()->store().pathFor(journal()->connectionKey()));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        const QByteArray data = file.readAll();
        QVERIFY(data.count('\n') >= 10);
        QVERIFY(!m_live.token().isEmpty());
        QVERIFY2(!data.contains(m_live.token()), "the token is in the journal");
        QVERIFY(!data.contains("X-Auth-Token"));
        QVERIFY(!data.toLower().contains("x-auth-token"));
        const JournalReadResult read = JournalStore::parse(data);
        QVERIFY(read.problems.isEmpty());
        QCOMPARE(read.entries.size(), journal()->entries().size());
        qInfo().noquote() << "sample journal line:" << data.left(data.indexOf('\n'));
    }
};

QTEST_MAIN(TestJournalLive)
#include "tst_journal_live.moc"
