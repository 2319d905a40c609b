#pragma once

// Asks for a profile's password, application-credential secret or token, says why it
// is asked (keyring empty or unavailable), and offers to remember it in the keyring.

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

class SecretPrompt : public QDialog
{
    Q_OBJECT
public:
    // `label` names the secret ("password"); `reason` is shown above the field.
    SecretPrompt(const QString &profile, const QString &label, const QString &reason, bool keyringAvailable,
                 QWidget *parent = nullptr);

    QString secret() const;
    bool remember() const;

private:
    QLineEdit *m_secret;
    QCheckBox *m_remember;
};
