#pragma once

// Parses and checks the command line; main() acts on the result.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

struct CommandLineOptions
{
    QUrl endpoint;
    QByteArray token;
    QString exportFile;
    QString cloud; // --cloud NAME, or $OS_CLOUD when no connection option is given
    QString profile; // --profile NAME (a saved profile)
    bool readOnly = false; // --read-only: every write action disabled
    bool exitNow = false; // --help or --version was handled
    int exitCode = 0;
    QString error; // a one-line reason when the command line cannot be used
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Reads the arguments; --help and --version print and set exitNow.
    static CommandLineOptions parse(const QStringList &arguments);
};
