#pragma once

// Turns one openstacksdk cloud mapping (clouds.yaml entry, or the OS_* variables put in
// the same shape) into a ConnectionProfile, applying openstacksdk's fix-ups: top-level
// auth keys, inferred token auth, domain_* as the user/project domain default, regions
// lists, placement_* service options and the verify/cacert/insecure rules.

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QVariantMap>

#include "connectionprofile.h"
#include "result.h"

class CloudResolver
{
    Q_DECLARE_TR_FUNCTIONS(CloudResolver)

public:
    // `file` only serves error messages ("cloud X in FILE: ...").
    static Result<ConnectionProfile> resolve(const QString &name, QVariantMap cloud, const QString &file);

    // The OS_* variables the openstack CLI reads, as a cloud mapping; empty when none is set.
    // The CLI lets them override the clouds.yaml entry, so they are merged over it.
    static QVariantMap fromEnvironment(const QProcessEnvironment &env);

    // openstacksdk's get_boolean: a boolean as is, a string only when it is "true".
    static bool sdkBoolean(const QVariant &value);
};
