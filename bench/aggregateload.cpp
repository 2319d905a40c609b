// Loads every provider and then every provider's aggregates through PlacementClient's
// scheduler, the way the window does, and prints the wall time as one JSON line.
// Usage: bench_aggregate_load URL [TOKEN] [PARALLEL]

#include "placementclient.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_aggregate_load URL [TOKEN] [PARALLEL]\n");
        return 2;
    }
    PlacementClient client;
    client.setEndpoint(QUrl(args.at(1)));
    client.setToken(args.size() > 2 ? args.at(2).toUtf8() : QByteArrayLiteral("admin"));
    if (args.size() > 3)
        client.scheduler()->setMaxParallel(args.at(3).toInt());

    QElapsedTimer timer;
    int providers = 0;
    int failed = 0;
    int exitCode = 0;
    auto fail = [&](const PlacementError &e) {
        std::fprintf(stderr, "bench_aggregate_load: %s\n", qPrintable(e.fullText()));
        exitCode = 1;
        QCoreApplication::quit();
    };

    client.connectToServer(&app, [&](const Result<Capabilities> &caps) {
        if (!caps)
            return fail(caps.error());
        timer.start();
        client.listProviders({}, &app, [&](const Result<QList<ResourceProvider>> &list) {
            if (!list)
                return fail(list.error());
            providers = static_cast<int>(list.value().size());
            if (providers == 0)
                return QCoreApplication::quit();
            PlacementClient::CallOptions background;
            background.priority = PlacementClient::Priority::Background;
            for (const ResourceProvider &p : list.value()) {
                client.getAggregates(
                    p.uuid, &app, [&](const Result<ProviderAggregates> &r) { failed += r.ok() ? 0 : 1; }, background);
            }
            QObject::connect(client.scheduler(), &RequestScheduler::idle, &app, &QCoreApplication::quit);
        });
    });
    QCoreApplication::exec();
    if (exitCode != 0)
        return exitCode;
    const QJsonObject result { { QStringLiteral("client"), QStringLiteral("placement-inspector") },
                               { QStringLiteral("providers"), providers },
                               { QStringLiteral("failed"), failed },
                               { QStringLiteral("parallel"), client.scheduler()->maxParallel() },
                               { QStringLiteral("seconds"), static_cast<double>(timer.nsecsElapsed()) / 1e9 } };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failed == 0 ? 0 : 1;
}
