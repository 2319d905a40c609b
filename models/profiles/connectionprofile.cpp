#include "connectionprofile.h"

#include <QJsonArray>

namespace {

void putIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

} // namespace

QJsonObject ConnectionProfile::toJson() const
{
    const AuthConfig &a = auth;
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("auth_type"), AuthConfig::typeName(a.type));
    putIfSet(o, "auth_url", a.authUrl.toString());
    putIfSet(o, "username", a.username);
    putIfSet(o, "user_id", a.userId);
    putIfSet(o, "user_domain_name", a.userDomainName);
    putIfSet(o, "user_domain_id", a.userDomainId);
    putIfSet(o, "project_name", a.projectName);
    putIfSet(o, "project_id", a.projectId);
    putIfSet(o, "project_domain_name", a.projectDomainName);
    putIfSet(o, "project_domain_id", a.projectDomainId);
    putIfSet(o, "domain_name", a.domainName);
    putIfSet(o, "domain_id", a.domainId);
    if (a.systemScope)
        o.insert(QStringLiteral("system_scope"), QStringLiteral("all"));
    putIfSet(o, "application_credential_id", a.applicationCredentialId);
    putIfSet(o, "application_credential_name", a.applicationCredentialName);
    putIfSet(o, "region_name", a.regionName);
    o.insert(QStringLiteral("interface"), a.interface);
    putIfSet(o, "placement_endpoint_override", a.endpointOverride.toString());
    putIfSet(o, "compute_endpoint_override", a.computeEndpoint.toString());
    if (a.versionCap)
        o.insert(QStringLiteral("placement_api_version"), a.versionCap->toString());
    putIfSet(o, "cacert", a.caFile);
    putIfSet(o, "cert", a.certFile);
    putIfSet(o, "key", a.keyFile);
    o.insert(QStringLiteral("verify"), a.verifyTls);
    o.insert(QStringLiteral("read_only"), readOnly);
    o.insert(QStringLiteral("remember_secret"), rememberSecret);
    putIfSet(o, "origin", origin);
    QJsonObject labels;
    for (auto it = aggregateLabels.constBegin(); it != aggregateLabels.constEnd(); ++it)
        labels.insert(it.key(), it.value());
    if (!labels.isEmpty())
        o.insert(QStringLiteral("aggregate_labels"), labels);
    return o;
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &json)
{
    ConnectionProfile p;
    QString badField;
    auto str = [&](const char *key) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString() && badField.isEmpty())
            badField = QLatin1String(key);
        return v.toString();
    };
    auto boolean = [&](const char *key, bool fallback) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool() && badField.isEmpty())
            badField = QLatin1String(key);
        return v.toBool(fallback);
    };
    auto invalid = [](const QString &text) {
        return PlacementError::make(PlacementError::Kind::InvalidInput, text);
    };

    p.name = str("name").trimmed();
    if (p.name.isEmpty())
        return invalid(tr("a profile has no name"));
    const auto type = AuthConfig::typeFromName(str("auth_type"));
    if (!type)
        return invalid(tr(R"(profile "%1": unknown auth_type "%2")").arg(p.name, str("auth_type")));
    AuthConfig &a = p.auth;
    a.type = *type;
    a.authUrl = QUrl(str("auth_url"));
    a.username = str("username");
    a.userId = str("user_id");
    a.userDomainName = str("user_domain_name");
    a.userDomainId = str("user_domain_id");
    a.projectName = str("project_name");
    a.projectId = str("project_id");
    a.projectDomainName = str("project_domain_name");
    a.projectDomainId = str("project_domain_id");
    a.domainName = str("domain_name");
    a.domainId = str("domain_id");
    a.systemScope = !str("system_scope").isEmpty();
    a.applicationCredentialId = str("application_credential_id");
    a.applicationCredentialName = str("application_credential_name");
    a.regionName = str("region_name");
    const QString interface = str("interface");
    a.interface = interface.isEmpty() ? QStringLiteral("public") : interface;
    a.endpointOverride = QUrl(str("placement_endpoint_override"));
    a.computeEndpoint = QUrl(str("compute_endpoint_override"));
    const QString cap = str("placement_api_version");
    if (!cap.isEmpty()) {
        a.versionCap = ApiVersion::parse(cap);
        if (!a.versionCap)
            return invalid(tr(R"(profile "%1": placement_api_version "%2" is not like 1.39)").arg(p.name, cap));
    }
    a.caFile = str("cacert");
    a.certFile = str("cert");
    a.keyFile = str("key");
    a.verifyTls = boolean("verify", true);
    p.readOnly = boolean("read_only", false);
    p.rememberSecret = boolean("remember_secret", true);
    p.origin = str("origin");
    const QJsonObject labels = json.value(QStringLiteral("aggregate_labels")).toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        p.aggregateLabels.insert(it.key(), it.value().toString());
    if (!badField.isEmpty())
        return invalid(tr(R"(profile "%1": field "%2" has the wrong type)").arg(p.name, badField));
    return p;
}
