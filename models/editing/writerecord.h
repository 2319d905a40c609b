#pragma once

// What one provider write did, for the journal: the state it started from, what the last PUT
// sent, the server's answer and request id, the 409s met on the way, or why it failed.
// Emitted by AggregateEditSession (written) and kept per provider by BulkAggregateEdit.

#include <QString>
#include <QStringList>

class RequestLog;

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

    // The request id of the newest answer to a PUT of this provider's aggregates in the log.
    // PlacementClient answers a successful write with the parsed set only; the log already
    // holds the exchange (it is appended before the callback runs), and one provider has at
    // most one write in flight, so the newest matching entry is this write's.
    static QString lastWriteRequestId(const RequestLog *log, const QString &providerUuid);
};
