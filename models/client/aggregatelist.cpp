#include "aggregatelist.h"

#include <QRegularExpression>
#include <QSet>

QString AggregateList::canonicalUuid(const QString &text)
{
    // Placement accepts what oslo's is_uuid_like() accepts (braces, "urn:uuid:", no hyphens,
    // upper case) and stores the string as sent. We always send one canonical form, so that
    // the same aggregate never appears twice under two spellings.
    static const QRegularExpression hyphenated(
        QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression compact(QStringLiteral("^[0-9a-fA-F]{32}$"));
    QString value = text.trimmed();
    if (value.startsWith(QLatin1String("urn:uuid:"), Qt::CaseInsensitive))
        value = value.mid(9);
    if (value.startsWith(QLatin1Char('{')) && value.endsWith(QLatin1Char('}')))
        value = value.mid(1, value.size() - 2);
    if (compact.match(value).hasMatch()) {
        value.insert(20, QLatin1Char('-'));
        value.insert(16, QLatin1Char('-'));
        value.insert(12, QLatin1Char('-'));
        value.insert(8, QLatin1Char('-'));
    }
    if (!hyphenated.match(value).hasMatch())
        return {};
    return value.toLower();
}

AggregateListCheck AggregateList::check(const QStringList &inputs)
{
    AggregateListCheck result;
    QSet<QString> seen;
    for (const QString &input : inputs) {
        const QString trimmed = input.trimmed();
        if (trimmed.isEmpty())
            continue;
        const QString uuid = canonicalUuid(trimmed);
        if (uuid.isEmpty()) {
            result.rejected.append(
                { trimmed, tr("\"%1\" is not a UUID (expected 8-4-4-4-12 hexadecimal digits)").arg(trimmed) });
            continue;
        }
        if (seen.contains(uuid)) {
            result.foldedDuplicates.append(trimmed);
            continue;
        }
        seen.insert(uuid);
        result.aggregates.append(uuid);
    }
    return result;
}

QStringList AggregateList::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,;]+"));
    return text.split(separators, Qt::SkipEmptyParts);
}
