// GUI loading benchmark (issue 12): the real main window (offscreen) against a live Placement.
// A 5 ms precise timer measures every gap of the GUI event loop during each scenario:
//   first_load        connectTo() until loadFinished (list, aggregates, inventories, usages)
//   refresh_unchanged the "refresh" action (F5) until loadFinished, nothing changed
//   refresh_moved     F5 after the helper moved the generations of --move providers (a PUT of
//                     their aggregates, done before the measured window) until loadFinished
//   tree_on, tree_off the "treeMode" action on and off, until the event loop is idle
//   key_type, key_erase one character typed into the quick filter (and Backspace), until the
//                     debounced filter applied and the event loop is idle
//   filter_narrow     a server-side filter (member_of an aggregate the helper put on --narrow
//                     providers) until loadFinished
//   filter_back       the filter cleared until loadFinished, or --back-cap seconds after the
//                     list arrived (then marked incomplete)
// plus the process's memory (VmRSS of the empty window, after the load; VmHWM).
// Usage: bench_gui_loading URL [TOKEN] [--json FILE] [--move N] [--narrow N] [--back-cap S]
//        [--gaps] [--helper PATH]   (bench/gui-load starts the server and seeds it)

#include "appcontroller.h"
#include "appmodels.h"
#include "benchsupport.h"
#include "mainwindow.h"
#include "providerbrowser.h"
#include "providerfilter.h"
#include "providerfilterproxy.h"
#include "providerloader.h"
#include "providermodel.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QProcess>
#include <QTimer>
#include <QUrl>

#include <cstdio>
#include <functional>
#include <utility>

using bench::ScenarioResult;

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

class GuiLoadBench : public QObject
{
public:
    GuiLoadBench(const QStringList &args)
        : m_args(args)
        , m_window(m_models.forWindow())
        , m_controller(&m_models, &m_window)
    {
        m_url = QUrl(args.at(1));
        m_token = args.size() > 2 && !args.at(2).startsWith(QLatin1String("--")) ? args.at(2).toUtf8()
                                                                                 : QByteArrayLiteral("admin");
        m_move = option(args, QStringLiteral("--move"), QStringLiteral("1000")).toInt();
        m_narrow = option(args, QStringLiteral("--narrow"), QStringLiteral("100")).toInt();
        m_backCapMs = option(args, QStringLiteral("--back-cap"), QStringLiteral("60")).toInt() * 1000;
        m_helper = option(args, QStringLiteral("--helper"), qEnvironmentVariable("PI_BENCH_MOVE_HELPER"));
        m_withGaps = args.contains(QStringLiteral("--gaps"));
        m_report[QStringLiteral("bench")] = QStringLiteral("gui-load");
        m_report[QStringLiteral("environment")] = bench::environment(args);
        m_window.resize(1400, 900);
        // Rows whose generation moved stay marked for the whole run, so a refresh can count them.
        m_models.providers()->setHighlightDuration(3600 * 1000);
        connect(&m_controller, &AppController::loadFinished, this, [this] {
            if (m_onLoadFinished)
                std::exchange(m_onLoadFinished, nullptr)();
        });
        connect(m_controller.loader(), &ProviderLoader::providersListed, this, [this] {
            if (m_onListed)
                std::exchange(m_onListed, nullptr)();
        });
    }

    void run()
    {
        m_window.show();
        m_steps = {
            [this] { emptyWindow(); },
            [this] { firstLoad(); },
            [this] {
                refresh(QStringLiteral("refresh_unchanged"), QStringLiteral("F5, nothing changed on the server"));
            },
            [this] { moveGenerations(); },
            [this] {
                refresh(QStringLiteral("refresh_moved"),
                        QStringLiteral("F5 after %1 providers' generations moved").arg(m_move));
            },
            [this] { treeMode(true); },
            [this] { treeMode(false); },
            [this] { keystroke(Qt::Key_7, QStringLiteral("7"), QStringLiteral("key_type")); },
            [this] { keystroke(Qt::Key_Backspace, QString(), QStringLiteral("key_erase")); },
            [this] { filterNarrow(); },
            [this] { filterBack(); },
            [this] { finishRun(); },
        };
        next();
    }

private:
    void next()
    {
        if (m_steps.isEmpty())
            return;
        const std::function<void()> step = m_steps.takeFirst();
        step();
    }

    void begin(const QString &name, const QString &what)
    {
        m_current = ScenarioResult();
        m_current.name = name;
        m_current.what = what;
        std::fprintf(stderr, "gui-load: %s ... (load %s)\n", qPrintable(name), qPrintable(bench::loadAverages()));
        m_meter.start();
        m_clock.start();
    }

    // Ends the scenario once the event loop is idle again (its last paint included).
    void end(bool complete = true)
    {
        bench::whenIdle(this, [this, complete] {
            m_current.durationMs = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_meter.stop();
            m_current.complete = complete;
            bench::summarize(m_meter, m_current);
            m_current.extra[QStringLiteral("providers_in_model")] = m_models.providers()->rowCount();
            m_current.extra[QStringLiteral("load_average")] = bench::loadAverages();
            m_results.append(m_current);
            std::fprintf(stderr, "gui-load: %s: %.0f ms, longest stall %.1f ms, p99 %.1f ms\n",
                         qPrintable(m_current.name), m_current.durationMs, m_current.longestStallMs,
                         m_current.p99GapMs);
            next();
        });
    }

    void fail(const QString &why)
    {
        std::fprintf(stderr, "gui-load: FAILED: %s\n", qPrintable(why));
        QApplication::exit(1);
    }

    void emptyWindow()
    {
        // Let the empty window lay out and paint before taking its memory.
        QTimer::singleShot(500, this, [this] {
            m_rssEmptyKb = bench::procStatusKb("VmRSS");
            next();
        });
    }

    void firstLoad()
    {
        begin(QStringLiteral("first_load"), QStringLiteral("connectTo() until loadFinished (everything loaded)"));
        QElapsedTimer *clock = &m_clock;
        connect(m_controller.loader(), &ProviderLoader::phaseChanged, this, [this, clock](ProviderLoader::Phase phase) {
            if (phase == ProviderLoader::Phase::Usage && !m_current.extra.contains(QStringLiteral("aggregates_ms")))
                m_current.extra[QStringLiteral("aggregates_ms")] = static_cast<double>(clock->elapsed());
        });
        m_onListed = [this, clock] {
            m_current.extra[QStringLiteral("listed_ms")] = static_cast<double>(clock->elapsed());
        };
        m_onLoadFinished = [this] {
            m_providers = m_models.providers()->rowCount();
            if (m_providers == 0) {
                fail(QStringLiteral("no providers loaded from %1").arg(m_url.toString()));
                return;
            }
            m_rssLoadedKb = bench::procStatusKb("VmRSS");
            m_hwmLoadedKb = bench::procStatusKb("VmHWM");
            end();
        };
        m_controller.connectTo(m_url, m_token);
    }

    void refresh(const QString &name, const QString &what)
    {
        begin(name, what + QStringLiteral(": the refresh action until loadFinished"));
        m_onListed = [this] {
            m_current.extra[QStringLiteral("listed_ms")] = static_cast<double>(m_clock.elapsed());
        };
        m_onLoadFinished = [this] {
            int changed = 0;
            const ProviderModel *model = m_models.providers();
            for (int row = 0; row < model->rowCount(); ++row)
                changed += model->index(row, 0).data(ProviderModel::GenerationChangedRole).toBool() ? 1 : 0;
            m_current.extra[QStringLiteral("rows_marked_changed")] = changed;
            end();
        };
        m_window.action(QStringLiteral("refresh"))->trigger();
    }

    // Not measured: the helper PUTs an aggregate on --move providers (their generations move)
    // and a second one on --narrow of them (the server-side filter selects those).
    void moveGenerations()
    {
        auto *helper = new QProcess(this);
        helper->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        connect(helper, &QProcess::finished, this, [this, helper](int code, QProcess::ExitStatus status) {
            helper->deleteLater();
            const QJsonObject out = QJsonDocument::fromJson(helper->readAllStandardOutput()).object();
            if (status != QProcess::NormalExit || code != 0 || out.isEmpty()) {
                fail(QStringLiteral("the move helper failed (exit %1)").arg(code));
                return;
            }
            m_narrowAggregate = out.value(QStringLiteral("narrow_aggregate")).toString();
            m_report[QStringLiteral("moves")] = out;
            next();
        });
        helper->start(QStringLiteral("/usr/bin/python3"),
                      { m_helper, QStringLiteral("--url"), m_url.toString(), QStringLiteral("--token"),
                        QString::fromUtf8(m_token), QStringLiteral("--count"), QString::number(m_move),
                        QStringLiteral("--narrow"), QString::number(m_narrow) });
    }

    void treeMode(bool on)
    {
        begin(on ? QStringLiteral("tree_on") : QStringLiteral("tree_off"),
              on ? QStringLiteral("table -> tree (treeMode action) until idle")
                 : QStringLiteral("tree -> table (treeMode action) until idle"));
        m_window.action(QStringLiteral("treeMode"))->setChecked(on);
        end();
    }

    void keystroke(Qt::Key key, const QString &expected, const QString &name)
    {
        QLineEdit *edit = m_window.browser()->quickFilterEdit();
        begin(name,
              QStringLiteral("one key into the quick filter until the debounced filter applied and the loop is idle"));
        const QString text = key == Qt::Key_Backspace ? QString() : expected;
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
        QApplication::sendEvent(edit, &press);
        QApplication::sendEvent(edit, &release);
        QElapsedTimer *clock = &m_clock;
        bench::whenTrue(
            this, [this, expected] { return m_window.browser()->quickFilter() == expected; },
            [this, clock] {
                m_current.extra[QStringLiteral("applied_ms")] = static_cast<double>(clock->nsecsElapsed()) / 1e6;
                m_current.extra[QStringLiteral("rows_shown")] = m_window.browser()->tableProxy()->rowCount();
                end();
            });
    }

    void filterNarrow()
    {
        ProviderFilter filter;
        filter.memberOf << QStringList { m_narrowAggregate };
        begin(QStringLiteral("filter_narrow"),
              QStringLiteral("server-side filter member_of (%1 providers) until loadFinished").arg(m_narrow));
        m_onLoadFinished = [this] {
            if (m_models.providers()->rowCount() != m_narrow) {
                fail(QStringLiteral("the filter shows %1 providers, expected %2")
                         .arg(m_models.providers()->rowCount())
                         .arg(m_narrow));
                return;
            }
            end();
        };
        m_controller.setServerFilter(filter);
    }

    void filterBack()
    {
        begin(QStringLiteral("filter_back"),
              QStringLiteral("server-side filter cleared until loadFinished (or %1 s after the list)")
                  .arg(m_backCapMs / 1000));
        auto *cap = new QTimer(this);
        cap->setSingleShot(true);
        m_onListed = [this, cap] {
            m_current.extra[QStringLiteral("listed_ms")] = static_cast<double>(m_clock.elapsed());
            if (m_backCapMs > 0)
                cap->start(m_backCapMs);
        };
        m_onLoadFinished = [this, cap] {
            cap->stop();
            end();
        };
        connect(cap, &QTimer::timeout, this, [this] {
            m_onLoadFinished = nullptr;
            end(false);
        });
        m_controller.setServerFilter(ProviderFilter());
    }

    void finishRun()
    {
        QJsonObject memory;
        const qint64 hwm = bench::procStatusKb("VmHWM");
        memory[QStringLiteral("vmrss_empty_window_kb")] = m_rssEmptyKb;
        memory[QStringLiteral("vmrss_after_load_kb")] = m_rssLoadedKb;
        memory[QStringLiteral("vmhwm_after_load_kb")] = m_hwmLoadedKb;
        memory[QStringLiteral("vmhwm_end_kb")] = hwm;
        const double perProvider
            = m_providers > 0 ? static_cast<double>(m_rssLoadedKb - m_rssEmptyKb) * 1024.0 / m_providers : 0;
        memory[QStringLiteral("bytes_per_provider_above_empty")] = qRound(perProvider);
        bench::completeReport(m_report, m_providers, memory, m_results, m_withGaps);

        std::printf("gui-load: %d providers, load average at the end %s\n", m_providers,
                    qPrintable(bench::loadAverages()));
        bench::printTable(m_results);
        std::printf("memory: VmRSS empty window %lld KiB, after the load %lld KiB (%.0f bytes per provider above "
                    "the empty window); VmHWM after the load %lld KiB, at the end %lld KiB\n",
                    static_cast<long long>(m_rssEmptyKb), static_cast<long long>(m_rssLoadedKb), perProvider,
                    static_cast<long long>(m_hwmLoadedKb), static_cast<long long>(hwm));
        QApplication::exit(bench::writeJson(bench::jsonPathFrom(m_args), m_report) ? 0 : 1);
    }

    QStringList m_args;
    AppModels m_models;
    MainWindow m_window;
    AppController m_controller;
    bench::StallMeter m_meter;
    QElapsedTimer m_clock;
    QUrl m_url;
    QByteArray m_token;
    int m_move = 1000;
    int m_narrow = 100;
    int m_backCapMs = 60000;
    QString m_helper;
    bool m_withGaps = false;
    QString m_narrowAggregate;
    QList<std::function<void()>> m_steps;
    std::function<void()> m_onLoadFinished;
    std::function<void()> m_onListed;
    ScenarioResult m_current;
    QList<ScenarioResult> m_results;
    QJsonObject m_report;
    int m_providers = 0;
    qint64 m_rssEmptyKb = 0;
    qint64 m_rssLoadedKb = 0;
    qint64 m_hwmLoadedKb = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 2 || args.at(1).startsWith(QLatin1String("--"))) {
        std::fprintf(stderr,
                     "usage: bench_gui_loading URL [TOKEN] [--json FILE] [--move N] [--narrow N] "
                     "[--back-cap S] [--gaps] [--helper PATH]\n");
        return 2;
    }
    GuiLoadBench bench(args);
    QTimer::singleShot(0, &bench, [&bench] { bench.run(); });
    return QApplication::exec();
}
