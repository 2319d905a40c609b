#include "placementerror.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace {

PlacementError::Kind kindForStatus(int status)
{
    using Kind = PlacementError::Kind;
    switch (status) {
    case 400:
        return Kind::BadRequest;
    case 401:
        return Kind::Unauthorized;
    case 403:
        return Kind::Forbidden;
    case 404:
        return Kind::NotFound;
    case 406:
        return Kind::NotAcceptable;
    case 409:
        return Kind::Conflict;
    default:
        break;
    }
    if (status >= 300 && status < 400)
        return Kind::Redirect;
    if (status >= 500)
        return Kind::ServerError;
    return Kind::HttpError;
}

// Placement's detail is webob's generic explanation, two newlines, then the real reason.
QString meaningfulDetail(QString detail)
{
    detail = detail.trimmed();
    const qsizetype split = detail.lastIndexOf(QStringLiteral("\n\n"));
    if (split >= 0) {
        const QString tail = detail.mid(split + 2).trimmed();
        if (!tail.isEmpty())
            detail = tail;
    }
    return detail.simplified();
}

bool isNovaFault(const QJsonObject &root)
{
    if (root.size() != 1 || !root.constBegin().value().isObject())
        return false;
    const QJsonObject fault = root.constBegin().value().toObject();
    return fault.value(QStringLiteral("message")).isString();
}

QString plainTextOf(const QByteArray &body)
{
    QString text = QString::fromUtf8(body.left(2000));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    text.replace(tags, QStringLiteral(" "));
    text = text.simplified();
    if (text.size() > 300)
        text = text.left(300) + QStringLiteral("…");
    return text;
}

} // namespace

PlacementError PlacementError::make(Kind kind, const QString &detail, int httpStatus)
{
    PlacementError e;
    e.kind = kind;
    e.detail = detail;
    e.httpStatus = httpStatus;
    return e;
}

PlacementError PlacementError::fromHttp(int status, const QByteArray &body, const QString &requestId)
{
    PlacementError e;
    e.kind = kindForStatus(status);
    e.httpStatus = status;
    e.requestId = requestId;

    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject root = doc.object();
    const QJsonValue errors = root.value(QStringLiteral("errors"));
    if (parseError.error == QJsonParseError::NoError && errors.isArray() && !errors.toArray().isEmpty()
        && errors.toArray().first().isObject()) {
        const QJsonObject first = errors.toArray().first().toObject();
        e.title = first.value(QStringLiteral("title")).toString();
        e.detail = meaningfulDetail(first.value(QStringLiteral("detail")).toString());
        e.code = first.value(QStringLiteral("code")).toString();
        if (e.requestId.isEmpty())
            e.requestId = first.value(QStringLiteral("request_id")).toString();
        const auto min = ApiVersion::parse(first.value(QStringLiteral("min_version")).toString());
        const auto max = ApiVersion::parse(first.value(QStringLiteral("max_version")).toString());
        if (min && max)
            e.serverVersions = VersionRange { *min, *max };
    } else if (parseError.error == QJsonParseError::NoError && root.value(QStringLiteral("error")).isObject()) {
        // Keystone: {"error": {"code": 401, "title": "Unauthorized", "message": "..."}}
        const QJsonObject error = root.value(QStringLiteral("error")).toObject();
        e.title = error.value(QStringLiteral("title")).toString();
        e.detail = error.value(QStringLiteral("message")).toString().simplified();
    } else if (parseError.error == QJsonParseError::NoError && isNovaFault(root)) {
        // Nova: {"itemNotFound": {"code": 404, "message": "..."}}, one key named after the fault.
        const QJsonObject fault = root.constBegin().value().toObject();
        e.title = root.constBegin().key();
        e.detail = fault.value(QStringLiteral("message")).toString().simplified();
        // Nova's 406 names its range only in words: "... Minimum is 2.1 and maximum is 2.93."
        static const QRegularExpression range(QStringLiteral("Minimum is (\\d+\\.\\d+) and maximum is (\\d+\\.\\d+)"));
        const auto match = range.match(e.detail);
        const auto min = match.hasMatch() ? ApiVersion::parse(match.captured(1)) : std::nullopt;
        const auto max = match.hasMatch() ? ApiVersion::parse(match.captured(2)) : std::nullopt;
        if (min && max)
            e.serverVersions = VersionRange { *min, *max };
    } else {
        e.detail = plainTextOf(body);
    }
    return e;
}

bool PlacementError::isConcurrentUpdate() const
{
    if (kind != Kind::Conflict)
        return false;
    if (!code.isEmpty())
        return code == PlacementErrorCodes::concurrentUpdate;
    // Before 1.23 there is no code: the generation check's wording is the only hint.
    return detail.contains(QStringLiteral("generation"), Qt::CaseInsensitive)
        || detail.contains(QStringLiteral("Update conflict"), Qt::CaseInsensitive);
}

QString PlacementError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Conflict:
        return tr("Conflict");
    case Kind::NotFound:
        return tr("Not found");
    case Kind::BadRequest:
        return tr("Bad request");
    case Kind::Unauthorized:
        return tr("Not authenticated");
    case Kind::Forbidden:
        return tr("Not allowed");
    case Kind::NotAcceptable:
        return tr("Version not supported");
    case Kind::ServerError:
        return tr("Server error");
    case Kind::HttpError:
        return tr("HTTP error");
    case Kind::Redirect:
        return tr("Redirect refused");
    case Kind::Network:
        return tr("Network error");
    case Kind::Timeout:
        return tr("Timed out");
    case Kind::Tls:
        return tr("TLS error");
    case Kind::BadResponse:
        return tr("Bad response");
    case Kind::Unsupported:
        return tr("Unsupported by this server");
    case Kind::InvalidInput:
        return tr("Invalid input");
    case Kind::Cancelled:
        return tr("Cancelled");
    }
    return {};
}

bool PlacementError::isProviderGone(const QString &providerUuid) const
{
    // Placement says "No resource provider with uuid <uuid> found"; the UUID is the part that
    // survives rewording and translation.
    return kind == Kind::NotFound && !providerUuid.isEmpty() && detail.contains(providerUuid, Qt::CaseInsensitive);
}

QString PlacementError::message() const
{
    static const QRegularExpression policy(QStringLiteral("Policy does not allow placement:([a-z_]+):([a-z_]+)"));
    static const QRegularExpression novaPolicy(
        QStringLiteral("Policy doesn't allow (os_compute_api:[^ ]+) to be performed"));
    switch (kind) {
    case Kind::Conflict:
        if (isConcurrentUpdate())
            return tr("Someone else changed this provider meanwhile (its generation moved).");
        return detail.isEmpty() ? tr("The server reported a conflict.") : tr("Conflict: %1").arg(detail);
    case Kind::NotFound:
        return detail.isEmpty() ? tr("Not found on the server (it may have been deleted).")
                                : tr("Not found: %1").arg(detail);
    case Kind::Forbidden: {
        const auto match = policy.match(detail);
        if (match.hasMatch()) {
            const QString what = match.captured(1).replace(QLatin1Char('_'), QLatin1Char(' '));
            return tr("Your role may not %1 %2.").arg(match.captured(2), what);
        }
        const auto novaMatch = novaPolicy.match(detail);
        if (novaMatch.hasMatch())
            return tr("Your role may not do this in Nova (policy rule %1).").arg(novaMatch.captured(1));
        if (!detail.isEmpty())
            return tr("Your role does not allow this: %1").arg(detail);
        return tr("Your role does not allow this (HTTP 403).");
    }
    case Kind::Unauthorized:
        return tr("The server did not accept the credentials: log in again or check the token.");
    case Kind::Redirect:
        return tr("The server answered with a redirect (HTTP %1), which is refused: check the endpoint URL.")
            .arg(httpStatus);
    case Kind::Timeout:
        // The detail tells an idle transfer ("no data for 30 s") from the total limit.
        return detail.isEmpty() ? tr("The server did not answer in time.")
                                : tr("The server did not answer in time: %1").arg(detail);
    case Kind::Cancelled:
        return tr("Cancelled.");
    default:
        break;
    }
    const QString name = kindName(kind);
    return detail.isEmpty() ? name : tr("%1: %2").arg(name, detail);
}

QString PlacementError::fullText() const
{
    QString text = message();
    if (httpStatus > 0)
        text += QLatin1Char(' ') + tr("(HTTP %1)").arg(httpStatus);
    if (!code.isEmpty())
        text += QLatin1Char(' ') + tr("[%1]").arg(code);
    if (!requestId.isEmpty())
        text += QLatin1Char(' ') + tr("Request id: %1").arg(requestId);
    return text;
}
