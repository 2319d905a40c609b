#include "driftrepairdialog.h"

#include "bulkaggregateedit.h"
#include "bulkoutcomemodel.h"
#include "bulkoutcometable.h"
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
enum class Page
{
    Preview,
    Outcome
};
} // namespace

DriftRepairDialog::DriftRepairDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_intro(new QLabel(this))
    , m_preview(new QListWidget(this))
    , m_apply(new QPushButton(this))
    , m_copy(new QPushButton(tr("Copy as &Commands"), this))
    , m_table(new BulkOutcomeTable(this))
    , m_summary(new QLabel(this))
    , m_cancelRun(new QPushButton(tr("&Cancel Remaining"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("Repair Drift between Nova and Placement"));
    resize(760, 480);

    auto *preview = new QWidget(m_pages);
    auto *previewLayout = new QVBoxLayout(preview);
    m_intro->setWordWrap(true);
    previewLayout->addWidget(m_intro);
    previewLayout->addWidget(m_preview, 1);
    m_preview->setAccessibleName(tr("Planned changes"));
    auto *note = new QLabel(tr("Each provider is changed with a generation-checked write: a provider that changed "
                               "meanwhile is read again and the same change applied to what it has now."),
                            preview);
    note->setWordWrap(true);
    previewLayout->addWidget(note);
    auto *previewButtons = new QDialogButtonBox(preview);
    previewButtons->addButton(m_copy, QDialogButtonBox::ActionRole);
    previewButtons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    previewButtons->addButton(QDialogButtonBox::Cancel);
    previewLayout->addWidget(previewButtons);
    m_pages->addWidget(preview);

    auto *outcome = new QWidget(m_pages);
    auto *outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->addWidget(m_table, 1);
    m_summary->setWordWrap(true);
    outcomeLayout->addWidget(m_summary);
    auto *outcomeButtons = new QDialogButtonBox(outcome);
    outcomeButtons->addButton(m_cancelRun, QDialogButtonBox::ActionRole);
    outcomeButtons->addButton(m_close, QDialogButtonBox::RejectRole);
    outcomeLayout->addWidget(outcomeButtons);
    m_pages->addWidget(outcome);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    // No default button anywhere: Return must never apply a repair.
    for (QPushButton *button : { m_apply, m_copy, m_cancelRun, m_close }) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    if (auto *cancel = previewButtons->button(QDialogButtonBox::Cancel)) {
        cancel->setAutoDefault(false);
        connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    }
    ShortcutsDialog::installHelpKey(this);
    connect(m_apply, &QPushButton::clicked, this, &DriftRepairDialog::applyRequested);
    connect(m_copy, &QPushButton::clicked, this, [this] { Q_EMIT copyCommandsRequested(m_commands); });
    connect(m_cancelRun, &QPushButton::clicked, this, &DriftRepairDialog::cancelRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_pages->setCurrentIndex(static_cast<int>(Page::Preview));
}

void DriftRepairDialog::setUndoPlan(const QStringList &lines, int providers, const QString &description)
{
    showTakeBackPlan(lines, providers, tr("Undo Bulk Edit"),
                     tr("Undoing the bulk edit (%1) takes back what it did on %n provider(s): what it added is "
                        "removed, what it removed is added again, on top of what each provider has now, so that "
                        "changes made since are kept. Nothing is written before you press Apply.",
                        nullptr, providers)
                         .arg(description),
                     tr("&Apply Undo to %n Provider(s)", nullptr, providers));
}

void DriftRepairDialog::setRevertPlan(const QStringList &lines, int providers, const QString &description)
{
    showTakeBackPlan(lines, providers, tr("Revert from the Journal"),
                     tr("Reverting the %1 takes back what it did on %n provider(s): what it added is removed, what "
                        "it removed is added again, on top of what each provider has now, so that changes made "
                        "since are kept. Nothing is written before you press Apply.",
                        nullptr, providers)
                         .arg(description),
                     tr("&Apply Revert to %n Provider(s)", nullptr, providers));
}

void DriftRepairDialog::showTakeBackPlan(const QStringList &lines, int providers, const QString &title,
                                         const QString &intro, const QString &applyText)
{
    m_undo = true;
    setWindowTitle(title);
    m_commands.clear();
    m_copy->hide();
    m_preview->clear();
    m_preview->addItems(lines);
    m_intro->setText(intro);
    m_apply->setText(applyText);
    m_apply->setEnabled(providers > 0);
    m_pages->setCurrentIndex(static_cast<int>(Page::Preview));
}

void DriftRepairDialog::setPlan(const QStringList &lines, int providers, int additions, int removals,
                                const QString &commands)
{
    m_commands = commands;
    m_preview->clear();
    m_preview->addItems(lines);
    m_intro->setText(tr("These changes bring Placement in line with Nova's host aggregates: %1 and %2, on %3. "
                        "Nothing is written before you press Apply.")
                         .arg(tr("%n addition(s)", nullptr, additions), tr("%n removal(s)", nullptr, removals),
                              tr("%n provider(s)", nullptr, providers)));
    m_apply->setText(tr("&Apply %n Change(s)", nullptr, additions + removals));
    m_apply->setEnabled(additions + removals > 0);
    m_pages->setCurrentIndex(static_cast<int>(Page::Preview));
}

void DriftRepairDialog::showRun(BulkAggregateEdit *edit)
{
    m_edit = edit;
    m_table->follow(edit);
    connect(edit, &BulkAggregateEdit::outcomeChanged, this, &DriftRepairDialog::updateRun);
    connect(edit, &BulkAggregateEdit::finished, this, &DriftRepairDialog::updateRun);
    m_pages->setCurrentIndex(static_cast<int>(Page::Outcome));
    updateRun();
}

void DriftRepairDialog::updateRun()
{
    if (!m_edit)
        return;
    const bool running = m_edit->isRunning();
    m_cancelRun->setEnabled(running);
    const QString summary = m_table->outcomes()->summary();
    m_summary->setText(running ? (m_undo ? tr("Undoing… %1") : tr("Repairing… %1")).arg(summary)
                               : tr("Finished: %1").arg(summary));
}

QString DriftRepairDialog::summaryText() const
{
    return m_summary->text();
}

int DriftRepairDialog::page() const
{
    return m_pages->currentIndex();
}

void DriftRepairDialog::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}
