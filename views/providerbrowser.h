#pragma once

// The provider list as a flat table or a tree (same data, switchable), with the
// debounced quick filter, the active server-filter chip, column hiding, empty states
// and keyboard copy. Emits which providers are selected and which are on screen. The Nova
// columns (host, compute service) appear only while the model's NovaOverlay holds data.

#include <QList>
#include <QSet>
#include <QStringList>
#include <QWidget>

class ColumnFitter;
class EmptyState;
class ProviderDelegate;
class ProviderFilterProxy;
class ProviderModel;
class ProviderTreeModel;
class QAbstractItemView;
class QHeaderView;
class QLabel;
class QLineEdit;
class QSettings;
class QStackedWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;

class ProviderBrowser : public QWidget
{
    Q_OBJECT
public:
    explicit ProviderBrowser(ProviderModel *model, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QTreeView *tree() const { return m_tree; }
    ProviderFilterProxy *tableProxy() const { return m_tableProxy; }
    ProviderFilterProxy *treeProxy() const { return m_treeProxy; }
    QAbstractItemView *currentView() const;
    QLineEdit *quickFilterEdit() const { return m_filterEdit; }

    void setTreeMode(bool tree);
    // Whole UUIDs in the UUID column (wide enough for one) and for unnamed aggregates.
    void setFullUuids(bool full);
    bool fullUuids() const;
    bool isTreeMode() const;

    QString currentUuid() const;
    // Selects a provider in the current view, expanding its ancestors; false when it is not shown.
    bool selectProvider(const QString &uuid);

    void setQuickFilter(const QString &text); // applies at once, no debounce
    QString quickFilter() const;
    // The server-side filter summary shown as a chip; empty hides it.
    void setServerFilterSummary(const QString &summary);
    // What the view shows when there are no rows at all (not connected, loading, empty server).
    void setNoDataMessage(const QString &text);
    // Stale rows (the last refresh failed) are drawn dimmed until a refresh succeeds.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }

    // Providers in the order the current view shows them (filtered, sorted, tree depth-first).
    QStringList uuidsInViewOrder() const;
    // Logical columns the current view shows, in their visual order.
    QList<int> visibleColumns() const;
    QStringList visibleUuids() const;
    // The selected rows' visible cells as tab-separated text with a header line.
    QString selectionAsText() const;

    // Sizes the current view's columns from their content and the view's width, and keeps doing
    // so as the window or the data change, until the operator drags a column edge again.
    void fitColumnsToWindow();
    bool columnsFitAutomatically() const;

    void saveState(QSettings &settings) const;
    void restoreState(const QSettings &settings);

Q_SIGNALS:
    void currentProviderChanged(const QString &uuid);
    void visibleProvidersChanged(const QStringList &uuids);
    void clearServerFilterRequested();
    void editServerFilterRequested();

private:
    void setupView(QAbstractItemView *view);
    ColumnFitter *fitterOf(const QHeaderView *header) const;
    QHeaderView *currentHeader() const;
    QStringList expandedProviders() const;
    void restoreTreeHeader();
    void expandProvider(const QString &uuid);
    // The Nova columns show only while Nova data is present (and the operator did not hide them).
    void updateNovaColumns();
    bool novaHasData() const;
    void showColumnMenu(const QPoint &pos);
    void setColumnHidden(int column, bool hidden);
    void updateEmptyStates();
    void scheduleVisibleProviders();
    void onCurrentChanged(const QModelIndex &current);

    ProviderModel *m_model;
    bool m_stale = false;
    ProviderTreeModel *m_treeModel;
    ProviderFilterProxy *m_tableProxy;
    ProviderFilterProxy *m_treeProxy;
    ProviderDelegate *m_delegate;
    QLineEdit *m_filterEdit;
    QTimer *m_filterDebounce;
    QTimer *m_visibleTimer;
    QToolButton *m_serverChip;
    QToolButton *m_serverClear;
    QLabel *m_matchLabel;
    QStackedWidget *m_stack;
    QTableView *m_table;
    QTreeView *m_tree;
    ColumnFitter *m_tableFitter = nullptr;
    ColumnFitter *m_treeFitter = nullptr;
    EmptyState *m_tableEmpty;
    EmptyState *m_treeEmpty;
    QString m_noDataMessage;
    QSet<int> m_novaColumnsHiddenByUser;
    QStringList m_expandedWhileHidden; // tree nodes open when the tree was last shown
    QByteArray m_treeHeaderState; // the tree's header while the tree is hidden (and has no columns)
};
