#include "appcontroller.h"
#include "commandline.h"
#include "mainwindow.h"

#include <QApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
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
