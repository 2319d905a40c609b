#include "commandline.h"

#include "providerexport.h"

#include "exitcodes.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>

#include <algorithm>
#include <array>
#include <cstdio>

namespace {

constexpr int maxTimeoutSeconds = 24 * 60 * 60;

// QApplication reads these itself (-platform offscreen, -style Fusion, ...). The command line is
// parsed before QApplication exists, so they must be accepted here, silently and unlisted.
constexpr std::array qtValueOptions
    = { "platform",        "platformpluginpath", "platformtheme", "plugin", "display",    "geometry",
        "qwindowgeometry", "qwindowicon",        "qwindowtitle",  "style",  "stylesheet", "session" };
constexpr std::array qtFlagOptions = { "reverse", "widgetcount", "nograb", "dograb", "sync" };

void addQtOptions(QCommandLineParser &parser)
{
    for (const char *name : qtValueOptions) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : qtFlagOptions) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

} // namespace

CommandLineOptions CommandLine::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    // Qt's own options are single-dash words (-platform): never split them into letters.
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("Browse OpenStack Placement resource providers and edit their aggregates safely.\n"
           "Without --export it opens a window, which needs a display.\n"
           "\n"
           "Exit codes:\n"
           "  0  done; --export wrote its file completely\n"
           "  1  connecting, listing providers or writing failed; no file was created or replaced\n"
           "  2  the command line cannot be used, or the window was asked for without a display\n"
           "  3  --drift-report found drift between Nova and Placement (the file lists it);\n"
           "     --diff found differences (one line each)\n"
           "  4  the aggregates of some providers could not be read: nothing written, or with\n"
           "     --allow-partial a file whose failed rows carry the error; for --sync-aggregates:\n"
           "     some providers could not be changed (each is named)"));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption endpoint(QStringLiteral("endpoint"),
                                      tr("Placement endpoint URL (standalone mode, no Keystone)."), tr("url"));
    const QCommandLineOption token(
        QStringLiteral("token"), tr("Token sent as X-Auth-Token (for noauth2 servers: admin). Defaults to $OS_TOKEN."),
        tr("token"));
    parser.addOption(endpoint);
    parser.addOption(token);
    const QCommandLineOption exportFile(
        QStringLiteral("export"),
        tr("Load every provider with its aggregates, write them to FILE (.json or .csv) and exit; no window."),
        tr("file"));
    parser.addOption(exportFile);
    const QCommandLineOption computeEndpoint(
        QStringLiteral("compute-endpoint"),
        tr("Nova (compute) endpoint URL, e.g. http://controller:8774/v2.1, for aggregate names, hosts and drift. "
           "Keystone connections find it in the catalog."),
        tr("url"));
    parser.addOption(computeEndpoint);
    const QCommandLineOption driftReport(
        QStringLiteral("drift-report"),
        tr("Compare Nova's host aggregates with Placement's, write the drift to FILE (.json) and exit; no window. "
           "Exit code 0: no drift, 3: drift found."),
        tr("file"));
    parser.addOption(driftReport);
    const QCommandLineOption diff(
        QStringLiteral("diff"),
        tr("Compare the snapshot OLD (a JSON export) with the snapshot given as the next argument, or without one "
           "with the cloud now (connecting like --export), print one line per difference and exit; no window. "
           "Exit code 0: equal, 3: differences, 1: a snapshot or the cloud could not be read completely."),
        tr("old.json"));
    parser.addOption(diff);
    const QCommandLineOption syncAggregates(
        QStringLiteral("sync-aggregates"),
        tr("Add every compute node's provider to the placement aggregates of its host's Nova aggregates, like "
           "nova-manage placement sync_aggregates (adds only), print one line per change and exit."));
    parser.addOption(syncAggregates);
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("With --sync-aggregates: print what would change, change nothing."));
    parser.addOption(dryRun);
    const QCommandLineOption cloud(QStringLiteral("cloud"),
                                   tr("Connect to this cloud of clouds.yaml (like openstack --os-cloud). "
                                      "Defaults to $OS_CLOUD."),
                                   tr("name"));
    const QCommandLineOption profile(QStringLiteral("profile"), tr("Connect with this saved profile."), tr("name"));
    parser.addOption(cloud);
    parser.addOption(profile);
    const QCommandLineOption readOnly(QStringLiteral("read-only"),
                                      tr("Browse only: every action that writes to Placement is disabled."));
    parser.addOption(readOnly);
    const QCommandLineOption allowPartial(
        QStringLiteral("allow-partial"),
        tr("With --export: when some providers' aggregates cannot be read, write the file anyway, each failed row "
           "with its error (the exit code is still 4)."));
    parser.addOption(allowPartial);
    const QCommandLineOption timeout(
        QStringLiteral("timeout"),
        tr("Give up on a request that receives no data for this many seconds (default: %1).")
            .arg(CommandLineOptions::defaultTimeoutSeconds),
        tr("seconds"));
    parser.addOption(timeout);
    addQtOptions(parser);

    CommandLineOptions options;
    // An unusable command line: a one-line reason and exit code 2.
    auto unusable = [&options](const QString &reason) {
        options.error = reason;
        options.exitNow = true;
        options.exitCode = ExitCode::Usage;
        return options;
    };
    if (!parser.parse(arguments))
        return unusable(parser.errorText());
    if (parser.isSet(help) || parser.isSet(version)) {
        const QString text = parser.isSet(help) ? parser.helpText()
                                                : QStringLiteral("%1 %2\n").arg(QCoreApplication::applicationName(),
                                                                                QCoreApplication::applicationVersion());
        std::fputs(qPrintable(text), stdout);
        options.exitNow = true;
        options.exitCode = ExitCode::Success;
        return options;
    }
    // Only --diff takes an argument of its own: the newer snapshot.
    const QStringList positional = parser.positionalArguments();
    const qsizetype allowedPositional = parser.isSet(diff) ? 1 : 0;
    if (positional.size() > allowedPositional)
        return unusable(tr("unexpected argument \"%1\" (see --help)").arg(positional.at(allowedPositional)));

    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString endpointText
        = parser.isSet(endpoint) ? parser.value(endpoint) : env.value(QStringLiteral("OS_ENDPOINT"));
    if (!endpointText.isEmpty()) {
        options.endpoint = QUrl::fromUserInput(endpointText);
        if (!options.endpoint.isValid() || options.endpoint.host().isEmpty()
            || (options.endpoint.scheme() != QLatin1String("http")
                && options.endpoint.scheme() != QLatin1String("https"))) {
            return unusable(tr("--endpoint: \"%1\" is not an http(s) URL").arg(endpointText));
        }
    }
    if (parser.isSet(exportFile)) {
        options.mode = CommandLineOptions::Mode::Export;
        options.exportFile = parser.value(exportFile);
        if (const QString why = ProviderExport::unusableTargetReason(options.exportFile); !why.isEmpty())
            return unusable(tr("--export: %1").arg(why));
    }
    const std::array modes { parser.isSet(exportFile), parser.isSet(driftReport), parser.isSet(syncAggregates) };
    if (std::count(modes.cbegin(), modes.cend(), true) > 1)
        return unusable(tr("use only one of --export, --drift-report and --sync-aggregates"));
    if (parser.isSet(driftReport)) {
        options.mode = CommandLineOptions::Mode::DriftReport;
        options.driftReportFile = parser.value(driftReport);
        if (!options.driftReportFile.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
            return unusable(tr("--drift-report: \"%1\" must end in .json").arg(options.driftReportFile));
    }
    if (parser.isSet(syncAggregates))
        options.mode = CommandLineOptions::Mode::SyncAggregates;
    if (parser.isSet(diff)) {
        if (std::count(modes.cbegin(), modes.cend(), true) > 0)
            return unusable(tr("--diff cannot be combined with --export, --drift-report or --sync-aggregates"));
        options.mode = CommandLineOptions::Mode::Diff;
        options.diffOldFile = parser.value(diff);
        options.diffNewFile = positional.value(0);
        if (options.diffOldFile.isEmpty())
            return unusable(tr("--diff needs a snapshot file"));
    }
    options.dryRun = parser.isSet(dryRun);
    if (options.dryRun && options.mode != CommandLineOptions::Mode::SyncAggregates)
        return unusable(tr("--dry-run only applies to --sync-aggregates"));
    if (parser.isSet(computeEndpoint)) {
        const QString text = parser.value(computeEndpoint);
        options.computeEndpoint = QUrl::fromUserInput(text);
        if (!options.computeEndpoint.isValid() || options.computeEndpoint.host().isEmpty()
            || (options.computeEndpoint.scheme() != QLatin1String("http")
                && options.computeEndpoint.scheme() != QLatin1String("https")))
            return unusable(tr("--compute-endpoint: \"%1\" is not an http(s) URL").arg(text));
    }
    options.allowPartial = parser.isSet(allowPartial);
    if (options.allowPartial && options.mode != CommandLineOptions::Mode::Export)
        return unusable(tr("--allow-partial only applies to --export"));
    if (parser.isSet(timeout)) {
        bool ok = false;
        options.timeoutSeconds = parser.value(timeout).toInt(&ok);
        if (!ok || options.timeoutSeconds < 1 || options.timeoutSeconds > maxTimeoutSeconds)
            return unusable(tr("--timeout: \"%1\" is not a whole number of seconds from 1 to %2")
                                .arg(parser.value(timeout))
                                .arg(maxTimeoutSeconds));
    }
    options.displayChosen = parser.isSet(QStringLiteral("platform")) || parser.isSet(QStringLiteral("display"));
    options.token = (parser.isSet(token) ? parser.value(token) : env.value(QStringLiteral("OS_TOKEN"))).toUtf8();
    options.cloud = parser.value(cloud);
    options.profile = parser.value(profile);
    options.readOnly = parser.isSet(readOnly);
    const std::array namedConnections { parser.isSet(cloud), parser.isSet(profile), parser.isSet(endpoint) };
    if (std::count(namedConnections.cbegin(), namedConnections.cend(), true) > 1) {
        return unusable(tr("use only one of --cloud, --profile and --endpoint"));
    }
    // Like the openstack CLI, OS_CLOUD applies when the command line names no connection.
    if (options.cloud.isEmpty() && options.profile.isEmpty() && !parser.isSet(endpoint))
        options.cloud = env.value(QStringLiteral("OS_CLOUD"));
    if (!options.cloud.isEmpty() || !options.profile.isEmpty())
        options.endpoint.clear(); // OS_ENDPOINT then belongs to the cloud's settings, not standalone mode
    return options;
}
