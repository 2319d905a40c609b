#pragma once

// The per-provider outcome table of a bulk aggregate edit: provider, outcome (waiting,
// running, done, done after N conflicts, unchanged, failed with reason, cancelled),
// conflicts met, and the set before and after. Rows follow the BulkAggregateEdit live.
// QtCore only: the view picks colours from StatusRole.

#include <QAbstractTableModel>
#include <QPointer>

#include "bulkaggregateedit.h"

class AggregateLabels;
class NovaOverlay;

class BulkOutcomeModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ProviderColumn,
        OutcomeColumn,
        ConflictsColumn,
        BeforeColumn,
        AfterColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        StatusRole, // BulkOutcome::Status as int
    };

    explicit BulkOutcomeModel(QObject *parent = nullptr);

    // Follows this edit; rows appear when it starts and change as providers finish.
    void setEdit(BulkAggregateEdit *edit);
    void setAggregateLabels(const AggregateLabels *labels) { m_labels = labels; }
    // Nova names for the before/after sets (a Nova name wins over a local label).
    void setNovaOverlay(const NovaOverlay *overlay) { m_nova = overlay; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString outcomeText(const BulkOutcome &outcome);
    // "12 done, 1 failed, …" for the status line under the table.
    QString summary() const;

private:
    void syncRowCount();
    void onOutcomeChanged(int index);
    QString listText(const QStringList &uuids) const;
    // A set for a tooltip: one aggregate per line, its name (Nova or label) beside the UUID.
    QString setToolTip(const QStringList &uuids) const;

    QPointer<BulkAggregateEdit> m_edit;
    const AggregateLabels *m_labels = nullptr;
    const NovaOverlay *m_nova = nullptr;
    int m_rows = 0; // rows announced to views; the edit's list may be ahead of it
};
