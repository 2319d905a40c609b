#include "headlessexport.h"

#include "exitcodes.h"
#include "placementclient.h"
#include "providerexport.h"
#include "providerloader.h"
#include "providermodel.h"

namespace {
// Enough names to start looking; the count says how many more there are.
constexpr int namedFailures = 5;

QString withoutFinalStop(QString text)
{
    if (text.endsWith(QLatin1Char('.')))
        text.chop(1);
    return text;
}
} // namespace

HeadlessExport::HeadlessExport(QUrl endpoint, QByteArray token, QString path, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_token(std::move(token))
    , m_path(std::move(path))
    , m_client(new PlacementClient(this))
    , m_model(new ProviderModel(this))
    , m_loader(new ProviderLoader(m_client, m_model, this))
{
    m_loader->setLoadUsage(false);
    connect(m_loader, &ProviderLoader::providersListed, this, [this] { m_listed = true; });
    connect(m_loader, &ProviderLoader::listFailed, this, [this](const PlacementError &error) {
        finish(ExitCode::Failed,
               m_loadedHandler ? tr("cannot list providers, nothing compared: %1").arg(error.fullText())
                               : tr("cannot list providers, nothing written: %1").arg(error.fullText()));
    });
    connect(m_loader, &ProviderLoader::finished, this, &HeadlessExport::onLoaderFinished);
}

void HeadlessExport::start()
{
    m_client->setEndpoint(m_endpoint);
    m_client->setToken(m_token);
    m_client->connectToServer(this, [this](const Result<Capabilities> &result) {
        if (!result) {
            const QString endpoint = m_endpoint.toDisplayString(QUrl::RemoveUserInfo);
            finish(ExitCode::Failed,
                   m_loadedHandler
                       ? tr("cannot connect to %1, nothing compared: %2").arg(endpoint, result.error().fullText())
                       : tr("cannot connect to %1, nothing written: %2").arg(endpoint, result.error().fullText()));
            return;
        }
        m_loader->reload();
    });
}

void HeadlessExport::abort(const QString &message)
{
    finish(ExitCode::Failed, message);
}

void HeadlessExport::onLoaderFinished(bool cancelled)
{
    // After a failed list the loader still reports finished(false); listFailed has ended the
    // export by then, and finish() ignores everything after the first outcome.
    if (cancelled)
        finish(ExitCode::Failed, tr("the export was cancelled, nothing written"));
    else if (!m_listed)
        finish(ExitCode::Failed, tr("the provider list could not be read, nothing written"));
    else if (m_loadedHandler && !m_finished)
        m_loadedHandler(*m_model);
    else
        write();
}

void HeadlessExport::write()
{
    if (m_finished)
        return;
    const QList<ProviderModel::UnreadAggregates> failedRows = m_model->unreadAggregates();
    const int failed = static_cast<int>(failedRows.size());
    // A partial export looks complete to a script that only checks for the file: refuse it
    // unless the caller asked for it, and then mark every gap.
    if (failed > 0 && !m_allowPartial) {
        finish(ExitCode::Partial,
               tr("the aggregates of %n provider(s) could not be read, nothing written (--allow-partial writes "
                  "the file with each failed row's error): %1",
                  nullptr, failed)
                   .arg(failedProviders(failedRows)));
        return;
    }
    // The file's shape follows the command line, not the server's luck: with --allow-partial
    // every row has the error field, empty when its aggregates were read.
    const auto errors
        = m_allowPartial ? ProviderExport::AggregateErrors::Include : ProviderExport::AggregateErrors::Omit;
    const Result<Done> written
        = ProviderExport::write(m_path, *m_model, m_model->uuids(), ProviderExport::identityColumns(), errors);
    if (!written) {
        finish(ExitCode::Failed, tr("nothing written: %1").arg(written.error().detail));
        return;
    }
    if (failed > 0) {
        finish(ExitCode::Partial,
               tr("%1 written partially: the aggregates of %n provider(s) could not be read and their rows carry "
                  "the error: %2",
                  nullptr, failed)
                   .arg(m_path, failedProviders(failedRows)));
        return;
    }
    finish(ExitCode::Success, tr("%n provider(s) written to %1", nullptr, m_model->rowCount()).arg(m_path));
}

QString HeadlessExport::failedProviders(const QList<ProviderModel::UnreadAggregates> &rows)
{
    QStringList named;
    for (const ProviderModel::UnreadAggregates &r : rows) {
        if (named.size() == namedFailures)
            break;
        const QString why = r.error.isEmpty() ? tr("not loaded") : r.error;
        // The reasons are sentences; inside the list their final stops would read ".;".
        named << tr("%1 (%2): %3").arg(r.uuid, r.name, withoutFinalStop(why));
    }
    const QString list = named.join(QStringLiteral("; "));
    const int more = static_cast<int>(rows.size() - named.size());
    return more > 0 ? tr("%1; and %n more", nullptr, more).arg(list) : list;
}

void HeadlessExport::finish(int exitCode, const QString &message)
{
    if (m_finished)
        return;
    m_finished = true;
    // Nothing may arrive after the outcome: a late answer must not start a write.
    m_loader->cancel();
    Q_EMIT finished(exitCode, message);
}
