#pragma once

// What the quick filter searches in a provider: its name, UUID, every aggregate UUID with
// its local label and Nova's words for it (name, zone, projects, traits), and its Nova host.
// One list for both the model's FilterTextRole and the filter proxy, which matches field by
// field instead of joining them (a keystroke at 100,000 providers builds no strings).

#include "aggregatelabels.h"
#include "novaoverlay.h"
#include "providermodel.h"

// Calls visit(text) for each field until it returns true; returns whether one did.
template<typename Visit>
bool anyProviderFilterField(const ProviderModel::Row &r, const AggregateLabels *labels, const NovaOverlay *nova,
                            Visit &&visit)
{
    if (visit(r.provider.name) || visit(r.provider.uuid))
        return true;
    for (const QString &uuid : r.aggregates.aggregates) {
        if (visit(uuid))
            return true;
        if (labels && visit(labels->label(uuid)))
            return true;
        if (nova && visit(nova->filterText(uuid)))
            return true;
    }
    return nova && visit(nova->hostOf(r.provider.uuid));
}
