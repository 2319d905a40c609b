#pragma once

// Edits one provider's aggregate set over an AggregateEditSession: the base read at a known
// generation, additions (typed, pasted, picked), removals, and the pending diff before
// anything is sent. Invalid entries are shown with the reason and never sent. Saving shows
// "Applying…"; a 409 opens the ConflictDialog; any other failure keeps the edit and says why.
// It only shows the session: saving and conflict choices are emitted for the controller.

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

#include "aggregateeditsession.h"
#include "aggregatelist.h"

class AggregateInput;
class AggregateLabels;
class ConflictDialog;
class NovaOverlay;
class QLabel;
class QPushButton;
class QTreeWidget;

class AggregateEditorDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        AggregateColumn,
        ChangeColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        KindRole, // RowKind
    };
    enum class RowKind
    {
        Kept,
        Added,
        Removed,
        Invalid,
        RemovedByOthers // removed on the server since this edit began: information, restorable
    };

    AggregateEditorDialog(AggregateEditSession *session, const QString &providerName, QWidget *parent = nullptr);

    AggregateEditSession *session() const { return m_session; }
    void setLabels(AggregateLabels *labels);
    // Nova names and badges beside every aggregate (and in the conflict prompt); Nova names can
    // be typed like labels.
    void setNovaOverlay(const NovaOverlay *nova);
    void setKnownAggregates(const QStringList &uuids);
    // Editing impossible (microversion below 1.19, read-only): everything disabled, reason shown.
    void setEditingDisabled(const QString &reason);
    // A note above the list, e.g. that this edit undoes the last change.
    void setNote(const QString &note);
    // A write outside the session is under way (add_host/remove_host through Nova): nothing
    // can be edited, saved or closed, and `text` says what is being done. Empty ends it.
    void setBusy(const QString &text);
    bool isBusy() const { return !m_busyText.isEmpty(); }
    // Says how such a write ended; `error` shows it as a failure, kept until the next save.
    void showOutcome(const QString &text, bool error);

    // Adds typed or pasted text as the Add button does.
    void addText(const QString &text);
    void removeAggregates(const QStringList &uuids);
    void restoreAggregates(const QStringList &uuids);
    QStringList rejectedInputs() const;

    AggregateInput *input() const { return m_input; }
    QTreeWidget *diffView() const { return m_diff; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *removeButton() const { return m_remove; }
    QString summaryText() const;
    QString messageText() const;
    QString headerText() const;
    ConflictDialog *conflictDialog() const;
    QMessageBox *closeQuestion() const { return m_closeQuestion; }
    bool hasUnsavedChanges() const;

Q_SIGNALS:
    // The operator asked to save (Save, Ctrl+S); whoever owns the session saves.
    void saveRequested();
    // The operator chose how to go on after a conflict.
    void conflictChoiceMade(AggregateEditSession::ConflictChoice choice);

public Q_SLOTS:
    void reject() override;

private:
    void rebuild();
    void updateButtons();
    void onStateChanged(AggregateEditSession::State state);
    void onConflict(const AggregateConflict &conflict);
    void onFailed(const PlacementError &error);
    void onEntered(const AggregateListCheck &check);
    void removeSelected();
    void restoreSelected();
    QStringList selectedUuids(RowKind kind) const;
    void showMessage(const QString &text, bool error);

    AggregateEditSession *m_session;
    QString m_providerName;
    AggregateLabels *m_labels = nullptr;
    const NovaOverlay *m_nova = nullptr;
    QList<RejectedAggregate> m_rejected;
    QStringList m_alreadyInList; // entered again last time: said, not silently ignored
    QString m_disabledReason;
    QString m_busyText;
    QLabel *m_header;
    QLabel *m_note;
    AggregateInput *m_input;
    QTreeWidget *m_diff;
    QPushButton *m_remove;
    QPushButton *m_restore;
    QLabel *m_summary;
    QLabel *m_message;
    QPushButton *m_save;
    QPushButton *m_close;
    QPointer<ConflictDialog> m_conflictDialog;
    QPointer<QMessageBox> m_closeQuestion;
    bool m_discardConfirmed = false;
};
