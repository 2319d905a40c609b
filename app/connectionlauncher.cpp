#include "connectionlauncher.h"

#include "cloudresolver.h"
#include "cloudsconfig.h"
#include "commandline.h"
#include "profilestore.h"
#include "secretstore.h"

ConnectionLauncher::ConnectionLauncher(PlacementClient *client, SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_secrets(secrets)
    , m_connection(new AuthConnection(client, this))
{ }

bool ConnectionLauncher::wantsProfile(const CommandLineOptions &options)
{
    return !options.cloud.isEmpty() || !options.profile.isEmpty();
}

Result<AuthConfig> ConnectionLauncher::resolve(const CommandLineOptions &options, QString *profileName)
{
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!options.profile.isEmpty()) {
        ProfileStore store;
        if (const auto loaded = store.load(); !loaded)
            return loaded.error();
        const auto profile = store.find(options.profile);
        if (!profile)
            return PlacementError::make(
                PlacementError::Kind::InvalidInput,
                QCoreApplication::translate("ConnectionLauncher", "no saved profile named \"%1\" in %2")
                    .arg(options.profile, store.path()));
        if (profileName)
            *profileName = profile->name;
        AuthConfig auth = profile->auth;
        if (options.computeEndpoint.isValid())
            auth.computeEndpoint = options.computeEndpoint;
        return auth;
    }
    const auto config = CloudsConfig::load(env);
    if (!config)
        return config.error();
    // Like the openstack CLI: OS_* variables override the cloud's own settings.
    const auto cloud = config.value().cloud(options.cloud, CloudResolver::fromEnvironment(env));
    if (!cloud)
        return cloud.error();
    AuthConfig auth = cloud.value().auth;
    if (options.computeEndpoint.isValid())
        auth.computeEndpoint = options.computeEndpoint;
    return auth;
}

void ConnectionLauncher::launch(const CommandLineOptions &options, Callback callback)
{
    QString profileName;
    const auto config = resolve(options, &profileName);
    if (!config) {
        ConnectionReport report;
        report.error = config.error();
        report.steps.append({ false, false, config.error().detail });
        callback(report);
        return;
    }
    if (!profileName.isEmpty() && config.value().needsSecret())
        withSecret(profileName, config.value(), callback);
    else
        connectWith(config.value(), std::move(callback));
}

void ConnectionLauncher::launchProfile(const QString &profile, const AuthConfig &config, Callback callback)
{
    if (!config.needsSecret() || !config.secret.isEmpty())
        connectWith(config, std::move(callback));
    else
        withSecret(profile, config, callback);
}

void ConnectionLauncher::withSecret(const QString &profile, AuthConfig config, const Callback &callback)
{
    const QString key = QStringLiteral("profile:") + profile;
    m_secrets->read(key, [this, profile, config, key, callback](const SecretStore::Answer &answer) mutable {
        if (answer.status == SecretStore::Status::Found) {
            config.secret = answer.secret;
            connectWith(config, callback);
            return;
        }
        const QString reason = answer.status == SecretStore::Status::Unavailable
            ? tr("No keyring service answered (%1). The secret is kept in memory for this session only.")
                  .arg(answer.message)
            : tr("The keyring holds no %1 for this profile.").arg(config.secretLabel());
        if (!m_prompt) {
            ConnectionReport report;
            report.error = PlacementError::make(PlacementError::Kind::InvalidInput, reason);
            report.steps.append({ false, false, tr("Profile \"%1\": %2").arg(profile, reason) });
            callback(report);
            return;
        }
        m_prompt(profile, config.secretLabel(), reason,
                 [this, config, key, callback](const QString &secret, bool remember) mutable {
                     if (secret.isEmpty()) {
                         ConnectionReport report;
                         report.error = PlacementError::make(PlacementError::Kind::Cancelled, tr("cancelled"));
                         report.steps.append({ false, false, tr("No secret given.") });
                         callback(report);
                         return;
                     }
                     m_secrets->write(key, secret, remember && !m_secrets->keyringKnownUnavailable());
                     config.secret = secret;
                     connectWith(config, callback);
                 });
    });
}

void ConnectionLauncher::connectWith(const AuthConfig &config, Callback callback)
{
    m_connection->start(config, std::move(callback));
}
