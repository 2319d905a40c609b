#include "secretstore.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {

SecretStore::Answer answerFor(const QKeychain::Job *job, const QString &secret)
{
    SecretStore::Answer answer;
    switch (job->error()) {
    case QKeychain::NoError:
        answer.status = SecretStore::Status::Found;
        answer.secret = secret;
        break;
    case QKeychain::EntryNotFound:
        answer.status = SecretStore::Status::NotFound;
        break;
    default:
        answer.status = SecretStore::Status::Unavailable;
        answer.message = job->errorString();
        break;
    }
    return answer;
}

} // namespace

SecretStore::SecretStore(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

void SecretStore::read(const QString &key, Callback callback)
{
    if (m_session.contains(key)) {
        const Answer answer { Status::Found, m_session.value(key), {} };
        QTimer::singleShot(0, this, [callback = std::move(callback), answer] { callback(answer); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job, key, callback = std::move(callback)] {
        const Answer answer = answerFor(job, job->textData());
        m_unavailable = answer.status == Status::Unavailable;
        if (answer.status == Status::Found)
            m_session.insert(key, answer.secret);
        callback(answer);
    });
    job->start();
}

void SecretStore::write(const QString &key, const QString &secret, bool remember, Callback callback)
{
    m_session.insert(key, secret);
    if (!remember) {
        if (callback)
            QTimer::singleShot(0, this, [callback = std::move(callback)] { callback({ Status::NotFound, {}, {} }); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setKey(key);
    job->setTextData(secret);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, job, callback = std::move(callback)] {
        const Answer answer = answerFor(job, {});
        m_unavailable = answer.status == Status::Unavailable;
        if (callback)
            callback(answer);
    });
    job->start();
}

void SecretStore::remove(const QString &key, Callback callback)
{
    m_session.remove(key);
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setKey(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [job, callback = std::move(callback)] {
        Answer answer = answerFor(job, {});
        if (job->error() == QKeychain::EntryNotFound || job->error() == QKeychain::CouldNotDeleteEntry)
            answer = { Status::NotFound, {}, {} };
        if (callback)
            callback(answer);
    });
    job->start();
}
