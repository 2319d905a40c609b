#include "cloudresolver.h"

#include "cloudsconfig.h"

#include <array>

namespace {

// Keys the Keystone plugins read from "auth"; openstacksdk also accepts them at the top level.
constexpr std::array authKeys = { "auth_url",
                                  "username",
                                  "user_id",
                                  "password",
                                  "user_domain_name",
                                  "user_domain_id",
                                  "project_name",
                                  "project_id",
                                  "project_domain_name",
                                  "project_domain_id",
                                  "domain_name",
                                  "domain_id",
                                  "system_scope",
                                  "application_credential_id",
                                  "application_credential_name",
                                  "application_credential_secret",
                                  "token",
                                  "endpoint" };

QString text(const QVariantMap &map, const char *key)
{
    const QVariant v = map.value(QLatin1String(key));
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString().trimmed();
}

} // namespace

bool CloudResolver::sdkBoolean(const QVariant &value)
{
    if (value.typeId() == QMetaType::Bool)
        return value.toBool();
    return value.toString().trimmed().toLower() == QLatin1String("true");
}

QVariantMap CloudResolver::fromEnvironment(const QProcessEnvironment &env)
{
    static const QList<QPair<const char *, const char *>> authVars {
        { "OS_AUTH_URL", "auth_url" },
        { "OS_USERNAME", "username" },
        { "OS_USER_ID", "user_id" },
        { "OS_PASSWORD", "password" },
        { "OS_USER_DOMAIN_NAME", "user_domain_name" },
        { "OS_USER_DOMAIN_ID", "user_domain_id" },
        { "OS_TENANT_NAME", "project_name" },
        { "OS_PROJECT_NAME", "project_name" },
        { "OS_TENANT_ID", "project_id" },
        { "OS_PROJECT_ID", "project_id" },
        { "OS_PROJECT_DOMAIN_NAME", "project_domain_name" },
        { "OS_PROJECT_DOMAIN_ID", "project_domain_id" },
        { "OS_DOMAIN_NAME", "domain_name" },
        { "OS_DOMAIN_ID", "domain_id" },
        { "OS_SYSTEM_SCOPE", "system_scope" },
        { "OS_APPLICATION_CREDENTIAL_ID", "application_credential_id" },
        { "OS_APPLICATION_CREDENTIAL_NAME", "application_credential_name" },
        { "OS_APPLICATION_CREDENTIAL_SECRET", "application_credential_secret" },
        { "OS_TOKEN", "token" },
        { "OS_ENDPOINT", "endpoint" },
    };
    static const QList<QPair<const char *, const char *>> cloudVars {
        { "OS_AUTH_TYPE", "auth_type" },
        { "OS_REGION_NAME", "region_name" },
        { "OS_INTERFACE", "interface" },
        { "OS_CACERT", "cacert" },
        { "OS_CERT", "cert" },
        { "OS_KEY", "key" },
        { "OS_INSECURE", "insecure" },
        { "OS_PLACEMENT_API_VERSION", "placement_api_version" },
        { "OS_PLACEMENT_INTERFACE", "placement_interface" },
    };
    QVariantMap auth;
    for (const auto &[var, key] : authVars) {
        const QString value = env.value(QLatin1String(var));
        if (!value.isEmpty())
            auth.insert(QLatin1String(key), value);
    }
    QVariantMap cloud;
    for (const auto &[var, key] : cloudVars) {
        const QString value = env.value(QLatin1String(var));
        if (!value.isEmpty())
            cloud.insert(QLatin1String(key), value);
    }
    if (!auth.isEmpty())
        cloud.insert(QStringLiteral("auth"), auth);
    return cloud;
}

Result<ConnectionProfile> CloudResolver::resolve(const QString &name, QVariantMap cloud, const QString &file)
{
    const QString where = file.isEmpty() ? tr("cloud \"%1\"").arg(name) : tr("cloud \"%1\" in %2").arg(name, file);
    auto invalid = [&where](const QString &detail) {
        return PlacementError::make(PlacementError::Kind::InvalidInput, tr("%1: %2").arg(where, detail));
    };
    const QVariant authValue = cloud.value(QStringLiteral("auth"));
    if (authValue.isValid() && !authValue.isNull() && authValue.typeId() != QMetaType::QVariantMap)
        return invalid(tr("\"auth\" is not a mapping"));
    QVariantMap auth = authValue.toMap();
    for (const char *key : authKeys) {
        const QString k = QLatin1String(key);
        if (cloud.contains(k) && !auth.contains(k))
            auth.insert(k, cloud.value(k));
    }

    // regions: [RegionOne, {name: RegionTwo, values: {...}}]: the first one, its values on top.
    QString region = text(cloud, "region_name");
    if (region.isEmpty() && cloud.value(QStringLiteral("regions")).typeId() == QMetaType::QVariantList) {
        const QVariant first = cloud.value(QStringLiteral("regions")).toList().value(0);
        if (first.typeId() == QMetaType::QVariantMap) {
            region = text(first.toMap(), "name");
            cloud = CloudsConfig::deepMerge(cloud, first.toMap().value(QStringLiteral("values")).toMap());
        } else {
            region = first.toString();
        }
    }

    ConnectionProfile profile;
    profile.name = name;
    profile.origin = file.isEmpty() ? tr("environment (OS_*)") : tr("clouds.yaml: %1").arg(file);
    AuthConfig &a = profile.auth;

    QString typeName = text(cloud, "auth_type");
    if (typeName.isEmpty()) {
        if (!text(auth, "token").isEmpty())
            typeName = text(auth, "auth_url").isEmpty() && !text(auth, "endpoint").isEmpty()
                ? QStringLiteral("admin_token")
                : QStringLiteral("token");
        else if (!text(auth, "application_credential_id").isEmpty()
                 || !text(auth, "application_credential_name").isEmpty())
            typeName = QStringLiteral("v3applicationcredential");
        else
            typeName = QStringLiteral("password");
    }
    const auto type = AuthConfig::typeFromName(typeName);
    if (!type)
        return invalid(tr("auth_type \"%1\" is not supported (use password, v3password, token, v3token, "
                          "v3applicationcredential, admin_token, token_endpoint or none)")
                           .arg(typeName));
    a.type = *type;
    a.authUrl = QUrl(text(auth, "auth_url"));
    a.username = text(auth, "username");
    a.userId = text(auth, "user_id");
    a.userDomainName = text(auth, "user_domain_name");
    a.userDomainId = text(auth, "user_domain_id");
    a.projectName = text(auth, "project_name");
    a.projectId = text(auth, "project_id");
    a.projectDomainName = text(auth, "project_domain_name");
    a.projectDomainId = text(auth, "project_domain_id");
    a.domainName = text(auth, "domain_name");
    a.domainId = text(auth, "domain_id");
    // With a project, domain_* is the default domain of user and project, not a domain scope.
    if (!a.projectName.isEmpty() || !a.projectId.isEmpty()) {
        if (a.userDomainName.isEmpty() && a.userDomainId.isEmpty()) {
            a.userDomainName = a.domainName;
            a.userDomainId = a.domainId;
        }
        if (a.projectDomainName.isEmpty() && a.projectDomainId.isEmpty()) {
            a.projectDomainName = a.domainName;
            a.projectDomainId = a.domainId;
        }
        a.domainName.clear();
        a.domainId.clear();
    }
    a.systemScope = !text(auth, "system_scope").isEmpty();
    a.applicationCredentialId = text(auth, "application_credential_id");
    a.applicationCredentialName = text(auth, "application_credential_name");
    switch (a.type) {
    case AuthType::Password:
        a.secret = text(auth, "password");
        break;
    case AuthType::ApplicationCredential:
        a.secret = text(auth, "application_credential_secret");
        break;
    case AuthType::Token:
    case AuthType::Standalone:
        a.secret = text(auth, "token");
        break;
    case AuthType::None:
        break;
    }
    a.regionName = region;
    QString interface = text(cloud, "placement_interface");
    if (interface.isEmpty())
        interface = text(cloud, "interface");
    if (interface.isEmpty())
        interface = text(cloud, "endpoint_type");
    if (!interface.isEmpty() && AuthConfig::normalizedInterface(interface).isEmpty())
        return invalid(tr("interface \"%1\" is not public, internal or admin").arg(interface));
    a.interface = interface.isEmpty() ? QStringLiteral("public") : AuthConfig::normalizedInterface(interface);

    QString endpoint = text(cloud, "placement_endpoint_override");
    if (endpoint.isEmpty() && !a.usesKeystone())
        endpoint = text(auth, "endpoint");
    a.endpointOverride = QUrl(endpoint);
    a.computeEndpoint = QUrl(text(cloud, "compute_endpoint_override"));
    const QString version = text(cloud, "placement_api_version");
    if (!version.isEmpty()) {
        a.versionCap = ApiVersion::parse(version);
        if (!a.versionCap)
            return invalid(tr("placement_api_version \"%1\" is not like 1.39").arg(version));
    }

    // openstacksdk: insecure wins over verify; a cacert keeps verification on.
    a.verifyTls = cloud.contains(QStringLiteral("verify")) ? sdkBoolean(cloud.value(QStringLiteral("verify"))) : true;
    if (cloud.contains(QStringLiteral("insecure")))
        a.verifyTls = !sdkBoolean(cloud.value(QStringLiteral("insecure")));
    a.caFile = text(cloud, "cacert");
    a.certFile = text(cloud, "cert");
    a.keyFile = text(cloud, "key");

    if (const auto error = a.validate())
        return invalid(error->detail);
    return profile;
}
