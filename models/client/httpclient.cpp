#include "httpclient.h"

#include "authenticator.h"
#include "requestlog.h"
#include "tlsdiagnosis.h"

#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <algorithm>
#include <cstring>
#include <limits>

namespace {

const QByteArray userAgent = QByteArrayLiteral("placement-inspector/" PI_VERSION_STRING);

// How much of an answer Qt holds before this client reads it. Without a limit Qt's HTTP thread
// reads as fast as the network delivers and queues it all for this thread: a 200 MiB body cost
// about 350 MiB of memory even though every chunk was read as it came, so no check made while
// receiving could keep the process near a cap. With it, the HTTP thread waits until a chunk is read.
constexpr qint64 readChunkBytes = qint64(256) * 1024;

// "64 MiB", "1.5 MiB": whole units without decimals, in the locale's words.
QString sizeText(qint64 bytes)
{
    int precision = 0;
    for (const qint64 unit : { qint64(1) << 30, qint64(1) << 20, qint64(1) << 10 }) {
        if (bytes >= unit) {
            precision = bytes % unit == 0 ? 0 : 1;
            break;
        }
    }
    return QLocale().formattedDataSize(bytes, precision, QLocale::DataSizeIecFormat);
}

PlacementError transportError(QNetworkReply::NetworkError code, const QString &text)
{
    using Kind = PlacementError::Kind;
    switch (code) {
    // Our own cancel() drops the reply before aborting it, and our own refusals (body cap, total
    // time) carry their error, so any other cancel that reaches onFinished() is Qt's transfer
    // timeout firing.
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

int HttpClient::totalTimeoutMs() const
{
    if (m_totalTimeoutMs > 0)
        return m_totalTimeoutMs;
    // Ten idle periods: a slow but honest answer (a large provider list from a loaded server)
    // keeps its data flowing and finishes long before; a trickle never does.
    const qint64 automatic = std::max<qint64>(qint64(10) * m_transferTimeoutMs, qint64(5) * 60 * 1000);
    return static_cast<int>(std::min<qint64>(automatic, std::numeric_limits<int>::max()));
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

    pending.received.clear();
    pending.sslErrors.clear();
    pending.refusal.reset();
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
    // The body is read as it arrives (onReadyRead) and Qt may hold only one chunk of it meanwhile,
    // so the cap is checked while receiving and memory never grows far past it. The limit reaches
    // Qt's HTTP thread only once the operation has started: a request without a body has started
    // by now, one with a body starts in a call that sendCustomRequest() queued, so the limit is
    // set again right after that (setting it only here let a PUT's answer be read unlimited).
    reply->setReadBufferSize(readChunkBytes);
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(readChunkBytes); }, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, id] { onHeaders(id); });
    connect(reply, &QNetworkReply::readyRead, this, [this, id] { onReadyRead(id); });
    connect(reply, &QNetworkReply::finished, this, [this, id] { onFinished(id); });
    connect(reply, &QNetworkReply::sslErrors, this, [this, id](const QList<QSslError> &errors) {
        if (const auto it = m_pending.find(id); it != m_pending.end())
            it->sslErrors = errors;
    });
    // A child of the reply, so it goes with it; stopped whenever the request ends or is cancelled.
    auto *totalTimer = new QTimer(reply);
    totalTimer->setSingleShot(true);
    connect(totalTimer, &QTimer::timeout, this, [this, id] { onTotalTimeout(id); });
    pending.totalLimitMs = totalTimeoutMs();
    pending.totalTimer = totalTimer;
    totalTimer->start(pending.totalLimitMs);
}

void HttpClient::onHeaders(quint64 id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend() || it->reply.isNull() || it->refusal || it->request.method == "HEAD")
        return;
    // An announced size over the cap is refused before a byte of the body is read.
    bool known = false;
    const qint64 announced = it->reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&known);
    if (known && announced > m_maxBodyBytes)
        refuse(id, tooLarge(announced));
}

void HttpClient::onReadyRead(quint64 id)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->reply.isNull() || it->refusal)
        return;
    // One byte past the cap is enough to know; more is never taken in.
    it->received.takeFrom(it->reply, m_maxBodyBytes + 1);
    if (it->received.size > m_maxBodyBytes)
        refuse(id, tooLarge());
}

void HttpClient::onTotalTimeout(quint64 id)
{
    const auto it = m_pending.constFind(id);
    if (it == m_pending.cend() || it->reply.isNull() || it->refusal)
        return;
    const QString seconds = QString::number(it->totalLimitMs / 1000.0);
    const bool somethingArrived
        = it->reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).isValid() || it->received.size > 0;
    refuse(id,
           PlacementError::make(PlacementError::Kind::Timeout,
                                somethingArrived
                                    ? tr("no complete answer within %1 s; the server kept sending slowly").arg(seconds)
                                    : tr("no answer within %1 s, the limit for a whole request").arg(seconds)));
}

void HttpClient::refuse(quint64 id, const PlacementError &error)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end() || it->reply.isNull())
        return;
    it->refusal = error;
    // abort() reports finished() at once, so onFinished() may already have run (and the callback
    // with it) when this returns: nothing here may be touched afterwards.
    it->reply->abort();
}

PlacementError HttpClient::tooLarge(qint64 announcedBytes) const
{
    return PlacementError::make(PlacementError::Kind::BadResponse,
                                announcedBytes >= 0
                                    ? tr("the answer is larger than %1 (it says %2); refused")
                                          .arg(sizeText(m_maxBodyBytes), sizeText(announcedBytes))
                                    : tr("the answer is larger than %1; refused").arg(sizeText(m_maxBodyBytes)));
}

void HttpClient::onFinished(quint64 id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // cancelled meanwhile
    QNetworkReply *reply = it->reply;
    if (!reply)
        return;
    if (it->totalTimer)
        it->totalTimer->stop(); // not deleted: this may run inside its own timeout()
    reply->deleteLater();
    const QUrl url = reply->request().url();
    const QVariant wireStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    HttpResponse response = responseFrom(reply, *it);
    logExchange(*it, response, url, wireStatus.isValid() ? wireStatus.toInt() : 0);

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

void HttpClient::ReceivedBody::takeFrom(QIODevice *from, qint64 limit)
{
    // Exactly what is there: QIODevice::read(n) allocates n bytes whatever it finds, and a piece
    // would keep that capacity (a trickle of single bytes in 256 KiB blocks adds up quickly).
    for (qint64 n = std::min(limit - size, from->bytesAvailable()); n > 0;
         n = std::min(limit - size, from->bytesAvailable())) {
        QByteArray piece = from->read(n);
        if (piece.isEmpty())
            return;
        size += piece.size();
        pieces.append(std::move(piece));
    }
}

QByteArray HttpClient::ReceivedBody::take()
{
    QByteArray body;
    body.reserve(size);
    for (QByteArray &piece : pieces) {
        body += piece;
        piece = QByteArray();
    }
    pieces.clear(); // `size` stays: the log reports it
    return body;
}

HttpResponse HttpClient::responseFrom(QNetworkReply *reply, Pending &pending) const
{
    HttpResponse response;
    const QVariant statusAttr = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    response.status = statusAttr.isValid() ? statusAttr.toInt() : 0;
    if (!pending.refusal && reply->isReadable()) {
        // Normally read already; this is what a transport without readyRead() left over.
        pending.received.takeFrom(reply, m_maxBodyBytes + 1);
        if (pending.received.size > m_maxBodyBytes)
            pending.refusal = tooLarge();
    }
    for (const auto &header : reply->rawHeaderPairs())
        response.headers.insert(header.first.toLower(), header.second);
    response.requestId = QString::fromLatin1(response.header("x-openstack-request-id"));
    if (response.requestId.isEmpty())
        response.requestId = QString::fromLatin1(response.header("openstack-request-id"));
    // Nova sends both x-openstack-request-id and its older x-compute-request-id (same value).
    if (response.requestId.isEmpty())
        response.requestId = QString::fromLatin1(response.header("x-compute-request-id"));

    if (pending.refusal) {
        // Stopped here: no status and no part of the body is handed on, so nothing can mistake
        // a cut-off answer (or a 401 that would start a token renewal) for a real one. The log
        // keeps the status that arrived.
        response.status = 0;
        response.error = pending.refusal;
        response.error->requestId = response.requestId;
        return response;
    }
    response.body = pending.received.take();
    if (response.status == 0) {
        response.error = transportError(reply->error(), reply->errorString());
        if (response.error->kind == PlacementError::Kind::Timeout)
            response.error->detail = tr("no data for %1 s").arg(m_transferTimeoutMs / 1000.0);
        // Qt names only the first certificate problem, in its words, and calls a server's TLS alert a
        // network error: say what is wrong and what to set instead.
        const bool clientCertificate = m_sslConfig && !m_sslConfig->localCertificate().isNull();
        if (const auto tls
            = TlsDiagnosis::explain(pending.sslErrors, reply->errorString(), reply->url().host(), clientCertificate)) {
            response.error->kind = PlacementError::Kind::Tls;
            response.error->detail = *tls;
        }
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

void HttpClient::logExchange(const Pending &pending, const HttpResponse &response, const QUrl &url,
                             int wireStatus) const
{
    RequestLogEntry entry;
    entry.started = pending.started;
    entry.method = pending.request.method;
    entry.url = url.toString();
    const ApiVersion microversion = microversionFor(pending.request);
    entry.microversion = microversion.isValid() ? microversion.toString() : QString();
    entry.status = wireStatus;
    if (response.error)
        entry.outcome = response.error->message();
    entry.durationMs = pending.timer.elapsed();
    entry.requestId = response.requestId;
    entry.responseBytes = pending.received.size; // for a refused answer: how much was taken in
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
    if (it->totalTimer)
        it->totalTimer->stop();
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
