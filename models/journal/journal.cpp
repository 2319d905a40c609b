#include "journal.h"

#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcJournal, "pi.journal")

Journal::Journal(QObject *parent)
    : Journal(JournalStore(), parent)
{ }

Journal::Journal(JournalStore store, QObject *parent)
    : QObject(parent)
    , m_store(std::move(store))
{ }

QString Journal::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void Journal::setConnectionKey(const QString &key)
{
    m_key = key;
    JournalReadResult read = key.isEmpty() ? JournalReadResult {} : m_store.read(key);
    m_entries = std::move(read.entries);
    m_problems = std::move(read.problems);
    m_readError = read.error;
    for (const JournalProblem &problem : std::as_const(m_problems))
        qCWarning(lcJournal) << "skipped line" << problem.line << "of" << m_store.pathFor(key) << ":" << problem.reason;
    Q_EMIT reloaded();
}

JournalEntry Journal::record(JournalEntry entry)
{
    if (entry.id.isEmpty())
        entry.id = newId();
    entry.time = QDateTime::currentDateTimeUtc();
    entry.connection = JournalStore::safeConnection(m_key);
    QString error;
    if (!m_store.append(entry, &error)) {
        qCWarning(lcJournal) << "journal not written:" << error;
        Q_EMIT writeFailed(error);
    }
    m_entries.append(entry);
    Q_EMIT entryAdded(static_cast<int>(m_entries.size()) - 1);
    return entry;
}

const JournalEntry *Journal::find(const QString &id) const
{
    for (const JournalEntry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

QList<JournalEntry> Journal::batch(const QString &batchId) const
{
    QList<JournalEntry> result;
    for (const JournalEntry &entry : m_entries) {
        if (!batchId.isEmpty() && entry.batchId == batchId)
            result << entry;
    }
    return result;
}
