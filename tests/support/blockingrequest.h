#pragma once

// One request sent as a second, independent client and waited for: its own connection pool,
// redirects never followed, the answer returned with a PlacementError for a non-2xx status.
// What the live helpers (LiveServer for Placement, LiveNova for Nova) use to arrange a
// server's state behind the client under test.

#include <QByteArray>
#include <QString>
#include <QUrl>

#include "httpclient.h"

struct BlockingRequest
{
    QUrl base; // the service's endpoint; `path` (which may carry "?query") is appended to it
    QByteArray method;
    QString path;
    QByteArray jsonBody; // sent with Content-Type application/json when not empty
    QByteArray token;
    QByteArray apiVersion; // the OpenStack-API-Version header, e.g. "placement 1.39"
    int timeoutMs = 30000;

    HttpResponse send() const;
};
