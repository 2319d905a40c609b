#include "cloudsconfig.h"

#include "cloudresolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <yaml-cpp/yaml.h>

namespace {

// PyYAML's safe_load (YAML 1.1) turns these plain scalars into booleans.
std::optional<bool> yaml11Bool(const std::string &text)
{
    static const QStringList yes { QStringLiteral("yes"), QStringLiteral("true"), QStringLiteral("on"),
                                   QStringLiteral("y") };
    static const QStringList no { QStringLiteral("no"), QStringLiteral("false"), QStringLiteral("off"),
                                  QStringLiteral("n") };
    const QString t = QString::fromStdString(text);
    // Only all-lower, Capitalised or ALL-UPPER spellings count, as in PyYAML.
    if (t != t.toLower() && t != t.toUpper() && t != t.left(1).toUpper() + t.mid(1).toLower())
        return std::nullopt;
    if (t.size() == 1)
        return std::nullopt; // PyYAML does not treat y/n as booleans
    if (yes.contains(t.toLower()))
        return true;
    if (no.contains(t.toLower()))
        return false;
    return std::nullopt;
}

// A clouds.yaml is a few levels deep and a few hundred values. Beyond these limits it is an alias
// inside its own anchor (a cycle: converting it never ends) or aliases of aliases that expand
// exponentially ("billion laughs"): refused like a syntax error (found by fuzz_clouds_yaml).
constexpr int maxDepth = 64;
constexpr int maxValues = 100000;

QVariant toVariant(const YAML::Node &node, int depth, int *values)
{
    if (depth > maxDepth)
        throw YAML::ParserException(node.Mark(), "nested deeper than 64 levels (an alias inside its own anchor?)");
    if (++*values > maxValues)
        throw YAML::ParserException(node.Mark(), "more than 100000 values (aliases expanding too far?)");
    switch (node.Type()) {
    case YAML::NodeType::Map: {
        QVariantMap map;
        for (const auto &item : node)
            map.insert(QString::fromStdString(item.first.as<std::string>()), toVariant(item.second, depth + 1, values));
        return map;
    }
    case YAML::NodeType::Sequence: {
        QVariantList list;
        for (const auto &item : node)
            list.append(toVariant(item, depth + 1, values));
        return list;
    }
    case YAML::NodeType::Scalar:
        if (node.Tag() == "?") { // plain, not quoted
            if (const auto b = yaml11Bool(node.Scalar()))
                return *b;
        }
        return QString::fromStdString(node.Scalar());
    case YAML::NodeType::Null:
    case YAML::NodeType::Undefined:
        break;
    }
    return {};
}

QString firstExisting(const QStringList &candidates)
{
    for (const QString &path : candidates) {
        if (QFileInfo(path).isFile())
            return path;
    }
    return {};
}

} // namespace

QStringList CloudsConfig::searchPaths(const QString &base, const QProcessEnvironment &env, const QString &currentDir)
{
    const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
    const QString userHome = env.value(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    // appdirs as openstacksdk calls it (multipath set) joins every XDG_CONFIG_DIRS entry
    // with ':' into one directory name: with more than one entry nothing is found there.
    const QString siteDirs = env.value(QStringLiteral("XDG_CONFIG_DIRS"), QStringLiteral("/etc/xdg"));
    QStringList siteHomes;
    for (const QString &dir : siteDirs.split(QLatin1Char(':')))
        siteHomes.append(dir + QStringLiteral("/openstack"));
    const QStringList dirs { currentDir.isEmpty() ? QDir::currentPath() : currentDir,
                             userHome + QStringLiteral("/openstack"), home + QStringLiteral("/.config/openstack"),
                             siteHomes.join(QLatin1Char(':')), QStringLiteral("/etc/openstack") };
    QStringList paths;
    const QString override = env.value(base == QLatin1String("secure") ? QStringLiteral("OS_CLIENT_SECURE_FILE")
                                                                       : QStringLiteral("OS_CLIENT_CONFIG_FILE"));
    if (!override.isEmpty())
        paths.append(override);
    for (const QString &dir : dirs) {
        for (const char *suffix : { ".yaml", ".yml", ".json" }) {
            const QString path = QDir::cleanPath(dir + QLatin1Char('/') + base + QLatin1String(suffix));
            if (!paths.contains(path))
                paths.append(path);
        }
    }
    return paths;
}

Result<QVariantMap> CloudsConfig::parseFile(const QString &path)
{
    using Kind = PlacementError::Kind;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return PlacementError::make(Kind::InvalidInput, tr("cannot read %1: %2").arg(path, file.errorString()));
    return parseBytes(file.readAll(), path);
}

Result<QVariantMap> CloudsConfig::parseBytes(const QByteArray &data, const QString &path)
{
    using Kind = PlacementError::Kind;
    if (path.endsWith(QLatin1String(".json"))) {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(data, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return PlacementError::make(
                Kind::InvalidInput,
                tr("%1 is not valid JSON (at byte %2: %3)").arg(path).arg(error.offset).arg(error.errorString()));
        return doc.object().toVariantMap();
    }
    try {
        const YAML::Node root = YAML::Load(data.toStdString());
        if (root.IsNull())
            return QVariantMap();
        if (!root.IsMap())
            return PlacementError::make(Kind::InvalidInput, tr("%1: the top level is not a mapping").arg(path));
        int values = 0;
        return toVariant(root, 0, &values).toMap();
    } catch (const YAML::Exception &e) {
        return PlacementError::make(Kind::InvalidInput,
                                    tr("%1:%2:%3: %4")
                                        .arg(path)
                                        .arg(e.mark.line + 1)
                                        .arg(e.mark.column + 1)
                                        .arg(QString::fromStdString(e.msg)));
    }
}

QVariantMap CloudsConfig::deepMerge(QVariantMap base, const QVariantMap &over)
{
    for (auto it = over.constBegin(); it != over.constEnd(); ++it) {
        const QVariant existing = base.value(it.key());
        if (existing.typeId() == QMetaType::QVariantMap && it.value().typeId() == QMetaType::QVariantMap)
            base.insert(it.key(), deepMerge(existing.toMap(), it.value().toMap()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

Result<CloudsConfig> CloudsConfig::load(const QProcessEnvironment &env, const QString &currentDir)
{
    CloudsConfig config;
    config.m_cloudsFile = firstExisting(searchPaths(QStringLiteral("clouds"), env, currentDir));
    config.m_secureFile = firstExisting(searchPaths(QStringLiteral("secure"), env, currentDir));
    QVariantMap merged;
    if (!config.m_cloudsFile.isEmpty()) {
        const auto clouds = parseFile(config.m_cloudsFile);
        if (!clouds)
            return clouds.error();
        merged = clouds.value();
    }
    if (!config.m_secureFile.isEmpty()) {
        const auto secure = parseFile(config.m_secureFile);
        if (!secure)
            return secure.error();
        merged = deepMerge(merged, secure.value());
    }
    const QVariant clouds = merged.value(QStringLiteral("clouds"));
    if (clouds.isValid() && clouds.typeId() != QMetaType::QVariantMap)
        return PlacementError::make(PlacementError::Kind::InvalidInput,
                                    tr("%1: \"clouds\" is not a mapping").arg(config.m_cloudsFile));
    config.m_clouds = clouds.toMap();
    return config;
}

QStringList CloudsConfig::cloudNames() const
{
    return m_clouds.keys();
}

Result<ConnectionProfile> CloudsConfig::cloud(const QString &name, const QVariantMap &overrides) const
{
    if (!m_clouds.contains(name)) {
        const QString where = m_cloudsFile.isEmpty() ? tr("no clouds.yaml was found") : m_cloudsFile;
        const QString names = m_clouds.isEmpty() ? tr("none") : cloudNames().join(QStringLiteral(", "));
        return PlacementError::make(PlacementError::Kind::InvalidInput,
                                    tr("cloud \"%1\" is not defined (%2; clouds: %3)").arg(name, where, names));
    }
    const QVariant value = m_clouds.value(name);
    if (value.typeId() != QMetaType::QVariantMap)
        return PlacementError::make(PlacementError::Kind::InvalidInput,
                                    tr("%1: cloud \"%2\" is not a mapping").arg(m_cloudsFile, name));
    return CloudResolver::resolve(name, deepMerge(value.toMap(), overrides), m_cloudsFile);
}
