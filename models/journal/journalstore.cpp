#include "journalstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>

JournalStore::JournalStore(QString directory)
    : m_directory(directory.isEmpty() ? defaultDirectory() : std::move(directory))
{ }

QString JournalStore::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal");
}

QString JournalStore::safeConnection(const QString &connectionKey)
{
    const QUrl url(connectionKey, QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
        return url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
    return connectionKey;
}

QString JournalStore::fileNameFor(const QString &connectionKey)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    const QString key = safeConnection(connectionKey);
    QString slug = key.toLower();
    slug.replace(unsafe, QStringLiteral("-"));
    slug = slug.left(40);
    while (slug.startsWith(QLatin1Char('.')) || slug.startsWith(QLatin1Char('-')))
        slug.remove(0, 1);
    // The hash tells apart keys that slug alike ("a b" and "a-b") and is the whole name of an empty slug.
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    const QString tail = QString::fromLatin1(hash) + QStringLiteral(".jsonl");
    return slug.isEmpty() ? tail : slug + QLatin1Char('-') + tail;
}

QString JournalStore::pathFor(const QString &connectionKey) const
{
    return m_directory + QLatin1Char('/') + fileNameFor(connectionKey);
}

QByteArray JournalStore::line(const JournalEntry &entry)
{
    JournalEntry safe = entry;
    safe.connection = safeConnection(entry.connection);
    // The body is rebuilt from its known keys: Placement's two, or Nova's action with nothing but
    // the host name. Whatever else a caller put there (by mistake, a header or a token) is
    // never written.
    const QJsonObject body = entry.body;
    safe.body = {};
    for (const auto &key : { QStringLiteral("aggregates"), QStringLiteral("resource_provider_generation") }) {
        if (body.contains(key))
            safe.body.insert(key, body.value(key));
    }
    const auto host = QStringLiteral("host");
    for (const auto &action : { QStringLiteral("add_host"), QStringLiteral("remove_host") }) {
        if (body.contains(action))
            safe.body.insert(action, QJsonObject { { host, body.value(action).toObject().value(host).toString() } });
    }
    return QJsonDocument(safe.toJson()).toJson(QJsonDocument::Compact);
}

bool JournalStore::append(const JournalEntry &entry, QString *error) const
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (!QDir().mkpath(m_directory))
        return fail(tr("cannot create the folder %1").arg(m_directory));
    QFile file(pathFor(entry.connection));
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append))
        return fail(tr("cannot open %1: %2").arg(file.fileName(), file.errorString()));
    QByteArray data;
    // A line torn by a crash gets its newline first: glued to it, the new entry would be lost too.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.read(1) != "\n")
        data += '\n';
    data += line(entry);
    data += '\n';
    file.seek(file.size());
    if (file.write(data) != data.size() || !file.flush())
        return fail(tr("cannot write %1: %2").arg(file.fileName(), file.errorString()));
    return true;
}

JournalReadResult JournalStore::parse(const QByteArray &data)
{
    JournalReadResult result;
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QByteArray text = lines.at(i).trimmed();
        if (text.isEmpty())
            continue;
        QJsonParseError parseError {};
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            result.problems.append(
                { i + 1,
                  parseError.error != QJsonParseError::NoError
                      ? tr("not JSON (%1 at offset %2)").arg(parseError.errorString()).arg(parseError.offset)
                      : tr("not a JSON object") });
            continue;
        }
        QString why;
        const std::optional<JournalEntry> entry = JournalEntry::fromJson(document.object(), &why);
        if (!entry) {
            result.problems.append({ i + 1, why });
            continue;
        }
        result.entries.append(*entry);
    }
    return result;
}

JournalReadResult JournalStore::read(const QString &connectionKey) const
{
    QFile file(pathFor(connectionKey));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        JournalReadResult result;
        result.error = tr("cannot open %1: %2").arg(file.fileName(), file.errorString());
        return result;
    }
    return parse(file.readAll());
}
