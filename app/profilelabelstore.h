#pragma once

// Keeps aggregate labels with the connection profile when the connection is a saved
// profile (keys made by keyFor()), and in QSettings for anything else (--endpoint, --cloud).

#include "aggregatelabels.h"

class ProfileAggregateLabelStore : public AggregateLabelStore
{
public:
    // `profilesPath` defaults to the profile store's usual file.
    explicit ProfileAggregateLabelStore(QString profilesPath = {});

    static QString keyFor(const QString &profileName);

    QHash<QString, QString> load(const QString &connectionKey) override;
    void save(const QString &connectionKey, const QHash<QString, QString> &labels) override;

private:
    static QString profileName(const QString &connectionKey);

    QString m_path;
    SettingsAggregateLabelStore m_fallback;
};
