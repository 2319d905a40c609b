#pragma once

// The real Keystone the "keystone" fixture started (KEYSTONE_* variables), with
// blocking admin helpers that tests use to arrange Keystone state.
//
// Every helper says why it failed: which call, the HTTP status, request id and body, or
// the transport error. Nothing returns an empty value silently. A call is repeated only
// where that is safe: when no answer arrived or Keystone said 503, and only for calls
// that change nothing or change it to the same end state (see Retry).

#include <QJsonObject>
#include <QUrl>

#include "authconfig.h"
#include "httpclient.h"

// One admin call's answer with what was called, so that a failure can name both.
struct KeystoneAnswer
{
    QString call; // "POST /users"
    HttpResponse response;
    int attempts = 0;

    int status() const { return response.status; }
    QByteArray header(const QByteArray &lowerCaseName) const { return response.header(lowerCaseName); }
    QJsonObject json() const;
    // "POST /users: HTTP 409 (request id req-...): {body}" or "POST /users: no HTTP answer: ...".
    QString describe() const;
};

// A value, or the sentence that says why there is none.
template<typename T> struct KeystoneResult
{
    T value {};
    QString error;

    bool ok() const { return error.isEmpty(); }
    explicit operator bool() const { return ok(); }
};

class KeystoneTestEnv
{
public:
    enum class Retry
    {
        Never, // a write that must not run twice
        Safe, // a read, or a write whose repetition ends in the same state (PUT, disabling a user)
    };

    KeystoneTestEnv();
    bool isAvailable() const { return m_url.isValid() && !m_url.isEmpty(); }
    QUrl url() const { return m_url; }
    static QString var(const char *name) { return qEnvironmentVariable(name); }

    // A password config for one of the fixture's users (admin, member or reader).
    AuthConfig passwordConfig(const QString &user, const QString &password, const QString &project) const;
    AuthConfig adminConfig() const;

    // Sends as a second client and waits for the answer. GET and PUT are retried by default
    // (Retry::Safe), everything else is sent once unless the caller says otherwise.
    KeystoneAnswer request(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                           const QByteArray &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    KeystoneAnswer request(const QByteArray &method, const QString &path, const QJsonObject &body,
                           const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers, Retry retry);
    // A token issued by Keystone for the given config (issuing twice does no harm, so it is retried).
    KeystoneResult<QByteArray> issueToken(const AuthConfig &config);
    KeystoneResult<QByteArray> adminToken();
    // Creates a user with the given role in project demo; returns its id.
    KeystoneResult<QString> createUser(const QString &name, const QString &password,
                                       const QString &role = QStringLiteral("member"));

private:
    KeystoneAnswer send(const QByteArray &method, const QString &path, const QJsonObject &body, const QByteArray &token,
                        const QList<QPair<QByteArray, QByteArray>> &headers);
    KeystoneResult<QString> idOf(const QString &collection, const QString &name, const QByteArray &token);

    QUrl m_url;
    HttpClient m_http;
};

// Runs the event loop until `done` is true (at most 30 s); false on timeout.
bool waitUntil(const std::function<bool()> &done);
