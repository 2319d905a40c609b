#include "httpclient.h"

#include "requestlog.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

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

HttpClient::HttpClient(QObject *parent)
    : QObject(parent)
    , m_nam(new QNetworkAccessManager(this))
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

void HttpClient::setSslConfiguration(const QSslConfiguration &config)
{
    m_sslConfig = config;
    m_nam->clearConnectionCache();
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
    if (r.sendMicroversion && m_microversion.isValid())
        setHeader(QByteArrayLiteral("OpenStack-API-Version"),
                  QByteArrayLiteral("placement ") + m_microversion.toString().toLatin1());
    if (r.sendToken && !m_token.isEmpty())
        setHeader(QByteArrayLiteral("X-Auth-Token"), m_token);
    for (const auto &header : r.extraHeaders)
        setHeader(header.first, header.second);

    pending.timer.start();
    QNetworkReply *reply = r.body.isEmpty() && r.method == "GET"
        ? m_nam->get(request)
        : m_nam->sendCustomRequest(request, r.method, r.body);
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

    // A kept-alive connection the server closed under us: an idempotent GET may try once more.
    if (response.status == 0 && reply->error() == QNetworkReply::RemoteHostClosedError
        && it->request.isIdempotentRead() && it->attempt == 0) {
        ++it->attempt;
        start(id, *it);
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
    entry.microversion = pending.request.sendMicroversion && m_microversion.isValid() ? m_microversion.toString()
                                                                                      : QString();
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
