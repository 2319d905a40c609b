// The aggregate editor and its conflict prompt against the real Placement: the operator
// edits, a second client changes the same provider (its aggregates, or only its traits),
// the operator saves, and the test checks the prompt, each choice's result on the server,
// and that nothing the operator typed was lost.

#include "aggregateeditordialog.h"
#include "aggregateinput.h"
#include "conflictdialog.h"
#include "liveserver.h"
#include "placementclient.h"
#include "requestlog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

Q_DECLARE_METATYPE(PlacementError)

class TestAggregateEditorLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    PlacementClient m_client;
    QString m_a, m_b, m_c, m_d;
    QString m_provider;
    std::unique_ptr<AggregateEditorDialog> m_editor;

    // A provider with {A, B} on the server and an editor opened on what the server has.
    bool openEditor()
    {
        m_editor.reset();
        m_provider = m_live.createProvider(QStringLiteral("editor"));
        if (m_provider.isEmpty() || m_live.putAggregates(m_provider, { m_a, m_b }) < 0)
            return false;
        std::optional<Result<ProviderAggregates>> base;
        m_client.getAggregates(m_provider, this, [&](const Result<ProviderAggregates> &r) { base = r; });
        if (!QTest::qWaitFor([&] { return base.has_value(); }, 10000) || !base->ok())
            return false;
        auto *session = new AggregateEditSession(&m_client, m_provider, base->value());
        m_editor = std::make_unique<AggregateEditorDialog>(session, QStringLiteral("compute-1"));
        session->setParent(m_editor.get());
        // The controller's part: the editor asks, the session acts.
        connect(m_editor.get(), &AggregateEditorDialog::saveRequested, session, &AggregateEditSession::save);
        connect(m_editor.get(), &AggregateEditorDialog::conflictChoiceMade, session, &AggregateEditSession::choose);
        m_editor->show();
        return QTest::qWaitForWindowExposed(m_editor.get());
    }

    // What an operator does: type into the box and press Add; select a row and press Remove.
    void typeAndAdd(const QString &text)
    {
        QLineEdit *edit = m_editor->input()->comboBox()->lineEdit();
        edit->setText(text);
        QTest::mouseClick(m_editor->input()->addButton(), Qt::LeftButton);
    }
    void selectAndRemove(const QString &uuid)
    {
        QTreeWidget *view = m_editor->diffView();
        view->clearSelection();
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            if (view->topLevelItem(i)->data(0, AggregateEditorDialog::UuidRole).toString() == uuid)
                view->topLevelItem(i)->setSelected(true);
        }
        QVERIFY(m_editor->removeButton()->isEnabled());
        QTest::mouseClick(m_editor->removeButton(), Qt::LeftButton);
    }
    QString rowChange(const QString &key) const
    {
        QTreeWidget *view = m_editor->diffView();
        for (int i = 0; i < view->topLevelItemCount(); ++i) {
            if (view->topLevelItem(i)->data(0, AggregateEditorDialog::UuidRole).toString() == key)
                return view->topLevelItem(i)->text(AggregateEditorDialog::ChangeColumn);
        }
        return {};
    }
    QStringList serverSet() { return m_live.aggregatesOf(m_provider); }
    static QStringList sorted(QStringList list)
    {
        list.sort();
        return list;
    }
    static QStringList listUuids(const QListWidget *list)
    {
        QStringList uuids;
        for (int i = 0; i < list->count(); ++i) {
            const QString uuid = list->item(i)->data(Qt::UserRole).toString();
            if (!uuid.isEmpty())
                uuids << uuid;
        }
        return sorted(uuids);
    }
    int putsSent() const
    {
        int n = 0;
        for (int i = 0; i < m_client.log()->size(); ++i)
            n += m_client.log()->at(i).method == "PUT" ? 1 : 0;
        return n;
    }
    // The operator's edit in every race: add C (typed with junk and a duplicate), remove B.
    void makeTheEdit()
    {
        typeAndAdd(QStringLiteral("%1, not-a-uuid\n%2").arg(m_c, m_c.toUpper()));
        selectAndRemove(m_b);
    }
    ConflictDialog *saveAndWaitForPrompt()
    {
        QTest::mouseClick(m_editor->saveButton(), Qt::LeftButton);
        // Applying… at once, and no second save possible.
        [&] {
            QCOMPARE(m_editor->saveButton()->text(), tr("Applying…"));
            QVERIFY(!m_editor->saveButton()->isEnabled());
        }();
        if (!QTest::qWaitFor([&] { return m_editor->conflictDialog() != nullptr; }, 15000))
            return nullptr;
        return m_editor->conflictDialog();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        const auto caps = m_live.connectClient(m_client);
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().fullText()));
        m_a = LiveServer::newUuid();
        m_b = LiveServer::newUuid();
        m_c = LiveServer::newUuid();
        m_d = LiveServer::newUuid();
    }
    void cleanup() { m_editor.reset(); }

    void showsTheDiffFoldsDuplicatesAndNeverSendsInvalidInput()
    {
        QVERIFY(openEditor());
        QVERIFY(m_editor->headerText().contains(m_provider));
        QVERIFY(!m_editor->saveButton()->isEnabled()); // nothing to save yet
        makeTheEdit();
        QCOMPARE(rowChange(m_a), tr("kept"));
        QCOMPARE(rowChange(m_b), tr("− removed"));
        QCOMPARE(rowChange(m_c), tr("+ added"));
        QCOMPARE(rowChange(QStringLiteral("not-a-uuid")), tr("invalid, not sent"));
        // The duplicate is named, not silently dropped.
        QVERIFY(m_editor->summaryText().contains(tr("Already in the list: %1").arg(m_c.toUpper())));
        QVERIFY(m_editor->summaryText().contains(QStringLiteral("not-a-uuid")));
        QCOMPARE(m_editor->rejectedInputs(), QStringList { QStringLiteral("not-a-uuid") });
        QCOMPARE(m_editor->session()->wanted(), (QStringList { m_a, m_c }));

        QSignalSpy saved(m_editor->session(), &AggregateEditSession::saved);
        m_editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        QTest::keyClick(m_editor->diffView(), Qt::Key_S, Qt::ControlModifier); // Ctrl+S saves
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverSet(), sorted({ m_a, m_c }));
        QCOMPARE(m_editor->result(), int(QDialog::Accepted));
        QVERIFY(!m_client.log()->at(m_client.log()->size() - 1).requestBody.contains("not-a-uuid"));
    }

    void conflictPrompt_data()
    {
        QTest::addColumn<bool>("aggregatesChanged");
        QTest::addColumn<ConflictDialog::Choice>("choice");
        for (const bool aggregates : { true, false }) {
            const char *what = aggregates ? "aggregates" : "traits";
            QTest::addRow("%s changed, re-apply", what) << aggregates << ConflictDialog::Choice::Reapply;
            QTest::addRow("%s changed, reload", what) << aggregates << ConflictDialog::Choice::Reload;
            QTest::addRow("%s changed, keep editing", what) << aggregates << ConflictDialog::Choice::KeepEditing;
        }
    }
    void conflictPrompt()
    {
        QFETCH(bool, aggregatesChanged);
        QFETCH(ConflictDialog::Choice, choice);
        QVERIFY(openEditor());
        const qint64 baseGeneration = m_editor->session()->base().generation;
        makeTheEdit();

        // The race, for real: another client writes the same provider before the operator saves.
        const QStringList serverNow = aggregatesChanged ? QStringList { m_a, m_b, m_d } : QStringList { m_a, m_b };
        if (aggregatesChanged)
            QVERIFY(m_live.putAggregates(m_provider, serverNow) > 0);
        else
            QVERIFY(m_live.bumpGenerationViaTraits(m_provider, { QStringLiteral("HW_CPU_X86_AVX2") }) > 0);
        const qint64 serverGeneration = m_live.generationOf(m_provider);

        ConflictDialog *prompt = saveAndWaitForPrompt();
        QVERIFY(prompt);
        QVERIFY(prompt->isVisible());
        QVERIFY(prompt->windowTitle().contains(QStringLiteral("compute-1")));
        QCOMPARE(listUuids(prompt->startedList()), sorted({ m_a, m_b }));
        QCOMPARE(listUuids(prompt->serverList()), sorted(serverNow));
        QCOMPARE(listUuids(prompt->mineList()), sorted({ m_a, m_c, m_b })); // B shown struck out
        QVERIFY(prompt->findChildren<QLabel *>().size() > 0);
        const QString started = tr("You started from (generation %1)").arg(baseGeneration);
        const QString server = tr("Server now (generation %1)").arg(serverGeneration);
        bool haveHeaders = false;
        for (const QLabel *label : prompt->findChildren<QLabel *>())
            haveHeaders |= label->text().contains(started) && !label->text().isEmpty();
        QVERIFY(haveHeaders);
        bool haveServerHeader = false;
        for (const QLabel *label : prompt->findChildren<QLabel *>())
            haveServerHeader |= label->text().contains(server);
        QVERIFY(haveServerHeader);
        if (aggregatesChanged) {
            QVERIFY(prompt->explanation().contains(tr("The aggregates changed on the server")));
            QVERIFY(prompt->explanation().contains(m_d));
        } else {
            QVERIFY(prompt->explanation().contains(tr("only the generation moved")));
        }
        QVERIFY(prompt->mergedText().contains(m_c));
        QVERIFY(prompt->reapplyButton()->isDefault());
        // Nothing typed is lost while the prompt is up.
        QCOMPARE(m_editor->session()->wanted(), (QStringList { m_a, m_c }));
        QCOMPARE(m_editor->rejectedInputs(), QStringList { QStringLiteral("not-a-uuid") });
        const int putsBefore = putsSent();

        switch (choice) {
        case ConflictDialog::Choice::Reapply: {
            QSignalSpy saved(m_editor->session(), &AggregateEditSession::saved);
            QTest::mouseClick(prompt->reapplyButton(), Qt::LeftButton);
            QVERIFY(saved.wait(10000));
            // Server now + my additions − my removals.
            QCOMPARE(serverSet(), aggregatesChanged ? sorted({ m_a, m_d, m_c }) : sorted({ m_a, m_c }));
            QCOMPARE(m_editor->result(), int(QDialog::Accepted));
            break;
        }
        case ConflictDialog::Choice::Reload:
            QTest::mouseClick(prompt->reloadButton(), Qt::LeftButton);
            // A confirmation naming what is dropped comes first.
            QVERIFY(prompt->isConfirmingDrop());
            QVERIFY(prompt->dropText().contains(m_c));
            QVERIFY(prompt->dropText().contains(m_b));
            QVERIFY(prompt->isVisible());
            QTest::mouseClick(prompt->confirmDropButton(), Qt::LeftButton);
            QTRY_VERIFY(!m_editor->conflictDialog());
            QCOMPARE(sorted(m_editor->session()->wanted()), sorted(serverNow));
            QCOMPARE(m_editor->session()->base().generation, serverGeneration);
            QVERIFY(!m_editor->saveButton()->isEnabled());
            QCOMPARE(serverSet(), sorted(serverNow)); // nothing was sent
            QCOMPARE(putsSent(), putsBefore);
            break;
        case ConflictDialog::Choice::KeepEditing: {
            QTest::mouseClick(prompt->keepEditingButton(), Qt::LeftButton);
            QTRY_VERIFY(!m_editor->conflictDialog());
            QCOMPARE(m_editor->session()->state(), AggregateEditSession::State::Editing);
            // My change (add C, remove B) is carried onto the server's set; D is theirs and stays.
            QCOMPARE(sorted(m_editor->session()->wanted()),
                     aggregatesChanged ? sorted({ m_a, m_c, m_d }) : sorted({ m_a, m_c }));
            QCOMPARE(m_editor->session()->pendingChange().added, QStringList { m_c });
            QCOMPARE(m_editor->session()->pendingChange().removed, QStringList { m_b });
            QCOMPARE(m_editor->session()->base().generation, serverGeneration);
            QCOMPARE(m_editor->rejectedInputs(), QStringList { QStringLiteral("not-a-uuid") });
            QCOMPARE(serverSet(), sorted(serverNow));
            QCOMPARE(putsSent(), putsBefore);
            if (aggregatesChanged)
                QCOMPARE(rowChange(m_d), tr("kept · added on the server meanwhile"));
            QSignalSpy saved(m_editor->session(), &AggregateEditSession::saved);
            QTest::mouseClick(m_editor->saveButton(), Qt::LeftButton);
            QVERIFY(saved.wait(10000));
            // One more save never removes the colleague's D.
            QCOMPARE(serverSet(), aggregatesChanged ? sorted({ m_a, m_c, m_d }) : sorted({ m_a, m_c }));
            break;
        }
        }
    }

    void aLaterConflictRepeatsThePrompt()
    {
        QVERIFY(openEditor());
        makeTheEdit();
        QVERIFY(m_live.putAggregates(m_provider, { m_a, m_b, m_d }) > 0);
        ConflictDialog *first = saveAndWaitForPrompt();
        QVERIFY(first);
        QTest::mouseClick(first->keepEditingButton(), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->conflictDialog());
        // Someone writes again before the second save.
        QVERIFY(m_live.bumpGenerationViaTraits(m_provider, { QStringLiteral("HW_CPU_X86_SSE42") }) > 0);
        ConflictDialog *second = saveAndWaitForPrompt();
        QVERIFY(second);
        QVERIFY(second->explanation().contains(tr("only the generation moved")));
        QCOMPARE(sorted(m_editor->session()->wanted()), sorted({ m_a, m_c, m_d }));
        QSignalSpy saved(m_editor->session(), &AggregateEditSession::saved);
        QTest::keyClick(second, Qt::Key_Return); // re-apply is the default
        QVERIFY(saved.wait(10000));
        QCOMPARE(serverSet(), sorted({ m_a, m_c, m_d }));
    }

    void otherErrorsKeepTheEditAndQuoteTheRequestId()
    {
        QVERIFY(openEditor());
        makeTheEdit();
        // The provider is deleted meanwhile: 404, in plain words, edit kept.
        QCOMPARE(m_live.request("DELETE", QStringLiteral("/resource_providers/%1").arg(m_provider)).status, 204);
        QSignalSpy failed(m_editor->session(), &AggregateEditSession::saveFailed);
        QTest::mouseClick(m_editor->saveButton(), Qt::LeftButton);
        QVERIFY(failed.wait(10000));
        const PlacementError error = failed.first().first().value<PlacementError>();
        QVERIFY(m_editor->messageText().contains(tr("Not saved")));
        QVERIFY(!error.requestId.isEmpty());
        QVERIFY(m_editor->messageText().contains(error.requestId));
        QCOMPARE(m_editor->session()->wanted(), (QStringList { m_a, m_c }));
        QCOMPARE(m_editor->rejectedInputs(), QStringList { QStringLiteral("not-a-uuid") });
        QVERIFY(m_editor->saveButton()->isEnabled()); // may try again
        QVERIFY(m_editor->isVisible());
    }

    void closingWithUnsavedChangesAsks()
    {
        QVERIFY(openEditor());
        makeTheEdit();
        m_editor->reject();
        QMessageBox *question = m_editor->closeQuestion();
        QVERIFY(question);
        QVERIFY(question->text().contains(QStringLiteral("compute-1")));
        QTest::mouseClick(question->button(QMessageBox::Cancel), Qt::LeftButton); // "Keep Editing"
        QTRY_VERIFY(!m_editor->closeQuestion());
        QVERIFY(m_editor->isVisible());
        QCOMPARE(m_editor->session()->wanted(), (QStringList { m_a, m_c }));
        m_editor->close(); // the window's close button asks too
        QTRY_VERIFY(m_editor->closeQuestion());
        QTest::mouseClick(m_editor->closeQuestion()->button(QMessageBox::Discard), Qt::LeftButton);
        QTRY_VERIFY(!m_editor->isVisible());
        QCOMPARE(serverSet(), sorted({ m_a, m_b })); // nothing sent
    }

    void editingDisabledBelowMicroversion119()
    {
        QVERIFY(openEditor());
        m_editor->setEditingDisabled(tr("This server speaks microversion 1.18 at most."));
        QVERIFY(!m_editor->input()->isEnabled());
        QVERIFY(!m_editor->saveButton()->isEnabled());
        QVERIFY(m_editor->messageText().contains(QStringLiteral("1.18")));
    }
};

QTEST_MAIN(TestAggregateEditorLive)
#include "tst_aggregateeditor_live.moc"
