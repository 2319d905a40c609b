#include "appcontroller.h"
#include "appmodels.h"
#include "apptranslations.h"
#include "commandline.h"
#include "connectionlauncher.h"
#include "displaycheck.h"
#include "exitcodes.h"
#include "focusring.h"
#include "headlessmodes.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "novacontroller.h"
#include "placementclient.h"
#include "profilecontroller.h"
#include "profilelabelstore.h"
#include "refreshschedule.h"
#include "secretprompt.h"
#include "secretstore.h"
#include "snapshotcomparecontroller.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QSettings>

#include <cstdio>
#include <memory>
#include <optional>

namespace {

// Names used by QSettings and QStandardPaths, the same with or without a window.
void setApplicationIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("placement-inspector"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PI_VERSION_STRING));
    QCoreApplication::setOrganizationName(QStringLiteral("placement-inspector"));
}

// The desktop entry (the menu entry, the taskbar's grouping and icon under Wayland) and the
// icon of every window, dialogs included.
void setDesktopIdentity()
{
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.placementinspector.PlacementInspector"));
    QIcon icon = QIcon::fromTheme(QStringLiteral("io.github.placementinspector.PlacementInspector"));
    if (icon.isNull()) { // not installed: every size compiled in (resources/CMakeLists.txt)
        const QDir icons(QStringLiteral(":/icons"));
        for (const QString &file : icons.entryList({ QStringLiteral("placement-inspector-*.png") }))
            icon.addFile(icons.filePath(file));
    }
    QApplication::setWindowIcon(icon);
}

void printError(const QString &line)
{
    std::fprintf(stderr, "placement-inspector: %s\n", qPrintable(line));
}

// The window; QApplication exists.
int runWindow(const CommandLineOptions &options)
{
    FocusRing::install();
    AppModels models;
    MainWindow window(models.forWindow());
    AppController controller(&models, &window);
    SnapshotCompareController snapshots(&controller, &window);
    controller.setReadOnly(options.readOnly);
    controller.client()->http()->setTransferTimeoutMs(options.timeoutSeconds * 1000);
    // Watch mode is on unless the operator chose otherwise (View → Auto-Refresh, remembered).
    if (!QSettings().contains(QStringLiteral("window/autoRefreshSeconds")))
        window.setAutoRefreshInterval(RefreshSchedule::defaultIntervalSeconds);
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
    profiles.setForcedReadOnly(options.readOnly);
    controller.aggregateLabels()->setStore(std::make_unique<ProfileAggregateLabelStore>());
    window.setLanguages(AppTranslations::availableLanguages(), AppTranslations::savedLanguage());
    QObject::connect(&window, &MainWindow::languageRequested, &window, [&window](const QString &code) {
        AppTranslations::saveLanguage(code);
        window.setStatusMessage(
            QApplication::translate("main", "The language changes when Placement Inspector is started again."));
    });
    if (ConnectionLauncher::wantsProfile(options)) {
        window.setStatusMessage(QApplication::translate("main", "Authenticating…"));
        profiles.setCurrentProfile(options.profile);
        launcher.launch(options, [&profiles](const ConnectionReport &report) { profiles.onLaunched(report); });
    } else if (options.endpoint.isValid()) {
        controller.nova()->setEndpoint(
            options.computeEndpoint,
            QApplication::translate("main", "no Nova endpoint was given (--compute-endpoint URL)"));
        controller.connectTo(options.endpoint, options.token);
    } else
        window.setStatusMessage(QApplication::translate(
            "main", "No connection given: start with --endpoint URL --token TOKEN (see --help)."));
    return QApplication::exec();
}

} // namespace

int main(int argc, char *argv[])
{
    CommandLineOptions options;
    {
        // The command line is read, and every headless mode runs, under a QCoreApplication:
        // nothing before the window may need a display (QApplication aborts without one).
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        // --help and the headless modes follow the environment's locale, not the window's
        // setting: a script that sets LC_ALL=C.UTF-8 reads English whatever was chosen there.
        AppTranslations translations;
        translations.load(QLocale::system());
        options = CommandLine::parse(QCoreApplication::arguments());
        if (!options.error.isEmpty())
            printError(options.error);
        if (options.exitNow)
            return options.exitCode;
        if (const std::optional<int> exitCode = HeadlessModes::run(options))
            return *exitCode;
        const QString noDisplay = DisplayCheck::missingDisplay(options);
        if (!noDisplay.isEmpty()) {
            printError(noDisplay);
            return ExitCode::Usage;
        }
    } // Qt allows one application object at a time: the window's QApplication replaces it.

    QApplication app(argc, argv);
    setApplicationIdentity();
    setDesktopIdentity();
    AppTranslations translations;
    translations.load(AppTranslations::chosenLocale());
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Placement Inspector"));
    return runWindow(options);
}
