#include "requestlog.h"

#include <QSignalSpy>
#include <QTest>

class TestRequestLog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void secretHeadersAreMasked_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<bool>("secret");
        QTest::addRow("x-auth-token") << QByteArray("X-Auth-Token") << true;
        QTest::addRow("lower case") << QByteArray("x-auth-token") << true;
        QTest::addRow("subject token") << QByteArray("X-Subject-Token") << true;
        QTest::addRow("authorization") << QByteArray("Authorization") << true;
        QTest::addRow("microversion") << QByteArray("OpenStack-API-Version") << false;
        QTest::addRow("accept") << QByteArray("Accept") << false;
    }
    void secretHeadersAreMasked()
    {
        QFETCH(QByteArray, name);
        QFETCH(bool, secret);
        RequestLog log;
        RequestLogEntry entry;
        entry.method = "GET";
        entry.requestHeaders = { { name, QByteArrayLiteral("s3cr3t-value") } };
        log.append(entry);
        const QByteArray stored = log.at(0).requestHeaders.first().second;
        QCOMPARE(stored == "s3cr3t-value", !secret);
        QCOMPARE(log.at(0).toCurl().contains(QStringLiteral("s3cr3t-value")), !secret);
    }

    void secretsInBodiesAreMasked_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addRow("keystone password")
            << QByteArray(R"({"auth": {"identity": {"methods": ["password"], "password": {"user": {"name": "admin",)"
                          R"( "domain": {"name": "Default"}, "password": "s3cr3t-value"}}}}})");
        QTest::addRow("application credential")
            << QByteArray(R"({"auth": {"identity": {"methods": ["application_credential"], "application_credential":)"
                          R"( {"id": "abc", "secret": "s3cr3t-value"}}}})");
        QTest::addRow("token method") << QByteArray(R"({"auth": {"identity": {"methods": ["token"], "token": )"
                                                    R"({"id": "s3cr3t-value"}}}})");
        QTest::addRow("not json") << QByteArray("password=s3cr3t-value");
    }
    void secretsInBodiesAreMasked()
    {
        QFETCH(QByteArray, body);
        RequestLog log;
        RequestLogEntry entry;
        entry.method = "POST";
        entry.requestBody = body;
        log.append(entry);
        QVERIFY2(!log.at(0).requestBody.contains("s3cr3t-value"), log.at(0).requestBody.constData());
        QVERIFY(!log.at(0).toCurl().contains(QStringLiteral("s3cr3t-value")));
        QVERIFY(!log.at(0).requestBody.isEmpty());
    }

    void harmlessBodiesStay()
    {
        RequestLog log;
        RequestLogEntry entry;
        entry.method = "PUT";
        entry.requestBody = R"({"aggregates":["a"],"resource_provider_generation":3})";
        log.append(entry);
        QCOMPARE(log.at(0).requestBody, entry.requestBody);
    }

    void boundedCapacity()
    {
        RequestLog log(3);
        QSignalSpy added(&log, &RequestLog::entryAdded);
        for (int i = 0; i < 5; ++i) {
            RequestLogEntry entry;
            entry.url = QString::number(i);
            log.append(entry);
        }
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(0).url, QStringLiteral("2"));
        QCOMPARE(log.at(2).url, QStringLiteral("4"));
        QCOMPARE(log.at(2).serial, quint64(5));
        QCOMPARE(added.count(), 5);
        QCOMPARE(added.at(3).at(0).toInt(), 1); // the 4th append dropped one old entry
        log.clear();
        QCOMPARE(log.size(), 0);
    }

    void curlReproducesTheCall()
    {
        RequestLog log;
        RequestLogEntry entry;
        entry.method = "PUT";
        entry.url = QStringLiteral("http://127.0.0.1:8778/resource_providers/x/aggregates");
        entry.requestHeaders = { { "X-Auth-Token", "tok" }, { "OpenStack-API-Version", "placement 1.39" } };
        entry.requestBody = R"({"aggregates":[],"resource_provider_generation":1})";
        log.append(entry);
        const QString curl = log.at(0).toCurl();
        QVERIFY(curl.startsWith(QStringLiteral("curl ")));
        QVERIFY(curl.contains(QStringLiteral("-X PUT")));
        QVERIFY(curl.contains(QStringLiteral("'OpenStack-API-Version: placement 1.39'")));
        QVERIFY(curl.contains(QStringLiteral("\"X-Auth-Token: $OS_TOKEN\"")));
        QVERIFY(curl.contains(QStringLiteral("--data '{\"aggregates\":[],\"resource_provider_generation\":1}'")));
        QVERIFY(curl.endsWith(QStringLiteral("'http://127.0.0.1:8778/resource_providers/x/aggregates'")));
        QVERIFY(!curl.contains(QStringLiteral("tok'")));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
