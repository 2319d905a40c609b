#pragma once

// `--export FILE`: the whole headless run, from the connection (--endpoint, --cloud,
// --profile; never a prompt) to the one line it prints and the exit code it returns.

#include <QCoreApplication>

class HeadlessExport;
struct CommandLineOptions;

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // Runs the event loop of the existing QCoreApplication until the export ends; returns an ExitCode.
    static int run(const CommandLineOptions &options);
    // The connection and event loop of run(), for every mode that loads like --export (--diff
    // against the live cloud): authenticates when the options name a cloud or profile, starts
    // the job, prints its final line (stdout for success and differences, else stderr) and
    // returns its exit code.
    static int runJob(HeadlessExport &job, const CommandLineOptions &options);
};
