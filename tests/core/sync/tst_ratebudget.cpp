#include "core/storage/storagetestsupport.h"
#include "sync/ratebudget.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Tier = RateBudget::Tier;

namespace {

// 2026-11-23 07:30:00 UTC, epoch second 1795419000.
QDateTime t0()
{
    return StorageTest::fixedNow();
}

} // namespace

class TestRateBudget : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheServerTiers();
    void hundredAndFirstWaitsForTheFirstToLeaveTheHour();
    void burstTierIsCountedApart();
    void partSecondsRoundUp();
    void sendLaterThanNowCountsAsNow();
    void throttledWaitOverridesTheCount();
    void lastSendOfAQueue();
    void keptInTheWorkspaceAcrossARestart();
    void oldSendsAreDroppedFromTheSetting();

private:
    QTemporaryDir m_dir;
};

void TestRateBudget::defaultsAreTheServerTiers()
{
    const RateBudget budget;
    QCOMPARE(budget.limit(Tier::Standard), (RateBudget::Limit{100, 3600}));
    QCOMPARE(budget.limit(Tier::Burst), (RateBudget::Limit{20, 60}));
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0()), t0());
    QCOMPARE(budget.used(Tier::Standard, t0()), 0);
    QVERIFY(!budget.throttledUntil(Tier::Standard).isValid());
    QCOMPARE(t0().toSecsSinceEpoch(), 1795419000);
}

void TestRateBudget::hundredAndFirstWaitsForTheFirstToLeaveTheHour()
{
    RateBudget budget;
    // One request every 30 s: the 100th goes at t0 + 2970 s, still within the hour.
    for (int i = 0; i < 99; ++i) {
        QVERIFY(budget.recordSend(Tier::Standard, t0().addSecs(30 * i)).ok());
        QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(30 * i)), t0().addSecs(30 * i));
    }
    QVERIFY(budget.recordSend(Tier::Standard, t0().addSecs(2970)).ok());
    QCOMPARE(budget.used(Tier::Standard, t0().addSecs(2970)), 100);
    // The 101st waits until the first has been in the window for an hour.
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(2970)), t0().addSecs(3600));
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(3599)), t0().addSecs(3600));
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(3600)), t0().addSecs(3600));
    QCOMPARE(budget.used(Tier::Standard, t0().addSecs(3600)), 99);
    // Sent then, it waits for the second, sent at t0 + 30 s.
    QVERIFY(budget.recordSend(Tier::Standard, t0().addSecs(3600)).ok());
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(3600)), t0().addSecs(3630));
}

void TestRateBudget::burstTierIsCountedApart()
{
    RateBudget budget;
    for (int i = 0; i < 20; ++i)
        QVERIFY(budget.recordSend(Tier::Burst, t0().addSecs(i)).ok());
    // 20 a minute: the 21st waits for the first (t0) to be a minute old.
    QCOMPARE(budget.nextFreeAt(Tier::Burst, t0().addSecs(19)), t0().addSecs(60));
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(19)), t0().addSecs(19));

    budget.setLimit(Tier::Burst, {5, 10});
    QCOMPARE(budget.limit(Tier::Burst), (RateBudget::Limit{5, 10}));
    // At t0 + 19 s the window holds the sends of t0 + 10 s to t0 + 19 s; the fifth newest was at
    // t0 + 15 s and leaves at t0 + 25 s.
    QCOMPARE(budget.nextFreeAt(Tier::Burst, t0().addSecs(19)), t0().addSecs(25));
}

void TestRateBudget::partSecondsRoundUp()
{
    RateBudget budget;
    budget.setLimit(Tier::Standard, {1, 60});
    // Sent at t0 + 0.4 s: counted from t0 + 1 s, so it never leaves the window here before it
    // does on the server.
    QVERIFY(budget.recordSend(Tier::Standard, t0().addMSecs(400)).ok());
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addMSecs(500)), t0().addSecs(61));
    // A time not on a whole second is kept as it is when the window has room.
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addMSecs(61250)), t0().addMSecs(61250));
}

void TestRateBudget::sendLaterThanNowCountsAsNow()
{
    RateBudget budget;
    budget.setLimit(Tier::Standard, {1, 60});
    // A send recorded a day ahead (the clock was set back since) holds the window for one
    // window length from now, not for a day.
    QVERIFY(budget.recordSend(Tier::Standard, t0().addDays(1)).ok());
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0()), t0().addSecs(60));
}

void TestRateBudget::throttledWaitOverridesTheCount()
{
    RateBudget budget;
    QVERIFY(budget.recordSend(Tier::Standard, t0()).ok());
    // One request of a hundred used, but the server (counting requests of another client too)
    // answered 429 with a wait of 42 s.
    QVERIFY(budget.recordThrottled(Tier::Standard, t0().addSecs(1), 42).ok());
    QCOMPARE(budget.throttledUntil(Tier::Standard), t0().addSecs(43));
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(1)), t0().addSecs(43));
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(42)), t0().addSecs(43));
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(43)), t0().addSecs(43));
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(50)), t0().addSecs(50));
    QCOMPARE(budget.nextFreeAt(Tier::Burst, t0().addSecs(1)), t0().addSecs(1));
    // A shorter wait answered meanwhile does not shorten it.
    QVERIFY(budget.recordThrottled(Tier::Standard, t0().addSecs(2), 10).ok());
    QCOMPARE(budget.throttledUntil(Tier::Standard), t0().addSecs(43));
}

void TestRateBudget::lastSendOfAQueue()
{
    RateBudget budget;
    QCOMPARE(budget.lastSendAt({}, t0()), t0());
    // 45 anonymous requests at 20 a minute: 20 at t0, 20 at t0 + 60 s, the last 5 at t0 + 120 s.
    QCOMPARE(budget.lastSendAt(QList<Tier>(45, Tier::Burst), t0()), t0().addSecs(120));
    QCOMPARE(budget.lastSendAt(QList<Tier>(40, Tier::Burst), t0()), t0().addSecs(60));
    // Planning sends nothing.
    QCOMPARE(budget.used(Tier::Burst, t0()), 0);
    // Tiers of a mixed queue wait each for their own window, in the queue's order: the 21st
    // anonymous request holds up the standard one behind it until t0 + 60 s.
    QList<Tier> mixed(21, Tier::Burst);
    mixed.append(Tier::Standard);
    QCOMPARE(budget.lastSendAt(mixed, t0()), t0().addSecs(60));
}

void TestRateBudget::keptInTheWorkspaceAcrossARestart()
{
    const QString path = m_dir.filePath(StorageTest::testFileName());
    {
        std::unique_ptr<Workspace> workspace = StorageTest::openWorkspace(path);
        QVERIFY(workspace);
        RateBudget budget(*workspace);
        budget.setLimit(Tier::Standard, {3, 3600});
        QVERIFY(budget.recordSend(Tier::Standard, t0()).ok());
        QVERIFY(budget.recordSend(Tier::Standard, t0().addSecs(10)).ok());
        QVERIFY(budget.recordSend(Tier::Standard, t0().addSecs(20)).ok());
        QVERIFY(budget.recordSend(Tier::Burst, t0().addSecs(5)).ok());
        QVERIFY(budget.recordThrottled(Tier::Burst, t0().addSecs(6), 30).ok());
        QCOMPARE(workspace->setting(u"sync/sent_standard"_s), u"[1795419000,1795419010,1795419020]"_s);
        QCOMPARE(workspace->setting(u"sync/sent_burst"_s), u"[1795419005]"_s);
        QCOMPARE(workspace->setting(u"sync/throttled_until_burst"_s), u"1795419036"_s);
    }
    std::unique_ptr<Workspace> reopened = StorageTest::openWorkspace(path, Workspace::OpenMode::OpenExisting);
    QVERIFY(reopened);
    RateBudget budget(*reopened);
    budget.setLimit(Tier::Standard, {3, 3600});
    QCOMPARE(budget.used(Tier::Standard, t0().addSecs(30)), 3);
    QCOMPARE(budget.nextFreeAt(Tier::Standard, t0().addSecs(30)), t0().addSecs(3600));
    QCOMPARE(budget.throttledUntil(Tier::Burst), t0().addSecs(36));
    QCOMPARE(budget.nextFreeAt(Tier::Burst, t0().addSecs(30)), t0().addSecs(36));
    QCOMPARE(budget.used(Tier::Burst, t0().addSecs(30)), 1);
}

void TestRateBudget::oldSendsAreDroppedFromTheSetting()
{
    std::unique_ptr<Workspace> workspace = StorageTest::freshWorkspace(m_dir);
    QVERIFY(workspace);
    RateBudget budget(*workspace);
    budget.setLimit(Tier::Standard, {2, 60});
    QVERIFY(budget.recordSend(Tier::Standard, t0()).ok());
    QVERIFY(budget.recordSend(Tier::Standard, t0().addSecs(50)).ok());
    // At t0 + 70 s the first has left the window; only the newest two can ever matter.
    QVERIFY(budget.recordSend(Tier::Standard, t0().addSecs(70)).ok());
    QCOMPARE(workspace->setting(u"sync/sent_standard"_s), u"[1795419050,1795419070]"_s);
    QVERIFY(budget.recordSend(Tier::Standard, t0().addSecs(200)).ok());
    QCOMPARE(workspace->setting(u"sync/sent_standard"_s), u"[1795419200]"_s);
}

QTEST_GUILESS_MAIN(TestRateBudget)
#include "tst_ratebudget.moc"
