#include "soakverifier.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>

#include <memory>
#include <utility>

SoakVerifier::SoakVerifier(QUrl endpoint, QByteArray token, QObject *parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_token(std::move(token))
{ }

void SoakVerifier::read(const QString &provider, const std::function<void(const SoakRead &)> &done)
{
    const QUrl url(QStringLiteral("%1/resource_providers/%2/aggregates")
                       .arg(m_endpoint.toString(QUrl::StripTrailingSlash), provider));
    QNetworkRequest request(url);
    request.setRawHeader("X-Auth-Token", m_token);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("OpenStack-API-Version", "placement 1.19");
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network.get(request);
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        SoakRead result;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status != 200 || !body.contains(QStringLiteral("aggregates"))) {
            result.error = QStringLiteral("HTTP %1 %2").arg(status).arg(reply->errorString());
        } else {
            result.ok = true;
            for (const QJsonValue &v : body.value(QStringLiteral("aggregates")).toArray())
                result.aggregates << v.toString().toLower();
            result.generation = body.value(QStringLiteral("resource_provider_generation")).toInteger(-1);
        }
        done(result);
    });
}

void SoakVerifier::readAll(const QStringList &providers, const std::function<void(const QList<SoakRead> &)> &done)
{
    if (providers.isEmpty()) {
        done({});
        return;
    }
    auto reads = std::make_shared<QList<SoakRead>>(providers.size());
    auto left = std::make_shared<qsizetype>(providers.size());
    for (qsizetype i = 0; i < providers.size(); ++i) {
        read(providers.at(i), [reads, left, i, done](const SoakRead &r) {
            (*reads)[i] = r;
            if (--*left == 0)
                done(*reads);
        });
    }
}
