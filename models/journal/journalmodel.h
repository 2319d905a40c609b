#pragma once

// The current connection's journal as a table, oldest first. A recorded write is one row
// inserted at the end (never a reset, so selection and scroll survive); another connection
// resets the model.

#include <QAbstractTableModel>

#include "journalentry.h"

class Journal;

class JournalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TimeColumn,
        KindColumn,
        ProviderColumn,
        ChangeColumn,
        GenerationColumn,
        OutcomeColumn,
        RequestIdColumn,
        ColumnCount
    };
    enum Role
    {
        KindRole = Qt::UserRole + 1, // int(JournalEntry::Kind)
        OutcomeRole, // int(JournalEntry::Outcome)
        BatchRole, // batch id, empty for single writes
        EntryIdRole,
        SearchTextRole // everything the text filter matches
    };

    explicit JournalModel(Journal *journal, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const JournalEntry &entry(int row) const;
    const Journal *journal() const { return m_journal; }

private:
    Journal *m_journal;
    // Rows shown: follows the journal one entryAdded at a time, so rowCount() is right inside
    // beginInsertRows even though the journal has already appended.
    int m_rows = 0;
};
