#pragma once

// Reads a provider's aggregates straight from Placement, outside the app (its own network
// access manager, never the app's client): the soak driver's witness for what the server
// really has after the window reported an outcome.

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QStringList>
#include <QUrl>

#include <functional>

struct SoakRead
{
    bool ok = false;
    QStringList aggregates;
    qint64 generation = -1;
    QString error;
};

class SoakVerifier : public QObject
{
public:
    SoakVerifier(QUrl endpoint, QByteArray token, QObject *parent = nullptr);

    void read(const QString &provider, const std::function<void(const SoakRead &)> &done);
    // Reads every provider (in parallel), then calls done with the reads in the same order.
    void readAll(const QStringList &providers, const std::function<void(const QList<SoakRead> &)> &done);

private:
    QNetworkAccessManager m_network;
    QUrl m_endpoint;
    QByteArray m_token;
};
