#include "aggregateconsistency.h"

#include <QSet>

AggregateConsistency AggregateConsistency::compare(const QStringList &serverMembers, const QStringList &loadedMembers)
{
    const QSet<QString> server(serverMembers.cbegin(), serverMembers.cend());
    const QSet<QString> loaded(loadedMembers.cbegin(), loadedMembers.cend());
    AggregateConsistency result;
    result.serverMembers = static_cast<int>(server.size());
    result.loadedMembers = static_cast<int>(loaded.size());
    for (const QString &uuid : serverMembers) {
        if (!loaded.contains(uuid) && !result.notShown.contains(uuid))
            result.notShown << uuid;
    }
    for (const QString &uuid : loadedMembers) {
        if (!server.contains(uuid) && !result.noLongerMembers.contains(uuid))
            result.noLongerMembers << uuid;
    }
    return result;
}
