#include "soakbulkedit.h"

#include "aggregateeditcontroller.h"
#include "aggregateinput.h"
#include "appcontroller.h"
#include "bulkeditdialog.h"
#include "editactions.h"
#include "mainwindow.h"
#include "providerbrowser.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "soakledger.h"
#include "soakverifier.h"

#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <utility>

namespace {
QString statusName(BulkOutcome::Status status)
{
    switch (status) {
    case BulkOutcome::Status::Pending:
        return QStringLiteral("pending");
    case BulkOutcome::Status::Running:
        return QStringLiteral("running");
    case BulkOutcome::Status::Done:
        return QStringLiteral("done");
    case BulkOutcome::Status::Unchanged:
        return QStringLiteral("unchanged");
    case BulkOutcome::Status::Failed:
        return QStringLiteral("failed");
    case BulkOutcome::Status::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QSet<QString> asSet(const QStringList &list)
{
    return { list.cbegin(), list.cend() };
}
} // namespace

SoakBulkEdit::SoakBulkEdit(const SoakContext &context, QStringList providers, BulkIntent::Kind kind, QString aggregate,
                           QObject *parent)
    : SoakRun(context, parent)
    , m_providers(std::move(providers))
    , m_kind(kind)
    , m_aggregate(std::move(aggregate))
{ }

QString SoakBulkEdit::name() const
{
    return QStringLiteral("bulk edit #%1 (%2 %3 on %4 providers)")
        .arg(m_edit)
        .arg(m_kind == BulkIntent::Kind::Add ? QStringLiteral("add") : QStringLiteral("remove"), m_aggregate)
        .arg(m_providers.size());
}

QStringList SoakBulkEdit::expectedFor(const QString &provider) const
{
    QStringList soak = m_ctx.ledger->intended(provider);
    if (m_kind == BulkIntent::Kind::Add)
        soak << m_aggregate;
    else
        soak.removeAll(m_aggregate);
    return m_ctx.ledger->soakPart(soak);
}

void SoakBulkEdit::start()
{
    MainWindow *window = m_ctx.window;
    ProviderBrowser *browser = window->browser();
    // The rows, as an operator selects them: the first clicked, the others Ctrl-clicked.
    if (!browser->selectProvider(m_providers.first())) {
        m_ctx.ledger->count(QStringLiteral("bulk_skipped_not_in_table"));
        finish();
        return;
    }
    QItemSelectionModel *selection = browser->table()->selectionModel();
    ProviderModel *model = m_ctx.controller->providerModel();
    for (const QString &uuid : std::as_const(m_providers)) {
        const QModelIndex source = model->index(model->rowOf(uuid), 0);
        selection->select(browser->tableProxy()->mapFromSource(source),
                          QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (asSet(window->editActions()->selectedUuids()) != asSet(m_providers)) {
        m_ctx.ledger->count(QStringLiteral("bulk_skipped_selection"));
        finish();
        return;
    }
    const bool add = m_kind == BulkIntent::Kind::Add;
    m_edit = m_ctx.ledger->begin(add ? QStringLiteral("bulk-add") : QStringLiteral("bulk-remove"), m_providers);
    SoakEdit &edit = m_ctx.ledger->edit(m_edit);
    (add ? edit.added : edit.removed) << m_aggregate;

    bool requested = false;
    const QMetaObject::Connection spy
        = connect(window, &MainWindow::bulkEditRequested, this, [&requested] { requested = true; });
    activate(window);
    QTest::keyClick(browser->table(), add ? Qt::Key_A : Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    disconnect(spy);
    if (!requested) {
        m_ctx.ledger->count(QStringLiteral("key_fallbacks"));
        window->editActions()->bulkAction(m_kind)->trigger();
    }
    m_dialog = m_ctx.controller->edits()->bulkDialog();
    if (!m_dialog) {
        m_ctx.ledger->problem(QStringLiteral("%1: no bulk dialog opened").arg(name()));
        edit.outcome = QStringLiteral("not-opened");
        finish();
        return;
    }
    QStringList offered;
    for (const auto &[uuid, shown] : m_dialog->providers())
        offered << uuid;
    if (asSet(offered) != asSet(m_providers))
        m_ctx.ledger->problem(QStringLiteral("%1: the dialog offers %2 providers, %3 were selected")
                                  .arg(name())
                                  .arg(offered.size())
                                  .arg(m_providers.size()));
    later(100, 500, [this] { apply(); });
}

void SoakBulkEdit::apply()
{
    if (!m_dialog)
        return;
    progress();
    QLineEdit *line = m_dialog->input()->comboBox()->lineEdit();
    line->setFocus();
    QTest::keyClicks(line, m_aggregate);
    QTest::keyClick(line, Qt::Key_Return);
    if (m_dialog->chosenAggregates() != QStringList { m_aggregate }) {
        m_ctx.ledger->problem(QStringLiteral("%1: typed one aggregate, the dialog chose [%2]")
                                  .arg(name(), m_dialog->chosenAggregates().join(QLatin1Char(' '))));
    }
    QTest::mouseClick(m_dialog->reviewButton(), Qt::LeftButton);
    if (m_dialog->page() != BulkEditDialog::Page::Review
        || m_dialog->reviewedProviders().size() != m_providers.size()) {
        m_ctx.ledger->problem(QStringLiteral("%1: the review page lists %2 providers")
                                  .arg(name())
                                  .arg(m_dialog->reviewedProviders().size()));
    }
    later(200, 1000, [this] {
        if (!m_dialog)
            return;
        progress();
        m_waitingFor = QStringLiteral("the bulk run to finish");
        QTest::mouseClick(m_dialog->startButton(), Qt::LeftButton);
        if (!m_dialog->edit()) {
            m_ctx.ledger->problem(QStringLiteral("%1: Apply started nothing").arg(name()));
            close();
            return;
        }
        connect(m_dialog->edit(), &BulkAggregateEdit::outcomeChanged, this, [this] { progress(); });
        connect(m_dialog->edit(), &BulkAggregateEdit::finished, this, &SoakBulkEdit::onFinished);
    });
}

void SoakBulkEdit::onFinished()
{
    progress();
    BulkAggregateEdit *run = m_dialog ? m_dialog->edit() : nullptr;
    if (!run)
        return;
    SoakEdit &edit = m_ctx.ledger->edit(m_edit);
    edit.bulkCounts.clear();
    edit.bulkConflicts = 0;
    edit.bulkRetries = 0;
    m_failed.clear();
    for (const BulkOutcome &o : run->outcomes()) {
        ++edit.bulkCounts[statusName(o.status)];
        edit.bulkConflicts += o.conflicts;
        edit.bulkRetries += o.retries;
        switch (o.status) {
        case BulkOutcome::Status::Done:
        case BulkOutcome::Status::Unchanged: {
            const QStringList expected = expectedFor(o.providerUuid);
            const QStringList shown
                = m_ctx.ledger->soakPart(o.status == BulkOutcome::Status::Done ? o.after : o.before);
            if (shown != expected)
                m_ctx.ledger->problem(QStringLiteral("%1: %2 reported %3 with soak aggregates [%4], intended [%5]")
                                          .arg(name(), o.providerUuid, statusName(o.status),
                                               shown.join(QLatin1Char(' ')), expected.join(QLatin1Char(' '))));
            m_ctx.ledger->setIntended(o.providerUuid, expected);
            break;
        }
        case BulkOutcome::Status::Failed:
            m_failed << o.providerUuid;
            if (o.error.isEmpty())
                m_ctx.ledger->problem(QStringLiteral("%1: %2 failed without a reason").arg(name(), o.providerUuid));
            edit.message = o.error;
            break;
        default:
            m_ctx.ledger->problem(QStringLiteral("%1: %2 ended %3").arg(name(), o.providerUuid, statusName(o.status)));
            break;
        }
    }
    if (!m_failed.isEmpty() && !m_retried) {
        // The operator presses Retry Failed once; the same run goes on.
        m_retried = true;
        ++edit.retryFailedPresses;
        m_ctx.ledger->count(QStringLiteral("bulk_retry_failed_presses"));
        later(300, 1000, [this] {
            if (m_dialog && m_dialog->retryButton()->isEnabled())
                QTest::mouseClick(m_dialog->retryButton(), Qt::LeftButton);
        });
        return;
    }
    edit.outcome = QStringLiteral("finished");
    later(200, 800, [this] { close(); });
}

void SoakBulkEdit::close()
{
    progress();
    m_waitingFor = QStringLiteral("the bulk dialog to close");
    if (m_dialog) {
        connect(m_dialog, &QObject::destroyed, this, &SoakBulkEdit::verify);
        QTest::keyClick(m_dialog, Qt::Key_Escape);
    } else {
        verify();
    }
}

void SoakBulkEdit::verify()
{
    m_waitingFor = QStringLiteral("the witness reads");
    m_ctx.verifier->readAll(m_providers, [this](const QList<SoakRead> &reads) {
        SoakEdit &edit = m_ctx.ledger->edit(m_edit);
        bool agrees = true;
        for (qsizetype i = 0; i < reads.size(); ++i) {
            const QString &uuid = m_providers.at(i);
            if (!reads.at(i).ok) {
                m_ctx.ledger->problem(
                    QStringLiteral("%1: the witness could not read %2: %3").arg(name(), uuid, reads.at(i).error));
                agrees = false;
                continue;
            }
            const QStringList server = m_ctx.ledger->soakPart(reads.at(i).aggregates);
            if (m_failed.contains(uuid)) {
                // Reported failed: applied or not, the server must hold one of the two.
                const QStringList before = m_ctx.ledger->intended(uuid);
                if (server != before && server != expectedFor(uuid))
                    m_ctx.ledger->problem(QStringLiteral("%1: %2 failed and holds [%3]")
                                              .arg(name(), uuid, server.join(QLatin1Char(' '))));
                else if (server != before)
                    m_ctx.ledger->count(QStringLiteral("bulk_failed_but_applied"));
                m_ctx.ledger->setIntended(uuid, server);
            } else if (server != m_ctx.ledger->intended(uuid)) {
                m_ctx.ledger->problem(QStringLiteral("%1: %2 holds soak aggregates [%3], the outcome table said [%4]")
                                          .arg(name(), uuid, server.join(QLatin1Char(' ')),
                                               m_ctx.ledger->intended(uuid).join(QLatin1Char(' '))));
                agrees = false;
            }
        }
        edit.verified = agrees;
        finish();
    });
}

void SoakBulkEdit::abandon()
{
    m_ctx.ledger->problem(QStringLiteral("%1: stuck waiting for %2").arg(name(), m_waitingFor));
    if (m_edit > 0)
        m_ctx.ledger->edit(m_edit).outcome = QStringLiteral("stuck");
    if (m_dialog) {
        disconnect(m_dialog, &QObject::destroyed, this, &SoakBulkEdit::verify);
        if (m_dialog->edit())
            m_dialog->edit()->disconnect(this);
        m_dialog->deleteLater();
    }
    m_ctx.verifier->readAll(m_providers, [this](const QList<SoakRead> &reads) {
        for (qsizetype i = 0; i < reads.size(); ++i) {
            if (reads.at(i).ok)
                m_ctx.ledger->setIntended(m_providers.at(i), reads.at(i).aggregates);
        }
        finish();
    });
}
