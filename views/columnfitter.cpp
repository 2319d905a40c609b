#include "columnfitter.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QHeaderView>
#include <QResizeEvent>
#include <QTimer>

#include <algorithm>

namespace ColumnFit {

namespace {

void shareSpareRoom(QList<int> &widths, const QList<ColumnSpace> &columns, int spare)
{
    while (spare > 0) {
        qint64 weights = 0;
        for (int i = 0; i < columns.size(); ++i) {
            if (columns[i].growWeight > 0 && widths[i] < std::max(columns[i].maximum, columns[i].minimum))
                weights += columns[i].growWeight;
        }
        if (weights == 0)
            return; // every growing column is at its maximum: the rest stays empty
        int given = 0;
        for (int i = 0; i < columns.size(); ++i) {
            const int room = std::max(columns[i].maximum, columns[i].minimum) - widths[i];
            if (columns[i].growWeight <= 0 || room <= 0)
                continue;
            const int share = static_cast<int>(qint64(spare) * columns[i].growWeight / weights);
            const int give = std::min({ std::max(share, 1), room, spare - given });
            widths[i] += give;
            given += give;
            if (given == spare)
                break;
        }
        spare -= given;
    }
}

// Takes up to `missing` pixels from the columns of one shrink order; returns what it took.
int takeFromOrder(QList<int> &widths, const QList<ColumnSpace> &columns, int order, int missing)
{
    qint64 slack = 0;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].shrinkOrder == order)
            slack += widths[i] - columns[i].minimum;
    }
    if (slack <= 0)
        return 0;
    const int take = static_cast<int>(std::min<qint64>(missing, slack));
    int taken = 0;
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].shrinkOrder != order)
            continue;
        const int cut = static_cast<int>(qint64(take) * (widths[i] - columns[i].minimum) / slack);
        widths[i] -= cut;
        taken += cut;
    }
    // What the proportional cuts left by rounding: a pixel at a time from whoever still has slack.
    bool progress = true;
    while (taken < take && progress) {
        progress = false;
        for (int i = 0; i < columns.size() && taken < take; ++i) {
            if (columns[i].shrinkOrder == order && widths[i] > columns[i].minimum) {
                --widths[i];
                ++taken;
                progress = true;
            }
        }
    }
    return taken;
}

void takeMissingRoom(QList<int> &widths, const QList<ColumnSpace> &columns, int missing)
{
    QList<int> orders;
    for (const ColumnSpace &column : columns)
        orders << column.shrinkOrder;
    std::sort(orders.begin(), orders.end());
    orders.erase(std::unique(orders.begin(), orders.end()), orders.end());
    for (int order : std::as_const(orders)) {
        missing -= takeFromOrder(widths, columns, order, missing);
        if (missing <= 0)
            return;
    }
}

} // namespace

QList<int> widths(const QList<ColumnSpace> &columns, int available)
{
    QList<int> result;
    result.reserve(columns.size());
    int total = 0;
    for (const ColumnSpace &column : columns) {
        const int width = std::clamp(column.wanted, column.minimum, std::max(column.maximum, column.minimum));
        result << width;
        total += width;
    }
    if (total < available)
        shareSpareRoom(result, columns, available - total);
    else if (total > available)
        takeMissingRoom(result, columns, total - available);
    return result;
}

} // namespace ColumnFit

ColumnFitter::ColumnFitter(QAbstractItemView *view, QHeaderView *header, SpaceOf spaceOf, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_header(header)
    , m_viewViewport(view->viewport())
    , m_headerViewport(header->viewport())
    , m_spaceOf(std::move(spaceOf))
    , m_fitTimer(new QTimer(this))
{
    m_fitTimer->setSingleShot(true);
    m_fitTimer->setInterval(100);
    connect(m_fitTimer, &QTimer::timeout, this, [this] {
        if (m_automatic)
            fitNow();
    });
    m_view->viewport()->installEventFilter(this);
    m_header->viewport()->installEventFilter(this);
    // New rows (a load, a filter) and new cell content (aggregates arriving) change what fits.
    if (QAbstractItemModel *model = m_view->model()) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::modelReset, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::layoutChanged, this, &ColumnFitter::scheduleFit);
        connect(model, &QAbstractItemModel::dataChanged, this, &ColumnFitter::scheduleFit);
    }
    connect(m_header, &QHeaderView::sectionResized, this, &ColumnFitter::onSectionResized);
}

ColumnFitter::SpaceOf ColumnFitter::growingThenName(const QAbstractItemView *view, int growing, int name)
{
    return [view, growing, name](int column, int content) -> ColumnSpace {
        const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
        if (column == growing)
            return { std::min(content, 12 * em), content, 200 * em, 1, 0 };
        if (column == name)
            return { std::min(content, 12 * em), content, 30 * em, 0, 1 };
        return { content, content, content, 0, 2 };
    };
}

void ColumnFitter::setAutomatic(bool automatic)
{
    if (m_automatic == automatic)
        return;
    m_automatic = automatic;
    Q_EMIT automaticChanged(automatic);
    if (automatic)
        fitNow();
}

void ColumnFitter::scheduleFit()
{
    // Not restarted by every change: a stream of changes during a load still fits every 100 ms.
    if (m_automatic && !m_fitTimer->isActive())
        m_fitTimer->start();
}

void ColumnFitter::fitNow()
{
    m_fitTimer->stop();
    if (m_view.isNull() || m_header.isNull())
        return;
    QList<int> columns;
    QList<ColumnSpace> spaces;
    for (int visual = 0; visual < m_header->count(); ++visual) {
        const int column = m_header->logicalIndex(visual);
        if (m_header->isSectionHidden(column))
            continue;
        // sizeHintForColumn() asks the delegate about the rows on screen only: cheap at any size.
        const int content = std::max(m_view->sizeHintForColumn(column), m_header->sectionSizeHint(column));
        columns << column;
        spaces << m_spaceOf(column, content);
    }
    const int available = m_view->viewport()->width();
    const QList<int> widths = ColumnFit::widths(spaces, available);
    m_fitting = true;
    for (int i = 0; i < columns.size(); ++i)
        m_header->resizeSection(columns[i], widths[i]);
    m_fitting = false;
    m_fittedWidth = available;
}

bool ColumnFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_headerViewport) {
        if (event->type() == QEvent::MouseButtonPress || event->type() == QEvent::MouseButtonDblClick)
            m_pointerOnHeader = true;
        else if (event->type() == QEvent::MouseButtonRelease)
            m_pointerOnHeader = false;
    } else if (watched == m_viewViewport && event->type() == QEvent::Resize) {
        if (static_cast<const QResizeEvent *>(event)->size().width() != m_fittedWidth)
            scheduleFit();
    }
    return QObject::eventFilter(watched, event);
}

void ColumnFitter::onSectionResized()
{
    if (m_fitting || !m_pointerOnHeader)
        return;
    // Dragging an edge (or double-clicking it) is the operator choosing a width.
    if (m_automatic) {
        m_automatic = false;
        m_fitTimer->stop();
        Q_EMIT automaticChanged(false);
    }
}
