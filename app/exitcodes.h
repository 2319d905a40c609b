#pragma once

// The process exit codes, one contract for every mode: scripts and nightly jobs branch on
// them, so a number never changes its meaning. --help prints the same list (CommandLine).

namespace ExitCode {
enum : int
{
    Success = 0, // the mode did everything it was asked to (an export file was written completely)
    Failed = 1, // connecting, listing or writing failed; no output file was created or replaced
    Usage = 2, // the command line cannot be used (or the window was asked for without a display)
    Differences = 3, // reserved for comparing modes (drift report, diff): they found differences
    Partial = 4, // some providers' aggregates could not be read; a file only with --allow-partial
};
} // namespace ExitCode
