#pragma once

// The journal of the current connection: what was read from its file at connect, plus every
// write recorded since, in order. record() completes an entry (id, time, connection), appends
// it to the file at once and then to the list; views follow entryAdded (one row at the end)
// and reloaded (another connection).

#include <QObject>

#include "journalstore.h"

class Journal : public QObject
{
    Q_OBJECT
public:
    explicit Journal(QObject *parent = nullptr);
    Journal(JournalStore store, QObject *parent = nullptr);

    const JournalStore &store() const { return m_store; }
    // Reads that connection's journal; entries and problems follow.
    void setConnectionKey(const QString &key);
    QString connectionKey() const { return m_key; }

    const QList<JournalEntry> &entries() const { return m_entries; }
    // Lines of the file that could not be read (torn, garbage), and a file that could not be opened.
    const QList<JournalProblem> &problems() const { return m_problems; }
    QString readError() const { return m_readError; }

    // Sets id (when empty), time and connection; writes it, then lists it. A failed write keeps
    // it in the list and emits writeFailed: the operator must know the file misses it.
    JournalEntry record(JournalEntry entry);

    const JournalEntry *find(const QString &id) const;
    QList<JournalEntry> batch(const QString &batchId) const;
    static QString newId();

Q_SIGNALS:
    void entryAdded(int index);
    void reloaded();
    void writeFailed(const QString &reason);

private:
    JournalStore m_store;
    QString m_key;
    QList<JournalEntry> m_entries;
    QList<JournalProblem> m_problems;
    QString m_readError;
};
