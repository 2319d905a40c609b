#pragma once

// The soak's operator: until the time is up, one task after another on the real window
// (single edits, bulk adds and removes, F5 now and then, auto-refresh on), the memory
// sampled every few seconds, and at the end a last refresh before the report is written.

#include <QObject>
#include <QPointer>
#include <QTimer>

#include "soakcontext.h"

class SoakRun;

struct SoakSettings
{
    int seconds = 180;
    double bulkShare = 0.25; // of the tasks
    int refreshEverySeconds = 6; // F5 between tasks
    int autoRefreshSeconds = 30; // View → Auto-Refresh
    int sampleEveryMs = 2000;
    int bulkMin = 5;
    int bulkMax = 25;
    // Single edits go to the first HOT providers by name 60 % of the time: the writers
    // (bench/soak_writers.py --hot) favour the same ones, so saves meet 409s.
    int hot = 20;
};

class SoakOperator : public QObject
{
    Q_OBJECT
public:
    SoakOperator(const SoakContext &context, const SoakSettings &settings, QObject *parent = nullptr);
    // After the first load: runs until the time is up, then emits done().
    void start();

Q_SIGNALS:
    void done();

private:
    void next();
    void refresh();
    void sample(bool atRest = false);
    void answerStrayModal(QWidget *modal);
    void wrapUp();
    void measureRequestLog();
    SoakRun *makeTask();

    SoakContext m_ctx;
    SoakSettings m_settings;
    QTimer m_sampler;
    QPointer<SoakRun> m_task;
    double m_lastRefresh = 0;
    double m_lastRestSample = -100;
    int m_samples = 0;
    bool m_stopping = false;
};
