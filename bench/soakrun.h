#pragma once

// One operator task of the soak (an edit, a bulk edit): started once, says finished() once,
// and records itself in the ledger. A watchdog turns a task that stops making progress into
// a recorded problem ("stuck") instead of a hung soak.

#include <QObject>
#include <QTimer>

#include <functional>

#include "soakcontext.h"

class SoakRun : public QObject
{
    Q_OBJECT
public:
    explicit SoakRun(const SoakContext &context, QObject *parent = nullptr);
    virtual void start() = 0;

Q_SIGNALS:
    void finished();

protected:
    // Some progress was made: the watchdog starts again.
    void progress();
    void finish();
    // Runs `step` after a random operator pause.
    void later(int lowMs, int highMs, const std::function<void()> &step);
    // The watchdog fired: record what the run was waiting for and get the window back to rest.
    virtual void abandon() = 0;
    bool isFinished() const { return m_finished; }

    SoakContext m_ctx;

private:
    QTimer m_watchdog;
    bool m_finished = false;
};
