#include "tlsdiagnosis.h"

#include <QDateTime>
#include <QMultiMap>
#include <QRegularExpression>
#include <QSslCertificate>

#include <algorithm>

QStringList TlsDiagnosis::certificateNames(const QSslCertificate &certificate)
{
    QStringList names;
    const QMultiMap<QSsl::AlternativeNameEntryType, QString> alternatives = certificate.subjectAlternativeNames();
    for (const QSsl::AlternativeNameEntryType type : { QSsl::DnsEntry, QSsl::IpAddressEntry }) {
        // values() lists the last inserted first: reversed, it is the certificate's own order.
        QStringList ofType = alternatives.values(type);
        std::reverse(ofType.begin(), ofType.end());
        for (const QString &name : std::as_const(ofType)) {
            if (!names.contains(name))
                names.append(name);
        }
    }
    if (names.isEmpty())
        names = certificate.subjectInfo(QSslCertificate::CommonName);
    return names;
}

QString TlsDiagnosis::describe(const QList<QSslError> &errors, const QString &host)
{
    auto quoted = [](const QString &name) {
        return name.isEmpty() ? tr("an unnamed certificate") : tr("\"%1\"").arg(name);
    };
    auto unknownCa = [](const QString &ca) {
        return tr("certificate not trusted (unknown CA): it is issued by %1, which is not a trusted CA; set the "
                  "profile's CA file to that CA's certificate")
            .arg(ca);
    };

    // Qt reports one problem several times over (a missing issuer also leaves "no certificate
    // could be verified"); the operator needs the one that says what to do, first.
    QString trust;
    int trustRank = 0; // the most telling trust problem wins
    auto trustIs = [&trust, &trustRank](int rank, const QString &text) {
        if (rank > trustRank) {
            trustRank = rank;
            trust = text;
        }
    };
    QString mismatch;
    QStringList others;
    for (const QSslError &error : errors) {
        const QSslCertificate certificate = error.certificate();
        switch (error.error()) {
        case QSslError::SelfSignedCertificate:
            trustIs(4,
                    tr("certificate not trusted (self-signed): the server's certificate %1 is signed by itself; if "
                       "you trust it, put it in the profile's CA file")
                        .arg(quoted(certificate.subjectDisplayName())));
            break;
        case QSslError::SelfSignedCertificateInChain: // the chain ends at a root nobody here trusts
            trustIs(3, unknownCa(quoted(certificate.subjectDisplayName())));
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
            trustIs(3, unknownCa(quoted(certificate.issuerDisplayName())));
            break;
        case QSslError::CertificateUntrusted:
        case QSslError::InvalidCaCertificate:
        case QSslError::CertificateRejected:
            trustIs(2, tr("certificate not trusted: %1").arg(error.errorString()));
            break;
        case QSslError::UnableToVerifyFirstCertificate: // only ever the echo of a missing issuer
            trustIs(1, unknownCa(quoted(certificate.issuerDisplayName())));
            break;
        case QSslError::HostNameMismatch: {
            const QStringList names = certificateNames(certificate);
            mismatch = names.isEmpty()
                ? tr("host name mismatch: the certificate names no host, so it cannot be for %1").arg(host)
                : tr("host name mismatch: the certificate is for %1, not %2")
                      .arg(names.join(QStringLiteral(", ")), host);
            break;
        }
        case QSslError::CertificateExpired:
            others.append(tr("certificate expired on %1").arg(certificate.expiryDate().toUTC().toString(Qt::ISODate)));
            break;
        case QSslError::CertificateNotYetValid:
            others.append(
                tr("certificate not valid before %1").arg(certificate.effectiveDate().toUTC().toString(Qt::ISODate)));
            break;
        default:
            others.append(tr("certificate rejected: %1").arg(error.errorString()));
            break;
        }
    }
    QStringList clauses;
    if (!trust.isEmpty())
        clauses.append(trust);
    if (!mismatch.isEmpty())
        clauses.append(mismatch);
    for (const QString &other : std::as_const(others)) {
        if (!clauses.contains(other))
            clauses.append(other);
    }
    return clauses.join(QStringLiteral("; "));
}

std::optional<QString> TlsDiagnosis::explain(const QList<QSslError> &errors, const QString &transportText,
                                             const QString &host, bool clientCertificate)
{
    if (!errors.isEmpty())
        return describe(errors, host);

    // OpenSSL's reason strings are never translated, whatever Qt wrapped around them:
    // "tlsv13 alert certificate required", "sslv3 alert handshake failure", "ssl/tls alert bad certificate".
    static const QRegularExpression alertPattern(QStringLiteral("\\b(?:sslv3|tlsv1|tlsv13|ssl/tls) alert ([a-z ]+)"));
    const QRegularExpressionMatch alert = alertPattern.match(transportText);
    if (alert.hasMatch()) {
        const QString name = alert.captured(1).trimmed();
        if (name == QLatin1String("certificate required")) {
            return clientCertificate ? tr("the server requires a client certificate and did not get one it accepts "
                                          "(TLS alert \"%1\")")
                                           .arg(name)
                                     : tr("the server requires a client certificate, and this connection has none "
                                          "(set the client certificate and key in the profile)");
        }
        static const QStringList refusals {
            QStringLiteral("bad certificate"),     QStringLiteral("unknown ca"),
            QStringLiteral("certificate unknown"), QStringLiteral("unsupported certificate"),
            QStringLiteral("certificate expired"), QStringLiteral("certificate revoked"),
            QStringLiteral("access denied")
        };
        if (refusals.contains(name)) {
            return clientCertificate ? tr("the server refused the client certificate (TLS alert \"%1\")").arg(name)
                                     : tr("the server refused the TLS connection (TLS alert \"%1\")").arg(name);
        }
        if (name == QLatin1String("handshake failure") && !clientCertificate) {
            return tr("the server ended the TLS handshake (TLS alert \"%1\"); it may require a client certificate, "
                      "and this connection has none")
                .arg(name);
        }
        return tr("the server ended the TLS handshake (TLS alert \"%1\")").arg(name);
    }
    // An https:// URL on a port that speaks plain HTTP.
    if (transportText.contains(QLatin1String("wrong version number")))
        return tr("the server does not speak TLS on this port (is the endpoint http:// rather than https://?)");
    return std::nullopt;
}
