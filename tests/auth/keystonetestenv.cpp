#include "keystonetestenv.h"

#include "keystoneclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

bool waitUntil(const std::function<bool()> &done)
{
    return QTest::qWaitFor(done, 30000);
}

KeystoneTestEnv::KeystoneTestEnv()
    : m_url(QUrl(var("KEYSTONE_URL")))
{ }

AuthConfig KeystoneTestEnv::passwordConfig(const QString &user, const QString &password, const QString &project) const
{
    AuthConfig c;
    c.type = AuthType::Password;
    c.authUrl = m_url;
    c.username = user;
    c.userDomainName = QStringLiteral("Default");
    c.projectName = project;
    c.projectDomainId = QStringLiteral("default");
    c.secret = password;
    return c;
}

AuthConfig KeystoneTestEnv::adminConfig() const
{
    return passwordConfig(var("KEYSTONE_ADMIN_USER"), var("KEYSTONE_ADMIN_PASSWORD"), var("KEYSTONE_ADMIN_PROJECT"));
}

HttpResponse KeystoneTestEnv::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                                      const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    HttpRequest r;
    r.method = method;
    r.absoluteUrl = m_url;
    r.absoluteUrl.setPath(m_url.path() + path.section(QLatin1Char('?'), 0, 0));
    if (path.contains(QLatin1Char('?')))
        r.absoluteUrl.setQuery(path.section(QLatin1Char('?'), 1));
    if (!body.isEmpty())
        r.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    r.sendToken = false;
    r.sendMicroversion = false;
    r.extraHeaders = headers;
    if (!token.isEmpty())
        r.extraHeaders.append({ QByteArrayLiteral("X-Auth-Token"), token });
    std::optional<HttpResponse> response;
    m_http.send(r, nullptr, [&response](const HttpResponse &answer) { response = answer; });
    if (!waitUntil([&] { return response.has_value(); }))
        return {};
    return *response;
}

QByteArray KeystoneTestEnv::issueToken(const AuthConfig &config)
{
    const HttpResponse r = request("POST", QStringLiteral("/auth/tokens"), KeystoneClient::authBody(config));
    return r.header("x-subject-token");
}

QByteArray KeystoneTestEnv::adminToken()
{
    return issueToken(adminConfig());
}

QString KeystoneTestEnv::createUser(const QString &name, const QString &password, const QString &role)
{
    const QByteArray admin = adminToken();
    const QJsonObject user { { QStringLiteral("user"),
                               QJsonObject { { QStringLiteral("name"), name },
                                             { QStringLiteral("password"), password },
                                             { QStringLiteral("domain_id"), QStringLiteral("default") } } } };
    const HttpResponse created = request("POST", QStringLiteral("/users"), user, admin);
    const QString userId = QJsonDocument::fromJson(created.body)
                               .object()
                               .value(QStringLiteral("user"))
                               .toObject()
                               .value(QStringLiteral("id"))
                               .toString();
    auto idOf = [&](const QString &collection, const QString &n) {
        const HttpResponse r = request("GET", QStringLiteral("/%1?name=%2").arg(collection, n), {}, admin);
        return QJsonDocument::fromJson(r.body)
            .object()
            .value(collection)
            .toArray()
            .first()
            .toObject()
            .value(QStringLiteral("id"))
            .toString();
    };
    const QString project = idOf(QStringLiteral("projects"), var("KEYSTONE_DEMO_PROJECT"));
    const QString roleId = idOf(QStringLiteral("roles"), role);
    request("PUT", QStringLiteral("/projects/%1/users/%2/roles/%3").arg(project, userId, roleId), {}, admin);
    return userId;
}
