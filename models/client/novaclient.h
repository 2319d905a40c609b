#pragma once

// Nova's compute API as typed asynchronous calls, in the same style as PlacementClient: its
// own HttpClient and RequestScheduler, every call answers once with a Result, callbacks are
// bound to a context object and never run once it is destroyed or its calls are cancelled.
// Large answers (hypervisor pages) are parsed on a worker thread, answered on this one.
// Nova is read for what Placement cannot say (aggregate names, zones, isolation metadata,
// which host a provider belongs to) and written only through add_host/remove_host.

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

#include "apiversion.h"
#include "novatypes.h"
#include "result.h"

class HttpClient;
class ReplyParser;
class RequestLog;
class RequestScheduler;
struct HttpRequest;

class NovaClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;

    // From 2.53 a hypervisor's id is its compute node UUID, which is its resource provider's.
    static constexpr ApiVersion minimumVersion { 2, 53 };
    // The newest microversion this client knows (Nova 26, Zed); a newer server is asked for this.
    static constexpr ApiVersion newestKnown { 2, 93 };

    explicit NovaClient(QObject *parent = nullptr);
    ~NovaClient() override;

    // Tests inject a QNetworkAccessManager here; the app sets authenticator, TLS and timeout.
    HttpClient *http() const { return m_http; }
    RequestLog *log() const;
    // Where answer bodies are parsed (large ones off the GUI thread); tests reach its pool.
    ReplyParser *replyParser() const { return m_parser; }

    // The compute endpoint, e.g. http://host:8774/v2.1. Changing it forgets the negotiated
    // version.
    void setEndpoint(const QUrl &url);
    QUrl endpoint() const;
    void setToken(const QByteArray &token);
    // The negotiated microversion; invalid before connectToServer succeeded (and after it
    // found the server unusable). Every other call is refused while it is invalid.
    ApiVersion version() const { return m_version; }

    // GET of the endpoint's version document ({"version": {...}}, or the root's
    // {"versions": [...]}: then the endpoint moves one segment down, to ".../v2.1"). Picks
    // min(server max, newestKnown) and refuses (Kind::Unsupported) when the server cannot do
    // minimumVersion. Later calls send "OpenStack-API-Version: compute X.Y" and
    // "X-OpenStack-Nova-API-Version: X.Y".
    quint64 connectToServer(QObject *context, Callback<ApiVersion> callback);

    quint64 listAggregates(QObject *context, Callback<QList<NovaAggregate>> callback);
    // GET /os-hypervisors/detail, every page: the marker (and limit) of each "next" link is
    // asked from this endpoint, never from the host the link names. Asked at 2.87 at most:
    // from 2.88 Nova calls every compute host over RPC for its uptime while listing.
    quint64 listHypervisors(QObject *context, Callback<QList<NovaHypervisor>> callback);
    // GET /os-services?binary=nova-compute
    quint64 listComputeServices(QObject *context, Callback<QList<NovaService>> callback);
    // The three lists above in parallel, one answer: the first failure fails it and the
    // other requests are cancelled.
    quint64 readSnapshot(QObject *context, Callback<NovaSnapshot> callback);

    // POST /os-aggregates/{id}/action {"add_host": {"host": ...}} / {"remove_host": ...};
    // answers the aggregate as Nova returns it. Never re-sent, not even after a 406. Nova
    // saves the host before it mirrors it into Placement: a 500 or a lost answer may come
    // after the change was made, so re-read before trying again.
    quint64 addHost(int aggregateId, const QString &host, QObject *context, Callback<NovaAggregate> callback);
    quint64 removeHost(int aggregateId, const QString &host, QObject *context, Callback<NovaAggregate> callback);

    // Drops the queued, running and parsing calls made with this context, other callers' calls go on.
    void cancelOwnedBy(const QObject *context);
    // Drops every call (connection switch); no callback runs.
    void cancelAll();

private:
    template<typename T> using Parser = Result<T> (*)(const QByteArray &);
    struct HypervisorPaging;
    struct Refusal
    {
        QPointer<QObject> context;
        bool hasContext = false;
        std::function<void()> answer;
    };

    template<typename T>
    quint64 call(const HttpRequest &request, Parser<T> parse, QObject *context, Callback<T> callback,
                 bool mayRenegotiate = true);
    template<typename T> quint64 refuseLater(QObject *context, Callback<T> callback, const PlacementError &error);
    template<typename T> bool refuseUnlessConnected(QObject *context, Callback<T> &callback);
    void requestHypervisorPage(const std::shared_ptr<HypervisorPaging> &paging, const QString &marker,
                               const QString &limit);
    quint64 hostAction(const char *action, int aggregateId, const QString &host, QObject *context,
                       Callback<NovaAggregate> callback);
    // Adopts the highest version both sides know; false when there is none.
    bool adoptServerVersions(const VersionRange &range);
    // Drops one call, whether it is queued, on the wire or being parsed.
    void cancelCall(quint64 ticket);

    HttpClient *m_http;
    RequestScheduler *m_scheduler;
    ReplyParser *m_parser;
    ApiVersion m_version;
    QHash<quint64, Refusal> m_refusals;
    quint64 m_nextRefusal = 1;
};
