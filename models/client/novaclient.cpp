#include "novaclient.h"

#include "httpclient.h"
#include "novaparsers.h"
#include "replyparser.h"
#include "requestlog.h"
#include "requestscheduler.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {
using Priority = RequestScheduler::Priority;

// A server that keeps sending "next" links is stopped here rather than read forever
// (at Nova's default page size of 1000 this is ten million compute nodes).
constexpr int maxHypervisorPages = 10000;

// From 2.88 the hypervisor detail includes "uptime", for which nova-api calls every compute
// host that is up over RPC, one after the other (HostAPI.get_host_uptime): slow on a large
// cloud, and one host that does not answer in time fails the whole list with a 500
// (MessagingTimeout). Every field read here exists from 2.53 on, so the list is asked at 2.87.
constexpr ApiVersion hypervisorsWithoutUptime { 2, 87 };
} // namespace

struct NovaClient::HypervisorPaging
{
    QObject *context = nullptr; // only handed to the scheduler, which watches it
    Callback<QList<NovaHypervisor>> callback;
    QList<NovaHypervisor> rows;
    QSet<QString> markers;
    int pages = 0;
    quint64 ticket = 0; // the page in flight: what readSnapshot cancels
};

NovaClient::NovaClient(QObject *parent)
    : QObject(parent)
    , m_http(new HttpClient(this))
    , m_scheduler(new RequestScheduler(m_http, this))
    , m_parser(new ReplyParser(this))
{
    m_http->setMicroversionService(QByteArrayLiteral("compute"), QByteArrayLiteral("X-OpenStack-Nova-API-Version"));
}

NovaClient::~NovaClient() = default;

RequestLog *NovaClient::log() const
{
    return m_http->log();
}

void NovaClient::setEndpoint(const QUrl &url)
{
    const QUrl before = m_http->baseUrl();
    m_http->setBaseUrl(url);
    if (m_http->baseUrl() != before) {
        m_version = {};
        m_http->setMicroversion({});
    }
}

QUrl NovaClient::endpoint() const
{
    return m_http->baseUrl();
}

void NovaClient::setToken(const QByteArray &token)
{
    m_http->setToken(token);
}

bool NovaClient::adoptServerVersions(const VersionRange &range)
{
    ApiVersion chosen = range.max < newestKnown ? range.max : newestKnown;
    if (chosen < minimumVersion || chosen < range.min || chosen.major != newestKnown.major)
        return false;
    m_version = chosen;
    m_http->setMicroversion(chosen);
    return true;
}

template<typename T>
quint64 NovaClient::refuseLater(QObject *context, Callback<T> callback, const PlacementError &error)
{
    // Answered asynchronously like every other call, and dropped by cancelOwnedBy()/cancelAll().
    const quint64 id = m_nextRefusal++;
    m_refusals.insert(id, Refusal { context, context != nullptr, [callback = std::move(callback), error] {
                                       callback(error);
                                   } });
    QTimer::singleShot(0, this, [this, id] {
        const Refusal refusal = m_refusals.take(id);
        if (!refusal.answer || (refusal.hasContext && !refusal.context))
            return;
        refusal.answer();
    });
    return 0;
}

template<typename T> bool NovaClient::refuseUnlessConnected(QObject *context, Callback<T> &callback)
{
    if (m_version.isValid())
        return false;
    refuseLater(context, std::move(callback),
                PlacementError::make(PlacementError::Kind::Unsupported,
                                     tr("not connected to Nova: its microversion has not been negotiated")));
    return true;
}

template<typename T>
quint64 NovaClient::call(const HttpRequest &request, Parser<T> parse, QObject *context, Callback<T> callback,
                         bool mayRenegotiate)
{
    // The call's ticket, known once enqueued: it names the call while its body is parsed.
    auto id = std::make_shared<quint64>(0);
    auto onResponse = [this, request, parse, context, callback, mayRenegotiate, id](const HttpResponse &r) {
        if (r.ok()) {
            m_parser->parse<T>(r.body, parse, *id, context, callback, r.requestId);
            return;
        }
        // A 406 names the server's range (in words, see PlacementError::fromHttp): move into it
        // and try once more. Writes are never repeated here.
        const PlacementError &error = *r.error;
        if (mayRenegotiate && error.kind == PlacementError::Kind::NotAcceptable && error.serverVersions) {
            const ApiVersion before = m_version;
            if (adoptServerVersions(*error.serverVersions) && m_version != before) {
                HttpRequest again = request;
                if (again.microversion && m_version < *again.microversion)
                    again.microversion = m_version;
                call<T>(again, parse, context, callback, false);
                return;
            }
        }
        callback(error);
    };
    *id = m_scheduler->enqueue(request, Priority::User, context, std::move(onResponse));
    return *id;
}

quint64 NovaClient::connectToServer(QObject *context, Callback<ApiVersion> callback)
{
    HttpRequest request = HttpRequest::get(QString());
    // The token goes along: behind Keystone, ".../v2.1/" and a project-scoped endpoint are
    // authenticated (the bare ".../v2.1" is not, and ignores it).
    request.sendMicroversion = false;
    auto onResponse = [this, callback = std::move(callback)](const HttpResponse &r) {
        if (!r.ok()) {
            callback(*r.error);
            return;
        }
        const auto doc = NovaParsers::versionDocument(r.body);
        if (!doc) {
            m_version = {};
            m_http->setMicroversion({});
            callback(doc.error());
            return;
        }
        const VersionRange range = doc.value().range;
        if (!adoptServerVersions(range)) {
            m_version = {};
            m_http->setMicroversion({});
            const QString why = range.max < minimumVersion
                ? tr("Nova offers microversions %1 to %2; this app needs %3 or newer (Nova 16, Pike)")
                      .arg(range.min.toString(), range.max.toString(), minimumVersion.toString())
                : tr("Nova offers microversions %1 to %2; this app knows %3 to %4")
                      .arg(range.min.toString(), range.max.toString(), minimumVersion.toString(),
                           newestKnown.toString());
            callback(PlacementError::make(PlacementError::Kind::Unsupported, why));
            return;
        }
        if (doc.value().fromVersionList) {
            // The endpoint was the server's root: the API is one segment further down, on the
            // same host (the document's links may name another one; they are not followed).
            QUrl api = m_http->baseUrl();
            api.setPath(api.path() + QLatin1Char('/') + doc.value().id);
            m_http->setBaseUrl(api);
        }
        callback(m_version);
    };
    return m_scheduler->enqueue(request, Priority::User, context, std::move(onResponse));
}

quint64 NovaClient::listAggregates(QObject *context, Callback<QList<NovaAggregate>> callback)
{
    if (refuseUnlessConnected(context, callback))
        return 0;
    return call<QList<NovaAggregate>>(HttpRequest::get(QStringLiteral("/os-aggregates")), &NovaParsers::aggregateList,
                                      context, std::move(callback));
}

void NovaClient::requestHypervisorPage(const std::shared_ptr<HypervisorPaging> &paging, const QString &marker,
                                       const QString &limit)
{
    QUrlQuery query;
    if (!limit.isEmpty())
        query.addQueryItem(QStringLiteral("limit"), limit);
    if (!marker.isEmpty())
        query.addQueryItem(QStringLiteral("marker"), marker);
    HttpRequest request = HttpRequest::get(QStringLiteral("/os-hypervisors/detail"), query);
    if (m_version > hypervisorsWithoutUptime)
        request.microversion = hypervisorsWithoutUptime;
    ++paging->pages;
    auto onPage = [this, paging](const Result<NovaHypervisorPage> &page) {
        if (!page) {
            paging->callback(page.error());
            return;
        }
        paging->rows += page.value().hypervisors;
        if (!page.value().hasNext()) {
            paging->callback(paging->rows);
            return;
        }
        const QString &next = page.value().nextMarker;
        if (paging->markers.contains(next) || paging->pages >= maxHypervisorPages) {
            paging->callback(
                PlacementError::make(PlacementError::Kind::BadResponse,
                                     tr("Nova's hypervisor pages do not end: page %1 links to marker %2 again")
                                         .arg(paging->pages)
                                         .arg(next)));
            return;
        }
        paging->markers.insert(next);
        requestHypervisorPage(paging, next, page.value().nextLimit);
    };
    paging->ticket
        = call<NovaHypervisorPage>(request, &NovaParsers::hypervisorPage, paging->context, std::move(onPage));
}

quint64 NovaClient::listHypervisors(QObject *context, Callback<QList<NovaHypervisor>> callback)
{
    if (refuseUnlessConnected(context, callback))
        return 0;
    auto paging = std::make_shared<HypervisorPaging>();
    paging->context = context;
    paging->callback = std::move(callback);
    requestHypervisorPage(paging, {}, {});
    return paging->ticket;
}

quint64 NovaClient::listComputeServices(QObject *context, Callback<QList<NovaService>> callback)
{
    if (refuseUnlessConnected(context, callback))
        return 0;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("binary"), QStringLiteral("nova-compute"));
    return call<QList<NovaService>>(HttpRequest::get(QStringLiteral("/os-services"), query), &NovaParsers::serviceList,
                                    context, std::move(callback));
}

quint64 NovaClient::readSnapshot(QObject *context, Callback<NovaSnapshot> callback)
{
    if (refuseUnlessConnected(context, callback))
        return 0;
    struct State
    {
        NovaSnapshot snapshot;
        Callback<NovaSnapshot> callback;
        int outstanding = 3;
        bool failed = false;
        quint64 aggregates = 0;
        quint64 services = 0;
        // Weak: the paging's own callback holds this state, and the pages in flight hold the paging.
        std::weak_ptr<HypervisorPaging> hypervisors;
    };
    auto state = std::make_shared<State>();
    state->callback = std::move(callback);

    // Runs once per list; the first failure answers and cancels the rest.
    auto settle = [this, state](const std::optional<PlacementError> &error) {
        if (state->failed)
            return;
        if (error) {
            state->failed = true;
            cancelCall(state->aggregates);
            cancelCall(state->services);
            if (const auto paging = state->hypervisors.lock())
                cancelCall(paging->ticket);
            state->callback(*error);
            return;
        }
        if (--state->outstanding == 0)
            state->callback(state->snapshot);
    };

    state->aggregates = listAggregates(context, [state, settle](const Result<QList<NovaAggregate>> &r) {
        if (r)
            state->snapshot.aggregates = r.value();
        settle(r ? std::nullopt : std::optional<PlacementError>(r.error()));
    });
    auto paging = std::make_shared<HypervisorPaging>();
    paging->context = context;
    paging->callback = [state, settle](const Result<QList<NovaHypervisor>> &r) {
        if (r)
            state->snapshot.hypervisors = r.value();
        settle(r ? std::nullopt : std::optional<PlacementError>(r.error()));
    };
    state->hypervisors = paging;
    requestHypervisorPage(paging, {}, {});
    state->services = listComputeServices(context, [state, settle](const Result<QList<NovaService>> &r) {
        if (r)
            state->snapshot.services = r.value();
        settle(r ? std::nullopt : std::optional<PlacementError>(r.error()));
    });
    return state->aggregates;
}

quint64 NovaClient::hostAction(const char *action, int aggregateId, const QString &host, QObject *context,
                               Callback<NovaAggregate> callback)
{
    if (refuseUnlessConnected(context, callback))
        return 0;
    const QString name = host.trimmed();
    if (aggregateId <= 0 || name.isEmpty()) {
        return refuseLater(context, std::move(callback),
                           PlacementError::make(PlacementError::Kind::InvalidInput,
                                                aggregateId <= 0 ? tr("no Nova aggregate id given")
                                                                 : tr("no compute host name given")));
    }
    const QJsonObject body { { QLatin1String(action), QJsonObject { { QStringLiteral("host"), name } } } };
    const HttpRequest request = HttpRequest::post(QStringLiteral("/os-aggregates/%1/action").arg(aggregateId),
                                                  QJsonDocument(body).toJson(QJsonDocument::Compact));
    return call<NovaAggregate>(request, &NovaParsers::aggregate, context, std::move(callback), false);
}

quint64 NovaClient::addHost(int aggregateId, const QString &host, QObject *context, Callback<NovaAggregate> callback)
{
    return hostAction("add_host", aggregateId, host, context, std::move(callback));
}

quint64 NovaClient::removeHost(int aggregateId, const QString &host, QObject *context, Callback<NovaAggregate> callback)
{
    return hostAction("remove_host", aggregateId, host, context, std::move(callback));
}

void NovaClient::cancelCall(quint64 ticket)
{
    m_scheduler->cancel(ticket);
    m_parser->cancel(ticket);
}

void NovaClient::cancelOwnedBy(const QObject *context)
{
    if (!context)
        return;
    m_scheduler->cancelOwnedBy(context);
    m_parser->cancelOwnedBy(context);
    for (auto it = m_refusals.begin(); it != m_refusals.end();) {
        if (it->hasContext && it->context.data() == context)
            it = m_refusals.erase(it);
        else
            ++it;
    }
}

void NovaClient::cancelAll()
{
    m_scheduler->cancelAll();
    m_parser->cancelAll();
    m_refusals.clear();
}
