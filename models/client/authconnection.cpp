#include "authconnection.h"

#include "authsession.h"
#include "httpclient.h"
#include "placementclient.h"
#include "requestlog.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslKey>
#include <QUuid>

QString ConnectionReport::text() const
{
    QStringList lines;
    for (const ConnectionStep &s : steps) {
        const QString mark = !s.ok ? tr("✗") : s.warning ? tr("⚠") : tr("✓");
        lines.append(tr("%1 %2").arg(mark, s.text));
    }
    return lines.join(QLatin1Char('\n'));
}

AuthConnection::AuthConnection(PlacementClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

AuthConnection::~AuthConnection()
{
    cancel();
}

Result<QSslConfiguration> AuthConnection::sslConfiguration(const AuthConfig &config)
{
    using Kind = PlacementError::Kind;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    auto readFile = [](const QString &path, QByteArray *data) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return false;
        *data = file.readAll();
        return true;
    };
    QByteArray data;
    if (!config.caFile.isEmpty()) {
        if (!readFile(config.caFile, &data))
            return PlacementError::make(Kind::InvalidInput, tr("cannot read the CA file %1").arg(config.caFile));
        const QList<QSslCertificate> cas = QSslCertificate::fromData(data, QSsl::Pem);
        if (cas.isEmpty())
            return PlacementError::make(Kind::InvalidInput,
                                        tr("the CA file %1 holds no PEM certificate").arg(config.caFile));
        ssl.setCaCertificates(ssl.caCertificates() + cas);
    }
    if (!config.certFile.isEmpty()) {
        if (!readFile(config.certFile, &data))
            return PlacementError::make(Kind::InvalidInput,
                                        tr("cannot read the client certificate %1").arg(config.certFile));
        const QList<QSslCertificate> certs = QSslCertificate::fromData(data, QSsl::Pem);
        if (certs.isEmpty())
            return PlacementError::make(Kind::InvalidInput, tr("%1 holds no PEM certificate").arg(config.certFile));
        ssl.setLocalCertificate(certs.first());
        // openstacksdk accepts a key inside the certificate file when no key file is given.
        const QString keyPath = config.keyFile.isEmpty() ? config.certFile : config.keyFile;
        if (!readFile(keyPath, &data))
            return PlacementError::make(Kind::InvalidInput, tr("cannot read the client key %1").arg(keyPath));
        QSslKey key(data, QSsl::Rsa);
        if (key.isNull())
            key = QSslKey(data, QSsl::Ec);
        if (key.isNull())
            return PlacementError::make(Kind::InvalidInput,
                                        tr("%1 holds no unencrypted RSA or EC private key").arg(keyPath));
        ssl.setPrivateKey(key);
    }
    if (!config.verifyTls)
        ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
    return ssl;
}

void AuthConnection::cancel()
{
    delete m_context; // drops every callback bound to it
    m_context = nullptr;
    m_callback = nullptr;
}

void AuthConnection::start(const AuthConfig &config, Callback callback)
{
    cancel();
    m_client->cancelAll();
    m_client->http()->cancelAll();
    delete m_session;
    m_context = new QObject(this);
    m_config = config;
    m_callback = std::move(callback);
    m_report = {};

    if (const auto invalid = config.validate()) {
        fail(*invalid, tr("Settings are incomplete: %1").arg(invalid->detail));
        return;
    }
    const auto ssl = sslConfiguration(config);
    if (!ssl) {
        fail(ssl.error(), tr("TLS settings: %1").arg(ssl.error().detail));
        return;
    }
    m_client->http()->setSslConfiguration(ssl.value());
    m_client->setVersionCap(config.versionCap);
    m_report.tlsVerificationOff = !config.verifyTls;
    if (!config.verifyTls)
        step(true, tr("TLS certificates are NOT verified (this profile turns verification off)."), true);

    if (!config.usesKeystone()) {
        m_client->setToken(config.type == AuthType::None ? QByteArrayLiteral("notused") : config.secret.toUtf8());
        findCompute(nullptr);
        connectPlacement(config.endpointOverride);
        return;
    }
    m_session = new AuthSession(config, m_context);
    m_session->setSslConfiguration(ssl.value());
    // Keystone exchanges belong in the request log next to the Placement ones.
    RequestLog *keystoneLog = m_session->keystoneHttp()->log();
    connect(keystoneLog, &RequestLog::entryAdded, m_context, [this, keystoneLog] {
        if (keystoneLog->size() > 0)
            m_client->log()->append(keystoneLog->at(keystoneLog->size() - 1));
    });
    m_session->login([this](const std::optional<PlacementError> &error) {
        if (error) {
            const QString who = m_config.type == AuthType::ApplicationCredential
                ? tr("application credential %1")
                      .arg(m_config.applicationCredentialId.isEmpty() ? m_config.applicationCredentialName
                                                                      : m_config.applicationCredentialId)
                : m_config.type == AuthType::Token
                ? tr("the token")
                : tr("user %1").arg(m_config.username.isEmpty() ? m_config.userId : m_config.username);
            // Keystone refuses only what it answered; a handshake, a timeout or a reset is no
            // verdict on the credentials.
            using Kind = PlacementError::Kind;
            const bool answered
                = error->kind != Kind::Network && error->kind != Kind::Timeout && error->kind != Kind::Tls;
            fail(
                *error,
                (answered ? tr("Keystone %1 refused %2: %3") : tr("Could not reach Keystone %1 to authenticate %2: %3"))
                    .arg(m_config.keystoneV3Url().toDisplayString(), who, error->message()));
            return;
        }
        afterLogin();
    });
}

void AuthConnection::afterLogin()
{
    const KeystoneToken token = *m_session->token();
    const QString scope = token.projectName.isEmpty() ? tr("unscoped") : token.projectName;
    step(true,
         tr("Keystone: authenticated as %1 (%2, roles: %3); token valid until %4.")
             .arg(token.userName, scope, token.roles.join(QStringLiteral(", ")),
                  token.expiresAt.toLocalTime().toString(Qt::ISODate)));
    m_session->attachTo(m_client->http());
    findCompute(&token.catalog);
    if (!m_config.endpointOverride.isEmpty()) {
        step(true, tr("Placement endpoint %1 (set in the profile).").arg(m_config.endpointOverride.toDisplayString()));
        connectPlacement(m_config.endpointOverride);
        return;
    }
    const QString interface = AuthConfig::normalizedInterface(m_config.interface);
    const auto url = token.catalog.find(QStringLiteral("placement"), interface, m_config.regionName);
    if (!url) {
        fail(url.error(), tr("Finding Placement: %1").arg(url.error().detail));
        return;
    }
    step(true,
         tr("Placement endpoint %1 (catalog: %2, %3).")
             .arg(url.value().toDisplayString(), interface,
                  m_config.regionName.isEmpty() ? tr("any region") : m_config.regionName));
    connectPlacement(url.value());
}

void AuthConnection::findCompute(const KeystoneCatalog *catalog)
{
    // Nova is optional: its absence is a reason shown once, never a failed connection.
    if (!m_config.computeEndpoint.isEmpty()) {
        m_report.computeEndpoint = m_config.computeEndpoint;
        step(true,
             tr("Nova (compute) endpoint %1 (set in the profile).").arg(m_config.computeEndpoint.toDisplayString()));
        return;
    }
    if (!catalog) {
        m_report.computeAbsentReason = tr("no compute endpoint is set for this connection (a standalone Placement "
                                          "endpoint has no catalog to find Nova in)");
        return;
    }
    const QString interface = AuthConfig::normalizedInterface(m_config.interface);
    const auto url = catalog->find(QStringLiteral("compute"), interface, m_config.regionName);
    if (!url) {
        m_report.computeAbsentReason = tr("the Keystone catalog has no compute endpoint: %1").arg(url.error().detail);
        return;
    }
    m_report.computeEndpoint = url.value();
    step(true, tr("Nova (compute) endpoint %1 (catalog).").arg(url.value().toDisplayString()));
}

void AuthConnection::attachCompanion(HttpClient *http) const
{
    if (const auto ssl = sslConfiguration(m_config))
        http->setSslConfiguration(ssl.value());
    http->setTransferTimeoutMs(m_client->http()->transferTimeoutMs());
    if (m_session)
        m_session->attachTo(http);
    else
        http->setToken(m_client->http()->token());
}

void AuthConnection::connectPlacement(const QUrl &endpoint)
{
    m_client->setEndpoint(endpoint);
    m_report.endpoint = endpoint;
    m_client->connectToServer(m_context, [this, endpoint](const Result<Capabilities> &result) {
        if (!result) {
            fail(result.error(), tr("Placement at %1: %2").arg(endpoint.toDisplayString(), result.error().message()));
            return;
        }
        m_report.capabilities = result.value();
        const auto range = m_client->serverVersions();
        step(true,
             tr("Placement answers: microversions %1 to %2, using %3.")
                 .arg(range ? range->min.toString() : QString(), range ? range->max.toString() : QString(),
                      result.value().version().toString()));
        if (m_checkListing)
            checkListing();
        else
            finish();
    });
}

void AuthConnection::checkListing()
{
    // A filter that matches nothing: cheap, yet Placement checks the policy first.
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("uuid"), QUuid::createUuid().toString(QUuid::WithoutBraces));
    m_client->http()->send(HttpRequest::get(QStringLiteral("/resource_providers"), query), m_context,
                           [this](const HttpResponse &response) {
                               if (!response.ok()) {
                                   fail(*response.error, tr("Listing providers: %1").arg(response.error->message()));
                                   return;
                               }
                               step(true, tr("Your role may list resource providers."));
                               finish();
                           });
}

void AuthConnection::step(bool ok, const QString &text, bool warning)
{
    m_report.steps.append({ ok, warning, text });
}

void AuthConnection::fail(const PlacementError &error, const QString &text)
{
    m_report.error = error;
    step(false, text);
    finish();
}

void AuthConnection::finish()
{
    Callback callback = std::exchange(m_callback, nullptr);
    if (callback)
        callback(m_report);
}
