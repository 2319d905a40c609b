// The aggregate-centric view's read, measured against the per-provider read it replaces:
// (1) every provider's own aggregates, one GET per provider (N + 1 calls: what the table
// does), which also finds the aggregates there are; then (2) PlacementMembershipReader for
// those aggregates: one member_of list per aggregate plus the provider list and the
// COMPUTE_STATUS_DISABLED list (k + 2 calls). Prints one JSON line.
// Usage: bench_membership_load URL [TOKEN]

#include "placementclient.h"
#include "placementmembership.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_membership_load URL [TOKEN]\n");
        return 2;
    }
    PlacementClient client;
    client.setEndpoint(QUrl(args.at(1)));
    client.setToken(args.size() > 2 ? args.at(2).toUtf8() : QByteArrayLiteral("admin"));

    QElapsedTimer timer;
    double perProviderSeconds = 0;
    double memberOfSeconds = 0;
    int providers = 0;
    int failed = 0;
    int memberships = 0; // provider-in-aggregate links seen by the member_of read
    int perProviderLinks = 0; // the same links seen by the per-provider read
    QSet<QString> aggregates;
    int exitCode = 0;
    auto fail = [&](const PlacementError &e) {
        std::fprintf(stderr, "bench_membership_load: %s\n", qPrintable(e.fullText()));
        exitCode = 1;
        QCoreApplication::quit();
    };

    PlacementMembershipReader reader(&client);
    QObject::connect(&reader, &PlacementMembershipReader::finished, &app,
                     [&](const Result<PlacementMembership> &result) {
                         memberOfSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
                         if (!result)
                             return fail(result.error());
                         for (const QSet<QString> &members : result.value().members)
                             memberships += static_cast<int>(members.size());
                         QCoreApplication::quit();
                     });
    client.connectToServer(&app, [&](const Result<Capabilities> &caps) {
        if (!caps)
            return fail(caps.error());
        timer.start();
        client.listProviders({}, &app, [&](const Result<QList<ResourceProvider>> &list) {
            if (!list)
                return fail(list.error());
            providers = static_cast<int>(list.value().size());
            PlacementClient::CallOptions background;
            background.priority = PlacementClient::Priority::Background;
            for (const ResourceProvider &p : list.value()) {
                client.getAggregates(
                    p.uuid, &app,
                    [&](const Result<ProviderAggregates> &r) {
                        if (!r) {
                            ++failed;
                            return;
                        }
                        perProviderLinks += static_cast<int>(r.value().aggregates.size());
                        for (const QString &aggregate : r.value().aggregates)
                            aggregates.insert(aggregate);
                    },
                    background);
            }
            QObject::connect(
                client.scheduler(), &RequestScheduler::idle, &app,
                [&] {
                    if (timer.isValid() && perProviderSeconds == 0) {
                        perProviderSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
                        timer.restart();
                        reader.start(QStringList(aggregates.cbegin(), aggregates.cend()));
                    }
                },
                Qt::QueuedConnection);
        });
    });
    QCoreApplication::exec();
    if (exitCode != 0)
        return exitCode;
    const QJsonObject result { { QStringLiteral("providers"), providers },
                               { QStringLiteral("aggregates"), static_cast<int>(aggregates.size()) },
                               { QStringLiteral("failed"), failed },
                               { QStringLiteral("per_provider_calls"), providers + 1 },
                               { QStringLiteral("per_provider_seconds"), perProviderSeconds },
                               { QStringLiteral("per_provider_links"), perProviderLinks },
                               { QStringLiteral("member_of_calls"), reader.callsMade() },
                               { QStringLiteral("member_of_seconds"), memberOfSeconds },
                               { QStringLiteral("member_of_links"), memberships } };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return failed == 0 && memberships == perProviderLinks ? 0 : 1;
}
