#pragma once

// Turns --cloud NAME, --profile NAME or $OS_CLOUD into a live connection for both the
// window and --export: resolves the AuthConfig (clouds.yaml + secure.yaml + OS_*, or a
// saved profile whose secret comes from the keyring), authenticates with Keystone,
// finds Placement, and leaves the client with a self-renewing token. Starting again
// (profile switch) cancels everything the previous connection had in flight.

#include <QCoreApplication>
#include <QObject>

#include <functional>

#include "authconfig.h"
#include "authconnection.h"
#include "result.h"

class HttpClient;
class PlacementClient;
class SecretStore;
struct CommandLineOptions;

class ConnectionLauncher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void(const ConnectionReport &report)>;
    // Asked when a profile's secret is neither in the keyring nor the environment;
    // `reason` says why. Answer with the secret and whether to remember it (empty: cancelled).
    using SecretPrompt = std::function<void(const QString &profile, const QString &label, const QString &reason,
                                            std::function<void(const QString &secret, bool remember)> answer)>;

    ConnectionLauncher(PlacementClient *client, SecretStore *secrets, QObject *parent = nullptr);

    // Which connection the command line (or OS_CLOUD) names: a cloud, a profile, or none.
    static bool wantsProfile(const CommandLineOptions &options);
    // The config for --cloud or $OS_CLOUD (secrets included), or for --profile (secret not yet).
    static Result<AuthConfig> resolve(const CommandLineOptions &options, QString *profileName = nullptr);

    void setSecretPrompt(SecretPrompt prompt) { m_prompt = std::move(prompt); }
    // Resolves, fetches the secret if needed, connects. The callback runs once.
    void launch(const CommandLineOptions &options, Callback callback);
    // A saved profile: its secret as typed, else from the keyring, else asked for.
    void launchProfile(const QString &profile, const AuthConfig &config, Callback callback);
    // Connects with a known config (profile dialog, switching).
    void connectWith(const AuthConfig &config, Callback callback);
    // After a successful launch: Nova's HttpClient gets the same TLS settings and token source.
    void attachCompanion(HttpClient *http) const { m_connection->attachCompanion(http); }

private:
    void withSecret(const QString &profile, AuthConfig config, const Callback &callback);

    PlacementClient *m_client;
    SecretStore *m_secrets;
    AuthConnection *m_connection;
    SecretPrompt m_prompt;
};
