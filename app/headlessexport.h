#pragma once

// `placement-inspector --endpoint URL --export FILE`: connects, loads every provider with
// its aggregates (no window, no usage), writes the file and reports one line.

#include <QObject>
#include <QUrl>

class PlacementClient;
class ProviderLoader;
class ProviderModel;

class HeadlessExport : public QObject
{
    Q_OBJECT
public:
    HeadlessExport(const QUrl &endpoint, const QByteArray &token, const QString &path, QObject *parent = nullptr);

    void start();
    // The client to authenticate before start() (--cloud, --profile); then the endpoint to use.
    PlacementClient *client() const { return m_client; }
    void setConnection(const QUrl &endpoint, const QByteArray &token)
    {
        m_endpoint = endpoint;
        m_token = token;
    }

Q_SIGNALS:
    // exitCode 0 on success; message is the one line to print (stdout on success, stderr otherwise).
    void finished(int exitCode, const QString &message);

private:
    void fail(const QString &message);
    void write();

    QUrl m_endpoint;
    QByteArray m_token;
    QString m_path;
    PlacementClient *m_client;
    ProviderModel *m_model;
    ProviderLoader *m_loader;
};
