#pragma once

// Strict parsers from Nova's compute API bodies to the value types in novatypes.h. A body
// of the wrong shape gives a BadResponse that names the field; extra fields and nulls where
// Nova may send them (availability_zone, metadata, hosts, ...) are fine.

#include "apiversion.h"
#include "novatypes.h"
#include "result.h"

#include <QString>

class QByteArray;

// What GET of the compute endpoint (or of the server's root) says about microversions.
struct NovaVersionDocument
{
    VersionRange range;
    QString id; // "v2.1"
    // True for the root's {"versions": [...]} list: the endpoint is the server root, and
    // the API lives one path segment further down (id).
    bool fromVersionList = false;
};

// One page of GET /os-hypervisors/detail.
struct NovaHypervisorPage
{
    QList<NovaHypervisor> hypervisors;
    // From the "next" link of hypervisors_links; empty marker when this is the last page.
    QString nextMarker;
    QString nextLimit;

    bool hasNext() const { return !nextMarker.isEmpty(); }
};

namespace NovaParsers {
// Microversions from 2.53 on are required; what is older has no UUIDs where we need them.
inline constexpr ApiVersion aggregateUuids { 2, 41 };
inline constexpr ApiVersion uuidIds { 2, 53 };

Result<NovaVersionDocument> versionDocument(const QByteArray &body);
Result<QList<NovaAggregate>> aggregateList(const QByteArray &body); // {"aggregates": [...]}
Result<NovaAggregate> aggregate(const QByteArray &body); // {"aggregate": {...}}
Result<NovaHypervisorPage> hypervisorPage(const QByteArray &body); // {"hypervisors": [...], "hypervisors_links"}
Result<QList<NovaService>> serviceList(const QByteArray &body); // {"services": [...]}
} // namespace NovaParsers
