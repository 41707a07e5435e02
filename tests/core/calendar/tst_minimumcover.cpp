#include "calendar/minimumcover.h"

#include <QTest>

class TestMinimumCover : public QObject
{
    Q_OBJECT

private slots:
    void aShiftCoversWhenAssignedNotCancelledAndCounting()
    {
        Shift shift;
        shift.clinician_id = 4;
        QVERIFY(MinimumCover::counts(shift));
        Shift open = shift;
        open.clinician_id.reset();
        QVERIFY(!MinimumCover::counts(open));
        Shift cancelled = shift;
        cancelled.status = Shift::Status::Cancelled;
        QVERIFY(!MinimumCover::counts(cancelled));
        Shift teaching = shift;
        teaching.counts_toward_minimum = false;
        QVERIFY(!MinimumCover::counts(teaching));
        Shift completed = shift;
        completed.status = Shift::Status::Completed;
        QVERIFY(MinimumCover::counts(completed));
    }

    void weekendsNeedTheWeekendMinimum()
    {
        ShiftType day;
        day.minimum_weekday = 3;
        day.minimum_weekend = 1;
        QCOMPARE(MinimumCover::required(day, QDate(2026, 11, 27)), 3); // Friday
        QCOMPARE(MinimumCover::required(day, QDate(2026, 11, 28)), 1); // Saturday
        QCOMPARE(MinimumCover::required(day, QDate(2026, 11, 29)), 1); // Sunday
    }
};

QTEST_GUILESS_MAIN(TestMinimumCover)
#include "tst_minimumcover.moc"
