#include "aggregatecomparisonpage.h"

#include "aggregatecomparisonmodel.h"
#include "aggregatehostsmodel.h"
#include "emptystate.h"
#include "novaoverlay.h"
#include "palettecolors.h"
#include "scanstatus.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->setWordWrap(false);
    view->setShowGrid(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
}

// Drift in the error colour, information (placement only, not read) dimmed.
class StateDelegate : public QStyledItemDelegate
{
public:
    StateDelegate(int role, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_role(role)
    { }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (option->state.testFlag(QStyle::State_Selected))
            return;
        const int state = index.data(m_role).toInt();
        if (m_role == AggregateComparisonModel::StateRole) {
            using State = AggregateComparisonModel::State;
            if (state == static_cast<int>(State::Drifted))
                option->palette.setColor(QPalette::Text, PaletteColors::errorText(option->palette));
            else if (state != static_cast<int>(State::InSync))
                option->palette.setColor(QPalette::Text, PaletteColors::pendingText(option->palette));
            return;
        }
        using Pairing = AggregateHostsModel::Pairing;
        if (state == static_cast<int>(Pairing::MissingInPlacement)
            || state == static_cast<int>(Pairing::ExtraInPlacement) || state == static_cast<int>(Pairing::Unresolvable))
            option->palette.setColor(QPalette::Text, PaletteColors::errorText(option->palette));
        else if (state != static_cast<int>(Pairing::InBoth))
            option->palette.setColor(QPalette::Text, PaletteColors::pendingText(option->palette));
    }

private:
    int m_role;
};

} // namespace

AggregateComparisonPage::AggregateComparisonPage(AggregateComparisonModel *aggregates, NovaOverlay *nova,
                                                 QWidget *parent)
    : QWidget(parent)
    , m_aggregates(aggregates)
    , m_nova(nova)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_hosts(new AggregateHostsModel(this))
    , m_hostsProxy(new QSortFilterProxyModel(this))
    , m_status(new QLabel(this))
    , m_filter(new QLineEdit(this))
    , m_scan(new QPushButton(tr("Compare &Again"), this))
    , m_aggregateView(new QTableView(this))
    , m_title(new QLabel(this))
    , m_hostsView(new QTableView(this))
{
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter->setPlaceholderText(tr("Filter aggregates by name, zone or UUID"));
    m_filter->setAccessibleName(tr("Filter aggregates"));
    m_aggregateView->setAccessibleName(tr("Aggregates in Nova and Placement"));
    m_hostsView->setAccessibleName(tr("Hosts of the selected aggregate"));
    m_filter->setClearButtonEnabled(true);
    m_scan->setAutoDefault(false);
    m_scan->setToolTip(tr("Read Nova and Placement's member lists again, without reloading the providers "
                          "(Ctrl+Shift+N)"));
    connect(m_scan, &QPushButton::clicked, this, &AggregateComparisonPage::scanRequested);

    m_proxy->setSourceModel(aggregates);
    m_proxy->setSortRole(AggregateComparisonModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_aggregateView->setModel(m_proxy);
    setupTable(m_aggregateView);
    m_aggregateView->setItemDelegateForColumn(AggregateComparisonModel::StatusColumn,
                                              new StateDelegate(AggregateComparisonModel::StateRole, this));
    m_aggregateView->sortByColumn(AggregateComparisonModel::StatusColumn, Qt::AscendingOrder);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    QHeaderView *header = m_aggregateView->horizontalHeader();
    header->resizeSection(AggregateComparisonModel::NameColumn, 12 * em);
    header->resizeSection(AggregateComparisonModel::ZoneColumn, 6 * em);
    header->resizeSection(AggregateComparisonModel::NovaHostsColumn,
                          qMax(6 * em, header->sectionSizeHint(AggregateComparisonModel::NovaHostsColumn)));
    header->resizeSection(AggregateComparisonModel::PlacementMembersColumn,
                          qMax(6 * em, header->sectionSizeHint(AggregateComparisonModel::PlacementMembersColumn)));
    header->resizeSection(AggregateComparisonModel::StatusColumn, 14 * em);
    header->setStretchLastSection(true);
    auto *empty = new EmptyState(m_aggregateView);
    empty->setMessage(tr("No aggregates compared yet."));
    connect(m_proxy, &QAbstractItemModel::rowsInserted, empty, &EmptyState::refresh);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, empty, &EmptyState::refresh);

    m_hostsProxy->setSourceModel(m_hosts);
    m_hostsProxy->setSortRole(AggregateHostsModel::SortRole);
    m_hostsProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_hostsView->setModel(m_hostsProxy);
    setupTable(m_hostsView);
    m_hostsView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_hostsView->setItemDelegateForColumn(AggregateHostsModel::StatusColumn,
                                          new StateDelegate(AggregateHostsModel::PairingRole, this));
    m_hostsView->horizontalHeader()->resizeSection(AggregateHostsModel::NovaHostColumn, 14 * em);
    m_hostsView->horizontalHeader()->resizeSection(AggregateHostsModel::PlacementMemberColumn, 20 * em);
    m_hostsView->horizontalHeader()->resizeSection(AggregateHostsModel::StatusColumn, 14 * em);
    m_hostsView->horizontalHeader()->setStretchLastSection(true);
    m_hostsView->sortByColumn(AggregateHostsModel::StatusColumn, Qt::AscendingOrder);
    m_hostsView->setToolTip(tr("Return or double-click opens the provider"));
    connect(m_hostsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString uuid = index.data(AggregateHostsModel::ProviderUuidRole).toString();
        if (!uuid.isEmpty())
            Q_EMIT providerActivated(uuid);
    });

    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_aggregateView, 1);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_title);
    rightLayout->addWidget(m_hostsView, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *top = new QHBoxLayout;
    top->addWidget(m_status, 1);
    top->addWidget(m_scan, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_aggregateView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AggregateComparisonPage::onAggregateChanged);
    connect(aggregates, &AggregateComparisonModel::scanChanged, this, [this] {
        m_hosts->setScanResult(m_aggregates->scanResult());
        onAggregateChanged();
        updateStatus();
    });
    if (nova)
        connect(nova, &NovaOverlay::stateChanged, this, &AggregateComparisonPage::updateStatus);
    m_hosts->setScanResult(aggregates->scanResult());
    onAggregateChanged();
    updateStatus();
}

QString AggregateComparisonPage::currentAggregate() const
{
    return m_aggregateView->currentIndex().data(AggregateComparisonModel::UuidRole).toString();
}

void AggregateComparisonPage::selectAggregate(const QString &uuid)
{
    const int row = m_aggregates->rowOf(uuid);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_aggregates->index(row, 0));
    if (!index.isValid())
        m_filter->clear();
    const QModelIndex shown = m_proxy->mapFromSource(m_aggregates->index(row, 0));
    m_aggregateView->selectionModel()->setCurrentIndex(shown,
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_aggregateView->scrollTo(shown);
}

void AggregateComparisonPage::onAggregateChanged()
{
    const QString uuid = currentAggregate();
    m_hosts->setAggregate(uuid);
    if (uuid.isEmpty()) {
        m_title->setText(tr("Select an aggregate to see Nova's hosts and Placement's members side by side."));
        return;
    }
    const QModelIndex current = m_aggregateView->currentIndex();
    const QString status = current.siblingAtColumn(AggregateComparisonModel::StatusColumn).data().toString();
    const bool isNova = current.data(AggregateComparisonModel::IsNovaRole).toBool();
    const QString name = m_aggregates->title(uuid);
    using Pairing = AggregateHostsModel::Pairing;
    if (!isNova) {
        m_title->setText(
            tr("%1 (%2): not a Nova aggregate; %n Placement member(s)", nullptr, m_hosts->count(Pairing::PlacementOnly))
                .arg(name, uuid));
        return;
    }
    m_title->setText(tr("%1 (%2): %3").arg(name, uuid, status));
}

void AggregateComparisonPage::updateStatus()
{
    using State = AggregateComparisonModel::State;
    const int nova = m_aggregates->rowCount() - m_aggregates->count(State::PlacementOnly);
    const QString summary = tr("%n Nova aggregate(s), %1 drifted; %2 placement-only.", nullptr, nova)
                                .arg(m_aggregates->count(State::Drifted))
                                .arg(m_aggregates->count(State::PlacementOnly));
    const ScanStatus::Text text = ScanStatus::describe(m_nova, m_aggregates->hasScan(), m_aggregates->scannedAt(),
                                                       m_aggregates->scanResult().errorMessages(), summary);
    m_status->setText(text.line);
    QPalette pal = palette();
    if (text.problem)
        pal.setColor(QPalette::WindowText, PaletteColors::errorText(pal));
    m_status->setPalette(pal);
}

QString AggregateComparisonPage::statusText() const
{
    return m_status->text();
}

QString AggregateComparisonPage::titleText() const
{
    return m_title->text();
}
