#include "calendar/timeslotfit.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Timeslot slot(int weekday, QTime start, QTime end, std::optional<qint64> type = {})
{
    Timeslot timeslot;
    timeslot.weekday = weekday;
    timeslot.start_time = start;
    timeslot.end_time = end;
    timeslot.shift_type_id = type;
    return timeslot;
}

Shift timed(QDate date, QTime start, QTime end, qint64 type = 1)
{
    Shift shift;
    shift.shift_type_id = type;
    Q_UNUSED(shift.setLocalTimes(date, start, end, "Europe/London"));
    return shift;
}

} // namespace

// Monday 7 December 2026.
class TestTimeslotFit : public QObject
{
    Q_OBJECT

private slots:
    void withinTheSlotOnItsWeekday()
    {
        const Timeslot morning = slot(1, QTime(9, 0), QTime(13, 0));
        QVERIFY(TimeslotFit::fits(timed(QDate(2026, 12, 7), QTime(9, 0), QTime(13, 0)), morning));
        QVERIFY(TimeslotFit::fits(timed(QDate(2026, 12, 7), QTime(10, 0), QTime(12, 0)), morning));
        QVERIFY(TimeslotFit::problem(timed(QDate(2026, 12, 7), QTime(8, 30), QTime(13, 0)), morning).contains(u"outside its timeslot"_s));
        QVERIFY(!TimeslotFit::fits(timed(QDate(2026, 12, 7), QTime(9, 0), QTime(13, 30)), morning));
        QVERIFY(TimeslotFit::problem(timed(QDate(2026, 12, 8), QTime(9, 0), QTime(13, 0)), morning).contains(u"weekday"_s));
    }

    void overnightSlotsEndNextDay()
    {
        const Timeslot night = slot(5, QTime(20, 0), QTime(8, 0));
        QVERIFY(TimeslotFit::fits(timed(QDate(2026, 12, 11), QTime(20, 0), QTime(8, 0)), night));
        QVERIFY(TimeslotFit::fits(timed(QDate(2026, 12, 11), QTime(22, 0), QTime(6, 0)), night));
        QVERIFY(!TimeslotFit::fits(timed(QDate(2026, 12, 11), QTime(20, 0), QTime(9, 0)), night));
    }

    void typeAndWholeDays()
    {
        QVERIFY(TimeslotFit::problem(timed(QDate(2026, 12, 7), QTime(9, 0), QTime(13, 0), 2), slot(1, QTime(9, 0), QTime(13, 0), 1))
                    .contains(u"shift type"_s));
        Shift onCall;
        onCall.shift_type_id = 1;
        onCall.setWholeDay(QDate(2026, 12, 7), "Europe/London", 1440);
        QVERIFY(TimeslotFit::fits(onCall, slot(1, QTime(9, 0), QTime(9, 0))));
        QVERIFY(!TimeslotFit::fits(onCall, slot(1, QTime(9, 0), QTime(17, 0))));
    }
};

QTEST_GUILESS_MAIN(TestTimeslotFit)
#include "tst_timeslotfit.moc"
