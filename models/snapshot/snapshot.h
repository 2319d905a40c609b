#pragma once

// A snapshot of a cloud's providers as the JSON export wrote it (docs/snapshots.md): the
// identity and aggregates of every provider, by UUID. The format's name and version live here
// so that the writer (ProviderExport) and the reader (SnapshotReader) cannot drift apart.

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

namespace SnapshotFormat {
// The top-level "format" value; a file without it is a header-less export (version 0).
inline const QString name = QStringLiteral("placement-inspector-snapshot");
// Bumped only when a key changes meaning or goes away; new keys keep the version.
constexpr int currentVersion = 1;
inline const QString formatKey = QStringLiteral("format");
inline const QString versionKey = QStringLiteral("version");
inline const QString takenAtKey = QStringLiteral("taken_at");
inline const QString providersKey = QStringLiteral("providers");
} // namespace SnapshotFormat

struct SnapshotProvider
{
    QString uuid;
    QString name;
    QString parentUuid; // empty: a root provider
    QString rootUuid;
    std::optional<qint64> generation;
    // False when the export could not read them ("aggregates": null) or did not include them:
    // then nothing can be said about this provider's aggregates.
    bool aggregatesRead = false;
    QStringList aggregates; // sorted, so that two snapshots compare as sets
    std::optional<qint64> aggregatesGeneration;
    QString aggregatesError; // why they were not read, when the export says so
};

struct Snapshot
{
    int version = 0; // 0: a header-less export from before the format had a version
    QDateTime takenAt; // invalid for version 0
    QMap<QString, SnapshotProvider> providers; // by UUID

    // The providers whose aggregates are unknown, in UUID order.
    QList<SnapshotProvider> unreadProviders() const;
};
