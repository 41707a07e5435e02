#include "rotaserverprocess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkCookie>
#include <QNetworkCookieJar>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Waits for a reply with the event loop, up to a deadline that only guards against a hang.
QNetworkReply *finished(QNetworkReply *reply)
{
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    return reply;
}

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

QString cookieValue(QNetworkCookieJar *jar, const QUrl &url, const QByteArray &name)
{
    for (const QNetworkCookie &cookie : jar->cookiesForUrl(url)) {
        if (cookie.name() == name)
            return QString::fromLatin1(cookie.value());
    }
    return {};
}

} // namespace

class TestRotaServerProcess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void logsInAsTheSyncClientWill();

private:
    RotaServerProcess m_server;
};

void TestRotaServerProcess::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QCOMPARE(m_server.baseUrl().host(), u"127.0.0.1"_s);
    QVERIFY(!m_server.password().isEmpty());
}

void TestRotaServerProcess::logsInAsTheSyncClientWill()
{
    QNetworkAccessManager manager;
    const QUrl base = m_server.baseUrl();
    const QUrl loginUrl = base.resolved(QUrl(u"accounts/login/"_s));
    const QUrl cliniciansUrl = base.resolved(QUrl(u"api/clinicians/"_s));

    // Without a session the API refuses.
    std::unique_ptr<QNetworkReply> anonymous(finished(manager.get(QNetworkRequest(cliniciansUrl))));
    QCOMPARE(statusOf(anonymous.get()), 401);

    std::unique_ptr<QNetworkReply> page(finished(manager.get(QNetworkRequest(loginUrl))));
    QCOMPARE(statusOf(page.get()), 200);
    const QString csrfCookie = cookieValue(manager.cookieJar(), base, "csrftoken");
    QVERIFY(!csrfCookie.isEmpty());
    const QRegularExpression tokenPattern(uR"re(name="csrfmiddlewaretoken" value="([^"]+)")re"_s);
    const QRegularExpressionMatch token = tokenPattern.match(QString::fromUtf8(page->readAll()));
    QVERIFY(token.hasMatch());

    QUrlQuery form;
    form.addQueryItem(u"csrfmiddlewaretoken"_s, token.captured(1));
    form.addQueryItem(u"login"_s, m_server.user());
    form.addQueryItem(u"password"_s, m_server.password());
    QNetworkRequest post(loginUrl);
    post.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    post.setRawHeader("Referer", loginUrl.toEncoded());
    post.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    std::unique_ptr<QNetworkReply> login(finished(manager.post(post, form.toString(QUrl::FullyEncoded).toUtf8())));
    QCOMPARE(statusOf(login.get()), 302);
    QCOMPARE(login->rawHeader("Location"), QByteArray("/"));
    QVERIFY(!cookieValue(manager.cookieJar(), base, "sessionid").isEmpty());

    std::unique_ptr<QNetworkReply> list(finished(manager.get(QNetworkRequest(cliniciansUrl))));
    QCOMPARE(statusOf(list.get()), 200);
    QVERIFY(list->header(QNetworkRequest::ContentTypeHeader).toString().startsWith(u"application/json"_s));
    QVERIFY(QJsonDocument::fromJson(list->readAll()).isArray());

    const QByteArray body = R"({"name": "Dr. Example"})";
    QNetworkRequest create(cliniciansUrl);
    create.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    create.setRawHeader("Referer", base.toEncoded());
    std::unique_ptr<QNetworkReply> withoutToken(finished(manager.post(create, body)));
    QCOMPARE(statusOf(withoutToken.get()), 403);

    // The session after login carries a new CSRF token; the header must send that one.
    create.setRawHeader("X-CSRFToken", cookieValue(manager.cookieJar(), base, "csrftoken").toLatin1());
    std::unique_ptr<QNetworkReply> withToken(finished(manager.post(create, body)));
    QCOMPARE(statusOf(withToken.get()), 201);
    QCOMPARE(QJsonDocument::fromJson(withToken->readAll()).object().value(u"name"_s).toString(), u"Dr. Example"_s);
}

QTEST_GUILESS_MAIN(TestRotaServerProcess)
#include "tst_rotaserverprocess.moc"
