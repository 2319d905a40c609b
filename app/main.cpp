#include "appcontroller.h"
#include "commandline.h"
#include "headlessexport.h"
#include "mainwindow.h"

#include <QApplication>

#include <cstdio>
#include <cstring>
#include <memory>

namespace {
// --export runs without a window, so it must not need a display: decide before any app object exists.
bool wantsHeadlessExport(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strncmp(argv[i], "--export", 8) == 0 || std::strncmp(argv[i], "-export", 7) == 0)
            return true;
    }
    return false;
}

int runHeadlessExport(const CommandLineOptions &options)
{
    if (!options.endpoint.isValid()) {
        std::fprintf(stderr, "placement-inspector: %s\n",
                     qPrintable(QCoreApplication::translate("main", "--export needs a connection: --endpoint URL")));
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
    job.start();
    QCoreApplication::exec();
    return exitCode;
}
} // namespace

int main(int argc, char *argv[])
{
    if (wantsHeadlessExport(argc, argv)) {
        QCoreApplication app(argc, argv);
        QCoreApplication::setApplicationName(QStringLiteral("placement-inspector"));
        QCoreApplication::setApplicationVersion(QStringLiteral(PI_VERSION_STRING));
        QCoreApplication::setOrganizationName(QStringLiteral("placement-inspector"));
        const CommandLineOptions options = CommandLine::parse(QCoreApplication::arguments());
        if (!options.error.isEmpty())
            std::fprintf(stderr, "placement-inspector: %s\n", qPrintable(options.error));
        if (options.exitNow)
            return options.exitCode;
        return runHeadlessExport(options);
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("placement-inspector"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Placement Inspector"));
    QApplication::setApplicationVersion(QStringLiteral(PI_VERSION_STRING));
    QApplication::setOrganizationName(QStringLiteral("placement-inspector"));

    const CommandLineOptions options = CommandLine::parse(QApplication::arguments());
    if (!options.error.isEmpty())
        std::fprintf(stderr, "placement-inspector: %s\n", qPrintable(options.error));
    if (options.exitNow)
        return options.exitCode;

    MainWindow window;
    AppController controller(&window);
    window.show();
    if (options.endpoint.isValid())
        controller.connectTo(options.endpoint, options.token);
    else
        window.setStatusMessage(QApplication::translate(
            "main", "No connection given: start with --endpoint URL --token TOKEN (see --help)."));
    return QApplication::exec();
}
