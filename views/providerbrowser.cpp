#include "providerbrowser.h"

#include "columnfitter.h"
#include "emptystate.h"
#include "filterresultsnavigation.h"
#include "novaoverlay.h"
#include "providerdelegate.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "providertreemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

constexpr int filterDebounceMs = 200;

void applyDefaultWidths(QHeaderView *header, const QFontMetrics &fm)
{
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    header->resizeSection(ProviderModel::NameColumn, 22 * em);
    header->resizeSection(ProviderModel::UuidColumn, 9 * em);
    // Narrow number columns still show their whole header text.
    header->resizeSection(ProviderModel::GenerationColumn,
                          qMax(4 * em, header->sectionSizeHint(ProviderModel::GenerationColumn)));
    header->resizeSection(ProviderModel::ParentColumn, 11 * em);
    header->resizeSection(ProviderModel::RootColumn, 11 * em);
    header->resizeSection(ProviderModel::AggregateCountColumn,
                          qMax(4 * em, header->sectionSizeHint(ProviderModel::AggregateCountColumn)));
    header->resizeSection(ProviderModel::AggregatesColumn, 13 * em);
    // Usage bars: room for "1024 / 1536 GiB", as the delegate's size hint asks.
    for (int c : { ProviderModel::VcpuColumn, ProviderModel::MemoryColumn, ProviderModel::DiskColumn })
        header->resizeSection(c, fm.horizontalAdvance(QStringLiteral("0000 / 0000 GiB")) + 16);
    header->resizeSection(ProviderModel::NovaHostColumn, 13 * em);
    header->resizeSection(ProviderModel::ComputeServiceColumn,
                          qMax(14 * em, header->sectionSizeHint(ProviderModel::ComputeServiceColumn)));
}

// How far each column may shrink and grow when fitted to the window: names and aggregates take
// the spare room (they are what an operator reads); when room is short, parent, root and the
// aggregates give theirs up before the name does; numbers and usage bars stay as their content
// wants; the UUID column is as wide as its form (short or full), never elided.
ColumnSpace providerColumnSpace(int column, int content, const QFontMetrics &fm, bool fullUuids)
{
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    switch (column) {
    case ProviderModel::NameColumn:
        return { std::min(content, 22 * em), content, 32 * em, 2, 2 };
    case ProviderModel::AggregatesColumn:
        return { 8 * em, content, 60 * em, 3, 1 };
    case ProviderModel::ParentColumn:
    case ProviderModel::RootColumn:
        return { std::min(content, 5 * em), content, 24 * em, 0, 0 };
    case ProviderModel::NovaHostColumn:
        return { 8 * em, content, 24 * em, 1, 1 };
    case ProviderModel::UuidColumn: {
        const int width = fullUuids ? content : 9 * em;
        return { width, width, width, 0, 0 };
    }
    default:
        return { content, content, content, 0, 0 };
    }
}

const QString hiddenNovaColumnsKey = QStringLiteral("providers/hiddenNovaColumns");
const QString novaColumnsPlacedKey = QStringLiteral("providers/novaColumnsPlaced");
const QString tableColumnsFittedKey = QStringLiteral("providers/tableColumnsFitted");
const QString treeColumnsFittedKey = QStringLiteral("providers/treeColumnsFitted");

// The Nova columns belong beside the aggregates, not after the usage bars where a header state
// saved before they existed appends them.
void placeNovaColumns(QHeaderView *header)
{
    for (int column :
         { static_cast<int>(ProviderModel::NovaHostColumn), static_cast<int>(ProviderModel::ComputeServiceColumn) }) {
        const int after = header->visualIndex(column == ProviderModel::NovaHostColumn ? ProviderModel::AggregatesColumn
                                                                                      : ProviderModel::NovaHostColumn);
        const int from = header->visualIndex(column);
        header->moveSection(from, from > after ? after + 1 : after);
    }
}

} // namespace

ProviderBrowser::ProviderBrowser(ProviderModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_treeModel(new ProviderTreeModel(this))
    , m_tableProxy(new ProviderFilterProxy(this))
    , m_treeProxy(new ProviderFilterProxy(this))
    , m_delegate(new ProviderDelegate(this))
    , m_filterEdit(new QLineEdit(this))
    , m_filterDebounce(new QTimer(this))
    , m_visibleTimer(new QTimer(this))
    , m_serverChip(new QToolButton(this))
    , m_serverClear(new QToolButton(this))
    , m_matchLabel(new QLabel(this))
    , m_stack(new QStackedWidget(this))
    , m_table(new QTableView(this))
    , m_tree(new QTreeView(this))
{
    m_tableProxy->setSourceModel(model);
    // The tree follows the providers only while it is shown (setTreeMode): a hidden tree and
    // its sort proxy would double the work of every load, merge and keystroke.
    m_treeProxy->setSourceModel(m_treeModel);

    m_filterEdit->setPlaceholderText(
        tr("Filter by name, UUID, aggregate UUID or label, Nova name or zone (/ or Ctrl+F; ↓ to the results)"));
    m_filterEdit->setClearButtonEnabled(true);
    m_filterEdit->setObjectName(QStringLiteral("quickFilter"));
    m_filterEdit->setAccessibleName(tr("Quick filter"));
    m_filterDebounce->setSingleShot(true);
    m_filterDebounce->setInterval(filterDebounceMs);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filterDebounce, qOverload<>(&QTimer::start));
    connect(m_filterDebounce, &QTimer::timeout, this, [this] { setQuickFilter(m_filterEdit->text()); });

    m_serverChip->setAutoRaise(true);
    m_serverChip->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_serverChip->setToolTip(tr("Server-side filter in effect: click to edit it"));
    m_serverChip->hide();
    m_serverClear->setText(tr("✕"));
    m_serverClear->setAutoRaise(true);
    m_serverClear->setToolTip(tr("Clear the server-side filter and reload"));
    m_serverClear->hide();
    connect(m_serverChip, &QToolButton::clicked, this, &ProviderBrowser::editServerFilterRequested);
    connect(m_serverClear, &QToolButton::clicked, this, &ProviderBrowser::clearServerFilterRequested);
    m_matchLabel->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filterEdit, 1);
    bar->addWidget(m_matchLabel);
    bar->addWidget(m_serverChip);
    bar->addWidget(m_serverClear);

    m_table->setModel(m_tableProxy);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(ProviderDelegate::rowHeight(m_table->fontMetrics()));
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setAccessibleName(tr("Resource providers"));
    m_tree->setAccessibleName(tr("Resource provider trees"));
    m_tree->setModel(m_treeProxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    setupView(m_table);
    setupView(m_tree);
    auto *navigation = new FilterResultsNavigation(
        m_filterEdit, [this] { return currentView(); },
        [this] {
            if (m_filterDebounce->isActive())
                setQuickFilter(m_filterEdit->text());
        },
        this);
    navigation->watch(m_table);
    navigation->watch(m_tree);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_tree);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    m_tableEmpty = new EmptyState(m_table);
    m_treeEmpty = new EmptyState(m_tree);
    for (EmptyState *empty : { m_tableEmpty, m_treeEmpty }) {
        connect(empty, &EmptyState::actionTriggered, this, [this] {
            if (!quickFilter().isEmpty()) {
                m_filterEdit->clear();
                setQuickFilter({});
            } else {
                Q_EMIT clearServerFilterRequested();
            }
        });
    }
    for (QAbstractItemModel *proxy :
         { static_cast<QAbstractItemModel *>(m_tableProxy), static_cast<QAbstractItemModel *>(m_treeProxy) }) {
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &ProviderBrowser::updateEmptyStates);
        connect(proxy, &QAbstractItemModel::rowsRemoved, this, &ProviderBrowser::updateEmptyStates);
        connect(proxy, &QAbstractItemModel::modelReset, this, &ProviderBrowser::updateEmptyStates);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &ProviderBrowser::updateEmptyStates);
        connect(proxy, &QAbstractItemModel::rowsInserted, this, &ProviderBrowser::scheduleVisibleProviders);
        connect(proxy, &QAbstractItemModel::layoutChanged, this, &ProviderBrowser::scheduleVisibleProviders);
    }

    m_visibleTimer->setSingleShot(true);
    m_visibleTimer->setInterval(50);
    connect(m_visibleTimer, &QTimer::timeout, this, [this] { Q_EMIT visibleProvidersChanged(visibleUuids()); });
    connect(m_tree, &QTreeView::expanded, this, &ProviderBrowser::scheduleVisibleProviders);
    if (NovaOverlay *nova = model->novaOverlay())
        connect(nova, &NovaOverlay::availabilityChanged, this, &ProviderBrowser::updateNovaColumns);
    updateNovaColumns();
    updateEmptyStates();
}

bool ProviderBrowser::novaHasData() const
{
    return m_model->novaOverlay() != nullptr && m_model->novaOverlay()->hasData();
}

void ProviderBrowser::updateNovaColumns()
{
    // Chips with names and badges need more room than short UUIDs: widen the aggregates column
    // while Nova data is present, unless the operator chose a width of their own.
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    const int plain = 13 * em;
    const int wide = 26 * em;
    for (QHeaderView *header : { m_table->horizontalHeader(), m_tree->header() }) {
        if (fitterOf(header)->isAutomatic())
            continue; // the fitter gives the chips their room
        const int width = header->sectionSize(ProviderModel::AggregatesColumn);
        if (novaHasData() && width == plain)
            header->resizeSection(ProviderModel::AggregatesColumn, wide);
        else if (!novaHasData() && width == wide)
            header->resizeSection(ProviderModel::AggregatesColumn, plain);
    }
    // Without Nova the table is what it always was; hidden sections are not exported either.
    for (int column :
         { static_cast<int>(ProviderModel::NovaHostColumn), static_cast<int>(ProviderModel::ComputeServiceColumn) }) {
        const bool hidden = !novaHasData() || m_novaColumnsHiddenByUser.contains(column);
        m_table->horizontalHeader()->setSectionHidden(column, hidden);
        m_tree->header()->setSectionHidden(column, hidden);
    }
    m_tableFitter->scheduleFit();
    m_treeFitter->scheduleFit();
}

void ProviderBrowser::setupView(QAbstractItemView *view)
{
    view->setItemDelegate(m_delegate);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setAlternatingRowColors(true);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *header = nullptr;
    if (auto *table = qobject_cast<QTableView *>(view)) {
        table->setSortingEnabled(true);
        table->sortByColumn(ProviderModel::NameColumn, Qt::AscendingOrder);
        header = table->horizontalHeader();
    } else if (auto *tree = qobject_cast<QTreeView *>(view)) {
        tree->setSortingEnabled(true);
        tree->sortByColumn(ProviderModel::NameColumn, Qt::AscendingOrder);
        header = tree->header();
    }
    header->setSectionsMovable(true);
    header->setStretchLastSection(false);
    header->setHighlightSections(false);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setToolTip(tr("Click to sort; right-click to choose columns; drag to reorder"));
    applyDefaultWidths(header, fontMetrics());
    placeNovaColumns(header);
    auto *fitter = new ColumnFitter(
        view, header,
        [this](int column, int content) {
            return providerColumnSpace(column, content, fontMetrics(), m_model->fullUuids());
        },
        this);
    (view == m_tree ? m_treeFitter : m_tableFitter) = fitter;
    connect(header, &QHeaderView::customContextMenuRequested, this, &ProviderBrowser::showColumnMenu);
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ProviderBrowser::scheduleVisibleProviders);
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ProviderBrowser::onCurrentChanged);
}

ColumnFitter *ProviderBrowser::fitterOf(const QHeaderView *header) const
{
    return header == m_tree->header() ? m_treeFitter : m_tableFitter;
}

QHeaderView *ProviderBrowser::currentHeader() const
{
    return isTreeMode() ? m_tree->header() : m_table->horizontalHeader();
}

void ProviderBrowser::fitColumnsToWindow()
{
    ColumnFitter *fitter = fitterOf(currentHeader());
    fitter->setAutomatic(true);
    fitter->fitNow();
}

bool ProviderBrowser::columnsFitAutomatically() const
{
    return fitterOf(currentHeader())->isAutomatic();
}

QAbstractItemView *ProviderBrowser::currentView() const
{
    return isTreeMode() ? static_cast<QAbstractItemView *>(m_tree) : m_table;
}

void ProviderBrowser::setFullUuids(bool full)
{
    if (full == fullUuids())
        return;
    m_model->setFullUuids(full);
    const QFontMetrics fm = fontMetrics();
    const int uuidWidth = fm.horizontalAdvance(QStringLiteral("00000000-0000-0000-0000-000000000000")) + 16;
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    for (QHeaderView *header : { m_table->horizontalHeader(), m_tree->header() }) {
        if (ColumnFitter *fitter = fitterOf(header); fitter->isAutomatic()) {
            fitter->fitNow(); // the UUID column is as wide as its new form
            continue;
        }
        header->resizeSection(ProviderModel::UuidColumn, full ? uuidWidth : 9 * em);
        header->resizeSection(ProviderModel::AggregatesColumn,
                              full ? qMax(uuidWidth, header->sectionSize(ProviderModel::AggregatesColumn)) : 13 * em);
    }
}

bool ProviderBrowser::fullUuids() const
{
    return m_model->fullUuids();
}

bool ProviderBrowser::isTreeMode() const
{
    return m_stack->currentWidget() == m_tree;
}

void ProviderBrowser::setTreeMode(bool tree)
{
    if (tree == isTreeMode())
        return;
    const QString uuid = currentUuid();
    if (tree) {
        m_treeModel->setSourceModel(m_model);
        // The header lost its sections with the columns: hidden columns, order and widths come back.
        restoreTreeHeader();
        for (const QString &expanded : std::as_const(m_expandedWhileHidden))
            expandProvider(expanded);
        m_expandedWhileHidden.clear();
    }
    m_stack->setCurrentWidget(tree ? static_cast<QWidget *>(m_tree) : m_table);
    if (!tree) {
        m_expandedWhileHidden = expandedProviders();
        m_treeHeaderState = m_tree->header()->saveState();
        m_treeModel->setSourceModel(nullptr);
    }
    if (!uuid.isEmpty())
        selectProvider(uuid);
    updateEmptyStates();
    scheduleVisibleProviders();
}

void ProviderBrowser::restoreTreeHeader()
{
    QHeaderView *header = m_tree->header();
    if (m_treeHeaderState.isEmpty() || !header->restoreState(m_treeHeaderState)) {
        applyDefaultWidths(header, fontMetrics());
        placeNovaColumns(header);
    }
    updateNovaColumns();
}

QStringList ProviderBrowser::expandedProviders() const
{
    QStringList uuids;
    QList<QModelIndex> open { QModelIndex() };
    while (!open.isEmpty()) {
        const QModelIndex parent = open.takeLast();
        for (int row = 0; row < m_treeProxy->rowCount(parent); ++row) {
            const QModelIndex child = m_treeProxy->index(row, 0, parent);
            if (m_tree->isExpanded(child)) {
                uuids << child.data(ProviderModel::UuidRole).toString();
                open << child;
            }
        }
    }
    return uuids;
}

void ProviderBrowser::expandProvider(const QString &uuid)
{
    const int row = m_model->rowOf(uuid);
    if (row >= 0)
        m_tree->expand(m_treeProxy->mapFromSource(m_treeModel->mapFromSource(m_model->index(row, 0))));
}

QString ProviderBrowser::currentUuid() const
{
    return currentView()->currentIndex().data(ProviderModel::UuidRole).toString();
}

bool ProviderBrowser::selectProvider(const QString &uuid)
{
    const int sourceRow = m_model->rowOf(uuid);
    if (sourceRow < 0)
        return false;
    const QModelIndex source = m_model->index(sourceRow, 0);
    QModelIndex target;
    if (isTreeMode()) {
        target = m_treeProxy->mapFromSource(m_treeModel->mapFromSource(source));
        for (QModelIndex up = target.parent(); up.isValid(); up = up.parent())
            m_tree->expand(up);
    } else {
        target = m_tableProxy->mapFromSource(source);
    }
    if (!target.isValid())
        return false;
    QAbstractItemView *view = currentView();
    view->selectionModel()->setCurrentIndex(target, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(target);
    return true;
}

void ProviderBrowser::setQuickFilter(const QString &text)
{
    m_filterDebounce->stop();
    if (m_filterEdit->text() != text) {
        m_filterEdit->setText(text);
        m_filterDebounce->stop(); // setText() restarted it
    }
    m_tableProxy->setQuickFilter(text);
    m_treeProxy->setQuickFilter(text);
    // Rows filtered away can leave another row current but unselected: the details pane would
    // show a provider that the table does not.
    FilterResultsNavigation::selectCurrentIfUnselected(currentView());
    updateEmptyStates();
    scheduleVisibleProviders();
}

QString ProviderBrowser::quickFilter() const
{
    return m_tableProxy->quickFilter();
}

void ProviderBrowser::setServerFilterSummary(const QString &summary)
{
    m_serverChip->setText(tr("Server filter: %1").arg(summary));
    m_serverChip->setVisible(!summary.isEmpty());
    m_serverClear->setVisible(!summary.isEmpty());
    updateEmptyStates();
}

void ProviderBrowser::setNoDataMessage(const QString &text)
{
    m_noDataMessage = text;
    updateEmptyStates();
}

void ProviderBrowser::setStale(bool stale)
{
    if (m_stale == stale)
        return;
    m_stale = stale;
    for (QAbstractItemView *view :
         { static_cast<QAbstractItemView *>(m_table), static_cast<QAbstractItemView *>(m_tree) }) {
        QPalette dimmed; // an empty palette inherits everything again
        if (stale)
            dimmed.setColor(QPalette::Text, view->palette().color(QPalette::PlaceholderText));
        view->setPalette(dimmed);
    }
}

void ProviderBrowser::updateEmptyStates()
{
    const bool quickFiltering = !quickFilter().isEmpty();
    const bool serverFiltering = m_serverChip->isVisibleTo(this);
    QString text = m_noDataMessage;
    QString button;
    if (m_model->rowCount() > 0 && quickFiltering) {
        text = tr("No providers match the filter “%1”.").arg(quickFilter());
        button = tr("Clear filter");
    } else if (m_model->rowCount() == 0 && serverFiltering && m_noDataMessage.isEmpty()) {
        text = tr("No providers match the server-side filter.");
        button = tr("Clear server filter");
    }
    m_tableEmpty->setMessage(text, button);
    m_treeEmpty->setMessage(text, button);
    m_matchLabel->setText(quickFiltering ? tr("%1 of %2").arg(m_tableProxy->rowCount()).arg(m_model->rowCount())
                                         : QString());
}

void ProviderBrowser::scheduleVisibleProviders()
{
    if (!m_visibleTimer->isActive())
        m_visibleTimer->start();
}

QStringList ProviderBrowser::visibleUuids() const
{
    QStringList uuids;
    QAbstractItemView *view = currentView();
    const int height = view->viewport()->height();
    QModelIndex index = view->indexAt(QPoint(1, 1));
    if (isTreeMode()) {
        for (; index.isValid() && m_tree->visualRect(index).top() < height; index = m_tree->indexBelow(index))
            uuids << index.data(ProviderModel::UuidRole).toString();
        return uuids;
    }
    if (!index.isValid())
        return uuids;
    int last = m_table->rowAt(height - 1);
    if (last < 0)
        last = m_tableProxy->rowCount() - 1;
    for (int row = index.row(); row <= last; ++row)
        uuids << m_tableProxy->index(row, 0).data(ProviderModel::UuidRole).toString();
    return uuids;
}

QStringList ProviderBrowser::uuidsInViewOrder() const
{
    QStringList uuids;
    if (!isTreeMode()) {
        uuids.reserve(m_tableProxy->rowCount());
        for (int row = 0; row < m_tableProxy->rowCount(); ++row)
            uuids << m_tableProxy->index(row, 0).data(ProviderModel::UuidRole).toString();
        return uuids;
    }
    // Depth-first, like the tree reads from top to bottom when everything is expanded.
    QList<QModelIndex> stack;
    for (int row = m_treeProxy->rowCount() - 1; row >= 0; --row)
        stack << m_treeProxy->index(row, 0);
    while (!stack.isEmpty()) {
        const QModelIndex index = stack.takeLast();
        uuids << index.data(ProviderModel::UuidRole).toString();
        for (int row = m_treeProxy->rowCount(index) - 1; row >= 0; --row)
            stack << m_treeProxy->index(row, 0, index);
    }
    return uuids;
}

QList<int> ProviderBrowser::visibleColumns() const
{
    const QHeaderView *header = currentHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns << logical;
    }
    return columns;
}

QString ProviderBrowser::selectionAsText() const
{
    QAbstractItemView *view = currentView();
    QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty() && view->currentIndex().isValid())
        rows << view->currentIndex().siblingAtColumn(0);
    std::sort(rows.begin(), rows.end(), [view](const QModelIndex &a, const QModelIndex &b) {
        return view->visualRect(a).top() < view->visualRect(b).top();
    });
    const QList<int> columns = visibleColumns();
    QStringList lines;
    QStringList header;
    for (int column : columns)
        header << m_model->headerData(column, Qt::Horizontal).toString();
    lines << header.join(QLatin1Char('\t'));
    for (const QModelIndex &row : std::as_const(rows)) {
        QStringList cells;
        for (int column : columns) {
            const QModelIndex cell = row.siblingAtColumn(column);
            // Full aggregate UUIDs are what an operator pastes elsewhere; the short form is for the eye.
            cells << (column == ProviderModel::AggregatesColumn
                          ? cell.data(ProviderModel::AggregatesRole).toStringList().join(QLatin1Char(' '))
                          : cell.data(Qt::DisplayRole).toString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void ProviderBrowser::showColumnMenu(const QPoint &pos)
{
    auto *header = qobject_cast<QHeaderView *>(sender());
    QMenu menu(this);
    for (int column = 0; column < ProviderModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(column));
        action->setEnabled(column != ProviderModel::NameColumn); // something must identify the row
        if (ProviderModel::isNovaColumn(column) && !novaHasData()) {
            action->setEnabled(false);
            action->setText(tr("%1 (no Nova data)").arg(action->text()));
        }
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnHidden(column, !on); });
    }
    menu.addSeparator();
    menu.addAction(tr("&Fit Columns to Window"), this, &ProviderBrowser::fitColumnsToWindow);
    menu.exec(header->mapToGlobal(pos));
}

void ProviderBrowser::setColumnHidden(int column, bool hidden)
{
    if (ProviderModel::isNovaColumn(column)) {
        if (hidden)
            m_novaColumnsHiddenByUser.insert(column);
        else
            m_novaColumnsHiddenByUser.remove(column);
    }
    m_table->horizontalHeader()->setSectionHidden(column, hidden);
    m_tree->header()->setSectionHidden(column, hidden);
    m_tableFitter->scheduleFit();
    m_treeFitter->scheduleFit();
}

void ProviderBrowser::onCurrentChanged(const QModelIndex &current)
{
    if (sender() != currentView()->selectionModel())
        return;
    Q_EMIT currentProviderChanged(current.data(ProviderModel::UuidRole).toString());
}

void ProviderBrowser::saveState(QSettings &settings) const
{
    settings.setValue(QStringLiteral("providers/tableHeader"), m_table->horizontalHeader()->saveState());
    // A hidden tree has no columns (it follows the providers only while shown): its last header.
    settings.setValue(QStringLiteral("providers/treeHeader"),
                      isTreeMode() ? m_tree->header()->saveState() : m_treeHeaderState);
    settings.setValue(QStringLiteral("providers/treeMode"), isTreeMode());
    settings.setValue(QStringLiteral("providers/fullUuids"), fullUuids());
    QVariantList hiddenNova;
    for (int column : m_novaColumnsHiddenByUser)
        hiddenNova << column;
    settings.setValue(hiddenNovaColumnsKey, hiddenNova);
    settings.setValue(novaColumnsPlacedKey, true);
    settings.setValue(tableColumnsFittedKey, m_tableFitter->isAutomatic());
    settings.setValue(treeColumnsFittedKey, m_treeFitter->isAutomatic());
}

void ProviderBrowser::restoreState(const QSettings &settings)
{
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("providers/tableHeader")).toByteArray());
    m_treeHeaderState = settings.value(QStringLiteral("providers/treeHeader")).toByteArray();
    if (isTreeMode())
        restoreTreeHeader();
    // Widths the operator chose stay theirs; otherwise the columns are fitted when shown.
    m_tableFitter->setAutomatic(settings.value(tableColumnsFittedKey, true).toBool());
    m_treeFitter->setAutomatic(settings.value(treeColumnsFittedKey, true).toBool());
    setTreeMode(settings.value(QStringLiteral("providers/treeMode"), false).toBool());
    setFullUuids(settings.value(QStringLiteral("providers/fullUuids"), false).toBool());
    if (!settings.value(novaColumnsPlacedKey, false).toBool()) {
        placeNovaColumns(m_table->horizontalHeader());
        placeNovaColumns(m_tree->header());
    }
    // Whether the Nova columns show depends on Nova now, not on the saved header.
    m_novaColumnsHiddenByUser.clear();
    const QVariantList hiddenNova = settings.value(hiddenNovaColumnsKey).toList();
    for (const QVariant &column : hiddenNova)
        m_novaColumnsHiddenByUser.insert(column.toInt());
    updateNovaColumns();
}
