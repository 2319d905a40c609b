// The bulk edit dialog against a real bulk run: the confirmation sends nothing, the outcome
// table (BulkOutcomeModel under QAbstractItemModelTester) shows done, unchanged, done after
// a conflict and failed with its reason, matching the server; cancel and retry failed.

#include "aggregateinput.h"
#include "bulkeditdialog.h"
#include "bulkoutcomemodel.h"
#include "liveserver.h"
#include "placementclient.h"
#include "requestlog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using Status = BulkOutcome::Status;
Q_DECLARE_METATYPE(BulkIntent::Kind)

class TestBulkEditDialogLive : public QObject
{
    Q_OBJECT

    LiveServer m_live;
    PlacementClient m_client;
    int m_parallel = BulkAggregateEdit::defaultParallel;

    // Plays the controller's part: the dialog asks, this runs the edit and lets the dialog show it.
    void wire(BulkEditDialog &dialog)
    {
        connect(&dialog, &BulkEditDialog::startRequested, this, [this, &dialog](const BulkIntent &intent) {
            auto *edit = new BulkAggregateEdit(&m_client, intent, &dialog);
            edit->setParallel(m_parallel);
            connect(&dialog, &BulkEditDialog::cancelRequested, edit, &BulkAggregateEdit::cancel);
            connect(&dialog, &BulkEditDialog::retryRequested, edit, &BulkAggregateEdit::retryFailed);
            dialog.showRun(edit);
            edit->start(dialog.providers());
        });
    }
    QStringList serverSet(const QString &uuid) { return m_live.aggregatesOf(uuid); }
    int puts() const
    {
        int n = 0;
        for (int i = 0; i < m_client.log()->size(); ++i)
            n += m_client.log()->at(i).method == "PUT" ? 1 : 0;
        return n;
    }
    static int rowOf(const QAbstractItemModel *model, const QString &uuid)
    {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(BulkOutcomeModel::UuidRole).toString() == uuid)
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_live.isAvailable(), qPrintable(m_live.unavailableReason()));
        const auto caps = m_live.connectClient(m_client);
        QVERIFY2(caps.ok(), qPrintable(caps.ok() ? QString() : caps.error().fullText()));
    }
    void init() { m_parallel = BulkAggregateEdit::defaultParallel; }

    void outcomeTableMatchesTheServer_data()
    {
        QTest::addColumn<BulkIntent::Kind>("kind");
        QTest::addRow("add") << BulkIntent::Kind::Add;
        QTest::addRow("remove") << BulkIntent::Kind::Remove;
        QTest::addRow("replace") << BulkIntent::Kind::Replace;
    }
    void outcomeTableMatchesTheServer()
    {
        QFETCH(BulkIntent::Kind, kind);
        const QString target = LiveServer::newUuid();
        const QString other = LiveServer::newUuid();
        // changed: has `other`; already: the intent changes nothing; raced: another writer
        // bumps it between the dialog's read and its PUT; gone: deleted before the run.
        const QString changed = m_live.createProvider(QStringLiteral("bulk-ui-changed"));
        const QString already = m_live.createProvider(QStringLiteral("bulk-ui-already"));
        const QString raced = m_live.createProvider(QStringLiteral("bulk-ui-raced"));
        const QString gone = m_live.createProvider(QStringLiteral("bulk-ui-gone"));
        const bool removing = kind == BulkIntent::Kind::Remove;
        QVERIFY(m_live.putAggregates(changed, removing ? QStringList { other, target } : QStringList { other }) > 0);
        QVERIFY(m_live.putAggregates(already, removing ? QStringList { other } : QStringList { target }) > 0);
        QVERIFY(m_live.putAggregates(raced, removing ? QStringList { target } : QStringList {}) >= 0);
        const BulkEditDialog::Providers providers { { changed, QStringLiteral("changed") },
                                                    { already, QStringLiteral("already") },
                                                    { raced, QStringLiteral("raced") },
                                                    { gone, QStringLiteral("gone") } };

        BulkEditDialog dialog(kind, providers);
        wire(dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.startButton()->isEnabled() || kind == BulkIntent::Kind::Replace);
        dialog.addText(QStringLiteral("%1 bogus").arg(target.toUpper()));
        QCOMPARE(dialog.chosenAggregates(), QStringList { target });
        // The confirmation names how many and which change; nothing is sent yet.
        QVERIFY(dialog.confirmationText().contains(tr("4 provider(s)")));
        QVERIFY(dialog.confirmationText().contains(target));
        const int putsBefore = puts();
        QVERIFY(dialog.reviewButton()->isEnabled());
        QTest::mouseClick(dialog.reviewButton(), Qt::LeftButton);
        QCOMPARE(dialog.page(), BulkEditDialog::Page::Review);
        QCOMPARE(dialog.reviewedProviders().size(), 4);
        QVERIFY(dialog.startButton()->isEnabled());
        QCOMPARE(puts(), putsBefore);
        QCOMPARE(m_live.request("DELETE", QStringLiteral("/resource_providers/%1").arg(gone)).status, 204);

        bool bumped = false;
        connect(m_client.log(), &RequestLog::entryAdded, this, [&] {
            const RequestLogEntry &last = m_client.log()->at(m_client.log()->size() - 1);
            if (!bumped && last.method == "GET" && last.url.contains(raced)) {
                bumped = true;
                QVERIFY(m_live.bumpGenerationViaTraits(raced, { QStringLiteral("HW_CPU_X86_AVX2") }) > 0);
            }
        });
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QVERIFY(dialog.edit());
        QAbstractItemModelTester tester(dialog.outcomeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(dialog.edit(), &BulkAggregateEdit::finished);
        QVERIFY(dialog.edit()->isRunning() ? finished.wait(30000) : true);
        disconnect(m_client.log(), nullptr, this, nullptr);
        QVERIFY(bumped);

        const QAbstractItemModel *model = dialog.outcomeView()->model();
        QCOMPARE(model->rowCount(), 4);
        auto status = [&](const QString &uuid) {
            return static_cast<Status>(model->index(rowOf(model, uuid), BulkOutcomeModel::OutcomeColumn)
                                           .data(BulkOutcomeModel::StatusRole)
                                           .toInt());
        };
        auto outcome = [&](const QString &uuid) {
            return model->index(rowOf(model, uuid), BulkOutcomeModel::OutcomeColumn).data().toString();
        };
        QCOMPARE(status(changed), Status::Done);
        QCOMPARE(outcome(changed), tr("Done"));
        QCOMPARE(status(already), Status::Unchanged);
        QCOMPARE(status(raced), Status::Done);
        QCOMPARE(outcome(raced), tr("Done after 1 conflict(s)"));
        QCOMPARE(model->index(rowOf(model, raced), BulkOutcomeModel::ConflictsColumn).data().toInt(), 1);
        QCOMPARE(status(gone), Status::Failed);
        QVERIFY(outcome(gone).startsWith(tr("Failed: ")));
        QVERIFY(outcome(gone).contains(QStringLiteral("404")));

        // The table matches the server.
        switch (kind) {
        case BulkIntent::Kind::Add: {
            QStringList both { other, target };
            both.sort();
            QCOMPARE(serverSet(changed), both);
            QCOMPARE(serverSet(raced), QStringList { target });
            break;
        }
        case BulkIntent::Kind::Remove:
            QCOMPARE(serverSet(changed), QStringList { other });
            QCOMPARE(serverSet(already), QStringList { other });
            QCOMPARE(serverSet(raced), QStringList {});
            break;
        case BulkIntent::Kind::Replace:
            QCOMPARE(serverSet(changed), QStringList { target });
            QCOMPARE(serverSet(raced), QStringList { target });
            break;
        }
        QVERIFY(dialog.summaryText().contains(tr("1 failed")));
        QVERIFY(dialog.retryButton()->isEnabled());
        QVERIFY(!dialog.cancelButton()->isEnabled());
    }

    // Issue 9, defect 4: Return in the aggregate box applied the change to every selected
    // provider at once. Return never sends; only Apply on the review page does, and the
    // review names every provider.
    void returnNeverSends_data()
    {
        QTest::addColumn<BulkIntent::Kind>("kind");
        QTest::addRow("add") << BulkIntent::Kind::Add;
        QTest::addRow("remove") << BulkIntent::Kind::Remove;
        QTest::addRow("replace") << BulkIntent::Kind::Replace;
    }
    void returnNeverSends()
    {
        QFETCH(BulkIntent::Kind, kind);
        const QString target = LiveServer::newUuid();
        BulkEditDialog::Providers providers;
        for (int i = 0; i < 30; ++i) {
            const QString uuid = m_live.createProvider(QStringLiteral("bulk-ui-return"));
            QVERIFY(!uuid.isEmpty());
            providers << qMakePair(uuid, QStringLiteral("return-%1").arg(i));
        }
        BulkEditDialog dialog(kind, providers);
        wire(dialog);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int putsBefore = puts();
        QLineEdit *box = dialog.input()->comboBox()->lineEdit();
        box->setFocus();
        QTest::keyClicks(box, target);
        QTest::keyClick(box, Qt::Key_Return); // adds what is typed, nothing more
        QCOMPARE(dialog.chosenAggregates(), QStringList { target });
        QTest::keyClick(box, Qt::Key_Return); // an empty box: still nothing
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTest::keyClick(&dialog, Qt::Key_Enter);
        QCOMPARE(dialog.page(), BulkEditDialog::Page::Choose);
        QVERIFY(!dialog.edit());
        // Entering it again is said, not silently ignored.
        QTest::keyClicks(box, target);
        QTest::keyClick(box, Qt::Key_Return);
        QVERIFY2(dialog.confirmationText().contains(tr("Already in the list")), qPrintable(dialog.confirmationText()));

        QTest::mouseClick(dialog.reviewButton(), Qt::LeftButton);
        QCOMPARE(dialog.page(), BulkEditDialog::Page::Review);
        // Every provider is named on the review page, not just a count.
        const QStringList reviewed = dialog.reviewedProviders();
        QCOMPARE(reviewed.size(), providers.size());
        for (const auto &[uuid, name] : providers) {
            QVERIFY(std::any_of(reviewed.cbegin(), reviewed.cend(),
                                [&](const QString &line) { return line.contains(uuid) && line.contains(name); }));
        }
        QTest::keyClick(&dialog, Qt::Key_Return);
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Return);
        QCOMPARE(dialog.page(), BulkEditDialog::Page::Review);
        QVERIFY(!dialog.edit());
        QCOMPARE(puts(), putsBefore);
        // Back keeps the choice; Apply is the one explicit step that sends.
        QTest::mouseClick(dialog.backButton(), Qt::LeftButton);
        QCOMPARE(dialog.chosenAggregates(), QStringList { target });
        QTest::mouseClick(dialog.reviewButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        QVERIFY(dialog.edit());
        QSignalSpy finished(dialog.edit(), &BulkAggregateEdit::finished);
        QVERIFY(!dialog.edit()->isRunning() || finished.wait(60000));
        QCOMPARE(dialog.edit()->count(Status::Failed), 0);
    }

    void cancelSendsNoNewRequestsAndRetryFinishes()
    {
        const QString target = LiveServer::newUuid();
        BulkEditDialog::Providers providers;
        for (int i = 0; i < 12; ++i) {
            const QString uuid = m_live.createProvider(QStringLiteral("bulk-ui-cancel"));
            QVERIFY(!uuid.isEmpty());
            providers << qMakePair(uuid, QStringLiteral("cancel-%1").arg(i));
        }
        m_parallel = 1;
        BulkEditDialog dialog(BulkIntent::Kind::Add, providers);
        wire(dialog);
        dialog.show();
        dialog.addText(target);
        QTest::mouseClick(dialog.reviewButton(), Qt::LeftButton);
        QTest::mouseClick(dialog.startButton(), Qt::LeftButton);
        BulkAggregateEdit *edit = dialog.edit();
        QVERIFY(edit);
        QAbstractItemModelTester tester(dialog.outcomeModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitFor([&] { return edit->count(Status::Done) >= 2; }, 20000));
        QVERIFY(dialog.cancelButton()->isEnabled());
        QTest::mouseClick(dialog.cancelButton(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!edit->isRunning(), 20000);
        const int putsAtEnd = puts();
        QTest::qWait(300);
        QCOMPARE(puts(), putsAtEnd); // no new PUTs after cancel
        const int done = edit->count(Status::Done);
        const int cancelled = edit->count(Status::Cancelled);
        QVERIFY(cancelled > 0);
        QCOMPARE(done + cancelled, 12);
        for (const BulkOutcome &o : edit->outcomes())
            QCOMPARE(serverSet(o.providerUuid).contains(target), o.status == Status::Done);
        QVERIFY(dialog.retryButton()->isEnabled());

        QSignalSpy finished(edit, &BulkAggregateEdit::finished);
        QTest::mouseClick(dialog.retryButton(), Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        QCOMPARE(edit->count(Status::Done), 12);
        for (const auto &p : providers)
            QCOMPARE(serverSet(p.first), QStringList { target });
        QVERIFY(!dialog.retryButton()->isEnabled());
    }
};

QTEST_MAIN(TestBulkEditDialogLive)
#include "tst_bulkeditdialog_live.moc"
