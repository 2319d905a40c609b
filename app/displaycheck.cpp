#include "displaycheck.h"

#include "commandline.h"

QString DisplayCheck::missingDisplay(const CommandLineOptions &options)
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN) && !defined(Q_OS_ANDROID)
    // Only X11 and Wayland sessions (or an explicit platform) give Qt somewhere to draw.
    if (options.displayChosen)
        return {};
    for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" }) {
        if (!qEnvironmentVariableIsEmpty(name))
            return {};
    }
    return tr("no display: DISPLAY, WAYLAND_DISPLAY and QT_QPA_PLATFORM are not set, so the window cannot open; "
              "for a headless export use --export FILE");
#else
    Q_UNUSED(options)
    return {}; // macOS and Windows always have a window system
#endif
}
