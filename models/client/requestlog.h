#pragma once

// A bounded in-memory log of HTTP exchanges, for the request-log dock and "copy as curl".
// Secrets never enter it: entries are redacted before they are stored.

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <deque>

struct RequestLogEntry
{
    quint64 serial = 0;
    QDateTime started;
    QByteArray method;
    QString url;
    QString microversion;
    int status = 0; // 0 when no HTTP answer arrived
    QString outcome; // empty on success, else the error's short text
    qint64 durationMs = 0;
    QString requestId;
    qint64 responseBytes = 0;
    QList<QPair<QByteArray, QByteArray>> requestHeaders; // redacted
    QByteArray requestBody; // redacted

    // A shell command reproducing the call; the token stays redacted.
    QString toCurl() const;
};

namespace Redaction {
inline const QByteArray mask = QByteArrayLiteral("***");
bool isSecretHeader(const QByteArray &name);
QList<QPair<QByteArray, QByteArray>> headers(QList<QPair<QByteArray, QByteArray>> list);
// Replaces passwords, secrets and token ids anywhere in a JSON body; non-JSON passes unchanged.
QByteArray jsonBody(const QByteArray &body);
} // namespace Redaction

class RequestLog : public QObject
{
    Q_OBJECT
public:
    explicit RequestLog(int capacity = 5000, QObject *parent = nullptr);

    void append(RequestLogEntry entry);
    void clear();

    int capacity() const { return m_capacity; }
    int size() const { return static_cast<int>(m_entries.size()); }
    const RequestLogEntry &at(int i) const { return m_entries.at(static_cast<size_t>(i)); }
    QList<RequestLogEntry> entries() const;

Q_SIGNALS:
    // Emitted after an entry was added; dropped = how many old entries fell off the front first.
    void entryAdded(int dropped);
    void cleared();

private:
    int m_capacity;
    quint64 m_nextSerial = 1;
    std::deque<RequestLogEntry> m_entries;
};
