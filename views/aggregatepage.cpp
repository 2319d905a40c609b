#include "aggregatepage.h"

#include "aggregatemembersproxy.h"
#include "aggregatemodel.h"
#include "emptystate.h"
#include "novaoverlay.h"
#include "palettecolors.h"
#include "providerdelegate.h"
#include "providermodel.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace {

void setupTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
}

// "not a Nova aggregate" is information, not a name: drawn dimmed and in italics.
class NovaNameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(AggregateModel::IsNovaRole).toBool() || option->state.testFlag(QStyle::State_Selected))
            return;
        option->font.setItalic(true);
        option->palette.setColor(QPalette::Text, PaletteColors::pendingText(option->palette));
    }
};

} // namespace

AggregatePage::AggregatePage(AggregateModel *aggregates, ProviderModel *providers, QWidget *parent)
    : QWidget(parent)
    , m_aggregates(aggregates)
    , m_aggregateProxy(new QSortFilterProxyModel(this))
    , m_members(new AggregateMembersProxy(this))
    , m_aggregateView(new QTableView(this))
    , m_memberView(new QTableView(this))
    , m_title(new QLabel(this))
    , m_checkButton(new QPushButton(tr("Chec&k against server"), this))
    , m_checkResult(new QLabel(this))
{
    m_aggregateProxy->setSourceModel(aggregates);
    m_aggregateProxy->setSortRole(AggregateModel::SortRole);
    m_aggregateProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_aggregateView->setModel(m_aggregateProxy);
    m_aggregateView->setAccessibleName(tr("Aggregates"));
    m_memberView->setAccessibleName(tr("Member providers of the selected aggregate"));
    setupTable(m_aggregateView);
    m_aggregateView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                     | QAbstractItemView::AnyKeyPressed);
    m_aggregateView->sortByColumn(AggregateModel::MemberCountColumn, Qt::DescendingOrder);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_aggregateView->horizontalHeader()->resizeSection(AggregateModel::UuidColumn, 22 * em);
    m_aggregateView->horizontalHeader()->resizeSection(AggregateModel::NovaNameColumn, 14 * em);
    m_aggregateView->horizontalHeader()->resizeSection(AggregateModel::AvailabilityZoneColumn, 5 * em);
    m_aggregateView->horizontalHeader()->resizeSection(AggregateModel::LabelColumn, 12 * em);
    m_aggregateView->horizontalHeader()->resizeSection(
        AggregateModel::MemberCountColumn,
        qMax(6 * em, m_aggregateView->horizontalHeader()->sectionSizeHint(AggregateModel::MemberCountColumn)));
    m_aggregateView->horizontalHeader()->resizeSection(AggregateModel::IsolationColumn, 16 * em);
    m_aggregateView->horizontalHeader()->setStretchLastSection(true);
    m_aggregateView->setItemDelegateForColumn(AggregateModel::NovaNameColumn, new NovaNameDelegate(m_aggregateView));
    auto *empty = new EmptyState(m_aggregateView);
    empty->setMessage(tr("No aggregates among the loaded providers yet."));
    connect(m_aggregateProxy, &QAbstractItemModel::rowsInserted, empty, &EmptyState::refresh);
    connect(m_aggregateProxy, &QAbstractItemModel::rowsRemoved, empty, &EmptyState::refresh);

    m_members->setSourceModel(providers);
    m_memberView->setModel(m_members);
    setupTable(m_memberView);
    m_memberView->setItemDelegate(new ProviderDelegate(this));
    m_memberView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_memberView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_memberView->sortByColumn(ProviderModel::NameColumn, Qt::AscendingOrder);
    for (int c = 0; c < ProviderModel::ColumnCount; ++c) {
        const bool keep = c == ProviderModel::NameColumn || c == ProviderModel::UuidColumn
            || c == ProviderModel::GenerationColumn || c == ProviderModel::ParentColumn
            || c == ProviderModel::AggregatesColumn;
        m_memberView->setColumnHidden(c, !keep);
    }
    m_memberView->horizontalHeader()->resizeSection(ProviderModel::NameColumn, 16 * em);
    m_memberView->horizontalHeader()->resizeSection(ProviderModel::UuidColumn, 9 * em);
    m_memberView->horizontalHeader()->resizeSection(ProviderModel::AggregatesColumn, 20 * em);
    m_memberView->horizontalHeader()->resizeSection(ProviderModel::NovaHostColumn, 13 * em);
    m_memberView->horizontalHeader()->setStretchLastSection(true);
    connect(m_memberView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT providerActivated(index.data(ProviderModel::UuidRole).toString());
    });

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkButton->setToolTip(tr("Ask Placement which providers are members (member_of) and compare with the "
                                 "loaded data"));
    m_checkButton->setEnabled(false);
    m_checkResult->setWordWrap(true);
    m_checkResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_checkButton, &QPushButton::clicked, this, [this] { Q_EMIT checkRequested(currentAggregate()); });

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_checkButton);
    rightLayout->addLayout(titleRow);
    rightLayout->addWidget(m_checkResult);
    rightLayout->addWidget(m_memberView, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_aggregateView);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_aggregateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AggregatePage::onAggregateChanged);
    if (NovaOverlay *nova = aggregates->novaOverlay()) {
        connect(nova, &NovaOverlay::availabilityChanged, this, &AggregatePage::updateNovaColumns);
        connect(nova, &NovaOverlay::aggregatesChanged, this, [this] {
            const QString uuid = currentAggregate();
            if (!uuid.isEmpty())
                onAggregateChanged();
        });
    }
    updateNovaColumns();
    onAggregateChanged();
}

void AggregatePage::updateNovaColumns()
{
    const NovaOverlay *nova = m_aggregates->novaOverlay();
    const bool shown = nova != nullptr && nova->hasData();
    for (int c = 0; c < AggregateModel::ColumnCount; ++c) {
        if (AggregateModel::isNovaColumn(c))
            m_aggregateView->setColumnHidden(c, !shown);
    }
    // With Nova the names lead and the UUID goes last; without, the UUID is the name.
    QHeaderView *header = m_aggregateView->horizontalHeader();
    header->moveSection(header->visualIndex(AggregateModel::UuidColumn), shown ? header->count() - 1 : 0);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(AggregateModel::UuidColumn, shown ? 12 * em : 22 * em);
    header->resizeSection(AggregateModel::LabelColumn, shown ? 9 * em : 12 * em);
    m_memberView->setColumnHidden(ProviderModel::NovaHostColumn, !shown);
    m_memberView->setColumnHidden(ProviderModel::ComputeServiceColumn, !shown);
    if (!currentAggregate().isEmpty())
        onAggregateChanged();
}

QString AggregatePage::currentAggregate() const
{
    return m_aggregateView->currentIndex().data(AggregateModel::UuidRole).toString();
}

void AggregatePage::selectAggregate(const QString &uuid)
{
    m_aggregates->refreshNow();
    const int row = m_aggregates->rowOf(uuid);
    if (row < 0)
        return;
    const QModelIndex index = m_aggregateProxy->mapFromSource(m_aggregates->index(row, 0));
    m_aggregateView->selectionModel()->setCurrentIndex(index,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_aggregateView->scrollTo(index);
}

void AggregatePage::onAggregateChanged()
{
    const QString uuid = currentAggregate();
    m_members->setAggregate(uuid);
    m_checkButton->setEnabled(!uuid.isEmpty());
    m_checkResult->clear();
    if (uuid.isEmpty()) {
        m_title->setText(tr("Select an aggregate to see its member providers."));
        return;
    }
    const QString label
        = m_aggregateView->currentIndex().siblingAtColumn(AggregateModel::LabelColumn).data().toString();
    const NovaOverlay *nova = m_aggregates->novaOverlay();
    const QString described = nova ? nova->describe(uuid) : QString();
    if (nova && nova->isNovaAggregate(uuid)) {
        // Nova's hosts are the other half of the picture: how many, and how many of their
        // providers are members here (the aggregate view compares them one by one).
        const QStringList hosts = nova->aggregate(uuid)->hosts;
        m_title->setText(
            tr("Members of %1 — %2 · %n Nova host(s)", nullptr, static_cast<int>(hosts.size())).arg(described, uuid));
    } else if (!described.isEmpty()) {
        m_title->setText(label.isEmpty() ? tr("Members of %1 (%2)").arg(uuid, described)
                                         : tr("Members of %1 (%2, %3)").arg(label, uuid, described));
    } else {
        m_title->setText(label.isEmpty() ? tr("Members of %1").arg(uuid) : tr("Members of %1 (%2)").arg(label, uuid));
    }
}

QString AggregatePage::titleText() const
{
    return m_title->text();
}

void AggregatePage::showCheckResult(const QString &aggregate, const QString &text, bool consistent)
{
    if (aggregate != currentAggregate())
        return;
    QPalette palette = m_checkResult->palette();
    palette.setColor(QPalette::WindowText,
                     consistent ? QApplication::palette().color(QPalette::WindowText)
                                : PaletteColors::errorText(palette));
    m_checkResult->setPalette(palette);
    m_checkResult->setText(text);
}

QString AggregatePage::checkResultText() const
{
    return m_checkResult->text();
}
