#pragma once

// Client-side checks before an aggregate set is sent: values must be UUIDs,
// duplicates are folded, and the caller learns which inputs were rejected and why.

#include <QCoreApplication>
#include <QList>
#include <QStringList>

struct RejectedAggregate
{
    QString input;
    QString reason;
};

struct AggregateListCheck
{
    QStringList aggregates; // canonical lower-case UUIDs, first occurrence order, no duplicates
    QList<RejectedAggregate> rejected; // not UUIDs; never sent
    QStringList foldedDuplicates; // inputs dropped because an equal UUID came earlier
    bool ok() const { return rejected.isEmpty(); }
};

class AggregateList
{
    Q_DECLARE_TR_FUNCTIONS(AggregateList)

public:
    // Canonical form of a UUID (lower case, hyphenated), or an empty string when it is none.
    static QString canonicalUuid(const QString &text);
    static AggregateListCheck check(const QStringList &inputs);
    // Splits pasted text on newlines, commas, semicolons and white space.
    static QStringList split(const QString &text);
};
