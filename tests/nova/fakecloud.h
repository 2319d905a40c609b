#pragma once

// Placement and Nova side by side behind one FakeNetwork, for the drift scan's unit tests.
// Placement is the in-memory FakePlacement plus the two list filters the membership read
// uses (member_of=<uuid> and required=<trait>); Nova answers under /v2.1 with hand-written
// bodies shaped like Nova 26's (version document, os-aggregates, os-hypervisors/detail,
// os-services). Requests are told apart by path: Nova's all start with /v2.1.

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

#include "fakenetwork.h"
#include "fakeplacement.h"

class FakeCloud
{
public:
    static QUrl novaUrl() { return QUrl(QStringLiteral("http://nova.fake/v2.1")); }
    static QString novaPath(const QString &suffix) { return QStringLiteral("/v2.1") + suffix; }

    FakePlacement placement;
    QSet<QString> disabledTrait; // providers carrying COMPUTE_STATUS_DISABLED
    // Aggregates whose member_of list answers this instead of the members.
    QHash<QString, FakeResponse> memberOfAnswers;
    std::optional<FakeResponse> providerListAnswer; // the plain provider list
    std::optional<FakeResponse> traitListAnswer; // the required=COMPUTE_STATUS_DISABLED list
    std::optional<FakeResponse> novaHypervisorsAnswer; // GET /v2.1/os-hypervisors/detail

    void serve(FakeNetwork *network);

    void addNovaAggregate(int id, const QString &uuid, const QString &name, const QString &zone,
                          const QStringList &hosts);
    // A compute node (hypervisor) of a service host; status "enabled"/"disabled", state "up"/"down".
    void addComputeNode(const QString &uuid, const QString &hypervisorHostname, const QString &serviceHost,
                        const QString &status = QStringLiteral("enabled"), const QString &state = QStringLiteral("up"));

    FakeResponse handle(const FakeRequest &request);

private:
    FakeResponse nova(const FakeRequest &request);
    FakeResponse filteredProviders(const FakeRequest &request);

    QJsonArray m_aggregates;
    QJsonArray m_hypervisors;
    QJsonArray m_services;
};
