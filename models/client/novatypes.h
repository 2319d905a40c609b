#pragma once

// Plain value types for what Nova's compute API tells about host aggregates and compute
// nodes. Nova is only read for what Placement cannot say: an aggregate's name, its
// availability zone and isolation metadata, and which compute host a provider belongs to.

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// GET /os-aggregates (uuid from 2.41).
struct NovaAggregate
{
    int id = 0; // Nova's own id: add_host/remove_host address the aggregate by it
    QString uuid; // shared with the Placement aggregate that mirrors it
    QString name;
    QString availabilityZone; // empty when the aggregate sets none
    QStringList hosts; // compute service host names (not hypervisor names)
    QMap<QString, QString> metadata;

    // Projects from filter_tenant_id, filter_tenant_id2, ... (each may hold a comma list).
    QStringList tenantIds() const;
    // Traits from "trait:NAME=required" metadata (isolating aggregates).
    QStringList requiredTraits() const;

    friend bool operator==(const NovaAggregate &a, const NovaAggregate &b)
    {
        return a.id == b.id && a.uuid == b.uuid && a.name == b.name && a.availabilityZone == b.availabilityZone
            && a.hosts == b.hosts && a.metadata == b.metadata;
    }
    friend bool operator!=(const NovaAggregate &a, const NovaAggregate &b) { return !(a == b); }
};

// GET /os-hypervisors/detail at 2.53 or later: the compute node's id is its UUID, which is
// the UUID of its resource provider; hypervisor_hostname is the provider's name.
struct NovaHypervisor
{
    QString id; // compute node UUID == resource provider UUID
    QString hypervisorHostname; // == resource provider name
    QString serviceHost; // the compute service's host: what aggregates list
    QString serviceId; // service UUID
    QString status; // "enabled" or "disabled" (the service's disabled flag)
    QString state; // "up" or "down"
    QString disabledReason;

    bool isEnabled() const { return status == QLatin1String("enabled"); }
    bool isUp() const { return state == QLatin1String("up"); }
};

// GET /os-services at 2.53 or later (id is the service UUID).
struct NovaService
{
    QString id;
    QString binary; // "nova-compute", "nova-scheduler", ...
    QString host;
    QString zone;
    QString status; // "enabled" or "disabled"
    QString state; // "up" or "down"
    QString disabledReason;
    bool forcedDown = false;

    bool isEnabled() const { return status == QLatin1String("enabled"); }
    bool isUp() const { return state == QLatin1String("up"); }
};

// Everything read from Nova in one go; hypervisors and services are complete lists
// (all pages read).
struct NovaSnapshot
{
    QList<NovaAggregate> aggregates;
    QList<NovaHypervisor> hypervisors;
    QList<NovaService> services;
};

Q_DECLARE_METATYPE(NovaAggregate)
Q_DECLARE_METATYPE(NovaSnapshot)
