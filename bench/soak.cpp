// Soak (issue 14, point 5): the real window, built as runWindow() builds it, acts for a
// bounded time against a live Placement while other writers (bench/soak_writers.py) keep
// changing the same providers: single edits through the aggregate editor with the conflict
// prompt answered, bulk adds and removes through the bulk dialog, F5 and auto-refresh. Only
// soak-owned aggregates (random UUIDs of this run) are added or removed. Every outcome the
// window reports is checked against the server by an outside read; the report (JSON) holds
// the intended soak-owned set of every provider, each edit, the problems and VmRSS samples.
// scripts/soak runs it with the server and the writers and checks the server's final state.
//
// Usage: bench_soak [--url URL] [--token TOKEN] [--seconds 180] [--report FILE] [--seed N]
//                   [--aggregates 6] [--bulk-share 0.25] [--refresh-every 6] [--hot 20]
// URL and TOKEN default to $PLACEMENT_URL and $PLACEMENT_TOKEN (else admin). Exit 0 when
// the run went to its end (problems are in the report), 1 when it could not connect, 2 for
// a bad command line. Run with QT_QPA_PLATFORM=offscreen or under xvfb-run.

#include "aggregatelabels.h"
#include "appcontroller.h"
#include "appmodels.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "novacontroller.h"
#include "placementclient.h"
#include "placementerror.h"
#include "profilelabelstore.h"
#include "providermodel.h"
#include "soakcontext.h"
#include "soakledger.h"
#include "soakoperator.h"
#include "soakverifier.h"

#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>
#include <QUuid>

#include <cstdio>
#include <memory>

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

bool writeReport(const QString &path, const QJsonObject &report)
{
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(QJsonDocument(report).toJson(QJsonDocument::Indented)) > 0;
}

} // namespace

int main(int argc, char *argv[])
{
    // The soak must not read or change the operator's own settings (auto re-apply, window state).
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("placement-inspector-soak"));
    QCoreApplication::setOrganizationName(QStringLiteral("placement-inspector"));
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--help"))) {
        std::printf("usage: bench_soak [--url URL] [--token TOKEN] [--seconds 180] [--report FILE] [--seed N]\n"
                    "                  [--aggregates 6] [--bulk-share 0.25] [--refresh-every 6] [--hot 20]\n");
        return 0;
    }
    const QUrl url(option(args, QStringLiteral("--url"), qEnvironmentVariable("PLACEMENT_URL")));
    const QByteArray token
        = option(args, QStringLiteral("--token"), qEnvironmentVariable("PLACEMENT_TOKEN", QStringLiteral("admin")))
              .toUtf8();
    const QString reportPath = option(args, QStringLiteral("--report"), {});
    SoakSettings settings;
    bool ok = true;
    settings.seconds = option(args, QStringLiteral("--seconds"), QStringLiteral("180")).toInt(&ok);
    const quint32 seed = option(args, QStringLiteral("--seed"), QStringLiteral("14")).toUInt();
    const int aggregateCount = option(args, QStringLiteral("--aggregates"), QStringLiteral("6")).toInt();
    settings.bulkShare = option(args, QStringLiteral("--bulk-share"), QStringLiteral("0.25")).toDouble();
    settings.hot = option(args, QStringLiteral("--hot"), QStringLiteral("20")).toInt();
    settings.refreshEverySeconds = option(args, QStringLiteral("--refresh-every"), QStringLiteral("6")).toInt();
    if (!url.isValid() || url.isEmpty() || !ok || settings.seconds <= 0 || aggregateCount < 2 || settings.hot < 1) {
        std::fprintf(stderr, "bench_soak: need --url URL (or $PLACEMENT_URL), --seconds > 0, --aggregates >= 2\n");
        return 2;
    }

    // The window as runWindow() (app/main.cpp) builds it for --endpoint URL --token TOKEN.
    AppModels models;
    MainWindow window(models.forWindow());
    AppController controller(&models, &window);
    controller.setReadOnly(false);
    controller.client()->http()->setTransferTimeoutMs(30 * 1000);
    window.resize(1280, 800);
    window.show();
    window.activateWindow();
    if (!QTest::qWaitForWindowActive(&window, 5000))
        std::fprintf(stderr, "bench_soak: the window is not active; keys fall back to its actions\n");
    controller.aggregateLabels()->setStore(std::make_unique<ProfileAggregateLabelStore>());
    controller.nova()->setEndpoint({}, QStringLiteral("no Nova endpoint was given (--compute-endpoint URL)"));

    QStringList soakAggregates;
    for (int i = 0; i < aggregateCount; ++i)
        soakAggregates << QUuid::createUuid().toString(QUuid::WithoutBraces);
    soakAggregates.sort();
    SoakLedger ledger(soakAggregates);
    SoakVerifier verifier(url, token);
    ModalWatcher modals;
    QRandomGenerator random(seed);
    const SoakContext context { &window, &controller, &ledger, &verifier, &modals, &random };
    SoakOperator soakOperator(context, settings);

    int exitCode = 0;
    QObject::connect(&controller, &AppController::connectionFailed, &app, [&exitCode](const PlacementError &error) {
        std::fprintf(stderr, "bench_soak: cannot connect: %s\n", qPrintable(error.fullText()));
        exitCode = 1;
        QCoreApplication::exit(1);
    });
    QObject::connect(
        &controller, &AppController::loadFinished, &soakOperator,
        [&] {
            if (exitCode == 0) {
                std::fprintf(stderr, "bench_soak: %d providers loaded; soaking for %d s\n",
                             controller.providerModel()->rowCount(), settings.seconds);
                soakOperator.start();
            }
        },
        Qt::SingleShotConnection);
    QObject::connect(&soakOperator, &SoakOperator::done, &app, [&] {
        QJsonObject report = ledger.toJson();
        const qint64 withEdits = SoakLedger::heapInUseKb();
        ledger.forgetEdits();
        report.insert(QStringLiteral("ledger_edits_heap_kb"), withEdits - SoakLedger::heapInUseKb());
        report.insert(QStringLiteral("seconds"), settings.seconds);
        report.insert(QStringLiteral("providers"), controller.providerModel()->rowCount());
        report.insert(QStringLiteral("seed"), static_cast<qint64>(seed));
        if (!writeReport(reportPath, report)) {
            std::fprintf(stderr, "bench_soak: cannot write %s\n", qPrintable(reportPath));
            exitCode = 1;
        }
        std::fprintf(stderr, "bench_soak: done after %.0f s, %d problem(s)\n", ledger.elapsed(), ledger.problems());
        QCoreApplication::exit(exitCode);
    });
    controller.connectTo(url, token);
    return QApplication::exec();
}
