#pragma once

// Profile secrets in the system keyring (QtKeychain: Secret Service, KWallet, ...),
// with a per-session memory cache. When no keyring answers, nothing is stored
// anywhere: callers learn it (Status::Unavailable) and ask the operator each session.

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Status
    {
        Found,
        NotFound, // the keyring answered: no secret for this profile
        Unavailable, // no keyring service answered (or it refused access)
    };
    struct Answer
    {
        Status status = Status::NotFound;
        QString secret;
        QString message; // why it is unavailable, for the prompt
    };
    using Callback = std::function<void(const Answer &)>;

    // `service` names the entries in the keyring ("placement-inspector").
    explicit SecretStore(QString service = QStringLiteral("placement-inspector"), QObject *parent = nullptr);

    // Session cache first, then the keyring. The callback runs once, later (never inside the call).
    void read(const QString &key, Callback callback);
    // Keeps the secret for this session and, if `remember`, in the keyring. The callback
    // reports Found when it was stored, Unavailable with a reason when it could not be.
    void write(const QString &key, const QString &secret, bool remember, Callback callback = {});
    // Forgets it in the session and the keyring (a missing entry is fine).
    void remove(const QString &key, Callback callback = {});

    // Only in memory for this run; used when the keyring is unavailable or remember is off.
    void keepForSession(const QString &key, const QString &secret) { m_session.insert(key, secret); }
    void forgetSession() { m_session.clear(); }
    bool keyringKnownUnavailable() const { return m_unavailable; }

private:
    QString m_service;
    QHash<QString, QString> m_session;
    bool m_unavailable = false;
};
