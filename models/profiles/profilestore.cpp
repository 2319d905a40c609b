#include "profilestore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

ProfileStore::ProfileStore(QString path)
    : m_path(std::move(path))
{ }

QString ProfileStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/profiles.json");
}

Result<Done> ProfileStore::load()
{
    using Kind = PlacementError::Kind;
    m_profiles.clear();
    QFile file(m_path);
    if (!file.exists())
        return Done {};
    if (!file.open(QIODevice::ReadOnly))
        return PlacementError::make(Kind::InvalidInput,
                                    tr("cannot read %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    auto parsed = parse(file.readAll(), QDir::toNativeSeparators(m_path));
    if (!parsed)
        return parsed.error();
    for (const ConnectionProfile &profile : std::as_const(parsed.value()))
        put(profile);
    return Done {};
}

Result<QList<ConnectionProfile>> ProfileStore::parse(const QByteArray &data, const QString &nameForMessages)
{
    using Kind = PlacementError::Kind;
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return PlacementError::make(Kind::InvalidInput,
                                    tr("%1 is not valid JSON (at byte %2: %3)")
                                        .arg(nameForMessages)
                                        .arg(parseError.offset)
                                        .arg(parseError.errorString()));
    const int version = doc.object().value(QStringLiteral("version")).toInt(0);
    if (version < 1 || version > formatVersion)
        return PlacementError::make(
            Kind::InvalidInput,
            tr("%1 has format version %2; this version reads %3").arg(nameForMessages).arg(version).arg(formatVersion));
    QList<ConnectionProfile> profiles;
    for (const QJsonValue value : doc.object().value(QStringLiteral("profiles")).toArray()) {
        auto profile = ConnectionProfile::fromJson(value.toObject());
        if (!profile)
            return PlacementError::make(Kind::InvalidInput, tr("%1: %2").arg(nameForMessages, profile.error().detail));
        profiles.append(profile.value());
    }
    return profiles;
}

Result<Done> ProfileStore::save() const
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray list;
    for (const ConnectionProfile &p : m_profiles)
        list.append(p.toJson());
    const QJsonObject root { { QStringLiteral("version"), formatVersion }, { QStringLiteral("profiles"), list } };
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        return PlacementError::make(
            PlacementError::Kind::InvalidInput,
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    }
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return PlacementError::make(
            PlacementError::Kind::InvalidInput,
            tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), file.errorString()));
    return Done {};
}

std::optional<ConnectionProfile> ProfileStore::find(const QString &name) const
{
    for (const ConnectionProfile &p : m_profiles) {
        if (p.name == name)
            return p;
    }
    return std::nullopt;
}

void ProfileStore::put(const ConnectionProfile &profile)
{
    ConnectionProfile stored = profile;
    stored.auth.secret.clear(); // belt and braces: toJson() never writes it either
    for (ConnectionProfile &p : m_profiles) {
        if (p.name == profile.name) {
            p = stored;
            return;
        }
    }
    m_profiles.append(stored);
}

bool ProfileStore::remove(const QString &name)
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).name == name) {
            m_profiles.removeAt(i);
            return true;
        }
    }
    return false;
}

QString ProfileStore::uniqueName(const QString &base) const
{
    if (!find(base))
        return base;
    for (int n = 2;; ++n) {
        QString candidate = tr("%1 (%2)").arg(base).arg(n);
        if (!find(candidate))
            return candidate;
    }
}
