#include "soakrun.h"

namespace {
// Longer than anything the window may legitimately take on a busy 2-core machine: a save
// gives up after the client's timeouts, a bulk run after its bounded tries.
constexpr int watchdogMs = 180000;
} // namespace

SoakRun::SoakRun(const SoakContext &context, QObject *parent)
    : QObject(parent)
    , m_ctx(context)
{
    m_watchdog.setSingleShot(true);
    m_watchdog.setInterval(watchdogMs);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_finished)
            abandon();
    });
    m_watchdog.start();
}

void SoakRun::progress()
{
    m_watchdog.start();
}

void SoakRun::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_watchdog.stop();
    Q_EMIT finished();
}

void SoakRun::later(int lowMs, int highMs, const std::function<void()> &step)
{
    QTimer::singleShot(m_ctx.between(lowMs, highMs), this, [this, step] {
        if (!m_finished)
            step();
    });
}
