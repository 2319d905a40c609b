#pragma once

// Sizes a view's columns from their content and the width the view has: every column gets
// what its content (or header) wants within its bounds, spare width goes to the columns that
// read better wider (weighted), and when the window is too narrow the columns with slack give
// it up first, down to their minimum. Automatic until the operator drags a column edge; then
// their widths stand (and are saved with the header state) until "Fit Columns to Window".

#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QAbstractItemView;
class QHeaderView;
class QTimer;

// What one column can live with; all in pixels.
struct ColumnSpace
{
    int minimum = 0;
    int wanted = 0; // what the content and the header text need
    int maximum = 0; // never wider than this, however much room there is
    int growWeight = 0; // share of spare room (0: stays at what it wants)
    int shrinkOrder = 0; // when room is missing, lower orders give up their slack first
};

namespace ColumnFit {
// The widths, in the order of `columns`: each wanted width clamped to its bounds; spare room
// shared by weight up to each maximum; missing room taken from the slack above each minimum,
// lowest shrinkOrder first, within one order in proportion to the slack. Never below a minimum
// (the view scrolls then).
QList<int> widths(const QList<ColumnSpace> &columns, int available);
} // namespace ColumnFit

class ColumnFitter : public QObject
{
    Q_OBJECT
public:
    // How a logical column may be sized, given the width its content and header want.
    using SpaceOf = std::function<ColumnSpace(int column, int contentWidth)>;

    // Fits again (automatic only) when the view's model, as set now, gains rows or content.

    ColumnFitter(QAbstractItemView *view, QHeaderView *header, SpaceOf spaceOf, QObject *parent = nullptr);

    // The sizing of a log-like table (journal, snapshot differences): `growing` takes the spare
    // room and gives it up first, `name` grows to at most 30 em and gives up next, every other
    // column (times, UUIDs, request ids) stays whole.
    static SpaceOf growingThenName(const QAbstractItemView *view, int growing, int name);

    bool isAutomatic() const { return m_automatic; }
    void setAutomatic(bool automatic);
    // Fits the visible columns now (also when not automatic: the menu's "Fit Columns to Window").
    void fitNow();
    // Fits soon, once, if automatic: after the model or the visible columns changed.
    void scheduleFit();

Q_SIGNALS:
    // The operator sized a column by hand: automatic fitting stopped.
    void automaticChanged(bool automatic);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSectionResized();

    QPointer<QAbstractItemView> m_view;
    QPointer<QHeaderView> m_header;
    // Compared by address only: the filter also sees events while the views are being destroyed,
    // when calling their virtual viewport() is undefined.
    const QObject *m_viewViewport;
    const QObject *m_headerViewport;
    SpaceOf m_spaceOf;
    QTimer *m_fitTimer;
    bool m_automatic = true;
    bool m_fitting = false;
    bool m_pointerOnHeader = false; // a mouse button is down on the header: resizes are the operator's
    int m_fittedWidth = -1;
};
