#pragma once

// The server-side filters of GET /resource_providers, turned into a query string
// that the negotiated microversion accepts (or a clear error saying which filter it cannot do).

#include <QMap>
#include <QStringList>
#include <QUrlQuery>

#include "apiversion.h"
#include "result.h"

struct ProviderFilter
{
    QString name;
    QString uuid;
    // Each entry is an any-of group ("in:a,b"); several entries must all match (1.24+).
    QList<QStringList> memberOf;
    // The provider must be in none of these aggregates (1.32+).
    QStringList notMemberOf;
    QString inTree; // 1.14+
    QMap<QString, qint64> resources; // resource class -> amount the provider must have free
    QStringList requiredTraits; // 1.18+
    QStringList forbiddenTraits; // 1.22+
    // Each entry is an any-of group of traits ("in:A,B", 1.39+).
    QList<QStringList> anyOfTraits;

    bool isEmpty() const;
    Result<QUrlQuery> toQuery(const Capabilities &caps) const;
    friend bool operator==(const ProviderFilter &a, const ProviderFilter &b);
};
