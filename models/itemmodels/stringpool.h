#pragma once

// One shared copy of the strings thousands of rows repeat (aggregate UUIDs, whole aggregate
// sets): a row holds an implicitly shared copy of the pooled value instead of the separate
// allocation the JSON parser made for it.

#include <QSet>
#include <QString>
#include <QStringList>

class StringPool
{
public:
    // The pooled copy of this value (the value itself, pooled, when it is new).
    QString intern(const QString &text);
    // The pooled copy of the list, whose strings are pooled too.
    QStringList intern(const QStringList &list);
    // Forgets the values only the pool still holds.
    void prune();
    void clear();
    qsizetype size() const { return m_strings.size() + m_lists.size(); }

private:
    QSet<QString> m_strings;
    QSet<QStringList> m_lists;
};
