#pragma once

// The modes that run without a window (--export, --drift-report, --sync-aggregates, --diff).
// main() parses the command line under a QCoreApplication and asks here first, so no headless
// mode ever needs a display. A new mode adds a CommandLineOptions::Mode value, sets it in
// CommandLine::parse(), and adds one case below.

#include <optional>

struct CommandLineOptions;

namespace HeadlessModes {
// Runs the headless mode the options ask for and returns its exit code (an ExitCode);
// nothing when they ask for the window.
std::optional<int> run(const CommandLineOptions &options);
} // namespace HeadlessModes
