#pragma once

// Narrows the journal table by text (provider name or UUID, request id, batch id, aggregate
// UUIDs, failure reason), by kind and by outcome. An unset criterion lets everything through.

#include <QSortFilterProxyModel>

#include <optional>

#include "journalentry.h"

class JournalFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit JournalFilterProxy(QObject *parent = nullptr);

    void setText(const QString &text);
    void setKind(std::optional<JournalEntry::Kind> kind);
    void setOutcome(std::optional<JournalEntry::Outcome> outcome);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    std::optional<JournalEntry::Kind> m_kind;
    std::optional<JournalEntry::Outcome> m_outcome;
};
