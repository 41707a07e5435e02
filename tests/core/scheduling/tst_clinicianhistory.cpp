#include "../storage/storagetestsupport.h"

#include "model/leaverequest.h"
#include "scheduling/clinicianhistory.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

void store(const StorageError &error)
{
    if (!error.ok())
        qFatal("test data not stored: %s", qPrintable(error.message));
}

// Writes day shifts 08:00-16:00 (8 h) and nights 20:00-08:00, in Europe/London.
class RotaWriter
{
public:
    explicit RotaWriter(Workspace &workspace)
        : m_workspace(workspace)
    {
        ShiftType day = dayShiftType();
        store(ShiftTypeRepository(workspace).create(day));
        m_day = day.id;
        ShiftType night = dayShiftType(u"N"_s);
        night.start_time = QTime(20, 0);
        night.end_time = QTime(8, 0);
        night.duration_minutes = 720;
        night.category = ShiftType::Category::Night;
        store(ShiftTypeRepository(workspace).create(night));
        m_night = night.id;
    }

    qint64 addClinician(const QString &name)
    {
        Clinician record = clinician(name);
        store(ClinicianRepository(m_workspace).create(record));
        return record.id;
    }

    void addDay(qint64 clinicianId, QDate date, Shift::Status status = Shift::Status::Scheduled, bool countsAsWorked = true)
    {
        add(shift(clinicianId, m_day, date), status, countsAsWorked);
    }

    void addNight(qint64 clinicianId, QDate date, Shift::Status status = Shift::Status::Scheduled)
    {
        add(shift(clinicianId, m_night, date, QTime(20, 0), QTime(8, 0)), status, true);
    }

    void addLeave(qint64 clinicianId, QDate from, QDate to, LeaveRequest::Status status = LeaveRequest::Status::Approved)
    {
        LeaveRequest leave;
        leave.clinician_id = clinicianId;
        leave.start_date = from;
        leave.end_date = to;
        leave.status = status;
        if (status != LeaveRequest::Status::Pending)
            leave.processed_at = u"2025-10-02T09:00:00Z"_s;
        if (status == LeaveRequest::Status::Denied)
            leave.denial_reason = u"Team at capacity"_s;
        store(LeaveRequestRepository(m_workspace).create(leave));
    }

private:
    void add(Shift record, Shift::Status status, bool countsAsWorked)
    {
        record.status = status;
        record.counts_as_worked = countsAsWorked;
        store(ShiftRepository(m_workspace).create(record));
    }

    Workspace &m_workspace;
    qint64 m_day = 0;
    qint64 m_night = 0;
};

ClinicianMonth month(int year, int month, int shifts, double hours, int nights, int weekends, int leaveDays)
{
    return {QDate(year, month, 1), shifts, hours, nights, weekends, leaveDays};
}

} // namespace

class TestClinicianHistory : public QObject
{
    Q_OBJECT

private slots:
    void countsEachMonthUpToAMidMonthDay();
    void monthEdgesWhenAsOfIsTheFirst();
    void unknownClinicianHasTwelveEmptyMonths();
};

void TestClinicianHistory::countsEachMonthUpToAMidMonthDay()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    RotaWriter rota(*workspace);
    const qint64 anna = rota.addClinician(u"Anna Kowalski"_s);
    const qint64 ben = rota.addClinician(u"Ben Carr"_s);
    const QDate asOf(2026, 11, 18); // a Wednesday: the window is 1 Dec 2025 to 18 Nov 2026

    rota.addDay(anna, QDate(2025, 11, 30), Shift::Status::Completed); // the day before the window
    rota.addDay(anna, QDate(2025, 12, 1), Shift::Status::Completed);  // Monday, 8 h
    rota.addNight(anna, QDate(2025, 12, 31));                         // Wednesday, 12 h, into January
    rota.addDay(anna, QDate(2026, 1, 3), Shift::Status::Cancelled);   // nowhere
    rota.addDay(anna, QDate(2026, 1, 4), Shift::Status::Completed);   // Sunday
    rota.addNight(anna, QDate(2026, 1, 10), Shift::Status::NeedsReassignment); // nowhere
    rota.addNight(anna, QDate(2026, 3, 28));                          // Saturday; clocks go forward: 11 h
    rota.addDay(anna, QDate(2026, 6, 15), Shift::Status::Completed, false); // not duty
    rota.addNight(anna, QDate(2026, 10, 24), Shift::Status::Completed); // Saturday; clocks go back: 13 h
    rota.addDay(anna, QDate(2026, 11, 2));                             // passed: worked
    rota.addDay(anna, asOf);                                           // today: still to be worked
    rota.addDay(anna, QDate(2026, 11, 25));                            // after the day
    rota.addDay(ben, QDate(2026, 11, 3), Shift::Status::Completed);    // someone else's

    rota.addLeave(anna, QDate(2025, 11, 28), QDate(2025, 12, 2));  // 2 days in December
    rota.addLeave(anna, QDate(2026, 1, 29), QDate(2026, 2, 3));    // 3 in January, 3 in February
    rota.addLeave(anna, QDate(2026, 2, 2), QDate(2026, 2, 5));     // overlaps: February 1-5 = 5 days
    rota.addLeave(anna, QDate(2026, 4, 6), QDate(2026, 4, 10), LeaveRequest::Status::Pending);
    rota.addLeave(anna, QDate(2026, 5, 4), QDate(2026, 5, 8), LeaveRequest::Status::Denied);
    rota.addLeave(anna, QDate(2026, 11, 16), QDate(2026, 11, 20)); // up to the 18th: 3 days
    rota.addLeave(ben, QDate(2026, 3, 2), QDate(2026, 3, 6));

    const QList<ClinicianMonth> expected{
        month(2025, 12, 2, 20.0, 1, 0, 2), month(2026, 1, 1, 8.0, 0, 1, 3),  month(2026, 2, 0, 0.0, 0, 0, 5),
        month(2026, 3, 1, 11.0, 1, 1, 0),  month(2026, 4, 0, 0.0, 0, 0, 0),  month(2026, 5, 0, 0.0, 0, 0, 0),
        month(2026, 6, 0, 0.0, 0, 0, 0),   month(2026, 7, 0, 0.0, 0, 0, 0),  month(2026, 8, 0, 0.0, 0, 0, 0),
        month(2026, 9, 0, 0.0, 0, 0, 0),   month(2026, 10, 1, 13.0, 1, 1, 0), month(2026, 11, 1, 8.0, 0, 0, 3),
    };
    const QList<ClinicianMonth> months = ClinicianHistory(*workspace).lastTwelveMonths(anna, asOf);
    QCOMPARE(months.size(), expected.size());
    for (qsizetype i = 0; i < months.size(); ++i) {
        const ClinicianMonth &actual = months.at(i);
        const ClinicianMonth &wanted = expected.at(i);
        QCOMPARE(actual.month, wanted.month);
        QCOMPARE(actual.shifts_worked, wanted.shifts_worked);
        QCOMPARE(actual.hours_worked, wanted.hours_worked);
        QCOMPARE(actual.nights, wanted.nights);
        QCOMPARE(actual.weekend_shifts, wanted.weekend_shifts);
        QCOMPARE(actual.leave_days, wanted.leave_days);
    }
}

void TestClinicianHistory::monthEdgesWhenAsOfIsTheFirst()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    RotaWriter rota(*workspace);
    const qint64 anna = rota.addClinician(u"Anna Kowalski"_s);
    const QDate asOf(2026, 12, 1); // the window is 1 January to 1 December 2026

    rota.addDay(anna, QDate(2025, 12, 31), Shift::Status::Completed); // before the window
    rota.addDay(anna, QDate(2026, 1, 1), Shift::Status::Completed);   // its first day
    rota.addDay(anna, QDate(2026, 11, 30));                            // Monday, passed
    rota.addDay(anna, asOf);                                           // scheduled today: not yet worked
    rota.addNight(anna, asOf, Shift::Status::Completed);               // marked completed today: worked
    rota.addLeave(anna, QDate(2025, 12, 30), QDate(2026, 1, 2));       // 2 days in the window
    rota.addLeave(anna, QDate(2026, 11, 30), QDate(2026, 12, 4));      // 1 in November, 1 in December

    const QList<ClinicianMonth> months = ClinicianHistory(*workspace).lastTwelveMonths(anna, asOf);
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.constFirst(), month(2026, 1, 1, 8.0, 0, 0, 2));
    QCOMPARE(months.at(10), month(2026, 11, 1, 8.0, 0, 0, 1));
    QCOMPARE(months.constLast(), month(2026, 12, 1, 12.0, 1, 0, 1));
    for (qsizetype i = 1; i < 10; ++i)
        QCOMPARE(months.at(i), month(2026, int(i) + 1, 0, 0.0, 0, 0, 0));
}

void TestClinicianHistory::unknownClinicianHasTwelveEmptyMonths()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    const QList<ClinicianMonth> months = ClinicianHistory(*workspace).lastTwelveMonths(42, QDate(2024, 2, 29));
    QCOMPARE(months.size(), 12);
    QCOMPARE(months.constFirst(), month(2023, 3, 0, 0.0, 0, 0, 0));
    QCOMPARE(months.constLast(), month(2024, 2, 0, 0.0, 0, 0, 0));
}

QTEST_GUILESS_MAIN(TestClinicianHistory)
#include "tst_clinicianhistory.moc"
