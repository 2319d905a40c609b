#include "syntheticcloud.h"

#include <QUuid>

#include <array>
#include <random>

namespace SyntheticCloud {

namespace {

const QUuid ns(QStringLiteral("{6f1d2c7a-3b4e-4f50-9a61-7c8d9e0f1a2b}"));

QString uuidFor(const QString &name)
{
    return QUuid::createUuidV5(ns, name).toString(QUuid::WithoutBraces);
}

constexpr int nodesPerRack = 40;

} // namespace

int rackOf(int node)
{
    return node / nodesPerRack;
}

int nodesFor(int providers)
{
    // Every five nodes hold 9 providers (nodes 0 and 1 of each five have two children).
    int nodes = providers / 9 * 5;
    int made = nodes / 5 * 9;
    while (made < providers) {
        made += nodes % 5 < 2 ? 3 : 1;
        ++nodes;
    }
    return nodes;
}

QList<SyntheticProvider> nodes(int firstNode, int nodeCount)
{
    static const std::array<const char *, 6> zones { "fra1-a", "fra1-b", "fra1-c", "ams2-a", "ams2-b", "par3-a" };
    QList<SyntheticProvider> cloud;
    cloud.reserve(nodeCount * 2);
    for (int node = firstNode; node < firstNode + nodeCount; ++node) {
        std::mt19937 random(static_cast<unsigned>(node));
        const int rack = rackOf(node);
        const QString zone = QLatin1String(zones.at(static_cast<size_t>(rack) % zones.size()));
        const QString name = QStringLiteral("cmp-%1-r%2-u%3-%4.dc.example.net")
                                 .arg(zone)
                                 .arg(rack % 100, 2, 10, QLatin1Char('0'))
                                 .arg(node % nodesPerRack + 1, 2, 10, QLatin1Char('0'))
                                 .arg(node, 6, 10, QLatin1Char('0'));
        const QStringList aggregates { uuidFor(QStringLiteral("az/") + zone),
                                       uuidFor(QStringLiteral("rack-group/%1").arg(rack % 16)) };
        const qint64 vcpu = std::array<qint64, 4> { 48, 64, 96, 128 }.at(random() % 4);
        const qint64 memory = std::array<qint64, 4> { 256, 384, 512, 768 }.at(random() % 4) * 1024;

        SyntheticProvider root;
        root.provider = { uuidFor(name), name, 1, {}, {} };
        root.provider.rootUuid = root.provider.uuid;
        root.aggregates = { aggregates, 1 };
        root.inventories.generation = 1;
        root.inventories.inventories = {
            { QStringLiteral("VCPU"), vcpu, 0, 1, vcpu, 1, 4.0 },
            { QStringLiteral("MEMORY_MB"), memory, 8192, 1, memory, 1, 1.0 },
            { QStringLiteral("DISK_GB"), 3840, 0, 1, 3840, 1, 1.0 },
        };
        root.usages = { { { QStringLiteral("VCPU"), static_cast<qint64>(random() % (vcpu * 4)) },
                          { QStringLiteral("MEMORY_MB"), static_cast<qint64>(random() % memory) },
                          { QStringLiteral("DISK_GB"), static_cast<qint64>(random() % 3840) } },
                        1 };
        cloud.append(root);
        if (node % 5 >= 2)
            continue;
        for (int numa = 0; numa < 2; ++numa) {
            SyntheticProvider child;
            const QString childName = name + QStringLiteral("_NUMA%1").arg(numa);
            child.provider = { uuidFor(childName), childName, 1, root.provider.uuid, root.provider.uuid };
            child.aggregates = { aggregates, 1 };
            child.inventories.generation = 1;
            child.inventories.inventories = {
                { QStringLiteral("VCPU"), vcpu / 2, 0, 1, vcpu / 2, 1, 4.0 },
                { QStringLiteral("MEMORY_MB"), memory / 2, 0, 1, memory / 2, 1, 1.0 },
            };
            child.usages = { { { QStringLiteral("VCPU"), static_cast<qint64>(random() % (vcpu * 2)) },
                               { QStringLiteral("MEMORY_MB"), static_cast<qint64>(random() % (memory / 2)) } },
                             1 };
            cloud.append(child);
        }
    }
    return cloud;
}

QList<ResourceProvider> providersOf(const QList<SyntheticProvider> &cloud)
{
    QList<ResourceProvider> providers;
    providers.reserve(cloud.size());
    for (const SyntheticProvider &p : cloud)
        providers.append(p.provider);
    return providers;
}

} // namespace SyntheticCloud
