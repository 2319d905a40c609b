#pragma once

// The Journal dock: every write of this connection with filters (text, kind, outcome), and per
// entry *Revert this change*, *Revert the whole batch*, *Copy as command* and *Copy request id*.
// It starts no write: a revert is asked for with revertRequested(), the app previews it and
// sends it through the generation-checked machinery.

#include <QDockWidget>
#include <QList>
#include <QPair>

#include <optional>

#include "journalentry.h"

class JournalFilterProxy;
class JournalModel;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class JournalDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit JournalDock(JournalModel *model, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    JournalFilterProxy *proxy() const { return m_proxy; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *kindBox() const { return m_kind; }
    QComboBox *outcomeBox() const { return m_outcome; }
    QPushButton *revertButton() const { return m_revert; }
    QPushButton *revertBatchButton() const { return m_revertBatch; }
    QPushButton *copyCommandButton() const { return m_copyCommand; }
    QPushButton *copyRequestIdButton() const { return m_copyRequestId; }
    // Says which lines of the journal file could not be read (hidden when all could).
    QLabel *problemsLabel() const { return m_problems; }

    // The selected entry, if any.
    std::optional<JournalEntry> currentEntry() const;
    // Selects the row of this entry (tests, and "show in journal").
    bool selectEntry(const QString &id);
    // Read-only connections offer no revert.
    void setReadOnly(bool readOnly);

Q_SIGNALS:
    // Take back what these entries did (one entry, or every done entry of one batch).
    void revertRequested(const QList<JournalEntry> &entries);

private:
    void updateActions();
    void revertCurrent();
    void revertBatch();
    void applyFilter();
    void showProblems();
    QList<JournalEntry> batchOf(const QString &batchId) const;
    static QString revertToolTip(bool throughNova = false);

    JournalModel *m_model;
    JournalFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QComboBox *m_kind;
    QComboBox *m_outcome;
    QTableView *m_view;
    QLabel *m_problems;
    QPushButton *m_revert;
    QPushButton *m_revertBatch;
    QPushButton *m_copyCommand;
    QPushButton *m_copyRequestId;
    QList<QPair<QPushButton *, QAction *>> m_menuActions;
    bool m_readOnly = false;
};
