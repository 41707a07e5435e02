#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSslError>
#include <QString>
#include <QStringList>

class QSslCertificate;

// The certificate a server presented and why it was not trusted: what the user needs to see
// before agreeing to trust it (ServerSession::trustCertificate).
struct ServerCertificate
{
    Q_DECLARE_TR_FUNCTIONS(ServerCertificate)

public:
    QString subject;
    QString issuer;
    QDateTime validFrom; // UTC
    QDateTime validTo;   // UTC
    QByteArray sha256;   // raw digest of the DER encoding, 32 bytes
    QStringList problems; // QSslError::errorString() of each error

    static ServerCertificate from(const QSslCertificate &certificate, const QList<QSslError> &errors);
    static QByteArray sha256Of(const QSslCertificate &certificate);

    bool isNull() const { return sha256.isEmpty(); }
    QString fingerprintText() const; // "AB:CD:...", as browsers show it
    QString describe() const;        // one paragraph: subject, issuer, validity, fingerprint, problems

    bool operator==(const ServerCertificate &) const = default;
};
