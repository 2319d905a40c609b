#pragma once

// A synthetic Placement cloud for the model benchmarks, the same for every run (seeded):
// compute nodes (roots) in racks of 40 and six zones, two of every five with two NUMA
// children (9 providers per 5 nodes), each provider in two aggregates (its zone and its rack
// group), with inventories (VCPU, MEMORY_MB, DISK_GB) and usages.

#include <QList>

#include "types.h"

struct SyntheticProvider
{
    ResourceProvider provider;
    ProviderAggregates aggregates;
    ProviderInventories inventories;
    ProviderUsages usages;
};

namespace SyntheticCloud {

// The providers of compute nodes firstNode .. firstNode + nodeCount - 1: each node's root and
// children depend only on its number, so a cloud can be made piece by piece (no copy of the
// whole input has to stay in memory beside the models). Generation 1 everywhere.
QList<SyntheticProvider> nodes(int firstNode, int nodeCount);
// How many nodes make at least `providers` providers (the cloud may have one more).
int nodesFor(int providers);
int rackOf(int node);

QList<ResourceProvider> providersOf(const QList<SyntheticProvider> &cloud);

} // namespace SyntheticCloud
