#include "rotaserverprocess.h"

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTimer>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

RotaServerProcess::RotaServerProcess()
    : m_user(u"coordinator"_s)
{
    static constexpr char Alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    for (int i = 0; i < 24; ++i)
        m_password.append(QChar::fromLatin1(Alphabet[QRandomGenerator::system()->bounded(int(sizeof(Alphabet) - 1))]));
    // Its own process group, so that stop() reaches run.sh's children too.
    m_process.setChildProcessModifier([] { ::setpgid(0, 0); });
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RotaServerProcess::~RotaServerProcess()
{
    stop();
}

quint16 RotaServerProcess::freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

bool RotaServerProcess::start(int timeoutMs, bool demo, const QProcessEnvironment &extra)
{
    m_port = freeLoopbackPort();
    if (!m_dir.isValid() || m_port == 0) {
        m_error = u"no temporary directory or no free loopback port"_s;
        return false;
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"ROTADESK_SERVER_USER"_s, m_user);
    environment.insert(u"ROTADESK_SERVER_PASSWORD"_s, m_password);
    environment.insert(u"ROTADESK_SERVER_DB"_s, m_dir.filePath(u"rotaserver.sqlite3"_s));
    environment.insert(extra);
    m_process.setProcessEnvironment(environment);
    QStringList arguments{u"--port"_s, QString::number(m_port)};
    if (demo)
        arguments << u"--demo"_s;
    m_process.start(QStringLiteral(ROTADESK_SOURCE_DIR "/tests/server/run.sh"), arguments);
    if (!m_process.waitForStarted()) {
        m_error = m_process.errorString();
        return false;
    }

    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            m_error = u"run.sh exited: "_s + QString::fromUtf8(m_process.readAll());
            return false;
        }
        if (loginPageAnswers())
            return true;
        // Wait for the next output of the server or a short while, whichever comes first.
        QEventLoop loop;
        QTimer::singleShot(100, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::readyRead, &loop, &QEventLoop::quit);
        QObject::connect(&m_process, &QProcess::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    m_error = u"the server did not answer in time: "_s + QString::fromUtf8(m_process.readAll());
    stop();
    return false;
}

bool RotaServerProcess::loginPageAnswers()
{
    QNetworkAccessManager manager;
    QNetworkReply *reply = manager.get(QNetworkRequest(baseUrl().resolved(QUrl(u"accounts/login/"_s))));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(5000, &loop, &QEventLoop::quit);
    loop.exec();
    const bool answered = reply->isFinished() && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    reply->abort();
    reply->deleteLater();
    return answered;
}

void RotaServerProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    const qint64 pid = m_process.processId();
    if (pid > 0)
        ::kill(-pid_t(pid), SIGTERM);
    if (!m_process.waitForFinished(10000)) {
        if (pid > 0)
            ::kill(-pid_t(pid), SIGKILL);
        m_process.waitForFinished(5000);
    }
}

QUrl RotaServerProcess::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_port));
}

QString RotaServerProcess::user() const
{
    return m_user;
}

QString RotaServerProcess::password() const
{
    return m_password;
}

QString RotaServerProcess::errorString() const
{
    return m_error;
}
