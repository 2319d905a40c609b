#include "aggregateeditcontroller.h"

#include "aggregateeditordialog.h"
#include "aggregateeditsession.h"
#include "aggregateinput.h"
#include "aggregatelabels.h"
#include "aggregatemerge.h"
#include "bulkeditdialog.h"
#include "driftrepairdialog.h"
#include "journal.h"
#include "journaldock.h"
#include "journalrecords.h"
#include "mainwindow.h"
#include "novaclient.h"
#include "novacontroller.h"
#include "novajournal.h"
#include "novamembershipedit.h"
#include "novaoverlay.h"
#include "novaroutechoice.h"
#include "placementclient.h"
#include "providermodel.h"

#include <QLoggingCategory>
#include <QSet>
#include <QSettings>

Q_LOGGING_CATEGORY(lcEditing, "pi.editing")

AggregateEditController::AggregateEditController(PlacementClient *client, ProviderModel *providers,
                                                 AggregateLabels *labels, MainWindow *window, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_providers(providers)
    , m_labels(labels)
    , m_window(window)
{
    connect(m_window, &MainWindow::editRequested, this, &AggregateEditController::editAggregates);
    connect(m_window, &MainWindow::undoRequested, this, &AggregateEditController::undoLastChange);
    connect(m_window, &MainWindow::bulkEditRequested, this, &AggregateEditController::bulkEdit);
    connect(m_window, &MainWindow::undoBulkRequested, this, &AggregateEditController::undoLastBulkEdit);
    connect(m_window, &MainWindow::autoReapplyChanged, this, &AggregateEditController::setAutoReapply);
}

void AggregateEditController::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_window->setReadOnly(readOnly);
    if (JournalDock *dock = m_window->journalDock())
        dock->setReadOnly(readOnly);
    if (readOnly && m_editor)
        m_editor->setEditingDisabled(m_window->writeDisabledReason());
}

void AggregateEditController::setConnectionKey(const QString &key)
{
    m_connectionKey = key;
    if (m_journal)
        m_journal->setConnectionKey(key);
    m_previous.clear();
    updateUndoable();
    m_bulkUndo.clear(); // another cloud: the last bulk edit's providers are not here
    m_window->setLastBulkEdit({}, {});
    QSettings settings;
    m_autoReapply = settings.value(QStringLiteral("editing/autoReapply/%1").arg(key), false).toBool();
    m_window->setAutoReapply(m_autoReapply);
}

void AggregateEditController::setAutoReapply(bool on)
{
    m_autoReapply = on;
    m_window->setAutoReapply(on);
    if (!m_connectionKey.isEmpty()) {
        QSettings settings;
        settings.setValue(QStringLiteral("editing/autoReapply/%1").arg(m_connectionKey), on);
    }
}

void AggregateEditController::setJournal(Journal *journal)
{
    m_journal = journal;
}

void AggregateEditController::setNova(const NovaOverlay *overlay, NovaController *nova)
{
    m_novaOverlay = overlay;
    m_nova = nova;
}

QStringList AggregateEditController::knownAggregates() const
{
    QStringList known;
    QSet<QString> seen;
    const QHash<QString, QString> labelled = m_labels->all();
    for (auto it = labelled.cbegin(); it != labelled.cend(); ++it) {
        if (!seen.contains(it.key())) {
            seen.insert(it.key());
            known << it.key();
        }
    }
    for (const QString &uuid : m_providers->knownAggregates()) {
        if (!seen.contains(uuid)) {
            seen.insert(uuid);
            known << uuid;
        }
    }
    // Labelled first (by label), then the rest by UUID: what operators name, they look for.
    std::sort(known.begin(), known.end(), [this](const QString &a, const QString &b) {
        const QString la = m_labels->label(a);
        const QString lb = m_labels->label(b);
        if (la.isEmpty() != lb.isEmpty())
            return !la.isEmpty();
        return la.isEmpty() ? a < b : la.localeAwareCompare(lb) < 0;
    });
    return known;
}

void AggregateEditController::editAggregates(const QString &uuid)
{
    if (m_readOnly || m_editor)
        return;
    // Start from a fresh read: the base should be what the server has now, not the last refresh.
    m_window->setStatusMessage(tr("Reading the aggregates of %1…").arg(m_providers->displayName(uuid)));
    m_client->getAggregates(uuid, this, [this, uuid](const Result<ProviderAggregates> &result) {
        if (!result) {
            m_window->setStatusMessage(tr("Could not read the aggregates of %1: %2")
                                           .arg(m_providers->displayName(uuid), result.error().fullText()));
            return;
        }
        m_providers->setAggregates(uuid, result.value());
        showEditingStatus(uuid, result.value());
        openEditor(uuid, result.value(), result.value().aggregates, QString());
    });
}

void AggregateEditController::undoLastChange(const QString &uuid)
{
    if (m_readOnly || m_editor || !m_previous.contains(uuid))
        return;
    const QStringList previous = m_previous.value(uuid);
    m_client->getAggregates(uuid, this, [this, uuid, previous](const Result<ProviderAggregates> &result) {
        if (!result) {
            m_window->setStatusMessage(
                tr("Could not read %1 to undo: %2").arg(m_providers->displayName(uuid), result.error().fullText()));
            return;
        }
        m_providers->setAggregates(uuid, result.value());
        openEditor(uuid, result.value(), previous,
                   tr("Undo: this restores the set %1 had before your last change. Review the difference and save; "
                      "a conflict is handled as for any edit.")
                       .arg(m_providers->displayName(uuid)),
                   JournalTag { JournalEntry::Kind::Undo, lastDoneEntryOf(uuid) });
    });
}

QString AggregateEditController::lastDoneEntryOf(const QString &uuid) const
{
    if (!m_journal)
        return {};
    const QList<JournalEntry> &entries = m_journal->entries();
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        if (it->providerUuid == uuid && it->outcome == JournalEntry::Outcome::Done)
            return it->id;
    }
    return {};
}

void AggregateEditController::openEditor(const QString &uuid, const ProviderAggregates &base, const QStringList &wanted,
                                         const QString &note, const JournalTag &tag)
{
    if (m_editor)
        return;
    auto *session = new AggregateEditSession(m_client, uuid, base);
    session->setAutoReapplyWhenOnlyGenerationMoved(m_autoReapply);
    auto *editor = new AggregateEditorDialog(session, m_providers->displayName(uuid), m_window);
    session->setParent(editor);
    // The editor shows the session and asks; saving and conflict choices happen here.
    connect(editor, &AggregateEditorDialog::saveRequested, this, [this, editor] { requestSave(editor); });
    connect(editor, &AggregateEditorDialog::conflictChoiceMade, session, &AggregateEditSession::choose);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setLabels(m_labels);
    if (m_novaOverlay)
        editor->setNovaOverlay(m_novaOverlay);
    editor->setKnownAggregates(knownAggregates());
    editor->setNote(note);
    if (!AggregateMerge::sameSet(wanted, base.aggregates))
        session->setWanted(wanted);
    editor->setEditingDisabled(m_window->writeDisabledReason());
    connect(session, &AggregateEditSession::saved, this,
            [this, uuid, editor](const ProviderAggregates &result, const QStringList &previous) {
                const QStringList before
                    = m_previousBeforeNova.contains(uuid) ? m_previousBeforeNova.take(uuid) : previous;
                QStringList notes { m_novaNotes.take(uuid), m_placementOnlyNotes.take(uuid) };
                notes.removeAll(QString());
                applySaved(uuid, result, before, editor->rejectedInputs(), notes.join(QLatin1Char(' ')));
            });
    connect(session, &AggregateEditSession::written, this, [this, uuid, tag](const WriteRecord &write) {
        if (m_journal)
            m_journal->record(
                JournalRecords::fromWrite(write, m_providers->displayName(uuid), tag.kind, {}, tag.revertOf));
    });
    connect(editor, &QObject::destroyed, this, [this, uuid] {
        m_novaNotes.remove(uuid);
        m_placementOnlyNotes.remove(uuid);
        m_previousBeforeNova.remove(uuid);
    });
    // Every number on screen follows the session's base: row, details pane, status bar.
    connect(session, &AggregateEditSession::baseChanged, this, [this, uuid](const ProviderAggregates &newBase) {
        m_providers->setAggregates(uuid, newBase);
        showEditingStatus(uuid, newBase);
        Q_EMIT providerChanged(uuid);
    });
    connect(session, &AggregateEditSession::stateChanged, this, [this](AggregateEditSession::State state) {
        if (state != AggregateEditSession::State::Saving && state != AggregateEditSession::State::Resolving
            && !isWriting())
            Q_EMIT writesSettled();
    });
    connect(session, &AggregateEditSession::automaticallyReapplied, this,
            [this, uuid](const AggregateConflict &conflict) {
                // Logged every time: an operator may want to know their save crossed another writer.
                qCInfo(lcEditing) << "auto re-applied aggregate edit of" << uuid << "generation"
                                  << conflict.base.generation << "->" << conflict.server.generation;
                m_window->setStatusMessage(tr("%1: only the generation moved (%2 → %3); your change was re-applied "
                                              "automatically.")
                                               .arg(m_providers->displayName(uuid))
                                               .arg(conflict.base.generation)
                                               .arg(conflict.server.generation));
                Q_EMIT automaticallyReapplied(uuid, conflict.base.generation, conflict.server.generation);
            });
    // While the conflict prompt is open, the row, details and status show the server's state.
    connect(session, &AggregateEditSession::conflictDetected, this, [this, uuid](const AggregateConflict &conflict) {
        m_providers->setAggregates(uuid, conflict.server);
        m_window->setStatusMessage(tr("%1 was changed on the server meanwhile (generation %2 → %3); choose how to "
                                      "continue.")
                                       .arg(m_providers->displayName(uuid))
                                       .arg(conflict.base.generation)
                                       .arg(conflict.server.generation));
        Q_EMIT providerChanged(uuid);
    });
    m_editor = editor;
    editor->open();
    Q_EMIT editorOpened(editor);
}

// Saving a change of a compute node's Nova aggregates asks first: through Nova keeps both
// sides in sync, Placement only makes drift Nova does not know about.
void AggregateEditController::requestSave(AggregateEditorDialog *editor)
{
    AggregateEditSession *session = editor->session();
    if (m_readOnly || m_routeChoice || editor->isBusy() || session->state() != AggregateEditSession::State::Editing)
        return;
    const QString uuid = session->providerUuid();
    m_placementOnlyNotes.remove(uuid);
    const NovaMembershipPlan plan
        = m_nova ? NovaMembershipPlan::make(m_novaOverlay, uuid, session->pendingChange()) : NovaMembershipPlan {};
    if (!plan.offersChoice()) {
        session->save();
        return;
    }
    NovaRouteChoice::Change change;
    change.providerName = m_providers->displayName(uuid);
    change.host = plan.host;
    change.novaAdded = plan.aggregateNames(NovaMembershipStep::Action::AddHost);
    change.novaRemoved = plan.aggregateNames(NovaMembershipStep::Action::RemoveHost);
    change.otherChanges = static_cast<int>(plan.placementOnly.added.size() + plan.placementOnly.removed.size());
    auto *choice = new NovaRouteChoice(change, editor);
    choice->setAttribute(Qt::WA_DeleteOnClose);
    connect(choice, &NovaRouteChoice::routeChosen, this, [this, editor, plan, choice](NovaRouteChoice::Route route) {
        if (m_readOnly || !m_editor || m_editor != editor)
            return;
        if (route == NovaRouteChoice::Route::ThroughNova) {
            saveThroughNova(editor, plan);
            return;
        }
        qCInfo(lcEditing) << "Placement-only save of Nova aggregates of" << plan.providerUuid << "host" << plan.host;
        m_placementOnlyNotes.insert(plan.providerUuid, choice->warningText());
        editor->session()->save();
    });
    m_routeChoice = choice;
    choice->open();
    Q_EMIT routeChoiceOpened(choice);
}

void AggregateEditController::saveThroughNova(AggregateEditorDialog *editor, const NovaMembershipPlan &plan)
{
    if (m_novaEdit || !m_nova)
        return;
    const ProviderAggregates before = editor->session()->base();
    auto *run = new NovaMembershipEdit(m_nova->client(), m_client, plan, editor);
    editor->setBusy(tr("Saving through Nova: %n add_host/remove_host call(s) for host %1, then reading Placement to "
                       "check Nova's mirror…",
                       nullptr, static_cast<int>(plan.steps.size()))
                        .arg(plan.host));
    m_window->setStatusMessage(tr("Saving %1 through Nova…").arg(m_providers->displayName(plan.providerUuid)));
    connect(run, &NovaMembershipEdit::finished, this,
            [this, editor, run, before] { finishThroughNova(editor, run, before); });
    m_novaEdit = run;
    run->start();
}

void AggregateEditController::finishThroughNova(AggregateEditorDialog *editor, NovaMembershipEdit *run,
                                                const ProviderAggregates &before)
{
    const QString uuid = run->plan().providerUuid;
    const QString name = m_providers->displayName(uuid);
    // Every call Nova was sent, done or not: the Placement remainder is journalled as an edit.
    if (m_journal) {
        const QString batchId = Journal::newId();
        for (const JournalEntry &entry : NovaJournal::entries(*run, before, name, batchId))
            m_journal->record(entry);
    }
    AggregateEditSession *session = editor->session();
    // What Nova made is no longer pending; what it refused or did not mirror still is, so
    // nothing typed is lost. The row, details and status bar follow the session's base.
    if (run->placementAfter())
        session->rebaseOnto(*run->placementAfter());
    editor->setBusy({});
    if (m_nova)
        m_nova->scan(); // Nova's hosts and the drift follow what was just done
    Q_EMIT providerChanged(uuid);
    run->deleteLater();
    const bool succeeded = run->succeeded();
    if (!succeeded) {
        const QString done = run->doneText();
        const QString failure = run->failureText();
        editor->showOutcome(done.isEmpty() ? failure : tr("%1\n%2").arg(done, failure), true);
        if (!done.isEmpty())
            editor->setNote(done);
        m_window->setStatusMessage(tr("%1: saving through Nova failed; the editor says why.").arg(name));
        qCWarning(lcEditing) << "through-Nova edit of" << uuid << "failed:" << failure;
    } else if (session->hasPendingChange()) {
        // The rest (aggregates Nova does not manage) through the usual generation-checked save,
        // from the set just read.
        m_novaNotes.insert(uuid, run->doneText());
        m_previousBeforeNova.insert(uuid, before.aggregates);
        editor->setNote(tr("%1 Now saving the other aggregates in Placement…").arg(run->doneText()));
        session->save();
    } else {
        applySaved(uuid, *run->placementAfter(), before.aggregates, editor->rejectedInputs(), run->doneText());
        editor->accept();
    }
    // NOLINTNEXTLINE(readability-misleading-indentation): Q_EMIT expands to nothing, the check sees column 12
    Q_EMIT novaEditFinished(uuid, succeeded);
    if (!isWriting())
        Q_EMIT writesSettled();
}

void AggregateEditController::showEditingStatus(const QString &uuid, const ProviderAggregates &base)
{
    m_window->setStatusMessage(
        tr("Editing the aggregates of %1 (generation %2).").arg(m_providers->displayName(uuid)).arg(base.generation));
}

void AggregateEditController::applySaved(const QString &uuid, const ProviderAggregates &result,
                                         const QStringList &previous, const QStringList &notSent, const QString &note)
{
    m_providers->setAggregates(uuid, result);
    m_previous.insert(uuid, previous);
    updateUndoable();
    const AggregateChange change = AggregateMerge::diff(previous, result.aggregates);
    // What was typed but never sent must not vanish behind a success message.
    QString text = tr("Saved %1: %2 added, %3 removed.")
                       .arg(m_providers->displayName(uuid))
                       .arg(change.added.size())
                       .arg(change.removed.size());
    text += QLatin1Char(' ')
        + tr("It now has %n aggregate(s), at generation %1.", nullptr, static_cast<int>(result.aggregates.size()))
              .arg(result.generation);
    if (!notSent.isEmpty())
        text += QLatin1Char(' ') + tr("Not sent, not UUIDs: %1.").arg(notSent.join(tr(", ")));
    m_window->setStatusMessage(note.isEmpty() ? text : tr("%1 %2").arg(text, note));
    Q_EMIT aggregatesSaved(uuid, result);
    Q_EMIT providerChanged(uuid);
}

void AggregateEditController::bulkEdit(BulkIntent::Kind kind, const QStringList &uuids)
{
    if (m_readOnly || m_bulk || uuids.isEmpty())
        return;
    BulkEditDialog::Providers providers;
    for (const QString &uuid : uuids)
        providers << qMakePair(uuid, m_providers->displayName(uuid));
    auto *dialog = new BulkEditDialog(kind, providers, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setLabels(m_labels);
    dialog->setNovaOverlay(m_novaOverlay);
    dialog->setKnownAggregates(knownAggregates());
    // The dialog shows and asks; the run happens here.
    connect(dialog, &BulkEditDialog::startRequested, this, [this, dialog](const BulkIntent &intent) {
        if (m_bulkEdit)
            return;
        auto *edit = new BulkAggregateEdit(m_client, intent, dialog);
        // One batch per run (Retry Failed included): the journal groups its providers by it.
        const QString batchId = Journal::newId();
        connect(edit, &BulkAggregateEdit::outcomeChanged, this, [this, edit](int index) {
            const BulkOutcome &o = edit->outcomes().at(index);
            if (o.status == BulkOutcome::Status::Done)
                applySaved(o.providerUuid, { o.after, o.generation }, o.before);
        });
        connect(edit, &BulkAggregateEdit::providerFinished, this, [this, edit, batchId](int index) {
            journalOutcome(edit, index, batchId, JournalTag { JournalEntry::Kind::Bulk, {} });
        });
        connect(edit, &BulkAggregateEdit::finished, this, [this, edit, batchId] {
            m_window->setStatusMessage(tr("Bulk edit (%1): %2 done, %3 unchanged, %4 failed, %5 cancelled.")
                                           .arg(edit->intent().describe())
                                           .arg(edit->count(BulkOutcome::Status::Done))
                                           .arg(edit->count(BulkOutcome::Status::Unchanged))
                                           .arg(edit->count(BulkOutcome::Status::Failed))
                                           .arg(edit->count(BulkOutcome::Status::Cancelled)));
            rememberBulk(edit, batchId);
            if (!isWriting())
                Q_EMIT writesSettled();
        });
        connect(dialog, &BulkEditDialog::cancelRequested, edit, &BulkAggregateEdit::cancel);
        connect(dialog, &BulkEditDialog::retryRequested, edit, &BulkAggregateEdit::retryFailed);
        m_bulkEdit = edit;
        dialog->showRun(edit);
        edit->start(dialog->providers());
    });
    m_bulk = dialog;
    dialog->open();
}

void AggregateEditController::journalOutcome(const BulkAggregateEdit *edit, int index, const QString &batchId,
                                             const JournalTag &tag)
{
    const BulkOutcome &o = edit->outcomes().at(index);
    if (!m_journal || !o.write.wasSent())
        return; // unchanged, cancelled before sending, or the read failed: nothing was written
    const QString name = o.providerName.isEmpty() ? m_providers->displayName(o.providerUuid) : o.providerName;
    m_journal->record(JournalRecords::fromWrite(o.write, name, tag.kind, batchId, tag.revertOf));
}

void AggregateEditController::rememberBulk(const BulkAggregateEdit *edit, const QString &batchId)
{
    m_bulkUndoBatch = batchId;
    m_bulkUndo = edit->undoTargets();
    m_bulkUndoDescription = edit->intent().describe();
    QSet<QString> uuids;
    for (const BulkTarget &target : std::as_const(m_bulkUndo))
        uuids.insert(target.uuid);
    m_window->setLastBulkEdit(uuids, m_bulkUndoDescription);
}

QString AggregateEditController::undoLine(const BulkTarget &target) const
{
    QStringList parts;
    // As the bulk dialog's review page shows aggregates: Nova name or label beside the UUID.
    const auto shown = [this](const QString &uuid) {
        return AggregateInput::displayText(uuid, m_labels, m_novaOverlay);
    };
    const bool adds = target.intent.kind == BulkIntent::Kind::Add;
    for (const QString &uuid : target.intent.aggregates)
        parts << (adds ? tr("+ %1") : tr("− %1")).arg(shown(uuid));
    for (const QString &uuid : target.intent.alsoRemove)
        parts << tr("− %1").arg(shown(uuid));
    return tr("%1: %2").arg(target.name.isEmpty() ? target.uuid : target.name, parts.join(tr(", ")));
}

void AggregateEditController::undoLastBulkEdit()
{
    if (m_readOnly || m_bulk || m_bulkUndoDialog || m_bulkUndo.isEmpty() || isWriting())
        return;
    runUndoPlan(m_bulkUndo, m_bulkUndoDescription, JournalTag { JournalEntry::Kind::Undo, m_bulkUndoBatch }, [this] {
        // Done once: the undo is not offered again (each provider keeps its own Ctrl+Z).
        m_bulkUndo.clear();
        m_window->setLastBulkEdit({}, {});
    });
}

void AggregateEditController::revertEntries(const QList<JournalEntry> &entries)
{
    if (m_readOnly || m_bulk || m_bulkUndoDialog || isWriting())
        return;
    QList<BulkTarget> targets;
    QString revertOf;
    for (const JournalEntry &entry : entries) {
        // A Nova call is taken back through Nova (the editor), never by a Placement write.
        if (!entry.isRevertible())
            continue;
        // As BulkAggregateEdit::undoTargets: take back this write's change on whatever the provider has now.
        targets << BulkTarget(entry.providerUuid, entry.providerName, BulkIntent::undoing(entry.before, entry.after));
        // A whole batch is named by its batch id, one entry by its own id.
        revertOf = entries.size() > 1 && !entry.batchId.isEmpty() ? entry.batchId : entry.id;
    }
    if (targets.isEmpty()) {
        m_window->setStatusMessage(tr("Nothing to revert: the chosen journal entries changed nothing."));
        return;
    }
    const QString description = targets.size() == 1
        ? tr("journal entry of %1").arg(targets.first().name.isEmpty() ? targets.first().uuid : targets.first().name)
        : tr("journal batch of %n provider(s)", nullptr, static_cast<int>(targets.size()));
    runUndoPlan(targets, description, JournalTag { JournalEntry::Kind::Revert, revertOf }, {});
}

void AggregateEditController::runUndoPlan(const QList<BulkTarget> &targets, const QString &description,
                                          const JournalTag &tag, const std::function<void()> &onApply)
{
    QStringList lines;
    for (const BulkTarget &target : targets)
        lines << undoLine(target);
    auto *dialog = new DriftRepairDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (tag.kind == JournalEntry::Kind::Revert)
        dialog->setRevertPlan(lines, static_cast<int>(targets.size()), description);
    else
        dialog->setUndoPlan(lines, static_cast<int>(targets.size()), description);
    connect(dialog, &DriftRepairDialog::applyRequested, this, [this, dialog, targets, description, tag, onApply] {
        if (m_bulkEdit && m_bulkEdit->isRunning())
            return;
        auto *edit = new BulkAggregateEdit(m_client, dialog);
        const QString batchId = Journal::newId();
        connect(edit, &BulkAggregateEdit::outcomeChanged, this, [this, edit](int index) {
            const BulkOutcome &o = edit->outcomes().at(index);
            if (o.status == BulkOutcome::Status::Done)
                applySaved(o.providerUuid, { o.after, o.generation }, o.before);
        });
        connect(edit, &BulkAggregateEdit::providerFinished, this,
                [this, edit, batchId, tag](int index) { journalOutcome(edit, index, batchId, tag); });
        connect(edit, &BulkAggregateEdit::finished, this, [this, edit, description, tag] {
            const QString text = tag.kind == JournalEntry::Kind::Revert
                ? tr("Revert of the %1: %2 done, %3 unchanged, %4 failed, %5 cancelled.")
                : tr("Undo of the bulk edit (%1): %2 done, %3 unchanged, %4 failed, %5 cancelled.");
            m_window->setStatusMessage(text.arg(description)
                                           .arg(edit->count(BulkOutcome::Status::Done))
                                           .arg(edit->count(BulkOutcome::Status::Unchanged))
                                           .arg(edit->count(BulkOutcome::Status::Failed))
                                           .arg(edit->count(BulkOutcome::Status::Cancelled)));
            if (!isWriting())
                Q_EMIT writesSettled();
        });
        connect(dialog, &DriftRepairDialog::cancelRequested, edit, &BulkAggregateEdit::cancel);
        if (onApply)
            onApply();
        m_bulkEdit = edit;
        dialog->showRun(edit);
        edit->start(targets);
    });
    m_bulkUndoDialog = dialog;
    dialog->open();
}

DriftRepairDialog *AggregateEditController::bulkUndoDialog() const
{
    return m_bulkUndoDialog;
}

void AggregateEditController::updateUndoable()
{
    const QList<QString> keys = m_previous.keys();
    m_window->setUndoable(QSet<QString>(keys.cbegin(), keys.cend()));
}

bool AggregateEditController::isWriting() const
{
    if (m_editor) {
        const AggregateEditSession::State state = m_editor->session()->state();
        if (state == AggregateEditSession::State::Saving || state == AggregateEditSession::State::Resolving)
            return true;
    }
    if (m_novaEdit && m_novaEdit->isRunning())
        return true;
    return !m_bulkEdit.isNull() && m_bulkEdit->isRunning();
}

AggregateEditorDialog *AggregateEditController::editor() const
{
    return m_editor;
}

NovaRouteChoice *AggregateEditController::routeChoice() const
{
    return m_routeChoice;
}

BulkEditDialog *AggregateEditController::bulkDialog() const
{
    return m_bulk;
}
