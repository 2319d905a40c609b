#include "httpclient.h"

#include "authenticator.h"
#include "requestlog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <cstring>

namespace {

const QByteArray userAgent = QByteArrayLiteral("placement-inspector/" PI_VERSION_STRING);

PlacementError transportError(QNetworkReply::NetworkError code, const QString &text)
{
    using Kind = PlacementError::Kind;
    switch (code) {
    // Our own cancel() drops the reply before aborting it, so a cancel that reaches
    // onFinished() can only be Qt's transfer timeout firing.
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return PlacementError::make(Kind::Timeout, text);
    case QNetworkReply::SslHandshakeFailedError:
        return PlacementError::make(Kind::Tls, text);
    default:
        return PlacementError::make(Kind::Network, text);
    }
}

// A request body that can be read exactly once (see HttpClient::start()).
class OneShotBody : public QIODevice
{
public:
    explicit OneShotBody(QByteArray data)
        : m_data(std::move(data))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }
    qint64 size() const override { return m_data.size(); }

protected:
    qint64 readData(char *out, qint64 max) override
    {
        const qint64 n = qMin(max, m_data.size() - m_offset);
        if (n <= 0)
            return m_offset >= m_data.size() ? -1 : 0;
        std::memcpy(out, m_data.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace

HttpRequest HttpRequest::get(const QString &path, const QUrlQuery &query)
{
    HttpRequest r;
    r.path = path;
    r.query = query;
    return r;
}

HttpRequest HttpRequest::put(const QString &path, const QByteArray &body)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("PUT");
    r.path = path;
    r.body = body;
    return r;
}

HttpRequest HttpRequest::post(const QString &path, const QByteArray &body)
{
    HttpRequest r;
    r.method = QByteArrayLiteral("POST");
    r.path = path;
    r.body = body;
    return r;
}

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_ownNam(new QNetworkAccessManager(this))
    , m_nam(m_ownNam)
    , m_log(new RequestLog(5000, this))
{
    // Qt follows redirects by default: a PUT could turn into a GET and the token
    // could be forwarded to another host. A 3xx is an error here instead.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setTransferTimeout(m_transferTimeoutMs);
}

HttpClient::~HttpClient()
{
    cancelAll();
}

void HttpClient::setBaseUrl(const QUrl &url)
{
    m_baseUrl = url;
    // Trailing slashes would double up with request paths.
    QString path = m_baseUrl.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    m_baseUrl.setPath(path);
}

void HttpClient::setNetworkAccessManager(QNetworkAccessManager *nam)
{
    m_nam = nam ? nam : m_ownNam;
    // Every request sets both per request too; the manager-wide values are a second guard.
    m_nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_nam->setTransferTimeout(m_transferTimeoutMs);
}

void HttpClient::setSslConfiguration(const QSslConfiguration &config)
{
    m_sslConfig = config;
    m_nam->clearConnectionCache();
}

ApiVersion HttpClient::microversionFor(const HttpRequest &request) const
{
    if (!request.sendMicroversion)
        return {};
    return request.microversion.value_or(m_microversion);
}

QUrl HttpClient::urlFor(const HttpRequest &request) const
{
    QUrl url = request.absoluteUrl.isValid() ? request.absoluteUrl : m_baseUrl;
    if (!request.absoluteUrl.isValid())
        url.setPath(m_baseUrl.path() + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

quint64 HttpClient::send(const HttpRequest &request, QObject *context, Callback callback)
{
    const quint64 id = m_nextId++;
    Pending &pending = m_pending[id];
    pending.request = request;
    pending.context = context;
    pending.hasContext = context != nullptr;
    pending.callback = std::move(callback);
    pending.started = QDateTime::currentDateTimeUtc();
    if (m_authenticator && request.sendToken && !m_authenticator->tokenIsFresh()) {
        m_authenticator->renewToken(
            m_authenticator->currentToken(),
            [this, id](const std::optional<PlacementError> &error) { resumeAfterRenewal(id, error); });
        return id;
    }
    start(id, pending);
    return id;
}

void HttpClient::start(quint64 id, Pending &pending)
{
    const HttpRequest &r = pending.request;
    QNetworkRequest request(urlFor(r));
    request.setTransferTimeout(m_transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_sslConfig)
        request.setSslConfiguration(*m_sslConfig);

    pending.sentHeaders.clear();
    auto setHeader = [&](const QByteArray &name, const QByteArray &value) {
        request.setRawHeader(name, value);
        pending.sentHeaders.append({ name, value });
    };
    setHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    setHeader(QByteArrayLiteral("User-Agent"), userAgent);
    if (!r.body.isEmpty())
        setHeader(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    const ApiVersion microversion = microversionFor(r);
    if (microversion.isValid()) {
        setHeader(QByteArrayLiteral("OpenStack-API-Version"),
                  m_microversionService + ' ' + microversion.toString().toLatin1());
        if (!m_legacyMicroversionHeader.isEmpty())
            setHeader(m_legacyMicroversionHeader, microversion.toString().toLatin1());
    }
    pending.sentToken = m_authenticator ? m_authenticator->currentToken() : m_token;
    if (r.sendToken && !pending.sentToken.isEmpty())
        setHeader(QByteArrayLiteral("X-Auth-Token"), pending.sentToken);
    for (const auto &header : r.extraHeaders)
        setHeader(header.first, header.second);

    pending.timer.start();
    QNetworkReply *reply = nullptr;
    if (r.mayBeResent()) {
        reply = r.body.isEmpty() ? m_nam->sendCustomRequest(request, r.method)
                                 : m_nam->sendCustomRequest(request, r.method, r.body);
    } else {
        // Qt silently re-sends a request once when the connection closes before the answer.
        // A write must never be repeated behind the caller's back, so its body is a device
        // that cannot rewind: Qt then fails the reply instead of sending it again.
        request.setHeader(QNetworkRequest::ContentLengthHeader, r.body.size());
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        auto *body = new OneShotBody(r.body);
        reply = m_nam->sendCustomRequest(request, r.method, body);
        body->setParent(reply);
    }
    pending.reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
}

void HttpClient::onFinished(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled meanwhile
    QNetworkReply *reply = it->reply;
    if (!reply)
        return;
    reply->deleteLater();
    const QUrl url = reply->request().url();
    HttpResponse response = responseFrom(reply);
    logExchange(*it, response, url);

    // An expired or revoked token: renew it once and send the same request again.
    if (response.status == 401 && m_authenticator && it->request.sendToken && !it->renewedAfter401) {
        it->renewedAfter401 = true;
        m_authenticator->renewToken(
            it->sentToken, [this, id](const std::optional<PlacementError> &error) { resumeAfterRenewal(id, error); });
        return;
    }

    Pending done = std::move(*it);
    m_pending.erase(it);
    if (response.status == 401)
        Q_EMIT unauthorized();
    if (done.hasContext && !done.context)
        return; // the receiver is gone
    if (done.callback)
        done.callback(response);
}

void HttpClient::resumeAfterRenewal(quint64 id, const std::optional<PlacementError> &error)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled while the token was renewed
    if (!error) {
        start(id, *it);
        return;
    }
    // No token to send: the request fails with the reason Keystone gave.
    Pending done = std::move(*it);
    m_pending.erase(it);
    HttpResponse response;
    response.status = error->httpStatus;
    response.error = error;
    if (done.hasContext && !done.context)
        return;
    if (done.callback)
        done.callback(response);
}

HttpResponse HttpClient::responseFrom(QNetworkReply *reply) const
{
    HttpResponse response;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    response.body = reply->readAll();
    for (const auto &header : reply->rawHeaderPairs())
        response.headers.insert(header.first.toLower(), header.second);
    response.requestId = QString::fromLatin1(response.header("x-openstack-request-id"));
    if (response.requestId.isEmpty())
        response.requestId = QString::fromLatin1(response.header("openstack-request-id"));
    // Nova sends both x-openstack-request-id and its older x-compute-request-id (same value).
    if (response.requestId.isEmpty())
        response.requestId = QString::fromLatin1(response.header("x-compute-request-id"));

    if (response.status == 0) {
        response.error = transportError(reply->error(), reply->errorString());
        if (response.error->kind == PlacementError::Kind::Timeout)
            response.error->detail = tr("no data for %1 s").arg(m_transferTimeoutMs / 1000.0);
    } else if (response.status < 200 || response.status >= 300) {
        response.error = PlacementError::fromHttp(response.status, response.body, response.requestId);
        if (response.error->kind == PlacementError::Kind::Redirect) {
            const QByteArray location = response.header("location");
            if (!location.isEmpty())
                response.error->detail = tr("to %1").arg(QString::fromLatin1(location));
        }
    }
    return response;
}

void HttpClient::logExchange(const Pending &pending, const HttpResponse &response, const QUrl &url) const
{
    RequestLogEntry entry;
    entry.started = pending.started;
    entry.method = pending.request.method;
    entry.url = url.toString();
    const ApiVersion microversion = microversionFor(pending.request);
    entry.microversion = microversion.isValid() ? microversion.toString() : QString();
    entry.status = response.status;
    if (response.error)
        entry.outcome = response.error->message();
    entry.durationMs = pending.timer.elapsed();
    entry.requestId = response.requestId;
    entry.responseBytes = response.body.size();
    entry.requestHeaders = pending.sentHeaders; // RequestLog redacts before storing
    entry.requestBody = pending.request.body;
    m_log->append(std::move(entry));
}

void HttpClient::cancel(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return;
    QPointer<QNetworkReply> reply = it->reply;
    m_pending.erase(it);
    if (reply) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpClient::cancelAll()
{
    const auto ids = m_pending.keys();
    for (quint64 id : ids)
        cancel(id);
}
