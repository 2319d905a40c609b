#include "dialogtour.h"

#include "aggregateeditordialog.h"
#include "aggregateeditsession.h"
#include "appmodels.h"
#include "bulkeditdialog.h"
#include "conflictdialog.h"
#include "driftrepairdialog.h"
#include "mainwindow.h"
#include "novaroutechoice.h"
#include "profiledialog.h"
#include "secretprompt.h"
#include "shortcutsdialog.h"

#include <QMenuBar>
#include <QPushButton>
#include <QTest>

namespace {

const QString aggA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString aggB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");

ProviderAggregates aggregates(const QStringList &uuids, int generation)
{
    ProviderAggregates a;
    a.aggregates = uuids;
    a.generation = generation;
    return a;
}

// Shows the dialog and hands it to `visit`; false when a check failed.
bool show(QDialog *dialog, const QString &state, const std::function<void(QDialog *, const QString &)> &visit)
{
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog)) {
        QTest::qFail(qPrintable(state + QStringLiteral(": the dialog was never shown")), __FILE__, __LINE__);
        return false;
    }
    visit(dialog, state);
    return !QTest::currentTestFailed();
}

} // namespace

void DialogTour::visitEach(AppModels *models, MainWindow *window,
                           const std::function<void(QDialog *, const QString &)> &visit)
{
    QWidget *parent = window;
    {
        ProfileDialog dialog(parent);
        if (!show(&dialog, QStringLiteral("profiles"), visit))
            return;
    }
    {
        AggregateEditSession session(models->client(), QStringLiteral("rp-1"), aggregates({ aggA }, 4));
        AggregateEditorDialog dialog(&session, QStringLiteral("compute-1"), parent);
        dialog.setLabels(models->labels());
        if (!show(&dialog, QStringLiteral("aggregate editor"), visit))
            return;
    }
    {
        BulkEditDialog dialog(BulkIntent::Kind::Add, { { QStringLiteral("rp-1"), QStringLiteral("compute-1") } },
                              parent);
        dialog.setLabels(models->labels());
        if (!show(&dialog, QStringLiteral("bulk edit, choose"), visit))
            return;
        dialog.addText(aggB);
        QTest::mouseClick(dialog.reviewButton(), Qt::LeftButton);
        if (dialog.page() != BulkEditDialog::Page::Review) {
            QTest::qFail("the bulk edit did not reach its review page", __FILE__, __LINE__);
            return;
        }
        if (!show(&dialog, QStringLiteral("bulk edit, review"), visit))
            return;
    }
    {
        AggregateConflict conflict;
        conflict.base = aggregates({ aggA }, 4);
        conflict.server = aggregates({ aggA, aggB }, 5);
        conflict.serverChange.added = { aggB };
        conflict.aggregatesChangedOnServer = true;
        conflict.mine = { aggA };
        conflict.merged = { aggA, aggB };
        ConflictDialog dialog(conflict, QStringLiteral("compute-1"), models->labels(), nullptr, parent);
        if (!show(&dialog, QStringLiteral("conflict"), visit))
            return;
    }
    {
        DriftRepairDialog dialog(parent);
        dialog.setPlan({ QStringLiteral("compute-1: + %1").arg(aggA) }, 1, 1, 0,
                       QStringLiteral("openstack resource provider aggregate set"));
        if (!show(&dialog, QStringLiteral("drift repair"), visit))
            return;
    }
    {
        DriftRepairDialog dialog(parent);
        dialog.setUndoPlan({ QStringLiteral("compute-1: − %1").arg(aggA) }, 1,
                           BulkIntent(BulkIntent::Kind::Add, { aggA }).describe());
        if (!show(&dialog, QStringLiteral("bulk edit undo"), visit))
            return;
    }
    {
        NovaRouteChoice::Change change;
        change.providerName = QStringLiteral("compute-1");
        change.host = QStringLiteral("compute-1");
        change.novaAdded = { QStringLiteral("az1-hosts") };
        change.otherChanges = 1;
        NovaRouteChoice dialog(change, parent);
        if (!show(&dialog, QStringLiteral("Nova route"), visit))
            return;
    }
    {
        SecretPrompt dialog(QStringLiteral("prod"), QCoreApplication::translate("ConnectionLauncher", "password"),
                            QString(), true, parent);
        if (!show(&dialog, QStringLiteral("secret prompt"), visit))
            return;
    }
    {
        ShortcutsDialog dialog(window->menuBar(), parent);
        show(&dialog, QStringLiteral("shortcuts"), visit);
    }
}
