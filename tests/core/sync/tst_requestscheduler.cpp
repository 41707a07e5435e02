#include "core/storage/storagetestsupport.h"
#include "core/sync/synctestsupport.h"
#include "sync/requestscheduler.h"
#include "sync/serversession.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using namespace SyncTest;
using Tier = RateBudget::Tier;

namespace {

QDateTime t0()
{
    return StorageTest::fixedNow();
}

QByteArray ok(const QByteArray &body = R"({"id": 1})")
{
    return CannedHttpServer::response("200 OK", "Content-Type: application/json\r\n", body);
}

QByteArray unavailable()
{
    return CannedHttpServer::response("503 Service Unavailable", "Content-Type: application/json\r\n", R"({"detail": "Server error."})");
}

QByteArray throttled(int seconds)
{
    return CannedHttpServer::response(
        "429 Too Many Requests", "Content-Type: application/json\r\nRetry-After: " + QByteArray::number(seconds) + "\r\n",
        R"({"detail": "Request was throttled. Expected available in )" + QByteArray::number(seconds) + R"( seconds."})");
}

RequestScheduler::Request request(const QByteArray &method, const QString &path, const QJsonObject &body = {})
{
    RequestScheduler::Request result;
    result.method = method;
    result.path = path;
    if (!body.isEmpty())
        result.body = QJsonDocument(body);
    return result;
}

// The guard only keeps a broken test from hanging.
bool waitFor(QSignalSpy &spy, int count)
{
    while (spy.size() < count) {
        if (!spy.wait(30000))
            return false;
    }
    return spy.size() == count;
}

QList<qint64> finishedIds(const QSignalSpy &finished)
{
    QList<qint64> ids;
    for (const QList<QVariant> &arguments : finished)
        ids.append(arguments.at(0).toLongLong());
    return ids;
}

QByteArray requestLine(const QByteArray &request)
{
    return request.left(request.indexOf("\r\n"));
}

// A scheduler sending through a real ServerSession to a loopback server of canned answers, on
// a clock that moves only when the test says so.
class Harness
{
public:
    explicit Harness(QList<QByteArray> responses)
        : server(std::move(responses))
        , session(server.baseUrl(), u"coordinator"_s)
        , scheduler(
              [this](const QByteArray &method, const QString &path, const QUrlQuery &query, const QJsonDocument &body) {
                  sent.append(method + ' ' + path.toUtf8());
                  return session.send(method, path, query, body);
              },
              budget)
    {
        scheduler.setClock([this] { return now; });
    }

    CannedHttpServer server;
    ServerSession session;
    RateBudget budget;
    QDateTime now = t0();
    QList<QByteArray> sent; // "METHOD path", as handed to the session
    RequestScheduler scheduler;
};

} // namespace

class TestRequestScheduler : public QObject
{
    Q_OBJECT

private slots:
    void sendsInOrderOneAtATime();
    void retriesAfterTheBackOffThenSucceeds();
    void postWhoseAnswerWasLostIsNotSentAgain();
    void throttledStopsTheQueueUntilTheWaitHasPassed();
    void budgetHoldsTheFourthUntilTheFirstLeavesTheWindow();
    void estimateFollowsTheBudget();
    void cancelKeepsTheUnsentRequests();
    void clearDropsTheUnsentButNotTheOneOnItsWay();
    void withoutAReplyTheSchedulerStops();
    void senderRepliesWithTheAnswerAndAbortDropsTheUnsent();
};

void TestRequestScheduler::sendsInOrderOneAtATime()
{
    Harness harness({ok(R"({"id": 11})"), CannedHttpServer::response("201 Created", "Content-Type: application/json\r\n", R"({"id": 12})"),
                     ok(R"({"id": 13})")});
    QSignalSpy finished(&harness.scheduler, &RequestScheduler::requestFinished);
    QSignalSpy idle(&harness.scheduler, &RequestScheduler::idle);
    QSignalSpy waiting(&harness.scheduler, &RequestScheduler::waiting);
    QCOMPARE(harness.scheduler.enqueue(request("GET", u"api/clinicians/"_s)), 1);
    QCOMPARE(harness.scheduler.enqueue(request("POST", u"api/shifts/"_s, {{u"clinician"_s, 11}})), 2);
    QCOMPARE(harness.scheduler.enqueue(request("PATCH", u"api/shifts/12/"_s, {{u"notes"_s, u"swap"_s}})), 3);
    QVERIFY(harness.sent.isEmpty()); // nothing goes before start()
    QCOMPARE(harness.scheduler.pending(), 3);

    harness.scheduler.start();
    // The first went at once; the next waits for its answer.
    QCOMPARE(harness.sent, QList<QByteArray>{"GET api/clinicians/"});
    QVERIFY(waitFor(finished, 3));
    QCOMPARE(finishedIds(finished), (QList<qint64>{1, 2, 3}));
    QCOMPARE(finished.at(1).at(1).value<ServerResponse>().status, 201);
    QCOMPARE(finished.at(1).at(1).value<ServerResponse>().json[u"id"_s].toInt(), 12);
    QCOMPARE(harness.server.requests.size(), 3);
    QCOMPARE(requestLine(harness.server.requests.at(0)), "GET /api/clinicians/ HTTP/1.1");
    QCOMPARE(requestLine(harness.server.requests.at(1)), "POST /api/shifts/ HTTP/1.1");
    QVERIFY(harness.server.requests.at(1).endsWith(R"({"clinician":11})"));
    QCOMPARE(requestLine(harness.server.requests.at(2)), "PATCH /api/shifts/12/ HTTP/1.1");
    QCOMPARE(idle.size(), 1);
    QCOMPARE(waiting.size(), 0);
    QCOMPARE(harness.scheduler.pending(), 0);
    QCOMPARE(harness.budget.used(Tier::Standard, harness.now), 3);
}

void TestRequestScheduler::retriesAfterTheBackOffThenSucceeds()
{
    Harness harness({unavailable(), ok()});
    harness.scheduler.setRetryPolicy(RetryPolicy(QRandomGenerator(5)));
    // The same seed draws the same first delay: somewhere in the first retry's 0 to 2 s.
    const std::chrono::milliseconds delay = RetryPolicy(QRandomGenerator(5)).delay(1);
    QVERIFY2(delay > 0ms && delay <= 2s, qPrintable(QString::number(delay.count())));
    const QDateTime retryAt = t0().addMSecs(delay.count());
    QSignalSpy finished(&harness.scheduler, &RequestScheduler::requestFinished);
    QSignalSpy retrying(&harness.scheduler, &RequestScheduler::retrying);
    QSignalSpy waiting(&harness.scheduler, &RequestScheduler::waiting);
    harness.scheduler.enqueue(request("GET", u"api/shifts/"_s));
    harness.scheduler.start();

    QVERIFY(waitFor(retrying, 1));
    QCOMPARE(retrying.first().at(0).toLongLong(), 1);
    QCOMPARE(retrying.first().at(1).toInt(), 1);
    QCOMPARE(retrying.first().at(2).value<ServerError>().kind, ServerError::Kind::Server);
    QCOMPARE(retrying.first().at(3).toDateTime(), retryAt);
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().at(0).toDateTime(), retryAt);
    QCOMPARE(waiting.first().at(1).value<RequestScheduler::WaitReason>(), RequestScheduler::WaitReason::Retry);
    QCOMPARE(finished.size(), 0);
    QCOMPARE(harness.scheduler.pending(), 1);
    QCOMPARE(harness.scheduler.estimatedFinish(t0()), retryAt);

    harness.now = retryAt.addMSecs(-1);
    harness.scheduler.runDue();
    QCOMPARE(harness.sent.size(), 1);
    harness.now = retryAt;
    harness.scheduler.runDue();
    QCOMPARE(harness.sent.size(), 2);
    QVERIFY(waitFor(finished, 1));
    const ServerResponse response = finished.first().at(1).value<ServerResponse>();
    QVERIFY2(response.ok(), qPrintable(response.error.message));
    QCOMPARE(response.status, 200);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(harness.server.requests.size(), 2);
}

void TestRequestScheduler::postWhoseAnswerWasLostIsNotSentAgain()
{
    Harness harness({unavailable(), ok()});
    QSignalSpy finished(&harness.scheduler, &RequestScheduler::requestFinished);
    QSignalSpy retrying(&harness.scheduler, &RequestScheduler::retrying);
    harness.scheduler.enqueue(request("POST", u"api/clinicians/"_s, {{u"name"_s, u"Dr. Once"_s}}));
    harness.scheduler.enqueue(request("GET", u"api/clinicians/"_s));
    harness.scheduler.start();
    QVERIFY(waitFor(finished, 2));
    // The server may have created the clinician before failing: the caller has to look first.
    QCOMPARE(finished.first().at(1).value<ServerResponse>().error.kind, ServerError::Kind::Server);
    QVERIFY(finished.at(1).at(1).value<ServerResponse>().ok());
    QCOMPARE(retrying.size(), 0);
    QCOMPARE(harness.sent, (QList<QByteArray>{"POST api/clinicians/", "GET api/clinicians/"}));
}

void TestRequestScheduler::throttledStopsTheQueueUntilTheWaitHasPassed()
{
    Harness harness({throttled(30), ok(R"({"id": 1})"), ok(R"({"id": 2})")});
    QSignalSpy finished(&harness.scheduler, &RequestScheduler::requestFinished);
    QSignalSpy waiting(&harness.scheduler, &RequestScheduler::waiting);
    QSignalSpy retrying(&harness.scheduler, &RequestScheduler::retrying);
    harness.scheduler.enqueue(request("GET", u"api/shifts/"_s));
    harness.scheduler.enqueue(request("GET", u"api/alerts/"_s));
    harness.scheduler.start();

    QVERIFY(waitFor(waiting, 1));
    QCOMPARE(waiting.first().at(0).toDateTime(), t0().addSecs(30));
    QCOMPARE(waiting.first().at(1).value<RequestScheduler::WaitReason>(), RequestScheduler::WaitReason::Throttled);
    QCOMPARE(harness.budget.throttledUntil(Tier::Standard), t0().addSecs(30));
    QCOMPARE(harness.scheduler.pending(), 2);
    QCOMPARE(finished.size(), 0);

    // Neither the throttled request nor the one behind it goes before the wait is over.
    harness.now = t0().addSecs(29);
    harness.scheduler.runDue();
    QCOMPARE(harness.sent, QList<QByteArray>{"GET api/shifts/"});
    QCOMPARE(waiting.size(), 1);
    harness.now = t0().addSecs(30);
    harness.scheduler.runDue();
    QVERIFY(waitFor(finished, 2));
    QCOMPARE(finishedIds(finished), (QList<qint64>{1, 2}));
    QVERIFY(finished.first().at(1).value<ServerResponse>().ok());
    QCOMPARE(harness.sent, (QList<QByteArray>{"GET api/shifts/", "GET api/shifts/", "GET api/alerts/"}));
    QCOMPARE(retrying.size(), 0);
}

void TestRequestScheduler::budgetHoldsTheFourthUntilTheFirstLeavesTheWindow()
{
    Harness harness({ok()});
    harness.budget.setLimit(Tier::Standard, {3, 60});
    QSignalSpy finished(&harness.scheduler, &RequestScheduler::requestFinished);
    QSignalSpy waiting(&harness.scheduler, &RequestScheduler::waiting);
    QSignalSpy idle(&harness.scheduler, &RequestScheduler::idle);
    for (int i = 1; i <= 4; ++i)
        harness.scheduler.enqueue(request("GET", u"api/shifts/%1/"_s.arg(i)));
    harness.scheduler.start();

    QVERIFY(waitFor(finished, 3));
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(waiting.first().at(0).toDateTime(), t0().addSecs(60));
    QCOMPARE(waiting.first().at(1).value<RequestScheduler::WaitReason>(), RequestScheduler::WaitReason::Budget);
    QCOMPARE(harness.scheduler.estimatedFinish(t0()), t0().addSecs(60));
    harness.now = t0().addSecs(59);
    harness.scheduler.runDue();
    QCOMPARE(harness.sent.size(), 3);
    harness.now = t0().addSecs(60);
    harness.scheduler.runDue();
    QCOMPARE(harness.sent.last(), "GET api/shifts/4/");
    QVERIFY(waitFor(finished, 4));
    QCOMPARE(idle.size(), 1);
}

void TestRequestScheduler::estimateFollowsTheBudget()
{
    Harness empty({ok()});
    QCOMPARE(empty.scheduler.estimatedFinish(t0()), t0());
    for (int i = 0; i < 250; ++i)
        empty.scheduler.enqueue(request("GET", u"api/shifts/"_s));
    QCOMPARE(empty.scheduler.pending(), 250);
    // 100 an hour, as the server counts: 100 go at once, the next 100 when those have been an
    // hour in the window, the last 50 an hour later again.
    QCOMPARE(empty.scheduler.estimatedFinish(t0()), t0().addSecs(2 * 3600));

    Harness halfUsed({ok()});
    for (int i = 0; i < 60; ++i)
        QVERIFY(halfUsed.budget.recordSend(Tier::Standard, t0().addSecs(-1800)).ok());
    for (int i = 0; i < 250; ++i)
        halfUsed.scheduler.enqueue(request("GET", u"api/shifts/"_s));
    // 60 sent half an hour ago: 40 go now, 60 at +30 min when the old ones leave, then 40 at
    // +60 min, 60 at +90 min, 40 at +120 min and the last 10 at +150 min.
    QCOMPARE(halfUsed.scheduler.estimatedFinish(t0()), t0().addSecs(9000));
    // Estimating sends nothing.
    QVERIFY(halfUsed.sent.isEmpty());
    QCOMPARE(halfUsed.budget.used(Tier::Standard, t0()), 60);
}

void TestRequestScheduler::cancelKeepsTheUnsentRequests()
{
    Harness harness({ok()});
    QSignalSpy finished(&harness.scheduler, &RequestScheduler::requestFinished);
    QSignalSpy idle(&harness.scheduler, &RequestScheduler::idle);
    for (int i = 1; i <= 5; ++i)
        harness.scheduler.enqueue(request("GET", u"api/shifts/%1/"_s.arg(i)));
    harness.scheduler.start();
    harness.scheduler.cancel();
    QVERIFY(!harness.scheduler.isRunning());
    // The request already on its way finishes and is reported; nothing more goes.
    QVERIFY(waitFor(finished, 1));
    QCOMPARE(harness.sent, QList<QByteArray>{"GET api/shifts/1/"});
    QCOMPARE(harness.scheduler.pendingIds(), (QList<qint64>{2, 3, 4, 5}));
    QCOMPARE(idle.size(), 0);

    // A handler of requestFinished may cancel before the next one goes.
    QObject context;
    connect(&harness.scheduler, &RequestScheduler::requestFinished, &context, [&harness](qint64 id) {
        if (id == 3)
            harness.scheduler.cancel();
    });
    harness.scheduler.start();
    QVERIFY(waitFor(finished, 3));
    QCOMPARE(harness.sent.size(), 3);
    QCOMPARE(harness.scheduler.pendingIds(), (QList<qint64>{4, 5}));

    harness.scheduler.start();
    QVERIFY(waitFor(finished, 5));
    QCOMPARE(finishedIds(finished), (QList<qint64>{1, 2, 3, 4, 5}));
    QCOMPARE(harness.sent.last(), "GET api/shifts/5/");
    QCOMPARE(harness.server.requests.size(), 5);
    QCOMPARE(idle.size(), 1);
}

void TestRequestScheduler::clearDropsTheUnsentButNotTheOneOnItsWay()
{
    Harness harness({ok()});
    QSignalSpy finished(&harness.scheduler, &RequestScheduler::requestFinished);
    QSignalSpy idle(&harness.scheduler, &RequestScheduler::idle);
    for (int i = 1; i <= 3; ++i)
        harness.scheduler.enqueue(request("GET", u"api/shifts/%1/"_s.arg(i)));
    harness.scheduler.start();
    harness.scheduler.clear();
    QCOMPARE(harness.scheduler.pendingIds(), QList<qint64>{1});
    QCOMPARE(harness.scheduler.estimatedFinish(t0()), t0());
    QVERIFY(waitFor(idle, 1));
    QCOMPARE(finishedIds(finished), QList<qint64>{1});
    QCOMPARE(harness.server.requests.size(), 1);
    QCOMPARE(harness.scheduler.pending(), 0);
}

void TestRequestScheduler::withoutAReplyTheSchedulerStops()
{
    RateBudget budget;
    int calls = 0;
    RequestScheduler scheduler(
        [&calls](const QByteArray &, const QString &, const QUrlQuery &, const QJsonDocument &) -> ServerReply * {
            ++calls;
            return nullptr;
        },
        budget);
    scheduler.enqueue(request("GET", u"api/shifts/"_s));
    scheduler.start();
    QCOMPARE(calls, 1);
    QVERIFY(!scheduler.isRunning());
    QCOMPARE(scheduler.pending(), 1);
    QCOMPARE(budget.used(Tier::Standard, QDateTime::currentDateTimeUtc()), 0);
}

// The replies of sender() finish with the scheduler's answer, never inside the call; aborting
// one that waits for the budget takes it off the queue unsent.
void TestRequestScheduler::senderRepliesWithTheAnswerAndAbortDropsTheUnsent()
{
    Harness harness({ok(R"({"id": 7})")});
    harness.budget.setLimit(Tier::Standard, {1, 60});
    const RequestScheduler::SendFunction send = harness.scheduler.sender();
    ServerReply *first = send("GET", u"api/shifts/7/"_s, {}, {});
    QSignalSpy firstFinished(first, &ServerReply::finished);
    QVERIFY(harness.scheduler.isRunning());
    QCOMPARE(harness.sent, QList<QByteArray>{"GET api/shifts/7/"});
    ServerReply *second = send("DELETE", u"api/shifts/8/"_s, {}, {});
    QSignalSpy secondFinished(second, &ServerReply::finished);
    QCOMPARE(harness.scheduler.pending(), 2);

    QVERIFY(firstFinished.wait(30000));
    const ServerResponse answer = firstFinished.first().first().value<ServerResponse>();
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json[u"id"_s].toInt(), 7);
    QCOMPARE(harness.scheduler.estimatedFinish(t0()), t0().addSecs(60));

    second->abort();
    QVERIFY(secondFinished.isEmpty());
    QCOMPARE(harness.scheduler.pending(), 0);
    QVERIFY(secondFinished.wait(30000));
    QCOMPARE(secondFinished.first().first().value<ServerResponse>().error.kind, ServerError::Kind::Cancelled);
    harness.now = t0().addSecs(60);
    harness.scheduler.runDue();
    QCOMPARE(harness.sent.size(), 1);
    QCOMPARE(harness.server.requests.size(), 1);
}

QTEST_GUILESS_MAIN(TestRequestScheduler)
#include "tst_requestscheduler.moc"
