#include "soaksingleedit.h"

#include "aggregateeditcontroller.h"
#include "aggregateeditordialog.h"
#include "aggregateinput.h"
#include "appcontroller.h"
#include "conflictdialog.h"
#include "mainwindow.h"
#include "placementerror.h"
#include "providerbrowser.h"
#include "soakledger.h"
#include "soakverifier.h"

#include <QAction>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QMetaEnum>
#include <QPushButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <utility>

namespace {
QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}
} // namespace

SoakSingleEdit::SoakSingleEdit(const SoakContext &context, QString provider, QObject *parent)
    : SoakRun(context, parent)
    , m_provider(std::move(provider))
{ }

QString SoakSingleEdit::name() const
{
    return QStringLiteral("edit #%1 of %2").arg(m_edit).arg(m_provider);
}

void SoakSingleEdit::start()
{
    MainWindow *window = m_ctx.window;
    if (!window->browser()->selectProvider(m_provider)) {
        m_ctx.ledger->count(QStringLiteral("single_skipped_not_in_table"));
        finish();
        return;
    }
    m_edit = m_ctx.ledger->begin(QStringLiteral("single"), { m_provider });
    AggregateEditController *edits = m_ctx.controller->edits();
    connect(edits, &AggregateEditController::editorOpened, this, &SoakSingleEdit::onEditorOpened,
            Qt::SingleShotConnection);
    m_waitingFor = QStringLiteral("the editor to open after F2");
    // F2 on the table, as an operator presses it; the action is the same (and the fallback
    // when the key does not reach it, e.g. while the window is not the active one).
    bool requested = false;
    const QMetaObject::Connection spy
        = connect(window, &MainWindow::editRequested, this, [&requested] { requested = true; });
    activate(window);
    QTest::keyClick(window->providerView(), Qt::Key_F2);
    disconnect(spy);
    if (!requested) {
        m_ctx.ledger->count(QStringLiteral("key_fallbacks"));
        window->action(QStringLiteral("editAggregates"))->trigger();
    }
    // The editor opens after a fresh read; when that read fails the status bar says so.
    QTimer::singleShot(60000, this, [this] {
        if (m_opened || isFinished())
            return;
        SoakEdit &edit = m_ctx.ledger->edit(m_edit);
        edit.outcome = QStringLiteral("not-opened");
        edit.message = m_ctx.window->statusBar()->currentMessage();
        if (!edit.message.startsWith(QStringLiteral("Could not read")))
            m_ctx.ledger->problem(
                QStringLiteral("%1: no editor within 60 s and no failure said (status: %2)").arg(name(), edit.message));
        edit.verified = true; // nothing was sent
        finish();
    });
}

void SoakSingleEdit::onEditorOpened(AggregateEditorDialog *editor)
{
    progress();
    m_opened = true;
    m_editor = editor;
    connect(editor, &QObject::destroyed, this, &SoakSingleEdit::whenClosed);
    connect(m_ctx.controller->edits(), &AggregateEditController::aggregatesSaved, this, &SoakSingleEdit::onSaved);
    connect(editor->session(), &AggregateEditSession::saveFailed, this, &SoakSingleEdit::onFailed);
    connect(m_ctx.modals, &ModalWatcher::appeared, this, [this](QWidget *modal) {
        auto *conflict = qobject_cast<ConflictDialog *>(modal);
        if (conflict && m_editor && conflict->parent() == m_editor)
            onConflict(conflict);
    });
    const QStringList started = m_ctx.ledger->soakPart(editor->session()->base().aggregates);
    if (started != m_ctx.ledger->intended(m_provider))
        m_ctx.ledger->problem(QStringLiteral("%1: the editor starts from soak aggregates [%2], the window's edits "
                                             "left [%3]")
                                  .arg(name(), started.join(QLatin1Char(' ')),
                                       m_ctx.ledger->intended(m_provider).join(QLatin1Char(' '))));
    later(100, 600, [this] { planAndType(); });
}

void SoakSingleEdit::planAndType()
{
    if (!m_editor)
        return;
    progress();
    const QStringList present = m_ctx.ledger->soakPart(m_editor->session()->base().aggregates);
    QStringList absent;
    for (const QString &uuid : m_ctx.ledger->soakAggregates()) {
        if (!present.contains(uuid))
            absent << uuid;
    }
    const int adds = absent.isEmpty() ? 0 : (m_ctx.chance(0.3) && absent.size() > 1 ? 2 : 1);
    for (int i = 0; i < adds; ++i)
        m_added << absent.takeAt(m_ctx.between(0, static_cast<int>(absent.size()) - 1));
    if (!present.isEmpty() && (adds == 0 || m_ctx.chance(0.5)))
        m_removed << present.at(m_ctx.between(0, static_cast<int>(present.size()) - 1));

    // Typed into the aggregate box, Return; removed by selecting the row and pressing Remove.
    if (!m_added.isEmpty()) {
        QLineEdit *line = m_editor->input()->comboBox()->lineEdit();
        line->setFocus();
        QTest::keyClicks(line, m_added.join(QLatin1Char(' ')));
        QTest::keyClick(line, Qt::Key_Return);
    }
    for (const QString &uuid : std::as_const(m_removed)) {
        QTreeWidget *diff = m_editor->diffView();
        diff->clearSelection();
        for (int i = 0; i < diff->topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = diff->topLevelItem(i);
            if (item->data(0, AggregateEditorDialog::UuidRole).toString() == uuid)
                item->setSelected(true);
        }
        QTest::mouseClick(m_editor->removeButton(), Qt::LeftButton);
    }
    SoakEdit &edit = m_ctx.ledger->edit(m_edit);
    edit.added = m_added;
    edit.removed = m_removed;
    m_target = m_ctx.ledger->intended(m_provider);
    for (const QString &uuid : std::as_const(m_added))
        m_target << uuid;
    for (const QString &uuid : std::as_const(m_removed))
        m_target.removeAll(uuid);
    m_target = m_ctx.ledger->soakPart(m_target);
    const AggregateChange pending = m_editor->session()->pendingChange();
    if (sorted(pending.added) != sorted(m_added) || sorted(pending.removed) != sorted(m_removed))
        m_ctx.ledger->problem(QStringLiteral("%1: typed +[%2] -[%3], the editor holds +[%4] -[%5]")
                                  .arg(name(), m_added.join(QLatin1Char(' ')), m_removed.join(QLatin1Char(' ')),
                                       pending.added.join(QLatin1Char(' ')), pending.removed.join(QLatin1Char(' '))));
    // Think time: the writers move the generation meanwhile, so many saves meet a 409.
    later(200, 2500, [this] { save(); });
}

void SoakSingleEdit::save()
{
    if (!m_editor)
        return;
    progress();
    if (!m_editor->saveButton()->isEnabled()) {
        m_ctx.ledger->problem(
            QStringLiteral("%1: Save is disabled with a pending change (%2)").arg(name(), m_editor->summaryText()));
        closeEditor();
        return;
    }
    ++m_ctx.ledger->edit(m_edit).saves;
    m_waitingFor = QStringLiteral("the answer to Save");
    QTest::mouseClick(m_editor->saveButton(), Qt::LeftButton);
}

void SoakSingleEdit::onConflict(ConflictDialog *dialog)
{
    progress();
    m_ctx.ledger->count(QStringLiteral("conflicts"));
    const bool onlyGeneration = dialog->explanation().contains(QStringLiteral("only the generation moved"));
    m_ctx.ledger->count(onlyGeneration ? QStringLiteral("conflicts_generation_only")
                                       : QStringLiteral("conflicts_aggregates_changed"));
    m_waitingFor = QStringLiteral("the driver to answer the conflict prompt");
    QPointer<ConflictDialog> prompt(dialog);
    later(150, 1200, [this, prompt] {
        if (!prompt)
            return;
        progress();
        const double roll = m_ctx.random->generateDouble();
        SoakEdit &edit = m_ctx.ledger->edit(m_edit);
        if (roll < 0.6) {
            edit.conflictChoices << QStringLiteral("reapply");
            m_ctx.ledger->count(QStringLiteral("reapplies"));
            m_waitingFor = QStringLiteral("the answer to Re-apply");
            QTest::mouseClick(prompt->reapplyButton(), Qt::LeftButton);
        } else if (roll < 0.9) {
            edit.conflictChoices << QStringLiteral("keep-editing");
            m_ctx.ledger->count(QStringLiteral("keep_editing"));
            QTest::mouseClick(prompt->keepEditingButton(), Qt::LeftButton);
            // My change carried onto the server's set: still exactly what was typed.
            const AggregateChange pending = m_editor->session()->pendingChange();
            if (sorted(m_ctx.ledger->soakPart(pending.added)) != sorted(m_added)
                || sorted(m_ctx.ledger->soakPart(pending.removed)) != sorted(m_removed))
                m_ctx.ledger->problem(
                    QStringLiteral("%1: after Keep Editing the editor holds +[%2] -[%3]")
                        .arg(name(), pending.added.join(QLatin1Char(' ')), pending.removed.join(QLatin1Char(' '))));
            later(200, 1500, [this] { save(); });
        } else {
            edit.conflictChoices << QStringLiteral("reload");
            m_ctx.ledger->count(QStringLiteral("reloads"));
            QTest::mouseClick(prompt->reloadButton(), Qt::LeftButton);
            QTest::mouseClick(prompt->confirmDropButton(), Qt::LeftButton);
            m_dropped = true;
            edit.outcome = QStringLiteral("dropped");
            edit.message = m_editor->messageText();
            m_target = m_ctx.ledger->intended(m_provider); // nothing of mine was saved
            if (m_editor->session()->hasPendingChange())
                m_ctx.ledger->problem(
                    QStringLiteral("%1: after Reload the editor still has a pending change").arg(name()));
            later(100, 500, [this] { closeEditor(); });
        }
    });
}

void SoakSingleEdit::onSaved(const QString &uuid, const ProviderAggregates &result)
{
    if (uuid != m_provider || !m_editor)
        return;
    progress();
    m_saved = true;
    SoakEdit &edit = m_ctx.ledger->edit(m_edit);
    edit.outcome = QStringLiteral("saved");
    edit.message = m_ctx.window->statusBar()->currentMessage();
    const QStringList saved = m_ctx.ledger->soakPart(result.aggregates);
    if (saved != m_target)
        m_ctx.ledger->problem(QStringLiteral("%1: reported saved with soak aggregates [%2], intended [%3]")
                                  .arg(name(), saved.join(QLatin1Char(' ')), m_target.join(QLatin1Char(' '))));
    m_ctx.ledger->setIntended(m_provider, m_target);
    m_ctx.ledger->count(QStringLiteral("single_saved"));
    m_waitingFor = QStringLiteral("the editor to close after a save");
    // The editor closes itself once saved: whenClosed() follows.
}

void SoakSingleEdit::onFailed(const PlacementError &error)
{
    progress();
    ++m_failures;
    m_ctx.ledger->count(QStringLiteral("single_save_failures"));
    SoakEdit &edit = m_ctx.ledger->edit(m_edit);
    edit.message = m_editor ? m_editor->messageText() : error.fullText();
    if (edit.message.isEmpty())
        m_ctx.ledger->problem(
            QStringLiteral("%1: the save failed (%2) and the editor says nothing").arg(name(), error.fullText()));
    if (m_failures < 3) {
        later(500, 2000, [this] { save(); }); // the operator tries again
        return;
    }
    edit.outcome = QStringLiteral("failed");
    closeEditor();
}

void SoakSingleEdit::closeEditor()
{
    if (!m_editor)
        return;
    progress();
    m_closing = true;
    m_waitingFor = QStringLiteral("the editor to close");
    QTest::keyClick(m_editor, Qt::Key_Escape);
    if (QMessageBox *question = m_editor ? m_editor->closeQuestion() : nullptr)
        QTest::mouseClick(question->button(QMessageBox::Discard), Qt::LeftButton);
}

void SoakSingleEdit::whenClosed()
{
    progress();
    SoakEdit &edit = m_ctx.ledger->edit(m_edit);
    if (!m_saved && !m_dropped && edit.outcome.isEmpty()) {
        m_ctx.ledger->problem(
            QStringLiteral("%1: the editor closed without a save, a failure or a Reload").arg(name()));
        edit.outcome = QStringLiteral("lost");
    }
    verify();
}

void SoakSingleEdit::verify()
{
    m_waitingFor = QStringLiteral("the witness read");
    m_ctx.verifier->read(m_provider, [this](const SoakRead &read) {
        SoakEdit &edit = m_ctx.ledger->edit(m_edit);
        if (!read.ok) {
            m_ctx.ledger->problem(QStringLiteral("%1: the witness could not read it: %2").arg(name(), read.error));
            finish();
            return;
        }
        const QStringList server = m_ctx.ledger->soakPart(read.aggregates);
        const QStringList before = m_ctx.ledger->intended(m_provider);
        if (edit.outcome == QStringLiteral("failed")) {
            // Reported failed: whether a lost answer's write was applied is unknown to the
            // window too. Either way the server must hold one of the two sets.
            if (server == m_target && server != before)
                m_ctx.ledger->count(QStringLiteral("single_failed_but_applied"));
            else if (server != before)
                m_ctx.ledger->problem(QStringLiteral("%1: failed, and the server holds [%2], neither [%3] nor [%4]")
                                          .arg(name(), server.join(QLatin1Char(' ')), before.join(QLatin1Char(' ')),
                                               m_target.join(QLatin1Char(' '))));
            m_ctx.ledger->setIntended(m_provider, server);
            edit.verified = true;
        } else if (server != before) {
            m_ctx.ledger->problem(
                QStringLiteral("%1 (%2): the server holds soak aggregates [%3], the window said [%4]")
                    .arg(name(), edit.outcome, server.join(QLatin1Char(' ')), before.join(QLatin1Char(' '))));
        } else {
            edit.verified = true;
        }
        finish();
    });
}

void SoakSingleEdit::abandon()
{
    SoakEdit &edit = m_ctx.ledger->edit(m_edit);
    m_ctx.ledger->problem(
        QStringLiteral("%1: stuck waiting for %2 (editor state %3, message: %4)")
            .arg(name(), m_waitingFor,
                 m_editor ? QString::fromLatin1(QMetaEnum::fromType<AggregateEditSession::State>().valueToKey(
                     static_cast<int>(m_editor->session()->state())))
                          : QStringLiteral("closed"),
                 m_editor ? m_editor->messageText() : QString()));
    edit.outcome = QStringLiteral("stuck");
    if (m_editor) {
        // Whatever it was doing, the driver needs the window back; the witness learns the truth.
        disconnect(m_editor, &QObject::destroyed, this, &SoakSingleEdit::whenClosed);
        m_editor->session()->disconnect(this);
        m_editor->deleteLater();
    }
    m_ctx.verifier->read(m_provider, [this](const SoakRead &read) {
        if (read.ok)
            m_ctx.ledger->setIntended(m_provider, read.aggregates);
        finish();
    });
}
