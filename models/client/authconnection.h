#pragma once

// Connects a PlacementClient as an AuthConfig says, step by step: TLS settings,
// Keystone token, Placement endpoint (override or catalog), version range and,
// for "Test connection", whether the role may list providers. Reports every step
// in plain words, so a failure says what worked before it.

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QUrl>

#include <functional>
#include <optional>

#include "authconfig.h"
#include "authsession.h"
#include "result.h"
#include "types.h"

class PlacementClient;

struct ConnectionStep
{
    bool ok = true;
    bool warning = false; // worked, but the operator should know (TLS verification off)
    QString text;
};

struct ConnectionReport
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionReport)

public:
    QList<ConnectionStep> steps;
    std::optional<PlacementError> error; // the step that failed, if any
    QUrl endpoint;
    // Nova's endpoint (profile override or catalog); empty with the reason when there is none.
    QUrl computeEndpoint;
    QString computeAbsentReason;
    std::optional<Capabilities> capabilities;
    bool tlsVerificationOff = false;

    bool ok() const { return !error.has_value(); }
    // One line per step, marked as worked, warning or failed.
    QString text() const;
};

class AuthConnection : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ConnectionReport &)>;

    explicit AuthConnection(PlacementClient *client, QObject *parent = nullptr);
    ~AuthConnection() override;

    // Also asks Placement for providers (one filtered, empty listing) so that a role
    // without the right to list them is reported before the operator connects.
    void setCheckListing(bool check) { m_checkListing = check; }

    // Cancels whatever the client had in flight, configures it for `config` and
    // connects. The callback runs once, unless cancel() is called first.
    void start(const AuthConfig &config, Callback callback);
    void cancel();

    // The Keystone session keeping the token fresh (null for standalone endpoints).
    AuthSession *session() const { return m_session; }
    // Gives another service's HttpClient (Nova's) the same TLS settings and token source as
    // Placement's: the Keystone session renews for both; a standalone token is copied.
    void attachCompanion(HttpClient *http) const;

    // TLS settings from the config: extra CA file, client certificate and key,
    // verification off only when asked. Unreadable files are an error naming the file.
    static Result<QSslConfiguration> sslConfiguration(const AuthConfig &config);

private:
    void step(bool ok, const QString &text, bool warning = false);
    void fail(const PlacementError &error, const QString &text);
    void finish();
    void afterLogin();
    void connectPlacement(const QUrl &endpoint);
    void findCompute(const KeystoneCatalog *catalog);
    void checkListing();

    PlacementClient *m_client;
    QPointer<AuthSession> m_session;
    AuthConfig m_config;
    ConnectionReport m_report;
    Callback m_callback;
    QObject *m_context = nullptr; // replaced on every start(): stale answers die with it
    bool m_checkListing = false;
};
