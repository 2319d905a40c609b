#pragma once

// Turns the window's edit requests into edit sessions, bulk runs and undos against the
// connected Placement: opens the dialogs, applies each server answer to the provider
// row (new set, new generation), says what changed in the status bar, remembers the last
// change of each provider for undo, and honours read-only mode and the auto re-apply setting.

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

#include "bulkaggregateedit.h"
#include "journalentry.h"
#include "types.h"

class AggregateEditSession;
class AggregateEditorDialog;
class AggregateLabels;
class BulkEditDialog;
class DriftRepairDialog;
class Journal;
class MainWindow;
class NovaController;
class NovaMembershipEdit;
class NovaOverlay;
class NovaRouteChoice;
class PlacementClient;
class ProviderModel;
struct AggregateConflict;
struct NovaMembershipPlan;

// Why an editor or a batch writes, for the journal. (Outside the class: GCC rejects a nested
// struct with default member initialisers as a default argument of its enclosing class.)
struct JournalTag
{
    JournalEntry::Kind kind = JournalEntry::Kind::Single;
    QString revertOf;
};

class AggregateEditController : public QObject
{
    Q_OBJECT
public:
    AggregateEditController(PlacementClient *client, ProviderModel *providers, AggregateLabels *labels,
                            MainWindow *window, QObject *parent = nullptr);

    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    // The auto re-apply setting is remembered per connection (profile or endpoint).
    void setConnectionKey(const QString &key);
    void setAutoReapply(bool on);
    bool autoReapply() const { return m_autoReapply; }
    // Nova beside Placement: with Nova data, saving a change of a compute node's Nova aggregates
    // asks whether to go through Nova (add_host/remove_host) or Placement only; afterwards
    // `nova` scans again so the overlay and the drift follow. Unset: every save as before.
    void setNova(const NovaOverlay *overlay, NovaController *nova);
    // Every write made here (edits, bulk runs, undos, reverts) is recorded there; unset: none.
    void setJournal(Journal *journal);

    void editAggregates(const QString &uuid);
    void undoLastChange(const QString &uuid);
    void bulkEdit(BulkIntent::Kind kind, const QStringList &uuids);
    // Previews, then (after Apply) takes back what the last bulk edit did on every provider it
    // changed, through the same generation-checked per-provider machinery.
    void undoLastBulkEdit();
    // Previews, then (after Apply) takes back what these journal entries did, each provider
    // through the same generation-checked machinery (what others changed since is kept);
    // every write is journalled as a revert of its entry. Failed entries change nothing.
    void revertEntries(const QList<JournalEntry> &entries);

    AggregateEditorDialog *editor() const;
    BulkEditDialog *bulkDialog() const;
    DriftRepairDialog *bulkUndoDialog() const;
    // The open "through Nova or Placement only" question, if any.
    NovaRouteChoice *routeChoice() const;
    bool canUndo(const QString &uuid) const { return m_previous.contains(uuid); }
    // A save, a conflict re-read or a bulk edit is under way: refreshes wait for it.
    bool isWriting() const;

Q_SIGNALS:
    void editorOpened(AggregateEditorDialog *editor);
    // A save needs the operator's choice between Nova and Placement only.
    void routeChoiceOpened(NovaRouteChoice *choice);
    // The Nova part of a save ended; `succeeded` is false when Nova refused a step, did not
    // mirror it into Placement, or the mirror could not be checked (the editor says which).
    void novaEditFinished(const QString &uuid, bool succeeded);
    void aggregatesSaved(const QString &uuid, const ProviderAggregates &result);
    // What the app knows of this provider moved (saved, changed by someone else, reloaded):
    // views showing it should show the server's state again.
    void providerChanged(const QString &uuid);
    // isWriting() turned false.
    void writesSettled();
    void automaticallyReapplied(const QString &uuid, qint64 fromGeneration, qint64 toGeneration);

private:
    void openEditor(const QString &uuid, const ProviderAggregates &base, const QStringList &wanted, const QString &note,
                    const JournalTag &tag = {});
    // The journal id of the provider's newest successful write (what Ctrl+Z takes back).
    QString lastDoneEntryOf(const QString &uuid) const;
    // Journals provider `index` of `edit` once it is final, if a write was sent for it.
    void journalOutcome(const BulkAggregateEdit *edit, int index, const QString &batchId, const JournalTag &tag);
    // The preview / Apply / outcome dialog of an undo plan, then the run; undoLastBulkEdit and
    // revertEntries share it.
    void runUndoPlan(const QList<BulkTarget> &targets, const QString &description, const JournalTag &tag,
                     const std::function<void()> &onApply);
    void applySaved(const QString &uuid, const ProviderAggregates &result, const QStringList &previous,
                    const QStringList &notSent = {}, const QString &note = {});
    void requestSave(AggregateEditorDialog *editor);
    void saveThroughNova(AggregateEditorDialog *editor, const NovaMembershipPlan &plan);
    void finishThroughNova(AggregateEditorDialog *editor, NovaMembershipEdit *run, const ProviderAggregates &before);
    void showEditingStatus(const QString &uuid, const ProviderAggregates &base);
    QStringList knownAggregates() const;
    void updateUndoable();
    // After a bulk run: what would undo it, told to the window (Ctrl+Z then offers the whole).
    void rememberBulk(const BulkAggregateEdit *edit, const QString &batchId);
    QString undoLine(const BulkTarget &target) const;

    PlacementClient *m_client;
    ProviderModel *m_providers;
    AggregateLabels *m_labels;
    MainWindow *m_window;
    QHash<QString, QStringList> m_previous; // uuid -> set before its last successful change
    QPointer<AggregateEditorDialog> m_editor;
    QPointer<BulkEditDialog> m_bulk;
    QPointer<BulkAggregateEdit> m_bulkEdit;
    QList<BulkTarget> m_bulkUndo; // undoes the last bulk edit
    QString m_bulkUndoDescription; // what that bulk edit did
    QString m_bulkUndoBatch; // its journal batch id
    QPointer<DriftRepairDialog> m_bulkUndoDialog;
    const NovaOverlay *m_novaOverlay = nullptr;
    QPointer<NovaController> m_nova;
    QPointer<NovaRouteChoice> m_routeChoice;
    QPointer<NovaMembershipEdit> m_novaEdit;
    // What the next "saved" of a provider's editor adds to its message (the Nova part, or the
    // Placement-only drift warning), and the set before the Nova part for undo.
    QHash<QString, QString> m_novaNotes;
    QHash<QString, QString> m_placementOnlyNotes;
    QHash<QString, QStringList> m_previousBeforeNova;
    QString m_connectionKey;
    QPointer<Journal> m_journal;
    bool m_readOnly = false;
    bool m_autoReapply = false;
};
