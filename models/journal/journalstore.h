#pragma once

// Where the journal lives and how it is written and read: one JSON-lines file per connection
// under the app's data location. Each append is one line, flushed before returning, so a
// crash loses at most the line being written; reading skips (and reports) a torn or garbage
// line and keeps every other entry. Only the fields of JournalEntry are ever written, and the
// request body only with its two Placement keys: no header, token or password can get in.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "journalentry.h"

// A line that could not be read, 1-based, and why.
struct JournalProblem
{
    int line = 0;
    QString reason;
};

struct JournalReadResult
{
    QList<JournalEntry> entries;
    QList<JournalProblem> problems;
    QString error; // the file exists but cannot be opened
};

class JournalStore
{
    Q_DECLARE_TR_FUNCTIONS(JournalStore)
public:
    // `directory` empty: defaultDirectory().
    explicit JournalStore(QString directory = {});

    // QStandardPaths::AppDataLocation + "/journal".
    static QString defaultDirectory();
    // A readable slug of the key plus a hash of it: two keys never share a file, and a URL's
    // slashes and colons never reach the file system. Ends in ".jsonl".
    static QString fileNameFor(const QString &connectionKey);
    // The key as it may be written down: a URL loses user info, query and fragment.
    static QString safeConnection(const QString &connectionKey);

    QString directory() const { return m_directory; }
    QString pathFor(const QString &connectionKey) const;
    bool append(const JournalEntry &entry, QString *error = nullptr) const;
    JournalReadResult read(const QString &connectionKey) const;
    // The lines of a journal file; tests feed it torn and garbage lines.
    static JournalReadResult parse(const QByteArray &data);
    // The one line append() writes for `entry` (without the newline).
    static QByteArray line(const JournalEntry &entry);

private:
    QString m_directory;
};
