#pragma once

// Reads a snapshot file's bytes (the JSON export, with or without the version header) into a
// Snapshot, or says in one line why they are not one. Strict on what --diff compares (UUIDs,
// names, parents, generations, aggregates), silent about keys it does not know, so that newer
// exports of the same version stay readable.

#include <QCoreApplication>

#include "result.h"
#include "snapshot.h"

class SnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)

public:
    static Result<Snapshot> read(const QByteArray &bytes);
    // Reads the file; a file that cannot be opened is an error like bad content.
    static Result<Snapshot> readFile(const QString &path);
};
