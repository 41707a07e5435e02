#include "sync/retrypolicy.h"

#include <QTest>

using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesFromTwoSecondsUpToFiveMinutes();
    void delaysStayWithinTheirCeiling();
    void sameSeedSameDelays();
    void jitterSpreadsOverTheWholeRange();
    void customBaseAndCap();
};

void TestRetryPolicy::ceilingDoublesFromTwoSecondsUpToFiveMinutes()
{
    const RetryPolicy policy(QRandomGenerator(1));
    QCOMPARE(policy.base(), 2s);
    QCOMPARE(policy.cap(), 5min);
    // 2, 4, 8, ... 256 s; the ninth would be 512 s, over the cap of 300 s.
    const QList<std::chrono::milliseconds> expected{2s, 4s, 8s, 16s, 32s, 64s, 128s, 256s, 300s, 300s};
    for (int attempt = 1; attempt <= expected.size(); ++attempt)
        QCOMPARE(policy.ceiling(attempt), expected.at(attempt - 1));
    // Attempts are not limited: the thousandth still waits at most the cap.
    QCOMPARE(policy.ceiling(1000), 300s);
    QCOMPARE(policy.ceiling(std::numeric_limits<int>::max()), 300s);
}

void TestRetryPolicy::delaysStayWithinTheirCeiling()
{
    RetryPolicy policy(QRandomGenerator(20261123));
    const RetryPolicy bounds(QRandomGenerator(1));
    for (int round = 0; round < 50; ++round) {
        for (int attempt = 1; attempt <= 12; ++attempt) {
            const std::chrono::milliseconds delay = policy.delay(attempt);
            QVERIFY2(delay >= 0ms && delay <= bounds.ceiling(attempt),
                     qPrintable(QStringLiteral("attempt %1: %2 ms").arg(attempt).arg(delay.count())));
        }
    }
}

void TestRetryPolicy::sameSeedSameDelays()
{
    RetryPolicy first(QRandomGenerator(7));
    RetryPolicy second(QRandomGenerator(7));
    RetryPolicy other(QRandomGenerator(8));
    QList<qint64> firstDelays;
    QList<qint64> secondDelays;
    QList<qint64> otherDelays;
    for (int attempt = 1; attempt <= 10; ++attempt) {
        firstDelays.append(first.delay(attempt).count());
        secondDelays.append(second.delay(attempt).count());
        otherDelays.append(other.delay(attempt).count());
    }
    QCOMPARE(firstDelays, secondDelays);
    QVERIFY(firstDelays != otherDelays);
}

void TestRetryPolicy::jitterSpreadsOverTheWholeRange()
{
    // Full jitter: the third retry waits anything from 0 to 8 s, not 4 to 8 s (half jitter)
    // nor always 8 s, so clients that failed together spread out. 1000 draws of a seeded
    // generator cover both ends and average near the middle, 4 s.
    RetryPolicy policy(QRandomGenerator(42));
    qint64 lowest = std::numeric_limits<qint64>::max();
    qint64 highest = 0;
    qint64 sum = 0;
    for (int i = 0; i < 1000; ++i) {
        const qint64 delay = policy.delay(3).count();
        lowest = std::min(lowest, delay);
        highest = std::max(highest, delay);
        sum += delay;
    }
    QVERIFY2(lowest < 500, qPrintable(QString::number(lowest)));
    QVERIFY2(highest > 7500 && highest <= 8000, qPrintable(QString::number(highest)));
    QVERIFY2(sum / 1000 > 3600 && sum / 1000 < 4400, qPrintable(QString::number(sum / 1000)));
}

void TestRetryPolicy::customBaseAndCap()
{
    RetryPolicy policy(QRandomGenerator(3), 500ms, 3s);
    QCOMPARE(policy.ceiling(1), 500ms);
    QCOMPARE(policy.ceiling(2), 1s);
    QCOMPARE(policy.ceiling(3), 2s);
    QCOMPARE(policy.ceiling(4), 3s);
    for (int i = 0; i < 100; ++i)
        QVERIFY(policy.delay(1) <= 500ms);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
