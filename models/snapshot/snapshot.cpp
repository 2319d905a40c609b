#include "snapshot.h"

QList<SnapshotProvider> Snapshot::unreadProviders() const
{
    QList<SnapshotProvider> unread;
    for (const SnapshotProvider &provider : providers) {
        if (!provider.aggregatesRead)
            unread << provider;
    }
    return unread;
}
