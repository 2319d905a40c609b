#pragma once

// An in-memory transport to put under HttpClient (HttpClient::setNetworkAccessManager):
// answers come from a per-(method, path) script or from a fallback handler such as
// FakePlacement, never from a socket. Every request is recorded with the moment it
// started and finished, so tests can assert exact sequences, counts and overlaps.
// Replies finish asynchronously (queued), like a real network; held replies wait until
// the test releases them, stalled ones until the request's transfer timeout fires.

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPair>
#include <QPointer>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <deque>
#include <functional>
#include <optional>

class FakeReply;
class PlacementClient;

// One scripted answer.
struct FakeResponse
{
    enum class Kind
    {
        Http, // status, headers and body
        NetworkError, // no HTTP answer: connection refused, closed, ...
        Stall, // never answers; the request's transfer timeout ends it like Qt's would
    };

    Kind kind = Kind::Http;
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Type and the request id are added
    QString requestId; // x-openstack-request-id; "req-<request index>" when empty
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool held = false; // waits for FakeNetwork::release()
    bool applyFirst = false; // the fallback handler processes the request, the client gets this

    static FakeResponse json(int status, const QByteArray &body, const QString &requestId = {});
    static FakeResponse json(int status, const QJsonObject &body, const QString &requestId = {});
    // Placement's error document: {"errors": [{"status", "title", "detail", "code", "request_id"}]}.
    static FakeResponse placementError(int status, const QString &title, const QString &detail,
                                       const QString &code = {}, const QString &requestId = {});
    // 409 placement.concurrent_update, as a generation-checked write meets it.
    static FakeResponse concurrentUpdate(const QString &requestId = {});
    static FakeResponse networkError(QNetworkReply::NetworkError error = QNetworkReply::ConnectionRefusedError);
    static FakeResponse stall();
    // Placement's version document for GET / (microversions 1.0 to 1.39).
    static FakeResponse versionDocument();

    FakeResponse heldUntilReleased() const;
    // A lost answer to a request the server did carry out: the fallback handler (the
    // in-memory Placement) applies it, then the client gets this answer instead.
    FakeResponse afterApplying() const;
};
Q_DECLARE_METATYPE(FakeResponse)

// One request as the server saw it.
struct FakeRequest
{
    int index = -1;
    QByteArray method;
    QString path;
    QUrlQuery query;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    int startedAt = -1; // position in the network's sequence of starts and finishes
    int finishedAt = -1; // -1 while in flight
    bool held = false; // waiting for release() now
    bool aborted = false; // the client aborted it (cancel)
    int status = 0; // the HTTP status it got; 0 for none (network error, stall, abort)

    bool isFinished() const { return finishedAt >= 0; }
    QJsonObject json() const; // the body as a JSON object (empty when not one)
    QString toString() const; // "#3 PUT /resource_providers/…/aggregates -> 409"
};

class FakeNetwork : public QNetworkAccessManager
{
    Q_OBJECT
public:
    using Handler = std::function<FakeResponse(const FakeRequest &)>;

    // The endpoint to give the client; requests are matched on their path only.
    static QUrl baseUrl() { return QUrl(QStringLiteral("http://placement.fake")); }

    explicit FakeNetwork(QObject *parent = nullptr);
    ~FakeNetwork() override;

    // Path patterns are exact paths or wildcards ("/resource_providers/*/aggregates": a "*"
    // stays within one path segment); an empty method or pattern matches any.
    // Queued answers are used once each, in order, before any standing answer.
    void enqueue(const QByteArray &method, const QString &pathPattern, const FakeResponse &response, int times = 1);
    void respondAlways(const QByteArray &method, const QString &pathPattern, const FakeResponse &response);
    void servePlacementRoot() { respondAlways("GET", QStringLiteral("/"), FakeResponse::versionDocument()); }
    // Answers what no script covers (FakePlacement::serve() installs itself here). Without
    // one, such a request gets a 501 and is listed in unscripted().
    void setFallback(Handler handler) { m_fallback = std::move(handler); }
    // Matching requests wait until released, whatever answers them.
    void setHold(const QByteArray &method, const QString &pathPattern, bool on = true);

    QList<int> heldRequests() const;
    // Lets a held request answer (asynchronously). False when it is not held (or aborted).
    bool release(int index);
    int releaseAll();

    const QList<FakeRequest> &requests() const { return m_requests; }
    QList<FakeRequest> requests(const QByteArray &method, const QString &pathPattern = {}) const;
    const FakeRequest &request(int index) const { return m_requests.at(index); }
    int count(const QByteArray &method, const QString &pathPattern = {}) const;
    int inFlight() const { return m_inFlight; }
    int maxInFlight() const { return m_maxInFlight; }
    void resetMaxInFlight() { m_maxInFlight = m_inFlight; }
    QStringList unscripted() const { return m_unscripted; }
    // Every request so far, one line each: for failure messages.
    QString describe() const;

    static bool matches(const FakeRequest &request, const QByteArray &method, const QString &pathPattern);

Q_SIGNALS:
    // Emitted while the client sends (the answer is decided later): a slot may change the
    // in-memory server here to race the client.
    void requestStarted(int index);
    void requestHeld(int index);
    void requestFinished(int index);

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData) override;

private:
    friend class FakeReply;
    struct Rule
    {
        QByteArray method;
        QString pattern;
        QRegularExpression regex;
        std::deque<FakeResponse> queue;
        std::optional<FakeResponse> always;
    };

    Rule &ruleFor(const QByteArray &method, const QString &pathPattern);
    std::optional<FakeResponse> takeScripted(const FakeRequest &request);
    // The answer a reply gets when it is delivered (after any hold).
    FakeResponse resolve(int index, const std::optional<FakeResponse> &scripted);
    void replyFinished(int index, int status, bool aborted);

    QList<Rule> m_rules;
    QList<QPair<QByteArray, QRegularExpression>> m_holds;
    Handler m_fallback;
    QList<FakeRequest> m_requests;
    QHash<int, QPointer<FakeReply>> m_replies;
    QStringList m_unscripted;
    int m_sequence = 0;
    int m_inFlight = 0;
    int m_maxInFlight = 0;
};

// Points the client at the fake network (base URL, injected manager), negotiates the
// microversion through GET / and waits for the answer. False on failure.
bool connectThroughFake(PlacementClient *client, FakeNetwork *network);
