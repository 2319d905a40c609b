#pragma once

// The main window's widgets: provider table, status bar, actions. It shows models
// and emits what the user asked for; it never talks to the network itself.

#include <QMainWindow>

class QAbstractItemModel;
class QAction;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);

    void setProviderModel(QAbstractItemModel *model);
    void setConnectionText(const QString &text);
    void setStatusMessage(const QString &text);
    void setLoadProgress(int done, int total, int failed);

    QTableView *providerView() const { return m_table; }

Q_SIGNALS:
    void refreshRequested();
    void cancelRequested();
    // Rows currently on screen, so their data can be fetched first.
    void visibleProvidersChanged(const QStringList &uuids);

private:
    void createActions();
    void emitVisibleProviders();

    QTableView *m_table;
    QSortFilterProxyModel *m_proxy;
    QLabel *m_connectionLabel;
    QProgressBar *m_progress;
    QPushButton *m_cancelButton;
    QAction *m_refreshAction = nullptr;
};
