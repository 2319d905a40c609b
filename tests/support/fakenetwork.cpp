#include "fakenetwork.h"

#include "placementclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkRequest>
#include <QTest>
#include <QTimer>

#include <cstring>
#include <memory>

// A reply whose answer is decided by its FakeNetwork when it is delivered: a queued call
// after creation (or after release()), so the client never sees an answer synchronously.
class FakeReply : public QNetworkReply
{
public:
    FakeReply(FakeNetwork *network, int index, QNetworkAccessManager::Operation op, const QNetworkRequest &request,
              std::optional<FakeResponse> scripted)
        : QNetworkReply(network)
        , m_network(network)
        , m_index(index)
        , m_scripted(std::move(scripted))
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(op);
        open(QIODevice::ReadOnly);
    }

    void deliverLater()
    {
        QMetaObject::invokeMethod(
            this, [this] { deliver(); }, Qt::QueuedConnection);
    }

    void abort() override
    {
        if (isFinished())
            return;
        if (m_timeout)
            m_timeout->stop();
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        done(0, true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }

    qint64 bytesAvailable() const override { return m_content.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin(maxSize, m_content.size() - m_offset);
        if (n <= 0)
            return isFinished() ? -1 : 0;
        std::memcpy(data, m_content.constData() + m_offset, static_cast<size_t>(n));
        m_offset += n;
        return n;
    }

private:
    void deliver()
    {
        if (isFinished() || !m_network)
            return;
        const FakeResponse response = m_network->resolve(m_index, m_scripted);
        switch (response.kind) {
        case FakeResponse::Kind::Stall: {
            // Qt aborts a transfer that receives nothing for the transfer timeout; this does the same.
            const int timeout
                = request().transferTimeout() > 0 ? request().transferTimeout() : m_network->transferTimeout();
            if (timeout <= 0)
                return; // stalls forever
            m_timeout = new QTimer(this);
            m_timeout->setSingleShot(true);
            connect(m_timeout, &QTimer::timeout, this, [this] {
                setError(OperationCanceledError, QStringLiteral("Operation canceled"));
                done(0, false);
                Q_EMIT errorOccurred(OperationCanceledError);
                Q_EMIT finished();
            });
            m_timeout->start(timeout);
            return;
        }
        case FakeResponse::Kind::NetworkError:
            setError(response.error, errorText(response.error));
            done(0, false);
            Q_EMIT errorOccurred(response.error);
            Q_EMIT finished();
            return;
        case FakeResponse::Kind::Http:
            break;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, response.status);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute, reasonPhrase(response.status));
        if (!response.body.isEmpty())
            setRawHeader("Content-Type", "application/json");
        setRawHeader("Content-Length", QByteArray::number(response.body.size()));
        setRawHeader(
            "x-openstack-request-id",
            (response.requestId.isEmpty() ? QStringLiteral("req-%1").arg(m_index) : response.requestId).toLatin1());
        for (const auto &header : response.headers)
            setRawHeader(header.first, header.second);
        m_content = response.body;
        const NetworkError httpError = errorForStatus(response.status);
        if (httpError != NoError)
            setError(httpError, QStringLiteral("Server replied: %1").arg(reasonPhrase(response.status)));
        done(response.status, false);
        Q_EMIT metaDataChanged();
        if (!m_content.isEmpty())
            Q_EMIT readyRead();
        if (httpError != NoError)
            Q_EMIT errorOccurred(httpError);
        Q_EMIT finished();
    }

    // Recorded before finished() is emitted: the client may start its next request from
    // its finished() handler, and that one must be seen to start after this one ended.
    void done(int status, bool aborted)
    {
        setFinished(true);
        if (m_network)
            m_network->replyFinished(m_index, status, aborted);
    }

    static QString errorText(NetworkError error)
    {
        switch (error) {
        case ConnectionRefusedError:
            return QStringLiteral("Connection refused");
        case RemoteHostClosedError:
            return QStringLiteral("Connection closed");
        case HostNotFoundError:
            return QStringLiteral("Host placement.fake not found");
        case TimeoutError:
            return QStringLiteral("Socket operation timed out");
        default:
            return QStringLiteral("Network error %1").arg(int(error));
        }
    }

    static NetworkError errorForStatus(int status)
    {
        switch (status) {
        case 401:
            return AuthenticationRequiredError;
        case 403:
            return ContentAccessDenied;
        case 404:
            return ContentNotFoundError;
        case 409:
            return ContentConflictError;
        case 500:
            return InternalServerError;
        default:
            break;
        }
        if (status >= 500)
            return UnknownServerError;
        if (status >= 400)
            return UnknownContentError;
        return NoError;
    }

    static QString reasonPhrase(int status)
    {
        switch (status) {
        case 200:
            return QStringLiteral("OK");
        case 400:
            return QStringLiteral("Bad Request");
        case 403:
            return QStringLiteral("Forbidden");
        case 404:
            return QStringLiteral("Not Found");
        case 409:
            return QStringLiteral("Conflict");
        case 500:
            return QStringLiteral("Internal Server Error");
        case 501:
            return QStringLiteral("Not Implemented");
        default:
            return QStringLiteral("Status %1").arg(status);
        }
    }

    QPointer<FakeNetwork> m_network;
    int m_index;
    std::optional<FakeResponse> m_scripted;
    QByteArray m_content;
    qint64 m_offset = 0;
    QTimer *m_timeout = nullptr;
};

FakeResponse FakeResponse::json(int status, const QByteArray &body, const QString &requestId)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.requestId = requestId;
    return r;
}

FakeResponse FakeResponse::json(int status, const QJsonObject &body, const QString &requestId)
{
    return json(status, QJsonDocument(body).toJson(QJsonDocument::Compact), requestId);
}

FakeResponse FakeResponse::placementError(int status, const QString &title, const QString &detail, const QString &code,
                                          const QString &requestId)
{
    QJsonObject error { { QStringLiteral("status"), status },
                        { QStringLiteral("title"), title },
                        { QStringLiteral("detail"), detail } };
    if (!code.isEmpty())
        error.insert(QStringLiteral("code"), code);
    if (!requestId.isEmpty())
        error.insert(QStringLiteral("request_id"), requestId);
    return json(status, QJsonObject { { QStringLiteral("errors"), QJsonArray { error } } }, requestId);
}

FakeResponse FakeResponse::concurrentUpdate(const QString &requestId)
{
    return placementError(409, QStringLiteral("Conflict"),
                          QStringLiteral("There was a conflict when trying to complete your request.\n\n resource "
                                         "provider generation conflict"),
                          QStringLiteral("placement.concurrent_update"), requestId);
}

FakeResponse FakeResponse::networkError(QNetworkReply::NetworkError error)
{
    FakeResponse r;
    r.kind = Kind::NetworkError;
    r.status = 0;
    r.error = error;
    return r;
}

FakeResponse FakeResponse::stall()
{
    FakeResponse r;
    r.kind = Kind::Stall;
    r.status = 0;
    return r;
}

FakeResponse FakeResponse::versionDocument()
{
    return json(
        200,
        QByteArrayLiteral(
            R"({"versions":[{"id":"v1.0","max_version":"1.39","min_version":"1.0","status":"CURRENT","links":[]}]})"));
}

FakeResponse FakeResponse::heldUntilReleased() const
{
    FakeResponse r = *this;
    r.held = true;
    return r;
}

FakeResponse FakeResponse::afterApplying() const
{
    FakeResponse r = *this;
    r.applyFirst = true;
    return r;
}

QJsonObject FakeRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString FakeRequest::toString() const
{
    QString text = QStringLiteral("#%1 %2 %3").arg(index).arg(QString::fromLatin1(method), path);
    if (!query.isEmpty())
        text += QLatin1Char('?') + query.toString();
    if (aborted)
        text += QStringLiteral(" -> aborted");
    else if (held)
        text += QStringLiteral(" (held)");
    else if (!isFinished())
        text += QStringLiteral(" (in flight)");
    else
        text += QStringLiteral(" -> %1").arg(status);
    return text + QStringLiteral(" [%1..%2]").arg(startedAt).arg(finishedAt);
}

FakeNetwork::FakeNetwork(QObject *parent)
    : QNetworkAccessManager(parent)
{ }

FakeNetwork::~FakeNetwork() = default;

bool FakeNetwork::matches(const FakeRequest &request, const QByteArray &method, const QString &pathPattern)
{
    if (!method.isEmpty() && method != request.method)
        return false;
    if (pathPattern.isEmpty())
        return true;
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(pathPattern))
        .match(request.path)
        .hasMatch();
}

FakeNetwork::Rule &FakeNetwork::ruleFor(const QByteArray &method, const QString &pathPattern)
{
    for (Rule &rule : m_rules) {
        if (rule.method == method && rule.pattern == pathPattern)
            return rule;
    }
    Rule rule;
    rule.method = method;
    rule.pattern = pathPattern;
    m_rules.append(std::move(rule));
    return m_rules.last();
}

void FakeNetwork::enqueue(const QByteArray &method, const QString &pathPattern, const FakeResponse &response, int times)
{
    Rule &rule = ruleFor(method, pathPattern);
    for (int i = 0; i < times; ++i)
        rule.queue.push_back(response);
}

void FakeNetwork::respondAlways(const QByteArray &method, const QString &pathPattern, const FakeResponse &response)
{
    ruleFor(method, pathPattern).always = response;
}

void FakeNetwork::setHold(const QByteArray &method, const QString &pathPattern, bool on)
{
    const QRegularExpression regex(
        pathPattern.isEmpty() ? QStringLiteral(".*") : QRegularExpression::wildcardToRegularExpression(pathPattern));
    for (int i = 0; i < m_holds.size(); ++i) {
        if (m_holds.at(i).first == method && m_holds.at(i).second.pattern() == regex.pattern()) {
            if (!on)
                m_holds.removeAt(i);
            return;
        }
    }
    if (on)
        m_holds.append({ method, regex });
}

std::optional<FakeResponse> FakeNetwork::takeScripted(const FakeRequest &request)
{
    for (Rule &rule : m_rules) {
        if (!rule.queue.empty() && matches(request, rule.method, rule.pattern)) {
            FakeResponse response = rule.queue.front();
            rule.queue.pop_front();
            return response;
        }
    }
    for (const Rule &rule : m_rules) {
        if (rule.always && matches(request, rule.method, rule.pattern))
            return rule.always;
    }
    return std::nullopt;
}

QNetworkReply *FakeNetwork::createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoingData)
{
    FakeRequest recorded;
    recorded.index = static_cast<int>(m_requests.size());
    switch (op) {
    case HeadOperation:
        recorded.method = "HEAD";
        break;
    case GetOperation:
        recorded.method = "GET";
        break;
    case PutOperation:
        recorded.method = "PUT";
        break;
    case PostOperation:
        recorded.method = "POST";
        break;
    case DeleteOperation:
        recorded.method = "DELETE";
        break;
    case CustomOperation:
    case UnknownOperation:
        recorded.method = request.attribute(QNetworkRequest::CustomVerbAttribute).toByteArray();
        break;
    }
    recorded.path = request.url().path();
    if (recorded.path.isEmpty())
        recorded.path = QStringLiteral("/");
    recorded.query = QUrlQuery(request.url());
    // HttpClient sends writes from a device that cannot rewind: read it exactly once, now.
    if (outgoingData)
        recorded.body = outgoingData->readAll();
    const auto names = request.rawHeaderList();
    for (const QByteArray &name : names)
        recorded.headers.insert(name.toLower(), request.rawHeader(name));
    recorded.startedAt = m_sequence++;

    std::optional<FakeResponse> scripted = takeScripted(recorded);
    bool held = scripted && scripted->held;
    for (const auto &hold : m_holds) {
        if ((hold.first.isEmpty() || hold.first == recorded.method) && hold.second.match(recorded.path).hasMatch())
            held = true;
    }
    recorded.held = held;
    m_requests.append(recorded);
    m_maxInFlight = qMax(m_maxInFlight, ++m_inFlight);

    auto *reply = new FakeReply(this, recorded.index, op, request, std::move(scripted));
    m_replies.insert(recorded.index, reply);
    Q_EMIT requestStarted(recorded.index);
    if (held)
        Q_EMIT requestHeld(recorded.index);
    else
        reply->deliverLater();
    return reply;
}

FakeResponse FakeNetwork::resolve(int index, const std::optional<FakeResponse> &scripted)
{
    const FakeRequest &request = m_requests.at(index);
    if (scripted && !scripted->applyFirst)
        return *scripted;
    if (m_fallback) {
        const FakeResponse answer = m_fallback(request);
        return scripted ? *scripted : answer;
    }
    m_unscripted << QString::fromLatin1(request.method) + QLatin1Char(' ') + request.path;
    qWarning("FakeNetwork: nothing scripted for %s", qPrintable(request.toString()));
    return FakeResponse::placementError(501, QStringLiteral("Not Implemented"),
                                        QStringLiteral("FakeNetwork: nothing scripted for this request"));
}

void FakeNetwork::replyFinished(int index, int status, bool aborted)
{
    FakeRequest &request = m_requests[index];
    if (request.isFinished())
        return;
    request.finishedAt = m_sequence++;
    request.status = status;
    request.aborted = aborted;
    request.held = false;
    --m_inFlight;
    m_replies.remove(index);
    Q_EMIT requestFinished(index);
}

QList<int> FakeNetwork::heldRequests() const
{
    QList<int> held;
    for (const FakeRequest &request : m_requests) {
        if (request.held)
            held << request.index;
    }
    return held;
}

bool FakeNetwork::release(int index)
{
    if (index < 0 || index >= m_requests.size() || !m_requests.at(index).held)
        return false;
    m_requests[index].held = false;
    const QPointer<FakeReply> reply = m_replies.value(index);
    if (!reply)
        return false;
    reply->deliverLater();
    return true;
}

int FakeNetwork::releaseAll()
{
    int released = 0;
    const QList<int> held = heldRequests();
    for (int index : held)
        released += release(index) ? 1 : 0;
    return released;
}

QList<FakeRequest> FakeNetwork::requests(const QByteArray &method, const QString &pathPattern) const
{
    QList<FakeRequest> found;
    for (const FakeRequest &request : m_requests) {
        if (matches(request, method, pathPattern))
            found << request;
    }
    return found;
}

int FakeNetwork::count(const QByteArray &method, const QString &pathPattern) const
{
    return static_cast<int>(requests(method, pathPattern).size());
}

QString FakeNetwork::describe() const
{
    QStringList lines;
    for (const FakeRequest &request : m_requests)
        lines << request.toString();
    return lines.join(QLatin1Char('\n'));
}

bool connectThroughFake(PlacementClient *client, FakeNetwork *network)
{
    client->http()->setNetworkAccessManager(network);
    client->setEndpoint(FakeNetwork::baseUrl());
    // Shared: the answer may come after a timed-out wait has returned.
    auto connected = std::make_shared<std::optional<bool>>();
    client->connectToServer(network, [connected](const Result<Capabilities> &result) {
        if (!result)
            qWarning("connectThroughFake: %s", qPrintable(result.error().fullText()));
        *connected = result.ok();
    });
    return QTest::qWaitFor([connected] { return connected->has_value(); }, 5000) && connected->value();
}
