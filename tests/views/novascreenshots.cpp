// Not a test: drives the real window against a running demo cloud with Nova (PLACEMENT_URL,
// PLACEMENT_TOKEN and NOVA_URL, as scripts/placement-server and scripts/nova-server write them,
// seeded by `scripts/seed --demo --nova-env`) and saves docs/screenshots/nova-overlay.png,
// aggregate-view.png and drift-view.png with `import -window root`. Run under Xvfb:
//   Xvfb :57 -screen 0 1600x1000x24 & DISPLAY=:57 pi_nova_screenshots docs/screenshots

#include "aggregatecomparisonmodel.h"
#include "aggregatecomparisonpage.h"
#include "appcontroller.h"
#include "appmodels.h"
#include "driftmodel.h"
#include "driftpage.h"
#include "mainwindow.h"
#include "novacontroller.h"
#include "novaoverlay.h"
#include "providerbrowser.h"
#include "providermodel.h"

#include <QAction>
#include <QApplication>
#include <QProcess>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

namespace {
void shoot(const QString &dir, const QString &name)
{
    QTest::qWait(500); // let the window manager-less X server paint
    QProcess::execute(QStringLiteral("import"),
                      { QStringLiteral("-window"), QStringLiteral("root"), dir + QLatin1Char('/') + name });
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("placement-inspector-screenshots"));
    const QString dir = app.arguments().value(1, QStringLiteral("."));
    const QUrl placement(qEnvironmentVariable("PLACEMENT_URL"));
    const QUrl nova(qEnvironmentVariable("NOVA_URL"));
    if (!placement.isValid() || !nova.isValid()) {
        qWarning("PLACEMENT_URL and NOVA_URL must be set");
        return 2;
    }
    AppModels models;
    MainWindow window(models.forWindow());
    AppController controller(&models, &window);
    window.resize(1600, 1000);
    window.move(0, 0);
    window.show();
    controller.nova()->setEndpoint(nova, {});
    QSignalSpy scanned(controller.nova(), &NovaController::scanFinished);
    QSignalSpy loaded(&controller, &AppController::loadFinished);
    controller.connectTo(placement, qEnvironmentVariable("PLACEMENT_TOKEN", QStringLiteral("admin")).toUtf8());
    if ((loaded.isEmpty() && !loaded.wait(180000)) || (scanned.isEmpty() && !scanned.wait(180000)))
        return 3;
    QTest::qWait(500);

    // The overlay: a zone-filtered table with a GPU host selected.
    ProviderModel *providers = controller.providerModel();
    // A host in a tenant-isolated aggregate if there is one, else in one that requires traits.
    QString gpuHost;
    for (bool tenants : { true, false }) {
        for (int row = 0; row < providers->rowCount() && gpuHost.isEmpty(); ++row) {
            const auto chips = providers->index(row, ProviderModel::AggregatesColumn)
                                   .data(ProviderModel::AggregateChipsRole)
                                   .value<QList<AggregateChip>>();
            for (const AggregateChip &chip : chips) {
                if (tenants ? chip.tenantIsolated : chip.requiresTraits)
                    gpuHost = providers->row(row).provider.uuid;
            }
        }
    }
    const QString host = models.nova()->hostOf(gpuHost);
    window.browser()->setQuickFilter(host.left(host.lastIndexOf(QLatin1Char('-'))));
    window.browser()->selectProvider(gpuHost);
    shoot(dir, QStringLiteral("nova-overlay.png"));

    // The aggregate view: the first drifted aggregate.
    window.action(QStringLiteral("showComparison"))->trigger();
    AggregateComparisonModel *comparison = models.comparison();
    for (int row = 0; row < comparison->rowCount(); ++row) {
        const QModelIndex index = comparison->index(row, 0);
        if (index.data(AggregateComparisonModel::StateRole).toInt()
            == static_cast<int>(AggregateComparisonModel::State::Drifted)) {
            window.comparisonPage()->selectAggregate(index.data(AggregateComparisonModel::UuidRole).toString());
            break;
        }
    }
    shoot(dir, QStringLiteral("aggregate-view.png"));

    // The drift view: one extra item ticked by hand beside the missing ones.
    window.action(QStringLiteral("showDrift"))->trigger();
    DriftModel *drift = models.drift();
    for (int row = 0; row < drift->rowCount(); ++row) {
        if (drift->item(row).kind == DriftItem::Kind::Extra) {
            drift->setTicked(row, true);
            break;
        }
    }
    shoot(dir, QStringLiteral("drift-view.png"));
    return 0;
}
