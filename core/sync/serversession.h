#pragma once

#include "deprecationnotice.h"
#include "servererror.h"
#include "serverreply.h"

#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>
#include <functional>

class QNetworkAccessManager;
class QNetworkCookieJar;
class QNetworkReply;
class QNetworkRequest;

// A logged-in conversation with one rota server as one user: its own network access manager
// and cookie jar, the Django session and CSRF cookies, logging in through the login form as a
// browser does. Everything is asynchronous.
//
// The password given to login() is kept in this object's memory only, for the one re-login a
// request makes when the server ended the session (401, a CSRF or authentication 403, or a
// redirect to the login page); it is never written anywhere or logged, and is forgotten when
// the server refuses it.
class ServerSession : public QObject
{
    Q_OBJECT

public:
    // `baseUrl` is where the server lives (its API is under baseUrl + "api/"); a missing
    // trailing slash is added.
    ServerSession(const QUrl &baseUrl, const QString &user, QObject *parent = nullptr);
    ~ServerSession() override;

    QUrl baseUrl() const;
    QString user() const;
    bool hasSession() const; // a sessionid cookie is held

    // Plain http:// is only used for loopback hosts unless this was allowed (after asking the
    // user): otherwise every request is refused before anything is sent.
    void allowInsecure(bool allow);
    bool insecureAllowed() const;
    // Accepts exactly the certificate with this SHA-256 digest (raw, 32 bytes; see
    // ServerCertificate::sha256) for this server although it is not trusted, after the user
    // agreed. An empty digest trusts none again.
    void trustCertificate(const QByteArray &sha256);
    QByteArray trustedCertificate() const;
    // How long a request may go without any data before it fails as Timeout; 30 s by default.
    void setTimeout(int milliseconds);

    // Logs in through the form at accounts/login/. The response's error is Authentication when
    // the server refused the user name or password.
    ServerReply *login(const QString &password);
    // One API request. `path` is relative to the base URL ("api/clinicians/"; a leading slash
    // is allowed) or an absolute URL on the same server (a page's "next"). `body` is sent as
    // JSON unless it is null. POST, PUT, PATCH and DELETE carry X-CSRFToken and a same-origin
    // Referer.
    ServerReply *send(const QByteArray &method, const QString &path, const QUrlQuery &query = {},
                      const QJsonDocument &body = {});

    // The deprecated routes the server named so far, each once.
    QList<DeprecationNotice> deprecations() const;

    static bool isLoopbackHost(const QString &host);

signals:
    // After every attempt to log in, whether asked for or a re-login; ok() when it worked.
    void loginFinished(const ServerError &error);
    // The first time a route is found deprecated, so that the caller can move to its successor.
    void deprecationNoticed(const DeprecationNotice &notice);

private:
    using Done = std::function<void(QNetworkReply *)>;
    using LoginDone = std::function<void(const ServerResponse &)>;

    QUrl resolve(const QString &path, const QUrlQuery &query) const;
    ServerError refusalFor(const QUrl &url) const;
    QUrl loginUrl() const;
    bool sameOrigin(const QUrl &url) const;
    bool isLoginPage(const QUrl &url) const;
    QByteArray cookie(const QByteArray &name) const;
    void dropSessionCookie();
    void forgetPassword();

    QNetworkReply *transmit(const QByteArray &method, QNetworkRequest request, const QByteArray &body);
    void whenFinished(QNetworkReply *network, QObject *context, const Done &done);
    void start(ServerReply *reply);
    void handle(ServerReply *reply, QNetworkReply *network);
    ServerError followRedirect(ServerReply *reply, QNetworkReply *network);
    void sessionEnded(ServerReply *reply, ServerResponse response);
    void startLogin(const LoginDone &done);
    void loginFormLoaded(QNetworkReply *page, const LoginDone &done);
    void loginPosted(QNetworkReply *post, const LoginDone &done);
    void noteDeprecation(QNetworkReply *network);
    ServerError transportError(QNetworkReply *network, const QByteArray &method) const;

    QUrl m_baseUrl;
    QString m_user;
    QString m_password;
    bool m_insecureAllowed = false;
    QByteArray m_trustedSha256;
    int m_timeoutMs = 30000;
    QNetworkAccessManager *m_manager;
    QNetworkCookieJar *m_cookieJar;
    QList<DeprecationNotice> m_deprecations;
    bool m_renewing = false;
    QList<QPointer<ServerReply>> m_waitingForLogin;
};
