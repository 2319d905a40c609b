#pragma once

// Turns what Qt and OpenSSL report about a failed TLS connection into one sentence an operator
// can act on: "certificate not trusted (unknown CA): …", "host name mismatch: the certificate is
// for 127.0.0.1, localhost, not 127.0.0.2", "the server requires a client certificate, and this
// connection has none …". Pure functions: HttpClient feeds them what a reply reported.

#include <QCoreApplication>
#include <QList>
#include <QSslError>
#include <QString>

#include <optional>

class TlsDiagnosis
{
    Q_DECLARE_TR_FUNCTIONS(TlsDiagnosis)

public:
    // The certificate problems of one handshake (QNetworkReply::sslErrors), as clauses joined by
    // "; ": the trust problem first (self-signed or unknown CA, said once however many of Qt's
    // chain errors there are), then a host-name mismatch naming the certificate's names, then
    // dates and anything else. `host` is the name the client asked for.
    static QString describe(const QList<QSslError> &errors, const QString &host);

    // What went wrong on a connection that failed before any HTTP answer, when it is about TLS;
    // nothing otherwise. `errors` is what QNetworkReply::sslErrors reported (empty when the server
    // ended the handshake: then `transportText`, the reply's errorString(), carries OpenSSL's TLS
    // alert, such as "tlsv13 alert certificate required"). `clientCertificate` says whether this
    // connection offers one.
    static std::optional<QString> explain(const QList<QSslError> &errors, const QString &transportText,
                                          const QString &host, bool clientCertificate);

    // The names a certificate is valid for: its DNS and IP subject alternative names, else its
    // common names.
    static QStringList certificateNames(const QSslCertificate &certificate);
};
