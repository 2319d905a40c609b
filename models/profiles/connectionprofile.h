#pragma once

// A saved connection: a name, how to reach and authenticate to Placement (AuthConfig,
// without its secret), and per-profile preferences. Converts to and from the JSON
// the profile store writes; the secret never enters that JSON.

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include "authconfig.h"
#include "result.h"

struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionProfile)

public:
    QString name;
    AuthConfig auth; // auth.secret stays in memory or the keyring only
    bool readOnly = false;
    bool rememberSecret = true; // keep the secret in the system keyring
    QMap<QString, QString> aggregateLabels; // aggregate UUID -> local label (Placement has no names)
    QString origin; // where it came from, e.g. "clouds.yaml: /etc/openstack/clouds.yaml"

    QJsonObject toJson() const;
    // Unknown keys are ignored (a newer app may add some); wrong types are errors naming the field.
    static Result<ConnectionProfile> fromJson(const QJsonObject &json);
    // The keyring entry that holds this profile's secret.
    QString secretKey() const { return QStringLiteral("profile:") + name; }
};
Q_DECLARE_METATYPE(ConnectionProfile)
