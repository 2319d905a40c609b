#include "headlessmodes.h"

#include "commandline.h"
#include "diffcommand.h"
#include "exportcommand.h"
#include "novacommand.h"

namespace HeadlessModes {

std::optional<int> run(const CommandLineOptions &options)
{
    switch (options.mode) {
    case CommandLineOptions::Mode::Window:
        return std::nullopt;
    case CommandLineOptions::Mode::Export:
        return ExportCommand::run(options);
    case CommandLineOptions::Mode::Diff:
        return DiffCommand::run(options);
    case CommandLineOptions::Mode::DriftReport:
    case CommandLineOptions::Mode::SyncAggregates:
        return NovaCommand::run(options);
    }
    return std::nullopt;
}

} // namespace HeadlessModes
