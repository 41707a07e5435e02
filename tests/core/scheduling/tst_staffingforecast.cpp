#include "../storage/storagetestsupport.h"

#include "calendar/rotaperiod.h"
#include "model/leaverequest.h"
#include "scheduling/staffingforecast.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

const QDate monday(2026, 3, 2);
const QDate sunday(2026, 3, 8);

void store(const StorageError &error)
{
    if (!error.ok())
        qFatal("test data not stored: %s", qPrintable(error.message));
}

// One week of a small department: D (2 on weekdays, 1 at weekends), N (1 every day), a teaching
// type T that does not count toward the minimum (its minimum of 3 is ignored) and an inactive
// type X (its minimum of 5 is ignored).
class Week
{
public:
    explicit Week(Workspace &workspace)
        : m_workspace(workspace)
    {
        day = addType(u"D"_s, 2, 1, QTime(8, 0), QTime(16, 0));
        night = addType(u"N"_s, 1, 1, QTime(20, 0), QTime(8, 0));
        teaching = addType(u"T"_s, 3, 0, QTime(9, 0), QTime(12, 0), false);
        addType(u"X"_s, 5, 5, QTime(9, 0), QTime(17, 0), true, false);
        for (const QString &name : {u"Ada"_s, u"Ben"_s, u"Cy"_s, u"Dee"_s, u"Eve"_s})
            people.append(addClinician(name));
    }

    qint64 addType(const QString &code, int weekday, int weekend, QTime start, QTime end, bool countsTowardMinimum = true,
                   bool active = true)
    {
        ShiftType type = dayShiftType(code);
        type.start_time = start;
        type.end_time = end;
        type.duration_minutes = start.secsTo(end) > 0 ? start.secsTo(end) / 60 : (start.secsTo(end) + 86400) / 60;
        type.minimum_weekday = weekday;
        type.minimum_weekend = weekend;
        type.counts_toward_minimum = countsTowardMinimum;
        type.active = active;
        store(ShiftTypeRepository(m_workspace).create(type));
        return type.id;
    }

    qint64 addClinician(const QString &name, bool active = true)
    {
        Clinician record = clinician(name);
        record.active = active;
        store(ClinicianRepository(m_workspace).create(record));
        return record.id;
    }

    void addShift(std::optional<qint64> clinicianId, qint64 typeId, QDate date, Shift::Status status = Shift::Status::Scheduled,
                  bool countsTowardMinimum = true)
    {
        Shift record = typeId == night ? shift(clinicianId, typeId, date, QTime(20, 0), QTime(8, 0)) : shift(clinicianId, typeId, date);
        record.status = status;
        record.counts_toward_minimum = countsTowardMinimum;
        store(ShiftRepository(m_workspace).create(record));
    }

    void addLeave(qint64 clinicianId, QDate start, QDate end, LeaveRequest::Status status = LeaveRequest::Status::Pending)
    {
        LeaveRequest leave;
        leave.clinician_id = clinicianId;
        leave.start_date = start;
        leave.end_date = end;
        leave.status = status;
        if (status != LeaveRequest::Status::Pending)
            leave.processed_at = u"2026-02-01T09:00:00Z"_s;
        if (status == LeaveRequest::Status::Denied)
            leave.denial_reason = u"No cover"_s;
        store(LeaveRequestRepository(m_workspace).create(leave));
    }

    qint64 day = 0;
    qint64 night = 0;
    qint64 teaching = 0;
    QList<qint64> people; // Ada, Ben, Cy, Dee, Eve

private:
    Workspace &m_workspace;
};

} // namespace

class TestStaffingForecast : public QObject
{
    Q_OBJECT

private slots:
    void countsCoverAgainstTheMinimum();
    void countsPendingLeaveOfDistinctActiveClinicians();
    void agreesWithTheRotaGridsCover();
    void jsonHasTheServersShapeAndShortfalls();
    void v1EnvelopeWrapsTheDays();
    void emptyOrReversedWindowGivesNoDays();
};

void TestStaffingForecast::countsCoverAgainstTheMinimum()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Week week(*workspace);
    const auto &p = week.people;
    // Monday: exactly the minimum (2 D + 1 N of 3).
    week.addShift(p[0], week.day, monday);
    week.addShift(p[1], week.day, monday);
    week.addShift(p[2], week.night, monday);
    // Tuesday: four on days, nobody on nights: 4 of 3 is above, yet nights are short.
    for (int i = 0; i < 4; ++i)
        week.addShift(p[i], week.day, monday.addDays(1));
    // Wednesday: 1 D and 1 N count; a cancelled D, an open D, a D marked as not counting toward
    // the minimum and a teaching session do not.
    const QDate wednesday = monday.addDays(2);
    week.addShift(p[0], week.day, wednesday);
    week.addShift(p[1], week.night, wednesday);
    week.addShift(p[2], week.day, wednesday, Shift::Status::Cancelled);
    week.addShift(std::nullopt, week.day, wednesday);
    week.addShift(p[3], week.day, wednesday, Shift::Status::Scheduled, false);
    week.addShift(p[4], week.teaching, wednesday);
    // Saturday: the weekend minimum is 1 D + 1 N.
    week.addShift(p[0], week.day, monday.addDays(5), Shift::Status::Completed);
    week.addShift(p[1], week.night, monday.addDays(5));
    // A shift the day after the window is not read into it.
    week.addShift(p[0], week.day, sunday.addDays(1));

    StorageError error;
    const QList<ForecastDay> days = StaffingForecast(*workspace).days(monday, sunday, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(days.size(), 7);
    for (int i = 0; i < 7; ++i)
        QCOMPARE(days.at(i).date, monday.addDays(i));

    using S = ForecastDay::Status;
    using Shortfall = ForecastDay::Shortfall;
    const int expectedRequired[] = {3, 3, 3, 3, 3, 2, 2};
    const int expectedScheduled[] = {3, 4, 2, 0, 0, 2, 0};
    const S expectedStatus[] = {S::At, S::Above, S::Below, S::Below, S::Below, S::At, S::Below};
    for (int i = 0; i < 7; ++i) {
        QCOMPARE(days.at(i).minimum_required, expectedRequired[i]);
        QCOMPARE(days.at(i).scheduled_count, expectedScheduled[i]);
        QCOMPARE(days.at(i).status, expectedStatus[i]);
    }
    QVERIFY(days.at(0).shortfalls.isEmpty());
    QCOMPARE(days.at(1).shortfalls, (QList<Shortfall>{{week.night, u"N"_s, 1, 0}}));
    QCOMPARE(days.at(2).shortfalls, (QList<Shortfall>{{week.day, u"D"_s, 2, 1}}));
    QCOMPARE(days.at(3).shortfalls, (QList<Shortfall>{{week.day, u"D"_s, 2, 0}, {week.night, u"N"_s, 1, 0}}));
    QVERIFY(days.at(5).shortfalls.isEmpty());
    QCOMPARE(days.at(6).shortfalls, (QList<Shortfall>{{week.day, u"D"_s, 1, 0}, {week.night, u"N"_s, 1, 0}}));
}

void TestStaffingForecast::countsPendingLeaveOfDistinctActiveClinicians()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Week week(*workspace);
    const auto &p = week.people;
    const QDate wednesday = monday.addDays(2);
    const qint64 leaver = week.addClinician(u"Former"_s, false);
    // Ada: Tuesday to Thursday, and once more on Wednesday (one person, counted once).
    week.addLeave(p[0], monday.addDays(1), monday.addDays(3));
    week.addLeave(p[0], wednesday, wednesday);
    // Ben: from the week before up to Monday, and Wednesday.
    week.addLeave(p[1], monday.addDays(-5), monday);
    week.addLeave(p[1], wednesday, wednesday);
    // Not pending, or not active: not counted.
    week.addLeave(p[2], wednesday, wednesday, LeaveRequest::Status::Approved);
    week.addLeave(p[3], wednesday, wednesday, LeaveRequest::Status::Denied);
    week.addLeave(leaver, wednesday, wednesday);

    const QList<ForecastDay> days = StaffingForecast(*workspace).days(monday, sunday);
    QCOMPARE(days.size(), 7);
    const int expected[] = {1, 1, 2, 1, 0, 0, 0};
    for (int i = 0; i < 7; ++i)
        QCOMPARE(days.at(i).pending_leave, expected[i]);
}

void TestStaffingForecast::agreesWithTheRotaGridsCover()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Week week(*workspace);
    const auto &p = week.people;
    const Shift::Status statuses[] = {Shift::Status::Scheduled, Shift::Status::Completed, Shift::Status::Cancelled,
                                      Shift::Status::NeedsReassignment};
    for (int i = 0; i < 7; ++i) {
        for (int person = 0; person < p.size(); ++person) {
            const bool open = (i + person) % 6 == 5;
            week.addShift(open ? std::nullopt : std::optional<qint64>(p[person]), (i + person) % 3 == 0 ? week.night : week.day,
                          monday.addDays(i), statuses[(i * 3 + person) % 4], (i + person) % 5 != 4);
        }
    }

    const RotaPeriod period = RotaPeriod::load(*workspace, monday, sunday);
    const QList<ForecastDay> days = StaffingForecast(*workspace).days(monday, sunday);
    QCOMPARE(days.size(), period.dayCount());
    for (int i = 0; i < period.dayCount(); ++i) {
        int required = 0;
        int cover = 0;
        for (const ShiftType &type : period.shiftTypes()) {
            if (!type.counts_toward_minimum)
                continue;
            required += period.required(type, i);
            cover += period.cover(type.id, i);
        }
        QCOMPARE(days.at(i).minimum_required, required);
        QCOMPARE(days.at(i).scheduled_count, cover);
    }
}

void TestStaffingForecast::jsonHasTheServersShapeAndShortfalls()
{
    ForecastDay day;
    day.date = QDate(2024, 6, 3);
    day.minimum_required = 3;
    day.scheduled_count = 4;
    day.pending_leave = 1;
    day.status = ForecastDay::Status::Above;
    day.shortfalls = {{7, u"N"_s, 2, 1}};
    const QJsonObject expected{
        {u"date"_s, u"2024-06-03"_s},
        {u"day_of_week"_s, u"Monday"_s},
        {u"minimum_required"_s, 3},
        {u"scheduled_count"_s, 4},
        {u"pending_leave"_s, 1},
        {u"status"_s, u"above"_s},
        {u"shortfalls"_s, QJsonArray{QJsonObject{{u"shift_type"_s, u"N"_s}, {u"required"_s, 2}, {u"scheduled"_s, 1}}}},
    };
    QCOMPARE(day.toJson(), expected);
    QCOMPARE(ForecastDay::statusToString(ForecastDay::Status::At), u"at"_s);
    QCOMPARE(ForecastDay::statusToString(ForecastDay::Status::Below), u"below"_s);
    QCOMPARE(ForecastDay::dayOfWeekName(QDate(2024, 6, 9)), u"Sunday"_s);
}

void TestStaffingForecast::v1EnvelopeWrapsTheDays()
{
    ForecastDay day;
    day.date = QDate(2024, 6, 3);
    const QJsonObject envelope = StaffingForecast::v1Envelope(QDate(2024, 6, 3), QDate(2024, 6, 30), {day});
    QCOMPARE(envelope.keys(), (QStringList{u"end_date"_s, u"results"_s, u"start_date"_s, u"version"_s}));
    QCOMPARE(envelope.value(u"version"_s).toString(), u"v1"_s);
    QCOMPARE(envelope.value(u"start_date"_s).toString(), u"2024-06-03"_s);
    QCOMPARE(envelope.value(u"end_date"_s).toString(), u"2024-06-30"_s);
    QCOMPARE(envelope.value(u"results"_s).toArray(), QJsonArray{day.toJson()});
}

void TestStaffingForecast::emptyOrReversedWindowGivesNoDays()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    const StaffingForecast forecast(*workspace);
    QVERIFY(forecast.days(sunday, monday).isEmpty());
    QVERIFY(forecast.days(QDate(), sunday).isEmpty());
    QCOMPARE(forecast.days(monday, monday).size(), 1);
}

QTEST_GUILESS_MAIN(TestStaffingForecast)
#include "tst_staffingforecast.moc"
