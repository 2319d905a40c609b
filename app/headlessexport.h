#pragma once

// `placement-inspector --endpoint URL --export FILE`: connects, loads every provider with
// its aggregates (no window, no usage), writes the file and reports one line.
//
// A nightly job replaces its snapshot with this file, so an export that is not complete must
// never look like one: a failed list writes nothing (exit 1); providers whose aggregates
// cannot be read make the export partial (exit 4), written only with --allow-partial and then
// with each failed row's error. The file is written atomically, and only at the very end.

#include <QObject>
#include <QUrl>

#include <functional>

#include "providermodel.h"

class PlacementClient;
class ProviderLoader;

class HeadlessExport : public QObject
{
    Q_OBJECT
public:
    HeadlessExport(QUrl endpoint, QByteArray token, QString path, QObject *parent = nullptr);

    // Write the providers that could be read even when others' aggregates could not.
    void setAllowPartial(bool allow) { m_allowPartial = allow; }
    void start();
    // The client to authenticate before start() (--cloud, --profile); then the endpoint to use.
    PlacementClient *client() const { return m_client; }
    void setConnection(const QUrl &endpoint, const QByteArray &token)
    {
        m_endpoint = endpoint;
        m_token = token;
    }
    // Ends the export before start() (authentication failed): reports ExitCode::Failed.
    void abort(const QString &message);

    // --diff against the live cloud loads exactly as the export does, then hands the providers
    // to this handler instead of writing a file; the handler ends the run with complete().
    using LoadedHandler = std::function<void(const ProviderModel &model)>;
    void setLoadedHandler(LoadedHandler handler) { m_loadedHandler = std::move(handler); }
    // Ends the run with this outcome (from the loaded handler).
    void complete(int exitCode, const QString &message) { finish(exitCode, message); }

Q_SIGNALS:
    // Emitted exactly once. exitCode is an ExitCode; message is the one line to print
    // (stdout on success, stderr otherwise).
    void finished(int exitCode, const QString &message);

private:
    void onLoaderFinished(bool cancelled);
    void write();
    static QString failedProviders(const QList<ProviderModel::UnreadAggregates> &rows);
    void finish(int exitCode, const QString &message);

    QUrl m_endpoint;
    QByteArray m_token;
    QString m_path;
    bool m_allowPartial = false;
    LoadedHandler m_loadedHandler;
    bool m_listed = false; // the provider list arrived and was usable
    bool m_finished = false;
    PlacementClient *m_client;
    ProviderModel *m_model;
    ProviderLoader *m_loader;
};
