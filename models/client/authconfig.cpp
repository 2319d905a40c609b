#include "authconfig.h"

QString AuthConfig::secretLabel() const
{
    switch (type) {
    case AuthType::Password:
        return tr("password");
    case AuthType::ApplicationCredential:
        return tr("application credential secret");
    case AuthType::Token:
    case AuthType::Standalone:
        return tr("token");
    case AuthType::None:
        break;
    }
    return {};
}

QUrl AuthConfig::keystoneV3Url() const
{
    QUrl url = authUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (!path.endsWith(QLatin1String("/v3")))
        path += QStringLiteral("/v3");
    url.setPath(path);
    return url;
}

std::optional<PlacementError> AuthConfig::validate() const
{
    auto missing = [](const QString &field) {
        return PlacementError::make(PlacementError::Kind::InvalidInput, tr("%1 is required").arg(field));
    };
    auto isHttp = [](const QUrl &url) {
        return url.isValid() && !url.host().isEmpty()
            && (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
    };
    if (!usesKeystone()) {
        if (endpointOverride.isEmpty())
            return missing(tr("Placement endpoint"));
        if (!isHttp(endpointOverride))
            return PlacementError::make(
                PlacementError::Kind::InvalidInput,
                tr("Placement endpoint \"%1\" is not an http(s) URL").arg(endpointOverride.toString()));
        return std::nullopt;
    }
    if (authUrl.isEmpty())
        return missing(tr("Keystone URL (auth_url)"));
    if (!isHttp(authUrl))
        return PlacementError::make(PlacementError::Kind::InvalidInput,
                                    tr("Keystone URL \"%1\" is not an http(s) URL").arg(authUrl.toString()));
    if (!endpointOverride.isEmpty() && !isHttp(endpointOverride))
        return PlacementError::make(
            PlacementError::Kind::InvalidInput,
            tr("Placement endpoint \"%1\" is not an http(s) URL").arg(endpointOverride.toString()));
    if (normalizedInterface(interface).isEmpty())
        return PlacementError::make(PlacementError::Kind::InvalidInput,
                                    tr("interface \"%1\" is not public, internal or admin").arg(interface));
    switch (type) {
    case AuthType::Password:
        if (userId.isEmpty() && username.isEmpty())
            return missing(tr("user name or user id"));
        if (userId.isEmpty() && userDomainName.isEmpty() && userDomainId.isEmpty())
            return missing(tr("user domain (name or id) for user \"%1\"").arg(username));
        if (!projectName.isEmpty() && projectId.isEmpty() && projectDomainName.isEmpty() && projectDomainId.isEmpty())
            return missing(tr("project domain (name or id) for project \"%1\"").arg(projectName));
        break;
    case AuthType::ApplicationCredential:
        if (applicationCredentialId.isEmpty() && applicationCredentialName.isEmpty())
            return missing(tr("application credential id or name"));
        if (applicationCredentialId.isEmpty() && userId.isEmpty() && username.isEmpty())
            return missing(tr("user name or id (an application credential given by name belongs to a user)"));
        if (applicationCredentialId.isEmpty() && userId.isEmpty() && userDomainName.isEmpty() && userDomainId.isEmpty())
            return missing(tr("user domain (name or id) for user \"%1\"").arg(username));
        break;
    case AuthType::Token:
    case AuthType::Standalone:
    case AuthType::None:
        break;
    }
    return std::nullopt;
}

QString AuthConfig::typeName(AuthType type)
{
    switch (type) {
    case AuthType::Password:
        return QStringLiteral("password");
    case AuthType::ApplicationCredential:
        return QStringLiteral("v3applicationcredential");
    case AuthType::Token:
        return QStringLiteral("token");
    case AuthType::Standalone:
        return QStringLiteral("admin_token");
    case AuthType::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<AuthType> AuthConfig::typeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("password") || n == QLatin1String("v3password"))
        return AuthType::Password;
    if (n == QLatin1String("v3applicationcredential") || n == QLatin1String("applicationcredential"))
        return AuthType::ApplicationCredential;
    if (n == QLatin1String("token") || n == QLatin1String("v3token"))
        return AuthType::Token;
    if (n == QLatin1String("admin_token") || n == QLatin1String("token_endpoint"))
        return AuthType::Standalone;
    if (n == QLatin1String("none") || n == QLatin1String("noauth"))
        return AuthType::None;
    return std::nullopt;
}

QString AuthConfig::typeDisplayName(AuthType type)
{
    switch (type) {
    case AuthType::Password:
        return tr("Keystone password");
    case AuthType::ApplicationCredential:
        return tr("Keystone application credential");
    case AuthType::Token:
        return tr("Keystone token");
    case AuthType::Standalone:
        return tr("Standalone endpoint and token");
    case AuthType::None:
        return tr("No authentication");
    }
    return {};
}

QList<AuthType> AuthConfig::allTypes()
{
    return { AuthType::Password, AuthType::ApplicationCredential, AuthType::Token, AuthType::Standalone,
             AuthType::None };
}

QString AuthConfig::normalizedInterface(const QString &interface)
{
    QString i = interface.trimmed().toLower();
    if (i.endsWith(QLatin1String("url")))
        i.chop(3);
    if (i == QLatin1String("public") || i == QLatin1String("internal") || i == QLatin1String("admin"))
        return i;
    return {};
}
