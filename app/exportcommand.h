#pragma once

// `--export FILE`: the whole headless run, from the connection (--endpoint, --cloud,
// --profile; never a prompt) to the one line it prints and the exit code it returns.

#include <QCoreApplication>

struct CommandLineOptions;

class ExportCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    // Runs the event loop of the existing QCoreApplication until the export ends; returns an ExitCode.
    static int run(const CommandLineOptions &options);
};
