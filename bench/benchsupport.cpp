#include "benchsupport.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace bench {

StallMeter::StallMeter(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_interval(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::tick);
}

void StallMeter::start()
{
    m_gaps.clear();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

void StallMeter::stop()
{
    if (!m_timer.isActive())
        return;
    tick();
    m_timer.stop();
}

void StallMeter::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    m_gaps.append(static_cast<double>(now - m_last) / 1e6);
    m_last = now;
}

namespace {

double percentile(QList<double> sorted, double p)
{
    if (sorted.isEmpty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<qsizetype>(std::ceil(p * static_cast<double>(sorted.size())));
    return sorted.at(std::clamp<qsizetype>(rank - 1, 0, sorted.size() - 1));
}

double round1(double v)
{
    return std::round(v * 10) / 10;
}

} // namespace

void summarize(const StallMeter &meter, ScenarioResult &result)
{
    const QList<double> &gaps = meter.gapsMs();
    result.allGaps = gaps;
    result.gaps = static_cast<int>(gaps.size());
    result.longestGapMs = gaps.isEmpty() ? 0 : *std::max_element(gaps.cbegin(), gaps.cend());
    result.longestStallMs = std::max(0.0, result.longestGapMs - meter.intervalMs());
    result.p99GapMs = percentile(gaps, 0.99);
    result.p50GapMs = percentile(gaps, 0.50);
    result.over50Ms = static_cast<int>(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > 50; }));
    result.over16Ms = static_cast<int>(std::count_if(gaps.cbegin(), gaps.cend(), [](double g) { return g > 16; }));
}

void whenIdle(QObject *context, const std::function<void()> &done, int turns)
{
    if (turns <= 0) {
        done();
        return;
    }
    QTimer::singleShot(0, context, [context, done, turns] { whenIdle(context, done, turns - 1); });
}

void whenTrue(QObject *context, const std::function<bool()> &condition, const std::function<void()> &done)
{
    if (condition()) {
        done();
        return;
    }
    auto *poll = new QTimer(context);
    poll->setTimerType(Qt::PreciseTimer);
    poll->setInterval(1);
    QObject::connect(poll, &QTimer::timeout, context, [poll, condition, done] {
        if (!condition())
            return;
        poll->stop();
        poll->deleteLater();
        done();
    });
    poll->start();
}

qint64 procStatusKb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray key = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

QString loadAverages()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> parts = file.readAll().split(' ');
    return QString::fromLatin1(parts.mid(0, 3).join(' '));
}

QJsonObject environment(const QStringList &arguments)
{
    QString cpu;
    QFile info(QStringLiteral("/proc/cpuinfo"));
    if (info.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("model name")) {
                cpu = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    QJsonObject env;
    env[QStringLiteral("date")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    env[QStringLiteral("nproc")] = QThread::idealThreadCount();
    env[QStringLiteral("cpu")] = cpu;
    env[QStringLiteral("kernel")] = QSysInfo::kernelVersion();
    env[QStringLiteral("qt")] = QString::fromLatin1(qVersion());
    env[QStringLiteral("load_average_start")] = loadAverages();
    // The script that started us says how it was called; our own argv follows.
    env[QStringLiteral("command")] = qEnvironmentVariable("PI_BENCH_COMMAND", arguments.join(QLatin1Char(' ')));
    env[QStringLiteral("argv")] = QJsonArray::fromStringList(arguments);
    return env;
}

QJsonObject toJson(const ScenarioResult &result, bool withGaps)
{
    QJsonObject o;
    o[QStringLiteral("what")] = result.what;
    o[QStringLiteral("duration_ms")] = round1(result.durationMs);
    o[QStringLiteral("longest_stall_ms")] = round1(result.longestStallMs);
    o[QStringLiteral("longest_gap_ms")] = round1(result.longestGapMs);
    o[QStringLiteral("p99_gap_ms")] = round1(result.p99GapMs);
    o[QStringLiteral("p50_gap_ms")] = round1(result.p50GapMs);
    o[QStringLiteral("gaps")] = result.gaps;
    o[QStringLiteral("gaps_over_50ms")] = result.over50Ms;
    o[QStringLiteral("gaps_over_16ms")] = result.over16Ms;
    o[QStringLiteral("complete")] = result.complete;
    // The long gaps always, so a stall can be placed in time without the full list.
    QJsonArray longGaps;
    double at = 0;
    for (double gap : result.allGaps) {
        at += gap;
        if (gap > 16)
            longGaps.append(QJsonArray { round1(at), round1(gap) });
    }
    o[QStringLiteral("gaps_over_16ms_at")] = longGaps;
    for (auto it = result.extra.constBegin(); it != result.extra.constEnd(); ++it)
        o[it.key()] = it.value();
    if (withGaps) {
        QJsonArray all;
        for (double gap : result.allGaps)
            all.append(round1(gap));
        o[QStringLiteral("all_gaps_ms")] = all;
    }
    return o;
}

bool writeJson(const QString &path, const QJsonObject &run)
{
    if (path.isEmpty())
        return true;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "bench: cannot write %s\n", qPrintable(path));
        return false;
    }
    file.write(QJsonDocument(run).toJson(QJsonDocument::Indented));
    return true;
}

void printTable(const QList<ScenarioResult> &results)
{
    std::printf("%-28s %11s %11s %9s %7s %7s %s\n", "scenario", "duration ms", "longest ms", "p99 ms", ">50ms", ">16ms",
                "complete");
    for (const ScenarioResult &r : results) {
        std::printf("%-28s %11.1f %11.1f %9.1f %7d %7d %s\n", qPrintable(r.name), r.durationMs, r.longestStallMs,
                    r.p99GapMs, r.over50Ms, r.over16Ms, r.complete ? "yes" : "no (capped)");
    }
    std::fflush(stdout);
}

QString jsonPathFrom(const QStringList &arguments)
{
    const qsizetype at = arguments.indexOf(QStringLiteral("--json"));
    if (at >= 0 && at + 1 < arguments.size())
        return arguments.at(at + 1);
    return qEnvironmentVariable("PI_BENCH_JSON");
}

void completeReport(QJsonObject &report, int providers, const QJsonObject &memory, const QList<ScenarioResult> &results,
                    bool withGaps)
{
    QJsonObject scenarios;
    for (const ScenarioResult &r : results)
        scenarios[r.name] = toJson(r, withGaps);
    report[QStringLiteral("providers")] = providers;
    report[QStringLiteral("memory")] = memory;
    report[QStringLiteral("scenarios")] = scenarios;
    QJsonObject env = report[QStringLiteral("environment")].toObject();
    env[QStringLiteral("load_average_end")] = loadAverages();
    report[QStringLiteral("environment")] = env;
}

} // namespace bench
