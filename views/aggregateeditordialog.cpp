#include "aggregateeditordialog.h"

#include "aggregateinput.h"
#include "aggregatelabels.h"
#include "conflictdialog.h"
#include "novaoverlay.h"
#include "palettecolors.h"
#include "shortcutsdialog.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

AggregateEditorDialog::AggregateEditorDialog(AggregateEditSession *session, const QString &providerName,
                                             QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_providerName(providerName)
    , m_header(new QLabel(this))
    , m_note(new QLabel(this))
    , m_input(new AggregateInput(this))
    , m_diff(new QTreeWidget(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_restore(new QPushButton(tr("Res&tore"), this))
    , m_summary(new QLabel(this))
    , m_message(new QLabel(this))
    , m_save(new QPushButton(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Edit Aggregates of %1").arg(providerName));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->hide();
    m_diff->setColumnCount(ColumnCount);
    m_diff->setAccessibleName(tr("Aggregates and pending changes"));
    m_diff->setHeaderLabels({ tr("Aggregate"), tr("Pending change") });
    m_diff->setRootIsDecorated(false);
    m_diff->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_diff->setUniformRowHeights(true);
    m_diff->header()->setSectionResizeMode(AggregateColumn, QHeaderView::Stretch);
    m_diff->header()->setStretchLastSection(false);
    m_diff->header()->setSectionResizeMode(ChangeColumn, QHeaderView::ResizeToContents);
    m_remove->setToolTip(tr("Remove the selected aggregates from the set (Del)"));
    m_restore->setToolTip(tr("Put the selected removed aggregates back"));
    m_summary->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_save->setDefault(false);
    m_save->setAutoDefault(false); // Return adds the typed text; saving is explicit

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_note);
    layout->addWidget(m_input);
    layout->addWidget(m_diff, 1);
    auto *rowButtons = new QHBoxLayout;
    rowButtons->addWidget(m_remove);
    rowButtons->addWidget(m_restore);
    rowButtons->addWidget(m_summary, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::ApplyRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);

    connect(m_input, &AggregateInput::entered, this, &AggregateEditorDialog::onEntered);
    connect(m_remove, &QPushButton::clicked, this, &AggregateEditorDialog::removeSelected);
    connect(m_restore, &QPushButton::clicked, this, &AggregateEditorDialog::restoreSelected);
    auto *del = new QShortcut(QKeySequence::Delete, m_diff, nullptr, nullptr, Qt::WidgetShortcut);
    del->setWhatsThis(tr("Remove the selected aggregates (in the list)"));
    connect(del, &QShortcut::activated, this, &AggregateEditorDialog::removeSelected);
    connect(m_diff, &QTreeWidget::itemSelectionChanged, this, &AggregateEditorDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_message->hide();
        Q_EMIT saveRequested();
    });
    connect(m_close, &QPushButton::clicked, this, &AggregateEditorDialog::reject);
    // A QShortcut, not the button's: setText() with a mnemonic would replace the button's shortcut.
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setWhatsThis(tr("Save the changes"));
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            m_save->click();
    });
    ShortcutsDialog::installHelpKey(this,
                                    { { tr("Add what is typed (in the aggregate box); never saves"),
                                        QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText) } });
    connect(m_session, &AggregateEditSession::stateChanged, this, &AggregateEditorDialog::onStateChanged);
    connect(m_session, &AggregateEditSession::conflictDetected, this, &AggregateEditorDialog::onConflict);
    connect(m_session, &AggregateEditSession::saveFailed, this, &AggregateEditorDialog::onFailed);
    connect(m_session, &AggregateEditSession::automaticallyReapplied, this, [this](const AggregateConflict &c) {
        showMessage(tr("Only the generation moved (%1 → %2); your change was re-applied automatically.")
                        .arg(c.base.generation)
                        .arg(c.server.generation),
                    false);
    });
    resize(760, 520);
    onStateChanged(m_session->state());
}

void AggregateEditorDialog::setLabels(AggregateLabels *labels)
{
    m_labels = labels;
    m_input->setLabels(labels);
    rebuild();
}

void AggregateEditorDialog::setNovaOverlay(const NovaOverlay *nova)
{
    m_nova = nova;
    m_input->setNovaOverlay(nova);
    rebuild();
}

void AggregateEditorDialog::setKnownAggregates(const QStringList &uuids)
{
    m_input->setKnownAggregates(uuids);
}

void AggregateEditorDialog::setEditingDisabled(const QString &reason)
{
    m_disabledReason = reason;
    if (!reason.isEmpty())
        showMessage(reason, true);
    rebuild();
}

void AggregateEditorDialog::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void AggregateEditorDialog::setBusy(const QString &text)
{
    m_busyText = text;
    if (!text.isEmpty())
        showMessage(text, false);
    onStateChanged(m_session->state());
}

void AggregateEditorDialog::showOutcome(const QString &text, bool error)
{
    showMessage(text, error);
}

void AggregateEditorDialog::addText(const QString &text)
{
    onEntered(m_input->parse(text));
}

void AggregateEditorDialog::onEntered(const AggregateListCheck &check)
{
    QStringList wanted = m_session->wanted();
    QStringList already = check.foldedDuplicates;
    for (const QString &uuid : check.aggregates) {
        if (wanted.contains(uuid))
            already << uuid; // entering it twice changes nothing, and the operator hears so
        else
            wanted << uuid;
    }
    for (const RejectedAggregate &r : check.rejected) {
        const bool known = std::any_of(m_rejected.cbegin(), m_rejected.cend(),
                                       [&](const RejectedAggregate &x) { return x.input == r.input; });
        if (!known)
            m_rejected << r;
    }
    m_alreadyInList = already;
    m_session->setWanted(wanted);
    rebuild();
}

void AggregateEditorDialog::removeAggregates(const QStringList &uuids)
{
    QStringList wanted = m_session->wanted();
    for (const QString &uuid : uuids)
        wanted.removeAll(uuid);
    m_session->setWanted(wanted);
    rebuild();
}

void AggregateEditorDialog::restoreAggregates(const QStringList &uuids)
{
    QStringList wanted = m_session->wanted();
    for (const QString &uuid : uuids) {
        if (!wanted.contains(uuid))
            wanted << uuid;
    }
    m_session->setWanted(wanted);
    rebuild();
}

QStringList AggregateEditorDialog::selectedUuids(RowKind kind) const
{
    QStringList uuids;
    const QList<QTreeWidgetItem *> items = m_diff->selectedItems();
    for (const QTreeWidgetItem *item : items) {
        if (item->data(0, KindRole).toInt() == static_cast<int>(kind))
            uuids << item->data(0, UuidRole).toString();
    }
    return uuids;
}

void AggregateEditorDialog::removeSelected()
{
    const QStringList invalid = selectedUuids(RowKind::Invalid);
    m_rejected.erase(std::remove_if(m_rejected.begin(), m_rejected.end(),
                                    [&](const RejectedAggregate &r) { return invalid.contains(r.input); }),
                     m_rejected.end());
    removeAggregates(selectedUuids(RowKind::Kept) + selectedUuids(RowKind::Added));
}

void AggregateEditorDialog::restoreSelected()
{
    restoreAggregates(selectedUuids(RowKind::Removed) + selectedUuids(RowKind::RemovedByOthers));
}

QStringList AggregateEditorDialog::rejectedInputs() const
{
    QStringList inputs;
    for (const RejectedAggregate &r : m_rejected)
        inputs << r.input;
    return inputs;
}

bool AggregateEditorDialog::hasUnsavedChanges() const
{
    return m_session->hasPendingChange() || !m_rejected.isEmpty();
}

void AggregateEditorDialog::rebuild()
{
    const ProviderAggregates base = m_session->base();
    const QStringList wanted = m_session->wanted();
    const AggregateChange change = m_session->pendingChange();
    m_header->setText(tr("<b>%1</b> · %2<br>Started from generation %3 with %n aggregate(s).", nullptr,
                         static_cast<int>(base.aggregates.size()))
                          .arg(m_providerName.toHtmlEscaped(), m_session->providerUuid())
                          .arg(base.generation));

    // Rebuild the rows but keep what was selected (by UUID or rejected input).
    QStringList selected;
    const QList<QTreeWidgetItem *> items = m_diff->selectedItems();
    for (const QTreeWidgetItem *item : items)
        selected << item->data(0, UuidRole).toString();
    const QSignalBlocker blocker(m_diff);
    m_diff->clear();
    const QPalette pal = m_diff->palette();
    auto addRow = [&](const QString &key, const QString &text, const QString &changeText, RowKind kind) {
        auto *item = new QTreeWidgetItem(m_diff, { text, changeText });
        item->setData(0, UuidRole, key);
        item->setData(0, KindRole, static_cast<int>(kind));
        if (kind == RowKind::Added) {
            for (int c = 0; c < ColumnCount; ++c)
                item->setBackground(c, PaletteColors::addedBackground(pal));
        } else if (kind == RowKind::RemovedByOthers) {
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, PaletteColors::pendingText(pal));
        } else if (kind == RowKind::Removed || kind == RowKind::Invalid) {
            QFont font = item->font(0);
            font.setStrikeOut(kind == RowKind::Removed);
            item->setFont(0, font);
            for (int c = 0; c < ColumnCount; ++c)
                item->setForeground(c, PaletteColors::removedText(pal));
        } else {
            item->setForeground(ChangeColumn, PaletteColors::pendingText(pal));
        }
        item->setSelected(selected.contains(key));
        if (m_nova && kind != RowKind::Invalid)
            item->setToolTip(AggregateColumn, m_nova->describe(key));
        return item;
    };
    // What others changed on the server meanwhile is theirs: kept, and said so.
    const AggregateChange theirs = m_session->theirChange();
    for (const QString &uuid : base.aggregates) {
        const bool kept = wanted.contains(uuid);
        const QString keptText = theirs.added.contains(uuid) ? tr("kept · added on the server meanwhile") : tr("kept");
        addRow(uuid, AggregateInput::displayText(uuid, m_labels, m_nova), kept ? keptText : tr("− removed"),
               kept ? RowKind::Kept : RowKind::Removed);
    }
    for (const QString &uuid : change.added)
        addRow(uuid, AggregateInput::displayText(uuid, m_labels, m_nova), tr("+ added"), RowKind::Added);
    for (const QString &uuid : theirs.removed) {
        if (!base.aggregates.contains(uuid) && !wanted.contains(uuid))
            addRow(uuid, AggregateInput::displayText(uuid, m_labels, m_nova), tr("removed on the server meanwhile"),
                   RowKind::RemovedByOthers);
    }
    for (const RejectedAggregate &r : m_rejected) {
        QTreeWidgetItem *item = addRow(r.input, r.input, tr("invalid, not sent"), RowKind::Invalid);
        item->setToolTip(0, r.reason);
        item->setToolTip(1, r.reason);
    }

    QStringList parts;
    parts << tr("%n to add", nullptr, static_cast<int>(change.added.size()))
          << tr("%n to remove", nullptr, static_cast<int>(change.removed.size()))
          << tr("%n kept", nullptr, static_cast<int>(base.aggregates.size() - change.removed.size()));
    QString summary = parts.join(tr(", "));
    if (!m_alreadyInList.isEmpty())
        summary += QLatin1Char('\n') + tr("Already in the list: %1").arg(m_alreadyInList.join(tr(", ")));
    for (const RejectedAggregate &r : m_rejected)
        summary += QLatin1Char('\n') + tr("Not sent: %1").arg(r.reason);
    m_summary->setText(summary);
    updateButtons();
}

void AggregateEditorDialog::updateButtons()
{
    const AggregateChange change = m_session->pendingChange();
    const bool editing = (m_session->state() == AggregateEditSession::State::Editing
                          || m_session->state() == AggregateEditSession::State::Saved)
        && m_busyText.isEmpty();
    const bool allowed = editing && m_disabledReason.isEmpty();
    m_input->setEnabled(allowed);
    m_diff->setEnabled(m_disabledReason.isEmpty());
    m_remove->setEnabled(
        allowed
        && !(selectedUuids(RowKind::Kept) + selectedUuids(RowKind::Added) + selectedUuids(RowKind::Invalid)).isEmpty());
    m_restore->setEnabled(allowed
                          && !(selectedUuids(RowKind::Removed) + selectedUuids(RowKind::RemovedByOthers)).isEmpty());
    m_save->setEnabled(allowed && !change.isEmpty());
}

void AggregateEditorDialog::onStateChanged(AggregateEditSession::State state)
{
    switch (state) {
    case AggregateEditSession::State::Saving:
    case AggregateEditSession::State::Resolving:
        m_save->setText(tr("Applying…"));
        break;
    case AggregateEditSession::State::Conflict:
        m_save->setText(tr("Waiting for your choice…"));
        break;
    case AggregateEditSession::State::Editing:
    case AggregateEditSession::State::Saved:
        m_save->setText(m_busyText.isEmpty() ? tr("&Save") : tr("Applying…"));
        break;
    }
    m_save->setToolTip(tr("Save with one generation-checked request (%1)")
                           .arg(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
    rebuild();
    if (state == AggregateEditSession::State::Saved)
        QDialog::accept(); // the rejected inputs stay readable: the saved message names them
}

void AggregateEditorDialog::onConflict(const AggregateConflict &conflict)
{
    auto *dialog = new ConflictDialog(conflict, m_providerName, m_labels, m_nova, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_conflictDialog = dialog;
    connect(dialog, &ConflictDialog::choiceMade, this, [this, conflict](ConflictDialog::Choice choice) {
        Q_EMIT conflictChoiceMade(choice);
        switch (choice) {
        case ConflictDialog::Choice::Reapply:
            if (m_session->state() == AggregateEditSession::State::Saving)
                showMessage(tr("Re-applying your changes on top of generation %1…").arg(conflict.server.generation),
                            false);
            break;
        case ConflictDialog::Choice::Reload:
            showMessage(tr("Reloaded: this is the server's set at generation %1; your changes were dropped.")
                            .arg(conflict.server.generation),
                        false);
            break;
        case ConflictDialog::Choice::KeepEditing:
            showMessage(tr("Your changes now start from the server's set at generation %1; what others changed "
                           "is kept and marked. Review and save again.")
                            .arg(conflict.server.generation),
                        false);
            break;
        }
        rebuild();
    });
    dialog->open();
}

void AggregateEditorDialog::onFailed(const PlacementError &error)
{
    const QString requestId = error.requestId.isEmpty() ? tr("none (no answer from the server)") : error.requestId;
    showMessage(tr("Not saved: %1\nRequest id: %2\nYour changes are kept; save again when the cause is fixed.")
                    .arg(error.message(), requestId),
                true);
    rebuild();
}

void AggregateEditorDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    QPalette pal = m_message->palette();
    pal.setColor(QPalette::WindowText,
                 error ? PaletteColors::errorText(palette()) : palette().color(QPalette::WindowText));
    m_message->setPalette(pal);
    m_message->setVisible(!text.isEmpty());
}

ConflictDialog *AggregateEditorDialog::conflictDialog() const
{
    return m_conflictDialog;
}

QString AggregateEditorDialog::summaryText() const
{
    return m_summary->text();
}

QString AggregateEditorDialog::messageText() const
{
    return m_message->isVisible() || !m_message->text().isEmpty() ? m_message->text() : QString();
}

QString AggregateEditorDialog::headerText() const
{
    return m_header->text();
}

void AggregateEditorDialog::reject()
{
    const AggregateEditSession::State state = m_session->state();
    if (state == AggregateEditSession::State::Saving || state == AggregateEditSession::State::Resolving
        || !m_busyText.isEmpty()) {
        showMessage(tr("Wait until the save is answered; closing now would hide its outcome."), false);
        return;
    }
    if (!hasUnsavedChanges() || m_discardConfirmed || !m_disabledReason.isEmpty()) {
        QDialog::reject();
        return;
    }
    if (m_closeQuestion)
        return;
    const AggregateChange change = m_session->pendingChange();
    auto *box = new QMessageBox(QMessageBox::Question, tr("Discard Changes?"),
                                tr("Discard your unsaved changes to %1? Adding %n aggregate(s), removing %2.", nullptr,
                                   static_cast<int>(change.added.size()))
                                    .arg(m_providerName)
                                    .arg(change.removed.size()),
                                QMessageBox::Discard | QMessageBox::Cancel, this);
    box->setDefaultButton(QMessageBox::Cancel);
    // Mnemonics on both; the safe choice carries no red "cancel" icon, the loss is the one named.
    box->button(QMessageBox::Discard)->setText(tr("&Discard Changes"));
    box->button(QMessageBox::Cancel)->setText(tr("&Keep Editing"));
    box->button(QMessageBox::Cancel)->setIcon(QIcon());
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_closeQuestion = box;
    connect(box, &QMessageBox::finished, this, [this, box] {
        if (box->clickedButton() == box->button(QMessageBox::Discard)) {
            m_discardConfirmed = true;
            QDialog::reject();
        }
    });
    box->open();
}
