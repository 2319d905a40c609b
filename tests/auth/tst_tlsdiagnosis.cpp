// TlsDiagnosis without a network: Qt's certificate errors and OpenSSL's alerts as the operator
// reads them. The certificates were made once with openssl (valid until 2126); only their
// public parts are here.

#include <QSslCertificate>
#include <QSslError>
#include <QTest>

#include "tlsdiagnosis.h"

namespace {

// CN placement.example, issued by "Unit Test CA"; SAN DNS:placement.example, DNS:localhost, IP:127.0.0.1
const char leafPem[] = R"(-----BEGIN CERTIFICATE-----
MIIBojCCAUegAwIBAgICEjQwCgYIKoZIzj0EAwIwFzEVMBMGA1UEAwwMVW5pdCBU
ZXN0IENBMCAXDTI2MTEzMDA1MzcyNloYDzIxMjYxMTA2MDUzNzI2WjAcMRowGAYD
VQQDDBFwbGFjZW1lbnQuZXhhbXBsZTBZMBMGByqGSM49AgEGCCqGSM49AwEHA0IA
BBiIKK6tOxZCqoTcHoVdcqdBh7Zg8lPQNYmgazc24LjnC3JG0kshVuLEJQNt+lIT
K+qMIKy75FfueI8DhIaBXROjfDB6MAkGA1UdEwQCMAAwLQYDVR0RBCYwJIIRcGxh
Y2VtZW50LmV4YW1wbGWCCWxvY2FsaG9zdIcEfwAAATAdBgNVHQ4EFgQUWFJT5pjL
qBzQmXwsMTohVjh04xYwHwYDVR0jBBgwFoAUTYQ6DTxKNl4J/ckIgT/FgTuxcnQw
CgYIKoZIzj0EAwIDSQAwRgIhAKXAyTey6WATV3YrAbnMYS6MHcrKpjltOG7Eq/Kg
hZlWAiEA+DFvxvI3f2jsrwwDrgsfGz3pD9X1S+9i1d9FEuPjr3w=
-----END CERTIFICATE-----)";
// "Unit Test CA", self-signed, the issuer of the leaf
const char caPem[] = R"(-----BEGIN CERTIFICATE-----
MIIBlTCCATugAwIBAgIUKRFlZQGi6NKcD4Ah5U/V8hOfoUgwCgYIKoZIzj0EAwIw
FzEVMBMGA1UEAwwMVW5pdCBUZXN0IENBMCAXDTI2MTEzMDA1MzcyNVoYDzIxMjYx
MTA2MDUzNzI1WjAXMRUwEwYDVQQDDAxVbml0IFRlc3QgQ0EwWTATBgcqhkjOPQIB
BggqhkjOPQMBBwNCAAQXR9CVXCZaHrrpdV5U0hvco8iuzquNm/sqnHY7FDV0HAzU
aKNh3VqlizaMbMnbJHKR2GNwqW270gii7mXrVoS7o2MwYTAdBgNVHQ4EFgQUTYQ6
DTxKNl4J/ckIgT/FgTuxcnQwHwYDVR0jBBgwFoAUTYQ6DTxKNl4J/ckIgT/FgTux
cnQwDwYDVR0TAQH/BAUwAwEB/zAOBgNVHQ8BAf8EBAMCAQYwCgYIKoZIzj0EAwID
SAAwRQIhAPI9YGXpnXNhZuVHafVLtAzpZhAKB2siX4I61U/mNLqoAiA5mdtyc1qQ
ooGb5sujYio7a/r0V0lLEJNRS6Znqw+utw==
-----END CERTIFICATE-----)";
// CN selfsigned.example, self-signed, SAN DNS:selfsigned.example
const char selfPem[] = R"(-----BEGIN CERTIFICATE-----
MIIBrzCCAVagAwIBAgIUaycx1dbNHpmiuOzfhB6SirTb69gwCgYIKoZIzj0EAwIw
HTEbMBkGA1UEAwwSc2VsZnNpZ25lZC5leGFtcGxlMCAXDTI2MTEzMDA1MzcyNloY
DzIxMjYxMTA2MDUzNzI2WjAdMRswGQYDVQQDDBJzZWxmc2lnbmVkLmV4YW1wbGUw
WTATBgcqhkjOPQIBBggqhkjOPQMBBwNCAAR7n1S3xv4lj6qLYF9fZLJ+4rguzNlq
g51iRwNMC1+cDtk8+vIQk85fBvgEpa7bfdTNKg1Oxh7pp8kzeezWtGsNo3IwcDAd
BgNVHQ4EFgQUvvihoBFoYn6JmE3ZMqtCd9EIcogwHwYDVR0jBBgwFoAUvvihoBFo
Yn6JmE3ZMqtCd9EIcogwDwYDVR0TAQH/BAUwAwEB/zAdBgNVHREEFjAUghJzZWxm
c2lnbmVkLmV4YW1wbGUwCgYIKoZIzj0EAwIDRwAwRAIgeKhGhwYvBYO6kbe8IzlU
34DhIQR2G75gXq05BiVOpjkCIARqXsMuvhIHYP9qh0nMbnw3rflxlnl3/6Qf7Ja2
EAuK
-----END CERTIFICATE-----)";
// CN legacy.example, self-signed, no subject alternative names
const char cnPem[] = R"(-----BEGIN CERTIFICATE-----
MIIBijCCAS+gAwIBAgIUBJrdDzT0IjfUogwPcqzNYt6zQD0wCgYIKoZIzj0EAwIw
GTEXMBUGA1UEAwwObGVnYWN5LmV4YW1wbGUwIBcNMjYxMTMwMDUzNzI2WhgPMjEy
NjExMDYwNTM3MjZaMBkxFzAVBgNVBAMMDmxlZ2FjeS5leGFtcGxlMFkwEwYHKoZI
zj0CAQYIKoZIzj0DAQcDQgAEiUIyXaj6J8Okd7/57+KQdOO3UvEhUj3dhPFZRgHa
b2hLCYalsw2yGzu04nYINfSmfthUZfb+SFHn/mxOuJEM/6NTMFEwHQYDVR0OBBYE
FLz8MXxflVBppaSNkAPrhtxbzI4sMB8GA1UdIwQYMBaAFLz8MXxflVBppaSNkAPr
htxbzI4sMA8GA1UdEwEB/wQFMAMBAf8wCgYIKoZIzj0EAwIDSQAwRgIhANQjN5qc
lpv0OXehonU8qVuSEoOIoCYg+FVomVAZh4QJAiEAoqOp8P8u8bAh68Bv6L2eT7B8
XtxoSmbj3+5ajN5/LQ0=
-----END CERTIFICATE-----)";

QSslCertificate certificate(const QString &name)
{
    const char *pem = name == QLatin1String("leaf") ? leafPem
        : name == QLatin1String("ca")               ? caPem
        : name == QLatin1String("self")             ? selfPem
                                                    : cnPem;
    return QSslCertificate(QByteArray(pem), QSsl::Pem);
}

} // namespace

using Errors = QList<int>; // QSslError::SslError values, in the order Qt reports them

class TestTlsDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void certificatesParse()
    {
        for (const char *name : { "leaf", "ca", "self", "cn" })
            QVERIFY2(!certificate(QString::fromLatin1(name)).isNull(), name);
        QCOMPARE(TlsDiagnosis::certificateNames(certificate(QStringLiteral("leaf"))),
                 (QStringList { QStringLiteral("placement.example"), QStringLiteral("localhost"),
                                QStringLiteral("127.0.0.1") }));
        // No subject alternative names: the common name is what the certificate is for.
        QCOMPARE(TlsDiagnosis::certificateNames(certificate(QStringLiteral("cn"))),
                 QStringList { QStringLiteral("legacy.example") });
    }

    void describe_data()
    {
        QTest::addColumn<Errors>("errors");
        QTest::addColumn<QString>("certificate"); // the one every error names
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("expected");
        const QString unknownCa = QStringLiteral(
            "certificate not trusted (unknown CA): it is issued by \"Unit Test CA\", which is not a trusted CA; set "
            "the profile's CA file to that CA's certificate");
        const QString mismatch
            = QStringLiteral("host name mismatch: the certificate is for placement.example, localhost, 127.0.0.1, "
                             "not 127.0.0.2");
        // What Qt 6.4 reports for a CA-signed server certificate whose CA the client lacks.
        QTest::addRow("unknown CA, said once")
            << Errors { QSslError::UnableToGetLocalIssuerCertificate, QSslError::UnableToVerifyFirstCertificate }
            << QStringLiteral("leaf") << QStringLiteral("127.0.0.1") << unknownCa;
        // A server that sends its CA along: the chain ends at a root nobody here trusts.
        QTest::addRow("untrusted root in the chain")
            << Errors { QSslError::SelfSignedCertificateInChain } << QStringLiteral("ca") << QStringLiteral("127.0.0.1")
            << unknownCa;
        QTest::addRow("self-signed") << Errors { QSslError::SelfSignedCertificate } << QStringLiteral("self")
                                     << QStringLiteral("selfsigned.example")
                                     << QStringLiteral("certificate not trusted (self-signed): the server's "
                                                       "certificate \"selfsigned.example\" is signed by itself; if "
                                                       "you trust it, put it in the profile's CA file");
        QTest::addRow("host name mismatch") << Errors { QSslError::HostNameMismatch } << QStringLiteral("leaf")
                                            << QStringLiteral("127.0.0.2") << mismatch;
        // Qt lists the mismatch first; the trust problem is what to fix first.
        QTest::addRow("mismatch and unknown CA")
            << Errors { QSslError::HostNameMismatch, QSslError::UnableToGetLocalIssuerCertificate,
                        QSslError::UnableToVerifyFirstCertificate }
            << QStringLiteral("leaf") << QStringLiteral("127.0.0.2") << unknownCa + QStringLiteral("; ") + mismatch;
        QTest::addRow("mismatch, common name only")
            << Errors { QSslError::HostNameMismatch } << QStringLiteral("cn") << QStringLiteral("other.example")
            << QStringLiteral("host name mismatch: the certificate is for legacy.example, not other.example");
        QTest::addRow("expired") << Errors { QSslError::CertificateExpired } << QStringLiteral("leaf")
                                 << QStringLiteral("placement.example")
                                 << QStringLiteral("certificate expired on 2126-11-06T05:37:26Z");
        QTest::addRow("revoked, in Qt's words")
            << Errors { QSslError::CertificateRevoked } << QStringLiteral("leaf") << QStringLiteral("localhost")
            << QStringLiteral("certificate rejected: %1").arg(QSslError(QSslError::CertificateRevoked).errorString());
    }

    void describe()
    {
        QFETCH(Errors, errors);
        QFETCH(QString, certificate);
        QFETCH(QString, host);
        QFETCH(QString, expected);
        QList<QSslError> list;
        for (int e : std::as_const(errors))
            list.append(QSslError(QSslError::SslError(e), ::certificate(certificate)));
        QCOMPARE(TlsDiagnosis::describe(list, host), expected);
        // A certificate problem is always a TLS failure, whatever Qt's own text says.
        QCOMPARE(TlsDiagnosis::explain(list, QStringLiteral("SSL handshake failed"), host, false), expected);
    }

    void explainAlerts_data()
    {
        QTest::addColumn<QString>("transportText"); // QNetworkReply::errorString()
        QTest::addColumn<bool>("clientCertificate");
        QTest::addColumn<QString>("expected"); // empty: not a TLS failure
        // Qt 6.4 against a TLS 1.3 server that requires a client certificate (seen live).
        const QString required
            = QStringLiteral("Error while reading: error:0A00045C:SSL routines::tlsv13 alert certificate required");
        QTest::addRow("client certificate required, none configured")
            << required << false
            << QStringLiteral("the server requires a client certificate, and this connection has none (set the "
                              "client certificate and key in the profile)");
        QTest::addRow("client certificate required, one configured")
            << required << true
            << QStringLiteral("the server requires a client certificate and did not get one it accepts (TLS alert "
                              "\"certificate required\")");
        QTest::addRow("client certificate refused")
            << QStringLiteral("SSL handshake failed: error:0A000418:SSL routines::tlsv1 alert unknown ca") << true
            << QStringLiteral("the server refused the client certificate (TLS alert \"unknown ca\")");
        QTest::addRow("refused without a client certificate")
            << QStringLiteral("SSL handshake failed: error:0A000412:SSL routines::ssl/tls alert bad certificate")
            << false << QStringLiteral("the server refused the TLS connection (TLS alert \"bad certificate\")");
        // TLS 1.2 servers that require a certificate often say only this.
        QTest::addRow("handshake failure, no client certificate")
            << QStringLiteral("SSL handshake failed: error:0A000410:SSL routines::sslv3 alert handshake failure")
            << false
            << QStringLiteral("the server ended the TLS handshake (TLS alert \"handshake failure\"); it may require "
                              "a client certificate, and this connection has none");
        QTest::addRow("handshake failure, client certificate configured")
            << QStringLiteral("SSL handshake failed: error:0A000410:SSL routines::sslv3 alert handshake failure")
            << true << QStringLiteral("the server ended the TLS handshake (TLS alert \"handshake failure\")");
        // Seen live: an https:// URL pointed at a plain HTTP port.
        QTest::addRow("plain HTTP port")
            << QStringLiteral("SSL handshake failed: Error during SSL handshake: error:0A00010B:SSL "
                              "routines::wrong version number")
            << false
            << QStringLiteral(
                   "the server does not speak TLS on this port (is the endpoint http:// rather than https://?)");
        QTest::addRow("not about TLS") << QStringLiteral("Connection refused") << false << QString();
        QTest::addRow("not about TLS either")
            << QStringLiteral("Error transferring https://127.0.0.1/ - server replied: Not Found") << true << QString();
    }

    void explainAlerts()
    {
        QFETCH(QString, transportText);
        QFETCH(bool, clientCertificate);
        QFETCH(QString, expected);
        const std::optional<QString> explained
            = TlsDiagnosis::explain({}, transportText, QStringLiteral("127.0.0.1"), clientCertificate);
        QCOMPARE(explained.value_or(QString()), expected);
        QCOMPARE(explained.has_value(), !expected.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTlsDiagnosis)
#include "tst_tlsdiagnosis.moc"
