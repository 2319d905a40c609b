#pragma once

// Does the loaded data agree with the server about one aggregate's members? The server's
// answer comes from GET /resource_providers?member_of=UUID; the loaded members from the
// provider model. Pure: no model, no network.

#include <QStringList>

struct AggregateConsistency
{
    int serverMembers = 0;
    int loadedMembers = 0;
    QStringList notShown; // members on the server that the loaded data does not show
    QStringList noLongerMembers; // shown as members here, not members on the server any more

    bool consistent() const { return notShown.isEmpty() && noLongerMembers.isEmpty(); }

    static AggregateConsistency compare(const QStringList &serverMembers, const QStringList &loadedMembers);
};
