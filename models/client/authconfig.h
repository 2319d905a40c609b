#pragma once

// Everything needed to reach one Placement: how to authenticate (Keystone password,
// application credential, token, or a standalone endpoint), where, and with which TLS
// settings. Profiles, clouds.yaml and OS_* variables all resolve to this value.

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include "apiversion.h"
#include "placementerror.h"

enum class AuthType
{
    Password, // Keystone v3 password
    ApplicationCredential, // Keystone v3 application credential (id + secret, or name + user)
    Token, // Keystone v3 token method: exchanges a token for a scoped one with a catalog
    Standalone, // Placement endpoint + fixed token, no Keystone (admin_token / token_endpoint)
    None, // no authentication: sends the placeholder token "notused" like keystoneauth's noauth
};

struct AuthConfig
{
    Q_DECLARE_TR_FUNCTIONS(AuthConfig)

public:
    AuthType type = AuthType::Password;
    QUrl authUrl; // Keystone, with or without the /v3 suffix

    QString username;
    QString userId;
    QString userDomainName;
    QString userDomainId;

    QString projectName;
    QString projectId;
    QString projectDomainName;
    QString projectDomainId;
    QString domainName; // domain scope
    QString domainId;
    bool systemScope = false;

    QString applicationCredentialId;
    QString applicationCredentialName;

    QString regionName;
    QString interface = QStringLiteral("public"); // public, internal or admin
    QUrl endpointOverride; // the Placement endpoint; required for Standalone and None
    // Nova's compute endpoint (its names for aggregates and hosts). Optional: without it,
    // Keystone profiles take it from the catalog; standalone setups then have no Nova data.
    QUrl computeEndpoint;
    std::optional<ApiVersion> versionCap;

    QString caFile;
    QString certFile;
    QString keyFile;
    bool verifyTls = true;

    // The password, application-credential secret or token, depending on type.
    // Lives in memory and in the keyring only: the profile store never writes it.
    QString secret;

    bool usesKeystone() const { return type != AuthType::Standalone && type != AuthType::None; }
    bool needsSecret() const { return type != AuthType::None; }
    // "password", "application credential secret" or "token", for prompts.
    QString secretLabel() const;
    // Keystone's v3 base URL: authUrl with "/v3" appended unless already there.
    QUrl keystoneV3Url() const;
    // Refuses incomplete settings before any request, naming the missing field.
    std::optional<PlacementError> validate() const;

    // Stable names used in files: password, v3applicationcredential, token, admin_token, none.
    static QString typeName(AuthType type);
    static std::optional<AuthType> typeFromName(const QString &name);
    // Human-readable type names, for the profile dialog.
    static QString typeDisplayName(AuthType type);
    static QList<AuthType> allTypes();
    // "public", "internal", "admin"; "publicURL" and friends are accepted on input.
    static QString normalizedInterface(const QString &interface);
};
