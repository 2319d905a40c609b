#include "driftpage.h"

#include "driftfilterproxy.h"
#include "driftmodel.h"
#include "emptystate.h"
#include "novaoverlay.h"
#include "palettecolors.h"
#include "scanstatus.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

const QList<DriftItem::Kind> kindsInOrder { DriftItem::Kind::Missing, DriftItem::Kind::Extra,
                                            DriftItem::Kind::Unresolvable, DriftItem::Kind::Inconsistent,
                                            DriftItem::Kind::Foreign };

// Drift in the error colour; foreign (information only) dimmed.
class KindDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->state.testFlag(QStyle::State_Selected))
            return;
        const auto kind = static_cast<DriftItem::Kind>(index.data(DriftModel::KindRole).toInt());
        if (kind == DriftItem::Kind::Foreign)
            option->palette.setColor(QPalette::Text, PaletteColors::pendingText(option->palette));
        else if (index.column() == DriftModel::ClassColumn)
            option->palette.setColor(QPalette::Text, PaletteColors::errorText(option->palette));
    }
};

} // namespace

DriftPage::DriftPage(DriftModel *drift, NovaOverlay *nova, QWidget *parent)
    : QWidget(parent)
    , m_drift(drift)
    , m_nova(nova)
    , m_proxy(new DriftFilterProxy(this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_feedback(new QLabel(this))
    , m_repair(new QPushButton(tr("Repair &Ticked…"), this))
    , m_copy(new QPushButton(tr("C&opy as Commands"), this))
    , m_scan(new QPushButton(tr("Compare &Again"), this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *classes = new QHBoxLayout;
    for (DriftItem::Kind kind : kindsInOrder) {
        auto *button = new QToolButton(this);
        button->setCheckable(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolTip(
            tr("%1\nShow only this class (several may be on; none shows all).").arg(DriftModel::kindExplanation(kind)));
        button->setObjectName(QStringLiteral("class-%1").arg(static_cast<int>(kind)));
        connect(button, &QToolButton::toggled, this, &DriftPage::applyClassFilter);
        m_classButtons.insert(static_cast<int>(kind), button);
        classes->addWidget(button);
    }
    m_filter->setPlaceholderText(tr("Filter by aggregate, host, provider or detail"));
    m_filter->setAccessibleName(tr("Filter drift"));
    m_view->setAccessibleName(tr("Drift between Nova and Placement"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &DriftFilterProxy::setText);
    classes->addWidget(m_filter, 1);

    m_proxy->setSourceModel(drift);
    m_view->setModel(m_proxy);
    m_view->setItemDelegate(new KindDelegate(this));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setStretchLastSection(true);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_view->horizontalHeader()->resizeSection(DriftModel::ClassColumn, 10 * em);
    m_view->horizontalHeader()->resizeSection(DriftModel::AggregateColumn, 13 * em);
    m_view->horizontalHeader()->resizeSection(DriftModel::HostColumn, 13 * em);
    m_view->horizontalHeader()->resizeSection(DriftModel::ProviderColumn, 18 * em);
    m_view->sortByColumn(DriftModel::ClassColumn, Qt::AscendingOrder);
    m_view->setToolTip(tr("Space ticks or unticks the selected rows; Return opens the provider"));
    auto *empty = new EmptyState(m_view);
    empty->setMessage(tr("No drift: Nova's aggregates and Placement's agree."));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, empty, &EmptyState::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, empty, &EmptyState::refresh);
    connect(m_proxy, &QAbstractItemModel::modelReset, empty, &EmptyState::refresh);
    auto *space = new QShortcut(QKeySequence(Qt::Key_Space), m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(space, &QShortcut::activated, this, &DriftPage::toggleSelected);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString provider = index.data(DriftModel::ProviderUuidRole).toString();
        if (!provider.isEmpty())
            Q_EMIT providerActivated(provider);
        else
            Q_EMIT aggregateActivated(index.data(DriftModel::AggregateUuidRole).toString());
    });

    m_summary->setWordWrap(true);
    m_feedback->setForegroundRole(QPalette::PlaceholderText);
    for (QPushButton *button : { m_repair, m_copy, m_scan })
        button->setAutoDefault(false); // a repair is always an explicit choice, never Return
    m_repair->setToolTip(tr("Preview the repair of the ticked items; nothing is written before you apply it "
                            "(Ctrl+Shift+D)"));
    m_copy->setToolTip(tr("Copy `openstack resource provider aggregate set` commands for the ticked items, for a "
                          "change ticket (Ctrl+Shift+K)"));
    m_scan->setToolTip(tr("Read Nova and Placement's member lists again, without reloading the providers "
                          "(Ctrl+Shift+N)"));
    connect(m_repair, &QPushButton::clicked, this, &DriftPage::repair);
    connect(m_copy, &QPushButton::clicked, this, &DriftPage::copyCommands);
    connect(m_scan, &QPushButton::clicked, this, &DriftPage::scanRequested);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_scan, 0, Qt::AlignTop);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(m_feedback);
    bottom->addWidget(m_copy);
    bottom->addWidget(m_repair);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(classes);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(drift, &DriftModel::scanChanged, this, [this] {
        updateCounts();
        updateStatus();
        updateButtons();
    });
    connect(drift, &DriftModel::ticksChanged, this, &DriftPage::updateButtons);
    connect(drift, &QAbstractItemModel::rowsInserted, this, &DriftPage::updateCounts);
    connect(drift, &QAbstractItemModel::rowsRemoved, this, &DriftPage::updateCounts);
    if (nova)
        connect(nova, &NovaOverlay::stateChanged, this, &DriftPage::updateStatus);
    updateCounts();
    updateStatus();
    updateButtons();
}

void DriftPage::updateCounts()
{
    for (DriftItem::Kind kind : kindsInOrder)
        m_classButtons.value(static_cast<int>(kind))
            ->setText(tr("%1 (%2)").arg(DriftModel::kindTitle(kind)).arg(m_drift->count(kind)));
}

void DriftPage::applyClassFilter()
{
    QSet<DriftItem::Kind> kinds;
    for (DriftItem::Kind kind : kindsInOrder) {
        if (m_classButtons.value(static_cast<int>(kind))->isChecked())
            kinds.insert(kind);
    }
    m_proxy->setClasses(kinds);
}

void DriftPage::updateStatus()
{
    const int drift = m_drift->driftCount();
    const QString summary = drift == 0
        ? tr("no drift between Nova and Placement (%n foreign aggregate(s), information only).", nullptr,
             m_drift->count(DriftItem::Kind::Foreign))
        : tr("%n drift item(s) (foreign aggregates not counted).", nullptr, drift);
    const ScanStatus::Text text = ScanStatus::describe(m_nova, m_drift->hasScan() && m_drift->isUsable(),
                                                       m_drift->scannedAt(), m_drift->errorMessages(), summary);
    m_status->setText(text.line);
    QPalette pal = palette();
    if (text.problem)
        pal.setColor(QPalette::WindowText, PaletteColors::errorText(pal));
    m_status->setPalette(pal);
}

void DriftPage::updateButtons()
{
    const int missing = m_drift->tickedCount(DriftItem::Kind::Missing);
    const int extra = m_drift->tickedCount(DriftItem::Kind::Extra);
    const int ticked = missing + extra;
    QString summary = ticked == 0 ? tr("Nothing ticked for repair.")
                                  : tr("Ticked for repair: %1 to add, %2 to remove.").arg(missing).arg(extra);
    if (m_drift->count(DriftItem::Kind::Extra) > extra)
        summary += QLatin1Char(' ') + tr("Extra items are removed only when you tick them (Space).");
    if (!m_writeDisabledReason.isEmpty())
        summary += QLatin1Char('\n') + m_writeDisabledReason;
    m_summary->setText(summary);
    m_repair->setEnabled(ticked > 0 && m_writeDisabledReason.isEmpty());
    m_copy->setEnabled(ticked > 0);
}

void DriftPage::setWriteDisabledReason(const QString &reason)
{
    m_writeDisabledReason = reason;
    updateButtons();
}

void DriftPage::repair()
{
    const QList<DriftItem> items = m_drift->tickedItems();
    if (items.isEmpty() || !m_writeDisabledReason.isEmpty())
        return;
    m_feedback->clear();
    Q_EMIT repairRequested(items);
}

void DriftPage::copyCommands()
{
    const QList<DriftItem> items = m_drift->tickedItems();
    if (items.isEmpty())
        return;
    QApplication::clipboard()->setText(m_drift->commandsText(items));
    m_feedback->setText(tr("Commands for %n item(s) copied.", nullptr, static_cast<int>(items.size())));
}

void DriftPage::toggleSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected) {
        const int row = m_proxy->mapToSource(index).row();
        if (DriftModel::isTickable(m_drift->item(row).kind))
            rows << row;
    }
    if (rows.isEmpty())
        return;
    const bool allTicked = std::all_of(rows.cbegin(), rows.cend(), [this](int row) { return m_drift->isTicked(row); });
    for (int row : std::as_const(rows))
        m_drift->setTicked(row, !allTicked);
}

QString DriftPage::statusText() const
{
    return m_status->text();
}

QString DriftPage::summaryText() const
{
    return m_summary->text();
}

QString DriftPage::selectionAsText() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList lines;
    QStringList header;
    for (int column = 0; column < DriftModel::ColumnCount; ++column)
        header << m_drift->headerData(column, Qt::Horizontal).toString();
    header << tr("Aggregate UUID") << tr("Provider UUID");
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column = 0; column < DriftModel::ColumnCount; ++column)
            cells << row.siblingAtColumn(column).data().toString();
        cells << row.data(DriftModel::AggregateUuidRole).toString()
              << row.data(DriftModel::ProviderUuidRole).toString();
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}
