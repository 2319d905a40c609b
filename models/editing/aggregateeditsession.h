#pragma once

// One operator's edit of one provider's aggregate set, from the set read at a known
// generation (the base) to a saved result. A 409 concurrent update never loses the
// edit: the session re-reads the provider and reports a Conflict the UI turns into a
// choice (re-apply on top of the server, reload and drop, or keep editing).

#include <QObject>
#include <QPointer>
#include <QStringList>

#include "aggregatemerge.h"
#include "placementerror.h"
#include "types.h"
#include "writerecord.h"

class PlacementClient;

// What the server had when a save was refused, and what re-applying would send.
struct AggregateConflict
{
    ProviderAggregates base; // what the operator started from
    ProviderAggregates server; // what the server has now
    QStringList mine; // what the operator wants
    QStringList merged; // server now + my additions - my removals
    bool aggregatesChangedOnServer = false; // false: only the generation moved (traits, inventory, allocations)
    AggregateChange serverChange; // base -> server
    AggregateChange myChange; // base -> mine
};

class AggregateEditSession : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Editing,
        Saving,
        Resolving,
        Conflict,
        Saved
    };
    Q_ENUM(State)
    // What the operator chose when a save met a conflict.
    enum class ConflictChoice
    {
        Reapply, // reapplyMine()
        Reload, // reloadDroppingMine()
        KeepEditing // keepEditing()
    };
    Q_ENUM(ConflictChoice)
    static constexpr int maxAutomaticReapplies = 5;

    AggregateEditSession(PlacementClient *client, QString providerUuid, const ProviderAggregates &base,
                         QObject *parent = nullptr);

    QString providerUuid() const { return m_uuid; }
    State state() const { return m_state; }
    ProviderAggregates base() const { return m_base; }
    QStringList wanted() const { return m_wanted; }
    AggregateChange pendingChange() const { return AggregateMerge::diff(m_base.aggregates, m_wanted); }
    bool hasPendingChange() const { return !pendingChange().isEmpty(); }
    const AggregateConflict &conflict() const { return m_conflict; }
    // The set before the last successful save (for undo).
    QStringList previousAggregates() const { return m_previous; }
    // What others changed on the server since this edit began, as learnt from conflicts:
    // shown as theirs, never undone unless the operator removes it explicitly.
    AggregateChange theirChange() const { return m_theirs; }

    // Re-apply automatically when only the generation moved and the aggregates on the
    // server are still the base (opt-in per profile). Each time emits automaticallyReapplied.
    void setAutoReapplyWhenOnlyGenerationMoved(bool on) { m_autoReapply = on; }

    void setWanted(const QStringList &aggregates);
    // One generation-checked PUT with the base generation. Ignored unless Editing.
    void save();
    // Conflict choices; choose() dispatches to one of them.
    void choose(ConflictChoice choice);
    void reapplyMine(); // three-way merge on the server's set, saved with the server's generation
    void reloadDroppingMine(); // the server's set becomes base and wanted
    // Base moves to the server's state and my change (additions and removals) is rebased
    // onto it: what the server changed stays, unless I remove it myself afterwards.
    void keepEditing();
    // The provider was written outside this session (add_host/remove_host through Nova) and
    // read again: that set becomes the base and my change is carried onto it as keepEditing()
    // does, so what was written is no longer pending and the rest still is. Editing only.
    void rebaseOnto(const ProviderAggregates &server);

Q_SIGNALS:
    void stateChanged(State state);
    // The set and generation this edit starts from moved (a save, a conflict choice).
    void baseChanged(const ProviderAggregates &base);
    void saved(const ProviderAggregates &result, const QStringList &previous);
    void conflictDetected(const AggregateConflict &conflict);
    void automaticallyReapplied(const AggregateConflict &conflict);
    // Any other failure (400, 403, 404, network, timeout): the edit is kept, state is Editing.
    void saveFailed(const PlacementError &error);
    // A save sent to the server ended, saved or failed (for the journal): emitted before saved()
    // or saveFailed(). Not emitted for a save refused before sending, nor while a conflict waits.
    void written(const WriteRecord &record);

private:
    void setState(State state);
    void setBase(const ProviderAggregates &base);
    void adoptServerState();
    void learnTheirChange();
    void put(const QStringList &aggregates, qint64 generation);
    void resolveConflict();
    void failWrite(const PlacementError &error, bool answerToThePut = true);

    PlacementClient *m_client;
    QString m_uuid;
    ProviderAggregates m_base;
    QStringList m_wanted;
    QStringList m_previous;
    AggregateConflict m_conflict;
    QStringList m_origin; // the set this edit began from (or the last save left)
    AggregateChange m_theirs; // m_origin -> the server's set at the last conflict
    State m_state = State::Editing;
    bool m_autoReapply = false;
    int m_autoReapplies = 0;
    WriteRecord m_write; // the save under way, since save()
    int m_carriedConflicts = 0; // 409s before "keep editing", counted into the next save
};
