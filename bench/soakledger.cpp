#include "soakledger.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <cstdio>
#include <cstdlib>
#include <utility>

#include <malloc.h>

SoakLedger::SoakLedger(QStringList soakAggregates)
    : m_soak(std::move(soakAggregates))
    , m_soakSet(m_soak.cbegin(), m_soak.cend())
{
    m_clock.start();
}

QStringList SoakLedger::soakPart(const QStringList &aggregates) const
{
    QStringList part;
    for (const QString &uuid : aggregates) {
        const QString canonical = uuid.toLower();
        if (m_soakSet.contains(canonical) && !part.contains(canonical))
            part << canonical;
    }
    part.sort();
    return part;
}

QStringList SoakLedger::intended(const QString &provider) const
{
    return m_intended.value(provider);
}

void SoakLedger::setIntended(const QString &provider, const QStringList &soakAggregates)
{
    m_intended.insert(provider, soakPart(soakAggregates));
}

int SoakLedger::begin(const QString &kind, const QStringList &providers)
{
    SoakEdit edit;
    edit.id = static_cast<int>(m_edits.size()) + 1;
    edit.kind = kind;
    edit.providers = providers;
    edit.seconds = elapsed();
    m_edits << edit;
    return edit.id;
}

void SoakLedger::problem(const QString &text)
{
    const QString line = QStringLiteral("[%1 s] %2").arg(elapsed(), 0, 'f', 1).arg(text);
    std::fprintf(stderr, "soak: PROBLEM %s\n", qPrintable(line));
    m_problems << line;
}

namespace {
QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}
} // namespace

QJsonObject SoakLedger::toJson() const
{
    QJsonObject intended;
    for (auto it = m_intended.cbegin(); it != m_intended.cend(); ++it)
        intended.insert(it.key(), strings(it.value()));
    QJsonArray edits;
    for (const SoakEdit &e : m_edits) {
        QJsonObject bulk;
        for (auto it = e.bulkCounts.cbegin(); it != e.bulkCounts.cend(); ++it)
            bulk.insert(it.key(), it.value());
        edits.append(QJsonObject { { QStringLiteral("id"), e.id },
                                   { QStringLiteral("kind"), e.kind },
                                   { QStringLiteral("at"), e.seconds },
                                   { QStringLiteral("providers"), static_cast<int>(e.providers.size()) },
                                   { QStringLiteral("provider"), e.providers.value(0) },
                                   { QStringLiteral("added"), strings(e.added) },
                                   { QStringLiteral("removed"), strings(e.removed) },
                                   { QStringLiteral("outcome"), e.outcome },
                                   { QStringLiteral("message"), e.message },
                                   { QStringLiteral("conflict_choices"), strings(e.conflictChoices) },
                                   { QStringLiteral("saves"), e.saves },
                                   { QStringLiteral("bulk"), bulk },
                                   { QStringLiteral("bulk_conflicts"), e.bulkConflicts },
                                   { QStringLiteral("bulk_retries"), e.bulkRetries },
                                   { QStringLiteral("retry_failed_presses"), e.retryFailedPresses },
                                   { QStringLiteral("verified"), e.verified } });
    }
    QJsonObject counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    QJsonArray samples;
    for (const SoakSample &s : m_samples)
        samples.append(QJsonArray { s.seconds, s.rssKb, s.logEntries, s.rows, s.heapKb, s.atRest ? 1 : 0,
                                    s.pixmapCacheKb, s.edits });
    QJsonObject report = m_notes;
    const QJsonObject fields { { QStringLiteral("soak_aggregates"), strings(m_soak) },
                               { QStringLiteral("intended"), intended },
                               { QStringLiteral("edits"), edits },
                               { QStringLiteral("problems"), strings(m_problems) },
                               { QStringLiteral("counts"), counts },
                               { QStringLiteral("rss_samples"), samples },
                               { QStringLiteral("rss_sample_fields"),
                                 QJsonArray { QStringLiteral("seconds"), QStringLiteral("rss_kb"),
                                              QStringLiteral("request_log_entries"), QStringLiteral("rows") } } };
    for (auto it = fields.begin(); it != fields.end(); ++it)
        report.insert(it.key(), it.value());
    return report;
}

void SoakLedger::forgetEdits()
{
    m_edits = {};
}

// mallinfo2() sees only the main arena, and Qt's HTTP thread allocates in its own: the totals
// of malloc_info(), after the last heap, cover them all.
qint64 SoakLedger::heapInUseKb()
{
    char *buffer = nullptr;
    size_t size = 0;
    FILE *stream = open_memstream(&buffer, &size);
    if (!stream)
        return 0;
    malloc_info(0, stream);
    std::fclose(stream);
    const QString xml = QString::fromUtf8(buffer, static_cast<qsizetype>(size));
    std::free(buffer);
    const QString totals = xml.mid(xml.lastIndexOf(QStringLiteral("</heap>")));
    const auto field = [&totals](const QString &tag, const QString &type) {
        const QRegularExpression re(QStringLiteral("<%1 type=\"%2\"[^>]* size=\"(\\d+)\"").arg(tag, type));
        return re.match(totals).captured(1).toLongLong();
    };
    const qint64 inUse = field(QStringLiteral("system"), QStringLiteral("current"))
        - field(QStringLiteral("total"), QStringLiteral("fast"))
        - field(QStringLiteral("total"), QStringLiteral("rest"))
        + field(QStringLiteral("total"), QStringLiteral("mmap"));
    return inUse / 1024;
}
