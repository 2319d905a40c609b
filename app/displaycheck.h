#pragma once

// Whether the window can be opened here. Without a display Qt's platform plugin aborts the
// process (qFatal, exit 134) with a message about xcb; a script on a headless server deserves
// one plain line and exit code 2 instead, before QApplication is created.

#include <QCoreApplication>
#include <QString>

struct CommandLineOptions;

class DisplayCheck
{
    Q_DECLARE_TR_FUNCTIONS(DisplayCheck)

public:
    // Empty when a display (or a Qt platform such as offscreen) is given; otherwise the reason.
    static QString missingDisplay(const CommandLineOptions &options);
};
