#pragma once

// Keeps a Keystone token valid for one connection: issues it, renews it before it
// expires (120 s margin, at most a quarter of its lifetime) and once after a 401,
// sharing one Keystone round trip between all requests that wait for it.

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

#include "authconfig.h"
#include "authenticator.h"
#include "keystonecatalog.h"

class HttpClient;
class KeystoneClient;
class QSslConfiguration;

class AuthSession : public QObject, public HttpAuthenticator
{
    Q_OBJECT
public:
    explicit AuthSession(AuthConfig config, QObject *parent = nullptr);
    ~AuthSession() override;

    const AuthConfig &config() const { return m_config; }
    // Keystone calls go through their own HttpClient, so that cancelling Placement
    // calls (reload, profile switch) never strands a renewal half way.
    HttpClient *keystoneHttp() const { return m_http; }
    void setSslConfiguration(const QSslConfiguration &config);
    void setRenewMarginSeconds(int seconds) { m_marginSeconds = seconds; }

    // Issues the first token (or a new one, whatever the current state).
    void login(const Done &done);
    std::optional<KeystoneToken> token() const { return m_token; }
    int tokensIssued() const { return m_tokensIssued; }

    // Installs this session as the authenticator of an HttpClient (Placement's, Nova's).
    void attachTo(HttpClient *http);

    QByteArray currentToken() const override;
    bool tokenIsFresh() const override;
    void renewToken(const QByteArray &staleToken, const Done &done) override;

Q_SIGNALS:
    void tokenIssued(const QDateTime &expiresAt);
    void renewalFailed(const PlacementError &error);

private:
    void issue();

    AuthConfig m_config;
    HttpClient *m_http;
    KeystoneClient *m_keystone;
    QList<QPointer<HttpClient>> m_attachedTo;
    std::optional<KeystoneToken> m_token;
    QList<Done> m_waiting;
    bool m_issuing = false;
    int m_marginSeconds = 120;
    int m_tokensIssued = 0;
};
