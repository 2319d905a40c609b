#include "keystonetestenv.h"

#include "keystoneclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

constexpr int maxAttempts = 3;

bool waitFor(const std::function<bool()> &done, int ms)
{
    return QTest::qWaitFor(done, ms);
}

// No answer at all (reset, refused, timeout) or Keystone's own "try again".
bool isTransient(const HttpResponse &r)
{
    return r.status == 0 || r.status == 503;
}

} // namespace

bool waitUntil(const std::function<bool()> &done)
{
    return waitFor(done, 30000);
}

QJsonObject KeystoneAnswer::json() const
{
    return QJsonDocument::fromJson(response.body).object();
}

QString KeystoneAnswer::describe() const
{
    QString text = call + QStringLiteral(": ");
    if (response.status == 0) {
        text += QStringLiteral("no HTTP answer: ")
            + (response.error ? response.error->fullText() : QStringLiteral("(no error recorded)"));
    } else {
        text += QStringLiteral("HTTP %1").arg(response.status);
        if (!response.requestId.isEmpty())
            text += QStringLiteral(" (request id %1)").arg(response.requestId);
        const QByteArray body = response.body.simplified();
        text += QStringLiteral(": ")
            + (body.isEmpty() ? QStringLiteral("(empty body)") : QString::fromUtf8(body.left(500)));
    }
    if (attempts > 1)
        text += QStringLiteral(" [after %1 attempts]").arg(attempts);
    return text;
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

KeystoneAnswer KeystoneTestEnv::send(const QByteArray &method, const QString &path, const QJsonObject &body,
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

    KeystoneAnswer answer;
    answer.call = QString::fromLatin1(method) + QLatin1Char(' ') + path;
    std::optional<HttpResponse> response;
    const quint64 id = m_http.send(r, nullptr, [&response](const HttpResponse &a) { response = a; });
    // HttpClient gives up after its transfer timeout; this is only a backstop.
    const int backstopMs = m_http.transferTimeoutMs() + 10000;
    if (!waitFor([&] { return response.has_value(); }, backstopMs)) {
        m_http.cancel(id); // its callback must not run after `response` is gone
        answer.response.error
            = PlacementError::make(PlacementError::Kind::Timeout,
                                   QStringLiteral("test helper: no callback within %1 s").arg(backstopMs / 1000));
        return answer;
    }
    answer.response = *response;
    return answer;
}

KeystoneAnswer KeystoneTestEnv::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                                        const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    const bool safe = method == "GET" || method == "HEAD" || method == "PUT";
    return request(method, path, body, token, headers, safe ? Retry::Safe : Retry::Never);
}

KeystoneAnswer KeystoneTestEnv::request(const QByteArray &method, const QString &path, const QJsonObject &body,
                                        const QByteArray &token, const QList<QPair<QByteArray, QByteArray>> &headers,
                                        Retry retry)
{
    KeystoneAnswer answer;
    for (int attempt = 1;; ++attempt) {
        answer = send(method, path, body, token, headers);
        answer.attempts = attempt;
        if (retry == Retry::Never || attempt == maxAttempts || !isTransient(answer.response))
            return answer;
        qWarning("keystonetestenv: %s; trying again (%d of %d)", qPrintable(answer.describe()), attempt + 1,
                 maxAttempts);
        QTest::qWait(500 * attempt); // bounded back-off between attempts, not a wait for state
    }
}

KeystoneResult<QByteArray> KeystoneTestEnv::issueToken(const AuthConfig &config)
{
    // Issuing a token changes nothing on the server, so a lost answer is simply asked again.
    const KeystoneAnswer r
        = request("POST", QStringLiteral("/auth/tokens"), KeystoneClient::authBody(config), {}, {}, Retry::Safe);
    KeystoneResult<QByteArray> result;
    result.value = r.header("x-subject-token");
    if (r.status() != 201 || result.value.isEmpty())
        result.error = QStringLiteral("token for %1: %2").arg(config.username, r.describe());
    return result;
}

KeystoneResult<QByteArray> KeystoneTestEnv::adminToken()
{
    return issueToken(adminConfig());
}

KeystoneResult<QString> KeystoneTestEnv::idOf(const QString &collection, const QString &name, const QByteArray &token)
{
    const KeystoneAnswer r = request("GET", QStringLiteral("/%1?name=%2").arg(collection, name), {}, token);
    KeystoneResult<QString> result;
    const QJsonArray items = r.json().value(collection).toArray();
    if (r.status() != 200)
        result.error = r.describe();
    else if (items.isEmpty())
        result.error = QStringLiteral("%1: no %2 named %3").arg(r.call, collection, name);
    else
        result.value = items.first().toObject().value(QStringLiteral("id")).toString();
    return result;
}

KeystoneResult<QString> KeystoneTestEnv::createUser(const QString &name, const QString &password, const QString &role)
{
    KeystoneResult<QString> result;
    auto fail = [&](const QString &why) {
        result.value.clear();
        result.error = QStringLiteral("createUser(%1): %2").arg(name, why);
        return result;
    };
    const KeystoneResult<QByteArray> admin = adminToken();
    if (!admin)
        return fail(admin.error);

    // User names are unique in a domain, so repeating a POST whose answer was lost cannot
    // create a second user: it gets 409, and the user the first attempt made is looked up.
    const QJsonObject user { { QStringLiteral("user"),
                               QJsonObject { { QStringLiteral("name"), name },
                                             { QStringLiteral("password"), password },
                                             { QStringLiteral("domain_id"), QStringLiteral("default") } } } };
    const KeystoneAnswer created = request("POST", QStringLiteral("/users"), user, admin.value, {}, Retry::Safe);
    if (created.status() == 201) {
        result.value = created.json().value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toString();
        if (result.value.isEmpty())
            return fail(QStringLiteral("no user id in the answer: ") + created.describe());
    } else if (created.status() == 409 && created.attempts > 1) {
        const KeystoneResult<QString> existing = idOf(QStringLiteral("users"), name, admin.value);
        if (!existing)
            return fail(created.describe() + QStringLiteral("; then ") + existing.error);
        result.value = existing.value;
    } else {
        return fail(created.describe());
    }

    const KeystoneResult<QString> project = idOf(QStringLiteral("projects"), var("KEYSTONE_DEMO_PROJECT"), admin.value);
    if (!project)
        return fail(project.error);
    const KeystoneResult<QString> roleId = idOf(QStringLiteral("roles"), role, admin.value);
    if (!roleId)
        return fail(roleId.error);
    const KeystoneAnswer granted = request(
        "PUT", QStringLiteral("/projects/%1/users/%2/roles/%3").arg(project.value, result.value, roleId.value), {},
        admin.value);
    if (granted.status() != 204)
        return fail(granted.describe());
    return result;
}
