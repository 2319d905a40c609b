// Takes the screenshots in docs/screenshots: the real window against the demo cloud
// (scripts/seed --demo): the main window, table, tree, details, aggregates, quick filter with the
// request log, at 1600 × 1000 (the size issue 15 is judged at). Run under xvfb-run so fonts and
// style are those of a desktop:
//   xvfb-run -a -s '-screen 0 1600x1000x24' bench_gui_screenshots URL OUTDIR

#include "aggregatelabels.h"
#include "aggregatepage.h"
#include "appcontroller.h"
#include "appmodels.h"
#include "apptranslations.h"
#include "focusring.h"
#include "mainwindow.h"
#include "providerbrowser.h"
#include "providermodel.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QTableView>
#include <QTimer>
#include <QTreeView>
#include <QUuid>

#include <cstdio>

namespace {

void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

// The demo seed names its aggregates; UUIDs are uuid5(seed namespace, "aggregate/<name>").
QString demoAggregate(const QString &name)
{
    static const QUuid ns(QStringLiteral("5d3b1c6e-8a55-4c1e-9a5b-2a7f4f0c1e01"));
    return QUuid::createUuidV5(ns, QStringLiteral("aggregate/") + name).toString(QUuid::WithoutBraces);
}

bool save(QWidget *widget, const QString &path)
{
    const bool ok = widget->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("placement-inspector-screenshots"));
    const QStringList args = QApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_gui_screenshots URL OUTDIR\n");
        return 2;
    }
    const QString out = args.at(2);
    AppTranslations translations; // English plurals ("104 providers"), as the app shows them
    translations.load(QLocale(QStringLiteral("en")));
    FocusRing::install();
    AppModels models;
    MainWindow window(models.forWindow());
    AppController controller(&models, &window);
    window.resize(1600, 1000);
    window.show();
    QEventLoop loaded;
    QObject::connect(&controller, &AppController::loadFinished, &loaded, &QEventLoop::quit);
    controller.connectTo(QUrl(args.at(1)), QByteArrayLiteral("admin"));
    loaded.exec();

    const QStringList names { QStringLiteral("az-fra1-a"),         QStringLiteral("az-fra1-b"),
                              QStringLiteral("az-fra1-c"),         QStringLiteral("az-ams2-a"),
                              QStringLiteral("az-ams2-b"),         QStringLiteral("gpu-pool"),
                              QStringLiteral("ssd-hosts"),         QStringLiteral("windows-licensed"),
                              QStringLiteral("maintenance-q4"),    QStringLiteral("cpu-pinning"),
                              QStringLiteral("high-mem"),          QStringLiteral("tenant-acme-dedicated"),
                              QStringLiteral("sap-hana-certified") };
    for (const QString &name : names)
        controller.aggregateLabels()->setLabel(demoAggregate(name), name);

    // A compute node with nested NUMA/PGPU children makes the best example.
    ProviderModel *model = controller.providerModel();
    QString nestedLeaf;
    for (int row = 0; row < model->rowCount() && nestedLeaf.isEmpty(); ++row) {
        const ResourceProvider &p = model->row(row).provider;
        if (!p.parentUuid.isEmpty() && p.parentUuid != p.rootUuid)
            nestedLeaf = p.uuid;
    }
    ProviderBrowser *browser = window.browser();
    const QString root = model->find(nestedLeaf) ? model->find(nestedLeaf)->provider.rootUuid : QString();
    browser->selectProvider(root);
    browser->currentView()->setFocus();
    settle(1500);
    save(&window, out + QStringLiteral("/table.png"));
    save(&window, out + QStringLiteral("/main-window.png"));

    window.action(QStringLiteral("treeMode"))->setChecked(true);
    browser->selectProvider(nestedLeaf);
    browser->tree()->expandToDepth(0);
    browser->selectProvider(nestedLeaf);
    settle(1500);
    save(&window, out + QStringLiteral("/tree.png"));

    auto *details = window.findChild<QDockWidget *>(QStringLiteral("detailsDock"));
    browser->selectProvider(root);
    settle(1500);
    save(details, out + QStringLiteral("/details.png"));

    window.action(QStringLiteral("showAggregates"))->trigger();
    window.aggregatePage()->selectAggregate(demoAggregate(QStringLiteral("gpu-pool")));
    QEventLoop checked;
    QObject::connect(&controller, &AppController::aggregateChecked, &checked, &QEventLoop::quit);
    Q_EMIT window.aggregatePage()->checkRequested(demoAggregate(QStringLiteral("gpu-pool")));
    checked.exec();
    settle(800);
    save(&window, out + QStringLiteral("/aggregates.png"));

    window.action(QStringLiteral("showProviders"))->trigger();
    window.action(QStringLiteral("treeMode"))->setChecked(false);
    window.findChild<QDockWidget *>(QStringLiteral("requestLogDock"))->show();
    browser->setQuickFilter(QStringLiteral("gpu-pool"));
    settle(1200);
    save(&window, out + QStringLiteral("/filter-and-log.png"));
    return 0;
}
