#include "serversession.h"

#include "singlesendbody.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QSslConfiguration>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxRedirects = 5;
constexpr char UntrustedProperty[] = "rotadesk_untrusted_certificate";

bool isUnsafe(const QByteArray &method)
{
    return method != "GET" && method != "HEAD" && method != "OPTIONS";
}

int statusOf(QNetworkReply *network)
{
    return network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString describeRequest(const QByteArray &method, const QUrl &url)
{
    return QString::fromLatin1(method) + u' ' + url.toDisplayString();
}

// The server's own explanation in an error body: DRF's "detail", the deprecated routes'
// "error", else the JSON itself (field errors), shortened.
QString explanationIn(const QJsonValue &json)
{
    const QJsonObject object = json.toObject();
    for (const QString &key : {u"detail"_s, u"error"_s}) {
        if (object.value(key).isString())
            return object.value(key).toString();
    }
    if (json.isObject() || json.isArray()) {
        const QByteArray compact = json.isObject() ? QJsonDocument(object).toJson(QJsonDocument::Compact)
                                                   : QJsonDocument(json.toArray()).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(compact.left(300));
    }
    return {};
}

// The wait a 429 asks for: Retry-After (seconds or an HTTP date), else DRF's sentence in the body.
int retryAfterSeconds(QNetworkReply *network, const QString &explanation)
{
    const QByteArray header = network->rawHeader("Retry-After").trimmed();
    bool isNumber = false;
    const int seconds = header.toInt(&isNumber);
    if (isNumber && seconds >= 0)
        return seconds;
    if (!header.isEmpty()) {
        const QDateTime when = QDateTime::fromString(QString::fromLatin1(header), Qt::RFC2822Date);
        if (when.isValid())
            return int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(when)));
    }
    static const QRegularExpression sentence(uR"re(Expected available in (\d+) seconds?)re"_s);
    const QRegularExpressionMatch match = sentence.match(explanation);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

bool isAuthenticationFailure(const QString &explanation)
{
    return explanation.startsWith(u"CSRF Failed"_s) || explanation.contains(u"credentials"_s);
}

std::pair<int, int> lineAndColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

QByteArray formEncoded(const QList<std::pair<QString, QString>> &fields)
{
    QByteArray body;
    for (const auto &[name, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        // Every reserved character escaped: a '+' in a password must not arrive as a space.
        body += QUrl::toPercentEncoding(name) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

} // namespace

ServerSession::ServerSession(const QUrl &baseUrl, const QString &user, QObject *parent)
    : QObject(parent)
    , m_baseUrl(baseUrl)
    , m_user(user)
    , m_manager(new QNetworkAccessManager(this))
    , m_cookieJar(new QNetworkCookieJar)
{
    if (!m_baseUrl.path().endsWith(u'/'))
        m_baseUrl.setPath(m_baseUrl.path() + u'/');
    m_manager->setCookieJar(m_cookieJar);
    m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

ServerSession::~ServerSession()
{
    forgetPassword();
    // Transfers still running must not call back into this half-destroyed session.
    const QList<QNetworkReply *> transfers = m_manager->findChildren<QNetworkReply *>();
    for (QNetworkReply *transfer : transfers) {
        transfer->disconnect();
        transfer->abort();
    }
}

QUrl ServerSession::baseUrl() const
{
    return m_baseUrl;
}

QString ServerSession::user() const
{
    return m_user;
}

bool ServerSession::hasSession() const
{
    return !cookie("sessionid").isEmpty();
}

void ServerSession::allowInsecure(bool allow)
{
    m_insecureAllowed = allow;
}

bool ServerSession::insecureAllowed() const
{
    return m_insecureAllowed;
}

void ServerSession::trustCertificate(const QByteArray &sha256)
{
    m_trustedSha256 = sha256;
    m_manager->clearConnectionCache(); // its connections would go on ignoring the errors of the certificate trusted before
}

QByteArray ServerSession::trustedCertificate() const
{
    return m_trustedSha256;
}

void ServerSession::setTimeout(int milliseconds)
{
    m_timeoutMs = milliseconds;
}

QList<DeprecationNotice> ServerSession::deprecations() const
{
    return m_deprecations;
}

bool ServerSession::isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

ServerReply *ServerSession::login(const QString &password)
{
    auto *reply = new ServerReply("POST", loginUrl(), {}, this);
    m_password = password;
    startLogin([reply = QPointer<ServerReply>(reply)](const ServerResponse &response) {
        if (reply)
            reply->finish(response);
    });
    return reply;
}

ServerReply *ServerSession::send(const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body)
{
    auto *reply = new ServerReply(method.toUpper(), resolve(path, query), body.isNull() ? QByteArray() : body.toJson(QJsonDocument::Compact), this);
    start(reply);
    return reply;
}

QUrl ServerSession::resolve(const QString &path, const QUrlQuery &query) const
{
    QUrl url(path);
    if (url.isRelative()) {
        QString relative = path;
        while (relative.startsWith(u'/'))
            relative.remove(0, 1);
        url = m_baseUrl.resolved(QUrl(relative));
    }
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

ServerError ServerSession::refusalFor(const QUrl &url) const
{
    ServerError error;
    error.url = url;
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http"_s && scheme != u"https"_s)) {
        error.kind = ServerError::Kind::Refused;
        error.message = tr("RotaDesk only talks to http:// and https:// addresses with a host name; \"%1\" is not one.")
                            .arg(url.toDisplayString());
    } else if (!sameOrigin(url)) {
        error.kind = ServerError::Kind::Refused;
        error.message = tr("%1 is not on the rota server %2; RotaDesk sends nothing to another server.")
                            .arg(url.toDisplayString(), m_baseUrl.toDisplayString());
    } else if (scheme == u"http"_s && !m_insecureAllowed && !isLoopbackHost(url.host())) {
        error.kind = ServerError::Kind::Refused;
        error.message = tr("Nothing was sent to %1: a plain http:// address would show the password and the rota to anyone "
                           "on the network. Use https://, or allow the insecure connection to this server.")
                            .arg(url.toDisplayString());
    }
    return error;
}

QUrl ServerSession::loginUrl() const
{
    return m_baseUrl.resolved(QUrl(u"accounts/login/"_s));
}

bool ServerSession::sameOrigin(const QUrl &url) const
{
    const int defaultPort = url.scheme() == u"https"_s ? 443 : 80;
    return url.scheme() == m_baseUrl.scheme() && url.host().compare(m_baseUrl.host(), Qt::CaseInsensitive) == 0
        && url.port(defaultPort) == m_baseUrl.port(defaultPort);
}

bool ServerSession::isLoginPage(const QUrl &url) const
{
    return sameOrigin(url) && url.path() == loginUrl().path();
}

QByteArray ServerSession::cookie(const QByteArray &name) const
{
    for (const QNetworkCookie &cookie : m_cookieJar->cookiesForUrl(m_baseUrl)) {
        if (cookie.name() == name)
            return cookie.value();
    }
    return {};
}

void ServerSession::dropSessionCookie()
{
    for (const QNetworkCookie &cookie : m_cookieJar->cookiesForUrl(m_baseUrl)) {
        if (cookie.name() == "sessionid")
            m_cookieJar->deleteCookie(cookie);
    }
}

void ServerSession::forgetPassword()
{
    m_password.fill(u'\0');
    m_password.clear();
}

QNetworkReply *ServerSession::transmit(const QByteArray &method, QNetworkRequest request, const QByteArray &body)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(m_timeoutMs);
    QNetworkReply *network = nullptr;
    if (isUnsafe(method)) {
        // A body the transport cannot rewind, even an empty one: Qt would otherwise send the
        // request again on its own when the connection drops before the answer.
        auto *once = new SingleSendBody(body);
        request.setHeader(QNetworkRequest::ContentLengthHeader, body.size());
        // HTTP/2 has its own retry path that does not ask the body to rewind.
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        network = m_manager->sendCustomRequest(request, method, once);
        once->setParent(network);
    } else {
        network = method == "GET" ? m_manager->get(request) : m_manager->sendCustomRequest(request, method, body);
    }
    connect(network, &QNetworkReply::sslErrors, this, [this, network](const QList<QSslError> &errors) {
        const QSslCertificate peer = network->sslConfiguration().peerCertificate();
        const bool aboutPeer = std::all_of(errors.cbegin(), errors.cend(), [&peer](const QSslError &error) {
            return error.certificate().isNull() || error.certificate() == peer;
        });
        if (!m_trustedSha256.isEmpty() && aboutPeer && ServerCertificate::sha256Of(peer) == m_trustedSha256) {
            // Exactly these errors of exactly the certificate the user agreed to; anything else still fails.
            network->ignoreSslErrors(errors);
            return;
        }
        network->setProperty(UntrustedProperty, QVariant::fromValue(ServerCertificate::from(peer, errors)));
    });
    return network;
}

void ServerSession::whenFinished(QNetworkReply *network, QObject *context, const Done &done)
{
    connect(network, &QNetworkReply::finished, context, [network, done] {
        done(network);
        network->deleteLater();
    });
}

void ServerSession::start(ServerReply *reply)
{
    if (ServerError refusal = refusalFor(reply->m_currentUrl); !refusal.ok()) {
        ServerResponse response;
        response.error = refusal;
        QMetaObject::invokeMethod(reply, [reply, response] { reply->finish(response); }, Qt::QueuedConnection);
        return;
    }
    QNetworkRequest request(reply->m_currentUrl);
    request.setRawHeader("Accept", "application/json");
    if (isUnsafe(reply->m_method)) {
        request.setRawHeader("X-CSRFToken", cookie("csrftoken"));
        request.setRawHeader("Referer", m_baseUrl.toEncoded());
    }
    if (!reply->m_body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    reply->m_network = transmit(reply->m_method, request, reply->m_body);
    whenFinished(reply->m_network, reply, [this, reply](QNetworkReply *network) { handle(reply, network); });
}

void ServerSession::handle(ServerReply *reply, QNetworkReply *network)
{
    reply->m_network = nullptr;
    ServerResponse response;
    response.url = network->url();
    response.status = statusOf(network);
    const QString request = describeRequest(reply->m_method, response.url);
    if (reply->m_aborted) {
        response.error.kind = ServerError::Kind::Cancelled;
        response.error.message = tr("The request %1 was cancelled.").arg(request);
        reply->finish(response);
        return;
    }
    if (response.status == 0) {
        response.error = transportError(network, reply->m_method);
        reply->finish(response);
        return;
    }
    noteDeprecation(network);
    if (response.status >= 300 && response.status < 400) {
        if (ServerError error = followRedirect(reply, network); !error.ok()) {
            response.error = error;
            reply->finish(response);
        }
        return;
    }

    const QByteArray body = network->readAll();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (document.isArray())
        response.json = document.array();
    else if (document.isObject())
        response.json = document.object();
    const QString explanation = explanationIn(response.json);
    ServerError &error = response.error;
    error.httpStatus = response.status;
    if (response.status == 401 || (response.status == 403 && isAuthenticationFailure(explanation))) {
        sessionEnded(reply, response);
        return;
    }
    if (response.status == 429) {
        error.kind = ServerError::Kind::Throttled;
        error.retryAfterSeconds = retryAfterSeconds(network, explanation);
        error.message = error.retryAfterSeconds >= 0
            ? tr("The server limits how often RotaDesk may ask; %1 can be sent again in %n second(s).", nullptr, error.retryAfterSeconds).arg(request)
            : tr("The server limits how often RotaDesk may ask; %1 must wait before it is sent again.").arg(request);
    } else if (response.status >= 500) {
        error.kind = ServerError::Kind::Server;
        error.message = tr("The server failed to answer %1 (HTTP %2). %3").arg(request).arg(response.status).arg(explanation).trimmed();
    } else if (response.status >= 400) {
        error.kind = ServerError::Kind::Http;
        error.message = tr("The server refused %1 (HTTP %2). %3").arg(request).arg(response.status).arg(explanation).trimmed();
    } else if (!body.trimmed().isEmpty() && parseError.error != QJsonParseError::NoError) {
        // At the end of a cut-off answer QJsonParseError points one past the last byte.
        const qsizetype offset = std::min<qsizetype>(parseError.offset, body.size());
        const auto [line, column] = lineAndColumn(body, offset);
        error.kind = ServerError::Kind::Malformed;
        error.message = tr("The answer to %1 is not valid JSON: %2 at offset %3 (line %4, column %5).")
                            .arg(request, parseError.errorString())
                            .arg(offset)
                            .arg(line)
                            .arg(column);
    } else {
        error.httpStatus = 0;
    }
    reply->finish(response);
}

ServerError ServerSession::followRedirect(ServerReply *reply, QNetworkReply *network)
{
    const int status = statusOf(network);
    const QUrl target = network->url().resolved(QUrl::fromEncoded(network->rawHeader("Location")));
    const QString request = describeRequest(reply->m_method, network->url());
    ServerError error;
    error.httpStatus = status;
    error.url = network->url();
    if (isLoginPage(target)) {
        ServerResponse response;
        response.url = network->url();
        response.status = status;
        sessionEnded(reply, response);
        return error;
    }
    const bool keepsMethod = status == 307 || status == 308;
    if (!keepsMethod && status != 301 && status != 302 && status != 303) {
        error.kind = ServerError::Kind::Http;
        error.message = tr("The server answered %1 with HTTP %2, which RotaDesk does not understand.").arg(request).arg(status);
    } else if (target.isEmpty() || !sameOrigin(target)) {
        error.kind = ServerError::Kind::Refused;
        error.message = tr("The server redirected %1 to %2, which is not on the rota server; RotaDesk does not follow it.")
                            .arg(request, target.toDisplayString());
    } else if (!keepsMethod && isUnsafe(reply->m_method)) {
        // Following would send the request again as a GET and lose what it was to change.
        error.kind = ServerError::Kind::Redirect;
        error.message = tr("The server answered %1 with a redirect (HTTP %2) to %3; RotaDesk does not send a %4 again as a GET.")
                            .arg(request)
                            .arg(status)
                            .arg(target.toDisplayString(), QString::fromLatin1(reply->m_method));
    } else if (++reply->m_redirects > MaxRedirects) {
        error.kind = ServerError::Kind::Redirect;
        error.message = tr("The server redirected %1 more than %2 times.").arg(request).arg(MaxRedirects);
    } else {
        if (!keepsMethod)
            reply->m_body.clear();
        reply->m_currentUrl = target;
        start(reply);
    }
    return error;
}

void ServerSession::sessionEnded(ServerReply *reply, ServerResponse response)
{
    const QString request = describeRequest(reply->m_method, response.url);
    ServerError &error = response.error;
    error.httpStatus = response.status;
    if (reply->m_retried) {
        error.kind = ServerError::Kind::Authentication;
        error.message = tr("The server ended the session again right after RotaDesk logged in again as %1; %2 was not sent again.")
                            .arg(m_user, request);
        reply->finish(response);
        return;
    }
    if (m_password.isEmpty()) {
        error.kind = ServerError::Kind::NotLoggedIn;
        error.message = tr("Log in to %1 as %2 first: the server has no session for %3.").arg(m_baseUrl.toDisplayString(), m_user, request);
        reply->finish(response);
        return;
    }
    reply->m_retried = true;
    m_waitingForLogin.append(reply);
    if (m_renewing)
        return;
    m_renewing = true;
    startLogin([this](const ServerResponse &login) {
        m_renewing = false;
        const QList<QPointer<ServerReply>> waiting = std::exchange(m_waitingForLogin, {});
        for (const QPointer<ServerReply> &waiter : waiting) {
            if (!waiter)
                continue;
            if (login.ok()) {
                start(waiter);
                continue;
            }
            ServerResponse failed = login;
            failed.url = waiter->m_currentUrl;
            failed.error.message = tr("The server had ended the session and logging in again failed, so %1 was not sent again: %2")
                                       .arg(describeRequest(waiter->m_method, waiter->m_currentUrl), login.error.message);
            waiter->finish(failed);
        }
    });
}

void ServerSession::startLogin(const LoginDone &done)
{
    const LoginDone report = [this, done](const ServerResponse &response) {
        emit loginFinished(response.error);
        done(response);
    };
    if (ServerError refusal = refusalFor(loginUrl()); !refusal.ok()) {
        ServerResponse response;
        response.url = loginUrl();
        response.error = refusal;
        QMetaObject::invokeMethod(this, [report, response] { report(response); }, Qt::QueuedConnection);
        return;
    }
    // Without its old session the form checks the password; with it, the server would just
    // redirect a signed-in user home.
    dropSessionCookie();
    QNetworkReply *page = transmit("GET", QNetworkRequest(loginUrl()), {});
    whenFinished(page, this, [this, report](QNetworkReply *network) { loginFormLoaded(network, report); });
}

void ServerSession::loginFormLoaded(QNetworkReply *page, const LoginDone &done)
{
    ServerResponse response;
    response.url = page->url();
    response.status = statusOf(page);
    const QString request = describeRequest("GET", response.url);
    if (response.status == 0) {
        response.error = transportError(page, "GET");
        done(response);
        return;
    }
    static const QRegularExpression tokenInput(uR"re(<input[^>]*name="csrfmiddlewaretoken"[^>]*>)re"_s);
    static const QRegularExpression valueAttribute(uR"re(value="([^"]*)")re"_s);
    const QString input = tokenInput.match(QString::fromUtf8(page->readAll())).captured(0);
    const QString token = valueAttribute.match(input).captured(1);
    ServerError &error = response.error;
    if (response.status != 200) {
        error.kind = response.status >= 500 ? ServerError::Kind::Server
                   : response.status == 429 ? ServerError::Kind::Throttled
                                            : ServerError::Kind::Http;
        error.httpStatus = response.status;
        error.message = tr("The login page %1 answered HTTP %2; is this the address of the rota server?")
                            .arg(response.url.toDisplayString())
                            .arg(response.status);
    } else if (token.isEmpty() || cookie("csrftoken").isEmpty()) {
        error.kind = ServerError::Kind::Malformed;
        error.message = tr("The login page %1 has no CSRF token to log in with; is this the address of the rota server?")
                            .arg(response.url.toDisplayString());
    }
    if (!error.ok()) {
        done(response);
        return;
    }
    QNetworkRequest post(loginUrl());
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    post.setRawHeader("Referer", loginUrl().toEncoded());
    QByteArray form = formEncoded({{u"csrfmiddlewaretoken"_s, token}, {u"login"_s, m_user}, {u"password"_s, m_password}});
    QNetworkReply *network = transmit("POST", post, form);
    form.fill('\0');
    whenFinished(network, this, [this, done](QNetworkReply *reply) { loginPosted(reply, done); });
}

void ServerSession::loginPosted(QNetworkReply *post, const LoginDone &done)
{
    ServerResponse response;
    response.url = post->url();
    response.status = statusOf(post);
    ServerError &error = response.error;
    if (response.status == 0) {
        error = transportError(post, "POST");
        done(response);
        return;
    }
    const QString page = QString::fromUtf8(post->readAll());
    const bool redirected = response.status >= 300 && response.status < 400;
    const QUrl target = post->url().resolved(QUrl::fromEncoded(post->rawHeader("Location")));
    const bool formError = page.contains(u"errorlist"_s);
    if (hasSession() && ((redirected && !isLoginPage(target)) || (response.status == 200 && !formError))) {
        done(response);
        return;
    }
    error.httpStatus = response.status;
    if (response.status == 200 || redirected) {
        // The form again, with its error: the password is no use, so it is not tried again.
        forgetPassword();
        static const QRegularExpression firstError(uR"re(<ul class="errorlist[^"]*">\s*<li>([^<]*)</li>)re"_s);
        const QString reason = firstError.match(page).captured(1).trimmed();
        error.kind = ServerError::Kind::Authentication;
        error.message = tr("The server %1 refused the user name \"%2\" or its password. %3")
                            .arg(m_baseUrl.toDisplayString(), m_user, reason)
                            .trimmed();
    } else {
        error.kind = response.status >= 500 ? ServerError::Kind::Server
                   : response.status == 429 ? ServerError::Kind::Throttled
                                            : ServerError::Kind::Http;
        error.message = tr("Logging in at %1 failed with HTTP %2.").arg(response.url.toDisplayString()).arg(response.status);
    }
    done(response);
}

void ServerSession::noteDeprecation(QNetworkReply *network)
{
    if (!network->hasRawHeader("Deprecation"))
        return;
    static const QRegularExpression successorLink(uR"re(<([^>]*)>\s*;[^,]*\brel="?successor-version"?)re"_s);
    const QRegularExpressionMatch match = successorLink.match(QString::fromLatin1(network->rawHeader("Link")));
    DeprecationNotice notice;
    notice.url = network->url().adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (match.hasMatch())
        notice.successor = network->url().resolved(QUrl(match.captured(1)));
    if (m_deprecations.contains(notice))
        return;
    m_deprecations.append(notice);
    emit deprecationNoticed(notice);
}

ServerError ServerSession::transportError(QNetworkReply *network, const QByteArray &method) const
{
    ServerError error;
    error.url = network->url();
    const QString request = describeRequest(method, network->url());
    const QVariant untrusted = network->property(UntrustedProperty);
    if (untrusted.isValid()) {
        error.kind = ServerError::Kind::Tls;
        error.certificate = untrusted.value<ServerCertificate>();
        error.message = tr("The server %1 presented a certificate RotaDesk does not trust, so %2 was not sent. %3")
                            .arg(network->url().host(), request, error.certificate.describe());
        return error;
    }
    switch (network->error()) {
    case QNetworkReply::ContentReSendError:
        error.kind = ServerError::Kind::Network;
        error.message = tr("The connection to the server was lost after %1 was sent; whether the server carried it out is "
                           "not known, so it was not sent again.")
                            .arg(request);
        break;
    case QNetworkReply::OperationCanceledError: // the transfer timeout aborts this way
    case QNetworkReply::TimeoutError:
        error.kind = ServerError::Kind::Timeout;
        error.message = tr("%1 timed out: the server sent nothing for %n second(s).", nullptr, m_timeoutMs / 1000).arg(request);
        break;
    case QNetworkReply::SslHandshakeFailedError:
        error.kind = ServerError::Kind::Tls;
        error.message = tr("No secure connection could be made for %1: %2").arg(request, network->errorString());
        break;
    default:
        error.kind = ServerError::Kind::Network;
        error.message = tr("The server could not be reached for %1: %2").arg(request, network->errorString());
        break;
    }
    return error;
}
