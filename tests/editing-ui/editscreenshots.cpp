// Not a test: drives the real window against a running demo cloud (PLACEMENT_URL) and saves
// screenshots of the aggregate editor, the conflict prompt and the bulk outcome table with
// `import -window root`. Run under xvfb-run; see docs/editing.md.

#include "aggregateeditcontroller.h"
#include "aggregateeditordialog.h"
#include "aggregatelabels.h"
#include "appcontroller.h"
#include "appmodels.h"
#include "apptranslations.h"
#include "bulkeditdialog.h"
#include "conflictdialog.h"
#include "focusring.h"
#include "liveserver.h"
#include "mainwindow.h"
#include "placementclient.h"
#include "providerbrowser.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "requestlog.h"

#include <QAction>
#include <QApplication>
#include <QItemSelectionModel>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

namespace {
void shoot(const QString &dir, const QString &name)
{
    QTest::qWait(400); // let the window manager-less X server paint
    QProcess::execute(QStringLiteral("import"),
                      { QStringLiteral("-window"), QStringLiteral("root"), dir + QLatin1Char('/') + name });
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QString dir = args.value(1, QStringLiteral("."));
    LiveServer live;
    if (!live.isAvailable())
        return 2;
    AppTranslations translations; // English plurals, as the app shows them
    translations.load(QLocale(QStringLiteral("en")));
    FocusRing::install();
    AppModels models;
    MainWindow window(models.forWindow());
    AppController controller(&models, &window);
    window.resize(1600, 1000);
    window.move(0, 0);
    window.show();
    QSignalSpy loaded(&controller, &AppController::loadFinished);
    controller.connectTo(live.url(), live.token());
    if (!loaded.wait(120000))
        return 3;
    ProviderModel *model = controller.providerModel();
    // A compute node with aggregates, and labels for the aggregates the demo cloud uses.
    QString uuid;
    for (int row = 0; row < model->rowCount() && uuid.isEmpty(); ++row) {
        if (model->row(row).aggregates.aggregates.size() >= 2 && model->row(row).provider.isRoot())
            uuid = model->row(row).provider.uuid;
    }
    if (uuid.isEmpty())
        return 4;
    const QStringList aggs = model->find(uuid)->aggregates.aggregates;
    controller.aggregateLabels()->setLabel(aggs.at(0), QStringLiteral("az-north"));
    controller.aggregateLabels()->setLabel(aggs.at(1), QStringLiteral("ssd-hosts"));
    window.browser()->selectProvider(uuid);

    QSignalSpy opened(controller.edits(), &AggregateEditController::editorOpened);
    window.action(QStringLiteral("editAggregates"))->trigger();
    if (!opened.wait(10000))
        return 5;
    AggregateEditorDialog *editor = controller.edits()->editor();
    editor->move(260, 120);
    const QString added = LiveServer::newUuid();
    editor->addText(QStringLiteral("%1, %1 gpu-pool-7").arg(added));
    editor->removeAggregates({ aggs.at(1) });
    shoot(dir, QStringLiteral("aggregate-editor.png"));

    // Another client changes the same provider's aggregates: the save meets a 409.
    const QString theirs = LiveServer::newUuid();
    live.putAggregates(uuid, aggs + QStringList { theirs });
    editor->saveButton()->click();
    if (!QTest::qWaitFor([&] { return editor->conflictDialog() != nullptr; }, 10000))
        return 6;
    editor->conflictDialog()->move(180, 140);
    shoot(dir, QStringLiteral("conflict-prompt.png"));
    QSignalSpy saved(controller.edits(), &AggregateEditController::aggregatesSaved);
    editor->conflictDialog()->reapplyButton()->click();
    saved.wait(10000);
    QTest::qWait(300);

    // Bulk: the first ten roots get a new aggregate; one is raced, one was deleted.
    QStringList roots;
    for (int row = 0; row < model->rowCount() && roots.size() < 10; ++row) {
        if (model->row(row).provider.isRoot() && model->row(row).provider.uuid != uuid)
            roots << model->row(row).provider.uuid;
    }
    const QString doomed = live.createProvider(QStringLiteral("decommissioned"));
    controller.reload();
    loaded.wait(120000);
    roots << doomed;
    QItemSelectionModel *selection = window.browser()->table()->selectionModel();
    selection->clear();
    for (const QString &r : roots)
        window.browser()->table()->selectionModel()->select(
            window.browser()->tableProxy()->mapFromSource(model->index(model->rowOf(r), 0)),
            QItemSelectionModel::Select | QItemSelectionModel::Rows);
    window.action(QStringLiteral("bulkAdd"))->trigger();
    BulkEditDialog *bulk = controller.edits()->bulkDialog();
    if (!bulk)
        return 7;
    bulk->move(120, 100);
    bulk->resize(1300, 720);
    bulk->addText(aggs.at(0));
    bulk->reviewButton()->click();
    shoot(dir, QStringLiteral("bulk-confirm.png"));
    live.request("DELETE", QStringLiteral("/resource_providers/%1").arg(doomed));
    QString raced;
    for (const QString &r : roots) {
        if (raced.isEmpty() && r != doomed && !model->find(r)->aggregates.aggregates.contains(aggs.at(0)))
            raced = r; // one that really needs a PUT, so the bump causes a 409
    }
    bool bumped = false;
    QObject::connect(controller.client()->log(), &RequestLog::entryAdded, [&] {
        const RequestLogEntry &last = controller.client()->log()->at(controller.client()->log()->size() - 1);
        if (!bumped && last.method == "GET" && last.url.contains(raced)) {
            bumped = true;
            live.bumpGenerationViaTraits(raced, { QStringLiteral("HW_CPU_X86_AVX2") });
        }
    });
    bulk->startButton()->click();
    if (!QTest::qWaitFor([&] { return bulk->edit() && !bulk->edit()->isRunning(); }, 30000))
        return 8;
    shoot(dir, QStringLiteral("bulk-outcome.png"));
    return 0;
}
