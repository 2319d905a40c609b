#include "apiversion.h"

#include <QRegularExpression>

std::optional<ApiVersion> ApiVersion::parse(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^\\s*v?(\\d{1,4})\\.(\\d{1,4})\\s*$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    ApiVersion v(match.captured(1).toInt(), match.captured(2).toInt());
    if (!v.isValid())
        return std::nullopt;
    return v;
}

QString ApiVersion::toString() const
{
    return QStringLiteral("%1.%2").arg(major).arg(minor);
}

std::optional<ApiVersion> negotiateVersion(const VersionRange &server, std::optional<ApiVersion> cap)
{
    ApiVersion chosen = PlacementVersions::newestKnown;
    if (server.max < chosen)
        chosen = server.max;
    if (cap && cap->isValid() && *cap < chosen)
        chosen = *cap;
    if (!chosen.isValid() || chosen < server.min || chosen.major != server.max.major)
        return std::nullopt;
    return chosen;
}
