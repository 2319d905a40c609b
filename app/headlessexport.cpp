#include "headlessexport.h"

#include "placementclient.h"
#include "providerexport.h"
#include "providerloader.h"
#include "providermodel.h"

HeadlessExport::HeadlessExport(const QUrl &endpoint, const QByteArray &token, const QString &path, QObject *parent)
    : QObject(parent)
    , m_endpoint(endpoint)
    , m_token(token)
    , m_path(path)
    , m_client(new PlacementClient(this))
    , m_model(new ProviderModel(this))
    , m_loader(new ProviderLoader(m_client, m_model, this))
{
    m_loader->setLoadUsage(false);
    connect(m_loader, &ProviderLoader::listFailed, this,
            [this](const PlacementError &error) { fail(tr("cannot list providers: %1").arg(error.fullText())); });
    connect(m_loader, &ProviderLoader::finished, this, [this](bool cancelled) {
        if (!cancelled && m_loader->phase() == ProviderLoader::Phase::Idle)
            write();
    });
}

void HeadlessExport::start()
{
    if (!ProviderExport::formatForPath(m_path)) {
        fail(tr("%1: the file name must end in .csv or .json").arg(m_path));
        return;
    }
    m_client->setEndpoint(m_endpoint);
    m_client->setToken(m_token);
    m_client->connectToServer(this, [this](const Result<Capabilities> &result) {
        if (!result) {
            fail(tr("cannot connect to %1: %2").arg(m_endpoint.toDisplayString(), result.error().fullText()));
            return;
        }
        m_loader->reload();
    });
}

void HeadlessExport::write()
{
    // A partial export would look complete to a script: refuse it.
    int failed = 0;
    QString firstFailure;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ProviderModel::Row &r = m_model->row(row);
        if (r.aggregatesState == ProviderModel::LoadState::Loaded)
            continue;
        if (++failed == 1)
            firstFailure = tr("%1: %2").arg(r.provider.uuid, r.aggregatesError);
    }
    if (failed > 0) {
        fail(tr("the aggregates of %n provider(s) could not be read (first: %1); nothing written", nullptr, failed)
                 .arg(firstFailure));
        return;
    }
    const Result<Done> written
        = ProviderExport::write(m_path, *m_model, m_model->uuids(), ProviderExport::identityColumns());
    if (!written) {
        fail(written.error().detail);
        return;
    }
    Q_EMIT finished(0, tr("%n provider(s) written to %1", nullptr, m_model->rowCount()).arg(m_path));
}

void HeadlessExport::fail(const QString &message)
{
    Q_EMIT finished(1, message);
}
