#include "secretprompt.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

SecretPrompt::SecretPrompt(const QString &profile, const QString &label, const QString &reason, bool keyringAvailable,
                           QWidget *parent)
    : QDialog(parent)
    , m_secret(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember in the system keyring"), this))
{
    setWindowTitle(tr("Connect to %1").arg(profile));
    auto *why = new QLabel(reason, this);
    why->setWordWrap(true);
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setMinimumWidth(320);
    m_remember->setChecked(keyringAvailable);
    m_remember->setEnabled(keyringAvailable);
    if (!keyringAvailable)
        m_remember->setToolTip(tr("No keyring service answered: the secret is kept in memory until you quit."));
    auto *form = new QFormLayout;
    form->addRow(tr("%1:").arg(label.left(1).toUpper() + label.mid(1)), m_secret);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_secret, &QLineEdit::textChanged, this,
            [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(why);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(buttons);
}

QString SecretPrompt::secret() const
{
    return m_secret->text();
}

bool SecretPrompt::remember() const
{
    return m_remember->isChecked();
}
