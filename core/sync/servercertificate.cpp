#include "servercertificate.h"

#include <QCryptographicHash>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace {

QString distinguishedName(const QSslCertificate &certificate, bool issuer)
{
    QStringList parts;
    for (const QSslCertificate::SubjectInfo field : {QSslCertificate::CommonName, QSslCertificate::Organization,
                                                     QSslCertificate::OrganizationalUnitName, QSslCertificate::CountryName}) {
        const QStringList values = issuer ? certificate.issuerInfo(field) : certificate.subjectInfo(field);
        if (!values.isEmpty())
            parts.append(values.join(u", "_s));
    }
    return parts.join(u", "_s);
}

} // namespace

QByteArray ServerCertificate::sha256Of(const QSslCertificate &certificate)
{
    return certificate.isNull() ? QByteArray() : certificate.digest(QCryptographicHash::Sha256);
}

ServerCertificate ServerCertificate::from(const QSslCertificate &certificate, const QList<QSslError> &errors)
{
    ServerCertificate result;
    result.subject = distinguishedName(certificate, false);
    result.issuer = distinguishedName(certificate, true);
    result.validFrom = certificate.effectiveDate().toUTC();
    result.validTo = certificate.expiryDate().toUTC();
    result.sha256 = sha256Of(certificate);
    for (const QSslError &error : errors)
        result.problems.append(error.errorString());
    return result;
}

QString ServerCertificate::fingerprintText() const
{
    return QString::fromLatin1(sha256.toHex(':').toUpper());
}

QString ServerCertificate::describe() const
{
    return tr("Certificate of \"%1\" issued by \"%2\", valid from %3 to %4, SHA-256 fingerprint %5. Problems: %6")
        .arg(subject, issuer, validFrom.toString(Qt::ISODate), validTo.toString(Qt::ISODate), fingerprintText(),
             problems.join(u"; "_s));
}
