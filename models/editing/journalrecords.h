#pragma once

// A write of the editing layer (WriteRecord) as a journal entry: the request it sent, the
// state before and after, the request id and the outcome, with why it was made.

#include "journalentry.h"
#include "writerecord.h"

namespace JournalRecords {
// `batchId` groups the providers of one bulk run, repair or whole-bulk undo; `revertOf` names
// the entry or batch a revert (or a whole-bulk undo) takes back.
JournalEntry fromWrite(const WriteRecord &write, const QString &providerName, JournalEntry::Kind kind,
                       const QString &batchId = {}, const QString &revertOf = {});
} // namespace JournalRecords
