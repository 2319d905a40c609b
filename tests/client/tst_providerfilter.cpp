#include "providerfilter.h"

#include <QTest>

Q_DECLARE_METATYPE(ProviderFilter)

namespace {
const QString aggA = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
const QString aggB = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000002");
const QString aggC = QStringLiteral("cccccccc-0000-4000-8000-000000000003");
} // namespace

class TestProviderFilter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void toQuery_data()
    {
        QTest::addColumn<ProviderFilter>("filter");
        QTest::addColumn<QString>("version");
        QTest::addColumn<QString>("expected"); // decoded query, or "!" + a word the error must contain

        ProviderFilter empty;
        QTest::addRow("empty") << empty << "1.39"
                               << "";

        ProviderFilter byName;
        byName.name = QStringLiteral("cmp-01");
        QTest::addRow("name") << byName << "1.39"
                              << "name=cmp-01";

        ProviderFilter oneAgg;
        oneAgg.memberOf = { { aggA } };
        QTest::addRow("one aggregate, no in:") << oneAgg << "1.39" << QStringLiteral("member_of=") + aggA;

        ProviderFilter anyOf;
        anyOf.memberOf = { { aggA, aggB } };
        QTest::addRow("any of") << anyOf << "1.3"
                                << QStringLiteral("member_of=in:") + aggA + QStringLiteral(",") + aggB;

        ProviderFilter allOf;
        allOf.memberOf = { { aggA }, { aggB, aggC } };
        QTest::addRow("all of") << allOf << "1.24"
                                << QStringLiteral("member_of=") + aggA + QStringLiteral("&member_of=in:") + aggB
                + QStringLiteral(",") + aggC;
        QTest::addRow("all of needs 1.24") << allOf << "1.23"
                                           << "!1.24";

        ProviderFilter notIn;
        notIn.notMemberOf = { aggA };
        QTest::addRow("not in one") << notIn << "1.32" << QStringLiteral("member_of=!") + aggA;
        notIn.notMemberOf = { aggA, aggB };
        QTest::addRow("not in several") << notIn << "1.39"
                                        << QStringLiteral("member_of=!in:") + aggA + QStringLiteral(",") + aggB;
        QTest::addRow("not in needs 1.32") << notIn << "1.31"
                                           << "!1.32";

        ProviderFilter tree;
        tree.inTree = aggC;
        QTest::addRow("in tree") << tree << "1.14" << QStringLiteral("in_tree=") + aggC;
        QTest::addRow("in tree needs 1.14") << tree << "1.13"
                                            << "!1.14";

        ProviderFilter resources;
        resources.resources = { { QStringLiteral("VCPU"), 4 }, { QStringLiteral("MEMORY_MB"), 1024 } };
        QTest::addRow("resources") << resources << "1.39"
                                   << "resources=MEMORY_MB:1024,VCPU:4";

        ProviderFilter traits;
        traits.requiredTraits = { QStringLiteral("HW_CPU_X86_AVX2") };
        traits.forbiddenTraits = { QStringLiteral("COMPUTE_STATUS_DISABLED") };
        QTest::addRow("required and forbidden traits") << traits << "1.22"
                                                       << "required=HW_CPU_X86_AVX2,!COMPUTE_STATUS_DISABLED";
        QTest::addRow("forbidden traits need 1.22") << traits << "1.21"
                                                    << "!1.22";

        ProviderFilter anyTraits;
        anyTraits.anyOfTraits = { { QStringLiteral("CUSTOM_A"), QStringLiteral("CUSTOM_B") } };
        QTest::addRow("any-of traits") << anyTraits << "1.39"
                                       << "required=in:CUSTOM_A,CUSTOM_B";
        QTest::addRow("any-of traits need 1.39") << anyTraits << "1.38"
                                                 << "!1.39";
    }
    void toQuery()
    {
        QFETCH(ProviderFilter, filter);
        QFETCH(QString, version);
        QFETCH(QString, expected);
        const auto query = filter.toQuery(Capabilities(ApiVersion::parse(version).value()));
        if (expected.startsWith(QLatin1Char('!'))) {
            QVERIFY(!query.ok());
            QCOMPARE(query.error().kind, PlacementError::Kind::Unsupported);
            QVERIFY2(query.error().detail.contains(expected.mid(1)), qPrintable(query.error().detail));
        } else {
            QVERIFY2(query.ok(), qPrintable(query.ok() ? QString() : query.error().detail));
            QCOMPARE(query.value().toString(QUrl::FullyDecoded), expected);
        }
        QCOMPARE(filter.isEmpty(), expected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestProviderFilter)
#include "tst_providerfilter.moc"
