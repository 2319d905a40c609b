#pragma once

// Keystone v3 token issue: builds the POST /v3/auth/tokens body for each auth type
// (password, application credential, token) and parses the answer into a KeystoneToken.

#include <QJsonObject>
#include <QObject>

#include <functional>

#include "authconfig.h"
#include "keystonecatalog.h"
#include "result.h"

class HttpClient;

class KeystoneClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const Result<KeystoneToken> &)>;

    explicit KeystoneClient(HttpClient *http, QObject *parent = nullptr);

    // The request body. An application credential carries its own scope: sending one
    // makes Keystone refuse the request, so none is sent.
    static QJsonObject authBody(const AuthConfig &config);

    // Asks Keystone for a token; the callback runs once unless `context` dies first.
    quint64 issueToken(const AuthConfig &config, QObject *context, Callback callback);

private:
    HttpClient *m_http;
};
