#pragma once

// Keyboard flow between a filter box and the view of its results, as operators know it from
// k9s and Lens: Down, Page Down or Return in the filter moves into the results (selecting the
// first row when none is current), Escape or / in the results goes back to the filter. Tab
// leaves the view instead of walking its cells. Return in the filter never triggers anything
// else: the filter applies as it is typed.

#include <QObject>

#include <functional>

class QAbstractItemView;
class QLineEdit;

class FilterResultsNavigation : public QObject
{
    Q_OBJECT

public:
    // `currentView` names the view shown now (a table or a tree); `applyFilter` applies what is
    // typed at once, so that moving into the results never lands on rows about to vanish.
    FilterResultsNavigation(QLineEdit *filter, std::function<QAbstractItemView *()> currentView,
                            std::function<void()> applyFilter, QObject *parent = nullptr);

    // Installs itself on a results view (call once per view).
    void watch(QAbstractItemView *view);

    // Focuses the shown view; selects its first row when no row is current.
    void enterResults();
    void returnToFilter();

    // Makes the current row the selection when the filter left a current row unselected (the
    // details pane shows the current row, so the table must show it selected too).
    static void selectCurrentIfUnselected(QAbstractItemView *view);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_filter;
    std::function<QAbstractItemView *()> m_currentView;
    std::function<void()> m_applyFilter;
};
