#include "core/sync/synctestsupport.h"
#include "sync/serversession.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncTest;

namespace {

// A certificate and key made by the openssl command line, and what openssl itself says about
// the certificate: the values ServerCertificate must show the user.
struct GeneratedCertificate
{
    QSslCertificate certificate;
    QSslKey key;
    QDateTime notBefore;
    QDateTime notAfter;
    QString opensslFingerprint; // "AB:CD:..." as `openssl x509 -fingerprint -sha256` prints it
};

QString runOpenssl(const QString &openssl, const QStringList &arguments, QString *error)
{
    QProcess process;
    process.start(openssl, arguments);
    if (!process.waitForFinished(10000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"openssl %1 failed: %2"_s.arg(arguments.join(u' '), QString::fromLocal8Bit(process.readAllStandardError()));
        return {};
    }
    return QString::fromLatin1(process.readAllStandardOutput());
}

// "notBefore=Nov  3 16:52:39 2026 GMT"
QDateTime opensslDate(const QString &line)
{
    QString text = line.section(u'=', 1).simplified();
    text.chop(4); // " GMT"
    QDateTime date = QDateTime::fromString(text, u"MMM d HH:mm:ss yyyy"_s);
    date.setTimeSpec(Qt::UTC);
    return date;
}

bool generate(const QString &openssl, const QString &directory, const QString &name, GeneratedCertificate *out, QString *error)
{
    const QString certPath = directory + u'/' + name + u".pem"_s;
    const QString keyPath = directory + u'/' + name + u".key"_s;
    runOpenssl(openssl,
               {u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s,
                u"-keyout"_s, keyPath, u"-out"_s, certPath, u"-days"_s, u"30"_s, u"-subj"_s, u"/CN=127.0.0.1/O=RotaDesk Test"_s,
                u"-addext"_s, u"subjectAltName=IP:127.0.0.1"_s},
               error);
    if (!error->isEmpty())
        return false;
    const QString facts = runOpenssl(openssl,
                                     {u"x509"_s, u"-in"_s, certPath, u"-noout"_s, u"-startdate"_s, u"-enddate"_s,
                                      u"-fingerprint"_s, u"-sha256"_s},
                                     error);
    if (!error->isEmpty())
        return false;
    for (const QString &line : facts.split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u"notBefore="_s))
            out->notBefore = opensslDate(line);
        else if (line.startsWith(u"notAfter="_s))
            out->notAfter = opensslDate(line);
        else if (line.contains(u"Fingerprint="_s))
            out->opensslFingerprint = line.section(u'=', 1).trimmed();
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(certPath);
    QFile keyFile(keyPath);
    if (certificates.size() != 1 || !keyFile.open(QIODevice::ReadOnly)) {
        *error = u"cannot read %1 or %2"_s.arg(certPath, keyPath);
        return false;
    }
    out->certificate = certificates.first();
    out->key = QSslKey(&keyFile, QSsl::Ec);
    if (out->key.isNull() || !out->notBefore.isValid() || !out->notAfter.isValid() || out->opensslFingerprint.isEmpty()) {
        *error = u"unexpected openssl output: %1"_s.arg(facts);
        return false;
    }
    return true;
}

// An https server on 127.0.0.1 that answers every complete request with a JSON list and closes
// the connection, so that every request makes a TLS handshake of its own.
class TlsServer : public QObject
{
public:
    bool start(const GeneratedCertificate &generated)
    {
        present(generated);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
        return m_server.listen(QHostAddress::LocalHost);
    }

    // The certificate of the connections from now on.
    void present(const GeneratedCertificate &generated)
    {
        QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
        configuration.setLocalCertificate(generated.certificate);
        configuration.setPrivateKey(generated.key);
        configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(configuration);
    }

    QUrl baseUrl() const { return QUrl(u"https://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }
    int requestsAnswered() const { return m_answered; }

private:
    void serve(QTcpSocket *socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            QByteArray &received = m_received[socket];
            received += socket->readAll();
            if (!received.contains("\r\n\r\n"))
                return;
            m_received.remove(socket);
            ++m_answered;
            const QByteArray body = R"([{"id": 7, "name": "Dr Okafor"}])";
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
            socket->disconnectFromHost();
        });
    }

    QSslServer m_server;
    QHash<QTcpSocket *, QByteArray> m_received;
    int m_answered = 0;
};

ServerResponse get(ServerSession &session)
{
    return await(session.send("GET", u"api/clinicians/"_s));
}

} // namespace

class TestServerTls : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void untrustedCertificateIsReportedAndNothingSent();
    void trustedCertificateIsAccepted();
    void trustingAnotherCertificateStillFails();
    void trustCoversOnlyThatCertificateOfTheServer();
    void emptyDigestTrustsNoneAgain();
    void trustingAnotherCertificateReplacesTheTrust();

private:
    QTemporaryDir m_directory;
    GeneratedCertificate m_first;
    GeneratedCertificate m_second; // same subject and address, another key and serial
    std::unique_ptr<TlsServer> m_server;
};

void TestServerTls::initTestCase()
{
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        QSKIP("the openssl command line is not installed; it makes the test certificates");
    if (!QSslSocket::supportsSsl())
        QSKIP("Qt has no TLS backend here");
    QVERIFY(m_directory.isValid());
    QString error;
    QVERIFY2(generate(openssl, m_directory.path(), u"first"_s, &m_first, &error), qPrintable(error));
    QVERIFY2(generate(openssl, m_directory.path(), u"second"_s, &m_second, &error), qPrintable(error));
    QVERIFY(m_first.certificate != m_second.certificate);
}

void TestServerTls::init()
{
    m_server = std::make_unique<TlsServer>();
    QVERIFY(m_server->start(m_first));
}

void TestServerTls::cleanup()
{
    m_server.reset();
}

void TestServerTls::untrustedCertificateIsReportedAndNothingSent()
{
    ServerSession session(m_server->baseUrl(), u"coordinator"_s);
    const ServerResponse response = get(session);

    QCOMPARE(response.error.kind, ServerError::Kind::Tls);
    QVERIFY(!response.ok());
    QCOMPARE(response.status, 0);
    QVERIFY(!response.json.isArray() && !response.json.isObject());
    QCOMPARE(m_server->requestsAnswered(), 0);
    const QUrl url = m_server->baseUrl().resolved(QUrl(u"api/clinicians/"_s));
    QCOMPARE(response.error.url, url);
    QVERIFY2(response.error.message.contains(url.toDisplayString()), qPrintable(response.error.message));

    const ServerCertificate &certificate = response.error.certificate;
    // CN first, then O: the self-signed certificate names itself as its issuer.
    QCOMPARE(certificate.subject, u"127.0.0.1, RotaDesk Test"_s);
    QCOMPARE(certificate.issuer, u"127.0.0.1, RotaDesk Test"_s);
    QCOMPARE(certificate.validFrom, m_first.notBefore);
    QCOMPARE(certificate.validTo, m_first.notAfter);
    QCOMPARE(certificate.validFrom.daysTo(certificate.validTo), 30);
    QCOMPARE(certificate.sha256, QCryptographicHash::hash(m_first.certificate.toDer(), QCryptographicHash::Sha256));
    QCOMPARE(certificate.sha256.size(), 32);
    QCOMPARE(certificate.fingerprintText(), m_first.opensslFingerprint);
    QVERIFY2(certificate.problems.contains(QSslError(QSslError::SelfSignedCertificate).errorString()),
             qPrintable(certificate.problems.join(u"; "_s)));
    // The message shows the user what to check before trusting it.
    QVERIFY2(response.error.message.contains(m_first.opensslFingerprint), qPrintable(response.error.message));
}

void TestServerTls::trustedCertificateIsAccepted()
{
    ServerSession session(m_server->baseUrl(), u"coordinator"_s);
    const ServerResponse refused = get(session);
    QCOMPARE(refused.error.kind, ServerError::Kind::Tls);

    // What the user agreed to after seeing the refusal, on the same session.
    session.trustCertificate(refused.error.certificate.sha256);
    QCOMPARE(session.trustedCertificate(), QCryptographicHash::hash(m_first.certificate.toDer(), QCryptographicHash::Sha256));
    const ServerResponse accepted = get(session);
    QVERIFY2(accepted.ok(), qPrintable(accepted.error.message));
    QCOMPARE(accepted.status, 200);
    QCOMPARE(accepted.json.toArray().size(), 1);
    QCOMPARE(accepted.json.toArray().first().toObject().value(u"name"_s).toString(), u"Dr Okafor"_s);
    QCOMPARE(m_server->requestsAnswered(), 1);
}

void TestServerTls::trustingAnotherCertificateStillFails()
{
    ServerSession session(m_server->baseUrl(), u"coordinator"_s);
    session.trustCertificate(QCryptographicHash::hash(m_second.certificate.toDer(), QCryptographicHash::Sha256));
    const ServerResponse response = get(session);
    QCOMPARE(response.error.kind, ServerError::Kind::Tls);
    QCOMPARE(response.error.certificate.sha256, QCryptographicHash::hash(m_first.certificate.toDer(), QCryptographicHash::Sha256));
    QCOMPARE(m_server->requestsAnswered(), 0);
}

void TestServerTls::trustCoversOnlyThatCertificateOfTheServer()
{
    ServerSession session(m_server->baseUrl(), u"coordinator"_s);
    session.trustCertificate(QCryptographicHash::hash(m_first.certificate.toDer(), QCryptographicHash::Sha256));
    QVERIFY2(get(session).ok(), "the trusted certificate must be accepted");

    // The same address and subject, but another certificate: not what the user agreed to.
    m_server->present(m_second);
    const ServerResponse response = get(session);
    QCOMPARE(response.error.kind, ServerError::Kind::Tls);
    QCOMPARE(response.error.certificate.sha256, QCryptographicHash::hash(m_second.certificate.toDer(), QCryptographicHash::Sha256));
    QCOMPARE(response.error.certificate.fingerprintText(), m_second.opensslFingerprint);
    QCOMPARE(m_server->requestsAnswered(), 1);
}

void TestServerTls::emptyDigestTrustsNoneAgain()
{
    ServerSession session(m_server->baseUrl(), u"coordinator"_s);
    session.trustCertificate(QCryptographicHash::hash(m_first.certificate.toDer(), QCryptographicHash::Sha256));
    QVERIFY2(get(session).ok(), "the trusted certificate must be accepted");

    session.trustCertificate({});
    QVERIFY(session.trustedCertificate().isEmpty());
    const ServerResponse response = get(session);
    QCOMPARE(response.error.kind, ServerError::Kind::Tls);
    QCOMPARE(m_server->requestsAnswered(), 1);
}

void TestServerTls::trustingAnotherCertificateReplacesTheTrust()
{
    ServerSession session(m_server->baseUrl(), u"coordinator"_s);
    session.trustCertificate(QCryptographicHash::hash(m_first.certificate.toDer(), QCryptographicHash::Sha256));
    QVERIFY2(get(session).ok(), "the trusted certificate must be accepted");

    // The user now trusts the second certificate instead; the server still presents the first.
    session.trustCertificate(QCryptographicHash::hash(m_second.certificate.toDer(), QCryptographicHash::Sha256));
    const ServerResponse response = get(session);
    QCOMPARE(response.error.kind, ServerError::Kind::Tls);
    QCOMPARE(response.error.certificate.sha256, QCryptographicHash::hash(m_first.certificate.toDer(), QCryptographicHash::Sha256));
    QCOMPARE(m_server->requestsAnswered(), 1);
}

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_servertls.moc"
