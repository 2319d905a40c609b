// The Journal dock without a server: accessible names, which actions each entry offers
// (revert, whole batch, copy command, copy request id), what revertRequested carries, read-only
// mode, the kind and outcome filters, and that a new write keeps the operator's selection.

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "journal.h"
#include "journaldock.h"
#include "journalfilterproxy.h"
#include "journalmodel.h"

using Kind = JournalEntry::Kind;
using Outcome = JournalEntry::Outcome;

namespace {
const QString aggX = QStringLiteral("11111111-1111-4111-8111-111111111111");

JournalEntry entry(int n, Kind kind, Outcome outcome, const QString &batch = {})
{
    JournalEntry e;
    e.providerName = QStringLiteral("compute-%1").arg(n);
    e.providerUuid = QStringLiteral("aaaaaaaa-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0'));
    e.path = JournalEntry::aggregatesPath(e.providerUuid);
    e.body = JournalEntry::aggregatesBody({ aggX }, 3);
    e.generationBefore = 3;
    e.after = outcome == Outcome::Done ? QStringList { aggX } : QStringList {};
    e.generationAfter = outcome == Outcome::Done ? 4 : -1;
    e.requestId = QStringLiteral("req-%1").arg(n);
    e.outcome = outcome;
    e.reason = outcome == Outcome::Failed ? QStringLiteral("403 Forbidden") : QString();
    e.kind = kind;
    e.batchId = batch;
    return e;
}
} // namespace

class TestJournalDockGui : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir; // one per test row: each starts with an empty journal
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<JournalModel> m_model;
    std::unique_ptr<JournalDock> m_dock;
    QList<JournalEntry> m_entries; // as recorded: 0 single, 1-2 batch done, 3 batch failed, 4 single failed

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal = std::make_unique<Journal>(JournalStore(m_dir->path()));
        m_journal->setConnectionKey(QStringLiteral("dock"));
        m_model = std::make_unique<JournalModel>(m_journal.get());
        m_dock = std::make_unique<JournalDock>(m_model.get());
        m_dock->show();
        m_entries.clear();
        m_entries << m_journal->record(entry(0, Kind::Single, Outcome::Done));
        m_entries << m_journal->record(entry(1, Kind::Bulk, Outcome::Done, QStringLiteral("batch-1")));
        m_entries << m_journal->record(entry(2, Kind::Bulk, Outcome::Done, QStringLiteral("batch-1")));
        m_entries << m_journal->record(entry(3, Kind::Bulk, Outcome::Failed, QStringLiteral("batch-1")));
        m_entries << m_journal->record(entry(4, Kind::Single, Outcome::Failed));
    }
    void cleanup()
    {
        m_dock.reset();
        m_model.reset();
        m_journal.reset();
        m_dir.reset();
    }

    void everyControlHasAnAccessibleName()
    {
        QVERIFY(!m_dock->filterEdit()->accessibleName().isEmpty());
        QVERIFY(!m_dock->kindBox()->accessibleName().isEmpty());
        QVERIFY(!m_dock->outcomeBox()->accessibleName().isEmpty());
        QVERIFY(!m_dock->view()->accessibleName().isEmpty());
        for (QPushButton *button : { m_dock->revertButton(), m_dock->revertBatchButton(), m_dock->copyCommandButton(),
                                     m_dock->copyRequestIdButton() })
            QVERIFY(!button->text().isEmpty());
    }

    void actionsFollowTheSelectedEntry_data()
    {
        QTest::addColumn<int>("index");
        QTest::addColumn<bool>("revert");
        QTest::addColumn<bool>("batch");
        QTest::addColumn<int>("revertedByBatch");
        QTest::addRow("single, done") << 0 << true << false << 0;
        QTest::addRow("bulk, done") << 1 << true << true << 2;
        QTest::addRow("bulk, failed: the batch still reverts its done entries") << 3 << false << true << 2;
        QTest::addRow("single, failed: nothing to revert") << 4 << false << false << 0;
    }
    void actionsFollowTheSelectedEntry()
    {
        QFETCH(int, index);
        QFETCH(bool, revert);
        QFETCH(bool, batch);
        QFETCH(int, revertedByBatch);
        QVERIFY(!m_dock->copyCommandButton()->isEnabled()); // nothing selected
        QVERIFY(m_dock->selectEntry(m_entries.at(index).id));
        QCOMPARE(m_dock->revertButton()->isEnabled(), revert);
        QCOMPARE(m_dock->revertBatchButton()->isEnabled(), batch);
        QVERIFY(m_dock->copyCommandButton()->isEnabled());
        QVERIFY(m_dock->copyRequestIdButton()->isEnabled());

        QSignalSpy requested(m_dock.get(), &JournalDock::revertRequested);
        QTest::mouseClick(m_dock->revertButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), revert ? 1 : 0);
        if (revert) {
            const auto entries = requested.takeFirst().first().value<QList<JournalEntry>>();
            QCOMPARE(entries.size(), 1);
            QCOMPARE(entries.first().id, m_entries.at(index).id);
        }
        QTest::mouseClick(m_dock->revertBatchButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), batch ? 1 : 0);
        if (batch) {
            const auto entries = requested.takeFirst().first().value<QList<JournalEntry>>();
            QCOMPARE(entries.size(), revertedByBatch);
            for (const JournalEntry &e : entries) {
                QCOMPARE(e.batchId, QStringLiteral("batch-1"));
                QCOMPARE(e.outcome, Outcome::Done);
            }
        }

        QTest::mouseClick(m_dock->copyCommandButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), m_entries.at(index).toCommand());
        QTest::mouseClick(m_dock->copyRequestIdButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("req-%1").arg(index));
    }

    // A click makes a row current before it selects it; the buttons still follow.
    void aClickedEntryEnablesItsActions()
    {
        QVERIFY(QTest::qWaitForWindowExposed(m_dock.get()));
        QTableView *view = m_dock->view();
        const QRect first = view->visualRect(view->model()->index(0, 0));
        QVERIFY(!m_dock->copyCommandButton()->isEnabled());
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, first.center());
        QVERIFY(m_dock->copyCommandButton()->isEnabled());
        QVERIFY(m_dock->copyRequestIdButton()->isEnabled());
    }

    void readOnlyOffersNoRevert()
    {
        QVERIFY(m_dock->selectEntry(m_entries.at(1).id));
        QVERIFY(m_dock->revertButton()->isEnabled());
        m_dock->setReadOnly(true);
        QVERIFY(!m_dock->revertButton()->isEnabled());
        QVERIFY(!m_dock->revertBatchButton()->isEnabled());
        QVERIFY(m_dock->copyCommandButton()->isEnabled()); // reading stays possible
        QSignalSpy requested(m_dock.get(), &JournalDock::revertRequested);
        QTest::mouseClick(m_dock->revertButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
    }

    // A call of a save through Nova: copied as Nova's command, never reverted here (a Placement
    // write would leave Nova listing the host); the tooltip says where to take it back.
    void aNovaCallIsRevertedOnlyInTheEditor()
    {
        JournalEntry call = entry(6, Kind::Nova, Outcome::Done, QStringLiteral("nova-save"));
        call.method = QStringLiteral("POST");
        call.path = JournalEntry::novaActionPath(7);
        call.body = JournalEntry::novaActionBody(true, QStringLiteral("cmp-6"));
        call = m_journal->record(call);
        QVERIFY(call.isThroughNova());
        QVERIFY(!call.added().isEmpty());
        QVERIFY(m_dock->selectEntry(call.id));
        QVERIFY(!m_dock->revertButton()->isEnabled());
        QVERIFY2(m_dock->revertButton()->toolTip().contains(QStringLiteral("Nova")),
                 qPrintable(m_dock->revertButton()->toolTip()));
        QVERIFY(!m_dock->revertBatchButton()->isEnabled());
        QSignalSpy requested(m_dock.get(), &JournalDock::revertRequested);
        QTest::mouseClick(m_dock->revertButton(), Qt::LeftButton);
        QTest::mouseClick(m_dock->revertBatchButton(), Qt::LeftButton);
        QCOMPARE(requested.count(), 0);
        QTest::mouseClick(m_dock->copyCommandButton(), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("openstack aggregate add host 7 cmp-6"));
        // Back on a Placement edit, the usual tooltip and revert return.
        QVERIFY(m_dock->selectEntry(m_entries.at(0).id));
        QVERIFY(m_dock->revertButton()->isEnabled());
        QVERIFY(!m_dock->revertButton()->toolTip().contains(QStringLiteral("Nova")));
        // The kind filter has "Through Nova".
        m_dock->kindBox()->setCurrentIndex(m_dock->kindBox()->findData(static_cast<int>(Kind::Nova)));
        QTRY_COMPARE(m_dock->view()->model()->rowCount(), 1);
    }

    void filters_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kindIndex"); // 0: all kinds
        QTest::addColumn<int>("outcomeIndex"); // 0: all, 1: done, 2: failed
        QTest::addColumn<int>("rows");
        QTest::addRow("all") << QString() << 0 << 0 << 5;
        QTest::addRow("bulk") << QString() << 2 << 0 << 3;
        QTest::addRow("failed") << QString() << 0 << 2 << 2;
        QTest::addRow("bulk and done") << QString() << 2 << 1 << 2;
        QTest::addRow("text") << QStringLiteral("compute-4") << 0 << 0 << 1;
        QTest::addRow("request id") << QStringLiteral("req-2") << 0 << 0 << 1;
    }
    void filters()
    {
        QFETCH(QString, text);
        QFETCH(int, kindIndex);
        QFETCH(int, outcomeIndex);
        QFETCH(int, rows);
        QAbstractItemModelTester tester(m_dock->view()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_dock->filterEdit()->setText(text);
        m_dock->kindBox()->setCurrentIndex(kindIndex);
        m_dock->outcomeBox()->setCurrentIndex(outcomeIndex);
        QTRY_COMPARE(m_dock->view()->model()->rowCount(), rows); // the text filter is debounced
    }

    // A torn or garbage line is named with its line number; the other entries are all shown.
    void unreadableLinesAreNamed()
    {
        QVERIFY(m_dock->problemsLabel()->isHidden());
        QFile file(m_journal->store().pathFor(QStringLiteral("dock")));
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"version\":1,\"id\":\"torn"); // line 6, no newline: a crash mid-write
        file.close();
        m_journal->setConnectionKey(QStringLiteral("dock"));
        QCOMPARE(m_dock->view()->model()->rowCount(), 5);
        QVERIFY(!m_dock->problemsLabel()->isHidden());
        QVERIFY2(m_dock->problemsLabel()->text().contains(QStringLiteral("(line 6)")),
                 qPrintable(m_dock->problemsLabel()->text()));
    }

    // A write recorded while the operator reads an older entry: one row more, selection kept.
    void aNewWriteKeepsTheSelection()
    {
        QAbstractItemModelTester tester(m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(m_dock->view()->model(), &QAbstractItemModel::modelReset);
        QVERIFY(m_dock->selectEntry(m_entries.at(1).id));
        m_journal->record(entry(5, Kind::Undo, Outcome::Done));
        QCOMPARE(m_dock->view()->model()->rowCount(), 6);
        QCOMPARE(reset.count(), 0);
        QCOMPARE(m_dock->currentEntry()->id, m_entries.at(1).id);
    }
};

QTEST_MAIN(TestJournalDockGui)
#include "tst_journaldock_gui.moc"
