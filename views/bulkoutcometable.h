#pragma once

// The per-provider outcome table of a batch of aggregate writes (a bulk edit, a drift
// repair): rows follow a BulkAggregateEdit live, the outcome column coloured by status so
// failures stand out in any theme.

#include <QTableView>

class BulkAggregateEdit;
class BulkOutcomeModel;

class BulkOutcomeTable : public QTableView
{
    Q_OBJECT
public:
    explicit BulkOutcomeTable(QWidget *parent = nullptr);

    BulkOutcomeModel *outcomes() const { return m_model; }
    void follow(BulkAggregateEdit *edit);

private:
    BulkOutcomeModel *m_model;
};
