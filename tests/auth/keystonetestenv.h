#pragma once

// The real Keystone the "keystone" fixture started (KEYSTONE_* variables), with
// blocking admin helpers that tests use to arrange Keystone state.

#include <QJsonObject>
#include <QUrl>

#include "authconfig.h"
#include "httpclient.h"

class KeystoneTestEnv
{
public:
    KeystoneTestEnv();
    bool isAvailable() const { return m_url.isValid() && !m_url.isEmpty(); }
    QUrl url() const { return m_url; }
    static QString var(const char *name) { return qEnvironmentVariable(name); }

    // A password config for one of the fixture's users (admin, member or reader).
    AuthConfig passwordConfig(const QString &user, const QString &password, const QString &project) const;
    AuthConfig adminConfig() const;

    // Sends as a second client and waits (30 s at most).
    HttpResponse request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                         const QByteArray &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    // A token issued by Keystone, for the given config.
    QByteArray issueToken(const AuthConfig &config);
    QByteArray adminToken();
    // Creates a user with the member role in project demo; returns its id.
    QString createUser(const QString &name, const QString &password, const QString &role = QStringLiteral("member"));

private:
    QUrl m_url;
    HttpClient m_http;
};

// Runs the event loop until `done` is true (at most 30 s); false on timeout.
bool waitUntil(const std::function<bool()> &done);
