#pragma once

// Access to the real Placement the ctest fixture started (PLACEMENT_URL, PLACEMENT_TOKEN),
// with blocking helpers that tests use to arrange server state behind the client's back.

#include <QByteArray>
#include <QJsonDocument>
#include <QString>
#include <QUrl>

#include "httpclient.h"
#include "result.h"

class PlacementClient;

class LiveServer
{
public:
    LiveServer();

    bool isAvailable() const { return m_url.isValid() && !m_url.isEmpty(); }
    QString unavailableReason() const;
    QUrl url() const { return m_url; }
    QByteArray token() const { return m_token; }

    // Sends a request as a second, independent client (its own connection pool) and waits.
    HttpResponse request(const QByteArray &method, const QString &path, const QJsonDocument &body = {},
                         const QString &microversion = QStringLiteral("1.39"));

    // Creates a provider with a fresh UUID and a unique name; returns its UUID (empty on failure).
    QString createProvider(const QString &namePrefix, const QString &parentUuid = {});
    // Replaces the aggregates with the current generation; returns the new generation or -1.
    qint64 putAggregates(const QString &uuid, const QStringList &aggregates);
    qint64 generationOf(const QString &uuid);
    // Bumps the generation without touching aggregates (as nova does when traits change).
    qint64 bumpGenerationViaTraits(const QString &uuid, const QStringList &traits);

    // The provider's aggregates as the server has them now, sorted (empty on failure).
    QStringList aggregatesOf(const QString &uuid);
    // Points the client at this server and negotiates the microversion; waits for the answer.
    Result<Capabilities> connectClient(PlacementClient &client);

    static QString newUuid();

private:
    QUrl m_url;
    QByteArray m_token;
};
