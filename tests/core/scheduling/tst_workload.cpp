#include "../storage/storagetestsupport.h"

#include "calendar/bankholidays.h"
#include "model/team.h"
#include "model/workingterm.h"
#include "scheduling/workload.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/workingtermrepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

// Four weeks, Monday 4 to Sunday 31 May 2026, holding the early May (4th) and spring (25th)
// bank holidays of England and Wales; reported as of Monday 18 May.
const QDate first(2026, 5, 4);
const QDate last(2026, 5, 31);
const QDate asOf(2026, 5, 18);

void store(const StorageError &error)
{
    if (!error.ok())
        qFatal("test data not stored: %s", qPrintable(error.message));
}

class Department
{
public:
    explicit Department(Workspace &workspace)
        : m_workspace(workspace)
    {
        day = addType(u"D"_s, QTime(8, 0), QTime(16, 0), ShiftType::Category::Regular);
        night = addType(u"N"_s, QTime(20, 0), QTime(8, 0), ShiftType::Category::Night);
        onCall = addType(u"OC"_s, QTime(9, 0), QTime(17, 0), ShiftType::Category::OnCall);
    }

    qint64 addType(const QString &code, QTime start, QTime end, ShiftType::Category category)
    {
        ShiftType type = dayShiftType(code);
        type.start_time = start;
        type.end_time = end;
        type.duration_minutes = int(start.secsTo(end) > 0 ? start.secsTo(end) : start.secsTo(end) + 86400) / 60;
        type.category = category;
        store(ShiftTypeRepository(m_workspace).create(type));
        return type.id;
    }

    qint64 addTeam(const QString &name)
    {
        Team team;
        team.name = name;
        store(TeamRepository(m_workspace).create(team));
        return team.id;
    }

    qint64 addClinician(const QString &name, std::optional<qint64> team, bool active = true)
    {
        Clinician record = clinician(name, team);
        record.active = active;
        store(ClinicianRepository(m_workspace).create(record));
        return record.id;
    }

    void addTerm(qint64 clinicianId, double percentage, bool duty, QDate start, QDate end = {})
    {
        WorkingTerm term;
        term.clinician_id = clinicianId;
        term.start_date = start;
        term.end_date = end;
        term.percentage = percentage;
        term.participates_in_duty = duty;
        store(WorkingTermRepository(m_workspace).create(term));
    }

    void addShift(std::optional<qint64> clinicianId, qint64 typeId, QDate date, Shift::Status status = Shift::Status::Scheduled,
                  bool countsAsWorked = true)
    {
        Shift record = typeId == night ? shift(clinicianId, typeId, date, QTime(20, 0), QTime(8, 0))
                     : typeId == onCall ? shift(clinicianId, typeId, date, QTime(9, 0), QTime(17, 0))
                                        : shift(clinicianId, typeId, date);
        record.status = status;
        record.counts_as_worked = countsAsWorked;
        store(ShiftRepository(m_workspace).create(record));
    }

    void addLeave(qint64 clinicianId, QDate start, QDate end, LeaveRequest::Status status)
    {
        LeaveRequest request;
        request.clinician_id = clinicianId;
        request.type = LeaveRequest::Type::Annual;
        request.start_date = start;
        request.end_date = end;
        request.status = status;
        if (status == LeaveRequest::Status::Denied)
            request.denial_reason = u"Minimum staffing"_s;
        store(LeaveRequestRepository(m_workspace).create(request));
    }

    qint64 day = 0;
    qint64 night = 0;
    qint64 onCall = 0;

private:
    Workspace &m_workspace;
};

WorkloadSpread::Clinician who(qint64 id, const QString &name)
{
    return {id, name};
}

} // namespace

class TestWorkload : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 ann = 0, bob = 0, cat = 0, dan = 0, eve = 0, fay = 0;
    qint64 red = 0, blue = 0;

    const WorkloadSummary *summaryOf(const WorkloadReport &report, qint64 id)
    {
        for (const WorkloadSummary &summary : report.clinician_summaries) {
            if (summary.clinician_id == id)
                return &summary;
        }
        return nullptr;
    }

private slots:
    void initTestCase();
    void countsWorkAndExpectation();
    void spreadsNightsAndWeekendsPerFte();
    void asOfAfterThePeriodMakesEverythingWorked();
    void bankHolidaysFollowTheRegion();
    void roundsToTwoDecimals();
    void approvedLeaveLowersTheExpectation();
    void jsonHasTheServersShape();
    void reversedRangeGivesNoClinicians();
};

// Red: Ann (100 % on duty), Bob (50 % on duty, two terms). Blue: Cat (100 % on duty from
// 18 May only), Dan (100 %, not on duty), Fay (no term, no shifts). No team: Eve, inactive.
// Duty FTE-days: Ann 28, Bob 14 + 0 ... 7 + 7, Cat 14; the pool is 56.
void TestWorkload::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_workspace = openWorkspace(m_dir.filePath(u"workload.rota"_s));
    QVERIFY(m_workspace);
    Department d(*m_workspace);
    red = d.addTeam(u"Red"_s);
    blue = d.addTeam(u"Blue"_s);
    ann = d.addClinician(u"Ann"_s, red);
    bob = d.addClinician(u"Bob"_s, red);
    cat = d.addClinician(u"Cat"_s, blue);
    dan = d.addClinician(u"Dan"_s, blue);
    eve = d.addClinician(u"Eve"_s, std::nullopt, false);
    fay = d.addClinician(u"Fay"_s, blue);
    d.addTerm(ann, 100.0, true, QDate(2026, 1, 1));
    d.addTerm(bob, 50.0, true, QDate(2026, 1, 1), QDate(2026, 5, 17));
    d.addTerm(bob, 50.0, true, QDate(2026, 5, 18));
    d.addTerm(cat, 100.0, true, asOf);
    d.addTerm(dan, 100.0, false, QDate(2026, 1, 1));
    d.addTerm(eve, 100.0, true, QDate(2026, 1, 1));

    // Ann: 4 worked (D on the bank holiday 4 May, N Sat 9 + Sun 10 = one weekend, D Sat 16),
    // 2 scheduled (D 19 May, OC on the bank holiday 25 May); a cancelled shift, one that is not
    // work and one after the period count nowhere.
    d.addShift(ann, d.day, QDate(2026, 5, 4), Shift::Status::Completed);
    d.addShift(ann, d.night, QDate(2026, 5, 9));
    d.addShift(ann, d.night, QDate(2026, 5, 10));
    d.addShift(ann, d.day, QDate(2026, 5, 16));
    d.addShift(ann, d.day, QDate(2026, 5, 19));
    d.addShift(ann, d.onCall, QDate(2026, 5, 25));
    d.addShift(ann, d.day, QDate(2026, 5, 6), Shift::Status::Cancelled);
    d.addShift(ann, d.day, QDate(2026, 5, 7), Shift::Status::Scheduled, false);
    d.addShift(ann, d.day, QDate(2026, 6, 1));
    // Bob: D Fri 8 worked; N Sat 23 and D Sun 31 (two weekends) scheduled; one needing
    // reassignment does not count.
    d.addShift(bob, d.day, QDate(2026, 5, 8));
    d.addShift(bob, d.night, QDate(2026, 5, 23));
    d.addShift(bob, d.day, QDate(2026, 5, 31));
    d.addShift(bob, d.day, QDate(2026, 5, 20), Shift::Status::NeedsReassignment);
    // Cat: as of day itself and the day after (marked completed early): both scheduled.
    d.addShift(cat, d.day, asOf);
    d.addShift(cat, d.day, QDate(2026, 5, 19), Shift::Status::Completed);
    // Dan works without being on duty; Eve, inactive, worked once; an open shift is nobody's.
    d.addShift(dan, d.day, QDate(2026, 5, 5));
    d.addShift(dan, d.night, QDate(2026, 5, 15));
    d.addShift(eve, d.day, QDate(2026, 5, 13));
    d.addShift(std::nullopt, d.day, QDate(2026, 5, 13));
}

void TestWorkload::countsWorkAndExpectation()
{
    StorageError error;
    const WorkloadReport report = WorkloadCalculator(*m_workspace).report(u"May"_s, first, last, asOf, &error);
    QVERIFY2(error.ok(), qPrintable(error.message));
    QCOMPARE(report.reporting_period, u"May"_s);
    QCOMPARE(report.start, first);
    QCOMPARE(report.end, last);
    QCOMPARE(report.as_of, asOf);

    // By team (Blue, Red, then none), then name; Eve appears because she has worked.
    QList<qint64> order;
    for (const WorkloadSummary &summary : report.clinician_summaries)
        order.append(summary.clinician_id);
    QCOMPARE(order, (QList<qint64>{cat, dan, fay, ann, bob, eve}));

    // The duty work: Ann 6, Bob 3, Cat 2 = 11 shifts; hours 56 + 28 + 16 = 100 (Dan's and Eve's
    // shifts are outside the duty rota). Ann's expectation is 28/56 of it, Bob's and Cat's 14/56.
    const WorkloadSummary *a = summaryOf(report, ann);
    QVERIFY(a);
    QCOMPARE(a->team_id, std::optional<qint64>(red));
    QCOMPARE(a->team_name, u"Red"_s);
    QCOMPARE(a->fte, 1.0);
    QVERIFY(a->participates);
    QCOMPARE(a->shifts_worked, 4);
    QCOMPARE(a->hours_worked, 40.0);
    QCOMPARE(a->shifts_scheduled, 2);
    QCOMPARE(a->hours_scheduled, 16.0);
    QCOMPARE(a->expected_shifts, 5.5);
    QCOMPARE(a->expected_hours, 50.0);
    QCOMPARE(a->nights, 2);
    QCOMPARE(a->weekends, 2);
    QCOMPARE(a->on_calls, 1);
    QCOMPARE(a->bank_holidays, 2);
    // Exactly half a shift ahead is still on track.
    QCOMPARE(a->deficiency, -0.5);
    QCOMPARE(a->status, WorkloadSummary::Status::OnTrack);

    const WorkloadSummary *b = summaryOf(report, bob);
    QVERIFY(b);
    QCOMPARE(b->fte, 0.5);
    QCOMPARE(b->shifts_worked, 1);
    QCOMPARE(b->hours_worked, 8.0);
    QCOMPARE(b->shifts_scheduled, 2);
    QCOMPARE(b->hours_scheduled, 20.0);
    QCOMPARE(b->expected_shifts, 2.75);
    QCOMPARE(b->expected_hours, 25.0);
    QCOMPARE(b->nights, 1);
    QCOMPARE(b->weekends, 2);
    QCOMPARE(b->on_calls, 0);
    QCOMPARE(b->bank_holidays, 0);
    QCOMPARE(b->deficiency, -0.25);
    QCOMPARE(b->status, WorkloadSummary::Status::OnTrack);

    // Cat started half-way: half of the period at full time.
    const WorkloadSummary *c = summaryOf(report, cat);
    QVERIFY(c);
    QCOMPARE(c->fte, 0.5);
    QCOMPARE(c->shifts_worked, 0);
    QCOMPARE(c->shifts_scheduled, 2);
    QCOMPARE(c->expected_shifts, 2.75);
    QCOMPARE(c->deficiency, 0.75);
    QCOMPARE(c->status, WorkloadSummary::Status::Behind);
    // What the duty rota asks of its members is shared out in full.
    QCOMPARE(a->deficiency + b->deficiency + c->deficiency, 0.0);

    // Not on duty: nothing expected and no deficiency, whatever was worked.
    const WorkloadSummary *dn = summaryOf(report, dan);
    QVERIFY(dn);
    QCOMPARE(dn->fte, 1.0);
    QVERIFY(!dn->participates);
    QCOMPARE(dn->shifts_worked, 2);
    QCOMPARE(dn->hours_worked, 20.0);
    QCOMPARE(dn->nights, 1);
    QCOMPARE(dn->expected_shifts, 0.0);
    QCOMPARE(dn->deficiency, 0.0);
    QCOMPARE(dn->status, WorkloadSummary::Status::NotOnDuty);

    const WorkloadSummary *e = summaryOf(report, eve);
    QVERIFY(e);
    QVERIFY(!e->active);
    QVERIFY(!e->participates);
    QVERIFY(!e->team_id);
    QCOMPARE(e->shifts_worked, 1);
    QCOMPARE(e->expected_shifts, 0.0);
    QCOMPARE(e->deficiency, 0.0);
    QCOMPARE(e->status, WorkloadSummary::Status::NotOnDuty);

    const WorkloadSummary *f = summaryOf(report, fay);
    QVERIFY(f);
    QCOMPARE(f->fte, 0.0);
    QVERIFY(!f->participates);
    QCOMPARE(f->shifts_worked + f->shifts_scheduled, 0);
    QCOMPARE(f->deficiency, 0.0);
    QCOMPARE(f->status, WorkloadSummary::Status::NotOnDuty);
}

void TestWorkload::spreadsNightsAndWeekendsPerFte()
{
    const WorkloadReport report = WorkloadCalculator(*m_workspace).report(u"May"_s, first, last, asOf);
    // Among Ann (1.0), Bob (0.5) and Cat (0.5 on average): nights 2/1, 1/0.5, 0 = 2, 2, 0;
    // weekends 2/1, 2/0.5, 0 = 2, 4, 0.
    QCOMPARE(report.department.clinician_count, 3);
    const WorkloadSpread &nights = report.department.nights_per_fte;
    QCOMPARE(nights.min, 0.0);
    QCOMPARE(nights.max, 2.0);
    QCOMPARE(nights.mean, 1.33);
    QCOMPARE(nights.standard_deviation, 0.94); // √(8/9)
    QCOMPARE(nights.most, (QList<WorkloadSpread::Clinician>{who(ann, u"Ann"_s), who(bob, u"Bob"_s)}));
    QCOMPARE(nights.fewest, (QList<WorkloadSpread::Clinician>{who(cat, u"Cat"_s)}));
    const WorkloadSpread &weekends = report.department.weekends_per_fte;
    QCOMPARE(weekends.min, 0.0);
    QCOMPARE(weekends.max, 4.0);
    QCOMPARE(weekends.mean, 2.0);
    QCOMPARE(weekends.standard_deviation, 1.63); // √(8/3)
    QCOMPARE(weekends.most, (QList<WorkloadSpread::Clinician>{who(bob, u"Bob"_s)}));
    QCOMPARE(weekends.fewest, (QList<WorkloadSpread::Clinician>{who(cat, u"Cat"_s)}));

    // Blue has only Cat on duty; Red has Ann and Bob; Eve (no team) is not on duty.
    QCOMPARE(report.teams.size(), 2);
    const WorkloadFairness &blueTeam = report.teams.at(0);
    QCOMPARE(blueTeam.team_id, std::optional<qint64>(blue));
    QCOMPARE(blueTeam.team_name, u"Blue"_s);
    QCOMPARE(blueTeam.clinician_count, 1);
    QCOMPARE(blueTeam.nights_per_fte.max, 0.0);
    QCOMPARE(blueTeam.nights_per_fte.most, blueTeam.nights_per_fte.fewest);
    const WorkloadFairness &redTeam = report.teams.at(1);
    QCOMPARE(redTeam.team_name, u"Red"_s);
    QCOMPARE(redTeam.clinician_count, 2);
    QCOMPARE(redTeam.nights_per_fte.min, 2.0);
    QCOMPARE(redTeam.nights_per_fte.standard_deviation, 0.0);
    QCOMPARE(redTeam.weekends_per_fte.mean, 3.0);
    QCOMPARE(redTeam.weekends_per_fte.standard_deviation, 1.0);
    QCOMPARE(redTeam.weekends_per_fte.fewest, (QList<WorkloadSpread::Clinician>{who(ann, u"Ann"_s)}));
}

void TestWorkload::asOfAfterThePeriodMakesEverythingWorked()
{
    const WorkloadReport report = WorkloadCalculator(*m_workspace).report(u"May"_s, first, last, last.addDays(1));
    const WorkloadSummary *a = summaryOf(report, ann);
    QVERIFY(a);
    QCOMPARE(a->shifts_worked, 6);
    QCOMPARE(a->hours_worked, 56.0);
    QCOMPARE(a->shifts_scheduled, 0);
    QCOMPARE(a->deficiency, -0.5);
    const WorkloadReport before = WorkloadCalculator(*m_workspace).report(u"May"_s, first, last, first);
    QCOMPARE(summaryOf(before, ann)->shifts_worked, 0);
    QCOMPARE(summaryOf(before, ann)->shifts_scheduled, 6);
}

void TestWorkload::bankHolidaysFollowTheRegion()
{
    QVERIFY(m_workspace->setSetting(BankHolidays::settingKey(), u"none"_s).ok());
    const WorkloadReport report = WorkloadCalculator(*m_workspace).report(u"May"_s, first, last, asOf);
    QVERIFY(m_workspace->setSetting(BankHolidays::settingKey(), u"england-and-wales"_s).ok());
    QCOMPARE(summaryOf(report, ann)->bank_holidays, 0);
    QCOMPARE(summaryOf(report, ann)->on_calls, 1);
}

void TestWorkload::roundsToTwoDecimals()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Department d(*workspace);
    QList<qint64> people;
    for (const QString &name : {u"One"_s, u"Two"_s, u"Three"_s}) {
        people.append(d.addClinician(name, std::nullopt));
        d.addTerm(people.last(), 100.0, true, QDate(2026, 1, 1));
    }
    d.addShift(people.at(0), d.day, QDate(2026, 5, 5));
    // One 8-hour shift shared by three: 0.33 shifts and 2.67 hours each.
    const WorkloadReport report = WorkloadCalculator(*workspace).report(u"May"_s, first, last, asOf);
    QCOMPARE(report.clinician_summaries.size(), 3);
    QCOMPARE(report.clinician_summaries.at(0).clinician_name, u"One"_s);
    QCOMPARE(report.clinician_summaries.at(0).expected_shifts, 0.33);
    QCOMPARE(report.clinician_summaries.at(0).expected_hours, 2.67);
    QCOMPARE(report.clinician_summaries.at(0).deficiency, -0.67);
    QCOMPARE(report.clinician_summaries.at(0).status, WorkloadSummary::Status::Ahead);
    QCOMPARE(report.clinician_summaries.at(2).clinician_name, u"Two"_s);
    QCOMPARE(report.clinician_summaries.at(2).deficiency, 0.33);
    QCOMPARE(report.clinician_summaries.at(2).status, WorkloadSummary::Status::OnTrack);
    // Without a team the fairness group is named "No team".
    QCOMPARE(report.teams.size(), 1);
    QVERIFY(!report.teams.at(0).team_id);
    QCOMPARE(report.teams.at(0).team_name, u"No team"_s);
}

// Two full-timers share 10 shifts; Uma's week of approved leave (twice booked, overlapping) takes
// 7 of her 28 duty FTE-days: the pool is 49, Uma is expected 10 × 21/49, Vic 10 × 28/49.
// Pending and denied leave change nothing.
void TestWorkload::approvedLeaveLowersTheExpectation()
{
    QTemporaryDir dir;
    auto workspace = freshWorkspace(dir);
    QVERIFY(workspace);
    Department d(*workspace);
    const qint64 uma = d.addClinician(u"Uma"_s, std::nullopt);
    const qint64 vic = d.addClinician(u"Vic"_s, std::nullopt);
    d.addTerm(uma, 100.0, true, QDate(2026, 1, 1));
    d.addTerm(vic, 100.0, true, QDate(2026, 1, 1));
    d.addLeave(uma, QDate(2026, 4, 27), QDate(2026, 5, 8), LeaveRequest::Status::Approved); // 5 days in the period
    d.addLeave(uma, QDate(2026, 5, 7), QDate(2026, 5, 10), LeaveRequest::Status::Approved); // 2 more
    d.addLeave(uma, QDate(2026, 5, 20), QDate(2026, 5, 22), LeaveRequest::Status::Pending);
    d.addLeave(vic, QDate(2026, 5, 20), QDate(2026, 5, 22), LeaveRequest::Status::Denied);
    for (int i = 0; i < 10; ++i)
        d.addShift(i % 2 ? uma : vic, d.day, QDate(2026, 5, 11 + i));
    const WorkloadReport report = WorkloadCalculator(*workspace).report(u"May"_s, first, last, asOf);
    QCOMPARE(report.clinician_summaries.size(), 2);
    const WorkloadSummary *u = summaryOf(report, uma);
    const WorkloadSummary *v = summaryOf(report, vic);
    QCOMPARE(u->fte, 1.0);
    QCOMPARE(u->expected_shifts, 4.29);
    QCOMPARE(v->expected_shifts, 5.71);
    QCOMPARE(u->deficiency, -0.71);
    QCOMPARE(u->status, WorkloadSummary::Status::Ahead);
    QCOMPARE(v->deficiency, 0.71);
    QCOMPARE(v->status, WorkloadSummary::Status::Behind);
}

void TestWorkload::jsonHasTheServersShape()
{
    const WorkloadReport report = WorkloadCalculator(*m_workspace).report(u"Period 1"_s, first, last, asOf);
    const QJsonObject json = report.toJson();
    QCOMPARE(json.keys(), (QStringList{u"as_of_date"_s, u"clinician_summaries"_s, u"end_date"_s, u"fairness"_s,
                                       u"reporting_period"_s, u"start_date"_s}));
    QCOMPARE(json.value(u"reporting_period"_s).toString(), u"Period 1"_s);
    QCOMPARE(json.value(u"start_date"_s).toString(), u"2026-05-04"_s);
    QCOMPARE(json.value(u"end_date"_s).toString(), u"2026-05-31"_s);
    QCOMPARE(json.value(u"as_of_date"_s).toString(), u"2026-05-18"_s);
    const QJsonArray summaries = json.value(u"clinician_summaries"_s).toArray();
    QCOMPARE(summaries.size(), 6);
    const QJsonObject annJson = summaries.at(3).toObject();
    const QJsonObject expected{
        {u"clinician_id"_s, ann},
        {u"clinician_name"_s, u"Ann"_s},
        {u"team_id"_s, red},
        {u"team_name"_s, u"Red"_s},
        {u"active"_s, true},
        {u"fte"_s, 1.0},
        {u"participates"_s, true},
        {u"shifts_worked"_s, 4},
        {u"hours_worked"_s, 40.0},
        {u"shifts_scheduled"_s, 2},
        {u"hours_scheduled"_s, 16.0},
        {u"expected_shifts"_s, 5.5},
        {u"expected_hours"_s, 50.0},
        {u"nights"_s, 2},
        {u"weekends"_s, 2},
        {u"on_calls"_s, 1},
        {u"bank_holidays"_s, 2},
        {u"deficiency"_s, -0.5},
        {u"status"_s, u"on_track"_s},
    };
    QCOMPARE(annJson, expected);
    QVERIFY(summaries.at(5).toObject().value(u"team_id"_s).isNull());

    const QJsonObject fairness = json.value(u"fairness"_s).toObject();
    const QJsonObject department = fairness.value(u"department"_s).toObject();
    QCOMPARE(department.keys(), (QStringList{u"clinician_count"_s, u"nights_per_fte"_s, u"weekends_per_fte"_s}));
    const QJsonObject weekends = department.value(u"weekends_per_fte"_s).toObject();
    QCOMPARE(weekends.value(u"max"_s).toDouble(), 4.0);
    const QJsonArray mostWeekends{QJsonObject{{u"clinician_id"_s, bob}, {u"clinician_name"_s, u"Bob"_s}}};
    QCOMPARE(weekends.value(u"most"_s).toArray(), mostWeekends);
    const QJsonArray teams = fairness.value(u"teams"_s).toArray();
    QCOMPARE(teams.size(), 2);
    QCOMPARE(teams.at(0).toObject().value(u"team_name"_s).toString(), u"Blue"_s);
    QCOMPARE(teams.at(0).toObject().value(u"team_id"_s).toInteger(), blue);

    const QJsonObject v1 = WorkloadReport::v1Envelope(report);
    QCOMPARE(v1.value(u"version"_s).toString(), u"v1"_s);
    QJsonObject withoutVersion = v1;
    withoutVersion.remove(u"version"_s);
    QCOMPARE(withoutVersion, json);
}

void TestWorkload::reversedRangeGivesNoClinicians()
{
    const WorkloadReport report = WorkloadCalculator(*m_workspace).report(u"May"_s, last, first, asOf);
    QVERIFY(report.clinician_summaries.isEmpty());
    QCOMPARE(report.department.clinician_count, 0);
}

QTEST_GUILESS_MAIN(TestWorkload)
#include "tst_workload.moc"
