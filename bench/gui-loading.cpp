// GUI loading benchmark: the real main window (offscreen) loads every provider with its
// aggregates, capacity and usage from a live Placement. Measures the longest stall of the
// GUI event loop while loading (a 5 ms precise timer that should tick steadily), the time
// to the provider list, to all aggregates and to the full load, and a refresh with nothing
// changed. Prints one "key: value" line per figure. Usage: bench_gui_loading URL [TOKEN]

#include "appcontroller.h"
#include "appmodels.h"
#include "mainwindow.h"
#include "providerloader.h"
#include "providermodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstdio>

namespace {

// Longest gap between ticks of a fast timer: how long the event loop was busy elsewhere.
class StallMeter : public QObject
{
public:
    explicit StallMeter(int intervalMs)
        : m_interval(intervalMs)
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            const qint64 gap = now - m_last;
            m_last = now;
            m_longest = std::max(m_longest, gap);
            if (gap > 50 * 1000 * 1000LL)
                ++m_over50;
        });
    }
    void start()
    {
        m_longest = 0;
        m_over50 = 0;
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double longestStallMs() const { return std::max(0.0, m_longest / 1e6 - m_interval); }
    int stallsOver50ms() const { return m_over50; }

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
    int m_over50 = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: bench_gui_loading URL [TOKEN]\n");
        return 2;
    }
    AppModels models;
    MainWindow window(models.forWindow());
    AppController controller(&models, &window);
    window.show();

    StallMeter meter(5);
    QElapsedTimer clock;
    qint64 listedMs = -1;
    qint64 aggregatesMs = -1;
    int providers = 0;
    QObject::connect(controller.loader(), &ProviderLoader::providersListed, &app, [&](int count) {
        listedMs = clock.elapsed();
        providers = count;
    });
    QObject::connect(controller.loader(), &ProviderLoader::phaseChanged, &app, [&](ProviderLoader::Phase phase) {
        if (phase == ProviderLoader::Phase::Usage && aggregatesMs < 0)
            aggregatesMs = clock.elapsed();
    });

    int run = 0;
    QObject::connect(&controller, &AppController::loadFinished, &app, [&] {
        const qint64 total = clock.elapsed();
        meter.stop();
        if (run == 0) {
            std::printf("providers: %d\n", providers);
            std::printf("first load, provider list shown after: %lld ms\n", static_cast<long long>(listedMs));
            std::printf("first load, all aggregates after: %lld ms\n", static_cast<long long>(aggregatesMs));
            std::printf("first load, everything (aggregates, inventories, usages) after: %lld ms\n",
                        static_cast<long long>(total));
            std::printf("first load, longest event-loop stall: %.1f ms\n", meter.longestStallMs());
            std::printf("first load, stalls over 50 ms: %d\n", meter.stallsOver50ms());
            run = 1;
            clock.restart();
            meter.start();
            window.action(QStringLiteral("refresh"))->trigger();
            return;
        }
        std::printf("refresh with nothing changed: %lld ms\n", static_cast<long long>(total));
        std::printf("refresh, longest event-loop stall: %.1f ms\n", meter.longestStallMs());
        QApplication::quit();
    });

    clock.start();
    meter.start();
    controller.connectTo(QUrl(args.at(1)), args.size() > 2 ? args.at(2).toUtf8() : QByteArrayLiteral("admin"));
    return QApplication::exec();
}
