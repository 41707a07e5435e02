#include "core/sync/synctestsupport.h"
#include "rotaserverprocess.h"
#include "sync/serversession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncTest;

class TestServerSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void logsIn();
    void wrongPasswordIsRefusedAndNotTriedAgain();
    void createsAndListsClinicians();
    void withoutLoginTheServerHasNoSession();
    void recordsTheDeprecatedRouteOnce();
    void expiredSessionLogsInAgainOnce();
    void failedReloginIsOneAttempt();
    void refusesPlainHttpToAnotherHost();
    void loopbackHosts();
    void malformedJsonNamesUrlAndOffset();
    void unsafeMethodIsNotTurnedIntoGet();
    void throttleWaitFromTheBody();
    void serverErrorIsRetryable();
    void throttledByTheServer();
    void redirectKeepsPostMethodAndBody();

private:
    std::unique_ptr<ServerSession> loggedInSession(const RotaServerProcess &server);

    RotaServerProcess m_server;
};

void TestServerSession::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

std::unique_ptr<ServerSession> TestServerSession::loggedInSession(const RotaServerProcess &server)
{
    auto session = std::make_unique<ServerSession>(server.baseUrl(), server.user());
    const ServerResponse login = await(session->login(server.password()));
    return login.ok() ? std::move(session) : nullptr;
}

void TestServerSession::logsIn()
{
    ServerSession session(m_server.baseUrl(), m_server.user());
    QSignalSpy attempts(&session, &ServerSession::loginFinished);
    const ServerResponse login = await(session.login(m_server.password()));
    QVERIFY2(login.ok(), qPrintable(login.error.message));
    QVERIFY(session.hasSession());
    QCOMPARE(attempts.size(), 1);
}

void TestServerSession::wrongPasswordIsRefusedAndNotTriedAgain()
{
    ServerSession session(m_server.baseUrl(), m_server.user());
    QSignalSpy attempts(&session, &ServerSession::loginFinished);
    const ServerResponse login = await(session.login(u"not the password"_s));
    QCOMPARE(login.error.kind, ServerError::Kind::Authentication);
    QVERIFY2(login.error.message.contains(u"\"coordinator\""_s), qPrintable(login.error.message));
    QVERIFY(!session.hasSession());

    // The refused password is forgotten: the next request asks for a login instead of trying it.
    const ServerResponse list = await(session.send("GET", u"api/clinicians/"_s));
    QCOMPARE(list.error.kind, ServerError::Kind::NotLoggedIn);
    QCOMPARE(list.status, 401);
    QCOMPARE(attempts.size(), 1);
}

void TestServerSession::createsAndListsClinicians()
{
    const std::unique_ptr<ServerSession> session = loggedInSession(m_server);
    QVERIFY(session);
    const ServerResponse created =
        await(session->send("POST", u"/api/clinicians/"_s, {}, QJsonDocument(QJsonObject{{u"name"_s, u"Dr. Example"_s}})));
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[u"name"_s].toString(), u"Dr. Example"_s);
    const qint64 id = created.json[u"id"_s].toInteger();
    QVERIFY(id > 0);

    const ServerResponse list = await(session->send("GET", u"api/clinicians/"_s));
    QVERIFY2(list.ok(), qPrintable(list.error.message));
    QCOMPARE(list.status, 200);
    QVERIFY(list.json.isArray());
    const QJsonArray clinicians = list.json.toArray();
    QVERIFY(std::any_of(clinicians.begin(), clinicians.end(), [id](const QJsonValue &clinician) {
        return clinician[u"id"_s].toInteger() == id && clinician[u"name"_s].toString() == u"Dr. Example"_s;
    }));

    const ServerResponse missing = await(session->send("GET", u"api/clinicians/%1/"_s.arg(id + 1000)));
    QCOMPARE(missing.error.kind, ServerError::Kind::Http);
    QCOMPARE(missing.status, 404);
    QVERIFY(!missing.error.isRetryable());
}

void TestServerSession::withoutLoginTheServerHasNoSession()
{
    ServerSession session(m_server.baseUrl(), m_server.user());
    const ServerResponse created =
        await(session.send("POST", u"api/clinicians/"_s, {}, QJsonDocument(QJsonObject{{u"name"_s, u"Dr. Nobody"_s}})));
    QCOMPARE(created.error.kind, ServerError::Kind::NotLoggedIn);
    QCOMPARE(created.status, 401);
    QVERIFY2(created.error.message.contains(m_server.baseUrl().resolved(QUrl(u"api/clinicians/"_s)).toDisplayString()),
             qPrintable(created.error.message));
}

void TestServerSession::recordsTheDeprecatedRouteOnce()
{
    const std::unique_ptr<ServerSession> session = loggedInSession(m_server);
    QVERIFY(session);
    QSignalSpy noticed(session.get(), &ServerSession::deprecationNoticed);
    QVERIFY(await(session->send("GET", u"api/clinicians/"_s)).ok());
    QVERIFY(await(session->send("GET", u"api/clinicians/"_s, QUrlQuery(u"search=Smith"_s))).ok());
    const DeprecationNotice expected{m_server.baseUrl().resolved(QUrl(u"api/clinicians/"_s)),
                                     m_server.baseUrl().resolved(QUrl(u"api/v1/clinicians/"_s))};
    QCOMPARE(noticed.size(), 1);
    QCOMPARE(session->deprecations(), QList<DeprecationNotice>{expected});
    // The successor itself is not deprecated.
    QVERIFY(await(session->send("GET", u"api/v1/clinicians/"_s)).ok());
    QCOMPARE(noticed.size(), 1);
}

void TestServerSession::expiredSessionLogsInAgainOnce()
{
    const std::unique_ptr<ServerSession> session = loggedInSession(m_server);
    QVERIFY(session);
    QSignalSpy attempts(session.get(), &ServerSession::loginFinished);
    // Setting the same password again still ends every other session of the account.
    QCOMPARE(changePassword(m_server.baseUrl(), m_server.user(), m_server.password(), m_server.password()), 302);

    const ServerResponse created =
        await(session->send("POST", u"api/clinicians/"_s, {}, QJsonDocument(QJsonObject{{u"name"_s, u"Dr. Again"_s}})));
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json[u"name"_s].toString(), u"Dr. Again"_s);
    QCOMPARE(attempts.size(), 1);
    QVERIFY(attempts.first().first().value<ServerError>().ok());
}

void TestServerSession::failedReloginIsOneAttempt()
{
    const std::unique_ptr<ServerSession> session = loggedInSession(m_server);
    QVERIFY(session);
    QSignalSpy attempts(session.get(), &ServerSession::loginFinished);
    const QString newPassword = m_server.password() + u"-changed"_s;
    QCOMPARE(changePassword(m_server.baseUrl(), m_server.user(), m_server.password(), newPassword), 302);

    const ServerResponse list = await(session->send("GET", u"api/clinicians/"_s));
    QCOMPARE(list.error.kind, ServerError::Kind::Authentication);
    QVERIFY2(list.error.message.contains(u"logging in again failed"_s), qPrintable(list.error.message));
    QVERIFY2(list.error.message.contains(u"GET "_s + m_server.baseUrl().resolved(QUrl(u"api/clinicians/"_s)).toDisplayString()),
             qPrintable(list.error.message));
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(attempts.first().first().value<ServerError>().kind, ServerError::Kind::Authentication);

    // The next request does not try the refused password again.
    QCOMPARE(await(session->send("GET", u"api/clinicians/"_s)).error.kind, ServerError::Kind::NotLoggedIn);
    QCOMPARE(attempts.size(), 1);
    QCOMPARE(changePassword(m_server.baseUrl(), m_server.user(), newPassword, m_server.password()), 302);
}

void TestServerSession::refusesPlainHttpToAnotherHost()
{
    ServerSession session(QUrl(u"http://rota.example.org"_s), u"coordinator"_s);
    QCOMPARE(session.baseUrl(), QUrl(u"http://rota.example.org/"_s));
    QSignalSpy attempts(&session, &ServerSession::loginFinished);
    const ServerResponse login = await(session.login(u"secret"_s));
    // Refused, not a failed name lookup: nothing was sent.
    QCOMPARE(login.error.kind, ServerError::Kind::Refused);
    QVERIFY2(login.error.message.contains(u"http://rota.example.org/accounts/login/"_s), qPrintable(login.error.message));
    QCOMPARE(attempts.size(), 1);
    const ServerResponse list = await(session.send("GET", u"api/clinicians/"_s));
    QCOMPARE(list.error.kind, ServerError::Kind::Refused);
    QCOMPARE(list.status, 0);
    QVERIFY(!list.error.isRetryable());

    // Another server named in a path is refused whatever the scheme.
    ServerSession secure(QUrl(u"https://rota.example.org/"_s), u"coordinator"_s);
    QCOMPARE(await(secure.send("GET", u"https://elsewhere.example.org/api/"_s)).error.kind, ServerError::Kind::Refused);
}

void TestServerSession::loopbackHosts()
{
    QVERIFY(ServerSession::isLoopbackHost(u"127.0.0.1"_s));
    QVERIFY(ServerSession::isLoopbackHost(u"127.0.1.1"_s));
    QVERIFY(ServerSession::isLoopbackHost(u"::1"_s));
    QVERIFY(ServerSession::isLoopbackHost(u"LOCALHOST"_s));
    QVERIFY(!ServerSession::isLoopbackHost(u"rota.example.org"_s));
    QVERIFY(!ServerSession::isLoopbackHost(u"10.0.0.1"_s));
    QVERIFY(!ServerSession::isLoopbackHost(u"localhost.example.org"_s));
}

void TestServerSession::malformedJsonNamesUrlAndOffset()
{
    // Cut off in the middle of the second line: the string "Dr. Tru never ends. The answer is
    // 29 bytes, 11 on the first line with its line feed and 18 on the second, so the error is at
    // its end: offset 29, line 2, column 19.
    const QByteArray body = "[{\"id\": 1,\n  \"name\": \"Dr. Tru";
    CannedHttpServer server({CannedHttpServer::response("200 OK", "Content-Type: application/json\r\n", body)});
    ServerSession session(server.baseUrl(), u"coordinator"_s);
    const ServerResponse list = await(session.send("GET", u"api/clinicians/"_s));
    QCOMPARE(list.error.kind, ServerError::Kind::Malformed);
    QCOMPARE(list.status, 200);
    const QString message = list.error.message;
    QVERIFY2(message.contains(u"GET "_s + server.baseUrl().toDisplayString() + u"api/clinicians/"_s), qPrintable(message));
    QVERIFY2(message.contains(u"offset 29 (line 2, column 19)"_s), qPrintable(message));
}

void TestServerSession::unsafeMethodIsNotTurnedIntoGet()
{
    CannedHttpServer server({CannedHttpServer::response("302 Found", "Location: /api/elsewhere/\r\n", {})});
    ServerSession session(server.baseUrl(), u"coordinator"_s);
    const ServerResponse created =
        await(session.send("POST", u"api/clinicians/"_s, {}, QJsonDocument(QJsonObject{{u"name"_s, u"Dr. Post"_s}})));
    QCOMPARE(created.error.kind, ServerError::Kind::Redirect);
    QCOMPARE(created.status, 302);
    QVERIFY2(created.error.message.contains(server.baseUrl().toDisplayString() + u"api/elsewhere/"_s), qPrintable(created.error.message));
    QCOMPARE(server.requests.size(), 1);
    QVERIFY(server.requests.first().startsWith("POST /api/clinicians/ "));
    QVERIFY(server.requests.first().endsWith(R"({"name":"Dr. Post"})"));
}

void TestServerSession::throttleWaitFromTheBody()
{
    CannedHttpServer server({CannedHttpServer::response("429 Too Many Requests", "Content-Type: application/json\r\n",
                                                        R"({"detail": "Request was throttled. Expected available in 42 seconds."})")});
    ServerSession session(server.baseUrl(), u"coordinator"_s);
    const ServerResponse list = await(session.send("GET", u"api/shifts/"_s));
    QCOMPARE(list.error.kind, ServerError::Kind::Throttled);
    QCOMPARE(list.error.retryAfterSeconds, 42);
    QVERIFY(list.error.isRetryable());
}

void TestServerSession::serverErrorIsRetryable()
{
    CannedHttpServer server({CannedHttpServer::response("503 Service Unavailable", "Content-Type: application/json\r\n",
                                                        R"({"detail": "Server error."})")});
    ServerSession session(server.baseUrl(), u"coordinator"_s);
    const ServerResponse list = await(session.send("GET", u"api/shifts/"_s));
    QCOMPARE(list.error.kind, ServerError::Kind::Server);
    QCOMPARE(list.error.httpStatus, 503);
    QVERIFY(list.error.isRetryable());
    QVERIFY2(list.error.message.contains(u"Server error."_s), qPrintable(list.error.message));
}

void TestServerSession::throttledByTheServer()
{
    RotaServerProcess server;
    QProcessEnvironment environment;
    environment.insert(u"ROTADESK_THROTTLE_STANDARD"_s, u"2/hour"_s);
    QVERIFY2(server.start(60000, false, environment), qPrintable(server.errorString()));
    const std::unique_ptr<ServerSession> session = loggedInSession(server);
    QVERIFY(session);
    QVERIFY(await(session->send("GET", u"api/shifts/"_s)).ok());
    QVERIFY(await(session->send("GET", u"api/shifts/"_s)).ok());
    const ServerResponse third = await(session->send("GET", u"api/shifts/"_s));
    QCOMPARE(third.error.kind, ServerError::Kind::Throttled);
    QCOMPARE(third.status, 429);
    // An hour after the first request, less the seconds the test took since.
    QVERIFY2(third.error.retryAfterSeconds > 3500 && third.error.retryAfterSeconds <= 3600,
             qPrintable(QString::number(third.error.retryAfterSeconds)));
    QVERIFY(third.error.isRetryable());
}

void TestServerSession::redirectKeepsPostMethodAndBody()
{
    RotaServerProcess server;
    QProcessEnvironment environment;
    environment.insert(u"ROTADESK_UNVERSIONED_REDIRECT"_s, u"1"_s);
    QVERIFY2(server.start(60000, false, environment), qPrintable(server.errorString()));
    const std::unique_ptr<ServerSession> session = loggedInSession(server);
    QVERIFY(session);
    QSignalSpy noticed(session.get(), &ServerSession::deprecationNoticed);
    const ServerResponse created =
        await(session->send("POST", u"api/clinicians/"_s, {}, QJsonDocument(QJsonObject{{u"name"_s, u"Dr. Redirected"_s}})));
    QVERIFY2(created.ok(), qPrintable(created.error.message));
    // 201 and the name sent: the redirect kept the POST and its body (a GET would list, 200).
    QCOMPARE(created.status, 201);
    QCOMPARE(created.url, server.baseUrl().resolved(QUrl(u"api/v1/clinicians/"_s)));
    QCOMPARE(created.json[u"name"_s].toString(), u"Dr. Redirected"_s);
    QCOMPARE(noticed.size(), 1);
    QCOMPARE(session->deprecations().first().successor, server.baseUrl().resolved(QUrl(u"api/v1/clinicians/"_s)));

    const ServerResponse list = await(session->send("GET", u"api/clinicians/"_s));
    QVERIFY2(list.ok(), qPrintable(list.error.message));
    QCOMPARE(list.json.toArray().size(), 1);
    QCOMPARE(list.json.toArray().first()[u"name"_s].toString(), u"Dr. Redirected"_s);
}

QTEST_GUILESS_MAIN(TestServerSession)
#include "tst_serversession.moc"
