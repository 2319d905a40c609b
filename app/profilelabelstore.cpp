#include "profilelabelstore.h"

#include "profilestore.h"

#include <QLoggingCategory>

namespace {
const QString profilePrefix = QStringLiteral("profile:");
Q_LOGGING_CATEGORY(lcLabels, "pi.labels")
} // namespace

ProfileAggregateLabelStore::ProfileAggregateLabelStore(QString profilesPath)
    : m_path(profilesPath.isEmpty() ? ProfileStore::defaultPath() : std::move(profilesPath))
{ }

QString ProfileAggregateLabelStore::keyFor(const QString &profileName)
{
    return profilePrefix + profileName;
}

QString ProfileAggregateLabelStore::profileName(const QString &connectionKey)
{
    return connectionKey.startsWith(profilePrefix) ? connectionKey.mid(profilePrefix.size()) : QString();
}

QHash<QString, QString> ProfileAggregateLabelStore::load(const QString &connectionKey)
{
    const QString name = profileName(connectionKey);
    if (name.isEmpty())
        return m_fallback.load(connectionKey);
    ProfileStore store(m_path);
    QHash<QString, QString> labels;
    if (const auto loaded = store.load(); !loaded) {
        qCWarning(lcLabels) << "labels of profile" << name << "not loaded:" << loaded.error().detail;
        return labels;
    }
    if (const auto profile = store.find(name)) {
        for (auto it = profile->aggregateLabels.cbegin(); it != profile->aggregateLabels.cend(); ++it)
            labels.insert(it.key(), it.value());
    }
    return labels;
}

void ProfileAggregateLabelStore::save(const QString &connectionKey, const QHash<QString, QString> &labels)
{
    const QString name = profileName(connectionKey);
    if (name.isEmpty()) {
        m_fallback.save(connectionKey, labels);
        return;
    }
    // Read-modify-write: the profile manager may have changed other profiles meanwhile.
    ProfileStore store(m_path);
    if (const auto loaded = store.load(); !loaded) {
        qCWarning(lcLabels) << "labels of profile" << name << "not saved:" << loaded.error().detail;
        return;
    }
    auto profile = store.find(name);
    if (!profile) {
        qCWarning(lcLabels) << "labels not saved: profile" << name << "no longer exists";
        return;
    }
    profile->aggregateLabels.clear();
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        profile->aggregateLabels.insert(it.key(), it.value());
    store.put(*profile);
    if (const auto saved = store.save(); !saved)
        qCWarning(lcLabels) << "labels of profile" << name << "not saved:" << saved.error().detail;
}
