#include "exportcommand.h"

#include "commandline.h"
#include "connectionlauncher.h"
#include "exitcodes.h"
#include "headlessexport.h"
#include "httpclient.h"
#include "placementclient.h"
#include "secretstore.h"

#include <cstdio>

int ExportCommand::run(const CommandLineOptions &options)
{
    if (!options.endpoint.isValid() && !ConnectionLauncher::wantsProfile(options)) {
        std::fprintf(stderr, "placement-inspector: %s\n",
                     qPrintable(tr("--export needs a connection: --cloud NAME, --profile NAME or --endpoint URL")));
        return ExitCode::Usage;
    }
    HeadlessExport job(options.endpoint, options.token, options.exportFile);
    job.setAllowPartial(options.allowPartial);
    return runJob(job, options);
}

int ExportCommand::runJob(HeadlessExport &job, const CommandLineOptions &options)
{
    job.client()->http()->setTransferTimeoutMs(options.timeoutSeconds * 1000);
    int exitCode = ExitCode::Failed;
    QObject::connect(
        &job, &HeadlessExport::finished, &job,
        [&exitCode](int code, const QString &message) {
            exitCode = code;
            const bool answered = code == ExitCode::Success || code == ExitCode::Differences;
            std::fprintf(answered ? stdout : stderr, "placement-inspector: %s\n", qPrintable(message));
            QCoreApplication::exit(code);
        },
        Qt::QueuedConnection); // start() may fail before exec() runs
    // --cloud / --profile: authenticate (Keystone) and find Placement first; no prompts here.
    SecretStore secrets;
    ConnectionLauncher launcher(job.client(), &secrets);
    if (ConnectionLauncher::wantsProfile(options)) {
        launcher.launch(options, [&job](const ConnectionReport &report) {
            if (!report.ok()) {
                job.abort(report.text());
                return;
            }
            job.setConnection(report.endpoint, job.client()->http()->token());
            job.start();
        });
    } else {
        job.start();
    }
    QCoreApplication::exec();
    return exitCode;
}
