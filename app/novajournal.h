#pragma once

// A save through Nova as journal entries: one per add_host/remove_host call Nova was sent,
// with Nova's request and request id, and the provider's Placement set around it.

#include <QList>
#include <QString>

#include "journalentry.h"
#include "types.h"

class NovaMembershipEdit;

namespace NovaJournal {
// `before` is the provider's Placement set the save started from. A call Nova answered and
// Placement shows is Done: its before is `before` with the earlier calls applied, its after
// that with this call applied (the last Done call carries the generation Placement was read
// at). Any other call is Failed with the editor's reason. Calls never sent are not entries.
// Every entry of one save shares `batchId`.
QList<JournalEntry> entries(const NovaMembershipEdit &run, const ProviderAggregates &before,
                            const QString &providerName, const QString &batchId);
} // namespace NovaJournal
