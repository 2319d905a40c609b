#pragma once

// The soak driver's book: which soak-owned aggregates each provider should have after every
// edit the window reported, each edit with what was intended and what the window said, the
// problems met (an edit with no outcome, an outcome the server contradicts), counters and
// the memory samples. Written as one JSON object for scripts/soak's checks.

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

struct SoakEdit
{
    int id = 0;
    QString kind; // "single", "bulk-add", "bulk-remove"
    QStringList providers;
    QStringList added; // soak-owned aggregates the edit adds
    QStringList removed; // and removes
    // single: "saved", "failed", "dropped" (Reload chosen), "not-opened"; bulk: "finished"
    QString outcome;
    QString message; // what the window said (status bar, editor message, outcome table)
    QStringList conflictChoices; // single: each prompt's answer, in order
    int saves = 0; // Save presses (single)
    QHash<QString, int> bulkCounts; // bulk: status -> providers, after the last run
    int bulkConflicts = 0; // bulk: 409s met by the providers, summed
    int bulkRetries = 0; // bulk: 5xx or lost answers, summed
    int retryFailedPresses = 0;
    bool verified = false; // the server was read afterwards and agrees with the outcome
    double seconds = 0;
};

struct SoakSample
{
    double seconds = 0;
    qint64 rssKb = 0;
    qint64 heapKb = 0; // malloc'd and in use (every arena), free of the page-level noise of RSS
    qint64 pixmapCacheKb = 0; // Qt's style pixmap cache: grows to its limit, then stays
    int edits = 0; // the ledger's own records so far (they live in the same heap)
    int logEntries = 0;
    int rows = 0;
    // Taken between tasks with nothing loading or being written, after the free heap was given
    // back: no reply, parse or dialog in flight inflates it.
    bool atRest = false;
};

class SoakLedger
{
public:
    explicit SoakLedger(QStringList soakAggregates);

    const QStringList &soakAggregates() const { return m_soak; }
    // The soak-owned part of a set, sorted.
    QStringList soakPart(const QStringList &aggregates) const;
    QStringList intended(const QString &provider) const;
    void setIntended(const QString &provider, const QStringList &soakAggregates);

    // A new edit; its id stays valid (a reference would not, the list grows).
    int begin(const QString &kind, const QStringList &providers);
    SoakEdit &edit(int id) { return m_edits[id - 1]; }
    void problem(const QString &text);
    void count(const QString &counter, int by = 1) { m_counts[counter] += by; }
    int counter(const QString &name) const { return m_counts.value(name); }
    void sample(const SoakSample &sample) { m_samples << sample; }
    double elapsed() const { return static_cast<double>(m_clock.elapsed()) / 1000.0; }
    int problems() const { return static_cast<int>(m_problems.size()); }
    int edits() const { return static_cast<int>(m_edits.size()); }
    // A figure for the report's top level.
    void note(const QString &key, const QJsonValue &value) { m_notes.insert(key, value); }

    QJsonObject toJson() const;
    // Drops the edit records (after toJson()): how much heap they held is the ledger's own cost.
    void forgetEdits();

    // Bytes malloc'd and not freed, over every arena, in KiB.
    static qint64 heapInUseKb();

private:
    QStringList m_soak;
    QSet<QString> m_soakSet;
    QHash<QString, QStringList> m_intended;
    QList<SoakEdit> m_edits;
    QStringList m_problems;
    QHash<QString, int> m_counts;
    QList<SoakSample> m_samples;
    QJsonObject m_notes;
    QElapsedTimer m_clock;
};
