#pragma once

// One typed error for everything that can go wrong talking to Placement, Keystone or Nova:
// what kind of failure, the HTTP status, Placement's error code, and the request id to quote.

#include <QCoreApplication>
#include <QString>

#include <optional>

#include "apiversion.h"

class QByteArray;

struct PlacementError
{
    Q_DECLARE_TR_FUNCTIONS(PlacementError)

public:
    enum class Kind
    {
        Conflict, // 409; see code for concurrent_update
        NotFound, // 404
        BadRequest, // 400
        Unauthorized, // 401: token missing, expired or rejected
        Forbidden, // 403: policy does not allow it
        NotAcceptable, // 406: microversion outside the server's range
        ServerError, // 5xx
        HttpError, // any other non-2xx status
        Redirect, // 3xx: refused on purpose, never followed
        Network, // connection refused, reset, DNS, ...
        Timeout, // no data within the transfer timeout
        Tls, // certificate or handshake failure
        BadResponse, // 2xx with a body we cannot use
        Unsupported, // the negotiated microversion cannot do this safely
        InvalidInput, // rejected on the client before anything was sent
        Cancelled, // the caller cancelled it
    };

    Kind kind = Kind::Network;
    int httpStatus = 0;
    QString code; // Placement error code, e.g. "placement.concurrent_update" (1.23+)
    QString title;
    QString detail; // the meaningful part, webob's generic preamble removed
    QString requestId; // x-openstack-request-id
    std::optional<VersionRange> serverVersions; // from a 406 body (Placement's fields, Nova's words)

    static PlacementError make(Kind kind, const QString &detail, int httpStatus = 0);

    // Builds the error for a non-2xx HTTP answer, parsing Placement's {"errors": [...]},
    // Keystone's {"error": {...}}, Nova's {"itemNotFound": {"code", "message"}} (title = the
    // fault's name) and anything else (HTML, empty, truncated) gracefully.
    static PlacementError fromHttp(int status, const QByteArray &body, const QString &requestId);

    bool isConcurrentUpdate() const;
    // A 404 naming this provider: it was deleted (a read of its aggregates, inventories or
    // usages after it was listed). A 404 without its UUID (a wrong path, a proxy) is not that.
    bool isProviderGone(const QString &providerUuid) const;
    bool isCancelled() const { return kind == Kind::Cancelled; }

    // A short sentence in plain words for the status bar or a dialog.
    QString message() const;
    // The message plus status and request id, for logs and "details" sections.
    QString fullText() const;

    static QString kindName(Kind kind);
};

namespace PlacementErrorCodes {
inline const QString concurrentUpdate = QStringLiteral("placement.concurrent_update");
inline const QString duplicateName = QStringLiteral("placement.duplicate_name");
inline const QString undefinedCode = QStringLiteral("placement.undefined_code");
} // namespace PlacementErrorCodes
