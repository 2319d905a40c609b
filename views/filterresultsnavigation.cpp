#include "filterresultsnavigation.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTableView>
#include <QTreeView>

namespace {

// The first column the user sees (columns may be hidden or moved).
int firstVisibleColumn(const QAbstractItemView *view)
{
    const QHeaderView *header = nullptr;
    if (const auto *table = qobject_cast<const QTableView *>(view))
        header = table->horizontalHeader();
    else if (const auto *tree = qobject_cast<const QTreeView *>(view))
        header = tree->header();
    if (header == nullptr)
        return 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            return logical;
    }
    return 0;
}

constexpr auto rowSelection = QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows;

} // namespace

FilterResultsNavigation::FilterResultsNavigation(QLineEdit *filter, std::function<QAbstractItemView *()> currentView,
                                                 std::function<void()> applyFilter, QObject *parent)
    : QObject(parent)
    , m_filter(filter)
    , m_currentView(std::move(currentView))
    , m_applyFilter(std::move(applyFilter))
{
    m_filter->installEventFilter(this);
}

void FilterResultsNavigation::watch(QAbstractItemView *view)
{
    // Qt's table walks cell by cell on Tab, which traps the keyboard inside it.
    view->setTabKeyNavigation(false);
    view->installEventFilter(this);
}

void FilterResultsNavigation::enterResults()
{
    m_applyFilter();
    QAbstractItemView *view = m_currentView();
    view->setFocus(Qt::TabFocusReason);
    QItemSelectionModel *selection = view->selectionModel();
    if (selection == nullptr || view->model() == nullptr)
        return;
    if (selection->currentIndex().isValid()) {
        selectCurrentIfUnselected(view);
        view->scrollTo(selection->currentIndex());
        return;
    }
    const QModelIndex first = view->model()->index(0, firstVisibleColumn(view));
    if (first.isValid()) {
        selection->setCurrentIndex(first, rowSelection);
        view->scrollTo(first);
    }
}

void FilterResultsNavigation::returnToFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void FilterResultsNavigation::selectCurrentIfUnselected(QAbstractItemView *view)
{
    QItemSelectionModel *selection = view->selectionModel();
    if (selection == nullptr)
        return;
    const QModelIndex current = selection->currentIndex();
    if (current.isValid() && !selection->isRowSelected(current.row(), current.parent()))
        selection->setCurrentIndex(current, rowSelection);
}

bool FilterResultsNavigation::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QObject::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    const bool plain = (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier;
    if (watched == m_filter) {
        switch (key->key()) {
        case Qt::Key_Down:
        case Qt::Key_PageDown:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            if (plain) {
                enterResults();
                return true;
            }
            break;
        default:
            break;
        }
        return false;
    }
    // A results view. Escape arrives here only when nothing else wants it (the window's Stop
    // Loading takes it while a load runs).
    if (plain && (key->key() == Qt::Key_Escape || key->key() == Qt::Key_Slash)) {
        returnToFilter();
        return true;
    }
    return false;
}
