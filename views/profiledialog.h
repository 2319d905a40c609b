#pragma once

// The profile manager: add, edit, duplicate and delete saved connections, import
// clouds from clouds.yaml, test a connection and connect. Holds no HTTP code: it
// emits what the operator asked for and shows the answers it is given.

#include <QDialog>

#include "connectionprofile.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(QWidget *parent = nullptr);

    void setProfiles(const QList<ConnectionProfile> &profiles, const QString &current = {});
    QList<ConnectionProfile> profiles() const { return m_profiles; }
    // Cloud names offered by "Import from clouds.yaml" (with the file, for the tooltip).
    void setImportableClouds(const QStringList &names, const QString &file);
    // Adds or replaces a profile (an import) and selects it.
    void addProfile(const ConnectionProfile &profile);
    // The result of testRequested(), one line per step.
    void showTestResult(const QString &text, bool ok);

Q_SIGNALS:
    // `profile.auth.secret` holds what was typed (empty: use the stored one).
    void testRequested(const ConnectionProfile &profile);
    void connectRequested(const ConnectionProfile &profile);
    void profilesEdited(const QList<ConnectionProfile> &profiles);
    void secretForgotten(const QString &profileName);
    void importRequested(const QString &cloudName);

private:
    void buildForm(QFormLayout *form);
    void showProfile(int row);
    void storeForm(); // the form into m_profiles[m_row]
    ConnectionProfile formProfile() const;
    void updateFieldVisibility();
    void addNew();
    void duplicate();
    void remove();

    QList<ConnectionProfile> m_profiles;
    int m_row = -1;
    bool m_loading = false;
    bool m_saved = false; // profilesEdited() already sent by Connect

    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_duplicate;
    QPushButton *m_delete;
    QToolButton *m_import;
    QLineEdit *m_name;
    QComboBox *m_type;
    QLineEdit *m_authUrl;
    QLineEdit *m_user;
    QLineEdit *m_userDomain;
    QLineEdit *m_project;
    QLineEdit *m_projectDomain;
    QLineEdit *m_appCredential;
    QLineEdit *m_region;
    QComboBox *m_interface;
    QLineEdit *m_endpoint;
    QLineEdit *m_computeEndpoint; // Nova; optional
    QLineEdit *m_versionCap;
    QLineEdit *m_caFile;
    QLineEdit *m_certFile; // PEM; may hold the key too when m_keyFile is empty
    QLineEdit *m_keyFile;
    QCheckBox *m_verify;
    QLabel *m_verifyWarning;
    QCheckBox *m_readOnly;
    QLineEdit *m_secret;
    QCheckBox *m_remember;
    QLabel *m_origin;
    QPlainTextEdit *m_result;
    QPushButton *m_test;
    QPushButton *m_connect;
    QFormLayout *m_form = nullptr;
};
