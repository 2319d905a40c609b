#include "appcontroller.h"
#include "commandline.h"
#include "connectionlauncher.h"
#include "headlessexport.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "profilecontroller.h"
#include "profilelabelstore.h"
#include "secretprompt.h"
#include "secretstore.h"

#include <QApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// --export, --help and --version run without a window, so they must not need a display:
// decide before any application object exists.
bool runsWithoutWindow(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strncmp(arg, "--export", 8) == 0 || std::strncmp(arg, "-export", 7) == 0)
            return true;
        for (const char *console : { "--help", "-h", "-?", "--help-all", "--version", "-v" }) {
            if (std::strcmp(arg, console) == 0)
                return true;
        }
    }
    return false;
}

// Names used by QSettings and QStandardPaths, the same with or without a window.
void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("placement-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PI_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("placement-inspector"));
}

int runHeadlessExport(const CommandLineOptions &options)
{
    if (!options.endpoint.isValid() && !ConnectionLauncher::wantsProfile(options)) {
        std::fprintf(stderr, "placement-inspector: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "--export needs a connection: --cloud NAME, --profile NAME or --endpoint URL")));
        return 2;
    }
    HeadlessExport job(options.endpoint, options.token, options.exportFile);
    int exitCode = 1;
    QObject::connect(
        &job, &HeadlessExport::finished, &job,
        [&exitCode](int code, const QString &message) {
            exitCode = code;
            std::fprintf(code == 0 ? stdout : stderr, "placement-inspector: %s\n", qPrintable(message));
            QCoreApplication::exit(code);
        },
        Qt::QueuedConnection); // start() may fail before exec() runs
    // --cloud / --profile: authenticate (Keystone) and find Placement first; no prompts here.
    SecretStore secrets;
    ConnectionLauncher launcher(job.client(), &secrets);
    if (ConnectionLauncher::wantsProfile(options)) {
        launcher.launch(options, [&job](const ConnectionReport &report) {
            if (!report.ok()) {
                Q_EMIT job.finished(1, report.text());
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
} // namespace

int main(int argc, char *argv[])
{
    if (runsWithoutWindow(argc, argv)) {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        const CommandLineOptions options = CommandLine::parse(QCoreApplication::arguments());
        if (!options.error.isEmpty())
            std::fprintf(stderr, "placement-inspector: %s\n", qPrintable(options.error));
        if (options.exitNow)
            return options.exitCode;
        return runHeadlessExport(options);
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Placement Inspector"));

    const CommandLineOptions options = CommandLine::parse(QApplication::arguments());
    if (!options.error.isEmpty())
        std::fprintf(stderr, "placement-inspector: %s\n", qPrintable(options.error));
    if (options.exitNow)
        return options.exitCode;

    MainWindow window;
    AppController controller(&window);
    controller.setReadOnly(options.readOnly);
    window.show();
    SecretStore secrets;
    ConnectionLauncher launcher(controller.client(), &secrets);
    launcher.setSecretPrompt([&window, &secrets](const QString &profile, const QString &label, const QString &reason,
                                                 const std::function<void(const QString &, bool)> &answer) {
        SecretPrompt prompt(profile, label, reason, !secrets.keyringKnownUnavailable(), &window);
        if (prompt.exec() == QDialog::Accepted)
            answer(prompt.secret(), prompt.remember());
        else
            answer({}, false);
    });
    ProfileController profiles(&window, &controller, &launcher, &secrets);
    profiles.installMenu();
    profiles.setForcedReadOnly(options.readOnly);
    controller.aggregateLabels()->setStore(std::make_unique<ProfileAggregateLabelStore>());
    if (ConnectionLauncher::wantsProfile(options)) {
        window.setStatusMessage(QApplication::translate("main", "Authenticating…"));
        profiles.setCurrentProfile(options.profile);
        launcher.launch(options, [&profiles](const ConnectionReport &report) { profiles.onLaunched(report); });
    } else if (options.endpoint.isValid())
        controller.connectTo(options.endpoint, options.token);
    else
        window.setStatusMessage(QApplication::translate(
            "main", "No connection given: start with --endpoint URL --token TOKEN (see --help)."));
    return QApplication::exec();
}
