#pragma once

// Bulk aggregate edits on a multi-selection: first a confirmation page naming how many
// providers get which change (nothing is sent before Start), then the per-provider outcome
// table with Cancel (no new requests) and Retry failed. The edit itself comes from a factory
// so the dialog stays free of HTTP code.

#include <QDialog>
#include <QPointer>

#include <functional>

#include "bulkaggregateedit.h"

class AggregateInput;
class AggregateLabels;
class BulkOutcomeModel;
class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableView;

class BulkEditDialog : public QDialog
{
    Q_OBJECT
public:
    using EditFactory = std::function<BulkAggregateEdit *(const BulkIntent &intent, QObject *parent)>;
    using Providers = QList<QPair<QString, QString>>; // uuid, display name

    BulkEditDialog(BulkIntent::Kind kind, const Providers &providers, EditFactory factory, QWidget *parent = nullptr);

    void setLabels(AggregateLabels *labels);
    void setKnownAggregates(const QStringList &uuids);

    // The aggregates of the intent, as the Add box would take them.
    void addText(const QString &text);
    QStringList chosenAggregates() const { return m_chosen; }
    QString confirmationText() const;
    QString summaryText() const;

    AggregateInput *input() const { return m_input; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *retryButton() const { return m_retry; }
    QTableView *outcomeView() const { return m_table; }
    BulkOutcomeModel *outcomeModel() const { return m_model; }
    BulkAggregateEdit *edit() const { return m_edit; }

    void start();

public Q_SLOTS:
    void reject() override;

private:
    void updateConfirmation();
    void updateButtons();

    BulkIntent::Kind m_kind;
    Providers m_providers;
    EditFactory m_factory;
    AggregateLabels *m_labels = nullptr;
    QStringList m_chosen;
    QStringList m_rejected;
    QStackedWidget *m_pages;
    AggregateInput *m_input;
    QListWidget *m_chosenList;
    QLabel *m_confirmation;
    QPushButton *m_start;
    QTableView *m_table;
    BulkOutcomeModel *m_model;
    QLabel *m_summary;
    QPushButton *m_cancel;
    QPushButton *m_retry;
    QPushButton *m_close;
    QPointer<BulkAggregateEdit> m_edit;
};
