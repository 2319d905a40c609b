#include "profiledialog.h"

#include "shortcutsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

ProfileDialog::ProfileDialog(QWidget *parent)
    : QDialog(parent)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("&Add"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_import(new QToolButton(this))
    , m_name(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_authUrl(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_userDomain(new QLineEdit(this))
    , m_project(new QLineEdit(this))
    , m_projectDomain(new QLineEdit(this))
    , m_appCredential(new QLineEdit(this))
    , m_region(new QLineEdit(this))
    , m_interface(new QComboBox(this))
    , m_endpoint(new QLineEdit(this))
    , m_computeEndpoint(new QLineEdit(this))
    , m_versionCap(new QLineEdit(this))
    , m_caFile(new QLineEdit(this))
    , m_certFile(new QLineEdit(this))
    , m_keyFile(new QLineEdit(this))
    , m_verify(new QCheckBox(tr("Verify TLS certificates"), this))
    , m_verifyWarning(
          new QLabel(tr("⚠ Certificates will not be checked: anyone on the path can read the token."), this))
    , m_readOnly(new QCheckBox(tr("Read-only (no aggregate edits)"), this))
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("Remember the secret in the system keyring"), this))
    , m_origin(new QLabel(this))
    , m_result(new QPlainTextEdit(this))
    , m_test(new QPushButton(tr("&Test connection"), this))
    , m_connect(new QPushButton(tr("&Connect"), this))
{
    setWindowTitle(tr("Connection profiles"));
    for (AuthType type : AuthConfig::allTypes())
        m_type->addItem(AuthConfig::typeDisplayName(type), AuthConfig::typeName(type));
    m_interface->addItems({ QStringLiteral("public"), QStringLiteral("internal"), QStringLiteral("admin") });
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("leave empty to use the stored secret"));
    m_authUrl->setPlaceholderText(tr("https://keystone.example:5000/v3"));
    m_endpoint->setPlaceholderText(tr("from the service catalog"));
    m_versionCap->setPlaceholderText(tr("highest both sides know, e.g. 1.39"));
    m_userDomain->setPlaceholderText(QStringLiteral("Default"));
    m_projectDomain->setPlaceholderText(QStringLiteral("Default"));
    m_verifyWarning->setWordWrap(true);
    m_verifyWarning->setStyleSheet(QStringLiteral("color: #b35900;"));
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Connection test result"));
    m_list->setAccessibleName(tr("Saved profiles"));
    m_result->setPlaceholderText(tr("Test connection authenticates, finds Placement and reads its version range."));
    m_result->setMaximumHeight(110);
    m_origin->setWordWrap(true);
    m_import->setText(tr("&Import from clouds.yaml"));
    m_import->setPopupMode(QToolButton::InstantPopup);
    m_import->setMenu(new QMenu(m_import));
    m_import->setEnabled(false);
    m_connect->setDefault(true);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_duplicate);
    listButtons->addWidget(m_delete);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list);
    left->addLayout(listButtons);
    left->addWidget(m_import);

    m_form = new QFormLayout;
    buildForm(m_form);
    auto *top = new QHBoxLayout;
    top->addLayout(left, 1);
    top->addLayout(m_form, 2);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_result);
    layout->addWidget(buttons);

    ShortcutsDialog::installHelpKey(this);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeForm();
        showProfile(row);
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ProfileDialog::updateFieldVisibility);
    connect(m_verify, &QCheckBox::toggled, this, &ProfileDialog::updateFieldVisibility);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        storeForm();
        if (m_row >= 0)
            m_list->item(m_row)->setText(m_profiles.at(m_row).name);
    });
    connect(m_add, &QPushButton::clicked, this, &ProfileDialog::addNew);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileDialog::duplicate);
    connect(m_delete, &QPushButton::clicked, this, &ProfileDialog::remove);
    connect(m_test, &QPushButton::clicked, this, [this] {
        storeForm();
        m_result->setPlainText(tr("Testing…"));
        Q_EMIT testRequested(formProfile());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        storeForm();
        Q_EMIT profilesEdited(m_profiles);
        m_saved = true;
        if (m_row >= 0)
            Q_EMIT connectRequested(formProfile());
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // However the dialog closes (Close, Esc, window manager), edits are kept.
    connect(this, &QDialog::finished, this, [this] {
        if (m_saved)
            return;
        storeForm();
        Q_EMIT profilesEdited(m_profiles);
    });
    resize(860, 600);
    showProfile(-1);
}

void ProfileDialog::buildForm(QFormLayout *form)
{
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Aut&hentication:"), m_type);
    form->addRow(tr("&Keystone URL:"), m_authUrl);
    form->addRow(tr("U&ser:"), m_user);
    form->addRow(tr("User d&omain:"), m_userDomain);
    form->addRow(tr("&Project:"), m_project);
    form->addRow(tr("Pro&ject domain:"), m_projectDomain);
    form->addRow(tr("App&lication credential ID:"), m_appCredential);
    form->addRow(tr("Secret:"), m_secret);
    form->addRow(QString(), m_remember);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("Inter&face:"), m_interface);
    form->addRow(tr("Placement &endpoint:"), m_endpoint);
    form->addRow(tr("No&va (compute) endpoint:"), m_computeEndpoint);
    form->addRow(tr("&Microversion cap:"), m_versionCap);
    form->addRow(tr("CA file:"), m_caFile);
    form->addRow(tr("Client certificate:"), m_certFile);
    form->addRow(tr("Client ke&y:"), m_keyFile);
    form->addRow(QString(), m_verify);
    form->addRow(QString(), m_verifyWarning);
    form->addRow(QString(), m_readOnly);
    form->addRow(QString(), m_origin);
}

void ProfileDialog::setProfiles(const QList<ConnectionProfile> &profiles, const QString &current)
{
    m_profiles = profiles;
    m_row = -1;
    m_loading = true;
    m_list->clear();
    int select = profiles.isEmpty() ? -1 : 0;
    for (int i = 0; i < profiles.size(); ++i) {
        m_list->addItem(profiles.at(i).name);
        if (profiles.at(i).name == current)
            select = i;
    }
    m_loading = false;
    m_list->setCurrentRow(select);
    showProfile(select);
}

void ProfileDialog::setImportableClouds(const QStringList &names, const QString &file)
{
    QMenu *menu = m_import->menu();
    menu->clear();
    for (const QString &name : names)
        menu->addAction(name, this, [this, name] { Q_EMIT importRequested(name); });
    m_import->setEnabled(!names.isEmpty());
    m_import->setToolTip(names.isEmpty() ? tr("No clouds.yaml was found.") : tr("Clouds in %1").arg(file));
}

void ProfileDialog::addProfile(const ConnectionProfile &profile)
{
    storeForm();
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == profile.name) {
            m_profiles[i] = profile;
            m_row = -1;
            m_list->setCurrentRow(i);
            showProfile(i);
            return;
        }
    }
    m_profiles.append(profile);
    m_list->addItem(profile.name);
    m_list->setCurrentRow(static_cast<int>(m_profiles.size()) - 1);
}

void ProfileDialog::showTestResult(const QString &text, bool ok)
{
    m_result->setPlainText(text);
    m_result->setStyleSheet(ok ? QString() : QStringLiteral("color: #a00000;"));
}

void ProfileDialog::showProfile(int row)
{
    m_row = row;
    const bool has = row >= 0 && row < m_profiles.size();
    for (QWidget *w : std::initializer_list<QWidget *> {
             m_name,          m_type,          m_authUrl,  m_user,      m_userDomain, m_project,
             m_projectDomain, m_appCredential, m_region,   m_interface, m_endpoint,   m_computeEndpoint,
             m_versionCap,    m_caFile,        m_certFile, m_keyFile,   m_verify,     m_readOnly,
             m_secret,        m_remember,      m_test,     m_connect,   m_duplicate,  m_delete })
        w->setEnabled(has);
    const ConnectionProfile p = has ? m_profiles.at(row) : ConnectionProfile();
    const AuthConfig &a = p.auth;
    m_loading = true;
    m_name->setText(p.name);
    m_type->setCurrentIndex(m_type->findData(AuthConfig::typeName(a.type)));
    m_authUrl->setText(a.authUrl.toString());
    m_user->setText(a.username.isEmpty() ? a.userId : a.username);
    m_userDomain->setText(a.userDomainName.isEmpty() ? a.userDomainId : a.userDomainName);
    m_project->setText(a.projectName.isEmpty() ? a.projectId : a.projectName);
    m_projectDomain->setText(a.projectDomainName.isEmpty() ? a.projectDomainId : a.projectDomainName);
    m_appCredential->setText(a.applicationCredentialId);
    m_region->setText(a.regionName);
    m_interface->setCurrentText(a.interface);
    m_endpoint->setText(a.endpointOverride.toString());
    m_computeEndpoint->setText(a.computeEndpoint.toString());
    m_versionCap->setText(a.versionCap ? a.versionCap->toString() : QString());
    m_caFile->setText(a.caFile);
    m_certFile->setText(a.certFile);
    m_keyFile->setText(a.keyFile);
    m_verify->setChecked(a.verifyTls);
    m_readOnly->setChecked(p.readOnly);
    m_secret->clear();
    m_remember->setChecked(p.rememberSecret);
    m_origin->setText(p.origin.isEmpty() ? QString() : tr("From %1").arg(p.origin));
    m_result->clear();
    m_loading = false;
    updateFieldVisibility();
}

ConnectionProfile ProfileDialog::formProfile() const
{
    ConnectionProfile p = m_row >= 0 && m_row < m_profiles.size() ? m_profiles.at(m_row) : ConnectionProfile();
    AuthConfig &a = p.auth;
    p.name = m_name->text().trimmed();
    a.type = AuthConfig::typeFromName(m_type->currentData().toString()).value_or(AuthType::Password);
    a.authUrl = QUrl::fromUserInput(m_authUrl->text().trimmed());
    if (m_authUrl->text().trimmed().isEmpty())
        a.authUrl.clear();
    // Keep ids that came from clouds.yaml when the visible field still shows them.
    if (m_user->text() != a.userId) {
        a.username = m_user->text().trimmed();
        a.userId.clear();
    }
    if (m_userDomain->text() != a.userDomainId) {
        a.userDomainName = m_userDomain->text().trimmed();
        a.userDomainId.clear();
    }
    if (m_project->text() != a.projectId) {
        a.projectName = m_project->text().trimmed();
        a.projectId.clear();
    }
    if (m_projectDomain->text() != a.projectDomainId) {
        a.projectDomainName = m_projectDomain->text().trimmed();
        a.projectDomainId.clear();
    }
    a.applicationCredentialId = m_appCredential->text().trimmed();
    a.regionName = m_region->text().trimmed();
    a.interface = m_interface->currentText();
    a.endpointOverride
        = m_endpoint->text().trimmed().isEmpty() ? QUrl() : QUrl::fromUserInput(m_endpoint->text().trimmed());
    a.computeEndpoint = m_computeEndpoint->text().trimmed().isEmpty()
        ? QUrl()
        : QUrl::fromUserInput(m_computeEndpoint->text().trimmed());
    a.versionCap = ApiVersion::parse(m_versionCap->text().trimmed());
    a.caFile = m_caFile->text().trimmed();
    a.certFile = m_certFile->text().trimmed();
    a.keyFile = m_keyFile->text().trimmed();
    a.verifyTls = m_verify->isChecked();
    p.readOnly = m_readOnly->isChecked();
    p.rememberSecret = m_remember->isChecked();
    a.secret = m_secret->text();
    return p;
}

void ProfileDialog::storeForm()
{
    if (m_loading || m_row < 0 || m_row >= m_profiles.size())
        return;
    ConnectionProfile p = formProfile();
    if (p.name.isEmpty())
        p.name = m_profiles.at(m_row).name;
    p.auth.secret.clear(); // what was typed goes out with test/connect, never into the list
    m_profiles[m_row] = p;
}

void ProfileDialog::updateFieldVisibility()
{
    const auto type = AuthConfig::typeFromName(m_type->currentData().toString()).value_or(AuthType::Password);
    AuthConfig probe;
    probe.type = type;
    const bool keystone = probe.usesKeystone();
    auto show = [this](QWidget *field, bool visible) {
        m_form->setRowVisible(field, visible);
    };
    show(m_authUrl, keystone);
    show(m_user, type == AuthType::Password || type == AuthType::ApplicationCredential);
    show(m_userDomain, type == AuthType::Password);
    show(m_project, type == AuthType::Password || type == AuthType::Token);
    show(m_projectDomain, type == AuthType::Password || type == AuthType::Token);
    show(m_appCredential, type == AuthType::ApplicationCredential);
    show(m_region, keystone);
    show(m_interface, keystone);
    show(m_secret, probe.needsSecret());
    show(m_remember, probe.needsSecret());
    if (auto *label = qobject_cast<QLabel *>(m_form->labelForField(m_secret)))
        label->setText(probe.needsSecret()
                           ? tr("%1:").arg(probe.secretLabel().left(1).toUpper() + probe.secretLabel().mid(1))
                           : QString());
    m_endpoint->setPlaceholderText(keystone ? tr("from the service catalog") : tr("required"));
    m_computeEndpoint->setPlaceholderText(keystone ? tr("from the service catalog")
                                                   : tr("optional: Nova's names and drift need it"));
    m_verifyWarning->setVisible(!m_verify->isChecked());
}

void ProfileDialog::addNew()
{
    ConnectionProfile p;
    QStringList names;
    for (const ConnectionProfile &existing : m_profiles)
        names.append(existing.name);
    p.name = tr("New profile");
    for (int n = 2; names.contains(p.name); ++n)
        p.name = tr("New profile (%1)").arg(n);
    p.auth.userDomainName = QStringLiteral("Default");
    p.auth.projectDomainName = QStringLiteral("Default");
    addProfile(p);
    m_name->setFocus();
    m_name->selectAll();
}

void ProfileDialog::duplicate()
{
    storeForm();
    if (m_row < 0)
        return;
    ConnectionProfile p = m_profiles.at(m_row);
    QStringList names;
    for (const ConnectionProfile &existing : m_profiles)
        names.append(existing.name);
    const QString base = p.name;
    for (int n = 2; names.contains(p.name); ++n)
        p.name = tr("%1 (%2)").arg(base).arg(n);
    addProfile(p);
}

void ProfileDialog::remove()
{
    if (m_row < 0)
        return;
    const QString name = m_profiles.at(m_row).name;
    const int row = m_row;
    m_row = -1;
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    Q_EMIT secretForgotten(name);
    showProfile(m_list->currentRow());
}
