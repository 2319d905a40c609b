#pragma once

// What one provider write did, for the journal: the state it started from, what the last PUT
// sent, the server's answer and request id, the 409s met on the way, or why it failed.
// Emitted by AggregateEditSession (written) and kept per provider by BulkAggregateEdit.

#include <QString>
#include <QStringList>

struct WriteRecord
{
    QString providerUuid;
    QStringList before; // the server's set the successful (or last) PUT was based on
    qint64 generationBefore = -1;
    QStringList sent; // the last PUT's aggregates and generation
    qint64 sentGeneration = -1;
    QStringList after; // the server's answer; empty unless succeeded
    qint64 generationAfter = -1;
    QString requestId; // of the last PUT's answer (or of the failure)
    int conflicts = 0;
    bool succeeded = false;
    QString error; // plain words, when not succeeded

    bool wasSent() const { return sentGeneration >= 0 || !requestId.isEmpty(); }
};
