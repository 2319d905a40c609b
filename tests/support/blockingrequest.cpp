#include "blockingrequest.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

HttpResponse BlockingRequest::send() const
{
    QNetworkAccessManager nam;
    nam.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    QUrl url = base;
    const int query = path.indexOf(QLatin1Char('?'));
    url.setPath(base.path() + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("X-Auth-Token", token);
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("OpenStack-API-Version", apiVersion);
    if (!jsonBody.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = nam.sendCustomRequest(request, method, jsonBody);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->readAll();
    if (response.status < 200 || response.status >= 300)
        response.error = PlacementError::fromHttp(response.status, response.body, {});
    delete reply;
    return response;
}
