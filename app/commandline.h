#pragma once

// Parses and checks the command line; main() acts on the result.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

struct CommandLineOptions
{
    // What the process does: the window, or one headless mode (see HeadlessModes).
    enum class Mode
    {
        Window,
        Export, // --export FILE
        DriftReport, // --drift-report FILE
        SyncAggregates, // --sync-aggregates [--dry-run]
        Diff, // --diff OLD [NEW]
    };

    Mode mode = Mode::Window;
    QUrl endpoint;
    QByteArray token;
    QString exportFile;
    QString driftReportFile;
    QString diffOldFile; // --diff OLD: the older snapshot
    QString diffNewFile; // the newer snapshot; empty: compare OLD with the live cloud
    bool dryRun = false; // --dry-run: --sync-aggregates prints what it would change and changes nothing
    QUrl computeEndpoint; // --compute-endpoint: Nova, for names and drift (overrides the catalog)
    QString cloud; // --cloud NAME, or $OS_CLOUD when no connection option is given
    QString profile; // --profile NAME (a saved profile)
    bool readOnly = false; // --read-only: every write action disabled
    bool allowPartial = false; // --allow-partial: --export writes rows whose aggregates failed, with the error
    static constexpr int defaultTimeoutSeconds = 30;
    int timeoutSeconds = defaultTimeoutSeconds; // --timeout: per-request transfer timeout
    bool displayChosen = false; // Qt's -platform or -display was given (QApplication reads them itself)
    bool exitNow = false; // --help or --version was handled, or the command line is unusable
    int exitCode = 0; // an ExitCode when exitNow
    QString error; // a one-line reason when the command line cannot be used
};

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    // Reads the arguments; --help and --version print and set exitNow.
    static CommandLineOptions parse(const QStringList &arguments);
};
