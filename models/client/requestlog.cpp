#include "requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

bool isSecretKey(const QString &key)
{
    const QString k = key.toLower();
    return k.contains(QLatin1String("password")) || k.contains(QLatin1String("secret"))
        || k.contains(QLatin1String("passcode")) || k == QLatin1String("token") || k == QLatin1String("auth_token");
}

QJsonValue redactValue(const QJsonValue &value, bool secretContext);

QJsonObject redactObject(const QJsonObject &object, bool secretContext)
{
    QJsonObject out;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Keystone's token method puts the secret under {"token": {"id": ...}}.
        const bool secret = secretContext || isSecretKey(it.key());
        out.insert(it.key(), redactValue(it.value(), secret));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue &value, bool secretContext)
{
    if (value.isObject())
        return redactObject(value.toObject(), secretContext);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue item : value.toArray())
            out.append(redactValue(item, secretContext));
        return out;
    }
    if (secretContext && value.isString())
        return QString::fromLatin1(Redaction::mask);
    return value;
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

} // namespace

namespace Redaction {

bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "x-auth-token" || lower == "x-subject-token" || lower == "authorization"
        || lower == "proxy-authorization" || lower == "cookie" || lower == "set-cookie";
}

QList<QPair<QByteArray, QByteArray>> headers(QList<QPair<QByteArray, QByteArray>> list)
{
    for (auto &header : list) {
        if (isSecretHeader(header.first))
            header.second = mask;
    }
    return list;
}

QByteArray jsonBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        // Not JSON: we cannot know where a secret is, so keep nothing of it.
        return QByteArrayLiteral("<non-JSON body of ") + QByteArray::number(body.size()) + QByteArrayLiteral(" bytes>");
    }
    if (doc.isObject())
        return QJsonDocument(redactObject(doc.object(), false)).toJson(QJsonDocument::Compact);
    return QJsonDocument(redactValue(doc.array(), false).toArray()).toJson(QJsonDocument::Compact);
}

} // namespace Redaction

QString RequestLogEntry::toCurl() const
{
    QStringList parts { QStringLiteral("curl"), QStringLiteral("-sS"), QStringLiteral("-X"),
                        QString::fromLatin1(method) };
    for (const auto &header : requestHeaders) {
        QString value = QString::fromLatin1(header.second);
        if (Redaction::isSecretHeader(header.first))
            value = QStringLiteral("$OS_TOKEN");
        parts << QStringLiteral("-H")
              << (Redaction::isSecretHeader(header.first)
                      ? QLatin1Char('"') + QString::fromLatin1(header.first) + QStringLiteral(": ") + value
                          + QLatin1Char('"')
                      : shellQuote(QString::fromLatin1(header.first) + QStringLiteral(": ") + value));
    }
    if (!requestBody.isEmpty())
        parts << QStringLiteral("--data") << shellQuote(QString::fromUtf8(requestBody));
    parts << shellQuote(url);
    return parts.join(QLatin1Char(' '));
}

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{ }

void RequestLog::append(RequestLogEntry entry)
{
    entry.serial = m_nextSerial++;
    entry.requestHeaders = Redaction::headers(std::move(entry.requestHeaders));
    entry.requestBody = Redaction::jsonBody(entry.requestBody);
    int dropped = 0;
    while (static_cast<int>(m_entries.size()) >= m_capacity) {
        m_entries.pop_front();
        ++dropped;
    }
    m_entries.push_back(std::move(entry));
    Q_EMIT entryAdded(dropped);
}

void RequestLog::clear()
{
    m_entries.clear();
    Q_EMIT cleared();
}

QList<RequestLogEntry> RequestLog::entries() const
{
    return { m_entries.begin(), m_entries.end() };
}
