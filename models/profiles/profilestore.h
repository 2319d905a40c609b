#pragma once

// The saved profiles: a versioned, human-readable JSON file under the application's
// config location, written atomically with QSaveFile. It never holds a secret.

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

#include "connectionprofile.h"
#include "result.h"

class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    static constexpr int formatVersion = 1;

    // `path` defaults to <AppConfigLocation>/profiles.json.
    explicit ProfileStore(QString path = defaultPath());
    static QString defaultPath();
    QString path() const { return m_path; }

    // Reads the file; a missing file is an empty list. A broken file is an error that
    // names the file and the problem, and is left untouched on disk.
    Result<Done> load();
    // What load() reads from the file's contents: the profiles in file order (load() keeps the
    // last of equal names). `nameForMessages` names the file in errors.
    static Result<QList<ConnectionProfile>> parse(const QByteArray &data, const QString &nameForMessages);
    // Writes every profile (without secrets) to a temporary file and renames it over the old one.
    Result<Done> save() const;

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> find(const QString &name) const;
    // Adds or replaces the profile of that name.
    void put(const ConnectionProfile &profile);
    bool remove(const QString &name);
    // "name (2)", "name (3)", ... whatever is free.
    QString uniqueName(const QString &base) const;

private:
    QString m_path;
    QList<ConnectionProfile> m_profiles;
};
