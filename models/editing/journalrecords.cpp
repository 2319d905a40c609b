#include "journalrecords.h"

JournalEntry JournalRecords::fromWrite(const WriteRecord &write, const QString &providerName, JournalEntry::Kind kind,
                                       const QString &batchId, const QString &revertOf)
{
    JournalEntry entry;
    entry.providerName = providerName;
    entry.providerUuid = write.providerUuid;
    entry.method = QStringLiteral("PUT");
    entry.path = JournalEntry::aggregatesPath(write.providerUuid);
    entry.body = JournalEntry::aggregatesBody(write.sent, write.sentGeneration);
    entry.before = write.before;
    entry.generationBefore = write.generationBefore;
    if (write.succeeded) {
        entry.after = write.after;
        entry.generationAfter = write.generationAfter;
    }
    entry.requestId = write.requestId;
    entry.outcome = write.succeeded ? JournalEntry::Outcome::Done : JournalEntry::Outcome::Failed;
    entry.conflicts = write.conflicts;
    entry.reason = write.succeeded ? QString() : write.error;
    entry.kind = kind;
    entry.batchId = batchId;
    entry.revertOf = revertOf;
    return entry;
}
