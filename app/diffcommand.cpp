#include "diffcommand.h"

#include "commandline.h"
#include "connectionlauncher.h"
#include "exitcodes.h"
#include "exportcommand.h"
#include "headlessexport.h"
#include "providerexport.h"
#include "providermodel.h"
#include "snapshotdiff.h"
#include "snapshotreader.h"

#include <cstdio>

namespace {

// Enough names to start looking; the count says how many more there are.
constexpr int namedUnread = 5;

void printLine(FILE *stream, const QString &line)
{
    std::fprintf(stream, "placement-inspector: %s\n", qPrintable(line));
}

// Why a snapshot cannot be compared: providers whose aggregates are unknown would hide
// differences. Empty when every provider was read.
QString unreadReason(const Snapshot &snapshot, const QString &name)
{
    const QList<SnapshotProvider> unread = snapshot.unreadProviders();
    if (unread.isEmpty())
        return {};
    QStringList named;
    for (const SnapshotProvider &p : unread.mid(0, namedUnread))
        named << DiffCommand::tr("%1 (%2)").arg(p.name, p.uuid);
    const int count = static_cast<int>(unread.size());
    return DiffCommand::tr("%1 does not hold the aggregates of %n provider(s), nothing compared: %2", nullptr, count)
        .arg(name, named.join(QStringLiteral("; ")));
}

} // namespace

DiffCommand::Outcome DiffCommand::compare(const Snapshot &older, const QString &olderName, const Snapshot &newer,
                                          const QString &newerName)
{
    Outcome outcome;
    for (const auto &[snapshot, name] : { std::pair { &older, olderName }, std::pair { &newer, newerName } }) {
        if (const QString why = unreadReason(*snapshot, name); !why.isEmpty()) {
            outcome.exitCode = ExitCode::Failed;
            outcome.summary = why;
            return outcome;
        }
    }
    const QList<SnapshotDifference> differences = SnapshotDiff::compare(older, newer);
    const int width = SnapshotDifference::labelWidth();
    for (const SnapshotDifference &d : differences)
        outcome.lines << d.line(width);
    const int count = static_cast<int>(differences.size());
    outcome.exitCode = count == 0 ? ExitCode::Success : ExitCode::Differences;
    outcome.summary = count == 0
        ? tr("%1 and %2 are equal (%n provider(s))", nullptr, static_cast<int>(newer.providers.size()))
              .arg(olderName, newerName)
        : tr("%n difference(s) between %1 and %2", nullptr, count).arg(olderName, newerName);
    return outcome;
}

int DiffCommand::run(const CommandLineOptions &options)
{
    const bool live = options.diffNewFile.isEmpty();
    if (live && !options.endpoint.isValid() && !ConnectionLauncher::wantsProfile(options)) {
        printLine(stderr,
                  tr("--diff with one snapshot compares it with the cloud and needs a connection: --cloud NAME, "
                     "--profile NAME or --endpoint URL"));
        return ExitCode::Usage;
    }
    const Result<Snapshot> older = SnapshotReader::readFile(options.diffOldFile);
    if (!older) {
        printLine(stderr, older.error().detail);
        return ExitCode::Failed;
    }
    if (!live) {
        const Result<Snapshot> newer = SnapshotReader::readFile(options.diffNewFile);
        if (!newer) {
            printLine(stderr, newer.error().detail);
            return ExitCode::Failed;
        }
        const Outcome outcome = compare(older.value(), options.diffOldFile, newer.value(), options.diffNewFile);
        for (const QString &line : outcome.lines)
            std::printf("%s\n", qPrintable(line));
        printLine(outcome.exitCode == ExitCode::Failed ? stderr : stdout, outcome.summary);
        return outcome.exitCode;
    }

    HeadlessExport job(options.endpoint, options.token, QString());
    const Snapshot &snapshot = older.value();
    const QString olderName = options.diffOldFile;
    job.setLoadedHandler([&job, &snapshot, olderName](const ProviderModel &model) {
        const Result<Snapshot> cloud = ProviderExport::snapshotOf(model);
        if (!cloud) {
            job.complete(ExitCode::Failed, cloud.error().detail);
            return;
        }
        const Outcome outcome = compare(snapshot, olderName, cloud.value(), tr("the cloud"));
        for (const QString &line : outcome.lines)
            std::printf("%s\n", qPrintable(line));
        job.complete(outcome.exitCode, outcome.summary);
    });
    return ExportCommand::runJob(job, options);
}
