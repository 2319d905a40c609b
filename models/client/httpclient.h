#pragma once

// The one place that talks HTTP: builds requests (base URL, token, microversion),
// refuses redirects, enforces a transfer timeout, a total time limit and a body size cap,
// tells a timeout from a cancel, and logs every exchange. After a connection reset Qt itself
// re-sends a request once; that is kept for reads and blocked for writes (see start()).

#include <QByteArray>
#include <QByteArrayList>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <optional>

#include "apiversion.h"
#include "placementerror.h"

class HttpAuthenticator;
class QIODevice;
class QNetworkAccessManager;
class QNetworkReply;
class RequestLog;

struct HttpRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path; // appended to the base URL's path, e.g. "/resource_providers"
    QUrlQuery query;
    QByteArray body; // JSON; sent with Content-Type application/json when not empty
    QUrl absoluteUrl; // when valid, used instead of base URL + path (Keystone calls)
    bool sendToken = true;
    bool sendMicroversion = true;
    // Sent instead of the client's negotiated microversion for this request only (Nova's
    // hypervisor list is asked below 2.88, where it would call every compute host).
    std::optional<ApiVersion> microversion;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;

    static HttpRequest get(const QString &path, const QUrlQuery &query = {});
    static HttpRequest put(const QString &path, const QByteArray &body);
    // A POST is never re-sent by Qt unless safeToRepeat says so (Nova's add_host is not).
    static HttpRequest post(const QString &path, const QByteArray &body);
    // A write whose repetition is harmless (issuing a Keystone token): like a read, Qt may send
    // it once more when a kept-alive connection turns out to be closed. Never for a PUT.
    bool safeToRepeat = false;

    bool isIdempotentRead() const { return method == "GET" || method == "HEAD"; }
    bool mayBeResent() const { return isIdempotentRead() || (safeToRepeat && method == "POST"); }
};

struct HttpResponse
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    QString requestId; // x-openstack-request-id, else openstack-request-id or x-compute-request-id (Nova)
    QHash<QByteArray, QByteArray> headers; // names in lower case
    std::optional<PlacementError> error; // set for every failure, including non-2xx answers

    bool ok() const { return !error.has_value(); }
    QByteArray header(const QByteArray &lowerCaseName) const { return headers.value(lowerCaseName); }
};

class HttpClient : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const HttpResponse &)>;

    explicit HttpClient(QObject *parent = nullptr);
    ~HttpClient() override;

    void setBaseUrl(const QUrl &url);
    QUrl baseUrl() const { return m_baseUrl; }
    void setToken(const QByteArray &token) { m_token = token; }
    QByteArray token() const { return m_token; }
    void setMicroversion(ApiVersion version) { m_microversion = version; }
    ApiVersion microversion() const { return m_microversion; }
    // The service type named in "OpenStack-API-Version: <service> X.Y" ("placement" unless set),
    // and optionally an older header that carries the bare version too (Nova's
    // X-OpenStack-Nova-API-Version, read by Nova releases and proxies that predate the first).
    void setMicroversionService(const QByteArray &serviceType, const QByteArray &legacyHeader = {})
    {
        m_microversionService = serviceType;
        m_legacyMicroversionHeader = legacyHeader;
    }
    QByteArray microversionService() const { return m_microversionService; }
    void setTransferTimeoutMs(int ms) { m_transferTimeoutMs = ms; }
    int transferTimeoutMs() const { return m_transferTimeoutMs; }
    // The longest one exchange may take however steadily data arrives: a server that sends a
    // byte now and then never trips the transfer timeout, and is stopped by this. At most 0
    // means automatic: ten transfer timeouts, and never less than five minutes.
    void setTotalTimeoutMs(int ms) { m_totalTimeoutMs = ms; }
    int totalTimeoutMs() const;
    // Answers with a larger body are refused while they arrive, never read to the end; at
    // most 0 restores the default.
    static constexpr qint64 defaultMaxBodyBytes = qint64(64) * 1024 * 1024;
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes > 0 ? bytes : defaultMaxBodyBytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }
    // Changing TLS settings drops pooled connections so the new settings take effect.
    void setSslConfiguration(const QSslConfiguration &config);
    // Sends later requests through this manager instead of the client's own, so tests can put
    // an in-memory transport under everything above (redirects, timeouts, logging, renewal
    // and the no-resend rule all still run here). Not owned: it must outlive the requests sent
    // through it. Requests already in flight finish on the manager that sent them; nullptr
    // goes back to the client's own manager.
    void setNetworkAccessManager(QNetworkAccessManager *nam);
    QNetworkAccessManager *networkAccessManager() const { return m_nam; }

    // When set, tokens come from the authenticator instead of setToken(): it is asked
    // for a fresh one before sending, and once more after a 401 (the request is then
    // sent again once). Not owned; the authenticator unsets itself when destroyed.
    void setAuthenticator(HttpAuthenticator *authenticator) { m_authenticator = authenticator; }
    HttpAuthenticator *authenticator() const { return m_authenticator; }

    RequestLog *log() const { return m_log; }

    // Starts the request. The callback runs once, unless the request is cancelled or
    // the context object is destroyed first. Returns an id for cancel().
    quint64 send(const HttpRequest &request, QObject *context, Callback callback);
    // Aborts the request; its callback is never called, late replies are ignored.
    void cancel(quint64 id);
    void cancelAll();
    int inFlight() const { return static_cast<int>(m_pending.size()); }

Q_SIGNALS:
    // A 401 arrived; the authentication layer may renew the token.
    void unauthorized();

private:
    // An answer's body as it arrives, kept in the pieces it came in: one allocation of its exact
    // size is made only for a body that is accepted, so a refused one never costs more than the
    // cap (growing one buffer cost up to twice that).
    struct ReceivedBody
    {
        QByteArrayList pieces;
        qint64 size = 0; // all taken in, also after take()

        // Takes what `from` has now, never more than `limit` bytes in all.
        void takeFrom(QIODevice *from, qint64 limit);
        // The whole body, in one buffer; the pieces are let go as they are copied.
        QByteArray take();
        void clear()
        {
            pieces.clear();
            size = 0;
        }
    };

    struct Pending
    {
        HttpRequest request;
        QPointer<QNetworkReply> reply;
        QPointer<QObject> context;
        bool hasContext = false;
        Callback callback;
        QElapsedTimer timer;
        QDateTime started;
        QList<QPair<QByteArray, QByteArray>> sentHeaders;
        QByteArray sentToken;
        bool renewedAfter401 = false;
        ReceivedBody received; // read as it arrives (see start())
        std::optional<PlacementError> refusal; // set when this client stopped the reply itself
        QList<QSslError> sslErrors; // what the TLS handshake reported, for TlsDiagnosis
        QPointer<QTimer> totalTimer;
        int totalLimitMs = 0;
    };

    void start(quint64 id, Pending &pending);
    void onHeaders(quint64 id);
    void onReadyRead(quint64 id);
    void onTotalTimeout(quint64 id);
    // Stops the reply and fails the request with `error`; `id` may be gone when this returns.
    void refuse(quint64 id, const PlacementError &error);
    PlacementError tooLarge(qint64 announcedBytes = -1) const;
    void onFinished(quint64 id);
    void resumeAfterRenewal(quint64 id, const std::optional<PlacementError> &error);
    HttpResponse responseFrom(QNetworkReply *reply, Pending &pending) const;
    void logExchange(const Pending &pending, const HttpResponse &response, const QUrl &url, int wireStatus) const;
    QUrl urlFor(const HttpRequest &request) const;
    ApiVersion microversionFor(const HttpRequest &request) const;

    QNetworkAccessManager *m_ownNam;
    QNetworkAccessManager *m_nam; // m_ownNam unless one was injected
    RequestLog *m_log;
    QUrl m_baseUrl;
    QByteArray m_token;
    HttpAuthenticator *m_authenticator = nullptr;
    ApiVersion m_microversion;
    QByteArray m_microversionService = QByteArrayLiteral("placement");
    QByteArray m_legacyMicroversionHeader;
    int m_transferTimeoutMs = 30000;
    int m_totalTimeoutMs = 0; // automatic
    qint64 m_maxBodyBytes = defaultMaxBodyBytes;
    std::optional<QSslConfiguration> m_sslConfig;
    quint64 m_nextId = 1;
    QHash<quint64, Pending> m_pending;
};
