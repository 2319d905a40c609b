#pragma once

// Repairing drift between Nova and Placement: first the preview (every change, one line each:
// "add node-1 (uuid) to az1-hosts (uuid)", "remove … from …", and how many providers), then,
// only after *Apply*, the outcome of every provider as the batch runs. No button is a default
// and Return does nothing: a repair is always an explicit click or Alt+A. The dialog shows and
// asks; the controller runs the writes (applyRequested) and hands the run back (showRun).

#include <QDialog>

class BulkAggregateEdit;
class BulkOutcomeTable;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

class DriftRepairDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DriftRepairDialog(QWidget *parent = nullptr);

    // The preview page. `lines` are SyncPlan::previewLines(); `commands` the ticket text.
    void setPlan(const QStringList &lines, int providers, int additions, int removals, const QString &commands);
    // The same preview, Apply and outcome pages for undoing a bulk edit (`description` says
    // what it did): one line per provider with what the undo adds and removes.
    void setUndoPlan(const QStringList &lines, int providers, const QString &description);
    // The same preview for a revert of journal entries (Journal dock): its own title and words.
    void setRevertPlan(const QStringList &lines, int providers, const QString &description);
    // The outcome page: rows follow the edit until it finishes.
    void showRun(BulkAggregateEdit *edit);

    // For tests.
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *cancelRunButton() const { return m_cancelRun; }
    QListWidget *previewList() const { return m_preview; }
    BulkOutcomeTable *outcomeTable() const { return m_table; }
    QString summaryText() const;
    int page() const;

Q_SIGNALS:
    void applyRequested();
    void cancelRequested();
    void copyCommandsRequested(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateRun();
    // The preview of taking changes back (an undo or a revert), with its own title and words.
    void showTakeBackPlan(const QStringList &lines, int providers, const QString &title, const QString &intro,
                          const QString &applyText);

    QStackedWidget *m_pages;
    QLabel *m_intro;
    QListWidget *m_preview;
    QPushButton *m_apply;
    QPushButton *m_copy;
    BulkOutcomeTable *m_table;
    QLabel *m_summary;
    QPushButton *m_cancelRun;
    QPushButton *m_close;
    BulkAggregateEdit *m_edit = nullptr;
    QString m_commands;
    bool m_undo = false; // undoing a bulk edit, not repairing drift
};
