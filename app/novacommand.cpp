#include "novacommand.h"

#include "bulkaggregateedit.h"
#include "commandline.h"
#include "connectionlauncher.h"
#include "driftreport.h"
#include "driftscan.h"
#include "exitcodes.h"
#include "httpclient.h"
#include "novaclient.h"
#include "placementclient.h"
#include "secretstore.h"
#include "syncplan.h"

#include <QSaveFile>

#include <cstdio>
#include <memory>

namespace {

// Ends the event loop with this code, also when called before exec() runs (a connection
// that fails at once), which QCoreApplication::exit() alone would ignore.
void exitLater(int code)
{
    QMetaObject::invokeMethod(
        QCoreApplication::instance(), [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
}

void printLine(FILE *stream, const QString &line)
{
    std::fprintf(stream, "placement-inspector: %s\n", qPrintable(line));
}

// What the scan found becomes the report file and the exit code.
int writeReport(const CommandLineOptions &options, const DriftScanResult &result)
{
    if (!result.isComplete()) {
        // An aggregate whose members are unknown would show as less drift than there is.
        for (const QString &message : result.errorMessages())
            printLine(stderr, message);
        printLine(stderr,
                  NovaCommand::tr("%1 was not written: the report would be incomplete.").arg(options.driftReportFile));
        return ExitCode::Partial;
    }
    const QByteArray bytes = DriftReport::toJsonBytes(result.items);
    QSaveFile file(options.driftReportFile);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        printLine(stderr, NovaCommand::tr("Cannot write %1: %2").arg(options.driftReportFile, file.errorString()));
        return ExitCode::Failed;
    }
    const bool drift = DriftReport::hasDrift(result.items);
    printLine(stdout, DriftReport::summary(result.items));
    printLine(
        stdout,
        NovaCommand::tr("%n item(s) written to %1.", nullptr, int(result.items.size())).arg(options.driftReportFile));
    return drift ? ExitCode::Differences : ExitCode::Success;
}

QString aggregateText(const SyncPlan &plan, const QString &uuid)
{
    const QString name = plan.aggregateName(uuid);
    return name.isEmpty() ? uuid : QStringLiteral("%1 (%2)").arg(name, uuid);
}

// --sync-aggregates: adds only. Hosts that cannot be mapped are named, never guessed.
class SyncRun : public QObject
{
public:
    SyncRun(PlacementClient *placement, const CommandLineOptions &options)
        : m_placement(placement)
        , m_options(options)
    { }

    // The exit code once the edit has finished.
    int exitCode() const { return m_exitCode; }

    // Returns an exit code now (dry run, nothing to do), or -1 when the edit runs: it ends
    // the event loop itself when done.
    int start(const DriftScanResult &result)
    {
        for (const DriftItem &item : result.items) {
            if (item.kind == DriftItem::Kind::Unresolvable)
                printLine(stderr, NovaCommand::tr("not synced: host %1: %2").arg(item.host, item.detail));
        }
        for (const QString &message : result.errorMessages())
            printLine(stderr, message);
        m_incomplete = !result.isComplete();
        m_plan = SyncPlan::addsOnly(result.items);
        if (m_plan.isEmpty()) {
            printLine(stdout,
                      NovaCommand::tr("Nothing to add: every compute node's provider is in its host's "
                                      "aggregates."));
            return m_incomplete ? ExitCode::Partial : ExitCode::Success;
        }
        if (m_options.dryRun) {
            for (const QString &line : m_plan.previewLines())
                std::fprintf(stdout, "%s\n", qPrintable(NovaCommand::tr("would %1").arg(line)));
            printLine(stdout, NovaCommand::tr("Dry run: nothing was changed."));
            return ExitCode::Differences;
        }
        QList<BulkTarget> targets;
        for (const SyncChange &change : m_plan.changes())
            targets.append(
                BulkTarget(change.providerUuid, change.providerName, BulkIntent(BulkIntent::Kind::Add, change.add)));
        m_edit = std::make_unique<BulkAggregateEdit>(m_placement);
        connect(m_edit.get(), &BulkAggregateEdit::finished, this, [this] {
            m_exitCode = report();
            exitLater(m_exitCode);
        });
        m_edit->start(targets);
        return -1;
    }

private:
    int report() const
    {
        int failed = 0;
        for (int i = 0; i < m_edit->outcomes().size(); ++i) {
            const BulkOutcome &outcome = m_edit->outcomes().at(i);
            const SyncChange &change = m_plan.changes().at(i);
            const QString provider = QStringLiteral("%1 (%2)").arg(outcome.providerName, outcome.providerUuid);
            for (const QString &aggregate : change.add) {
                QString line;
                switch (outcome.status) {
                case BulkOutcome::Status::Done:
                    line = NovaCommand::tr("added %1 to %2").arg(provider, aggregateText(m_plan, aggregate));
                    break;
                case BulkOutcome::Status::Unchanged:
                    line = NovaCommand::tr("already there: %1 in %2 (added meanwhile)")
                               .arg(provider, aggregateText(m_plan, aggregate));
                    break;
                default:
                    line = NovaCommand::tr("FAILED to add %1 to %2: %3")
                               .arg(provider, aggregateText(m_plan, aggregate),
                                    outcome.error.isEmpty() ? NovaCommand::tr("cancelled") : outcome.error);
                    break;
                }
                std::fprintf(outcome.status == BulkOutcome::Status::Done
                                     || outcome.status == BulkOutcome::Status::Unchanged
                                 ? stdout
                                 : stderr,
                             "%s\n", qPrintable(line));
            }
            if (outcome.status != BulkOutcome::Status::Done && outcome.status != BulkOutcome::Status::Unchanged)
                ++failed;
        }
        if (failed > 0) {
            printLine(stderr, NovaCommand::tr("%n provider(s) could not be changed.", nullptr, failed));
            return ExitCode::Partial;
        }
        printLine(stdout, NovaCommand::tr("%n provider(s) changed.", nullptr, int(m_plan.changes().size())));
        return m_incomplete ? ExitCode::Partial : ExitCode::Success;
    }

    PlacementClient *m_placement;
    const CommandLineOptions &m_options;
    SyncPlan m_plan;
    std::unique_ptr<BulkAggregateEdit> m_edit;
    bool m_incomplete = false;
    int m_exitCode = ExitCode::Failed;
};

} // namespace

int NovaCommand::run(const CommandLineOptions &options)
{
    const QString mode = options.mode == CommandLineOptions::Mode::DriftReport ? QStringLiteral("--drift-report")
                                                                               : QStringLiteral("--sync-aggregates");
    if (!options.endpoint.isValid() && !ConnectionLauncher::wantsProfile(options)) {
        printLine(stderr,
                  tr("%1 needs a connection: --cloud NAME, --profile NAME or --endpoint URL with "
                     "--compute-endpoint URL")
                      .arg(mode));
        return ExitCode::Usage;
    }
    if (options.endpoint.isValid() && !options.computeEndpoint.isValid()) {
        printLine(stderr, tr("%1 needs Nova: with --endpoint, give --compute-endpoint URL too").arg(mode));
        return ExitCode::Usage;
    }

    PlacementClient placement;
    NovaClient nova;
    placement.http()->setTransferTimeoutMs(options.timeoutSeconds * 1000);
    nova.http()->setTransferTimeoutMs(options.timeoutSeconds * 1000);
    DriftScan scan(&placement, &nova);
    SyncRun sync(&placement, options);
    int exitCode = ExitCode::Failed;

    auto fail = [&exitCode](const QString &message) {
        printLine(stderr, message);
        exitCode = ExitCode::Failed;
        exitLater(exitCode);
    };
    QObject::connect(&scan, &DriftScan::finished, &scan, [&](const DriftScanResult &result) {
        if (!result.isUsable()) {
            QStringList messages = result.errorMessages();
            fail(messages.isEmpty() ? tr("the scan failed") : messages.join(QLatin1Char('\n')));
            return;
        }
        if (options.mode == CommandLineOptions::Mode::DriftReport) {
            exitCode = writeReport(options, result);
            exitLater(exitCode);
            return;
        }
        exitCode = sync.start(result);
        if (exitCode >= 0)
            exitLater(exitCode);
    });

    SecretStore secrets;
    ConnectionLauncher launcher(&placement, &secrets);
    auto startScan = [&](const QUrl &computeEndpoint) {
        nova.setEndpoint(computeEndpoint);
        scan.start();
    };
    if (ConnectionLauncher::wantsProfile(options)) {
        launcher.launch(options, [&](const ConnectionReport &report) {
            if (!report.ok()) {
                fail(report.text());
                return;
            }
            if (report.computeEndpoint.isEmpty()) {
                fail(tr("%1 needs Nova, and %2; give --compute-endpoint URL").arg(mode, report.computeAbsentReason));
                return;
            }
            launcher.attachCompanion(nova.http());
            startScan(report.computeEndpoint);
        });
    } else {
        placement.setEndpoint(options.endpoint);
        placement.setToken(options.token);
        nova.setToken(options.token);
        placement.connectToServer(&scan, [&](const Result<Capabilities> &connected) {
            if (!connected) {
                fail(tr("Placement at %1: %2").arg(options.endpoint.toDisplayString(), connected.error().fullText()));
                return;
            }
            startScan(options.computeEndpoint);
        });
    }
    const int code = QCoreApplication::exec();
    Q_UNUSED(code) // the code passed to exitLater(), which exitCode (or the sync run) holds
    return exitCode == -1 ? sync.exitCode() : exitCode;
}
