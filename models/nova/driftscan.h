#pragma once

// One drift scan: Nova's snapshot (aggregates, compute nodes, services), then Placement's
// membership for every Nova aggregate (and the aggregates the caller adds), then the pure
// analysis. A Nova failure is an error result that says why, never an empty drift list.
// Only its own calls are cancelled: this object is the context of every call it makes.

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "driftanalysis.h"
#include "novatypes.h"
#include "placementmembership.h"

class NovaClient;
class PlacementClient;

struct DriftScanError
{
    Q_DECLARE_TR_FUNCTIONS(DriftScanError)

public:
    enum class Stage
    {
        Nova, // the snapshot could not be read: no drift can be computed
        Providers, // Placement's provider list could not be read: likewise
        AggregateMembers, // one aggregate's members are unknown: no missing/extra for it
        DisabledTrait, // COMPUTE_STATUS_DISABLED was not checked
    };
    Stage stage = Stage::Nova;
    QString aggregateUuid; // AggregateMembers only
    QString aggregateName; // its Nova name, when it has one
    PlacementError error;

    QString message() const; // one plain sentence naming what is absent and why
};

struct DriftScanResult
{
    NovaSnapshot snapshot;
    PlacementMembership membership;
    QList<DriftItem> items;
    QList<DriftScanError> errors;
    bool novaRead = false;
    bool placementRead = false;

    // Both sides were read, so the items mean something (some aggregates may still be unknown).
    bool isUsable() const { return novaRead && placementRead; }
    bool isComplete() const { return isUsable() && errors.isEmpty(); }
    QStringList errorMessages() const;
};

class DriftScan : public QObject
{
    Q_OBJECT
public:
    DriftScan(PlacementClient *placement, NovaClient *nova, QObject *parent = nullptr);

    // Placement aggregates the caller knows of besides Nova's: their members are read too,
    // so foreign aggregates among them are reported.
    void setExtraAggregates(const QStringList &uuids) { m_extraAggregates = uuids; }
    // Whole per-provider sets the caller already read (the window): foreign aggregates and
    // runnable repair commands come from these.
    void setAggregatesByProvider(const QHash<QString, ProviderAggregates> &sets) { m_aggregatesByProvider = sets; }

    // The Placement calls' priority (Background by default; see PlacementMembershipReader).
    void setPriority(PlacementClient::Priority priority);

    // Connects the Nova client first when it has not negotiated a version yet.
    void start();
    // Drops this scan's calls (nobody else's); finished() is not emitted for it.
    void cancel();
    bool isRunning() const { return m_running; }
    const DriftScanResult &result() const { return m_result; }
    // Placement calls of the membership read: 2 plus one per aggregate.
    int placementCalls() const;

Q_SIGNALS:
    void progress(int done, int total); // of the Placement part
    void finished(const DriftScanResult &result);

private:
    void readNova();
    void readPlacement();
    void finishWith(const PlacementMembership &membership);
    void fail(DriftScanError::Stage stage, const PlacementError &error);

    QPointer<PlacementClient> m_placement;
    QPointer<NovaClient> m_nova;
    PlacementMembershipReader *m_reader;
    QStringList m_extraAggregates;
    QHash<QString, ProviderAggregates> m_aggregatesByProvider;
    DriftScanResult m_result;
    bool m_running = false;
    quint64 m_epoch = 0;
};

Q_DECLARE_METATYPE(DriftScanResult)
