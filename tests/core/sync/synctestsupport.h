#pragma once

// Shared by the sync tests: waiting for a ServerReply, a plain browser-like client that changes
// the account's password on the reference server (which ends every other session of the
// account), and a loopback HTTP server that answers canned responses.

#include "sync/serverreply.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

namespace SyncTest {

using namespace Qt::StringLiterals;

// The deadline only guards against a hang.
inline ServerResponse await(ServerReply *reply)
{
    QSignalSpy finished(reply, &ServerReply::finished);
    if (!finished.wait(30000)) {
        ServerResponse none;
        none.error.kind = ServerError::Kind::Timeout;
        none.error.message = u"the test gave up waiting"_s;
        return none;
    }
    return finished.first().first().value<ServerResponse>();
}

inline std::unique_ptr<QNetworkReply> finished(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return std::unique_ptr<QNetworkReply>(reply);
}

inline QByteArray cookieValue(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &name)
{
    for (const QNetworkCookie &cookie : manager.cookieJar()->cookiesForUrl(url)) {
        if (cookie.name() == name)
            return cookie.value();
    }
    return {};
}

inline int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

inline QByteArray form(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields)
        body += (body.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    return body;
}

inline QNetworkReply *postForm(QNetworkAccessManager &manager, const QUrl &url, const QByteArray &body)
{
    QNetworkRequest post(url);
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    post.setRawHeader("Referer", url.toEncoded());
    post.setRawHeader("X-CSRFToken", cookieValue(manager, url, "csrftoken"));
    post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    return manager.post(post, body);
}

// Logs in with a client of its own and changes the password of `user` from `oldPassword` to
// `newPassword` (which may be the same): Django then ends every other session of the account.
// Returns the status of the change (302 when it worked).
inline int changePassword(const QUrl &base, const QString &user, const QString &oldPassword, const QString &newPassword)
{
    QNetworkAccessManager manager;
    const QUrl loginUrl = base.resolved(QUrl(u"accounts/login/"_s));
    const auto page = finished(manager.get(QNetworkRequest(loginUrl)));
    static const QRegularExpression tokenPattern(uR"re(name="csrfmiddlewaretoken" value="([^"]+)")re"_s);
    const QString token = tokenPattern.match(QString::fromUtf8(page->readAll())).captured(1);
    const auto login = finished(postForm(manager, loginUrl,
                                         form({{u"csrfmiddlewaretoken"_s, token}, {u"login"_s, user}, {u"password"_s, oldPassword}})));
    if (statusOf(login.get()) != 302)
        return -statusOf(login.get());
    const auto change = finished(postForm(manager, base.resolved(QUrl(u"accounts/password/change/"_s)),
                                          form({{u"oldpassword"_s, oldPassword}, {u"password1"_s, newPassword}, {u"password2"_s, newPassword}})));
    return statusOf(change.get());
}

// Answers each connection on 127.0.0.1 with the next canned response (the last one repeats)
// once the request has arrived whole, and keeps the requests' heads and bodies.
class CannedHttpServer : public QObject
{
public:
    explicit CannedHttpServer(QList<QByteArray> responses)
        : m_responses(std::move(responses))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }

    QUrl baseUrl() const { return QUrl(u"http://127.0.0.1:%1/"_s.arg(m_server.serverPort())); }
    QList<QByteArray> requests; // each "METHOD /path HTTP/1.1\r\n...\r\n\r\nbody"

    static QByteArray response(const QByteArray &statusLine, const QByteArray &headers, const QByteArray &body)
    {
        return "HTTP/1.1 " + statusLine + "\r\n" + headers + "Content-Length: " + QByteArray::number(body.size())
            + "\r\nConnection: close\r\n\r\n" + body;
    }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
            if (headEnd < 0)
                return;
            static const QRegularExpression lengthHeader(u"\r\nContent-Length: *(\\d+)"_s, QRegularExpression::CaseInsensitiveOption);
            const QRegularExpressionMatch length = lengthHeader.match(QString::fromLatin1(buffer->left(headEnd)));
            if (buffer->size() < headEnd + 4 + (length.hasMatch() ? length.captured(1).toInt() : 0))
                return;
            requests.append(*buffer);
            socket->write(m_responses.at(std::min(requests.size(), m_responses.size()) - 1));
            socket->disconnectFromHost();
        });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }

    QTcpServer m_server;
    QList<QByteArray> m_responses;
};

} // namespace SyncTest
