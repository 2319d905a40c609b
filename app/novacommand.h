#pragma once

// `--drift-report FILE` and `--sync-aggregates [--dry-run]`: the headless runs that compare
// Nova's host aggregates with Placement's. Both connect like --export (--endpoint with
// --compute-endpoint, --cloud or --profile; never a prompt), scan (Nova's snapshot, then one
// member_of call per Nova aggregate), and then either write the report or add what is missing.
//
// --drift-report: 0 no drift, 3 drift found (file written), 1 error, 4 some aggregates could
// not be read (nothing written: an incomplete report would look like less drift).
// --sync-aggregates: 0 done (or nothing to do), 4 some providers could not be changed,
// 1 error before any change. With --dry-run: 0 nothing to add, 3 something would be added.

#include <QCoreApplication>

struct CommandLineOptions;

class NovaCommand
{
    Q_DECLARE_TR_FUNCTIONS(NovaCommand)

public:
    // Runs the event loop of the existing QCoreApplication until done; returns an ExitCode.
    static int run(const CommandLineOptions &options);
};
