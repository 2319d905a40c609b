#include "placementclient.h"

#include "aggregatelist.h"
#include "httpclient.h"
#include "jsonparsers.h"
#include "replyparser.h"
#include "requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <memory>

PlacementClient::PlacementClient(QObject *parent)
    : QObject(parent)
    , m_http(new HttpClient(this))
    , m_scheduler(new RequestScheduler(m_http, this))
    , m_parser(new ReplyParser(this))
{ }

RequestLog *PlacementClient::log() const
{
    return m_http->log();
}

void PlacementClient::setEndpoint(const QUrl &url)
{
    m_http->setBaseUrl(url);
}

QUrl PlacementClient::endpoint() const
{
    return m_http->baseUrl();
}

void PlacementClient::setToken(const QByteArray &token)
{
    m_http->setToken(token);
}

QString PlacementClient::providerPath(const QString &uuid, const char *suffix)
{
    QString path = QStringLiteral("/resource_providers/") + QString::fromLatin1(QUrl::toPercentEncoding(uuid));
    if (suffix)
        path += QLatin1Char('/') + QLatin1String(suffix);
    return path;
}

bool PlacementClient::adoptServerVersions(const VersionRange &range)
{
    m_serverVersions = range;
    const auto chosen = negotiateVersion(range, m_versionCap);
    if (!chosen)
        return false;
    const bool changed = m_capabilities.version() != *chosen;
    m_capabilities = Capabilities(*chosen);
    m_http->setMicroversion(*chosen);
    if (changed)
        Q_EMIT capabilitiesChanged(m_capabilities);
    return true;
}

template<typename T>
void PlacementClient::failLater(QObject *context, Callback<T> callback, const PlacementError &error)
{
    // Answer asynchronously like every other call, so callers need no special case.
    QTimer::singleShot(0, context ? context : this, [callback = std::move(callback), error] { callback(error); });
}

template<typename T>
quint64 PlacementClient::call(const HttpRequest &request, Parser<T> parse, QObject *context, Callback<T> callback,
                              const CallOptions &options, bool mayRenegotiate)
{
    // The call's ticket, known once enqueued: it names the call while its body is parsed, after
    // the scheduler has let go of it, so cancel(ticket) still reaches it.
    auto id = std::make_shared<quint64>(0);
    auto onResponse = [this, request, parse, context, callback, options, mayRenegotiate, id](const HttpResponse &r) {
        if (r.ok()) {
            m_parser->parse<T>(r.body, parse, *id, context, callback, r.requestId);
            return;
        }
        // A 406 names the server's range: move into it and try once more.
        const PlacementError &error = *r.error;
        if (mayRenegotiate && error.kind == PlacementError::Kind::NotAcceptable && error.serverVersions) {
            const ApiVersion before = m_capabilities.version();
            if (adoptServerVersions(*error.serverVersions) && m_capabilities.version() != before) {
                call<T>(request, parse, context, callback, options, false);
                return;
            }
        }
        callback(error);
    };
    *id = m_scheduler->enqueue(request, options.priority, context, onResponse, options.key);
    return *id;
}

quint64 PlacementClient::connectToServer(QObject *context, Callback<Capabilities> callback)
{
    HttpRequest request = HttpRequest::get(QStringLiteral("/"));
    request.sendToken = false;
    request.sendMicroversion = false;
    auto onResponse = [this, callback = std::move(callback)](const HttpResponse &r) {
        if (!r.ok()) {
            callback(*r.error);
            return;
        }
        const auto range = JsonParsers::versionDocument(r.body);
        if (!range) {
            callback(range.error());
            return;
        }
        if (!adoptServerVersions(range.value())) {
            callback(
                PlacementError::make(PlacementError::Kind::Unsupported,
                                     tr("the server offers microversions %1 to %2; this app needs one of 1.0 to %3")
                                         .arg(range.value().min.toString(), range.value().max.toString(),
                                              PlacementVersions::newestKnown.toString())));
            return;
        }
        callback(m_capabilities);
    };
    return m_scheduler->enqueue(request, Priority::User, context, std::move(onResponse));
}

quint64 PlacementClient::listProviders(const ProviderFilter &filter, QObject *context,
                                       Callback<QList<ResourceProvider>> callback, const CallOptions &options)
{
    const auto query = filter.toQuery(m_capabilities);
    if (!query) {
        failLater(context, std::move(callback), query.error());
        return 0;
    }
    return call<QList<ResourceProvider>>(HttpRequest::get(QStringLiteral("/resource_providers"), query.value()),
                                         &JsonParsers::providerList, context, std::move(callback), options);
}

quint64 PlacementClient::getProvider(const QString &uuid, QObject *context, Callback<ResourceProvider> callback,
                                     const CallOptions &options)
{
    return call<ResourceProvider>(HttpRequest::get(providerPath(uuid)), &JsonParsers::provider, context,
                                  std::move(callback), options);
}

quint64 PlacementClient::getAggregates(const QString &uuid, QObject *context, Callback<ProviderAggregates> callback,
                                       const CallOptions &options)
{
    return call<ProviderAggregates>(HttpRequest::get(providerPath(uuid, "aggregates")), &JsonParsers::aggregates,
                                    context, std::move(callback), options);
}

quint64 PlacementClient::setAggregates(const QString &uuid, const QStringList &aggregates, qint64 generation,
                                       QObject *context, Callback<ProviderAggregates> callback,
                                       const CallOptions &options)
{
    if (!m_capabilities.generationCheckedAggregates()) {
        const QString why = m_capabilities.isValid()
            ? tr("changing aggregates safely needs microversion %1; this server offers %2")
                  .arg(PlacementVersions::generationCheckedAggregates.toString(), m_capabilities.version().toString())
            : tr("not connected: the server's microversion is not known yet");
        failLater(context, std::move(callback), PlacementError::make(PlacementError::Kind::Unsupported, why));
        return 0;
    }
    const AggregateListCheck checked = AggregateList::check(aggregates);
    if (!checked.ok()) {
        QStringList reasons;
        for (const auto &rejected : checked.rejected)
            reasons << rejected.reason;
        failLater(context, std::move(callback),
                  PlacementError::make(PlacementError::Kind::InvalidInput, reasons.join(QStringLiteral("; "))));
        return 0;
    }
    QJsonObject body;
    body.insert(QStringLiteral("aggregates"), QJsonArray::fromStringList(checked.aggregates));
    body.insert(QStringLiteral("resource_provider_generation"), generation);
    const HttpRequest request
        = HttpRequest::put(providerPath(uuid, "aggregates"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    // A PUT is never retried by itself, not even after a 406: the caller decides.
    return call<ProviderAggregates>(request, &JsonParsers::aggregates, context, std::move(callback), options, false);
}

quint64 PlacementClient::getInventories(const QString &uuid, QObject *context, Callback<ProviderInventories> callback,
                                        const CallOptions &options)
{
    return call<ProviderInventories>(HttpRequest::get(providerPath(uuid, "inventories")), &JsonParsers::inventories,
                                     context, std::move(callback), options);
}

quint64 PlacementClient::getUsages(const QString &uuid, QObject *context, Callback<ProviderUsages> callback,
                                   const CallOptions &options)
{
    return call<ProviderUsages>(HttpRequest::get(providerPath(uuid, "usages")), &JsonParsers::usages, context,
                                std::move(callback), options);
}

quint64 PlacementClient::getTraits(const QString &uuid, QObject *context, Callback<ProviderTraits> callback,
                                   const CallOptions &options)
{
    return call<ProviderTraits>(HttpRequest::get(providerPath(uuid, "traits")), &JsonParsers::traits, context,
                                std::move(callback), options);
}

quint64 PlacementClient::getAllocations(const QString &uuid, QObject *context, Callback<ProviderAllocations> callback,
                                        const CallOptions &options)
{
    return call<ProviderAllocations>(HttpRequest::get(providerPath(uuid, "allocations")), &JsonParsers::allocations,
                                     context, std::move(callback), options);
}

quint64 PlacementClient::listTraits(QObject *context, Callback<QStringList> callback, const CallOptions &options)
{
    return call<QStringList>(HttpRequest::get(QStringLiteral("/traits")), &JsonParsers::traitList, context,
                             std::move(callback), options);
}

quint64 PlacementClient::listResourceClasses(QObject *context, Callback<QStringList> callback,
                                             const CallOptions &options)
{
    return call<QStringList>(HttpRequest::get(QStringLiteral("/resource_classes")), &JsonParsers::resourceClassList,
                             context, std::move(callback), options);
}

void PlacementClient::cancel(quint64 ticket)
{
    m_scheduler->cancel(ticket);
    m_parser->cancel(ticket);
}

void PlacementClient::cancelOwnedBy(const QObject *context)
{
    m_scheduler->cancelOwnedBy(context);
    m_parser->cancelOwnedBy(context);
}

void PlacementClient::cancelAll()
{
    m_scheduler->cancelAll();
    m_parser->cancelAll();
}
