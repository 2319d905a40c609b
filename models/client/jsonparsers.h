#pragma once

// Strict parsers from Placement's JSON bodies to value types. A malformed or
// wrongly-typed body gives a BadResponse error, never a half-filled struct.

#include "apiversion.h"
#include "result.h"
#include "types.h"

class QByteArray;

namespace JsonParsers {
Result<VersionRange> versionDocument(const QByteArray &body);
Result<QList<ResourceProvider>> providerList(const QByteArray &body);
Result<ResourceProvider> provider(const QByteArray &body);
Result<ProviderAggregates> aggregates(const QByteArray &body);
Result<ProviderInventories> inventories(const QByteArray &body);
Result<ProviderUsages> usages(const QByteArray &body);
Result<ProviderTraits> traits(const QByteArray &body);
Result<ProviderAllocations> allocations(const QByteArray &body);
Result<QStringList> traitList(const QByteArray &body);
Result<QStringList> resourceClassList(const QByteArray &body);
} // namespace JsonParsers
