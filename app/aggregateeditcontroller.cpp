#include "aggregateeditcontroller.h"

#include "aggregateeditordialog.h"
#include "aggregateeditsession.h"
#include "aggregatelabels.h"
#include "aggregatemerge.h"
#include "bulkeditdialog.h"
#include "mainwindow.h"
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
    connect(m_window, &MainWindow::autoReapplyChanged, this, &AggregateEditController::setAutoReapply);
}

void AggregateEditController::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_window->setReadOnly(readOnly);
    if (readOnly && m_editor)
        m_editor->setEditingDisabled(m_window->writeDisabledReason());
}

void AggregateEditController::setConnectionKey(const QString &key)
{
    m_connectionKey = key;
    m_previous.clear();
    updateUndoable();
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
                       .arg(m_providers->displayName(uuid)));
    });
}

void AggregateEditController::openEditor(const QString &uuid, const ProviderAggregates &base, const QStringList &wanted,
                                         const QString &note)
{
    if (m_editor)
        return;
    auto *session = new AggregateEditSession(m_client, uuid, base);
    session->setAutoReapplyWhenOnlyGenerationMoved(m_autoReapply);
    auto *editor = new AggregateEditorDialog(session, m_providers->displayName(uuid), m_window);
    session->setParent(editor);
    // The editor shows the session and asks; saving and conflict choices happen here.
    connect(editor, &AggregateEditorDialog::saveRequested, session, &AggregateEditSession::save);
    connect(editor, &AggregateEditorDialog::conflictChoiceMade, session, &AggregateEditSession::choose);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setLabels(m_labels);
    editor->setKnownAggregates(knownAggregates());
    editor->setNote(note);
    if (!AggregateMerge::sameSet(wanted, base.aggregates))
        session->setWanted(wanted);
    editor->setEditingDisabled(m_window->writeDisabledReason());
    connect(session, &AggregateEditSession::saved, this,
            [this, uuid, editor](const ProviderAggregates &result, const QStringList &previous) {
                applySaved(uuid, result, previous, editor->rejectedInputs());
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

void AggregateEditController::showEditingStatus(const QString &uuid, const ProviderAggregates &base)
{
    m_window->setStatusMessage(
        tr("Editing the aggregates of %1 (generation %2).").arg(m_providers->displayName(uuid)).arg(base.generation));
}

void AggregateEditController::applySaved(const QString &uuid, const ProviderAggregates &result,
                                         const QStringList &previous, const QStringList &notSent)
{
    m_providers->setAggregates(uuid, result);
    m_previous.insert(uuid, previous);
    updateUndoable();
    const AggregateChange change = AggregateMerge::diff(previous, result.aggregates);
    // What was typed but never sent must not vanish behind a success message.
    const QString text = notSent.isEmpty()
        ? tr("Saved %1: %2 added, %3 removed; now %4 aggregate(s), generation %5.")
              .arg(m_providers->displayName(uuid))
              .arg(change.added.size())
              .arg(change.removed.size())
              .arg(result.aggregates.size())
              .arg(result.generation)
        : tr("Saved %1: %2 added, %3 removed; now %4 aggregate(s), generation %5. Not sent, not UUIDs: %6.")
              .arg(m_providers->displayName(uuid))
              .arg(change.added.size())
              .arg(change.removed.size())
              .arg(result.aggregates.size())
              .arg(result.generation)
              .arg(notSent.join(tr(", ")));
    m_window->setStatusMessage(text);
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
    dialog->setKnownAggregates(knownAggregates());
    // The dialog shows and asks; the run happens here.
    connect(dialog, &BulkEditDialog::startRequested, this, [this, dialog](const BulkIntent &intent) {
        if (m_bulkEdit)
            return;
        auto *edit = new BulkAggregateEdit(m_client, intent, dialog);
        connect(edit, &BulkAggregateEdit::outcomeChanged, this, [this, edit](int index) {
            const BulkOutcome &o = edit->outcomes().at(index);
            if (o.status == BulkOutcome::Status::Done)
                applySaved(o.providerUuid, { o.after, o.generation }, o.before);
        });
        connect(edit, &BulkAggregateEdit::finished, this, [this, edit] {
            m_window->setStatusMessage(tr("Bulk edit (%1): %2 done, %3 unchanged, %4 failed, %5 cancelled.")
                                           .arg(edit->intent().describe())
                                           .arg(edit->count(BulkOutcome::Status::Done))
                                           .arg(edit->count(BulkOutcome::Status::Unchanged))
                                           .arg(edit->count(BulkOutcome::Status::Failed))
                                           .arg(edit->count(BulkOutcome::Status::Cancelled)));
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
    return !m_bulkEdit.isNull() && m_bulkEdit->isRunning();
}

AggregateEditorDialog *AggregateEditController::editor() const
{
    return m_editor;
}

BulkEditDialog *AggregateEditController::bulkDialog() const
{
    return m_bulk;
}
