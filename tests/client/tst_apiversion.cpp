#include "apiversion.h"

#include <QTest>

class TestApiVersion : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("major");
        QTest::addColumn<int>("minor");
        QTest::addRow("plain") << QStringLiteral("1.39") << true << 1 << 39;
        QTest::addRow("v-prefixed") << QStringLiteral("v1.0") << true << 1 << 0;
        QTest::addRow("spaces") << QStringLiteral(" 1.19 ") << true << 1 << 19;
        QTest::addRow("no minor") << QStringLiteral("1") << false << 0 << 0;
        QTest::addRow("latest keyword") << QStringLiteral("latest") << false << 0 << 0;
        QTest::addRow("empty") << QString() << false << 0 << 0;
        QTest::addRow("major zero") << QStringLiteral("0.5") << false << 0 << 0;
        QTest::addRow("three parts") << QStringLiteral("1.2.3") << false << 0 << 0;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        const auto v = ApiVersion::parse(text);
        QCOMPARE(v.has_value(), valid);
        if (valid) {
            QFETCH(int, major);
            QFETCH(int, minor);
            QCOMPARE(v->major, major);
            QCOMPARE(v->minor, minor);
            QCOMPARE(ApiVersion::parse(v->toString()).value(), *v);
        }
    }

    void ordering()
    {
        QVERIFY(ApiVersion(1, 9) < ApiVersion(1, 10)); // numeric, not lexical
        QVERIFY(ApiVersion(1, 39) > ApiVersion(1, 4));
        QVERIFY(ApiVersion(2, 0) > ApiVersion(1, 99));
        QVERIFY(ApiVersion(1, 19) <= ApiVersion(1, 19));
    }

    void negotiate_data()
    {
        QTest::addColumn<QString>("serverMin");
        QTest::addColumn<QString>("serverMax");
        QTest::addColumn<QString>("cap");
        QTest::addColumn<QString>("expected"); // empty: no common version
        QTest::addRow("zed server") << "1.0"
                                    << "1.39"
                                    << ""
                                    << "1.39";
        QTest::addRow("newer server") << "1.0"
                                      << "1.42"
                                      << ""
                                      << "1.39";
        QTest::addRow("older server") << "1.0"
                                      << "1.17"
                                      << ""
                                      << "1.17";
        QTest::addRow("profile cap") << "1.0"
                                     << "1.39"
                                     << "1.24"
                                     << "1.24";
        QTest::addRow("cap above server") << "1.0"
                                          << "1.30"
                                          << "1.36"
                                          << "1.30";
        QTest::addRow("server min above ours") << "1.40"
                                               << "1.45"
                                               << ""
                                               << "";
        QTest::addRow("cap below server min") << "1.10"
                                              << "1.39"
                                              << "1.5"
                                              << "";
        QTest::addRow("other major") << "2.0"
                                     << "2.3"
                                     << ""
                                     << "";
    }
    void negotiate()
    {
        QFETCH(QString, serverMin);
        QFETCH(QString, serverMax);
        QFETCH(QString, cap);
        QFETCH(QString, expected);
        const VersionRange range { ApiVersion::parse(serverMin).value(), ApiVersion::parse(serverMax).value() };
        const auto chosen = negotiateVersion(range, ApiVersion::parse(cap));
        if (expected.isEmpty()) {
            QVERIFY2(!chosen, qPrintable(chosen ? chosen->toString() : QString()));
        } else {
            QVERIFY(chosen);
            QCOMPARE(chosen->toString(), expected);
        }
    }

    void capabilities_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("trees");
        QTest::addColumn<bool>("genAggregates");
        QTest::addColumn<bool>("errorCodes");
        QTest::addColumn<bool>("multiMemberOf");
        QTest::addColumn<bool>("forbiddenAggs");
        QTest::addColumn<bool>("anyOfTraits");
        QTest::addRow("1.13") << "1.13" << false << false << false << false << false << false;
        QTest::addRow("1.14") << "1.14" << true << false << false << false << false << false;
        QTest::addRow("1.18") << "1.18" << true << false << false << false << false << false;
        QTest::addRow("1.19") << "1.19" << true << true << false << false << false << false;
        QTest::addRow("1.23") << "1.23" << true << true << true << false << false << false;
        QTest::addRow("1.24") << "1.24" << true << true << true << true << false << false;
        QTest::addRow("1.32") << "1.32" << true << true << true << true << true << false;
        QTest::addRow("1.39") << "1.39" << true << true << true << true << true << true;
    }
    void capabilities()
    {
        QFETCH(QString, version);
        const Capabilities caps(ApiVersion::parse(version).value());
        QTEST(caps.providerTrees(), "trees");
        QTEST(caps.generationCheckedAggregates(), "genAggregates");
        QTEST(caps.errorCodes(), "errorCodes");
        QTEST(caps.multipleMemberOf(), "multiMemberOf");
        QTEST(caps.forbiddenAggregates(), "forbiddenAggs");
        QTEST(caps.anyOfTraits(), "anyOfTraits");
    }

    void invalidCapabilitiesAllowNothing()
    {
        const Capabilities none;
        QVERIFY(!none.isValid());
        QVERIFY(!none.generationCheckedAggregates());
        QVERIFY(!none.providerTrees());
    }
};

QTEST_GUILESS_MAIN(TestApiVersion)
#include "tst_apiversion.moc"
