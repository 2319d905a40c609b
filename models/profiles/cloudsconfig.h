#pragma once

// clouds.yaml and secure.yaml, found, parsed and merged exactly as openstacksdk does,
// and one cloud of it resolved to a ConnectionProfile (secrets included, in memory).
//
// Search order (first existing file wins): $OS_CLIENT_CONFIG_FILE, ./, $XDG_CONFIG_HOME/openstack
// (~/.config/openstack), ~/.config/openstack, $XDG_CONFIG_DIRS/openstack (/etc/xdg/openstack;
// only a single entry works, as in openstacksdk), /etc/openstack; each as clouds.yaml, clouds.yml, clouds.json.
// secure.* is searched the same way ($OS_CLIENT_SECURE_FILE first) and deep-merged over it.

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <QVariantMap>

#include "connectionprofile.h"
#include "result.h"

class CloudsConfig
{
    Q_DECLARE_TR_FUNCTIONS(CloudsConfig)

public:
    // Candidate files in search order; `base` is "clouds" or "secure".
    static QStringList searchPaths(const QString &base, const QProcessEnvironment &env, const QString &currentDir);

    // Finds, parses and merges the files. No clouds.yaml at all is not an error (no clouds).
    static Result<CloudsConfig> load(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                                     const QString &currentDir = QString());

    QString cloudsFile() const { return m_cloudsFile; }
    QString secureFile() const { return m_secureFile; }
    QStringList cloudNames() const;

    // The cloud as a profile named after it, its secret (from either file) in auth.secret.
    // Errors name the file, the cloud and the field.
    // `overrides` (OS_* variables as a cloud mapping) are merged over the entry first.
    Result<ConnectionProfile> cloud(const QString &name, const QVariantMap &overrides = {}) const;

    // Parses one YAML or JSON file into plain values. YAML 1.1 booleans stay booleans,
    // quoted strings stay strings (openstacksdk's "insecure" depends on that).
    static Result<QVariantMap> parseFile(const QString &path);
    // The same for a file's contents; `path` picks the format (JSON for *.json, else YAML)
    // and names the file in messages.
    static Result<QVariantMap> parseBytes(const QByteArray &data, const QString &path);
    static QVariantMap deepMerge(QVariantMap base, const QVariantMap &over);

private:
    QString m_cloudsFile;
    QString m_secureFile;
    QVariantMap m_clouds; // the merged "clouds" mapping
};
