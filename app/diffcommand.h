#pragma once

// `--diff OLD.json [NEW.json]`: compares two snapshots (JSON exports), or one snapshot with
// the cloud now, loaded exactly as --export loads it (HeadlessExport, same connection options,
// never a prompt). Prints one line per difference on stdout and a summary; exit 0 equal,
// 3 differences, 1 when a snapshot or the cloud could not be read completely (never "equal"
// when something is unknown), 2 when a live comparison has no connection.

#include <QCoreApplication>

#include "snapshot.h"

struct CommandLineOptions;

class DiffCommand
{
    Q_DECLARE_TR_FUNCTIONS(DiffCommand)

public:
    // Runs the event loop of the existing QCoreApplication when it compares with the cloud;
    // returns an ExitCode.
    static int run(const CommandLineOptions &options);

    struct Outcome
    {
        int exitCode = 0;
        QStringList lines; // the differences, for stdout
        QString summary; // the final line: stdout when compared, stderr when not
    };
    // Compares two read snapshots; the names say where each came from in the summary.
    static Outcome compare(const Snapshot &older, const QString &olderName, const Snapshot &newer,
                           const QString &newerName);
};
