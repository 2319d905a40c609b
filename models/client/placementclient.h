#pragma once

// The Placement API as typed asynchronous calls. Every call goes through the
// request scheduler and answers once with a Result: a value type or a PlacementError.
// Callbacks are bound to a context object: when it is destroyed, or the call is
// cancelled, the callback never runs. Large answers (a provider list) are parsed on a
// worker thread; the callback always runs on the client's thread.

#include <QObject>

#include <functional>
#include <optional>

#include "apiversion.h"
#include "providerfilter.h"
#include "requestscheduler.h"
#include "result.h"
#include "types.h"

class HttpClient;
class ReplyParser;
class RequestLog;

// How a call is scheduled. (Outside the class: GCC rejects a nested struct with
// default member initialisers as a default argument of its enclosing class.)
struct PlacementCallOptions
{
    RequestScheduler::Priority priority = RequestScheduler::Priority::User;
    QString key; // lets the scheduler promote it later (usually the provider UUID)
};

class PlacementClient : public QObject
{
    Q_OBJECT
public:
    template<typename T> using Callback = std::function<void(const Result<T> &)>;
    using Priority = RequestScheduler::Priority;

    using CallOptions = PlacementCallOptions;

    explicit PlacementClient(QObject *parent = nullptr);

    HttpClient *http() const { return m_http; }
    RequestScheduler *scheduler() const { return m_scheduler; }
    RequestLog *log() const;
    // Where answer bodies are parsed (large ones off the GUI thread); tests reach its pool.
    ReplyParser *replyParser() const { return m_parser; }

    void setEndpoint(const QUrl &url);
    QUrl endpoint() const;
    void setToken(const QByteArray &token);
    // The highest microversion the profile allows; nothing means "as high as both sides know".
    void setVersionCap(std::optional<ApiVersion> cap) { m_versionCap = cap; }

    Capabilities capabilities() const { return m_capabilities; }
    std::optional<VersionRange> serverVersions() const { return m_serverVersions; }

    // GET / (no token needed), then picks the microversion every later call sends.
    quint64 connectToServer(QObject *context, Callback<Capabilities> callback);

    quint64 listProviders(const ProviderFilter &filter, QObject *context, Callback<QList<ResourceProvider>> callback,
                          const CallOptions &options = {});
    quint64 getProvider(const QString &uuid, QObject *context, Callback<ResourceProvider> callback,
                        const CallOptions &options = {});
    quint64 getAggregates(const QString &uuid, QObject *context, Callback<ProviderAggregates> callback,
                          const CallOptions &options = {});
    // Replaces the provider's aggregate set if its generation is still `generation`.
    // Refused before sending below 1.19 (no blind writes) and for inputs that are not UUIDs.
    quint64 setAggregates(const QString &uuid, const QStringList &aggregates, qint64 generation, QObject *context,
                          Callback<ProviderAggregates> callback, const CallOptions &options = {});
    quint64 getInventories(const QString &uuid, QObject *context, Callback<ProviderInventories> callback,
                           const CallOptions &options = {});
    quint64 getUsages(const QString &uuid, QObject *context, Callback<ProviderUsages> callback,
                      const CallOptions &options = {});
    quint64 getTraits(const QString &uuid, QObject *context, Callback<ProviderTraits> callback,
                      const CallOptions &options = {});
    quint64 getAllocations(const QString &uuid, QObject *context, Callback<ProviderAllocations> callback,
                           const CallOptions &options = {});
    quint64 listTraits(QObject *context, Callback<QStringList> callback, const CallOptions &options = {});
    quint64 listResourceClasses(QObject *context, Callback<QStringList> callback, const CallOptions &options = {});

    // Cancels a call whether it is queued, on the wire or being parsed.
    void cancel(quint64 ticket);
    // Drops the queued, running and parsing calls made with this context; other callers'
    // calls (an editor's save, a bulk edit, the trait list) go on. Late replies are ignored.
    void cancelOwnedBy(const QObject *context);
    // Drops every queued and running call (connection switch only); late replies are ignored.
    void cancelAll();

Q_SIGNALS:
    void capabilitiesChanged(const Capabilities &capabilities);

private:
    template<typename T> using Parser = Result<T> (*)(const QByteArray &);

    template<typename T>
    quint64 call(const HttpRequest &request, Parser<T> parse, QObject *context, Callback<T> callback,
                 const CallOptions &options, bool mayRenegotiate = true);
    template<typename T> void failLater(QObject *context, Callback<T> callback, const PlacementError &error);
    bool adoptServerVersions(const VersionRange &range);
    static QString providerPath(const QString &uuid, const char *suffix = nullptr);

    HttpClient *m_http;
    RequestScheduler *m_scheduler;
    ReplyParser *m_parser;
    std::optional<ApiVersion> m_versionCap;
    std::optional<VersionRange> m_serverVersions;
    Capabilities m_capabilities;
};
