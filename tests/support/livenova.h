#pragma once

// Access to the real Nova the `nova` ctest fixture started (NOVA_URL, NOVA_TOKEN, NOVA_DIR),
// with blocking helpers that tests use to arrange Nova's side: aggregates, their hosts, service
// status, and compute hosts without a hypervisor (scripts/nova-server add-host).

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include "httpclient.h"

class LiveNova
{
public:
    struct Aggregate
    {
        int id = -1; // Nova's integer id, which the API's paths use
        QString uuid; // the placement aggregate it mirrors to
        QString name;
        bool isValid() const { return id >= 0; }
    };

    LiveNova();

    bool isAvailable() const { return m_url.isValid() && !m_url.isEmpty() && !m_dir.isEmpty(); }
    QString unavailableReason() const;
    QUrl url() const { return m_url; }
    QByteArray token() const { return m_token; }
    QString dir() const { return m_dir; }

    // Sends a request with its own connection pool and waits (at most 60 s). The path is
    // relative to NOVA_URL (.../v2.1), e.g. "/os-aggregates".
    HttpResponse request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                         const QString &microversion = QStringLiteral("2.53"));

    // POST /os-aggregates, then the metadata (if any) with set_metadata. Invalid on failure.
    Aggregate createAggregate(const QString &name, const QString &availabilityZone = {},
                              const QJsonObject &metadata = {});
    bool addHost(int aggregateId, const QString &host);
    bool removeHost(int aggregateId, const QString &host);
    // Removes the aggregate's hosts first: Nova refuses to delete an aggregate that has any.
    bool deleteAggregate(int aggregateId);
    // PUT /os-services/{uuid} of the host's nova-compute service.
    bool setServiceDisabled(const QString &host, bool disabled, const QString &reason = {});
    QString serviceUuid(const QString &host);

    // A compute host with one compute node per (node name, provider UUID) pair, through
    // `scripts/nova-server add-host` (idempotent). Returns the service UUID, empty on failure
    // (the script's output is then in lastError()).
    QString addComputeHost(const QString &host, const QList<QPair<QString, QString>> &nodes, bool disabled = false);
    QString addComputeHost(const QString &host, const QString &node, const QString &providerUuid)
    {
        return addComputeHost(host, { { node, providerUuid } });
    }
    QString lastError() const { return m_lastError; }

    // A name no other test in this run uses, e.g. "agg-3f2a9c1e".
    static QString uniqueName(const QString &prefix);

private:
    QUrl m_url;
    QByteArray m_token;
    QString m_dir;
    QString m_lastError;
};
