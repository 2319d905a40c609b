#include "driftscan.h"

#include "aggregatelist.h"
#include "novaclient.h"
#include "placementclient.h"

QString DriftScanError::message() const
{
    QString why = error.message();
    switch (stage) {
    case Stage::Nova:
        return tr("Nova data absent: %1").arg(why);
    case Stage::Providers:
        return tr("Placement's provider list could not be read: %1").arg(why);
    case Stage::AggregateMembers:
        return aggregateName.isEmpty()
            ? tr("The members of aggregate %1 could not be read, so its drift is unknown: %2").arg(aggregateUuid, why)
            : tr("The members of aggregate %1 (%2) could not be read, so its drift is unknown: %3")
                  .arg(aggregateName, aggregateUuid, why);
    case Stage::DisabledTrait:
        return tr("COMPUTE_STATUS_DISABLED was not checked: %1").arg(why);
    }
    return why;
}

QStringList DriftScanResult::errorMessages() const
{
    QStringList messages;
    for (const DriftScanError &error : errors)
        messages << error.message();
    return messages;
}

DriftScan::DriftScan(PlacementClient *placement, NovaClient *nova, QObject *parent)
    : QObject(parent)
    , m_placement(placement)
    , m_nova(nova)
    , m_reader(new PlacementMembershipReader(placement, this))
{
    connect(m_reader, &PlacementMembershipReader::progress, this, &DriftScan::progress);
    connect(m_reader, &PlacementMembershipReader::finished, this,
            [this](const Result<PlacementMembership> &membership) {
                if (!m_running)
                    return;
                if (!membership) {
                    fail(DriftScanError::Stage::Providers, membership.error());
                    return;
                }
                finishWith(membership.value());
            });
}

void DriftScan::setPriority(PlacementClient::Priority priority)
{
    m_reader->setPriority(priority);
}

int DriftScan::placementCalls() const
{
    return m_reader->callsMade();
}

void DriftScan::start()
{
    cancel();
    m_result = DriftScanResult();
    m_running = true;
    ++m_epoch;
    if (!m_nova || !m_placement) {
        fail(DriftScanError::Stage::Nova,
             PlacementError::make(PlacementError::Kind::Unsupported, tr("no Nova endpoint is configured")));
        return;
    }
    if (m_nova->version().isValid()) {
        readNova();
        return;
    }
    const quint64 epoch = m_epoch;
    m_nova->connectToServer(this, [this, epoch](const Result<ApiVersion> &version) {
        if (!m_running || epoch != m_epoch)
            return;
        if (!version) {
            fail(DriftScanError::Stage::Nova, version.error());
            return;
        }
        readNova();
    });
}

void DriftScan::readNova()
{
    const quint64 epoch = m_epoch;
    m_nova->readSnapshot(this, [this, epoch](const Result<NovaSnapshot> &snapshot) {
        if (!m_running || epoch != m_epoch)
            return;
        if (!snapshot) {
            fail(DriftScanError::Stage::Nova, snapshot.error());
            return;
        }
        m_result.snapshot = snapshot.value();
        m_result.novaRead = true;
        readPlacement();
    });
}

void DriftScan::readPlacement()
{
    QStringList aggregates;
    for (const NovaAggregate &aggregate : std::as_const(m_result.snapshot.aggregates)) {
        if (!aggregate.uuid.isEmpty())
            aggregates << aggregate.uuid;
    }
    aggregates << m_extraAggregates;
    m_reader->start(aggregates);
}

void DriftScan::finishWith(const PlacementMembership &membership)
{
    m_result.membership = membership;
    m_result.membership.aggregatesByProvider = m_aggregatesByProvider;
    m_result.placementRead = true;
    QHash<QString, QString> names;
    for (const NovaAggregate &aggregate : std::as_const(m_result.snapshot.aggregates))
        names.insert(aggregate.uuid.toLower(), aggregate.name);
    QStringList failed = membership.failedAggregates.keys();
    std::sort(failed.begin(), failed.end());
    for (const QString &uuid : std::as_const(failed)) {
        DriftScanError error;
        error.stage = DriftScanError::Stage::AggregateMembers;
        error.aggregateUuid = uuid;
        error.aggregateName = names.value(uuid);
        error.error = membership.failedAggregates.value(uuid);
        m_result.errors << error;
    }
    if (!membership.disabledTraitRead && membership.disabledTraitError) {
        DriftScanError error;
        error.stage = DriftScanError::Stage::DisabledTrait;
        error.error = *membership.disabledTraitError;
        m_result.errors << error;
    }
    m_result.items = DriftAnalysis::analyze(m_result.snapshot, m_result.membership);
    m_running = false;
    Q_EMIT finished(m_result);
}

void DriftScan::fail(DriftScanError::Stage stage, const PlacementError &error)
{
    DriftScanError scanError;
    scanError.stage = stage;
    scanError.error = error;
    m_result.errors << scanError;
    m_running = false;
    Q_EMIT finished(m_result);
}

void DriftScan::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_epoch;
    if (m_nova)
        m_nova->cancelOwnedBy(this);
    m_reader->cancel();
}
