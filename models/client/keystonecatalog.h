#pragma once

// What Keystone answered to POST /v3/auth/tokens: the token, its lifetime, and the
// service catalog in which the Placement endpoint is looked up by type, interface and region.

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QList>
#include <QString>
#include <QUrl>

#include "result.h"

struct CatalogEndpoint
{
    QString serviceType;
    QString interface; // public, internal, admin
    QString region; // region_id (or the legacy region field)
    QUrl url;
};

class KeystoneCatalog
{
    Q_DECLARE_TR_FUNCTIONS(KeystoneCatalog)

public:
    KeystoneCatalog() = default;
    explicit KeystoneCatalog(QList<CatalogEndpoint> endpoints)
        : m_endpoints(std::move(endpoints))
    { }
    static KeystoneCatalog fromJson(const QJsonArray &catalog);

    bool isEmpty() const { return m_endpoints.isEmpty(); }
    const QList<CatalogEndpoint> &endpoints() const { return m_endpoints; }

    // The endpoint of `serviceType` for `interface`, restricted to `region` when not
    // empty. Without a region the first match wins, as keystoneauth does. The error
    // names what the catalog does offer.
    Result<QUrl> find(const QString &serviceType, const QString &interface, const QString &region) const;

private:
    QList<CatalogEndpoint> m_endpoints;
};

struct KeystoneToken
{
    QByteArray id; // X-Subject-Token; a secret
    QDateTime issuedAt;
    QDateTime expiresAt;
    QString userName;
    QString userId;
    QString projectName; // or the domain name, or "system"
    QStringList roles;
    KeystoneCatalog catalog;

    // Parses the body of a 201 from POST /v3/auth/tokens.
    static Result<KeystoneToken> fromResponse(const QByteArray &subjectToken, const QByteArray &body);
};
