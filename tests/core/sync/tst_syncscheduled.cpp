#include "core/sync/synctestsupport.h"
#include "rotaserverprocess.h"
#include "storage/clinicianrepository.h"
#include "storage/workspace.h"
#include "sync/ratebudget.h"
#include "sync/requestscheduler.h"
#include "sync/serversession.h"
#include "sync/syncengine.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace SyncTest;

// A sync through SyncEngine::scheduled() keeps to the client's budget: a push larger than the
// budget's room sends what fits, waits for the window without asking the server (no 429), and
// goes on when the clock has moved on.
class TestSyncScheduled : public QObject
{
    Q_OBJECT

private slots:
    void bigPushWaitsForTheBudgetAndResumes();
};

void TestSyncScheduled::bigPushWaitsForTheBudgetAndResumes()
{
    // The server allows 16 an hour: the client's 10 plus the test's own two reads and the 4 the
    // client sends after its window.
    RotaServerProcess server;
    QProcessEnvironment environment;
    environment.insert(u"ROTADESK_THROTTLE_STANDARD"_s, u"16/hour"_s);
    QVERIFY2(server.start(90000, false, environment), qPrintable(server.errorString()));
    ServerSession session(server.baseUrl(), server.user());
    QVERIFY(await(session.login(server.password())).ok());

    QTemporaryDir dir;
    StorageError error;
    const auto ws = Workspace::open(dir.filePath(u"big.rota"_s), Workspace::OpenMode::CreateNew, &error);
    QVERIFY2(ws, qPrintable(error.message));
    ws->setCurrentUser(u"coordinator"_s);
    ClinicianRepository clinicians(*ws);
    for (int i = 1; i <= 8; ++i) {
        Clinician clinician;
        clinician.name = u"Dr. Number %1"_s.arg(i);
        QVERIFY(clinicians.create(clinician).ok());
    }

    const auto engine = SyncEngine::scheduled(&session, *ws);
    QVERIFY(engine->scheduler() && engine->budget());
    engine->budget()->setLimit(RateBudget::Tier::Standard, {10, 3600});
    const QDateTime start = QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch()).toUTC();
    QDateTime now = start;
    engine->scheduler()->setClock([&now] { return now; });
    QCOMPARE(engine->pendingChanges(), 8);
    // 6 reads (a first pull asks for the shift window in two parts) and 8 creations fit in the
    // window of 10 when the first 10 have left it.
    QCOMPARE(engine->estimatedFinish(start), start.addSecs(3600));

    QSignalSpy waiting(engine->scheduler(), &RequestScheduler::waiting);
    QSignalSpy retrying(engine->scheduler(), &RequestScheduler::retrying);
    SyncReport report;
    bool finished = false;
    connect(engine.get(), &SyncEngine::finished, this, [&](const SyncReport &result) {
        report = result;
        finished = true;
    });
    engine->sync();
    // The deadlines only guard against a hang.
    QVERIFY(waiting.wait(60000));
    QVERIFY(!finished);
    // 6 reads and 4 creations, then a wait until the first of them leaves the hour's window.
    QCOMPARE(waiting.first().at(0).toDateTime(), start.addSecs(3600));
    QCOMPARE(waiting.first().at(1).value<RequestScheduler::WaitReason>(), RequestScheduler::WaitReason::Budget);
    QCOMPARE(engine->budget()->used(RateBudget::Tier::Standard, now), 10);
    QCOMPARE(await(session.send("GET", u"api/clinicians/"_s)).json.toArray().size(), 4);
    QCOMPARE(engine->pendingChanges(), 4);
    QCOMPARE(engine->estimatedFinish(now), start.addSecs(3600));
    QVERIFY(retrying.isEmpty());

    now = start.addSecs(3600);
    engine->scheduler()->runDue();
    QVERIFY(QTest::qWaitFor([&] { return finished; }, 60000));
    QVERIFY2(report.ok(), qPrintable(report.errors.join(u'\n')));
    QCOMPARE(report.pushed, 8);
    QCOMPARE(report.pushRequests, 8);
    QCOMPARE(report.retryAfterSeconds, -1);
    QVERIFY(retrying.isEmpty());
    QCOMPARE(waiting.size(), 1);
    QCOMPARE(engine->pendingChanges(), 0);
    QCOMPARE(await(session.send("GET", u"api/clinicians/"_s)).json.toArray().size(), 8);
}

QTEST_GUILESS_MAIN(TestSyncScheduled)
#include "tst_syncscheduled.moc"
