#pragma once

// Shared by the GUI benchmarks: a stall meter that keeps every gap of a fast timer, one
// result per scenario, process memory from /proc, a wait for the event loop to go idle, and
// the JSON report (one object per run) with the machine, Qt version, date and command.

#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <functional>

namespace bench {

// Every gap between ticks of a 5 ms precise timer: a gap much longer than the interval is
// a time the event loop was busy elsewhere (a stall the user would feel).
class StallMeter : public QObject
{
public:
    explicit StallMeter(int intervalMs = 5, QObject *parent = nullptr);
    void start();
    // Stops and records the gap still open (a stall in progress at the end counts).
    void stop();
    int intervalMs() const { return m_interval; }
    const QList<double> &gapsMs() const { return m_gaps; }

private:
    void tick();

    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_gaps;
};

struct ScenarioResult
{
    QString name;
    QString what; // one line: what was measured, from when to when
    double durationMs = 0;
    double longestStallMs = 0; // longest gap minus the timer interval
    double longestGapMs = 0;
    double p99GapMs = 0;
    double p50GapMs = 0;
    int gaps = 0;
    int over50Ms = 0; // gaps over 50 ms
    int over16Ms = 0; // gaps over 16 ms (a missed frame at 60 Hz)
    bool complete = true; // false: ended by a cap before its end condition
    QJsonObject extra; // scenario-specific figures
    QList<double> allGaps; // written to the JSON only with --gaps
};

// Fills the stall figures of `result` from the meter's gaps.
void summarize(const StallMeter &meter, ScenarioResult &result);

// Runs `done` once the event loop has turned `turns` times with nothing else queued ahead
// (a chain of zero timers): posted layout and paint events run before it.
void whenIdle(QObject *context, const std::function<void()> &done, int turns = 3);

// Calls `done` as soon as `condition` holds, polled every millisecond.
void whenTrue(QObject *context, const std::function<bool()> &condition, const std::function<void()> &done);

// "VmRSS", "VmHWM", ... of this process in KiB (0 when unknown).
qint64 procStatusKb(const char *field);

// The machine, Qt, date, load averages and command line, for the JSON report.
QJsonObject environment(const QStringList &arguments);
QString loadAverages();

QJsonObject toJson(const ScenarioResult &result, bool withGaps);
// Adds the provider count, the memory figures, every scenario and the load average at the
// end to a run's report.
void completeReport(QJsonObject &report, int providers, const QJsonObject &memory, const QList<ScenarioResult> &results,
                    bool withGaps);
// Writes the run as one JSON object to `path` (appending a line when `append`), or nowhere
// when the path is empty.
bool writeJson(const QString &path, const QJsonObject &run);
// The human table on stdout.
void printTable(const QList<ScenarioResult> &results);

// --json FILE, or $PI_BENCH_JSON.
QString jsonPathFrom(const QStringList &arguments);

} // namespace bench
