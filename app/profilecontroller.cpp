#include "profilecontroller.h"

#include "appcontroller.h"
#include "authconnection.h"
#include "cloudresolver.h"
#include "cloudsconfig.h"
#include "connectionlauncher.h"
#include "httpclient.h"
#include "mainwindow.h"
#include "novaclient.h"
#include "novacontroller.h"
#include "placementclient.h"
#include "profiledialog.h"
#include "profilelabelstore.h"
#include "secretstore.h"

#include <QMessageBox>

ProfileController::ProfileController(MainWindow *window, AppController *controller, ConnectionLauncher *launcher,
                                     SecretStore *secrets, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_controller(controller)
    , m_launcher(launcher)
    , m_secrets(secrets)
{
    connect(m_window, &MainWindow::manageProfilesRequested, this, &ProfileController::openManager);
}

void ProfileController::openManager()
{
    if (const auto loaded = m_store.load(); !loaded) {
        QMessageBox::warning(
            m_window, tr("Connection profiles"),
            tr("The saved profiles cannot be read; nothing will be overwritten.\n%1").arg(loaded.error().detail));
        return;
    }
    auto *dialog = new ProfileDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setProfiles(m_store.profiles(), m_current);
    const auto clouds = CloudsConfig::load();
    if (clouds)
        dialog->setImportableClouds(clouds.value().cloudNames(), clouds.value().cloudsFile());
    else
        dialog->showTestResult(clouds.error().detail, false);
    connect(dialog, &ProfileDialog::importRequested, this, [dialog, clouds](const QString &name) {
        const auto cloud
            = clouds.value().cloud(name, CloudResolver::fromEnvironment(QProcessEnvironment::systemEnvironment()));
        if (!cloud) {
            dialog->showTestResult(cloud.error().detail, false);
            return;
        }
        ConnectionProfile profile = cloud.value();
        profile.auth.secret.clear(); // clouds.yaml keeps it; the keyring only if asked on connect
        profile.rememberSecret = false;
        dialog->addProfile(profile);
    });
    connect(dialog, &ProfileDialog::testRequested, this,
            [this, dialog](const ConnectionProfile &profile) { testProfile(dialog, profile); });
    connect(dialog, &ProfileDialog::profilesEdited, this, &ProfileController::saveProfiles);
    connect(dialog, &ProfileDialog::secretForgotten, this,
            [this](const QString &name) { m_secrets->remove(QStringLiteral("profile:") + name); });
    connect(dialog, &ProfileDialog::connectRequested, this, &ProfileController::connectProfile);
    dialog->open();
}

void ProfileController::saveProfiles(const QList<ConnectionProfile> &profiles)
{
    ProfileStore store(m_store.path());
    for (const ConnectionProfile &p : profiles)
        store.put(p);
    if (const auto saved = store.save(); !saved) {
        QMessageBox::warning(m_window, tr("Connection profiles"), saved.error().detail);
        return;
    }
    m_store = store;
}

void ProfileController::testProfile(ProfileDialog *dialog, const ConnectionProfile &profile)
{
    // A client of its own: testing never disturbs the connection the window uses.
    auto *client = new PlacementClient(dialog);
    auto *connection = new AuthConnection(client, client);
    connection->setCheckListing(true);
    auto run = [dialog, client, connection](const AuthConfig &config) {
        connection->start(config, [dialog, client](const ConnectionReport &report) {
            dialog->showTestResult(report.text(), report.ok());
            client->deleteLater();
        });
    };
    if (!profile.auth.needsSecret() || !profile.auth.secret.isEmpty()) {
        run(profile.auth);
        return;
    }
    m_secrets->read(profile.secretKey(), [dialog, profile, run, client](const SecretStore::Answer &answer) {
        if (answer.status != SecretStore::Status::Found) {
            dialog->showTestResult(
                tr("Type the %1 to test: none is stored for this profile.").arg(profile.auth.secretLabel()), false);
            client->deleteLater();
            return;
        }
        AuthConfig config = profile.auth;
        config.secret = answer.secret;
        run(config);
    });
}

void ProfileController::connectProfile(const ConnectionProfile &profile)
{
    m_current = profile.name;
    if (!profile.auth.secret.isEmpty())
        m_secrets->write(profile.secretKey(), profile.auth.secret, profile.rememberSecret);
    m_window->setConnectionText(tr("Connecting with profile %1…").arg(profile.name));
    m_launcher->launchProfile(profile.name, profile.auth, [this](const ConnectionReport &r) { onLaunched(r); });
}

void ProfileController::onLaunched(const ConnectionReport &report)
{
    if (!report.ok()) {
        m_window->setConnectionText(tr("Not connected"));
        m_window->setStatusMessage(report.error->message());
        m_window->setNoDataMessage(report.text());
        return;
    }
    bool readOnly = m_forcedReadOnly;
    QString connectionKey;
    if (!m_current.isEmpty()) {
        connectionKey = ProfileAggregateLabelStore::keyFor(m_current);
        if (m_store.load()) {
            if (const auto profile = m_store.find(m_current))
                readOnly = readOnly || profile->readOnly;
        }
    }
    m_controller->setReadOnly(readOnly);
    m_controller->nova()->setEndpoint(report.computeEndpoint, report.computeAbsentReason);
    m_launcher->attachCompanion(m_controller->nova()->client()->http());
    m_controller->connectTo(report.endpoint, m_controller->client()->http()->token(), connectionKey,
                            !report.tlsVerificationOff);
    if (report.tlsVerificationOff)
        m_window->setStatusMessage(tr("Warning: TLS certificates are not verified for this connection."));
}
