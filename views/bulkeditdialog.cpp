#include "bulkeditdialog.h"

#include "aggregateinput.h"
#include "bulkoutcomemodel.h"
#include "bulkoutcometable.h"
#include "palettecolors.h"
#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {
QString kindTitle(BulkIntent::Kind kind)
{
    switch (kind) {
    case BulkIntent::Kind::Add:
        return BulkEditDialog::tr("Add to Aggregate");
    case BulkIntent::Kind::Remove:
        return BulkEditDialog::tr("Remove from Aggregate");
    case BulkIntent::Kind::Replace:
        return BulkEditDialog::tr("Replace Aggregates");
    }
    return {};
}
} // namespace

BulkEditDialog::BulkEditDialog(BulkIntent::Kind kind, const Providers &providers, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_providers(providers)
    , m_pages(new QStackedWidget(this))
    , m_input(new AggregateInput(this))
    , m_chosenList(new QListWidget(this))
    , m_confirmation(new QLabel(this))
    , m_review(new QPushButton(tr("&Review…"), this))
    , m_reviewText(new QLabel(this))
    , m_reviewList(new QListWidget(this))
    , m_back(new QPushButton(tr("&Back"), this))
    , m_start(new QPushButton(this))
    , m_table(new BulkOutcomeTable(this))
    , m_model(m_table->outcomes())
    , m_summary(new QLabel(this))
    , m_cancel(new QPushButton(tr("&Cancel Remaining"), this))
    , m_retry(new QPushButton(tr("&Retry Failed"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setWindowTitle(tr("%1 — %n provider(s)", nullptr, static_cast<int>(providers.size())).arg(kindTitle(kind)));

    // Page 1: choose the aggregates; the confirmation text says exactly what will happen.
    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    auto *intro = new QLabel(choose);
    intro->setWordWrap(true);
    intro->setText(kind == BulkIntent::Kind::Replace
                       ? tr("The chosen set replaces each provider's aggregates. Leave it empty to remove every "
                            "aggregate.")
                       : tr("Each provider is changed with its own generation-checked request; a provider changed "
                            "meanwhile is re-read and the same change applied again."));
    chooseLayout->addWidget(intro);
    chooseLayout->addWidget(m_input);
    m_chosenList->setObjectName(QStringLiteral("chosenAggregates"));
    m_chosenList->setAccessibleName(tr("Aggregates in the change"));
    m_chosenList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_chosenList->setToolTip(tr("Del removes the selected aggregates from the change"));
    chooseLayout->addWidget(m_chosenList, 1);
    m_confirmation->setWordWrap(true);
    m_confirmation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    chooseLayout->addWidget(m_confirmation);
    // No AcceptRole button anywhere: QDialogButtonBox would make it the default, and Return
    // in the aggregate box would then apply the change to every provider at once.
    auto *chooseButtons = new QDialogButtonBox(choose);
    chooseButtons->addButton(m_review, QDialogButtonBox::ActionRole);
    QPushButton *back = chooseButtons->addButton(QDialogButtonBox::Cancel);
    m_review->setToolTip(tr("See every provider and the change before anything is sent"));
    chooseLayout->addWidget(chooseButtons);
    m_pages->addWidget(choose);

    // Page 2: the review. Apply is the only way to send.
    auto *reviewPage = new QWidget(m_pages);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    m_reviewText->setWordWrap(true);
    m_reviewText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    reviewLayout->addWidget(m_reviewText);
    m_reviewList->setSelectionMode(QAbstractItemView::NoSelection);
    m_reviewList->setAccessibleName(tr("Providers and their changes"));
    m_reviewList->setObjectName(QStringLiteral("reviewedProviders"));
    reviewLayout->addWidget(m_reviewList, 1);
    auto *reviewButtons = new QDialogButtonBox(reviewPage);
    reviewButtons->addButton(m_back, QDialogButtonBox::ActionRole);
    reviewButtons->addButton(m_start, QDialogButtonBox::ActionRole);
    QPushButton *cancelReview = reviewButtons->addButton(QDialogButtonBox::Cancel);
    m_start->setToolTip(tr("Send one generation-checked request per provider"));
    reviewLayout->addWidget(reviewButtons);
    m_pages->addWidget(reviewPage);
    for (QPushButton *button : { m_review, m_back, m_start, back, cancelReview, m_input->addButton() }) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }

    // Page 2: the outcome of every provider.
    auto *outcome = new QWidget(m_pages);
    auto *outcomeLayout = new QVBoxLayout(outcome);
    outcomeLayout->addWidget(m_table, 1);
    m_summary->setWordWrap(true);
    outcomeLayout->addWidget(m_summary);
    auto *outcomeButtons = new QDialogButtonBox(outcome);
    outcomeButtons->addButton(m_cancel, QDialogButtonBox::ActionRole);
    outcomeButtons->addButton(m_retry, QDialogButtonBox::ActionRole);
    outcomeButtons->addButton(m_close, QDialogButtonBox::RejectRole);
    for (QPushButton *button : { m_cancel, m_retry, m_close })
        button->setAutoDefault(false);
    m_cancel->setToolTip(tr("Send no new requests; those already sent finish and are reported"));
    m_retry->setToolTip(tr("Run the failed and cancelled providers again"));
    outcomeLayout->addWidget(outcomeButtons);
    m_pages->addWidget(outcome);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    connect(m_input, &AggregateInput::entered, this, [this](const AggregateListCheck &check) {
        m_alreadyChosen = check.foldedDuplicates;
        for (const QString &uuid : check.aggregates) {
            if (m_chosen.contains(uuid))
                m_alreadyChosen << uuid; // said, not silently ignored
            else
                m_chosen << uuid;
        }
        for (const RejectedAggregate &r : check.rejected)
            m_rejected << r.reason;
        updateConfirmation();
    });
    auto *del = new QShortcut(QKeySequence::Delete, m_chosenList, nullptr, nullptr, Qt::WidgetShortcut);
    del->setWhatsThis(tr("Take the selected aggregates off the list"));
    connect(del, &QShortcut::activated, this, [this] {
        const QList<QListWidgetItem *> items = m_chosenList->selectedItems();
        for (const QListWidgetItem *item : items)
            m_chosen.removeAll(item->data(Qt::UserRole).toString());
        updateConfirmation();
    });
    ShortcutsDialog::installHelpKey(this,
                                    { { tr("Add what is typed (in the aggregate box); never applies"),
                                        QKeySequence(Qt::Key_Return).toString(QKeySequence::NativeText) } });
    connect(m_review, &QPushButton::clicked, this, &BulkEditDialog::review);
    connect(m_back, &QPushButton::clicked, this, [this] { m_pages->setCurrentIndex(static_cast<int>(Page::Choose)); });
    connect(m_start, &QPushButton::clicked, this, &BulkEditDialog::start);
    connect(back, &QPushButton::clicked, this, &QDialog::reject);
    connect(cancelReview, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_cancel, &QPushButton::clicked, this, &BulkEditDialog::cancelRequested);
    connect(m_retry, &QPushButton::clicked, this, [this] {
        Q_EMIT retryRequested();
        updateButtons();
    });
    connect(m_close, &QPushButton::clicked, this, &BulkEditDialog::reject);
    updateConfirmation();
    resize(900, 520);
}

void BulkEditDialog::setLabels(AggregateLabels *labels)
{
    m_labels = labels;
    m_input->setLabels(labels);
    m_model->setAggregateLabels(labels);
    updateConfirmation();
}

void BulkEditDialog::setNovaOverlay(const NovaOverlay *nova)
{
    m_nova = nova;
    m_input->setNovaOverlay(nova);
    m_model->setNovaOverlay(nova);
    updateConfirmation();
}

void BulkEditDialog::setKnownAggregates(const QStringList &uuids)
{
    m_input->setKnownAggregates(uuids);
}

void BulkEditDialog::addText(const QString &text)
{
    Q_EMIT m_input->entered(m_input->parse(text));
}

void BulkEditDialog::updateConfirmation()
{
    m_chosenList->clear();
    for (const QString &uuid : qAsConst(m_chosen)) {
        auto *item = new QListWidgetItem(AggregateInput::displayText(uuid, m_labels, m_nova), m_chosenList);
        item->setData(Qt::UserRole, uuid);
    }
    for (const QString &reason : qAsConst(m_rejected)) {
        auto *item = new QListWidgetItem(tr("Not used: %1").arg(reason), m_chosenList);
        item->setForeground(PaletteColors::errorText(palette()));
        item->setFlags(Qt::ItemIsEnabled);
    }
    const BulkIntent intent { m_kind, m_chosen };
    const int n = static_cast<int>(m_providers.size());
    const bool ready = n > 0 && (m_kind == BulkIntent::Kind::Replace || !m_chosen.isEmpty());
    QString confirmation = ready ? tr("%n provider(s) will be changed: %1.", nullptr, n).arg(intent.describe())
                                 : tr("Choose the aggregates first; nothing has been sent.");
    if (!m_alreadyChosen.isEmpty())
        confirmation += QLatin1Char('\n') + tr("Already in the list: %1").arg(m_alreadyChosen.join(tr(", ")));
    m_confirmation->setText(confirmation);
    m_review->setEnabled(ready && m_edit.isNull());
    m_start->setText(tr("&Apply to %n Provider(s)", nullptr, n));
    m_start->setEnabled(ready && m_edit.isNull());
}

void BulkEditDialog::review()
{
    if (m_edit || !m_review->isEnabled())
        return;
    const BulkIntent intent { m_kind, m_chosen };
    const int n = static_cast<int>(m_providers.size());
    QString text = tr("Nothing has been sent yet. Applying will %1 on each of these %n provider(s), one "
                      "generation-checked request each:",
                      nullptr, n)
                       .arg(intent.describe());
    if (!m_rejected.isEmpty())
        text += QLatin1Char('\n') + tr("Not used, not sent: %1").arg(m_rejected.join(tr("; ")));
    m_reviewText->setText(text);
    m_reviewList->clear();
    for (const auto &[uuid, name] : std::as_const(m_providers))
        m_reviewList->addItem(tr("%1 — %2").arg(name, uuid));
    m_pages->setCurrentIndex(static_cast<int>(Page::Review));
    m_back->setFocus();
}

QStringList BulkEditDialog::reviewedProviders() const
{
    QStringList shown;
    for (int i = 0; i < m_reviewList->count(); ++i)
        shown << m_reviewList->item(i)->text();
    return shown;
}

BulkEditDialog::Page BulkEditDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

void BulkEditDialog::keyPressEvent(QKeyEvent *event)
{
    // Return never sends: the aggregate box handles its own Return (it adds what is typed);
    // here, where QDialog would press a default button, it does nothing.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

QTableView *BulkEditDialog::outcomeView() const
{
    return m_table;
}

QString BulkEditDialog::confirmationText() const
{
    return m_confirmation->text();
}

QString BulkEditDialog::summaryText() const
{
    return m_summary->text();
}

void BulkEditDialog::start()
{
    // Only from the review page: whoever sends has seen every provider it touches.
    if (m_edit || !m_start->isEnabled() || page() != Page::Review)
        return;
    Q_EMIT startRequested(BulkIntent { m_kind, m_chosen });
}

void BulkEditDialog::showRun(BulkAggregateEdit *edit)
{
    if (m_edit || !edit)
        return;
    m_edit = edit;
    m_model->setEdit(m_edit);
    connect(m_edit, &BulkAggregateEdit::outcomeChanged, this, &BulkEditDialog::updateButtons);
    connect(m_edit, &BulkAggregateEdit::finished, this, &BulkEditDialog::updateButtons);
    m_pages->setCurrentIndex(static_cast<int>(Page::Outcome));
    setWindowTitle(tr("%1 — %2").arg(kindTitle(m_kind), m_edit->intent().describe()));
    updateButtons();
}

void BulkEditDialog::updateButtons()
{
    if (!m_edit)
        return;
    const bool running = m_edit->isRunning();
    m_cancel->setEnabled(running);
    m_retry->setEnabled(
        !running && (m_edit->count(BulkOutcome::Status::Failed) + m_edit->count(BulkOutcome::Status::Cancelled)) > 0);
    m_close->setEnabled(!running);
    m_summary->setText(m_model->summary());
}

void BulkEditDialog::reject()
{
    // Closing mid-run would hide outcomes of requests already sent: cancel first.
    if (m_edit && m_edit->isRunning()) {
        Q_EMIT cancelRequested();
        return;
    }
    QDialog::reject();
}
