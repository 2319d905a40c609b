#pragma once

// Bulk aggregate edits on a multi-selection, in three explicit steps: choose the aggregates
// (Return adds what is typed, nothing else), review the change with every provider it will
// touch, then Apply, which is the only way to send; then the per-provider outcome table with
// Cancel (no new requests) and Retry failed. Return never sends on any page. The dialog only
// shows the run: Apply, Cancel and Retry are emitted, and the controller runs the edit.

#include <QDialog>
#include <QPointer>

#include "bulkaggregateedit.h"

class AggregateInput;
class AggregateLabels;
class NovaOverlay;
class BulkOutcomeModel;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class BulkOutcomeTable;
class QTableView;

class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    using Providers = QList<QPair<QString, QString>>; // uuid, display name

    BulkEditDialog(BulkIntent::Kind kind, const Providers &providers, QWidget *parent = nullptr);
    const Providers &providers() const { return m_providers; }
    // Shows this run's outcomes on the outcome page (the run belongs to the caller).
    void showRun(BulkAggregateEdit *edit);

    void setLabels(AggregateLabels *labels);
    // Nova names and badges beside the chosen aggregates and in the outcome table.
    void setNovaOverlay(const NovaOverlay *nova);
    void setKnownAggregates(const QStringList &uuids);

    // The aggregates of the intent, as the Add box would take them.
    void addText(const QString &text);
    QStringList chosenAggregates() const { return m_chosen; }
    QString confirmationText() const;
    QString summaryText() const;
    // The providers the review page lists (every one of them), as shown.
    QStringList reviewedProviders() const;
    enum class Page
    {
        Choose,
        Review,
        Outcome
    };
    Page page() const;

    AggregateInput *input() const { return m_input; }
    // Choose page: go to the review. Review page: back, and the one button that sends.
    QPushButton *reviewButton() const { return m_review; }
    QPushButton *backButton() const { return m_back; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QTableView *outcomeView() const;
    BulkOutcomeModel *outcomeModel() const { return m_model; }
    BulkAggregateEdit *edit() const { return m_edit; }

    void review();
    // Apply: asks for the run (only from the review page).
    void start();

Q_SIGNALS:
    void startRequested(const BulkIntent &intent);
    // Send no new requests; those already sent finish.
    void cancelRequested();
    void retryRequested();

public Q_SLOTS:
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void updateConfirmation();
    void updateButtons();

    BulkIntent::Kind m_kind;
    Providers m_providers;
    AggregateLabels *m_labels = nullptr;
    const NovaOverlay *m_nova = nullptr;
    QStringList m_chosen;
    QStringList m_rejected;
    QStringList m_alreadyChosen; // entered again last time: said, not silently ignored
    QStackedWidget *m_pages;
    AggregateInput *m_input;
    QListWidget *m_chosenList;
    QLabel *m_confirmation;
    QPushButton *m_review;
    QLabel *m_reviewText;
    QListWidget *m_reviewList;
    QPushButton *m_back;
    QPushButton *m_start;
    BulkOutcomeTable *m_table;
    BulkOutcomeModel *m_model;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
    QPointer<BulkAggregateEdit> m_edit;
};
