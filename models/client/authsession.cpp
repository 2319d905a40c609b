#include "authsession.h"

#include "httpclient.h"
#include "keystoneclient.h"

AuthSession::AuthSession(AuthConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_http(new HttpClient(this))
    , m_keystone(new KeystoneClient(m_http, this))
{ }

AuthSession::~AuthSession()
{
    for (const QPointer<HttpClient> &http : std::as_const(m_attachedTo)) {
        if (http && http->authenticator() == this)
            http->setAuthenticator(nullptr);
    }
}

void AuthSession::setSslConfiguration(const QSslConfiguration &config)
{
    m_http->setSslConfiguration(config);
}

void AuthSession::attachTo(HttpClient *http)
{
    m_attachedTo.append(http);
    http->setAuthenticator(this);
}

void AuthSession::login(const Done &done)
{
    m_waiting.append(done);
    if (!m_issuing)
        issue();
}

QByteArray AuthSession::currentToken() const
{
    return m_token ? m_token->id : QByteArray();
}

bool AuthSession::tokenIsFresh() const
{
    if (!m_token)
        return false;
    qint64 margin = m_marginSeconds;
    if (m_token->issuedAt.isValid())
        margin = std::min(margin, m_token->issuedAt.secsTo(m_token->expiresAt) / 4);
    return QDateTime::currentDateTimeUtc().addSecs(margin) < m_token->expiresAt;
}

void AuthSession::renewToken(const QByteArray &staleToken, const Done &done)
{
    // Another request already got a newer token while this one was on the wire.
    if (m_token && m_token->id != staleToken && !m_issuing && tokenIsFresh()) {
        done(std::nullopt);
        return;
    }
    m_waiting.append(done);
    if (!m_issuing)
        issue();
}

void AuthSession::issue()
{
    m_issuing = true;
    m_keystone->issueToken(m_config, this, [this](const Result<KeystoneToken> &result) {
        m_issuing = false;
        std::optional<PlacementError> error;
        if (result) {
            m_token = result.value();
            ++m_tokensIssued;
            Q_EMIT tokenIssued(m_token->expiresAt);
        } else {
            error = result.error();
            Q_EMIT renewalFailed(*error);
        }
        const QList<Done> waiting = std::exchange(m_waiting, {});
        for (const Done &done : waiting)
            done(error);
    });
}
