#pragma once

// Connection menu and profile manager: loads and saves profiles, imports clouds from
// clouds.yaml, runs "Test connection" on a separate client, keeps secrets in the
// keyring when asked, and switches the window to another profile (cancelling
// everything the old connection had in flight).

#include <QObject>

#include "profilestore.h"

class AppController;
class ConnectionLauncher;
class MainWindow;
class ProfileDialog;
class SecretStore;
struct ConnectionReport;

class ProfileController : public QObject
{
    Q_OBJECT
public:
    ProfileController(MainWindow *window, AppController *controller, ConnectionLauncher *launcher, SecretStore *secrets,
                      QObject *parent = nullptr);

    // Connection → Profiles… (the window asks through manageProfilesRequested).
    void openManager();
    // Connects the window with a saved profile (secret typed, in the keyring, or asked for).
    void connectProfile(const ConnectionProfile &profile);
    // Called once the launcher reports: hands the endpoint to the app controller and
    // applies the current profile's preferences (read-only, aggregate labels).
    void onLaunched(const ConnectionReport &report);
    // The saved profile the next onLaunched() belongs to (--profile); empty for none.
    void setCurrentProfile(const QString &name) { m_current = name; }
    // --read-only: no profile can turn writes back on.
    void setForcedReadOnly(bool readOnly) { m_forcedReadOnly = readOnly; }

private:
    void testProfile(ProfileDialog *dialog, const ConnectionProfile &profile);
    void saveProfiles(const QList<ConnectionProfile> &profiles);

    MainWindow *m_window;
    AppController *m_controller;
    ConnectionLauncher *m_launcher;
    SecretStore *m_secrets;
    ProfileStore m_store;
    QString m_current;
    bool m_forcedReadOnly = false;
};
