// Model scale benchmark (issue 12), no server: N synthetic providers (bench/syntheticcloud.*)
// in the real window's models (AppModels + MainWindow, offscreen: both sort proxies and the
// tree exist). Each scenario runs from its call until the event loop is idle again, with the
// 5 ms stall meter running:
//   insert              mergeProviders() of all N into the empty model
//   fill                every provider's aggregates and usage, 1,000 rows per event-loop turn
//                       in a ProviderModel::BatchUpdate (as the loader applies its batches)
//   filter_key_7        ProviderBrowser::setQuickFilter("7") (what one keystroke applies after
//                       the debounce), then filter_key_7_clear back to ""
//   filter_word_r03     setQuickFilter("r03") (about 1 % of the rows), then its clear
//   sort_vcpu_desc      the table sorted by the VCPU usage column, descending (sortByColumn),
//                       then sort_name_asc back
//   tree_on, tree_off   the treeMode action
//   merge_gen_10pct     mergeProviders() of the same N where every 10th provider's generation
//                       moved (nothing added or removed)
//   merge_churn_10pct   mergeProviders() where 5 % of the providers are gone (whole racks: every
//                       20th rack with its hosts and their NUMA children) and as many new hosts
//                       were added (appended, new UUIDs)
//   merge_scattered_5pct (with --scattered) every 10th compute node removed (nodes without
//                       children: 5.6 % of the rows), one removal run each: the merge's worst case
// plus VmRSS of the empty window, after the fill, and VmHWM (peak).
// Usage: bench_model_scale N [--json FILE] [--scattered] [--gaps]   (bench/model-scale runs it)

#include "appmodels.h"
#include "benchsupport.h"
#include "mainwindow.h"
#include "providerbrowser.h"
#include "providerfilterproxy.h"
#include "providermodel.h"
#include "syntheticcloud.h"

#include <QAction>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QTableView>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>

using bench::ScenarioResult;

namespace {

class ModelScaleBench : public QObject
{
public:
    ModelScaleBench(const QStringList &args, int count)
        : m_args(args)
        , m_nodes(SyntheticCloud::nodesFor(count))
        , m_window(m_models.forWindow())
    {
        m_withGaps = args.contains(QStringLiteral("--gaps"));
        m_report[QStringLiteral("bench")] = QStringLiteral("model-scale");
        m_report[QStringLiteral("environment")] = bench::environment(args);
        m_window.resize(1400, 900);
    }

    void run()
    {
        m_window.show();
        m_steps = {
            [this] { emptyWindow(); },
            [this] { insert(); },
            [this] { fill(); },
            [this] { memoryAfterFill(); },
            [this] { quickFilter(QStringLiteral("filter_key_7"), QStringLiteral("7")); },
            [this] { quickFilter(QStringLiteral("filter_key_7_clear"), QString()); },
            [this] { quickFilter(QStringLiteral("filter_word_r03"), QStringLiteral("r03")); },
            [this] { quickFilter(QStringLiteral("filter_word_r03_clear"), QString()); },
            [this] { sort(QStringLiteral("sort_vcpu_desc"), ProviderModel::VcpuColumn, Qt::DescendingOrder); },
            [this] { sort(QStringLiteral("sort_name_asc"), ProviderModel::NameColumn, Qt::AscendingOrder); },
            [this] { treeMode(true); },
            [this] { treeMode(false); },
            [this] { mergeGenerations(); },
            [this] { mergeChurn(); },
        };
        if (m_args.contains(QStringLiteral("--scattered")))
            m_steps.append([this] { mergeScattered(); });
        m_steps.append([this] { finishRun(); });
        next();
    }

private:
    void next()
    {
        if (!m_steps.isEmpty())
            m_steps.takeFirst()();
    }

    void begin(const QString &name, const QString &what)
    {
        m_current = ScenarioResult();
        m_current.name = name;
        m_current.what = what;
        m_meter.start();
        m_clock.start();
    }

    // The synchronous part took callMs; the scenario ends when the event loop is idle again.
    void end(double callMs)
    {
        m_current.extra[QStringLiteral("call_ms")] = callMs;
        bench::whenIdle(this, [this] {
            m_current.durationMs = static_cast<double>(m_clock.nsecsElapsed()) / 1e6;
            m_meter.stop();
            bench::summarize(m_meter, m_current);
            m_current.extra[QStringLiteral("rows_in_model")] = m_models.providers()->rowCount();
            m_current.extra[QStringLiteral("rows_in_table")] = m_window.browser()->tableProxy()->rowCount();
            m_results.append(m_current);
            std::fprintf(stderr, "model-scale %d: %s %.1f ms (longest stall %.1f ms)\n", m_count,
                         qPrintable(m_current.name), m_current.durationMs, m_current.longestStallMs);
            next();
        });
    }

    double sinceBegin() const { return static_cast<double>(m_clock.nsecsElapsed()) / 1e6; }

    void emptyWindow()
    {
        QTimer::singleShot(500, this, [this] {
            m_rssEmptyKb = bench::procStatusKb("VmRSS");
            next();
        });
    }

    // The provider list of these nodes, made piece by piece (as a listing would arrive);
    // `moved` providers get generation 2.
    static QList<ResourceProvider> listOf(const QList<int> &nodes, const std::function<bool(const QString &)> &moved)
    {
        QList<ResourceProvider> providers;
        providers.reserve(nodes.size() * 2);
        for (int node : nodes) {
            for (const SyntheticProvider &p : SyntheticCloud::nodes(node, 1)) {
                providers.append(p.provider);
                if (moved && moved(p.provider.uuid))
                    providers.last().generation = 2;
            }
        }
        return providers;
    }

    // Every 10th provider, spread by UUID.
    static bool movedGeneration(const QString &uuid) { return qHash(uuid, 7U) % 10 == 0; }

    void insert()
    {
        for (int node = 0; node < m_nodes; ++node)
            m_currentNodes.append(node);
        const QList<ResourceProvider> providers = listOf(m_currentNodes, {});
        m_count = static_cast<int>(providers.size());
        begin(QStringLiteral("insert"), QStringLiteral("mergeProviders() of all providers into the empty model"));
        m_models.providers()->mergeProviders(providers);
        end(sinceBegin());
    }

    void fill()
    {
        begin(QStringLiteral("fill"),
              QStringLiteral("aggregates and usage of every provider, 1,000 rows a turn in a BatchUpdate"));
        fillFrom(0);
    }

    void fillFrom(int firstNode)
    {
        ProviderModel *model = m_models.providers();
        int node = firstNode;
        {
            ProviderModel::BatchUpdate batch(model);
            for (int rows = 0; rows < 1000 && node < m_nodes; ++node) {
                for (const SyntheticProvider &p : SyntheticCloud::nodes(node, 1)) {
                    model->setAggregates(p.provider.uuid, p.aggregates);
                    model->setUsage(p.provider.uuid, p.inventories, p.usages);
                    ++rows;
                }
            }
        }
        if (node < m_nodes) {
            QTimer::singleShot(0, this, [this, node] { fillFrom(node); });
            return;
        }
        end(sinceBegin());
    }

    void memoryAfterFill()
    {
        m_rssLoadedKb = bench::procStatusKb("VmRSS");
        m_hwmLoadedKb = bench::procStatusKb("VmHWM");
        next();
    }

    void quickFilter(const QString &name, const QString &text)
    {
        begin(name, QStringLiteral("ProviderBrowser::setQuickFilter(\"%1\") until idle").arg(text));
        m_window.browser()->setQuickFilter(text);
        end(sinceBegin());
    }

    void sort(const QString &name, int column, Qt::SortOrder order)
    {
        begin(name,
              QStringLiteral("table sortByColumn(%1, %2) until idle")
                  .arg(column)
                  .arg(order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc")));
        m_window.browser()->table()->sortByColumn(column, order);
        end(sinceBegin());
    }

    void treeMode(bool on)
    {
        begin(on ? QStringLiteral("tree_on") : QStringLiteral("tree_off"),
              QStringLiteral("treeMode action until idle"));
        m_window.action(QStringLiteral("treeMode"))->setChecked(on);
        end(sinceBegin());
    }

    void mergeGenerations()
    {
        const QList<ResourceProvider> providers = listOf(m_currentNodes, movedGeneration);
        const auto moved = std::count_if(providers.cbegin(), providers.cend(),
                                         [](const ResourceProvider &p) { return p.generation == 2; });
        begin(QStringLiteral("merge_gen_10pct"),
              QStringLiteral("mergeProviders(): every 10th provider's generation moved (by UUID hash), none added "
                             "or removed"));
        m_current.extra[QStringLiteral("moved")] = static_cast<int>(moved);
        m_models.providers()->mergeProviders(providers);
        end(sinceBegin());
    }

    // Merges the list of `nodes` (generations as after merge_gen_10pct) and reports what changed.
    void mergeNodes(const QString &name, const QString &what, const QList<int> &nodes)
    {
        const int before = m_models.providers()->rowCount();
        const QList<ResourceProvider> providers = listOf(nodes, movedGeneration);
        QSet<QString> kept;
        for (const ResourceProvider &p : providers)
            kept.insert(p.uuid);
        int removed = 0;
        for (int row = 0; row < before; ++row)
            removed
                += kept.contains(m_models.providers()->index(row, 0).data(ProviderModel::UuidRole).toString()) ? 0 : 1;
        begin(name, what);
        m_current.extra[QStringLiteral("removed")] = removed;
        m_current.extra[QStringLiteral("added")] = static_cast<int>(providers.size()) - (before - removed);
        m_models.providers()->mergeProviders(providers);
        end(sinceBegin());
        m_currentNodes = nodes;
    }

    void mergeChurn()
    {
        QList<int> nodes;
        int removedNodes = 0;
        for (int node : std::as_const(m_currentNodes)) {
            if (SyntheticCloud::rackOf(node) % 20 == 7)
                ++removedNodes;
            else
                nodes.append(node);
        }
        // As many new hosts, in new racks after the last one.
        const int firstNew = (SyntheticCloud::rackOf(m_nodes - 1) + 1) * 40;
        for (int i = 0; i < removedNodes; ++i)
            nodes.append(firstNew + i);
        mergeNodes(QStringLiteral("merge_churn_10pct"),
                   QStringLiteral("mergeProviders(): every 20th rack gone (5 %, contiguous runs), as many new hosts "
                                  "appended"),
                   nodes);
    }

    void mergeScattered()
    {
        QList<int> nodes;
        for (int node : std::as_const(m_currentNodes)) {
            if (node % 10 != 7)
                nodes.append(node);
        }
        mergeNodes(QStringLiteral("merge_scattered_5pct"),
                   QStringLiteral("mergeProviders(): every 10th compute node gone (5.6 % of the rows), one removal run "
                                  "each"),
                   nodes);
    }

    void finishRun()
    {
        const qint64 hwm = bench::procStatusKb("VmHWM");
        QJsonObject memory;
        memory[QStringLiteral("vmrss_empty_window_kb")] = m_rssEmptyKb;
        memory[QStringLiteral("vmrss_after_fill_kb")] = m_rssLoadedKb;
        memory[QStringLiteral("vmhwm_after_fill_kb")] = m_hwmLoadedKb;
        memory[QStringLiteral("vmhwm_end_kb")] = hwm;
        const double perProvider = static_cast<double>(m_rssLoadedKb - m_rssEmptyKb) * 1024.0 / m_count;
        memory[QStringLiteral("bytes_per_provider_above_empty")] = qRound(perProvider);
        bench::completeReport(m_report, m_count, memory, m_results, m_withGaps);

        std::printf("model-scale: %d synthetic providers, load average at the end %s\n", m_count,
                    qPrintable(bench::loadAverages()));
        bench::printTable(m_results);
        std::printf("memory: VmRSS empty window %lld KiB, after the fill %lld KiB (%.0f bytes per provider above "
                    "the empty window); VmHWM (peak) %lld KiB\n",
                    static_cast<long long>(m_rssEmptyKb), static_cast<long long>(m_rssLoadedKb), perProvider,
                    static_cast<long long>(hwm));
        QApplication::exit(bench::writeJson(bench::jsonPathFrom(m_args), m_report) ? 0 : 1);
    }

    QStringList m_args;
    int m_nodes;
    int m_count = 0;
    QList<int> m_currentNodes; // the nodes whose providers the model holds
    AppModels m_models;
    MainWindow m_window;
    bench::StallMeter m_meter;
    QElapsedTimer m_clock;
    bool m_withGaps = false;
    QList<std::function<void()>> m_steps;
    ScenarioResult m_current;
    QList<ScenarioResult> m_results;
    QJsonObject m_report;
    qint64 m_rssEmptyKb = 0;
    qint64 m_rssLoadedKb = 0;
    qint64 m_hwmLoadedKb = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    const int count = args.value(1).toInt();
    if (count <= 0) {
        std::fprintf(stderr, "usage: bench_model_scale N [--json FILE] [--scattered] [--gaps]\n");
        return 2;
    }
    ModelScaleBench bench(args, count);
    QTimer::singleShot(0, &bench, [&bench] { bench.run(); });
    return QApplication::exec();
}
