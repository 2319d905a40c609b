#pragma once

// A tiny in-memory Placement behind a FakeNetwork: providers with a generation, aggregates,
// one VCPU inventory and its usage. Aggregate writes are generation-checked and refused
// with 409 placement.concurrent_update like the real service, so a test can change a
// provider "behind the client's back" and watch the client meet the conflict. Scripted
// answers on the network still come first (a 500 for one PUT, a held GET, ...).

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include "fakenetwork.h"

class FakePlacement
{
public:
    struct Provider
    {
        QString uuid;
        QString name;
        qint64 generation = 1;
        QStringList aggregates;
        QString parentUuid;
        qint64 vcpus = 8;
        qint64 vcpusUsed = 2;
    };

    // Answers every request the network's script does not cover.
    void serve(FakeNetwork *network);

    void addProvider(const QString &uuid, const QString &name, const QStringList &aggregates = {},
                     qint64 generation = 1);
    void removeProvider(const QString &uuid);
    // Someone else's write: the set changes and the generation moves.
    void setAggregates(const QString &uuid, const QStringList &aggregates);
    // A trait, inventory or allocation change: only the generation moves.
    void bumpGeneration(const QString &uuid);

    bool contains(const QString &uuid) const { return m_index.contains(uuid); }
    const Provider &provider(const QString &uuid) const { return m_providers.at(m_index.value(uuid)); }
    QStringList aggregates(const QString &uuid) const { return provider(uuid).aggregates; }
    qint64 generation(const QString &uuid) const { return provider(uuid).generation; }
    QStringList uuids() const;
    // Aggregate writes the server carried out (refused ones not counted).
    int writes() const { return m_writes; }

    FakeResponse handle(const FakeRequest &request);

private:
    static FakeResponse ok(const FakeRequest &request, const QJsonObject &body);
    static FakeResponse error(const FakeRequest &request, int status, const QString &title, const QString &detail,
                              const QString &code = {});
    FakeResponse providerResponse(const FakeRequest &request, const QString &uuid, const QString &what);
    FakeResponse putAggregates(const FakeRequest &request, Provider &provider);
    void rebuildIndex();

    QList<Provider> m_providers;
    QHash<QString, int> m_index;
    int m_writes = 0;
};
