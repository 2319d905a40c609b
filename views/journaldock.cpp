#include "journaldock.h"

#include "columnfitter.h"
#include "journal.h"
#include "journalfilterproxy.h"
#include "journalmodel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

JournalDock::JournalDock(JournalModel *model, QWidget *parent)
    : QDockWidget(tr("Journal"), parent)
    , m_model(model)
    , m_proxy(new JournalFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_problems(new QLabel(this))
    , m_revert(new QPushButton(tr("&Revert this Change…"), this))
    , m_revertBatch(new QPushButton(tr("Revert the Whole &Batch…"), this))
    , m_copyCommand(new QPushButton(tr("Copy as Co&mmand"), this))
    , m_copyRequestId(new QPushButton(tr("Copy Request &ID"), this))
{
    setObjectName(QStringLiteral("journalDock"));
    m_proxy->setSourceModel(model);

    m_filter->setPlaceholderText(tr("Filter by provider, UUID, aggregate, request id or reason"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter the journal"));
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this, &JournalDock::applyFilter);

    m_kind->setAccessibleName(tr("Kind of change"));
    m_kind->addItem(tr("All kinds"), -1);
    for (JournalEntry::Kind kind :
         { JournalEntry::Kind::Single, JournalEntry::Kind::Bulk, JournalEntry::Kind::Undo, JournalEntry::Kind::Repair,
           JournalEntry::Kind::Revert, JournalEntry::Kind::Nova }) {
        JournalEntry sample;
        sample.kind = kind;
        m_kind->addItem(sample.kindText(), static_cast<int>(kind));
    }
    m_outcome->setAccessibleName(tr("Outcome"));
    m_outcome->addItem(tr("All outcomes"), -1);
    m_outcome->addItem(tr("Done"), static_cast<int>(JournalEntry::Outcome::Done));
    m_outcome->addItem(tr("Failed"), static_cast<int>(JournalEntry::Outcome::Failed));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &JournalDock::applyFilter);
    connect(m_outcome, &QComboBox::currentIndexChanged, this, &JournalDock::applyFilter);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Journal entries"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // Time, provider and request id whole (what an operator copies into a ticket); the change
    // takes the spare room and gives it up first.
    new ColumnFitter(m_view, m_view->horizontalHeader(),
                     ColumnFitter::growingThenName(m_view, JournalModel::ChangeColumn, JournalModel::ProviderColumn),
                     this);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_revert->setToolTip(revertToolTip());
    m_revertBatch->setToolTip(tr("Take back what every provider of this bulk edit, repair or undo got"));
    m_copyCommand->setToolTip(tr("Copy the openstack command that sends the same request"));
    m_copyRequestId->setToolTip(tr("Copy the server's request id of this write, for its logs"));
    // The same four in the table's context menu; each action clicks its button, so both
    // follow one enabled state and one code path.
    for (QPushButton *button : { m_revert, m_revertBatch, m_copyCommand, m_copyRequestId }) {
        button->setAutoDefault(false);
        auto *action = new QAction(button->text(), m_view);
        connect(action, &QAction::triggered, button, &QPushButton::click);
        m_view->addAction(action);
        m_menuActions.append({ button, action });
    }
    connect(m_revert, &QPushButton::clicked, this, &JournalDock::revertCurrent);
    connect(m_revertBatch, &QPushButton::clicked, this, &JournalDock::revertBatch);
    connect(m_copyCommand, &QPushButton::clicked, this, [this] {
        if (const auto entry = currentEntry())
            QApplication::clipboard()->setText(entry->toCommand());
    });
    connect(m_copyRequestId, &QPushButton::clicked, this, [this] {
        if (const auto entry = currentEntry())
            QApplication::clipboard()->setText(entry->requestId);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &JournalDock::updateActions);
    // A click makes the row current before it selects it: the buttons follow the selection too.
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JournalDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JournalDock::updateActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &JournalDock::showProblems);
    // A new write: the newest row comes into view unless the operator is reading older ones.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] {
        if (!m_view->selectionModel()->hasSelection())
            m_view->scrollToBottom();
        updateActions();
    });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_kind);
    filters->addWidget(m_outcome);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_revert);
    buttons->addWidget(m_revertBatch);
    buttons->addStretch(1);
    buttons->addWidget(m_copyCommand);
    buttons->addWidget(m_copyRequestId);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filters);
    m_problems->setWordWrap(true);
    layout->addWidget(m_problems);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setWidget(content);
    updateActions();
    showProblems();
}

void JournalDock::showProblems()
{
    const Journal *journal = m_model->journal();
    QStringList lines;
    for (const JournalProblem &problem : journal->problems())
        lines << QString::number(problem.line);
    const QString file = journal->store().pathFor(journal->connectionKey());
    if (!journal->readError().isEmpty())
        m_problems->setText(tr("The journal file could not be read: %1").arg(journal->readError()));
    else if (!lines.isEmpty())
        m_problems->setText(tr("Skipped %n unreadable line(s) of %1 (line %2); every other entry is shown.", nullptr,
                               static_cast<int>(lines.size()))
                                .arg(file, lines.join(tr(", "))));
    m_problems->setVisible(!journal->readError().isEmpty() || !lines.isEmpty());
}

void JournalDock::applyFilter()
{
    m_proxy->setText(m_filter->text());
    const int kind = m_kind->currentData().toInt();
    m_proxy->setKind(kind < 0 ? std::nullopt : std::optional<JournalEntry::Kind>(JournalEntry::Kind(kind)));
    const int outcome = m_outcome->currentData().toInt();
    m_proxy->setOutcome(outcome < 0 ? std::nullopt
                                    : std::optional<JournalEntry::Outcome>(JournalEntry::Outcome(outcome)));
    updateActions();
}

std::optional<JournalEntry> JournalDock::currentEntry() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!current.isValid() || !m_view->selectionModel()->isRowSelected(current.row(), current.parent()))
        return std::nullopt;
    return m_model->entry(m_proxy->mapToSource(current).row());
}

bool JournalDock::selectEntry(const QString &id)
{
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (index.data(JournalModel::EntryIdRole).toString() == id) {
            m_view->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_view->scrollTo(index);
            return true;
        }
    }
    return false;
}

void JournalDock::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    updateActions();
}

QList<JournalEntry> JournalDock::batchOf(const QString &batchId) const
{
    QList<JournalEntry> entries;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const JournalEntry &entry = m_model->entry(row);
        if (entry.batchId == batchId && entry.outcome == JournalEntry::Outcome::Done)
            entries << entry;
    }
    return entries;
}

void JournalDock::revertCurrent()
{
    const auto entry = currentEntry();
    if (!entry || m_readOnly || !entry->isRevertible())
        return;
    Q_EMIT revertRequested({ *entry });
}

void JournalDock::revertBatch()
{
    const auto entry = currentEntry();
    if (!entry || m_readOnly || entry->batchId.isEmpty() || entry->isThroughNova())
        return;
    Q_EMIT revertRequested(batchOf(entry->batchId));
}

QString JournalDock::revertToolTip(bool throughNova)
{
    // Taking back a Nova call with a Placement write would leave Nova listing the host: Nova
    // and Placement would disagree. The editor saves through Nova again.
    return throughNova ? tr("Made through Nova: take it back in the aggregate editor (Return on the provider), "
                            "which saves through Nova again; a Placement write here would leave Nova and "
                            "Placement disagreeing")
                       : tr("Take back what this write did, on top of what the provider has now; previewed "
                            "first, nothing is sent before Apply");
}

void JournalDock::updateActions()
{
    const auto entry = currentEntry();
    const bool throughNova = entry && entry->isThroughNova();
    m_revert->setEnabled(!m_readOnly && entry && entry->isRevertible());
    m_revert->setToolTip(revertToolTip(throughNova));
    m_revertBatch->setEnabled(!m_readOnly && entry && !throughNova && !entry->batchId.isEmpty()
                              && !batchOf(entry->batchId).isEmpty());
    m_revertBatch->setVisible(!entry || (!throughNova && !entry->batchId.isEmpty()));
    m_copyCommand->setEnabled(entry.has_value());
    m_copyRequestId->setEnabled(entry && !entry->requestId.isEmpty());
    for (const auto &[button, action] : std::as_const(m_menuActions)) {
        action->setEnabled(button->isEnabled());
        action->setVisible(!button->isHidden());
    }
}
