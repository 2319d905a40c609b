#include "keystoneclient.h"

#include "httpclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

QJsonObject domainRef(const QString &id, const QString &name)
{
    if (!id.isEmpty())
        return { { QStringLiteral("id"), id } };
    return { { QStringLiteral("name"), name } };
}

QJsonObject userRef(const AuthConfig &c)
{
    if (!c.userId.isEmpty())
        return { { QStringLiteral("id"), c.userId } };
    return { { QStringLiteral("name"), c.username },
             { QStringLiteral("domain"), domainRef(c.userDomainId, c.userDomainName) } };
}

QJsonObject scopeOf(const AuthConfig &c)
{
    if (!c.projectId.isEmpty())
        return { { QStringLiteral("project"), QJsonObject { { QStringLiteral("id"), c.projectId } } } };
    if (!c.projectName.isEmpty()) {
        // openstacksdk falls back to the user's domain when no project domain is given.
        const bool ownDomain = !c.projectDomainId.isEmpty() || !c.projectDomainName.isEmpty();
        const QJsonObject domain = ownDomain ? domainRef(c.projectDomainId, c.projectDomainName)
                                             : domainRef(c.userDomainId, c.userDomainName);
        return { { QStringLiteral("project"),
                   QJsonObject { { QStringLiteral("name"), c.projectName }, { QStringLiteral("domain"), domain } } } };
    }
    if (!c.domainId.isEmpty() || !c.domainName.isEmpty())
        return { { QStringLiteral("domain"), domainRef(c.domainId, c.domainName) } };
    if (c.systemScope)
        return { { QStringLiteral("system"), QJsonObject { { QStringLiteral("all"), true } } } };
    return {};
}

} // namespace

KeystoneClient::KeystoneClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{ }

QJsonObject KeystoneClient::authBody(const AuthConfig &c)
{
    QJsonObject identity;
    bool scoped = true;
    switch (c.type) {
    case AuthType::Password: {
        QJsonObject user = userRef(c);
        user.insert(QStringLiteral("password"), c.secret);
        identity = { { QStringLiteral("methods"), QJsonArray { QStringLiteral("password") } },
                     { QStringLiteral("password"), QJsonObject { { QStringLiteral("user"), user } } } };
        break;
    }
    case AuthType::ApplicationCredential: {
        QJsonObject credential { { QStringLiteral("secret"), c.secret } };
        if (!c.applicationCredentialId.isEmpty()) {
            credential.insert(QStringLiteral("id"), c.applicationCredentialId);
        } else {
            credential.insert(QStringLiteral("name"), c.applicationCredentialName);
            credential.insert(QStringLiteral("user"), userRef(c));
        }
        identity = { { QStringLiteral("methods"), QJsonArray { QStringLiteral("application_credential") } },
                     { QStringLiteral("application_credential"), credential } };
        scoped = false;
        break;
    }
    case AuthType::Token:
    case AuthType::Standalone:
    case AuthType::None:
        identity = { { QStringLiteral("methods"), QJsonArray { QStringLiteral("token") } },
                     { QStringLiteral("token"), QJsonObject { { QStringLiteral("id"), c.secret } } } };
        break;
    }
    QJsonObject auth { { QStringLiteral("identity"), identity } };
    const QJsonObject scope = scoped ? scopeOf(c) : QJsonObject();
    if (!scope.isEmpty())
        auth.insert(QStringLiteral("scope"), scope);
    return { { QStringLiteral("auth"), auth } };
}

quint64 KeystoneClient::issueToken(const AuthConfig &config, QObject *context, Callback callback)
{
    HttpRequest request;
    request.method = QByteArrayLiteral("POST");
    request.absoluteUrl = config.keystoneV3Url();
    request.absoluteUrl.setPath(request.absoluteUrl.path() + QStringLiteral("/auth/tokens"));
    request.body = QJsonDocument(authBody(config)).toJson(QJsonDocument::Compact);
    request.sendToken = false;
    request.sendMicroversion = false;
    // A second token is harmless, and uWSGI-served Keystones (Debian's) close kept-alive
    // connections without saying so: let Qt send it again once on a connection that died.
    request.safeToRepeat = true;
    return m_http->send(request, context, [callback = std::move(callback)](const HttpResponse &response) {
        if (!response.ok()) {
            callback(*response.error);
            return;
        }
        callback(KeystoneToken::fromResponse(response.header("x-subject-token"), response.body));
    });
}
