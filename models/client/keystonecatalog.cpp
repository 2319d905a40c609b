#include "keystonecatalog.h"

#include "authconfig.h"

#include <QJsonDocument>
#include <QJsonObject>

KeystoneCatalog KeystoneCatalog::fromJson(const QJsonArray &catalog)
{
    QList<CatalogEndpoint> endpoints;
    for (const QJsonValue serviceValue : catalog) {
        const QJsonObject service = serviceValue.toObject();
        const QString type = service.value(QStringLiteral("type")).toString();
        for (const QJsonValue endpointValue : service.value(QStringLiteral("endpoints")).toArray()) {
            const QJsonObject e = endpointValue.toObject();
            CatalogEndpoint endpoint;
            endpoint.serviceType = type;
            endpoint.interface = e.value(QStringLiteral("interface")).toString();
            endpoint.region = e.value(QStringLiteral("region_id")).toString();
            if (endpoint.region.isEmpty())
                endpoint.region = e.value(QStringLiteral("region")).toString();
            endpoint.url = QUrl(e.value(QStringLiteral("url")).toString());
            endpoints.append(endpoint);
        }
    }
    return KeystoneCatalog(endpoints);
}

Result<QUrl> KeystoneCatalog::find(const QString &serviceType, const QString &interface, const QString &region) const
{
    const QString wanted = AuthConfig::normalizedInterface(interface);
    QStringList offered;
    QStringList types;
    for (const CatalogEndpoint &e : m_endpoints) {
        if (!types.contains(e.serviceType))
            types.append(e.serviceType);
        if (e.serviceType != serviceType)
            continue;
        if (e.interface == wanted && (region.isEmpty() || e.region == region) && e.url.isValid())
            return e.url;
        offered.append(tr("%1 in %2").arg(e.interface, e.region.isEmpty() ? tr("no region") : e.region));
    }
    using Kind = PlacementError::Kind;
    if (m_endpoints.isEmpty())
        return PlacementError::make(Kind::NotFound,
                                    tr("The token has no service catalog: scope it to a project, domain or system."));
    if (offered.isEmpty())
        return PlacementError::make(Kind::NotFound,
                                    tr("The service catalog has no \"%1\" service (it lists: %2).")
                                        .arg(serviceType, types.join(QStringLiteral(", "))));
    const QString where = region.isEmpty() ? tr("any region") : tr("region %1").arg(region);
    return PlacementError::make(Kind::NotFound,
                                tr("The catalog has no %1 endpoint of \"%2\" in %3 (it has: %4).")
                                    .arg(wanted, serviceType, where, offered.join(QStringLiteral(", "))));
}

Result<KeystoneToken> KeystoneToken::fromResponse(const QByteArray &subjectToken, const QByteArray &body)
{
    using Kind = PlacementError::Kind;
    if (subjectToken.isEmpty())
        return PlacementError::make(Kind::BadResponse,
                                    QCoreApplication::translate("KeystoneToken", "Keystone sent no X-Subject-Token."));
    QJsonParseError parseError {};
    const QJsonObject token
        = QJsonDocument::fromJson(body, &parseError).object().value(QStringLiteral("token")).toObject();
    if (parseError.error != QJsonParseError::NoError || token.isEmpty())
        return PlacementError::make(
            Kind::BadResponse, QCoreApplication::translate("KeystoneToken", "Keystone's token document is not JSON."));
    KeystoneToken t;
    t.id = subjectToken;
    t.issuedAt = QDateTime::fromString(token.value(QStringLiteral("issued_at")).toString(), Qt::ISODateWithMs);
    t.expiresAt = QDateTime::fromString(token.value(QStringLiteral("expires_at")).toString(), Qt::ISODateWithMs);
    if (!t.expiresAt.isValid())
        return PlacementError::make(
            Kind::BadResponse,
            QCoreApplication::translate("KeystoneToken", "Keystone's token has no valid expires_at."));
    const QJsonObject user = token.value(QStringLiteral("user")).toObject();
    t.userName = user.value(QStringLiteral("name")).toString();
    t.userId = user.value(QStringLiteral("id")).toString();
    if (token.contains(QStringLiteral("project")))
        t.projectName = token.value(QStringLiteral("project")).toObject().value(QStringLiteral("name")).toString();
    else if (token.contains(QStringLiteral("domain")))
        t.projectName = token.value(QStringLiteral("domain")).toObject().value(QStringLiteral("name")).toString();
    else if (token.contains(QStringLiteral("system")))
        t.projectName = QStringLiteral("system");
    for (const QJsonValue role : token.value(QStringLiteral("roles")).toArray())
        t.roles.append(role.toObject().value(QStringLiteral("name")).toString());
    t.catalog = KeystoneCatalog::fromJson(token.value(QStringLiteral("catalog")).toArray());
    return t;
}
