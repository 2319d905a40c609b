#pragma once

// A resource provider for tests that build models without a server: a root when no parent
// is given, else a child whose root is its parent (pass a deeper tree's root yourself).

#include "types.h"

inline ResourceProvider testProvider(const QString &uuid, const QString &name, const QString &parent = {},
                                     qint64 generation = 1)
{
    ResourceProvider p;
    p.uuid = uuid;
    p.name = name;
    p.generation = generation;
    p.parentUuid = parent;
    p.rootUuid = parent.isEmpty() ? uuid : parent;
    return p;
}
