#include "../storage/storagetestsupport.h"

#include "model/leaverequest.h"
#include "model/rota.h"
#include "model/shiftpattern.h"
#include "model/team.h"
#include "model/timeslot.h"
#include "model/workingterm.h"
#include "scheduling/availability.h"
#include "scheduling/leavecapacity.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/timeslotrepository.h"
#include "storage/workingtermrepository.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

using State = AvailabilityGrid::State;
using Status = LeaveRequest::Status;
using Type = LeaveRequest::Type;

// A week (Monday 1 to Sunday 7 June 2026) of six people worked out by hand:
//
//            Mon 1   Tue 2   Wed 3   Thu 4   Fri 5     Sat 6     Sun 7
//   Ward A
//   Alice    D       D       N       AL      AL+p      avail+p   cannot      terms: cannot Wed, Sun
//   Bob      avail   off     avail   D       out       out       out         part time Mon, Wed, until Wed
//   Gina     avail   avail   avail   avail   avail     cannot    off         fixed Mon-Fri, cannot Sat
//   Ward B
//   Carol    SK      SK      avail   avail   avail     avail     avail       no terms; sick leave from 28 May
//   Dave     out     out     D       out     out       out       out         inactive, one shift
//   No team
//   Frank    avail   avail   avail   avail   avail     avail     avail       no terms
//
// (Erin, inactive without shifts, is not shown.) Can work per day: 4 3 6 4 3 3 2.
//
// What the teams need (the sum of their rotas' timeslot minimums that weekday):
//
//                    Mon 1   Tue 2   Wed 3   Thu 4   Fri 5     Sat 6     Sun 7
//   Ward A rota      2       2       2       2       2         1         1       D 1 + N 1 on weekdays, D 1 at weekends; open
//   Ward A extra     -       -       -       1       0         -         -       Thursday slot only; 4 to 5 June
//   Ward A needs     2       2       2       3       2         1         1       (Ward A old ended 31 May)
//   Ward A can work  3       2       3       2       1         1         0
//   Ward B needs     1 every day: its only rota is archived, so one active member less none off
//   No team needs    0 every day: one active member less one off
class TestAvailability : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_wardA = 0;
    qint64 m_wardB = 0;
    ShiftType m_day;
    ShiftType m_night;
    QHash<QString, qint64> m_ids;

    static QDate june(int day) { return QDate(2026, 6, day); }

    template<typename Record, typename Repository>
    void store(Record &record)
    {
        const StorageError error = Repository(*m_workspace).create(record);
        QVERIFY2(error.ok(), qPrintable(error.message));
    }

    qint64 addTeam(const QString &name)
    {
        Team team;
        team.name = name;
        store<Team, TeamRepository>(team);
        return team.id;
    }

    qint64 addPerson(const QString &name, std::optional<qint64> teamId, bool active = true)
    {
        Clinician record = clinician(name, teamId);
        record.active = active;
        store<Clinician, ClinicianRepository>(record);
        m_ids.insert(name, record.id);
        return record.id;
    }

    void addTerm(const QString &name, QDate from, QDate to, const QList<int> &fixed, const QList<int> &cannot)
    {
        WorkingTerm term;
        term.clinician_id = m_ids.value(name);
        term.start_date = from;
        term.end_date = to;
        term.percentage = fixed.isEmpty() ? 100.0 : 60.0;
        term.fixed_working_days = WeekdaySet::fromList(fixed);
        term.cannot_work_days = WeekdaySet::fromList(cannot);
        store<WorkingTerm, WorkingTermRepository>(term);
    }

    void addShift(const QString &name, const ShiftType &type, QDate date, Shift::Status status = Shift::Status::Scheduled)
    {
        Shift record = shift(m_ids.value(name), type.id, date, type.start_time, type.end_time);
        record.status = status;
        store<Shift, ShiftRepository>(record);
    }

    qint64 addPattern(const QString &name)
    {
        ShiftPattern pattern;
        pattern.name = name;
        store<ShiftPattern, ShiftPatternRepository>(pattern);
        return pattern.id;
    }

    void addSlot(qint64 pattern, int weekday, const ShiftType &type, int minimum)
    {
        Timeslot slot;
        slot.shift_pattern_id = pattern;
        slot.weekday = weekday;
        slot.shift_type_id = type.id;
        slot.start_time = type.start_time;
        slot.end_time = type.end_time;
        slot.minimum = minimum;
        slot.ideal = minimum + 1;
        slot.maximum = minimum + 2;
        store<Timeslot, TimeslotRepository>(slot);
    }

    void addRota(const QString &name, qint64 team, qint64 pattern, QDate from, QDate to, bool archived = false)
    {
        Rota rota;
        rota.name = name;
        rota.team_id = team;
        rota.shift_pattern_id = pattern;
        rota.start_date = from;
        rota.end_date = to;
        rota.archived = archived;
        store<Rota, RotaRepository>(rota);
    }

    void addLeave(const QString &name, QDate from, QDate to, Status status, Type type)
    {
        LeaveRequest leave;
        leave.clinician_id = m_ids.value(name);
        leave.type = type;
        leave.start_date = from;
        leave.end_date = to;
        leave.status = status;
        if (status == Status::Denied)
            leave.denial_reason = u"Minimum staffing"_s;
        store<LeaveRequest, LeaveRequestRepository>(leave);
    }

    AvailabilityGrid week(const RotaFilter &filter = {}) const
    {
        StorageError error;
        AvailabilityGrid grid = AvailabilityGrid::load(*m_workspace, june(1), june(7), filter, &error);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return grid;
    }

    QStringList names(const AvailabilityGrid &grid) const
    {
        QStringList list;
        for (const AvailabilityGrid::Person &person : grid.people())
            list << person.name;
        return list;
    }

    static QList<State> states(const AvailabilityGrid &grid, int row)
    {
        QList<State> list;
        for (int day = 0; day < grid.dayCount(); ++day)
            list << grid.cell(row, day).state();
        return list;
    }

private slots:
    void initTestCase()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        m_wardA = addTeam(u"Ward A"_s);
        m_wardB = addTeam(u"Ward B"_s);
        m_day = dayShiftType(u"D"_s);
        m_day.sort_order = 0;
        store<ShiftType, ShiftTypeRepository>(m_day);
        m_night = dayShiftType(u"N"_s);
        m_night.start_time = QTime(20, 0);
        m_night.end_time = QTime(8, 0);
        m_night.duration_minutes = 720;
        m_night.sort_order = 1;
        store<ShiftType, ShiftTypeRepository>(m_night);

        addPerson(u"Alice"_s, m_wardA);
        addPerson(u"Bob"_s, m_wardA);
        addPerson(u"Gina"_s, m_wardA);
        addPerson(u"Carol"_s, m_wardB);
        addPerson(u"Dave"_s, m_wardB, false);
        addPerson(u"Erin"_s, m_wardB, false);
        addPerson(u"Frank"_s, std::nullopt);

        addTerm(u"Alice"_s, QDate(2026, 1, 1), {}, {}, {3, 7});
        addTerm(u"Bob"_s, QDate(2026, 1, 1), june(3), {1, 3}, {});
        addTerm(u"Gina"_s, QDate(2026, 1, 1), {}, {1, 2, 3, 4, 5}, {6});

        addShift(u"Alice"_s, m_day, june(1));
        // Stored night first: the day's first shift by start time names the type, not the first stored.
        addShift(u"Alice"_s, m_night, june(2));
        addShift(u"Alice"_s, m_day, june(2));
        addShift(u"Alice"_s, m_night, june(3)); // on a cannot-work day: the shift wins
        addShift(u"Alice"_s, m_day, june(4)); // on approved leave: the leave wins
        addShift(u"Bob"_s, m_day, june(4)); // after his term ended: the shift wins
        addShift(u"Carol"_s, m_day, june(3), Shift::Status::Cancelled);
        addShift(u"Dave"_s, m_day, june(3));
        addShift(u"Frank"_s, m_day, june(8)); // the day after the window

        addLeave(u"Alice"_s, june(4), june(5), Status::Approved, Type::Annual);
        addLeave(u"Alice"_s, june(5), june(6), Status::Pending, Type::Study);
        addLeave(u"Carol"_s, QDate(2026, 5, 28), june(2), Status::Approved, Type::Sick);
        addLeave(u"Frank"_s, june(2), june(3), Status::Denied, Type::Annual);
        addLeave(u"Gina"_s, june(1), june(1), Status::Cancelled, Type::Annual);
        QVERIFY(m_workspace->setSetting(LeaveCapacity::settingKey(m_wardB), u"0"_s).ok());

        const qint64 week = addPattern(u"Ward A week"_s);
        for (int weekday = 1; weekday <= 7; ++weekday) {
            addSlot(week, weekday, m_day, 1);
            if (weekday <= 5)
                addSlot(week, weekday, m_night, 1);
        }
        const qint64 thursday = addPattern(u"Thursday"_s);
        addSlot(thursday, 4, m_day, 1);
        const qint64 busy = addPattern(u"Busy"_s);
        for (int weekday = 1; weekday <= 7; ++weekday)
            addSlot(busy, weekday, m_day, 5);
        addRota(u"Ward A rota"_s, m_wardA, week, QDate(2026, 1, 1), {});
        addRota(u"Ward A extra"_s, m_wardA, thursday, june(4), june(5));
        addRota(u"Ward A old"_s, m_wardA, busy, QDate(2025, 1, 1), QDate(2026, 5, 31));
        addRota(u"Ward B archived"_s, m_wardB, busy, QDate(2026, 1, 1), {}, true);
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void cellsAreTwoBytes() { QCOMPARE(sizeof(AvailabilityGrid::Cell), size_t(2)); }

    void rowsAreGroupedByTeamWithInactiveOnlyWhenWorking()
    {
        const AvailabilityGrid grid = week();
        QCOMPARE(grid.dayCount(), 7);
        QCOMPARE(names(grid), (QStringList{u"Alice"_s, u"Bob"_s, u"Gina"_s, u"Carol"_s, u"Dave"_s, u"Frank"_s}));
        QCOMPARE(grid.groups().size(), 3);
        QCOMPARE(grid.groups().at(0).name, u"Ward A"_s);
        QCOMPARE(grid.groups().at(0).firstRow, 0);
        QCOMPARE(grid.groups().at(0).rowCount, 3);
        QCOMPARE(grid.groups().at(1).name, u"Ward B"_s);
        QCOMPARE(grid.groups().at(1).firstRow, 3);
        QCOMPARE(grid.groups().at(1).rowCount, 2);
        QCOMPARE(grid.groups().at(2).teamId, std::nullopt);
        QCOMPARE(grid.groupOfRow(5), 2);
        QCOMPARE(grid.rowOf(m_ids.value(u"Erin"_s)), -1);
        QCOMPARE(grid.rowOf(m_ids.value(u"Dave"_s)), 4);
    }

    void statesFollowThePriority()
    {
        const AvailabilityGrid grid = week();
        QCOMPARE(states(grid, 0), (QList<State>{State::OnShift, State::OnShift, State::OnShift, State::OnLeave, State::OnLeave,
                                                State::Available, State::CannotWork}));
        QCOMPARE(states(grid, 1), (QList<State>{State::Available, State::OffDay, State::Available, State::OnShift,
                                                State::OutOfTerm, State::OutOfTerm, State::OutOfTerm}));
        QCOMPARE(states(grid, 2), (QList<State>{State::Available, State::Available, State::Available, State::Available,
                                                State::Available, State::CannotWork, State::OffDay}));
        QCOMPARE(states(grid, 3), (QList<State>{State::OnLeave, State::OnLeave, State::Available, State::Available,
                                                State::Available, State::Available, State::Available}));
        QCOMPARE(states(grid, 4), (QList<State>{State::OutOfTerm, State::OutOfTerm, State::OnShift, State::OutOfTerm,
                                                State::OutOfTerm, State::OutOfTerm, State::OutOfTerm}));
        QCOMPARE(states(grid, 5), QList<State>(7, State::Available));
    }

    void detailsNameTheShiftAndLeaveType()
    {
        const AvailabilityGrid grid = week();
        QCOMPARE(grid.shiftTypes().at(grid.cell(0, 0).detail()).code, u"D"_s);
        QCOMPARE(grid.shiftTypes().at(grid.cell(0, 1).detail()).code, u"D"_s); // day 08:00 before night 20:00
        QCOMPARE(grid.shiftTypes().at(grid.cell(0, 2).detail()).code, u"N"_s);
        QCOMPARE(Type(grid.cell(0, 3).detail()), Type::Annual);
        QCOMPARE(Type(grid.cell(3, 0).detail()), Type::Sick);
    }

    void pendingLeaveIsAMarkOnTop()
    {
        const AvailabilityGrid grid = week();
        QList<bool> pending;
        for (int day = 0; day < 7; ++day)
            pending << grid.cell(0, day).pendingLeave();
        QCOMPARE(pending, (QList<bool>{false, false, false, false, true, true, false}));
        QCOMPARE(grid.cell(0, 4).state(), State::OnLeave); // approved annual leave stays the state
        QCOMPARE(grid.cell(0, 5).state(), State::Available);
        // Denied and cancelled requests are not leave at all.
        QCOMPARE(grid.cell(5, 1).pendingLeave(), false);
        QCOMPARE(grid.cell(2, 0).state(), State::Available);
    }

    void dailyCountsAreTheServersAvailability()
    {
        const QList<AvailabilityDay> days = week().dailyCounts();
        QList<int> counts;
        for (const AvailabilityDay &day : days)
            counts << day.doctors_count;
        QCOMPARE(counts, (QList<int>{4, 3, 6, 4, 3, 3, 2}));
        QCOMPARE(days.first().date, june(1));
        QCOMPARE(QJsonDocument(days.first().toJson()).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"date":"2026-06-01","doctors_count":4})"));
    }

    void totalsOfARectangle()
    {
        const AvailabilityGrid grid = week();
        // Ward A, Thursday to Sunday.
        const AvailabilityGrid::Totals totals = grid.totals(0, 2, 3, 6);
        QCOMPARE(totals.rows, 3);
        QCOMPARE(totals.days, 4);
        QCOMPARE(totals.count(State::Available), 3);
        QCOMPARE(totals.count(State::OnShift), 1);
        QCOMPARE(totals.count(State::OnLeave), 2);
        QCOMPARE(totals.count(State::CannotWork), 2);
        QCOMPARE(totals.count(State::OffDay), 1);
        QCOMPARE(totals.count(State::OutOfTerm), 3);
        QCOMPARE(totals.pendingLeave, 2);
        QCOMPARE(totals.canWork(), 4);
        // Ranges beyond the grid are clipped.
        QCOMPARE(grid.totals(-5, 100, -3, 100).canWork(), 4 + 3 + 6 + 4 + 3 + 3 + 2);
        QCOMPARE(grid.totals(3, 2, 0, 6).rows, 0);
    }

    void teamMinimumIsWhatTheRotasNeed()
    {
        const AvailabilityGrid grid = week();
        QList<int> counts;
        QList<int> minimums;
        QList<AvailabilityGrid::TeamStatus> status;
        for (int day = 0; day < 7; ++day) {
            counts << grid.teamCount(0, day);
            minimums << grid.teamMinimum(0, day);
            status << grid.teamStatus(0, day);
        }
        using S = AvailabilityGrid::TeamStatus;
        QCOMPARE(counts, (QList<int>{3, 2, 3, 2, 1, 1, 0}));
        // Ward A rota alone, then with the extra rota from Thursday (which asks for nobody on
        // Friday), then alone again at the weekend; the rota that ended in May does not count.
        QCOMPARE(minimums, (QList<int>{2, 2, 2, 3, 2, 1, 1}));
        QCOMPARE(status, (QList<S>{S::Above, S::At, S::Above, S::Below, S::Below, S::At, S::Below}));
        QCOMPARE(grid.teamRotas(0, 0), QStringList{u"Ward A rota"_s});
        QCOMPARE(grid.teamRotas(0, 3), (QStringList{u"Ward A extra"_s, u"Ward A rota"_s}));
        QCOMPARE(grid.teamRotas(0, 4), (QStringList{u"Ward A extra"_s, u"Ward A rota"_s}));
        QCOMPARE(grid.teamRotas(0, 6), QStringList{u"Ward A rota"_s});
        QCOMPARE(grid.teamMinimumRange(0, 0, 6), std::make_pair(1, 3));
        QCOMPARE(grid.teamMinimumRange(0, 0, 2), std::make_pair(2, 2));
        QCOMPARE(grid.teamMinimumRange(0, -5, 100), std::make_pair(1, 3));
        QCOMPARE(grid.teamMinimumRange(0, 4, 3), std::make_pair(0, 0));
        // Out of range asks for nobody.
        QCOMPARE(grid.teamMinimum(0, 7), 0);
        QCOMPARE(grid.teamMinimum(3, 0), 0);
        QCOMPARE(grid.teamRotas(3, 0), QStringList());
    }

    void withoutARotaTheLeaveCapacityStandsIn()
    {
        const AvailabilityGrid grid = week();
        using S = AvailabilityGrid::TeamStatus;
        // Ward B: its only rota is archived. One active member (Dave and Erin are inactive), none
        // may be off: needs one.
        QCOMPARE(grid.groups().at(1).activeMembers, 1);
        QCOMPARE(grid.groups().at(1).maximumOff, 0);
        for (int day = 0; day < 7; ++day) {
            QCOMPARE(grid.teamMinimum(1, day), 1);
            QCOMPARE(grid.teamRotas(1, day), QStringList());
        }
        QCOMPARE(grid.teamStatus(1, 0), S::Below);
        QCOMPARE(grid.teamCount(1, 2), 2);
        QCOMPARE(grid.teamStatus(1, 2), S::Above);
        QCOMPARE(grid.teamStatus(1, 3), S::At);
        // Nobody without a team has a rota: one active member, one may be off.
        QCOMPARE(grid.teamMinimum(2, 0), 0);
        QCOMPARE(grid.teamRotas(2, 0), QStringList());
        QCOMPARE(grid.teamMinimumRange(2, 0, 6), std::make_pair(0, 0));
    }

    void rotasStartAndEndWithinTheWindow()
    {
        // The extra rota begins on Thursday 4 June: a window from that day counts it on its first day ...
        const AvailabilityGrid thursday = AvailabilityGrid::load(*m_workspace, june(4), june(4));
        QCOMPARE(thursday.teamMinimum(0, 0), 3);
        // ... and one after it ended does not.
        const AvailabilityGrid saturday = AvailabilityGrid::load(*m_workspace, june(6), june(7));
        QCOMPARE(saturday.teamRotas(0, 0), QStringList{u"Ward A rota"_s});
        QCOMPARE(saturday.teamMinimumRange(0, 0, 1), std::make_pair(1, 1));
        // Before Ward A rota began, only the rota that ended in May was in force: five every day.
        const AvailabilityGrid december = AvailabilityGrid::load(*m_workspace, QDate(2025, 12, 31), QDate(2026, 1, 1));
        QCOMPARE(december.teamRotas(0, 0), QStringList{u"Ward A old"_s});
        QCOMPARE(december.teamMinimum(0, 0), 5);
        // Thursday 1 January: both, five and a weekday's two.
        QCOMPARE(december.teamRotas(0, 1), (QStringList{u"Ward A old"_s, u"Ward A rota"_s}));
        QCOMPARE(december.teamMinimum(0, 1), 7);
    }

    void filterKeepsTheTeamsMinimum()
    {
        RotaFilter filter;
        filter.teamId = m_wardB;
        const AvailabilityGrid grid = week(filter);
        QCOMPARE(names(grid), (QStringList{u"Carol"_s, u"Dave"_s}));
        QCOMPARE(grid.groups().size(), 1);
        QCOMPARE(grid.teamMinimum(0, 0), 1);
        QCOMPARE(grid.canWorkCount(2), 2);
        filter = {};
        filter.search = u"AL"_s;
        const AvailabilityGrid alice = week(filter);
        QCOMPARE(names(alice), (QStringList{u"Alice"_s}));
        // The rota's need does not shrink with the rows shown.
        QCOMPARE(alice.teamMinimum(0, 3), 3);
        QCOMPARE(alice.teamCount(0, 3), 0);
    }

    void noTermsMeansAvailableButNoTermInForceIsOut()
    {
        const AvailabilityGrid grid = week();
        QCOMPARE(grid.cell(5, 6).state(), State::Available); // Frank: never had terms
        QCOMPARE(grid.cell(1, 6).state(), State::OutOfTerm); // Bob: his term ended
    }

    void windowEdges()
    {
        // One day: Carol's sick leave began before the window.
        const AvailabilityGrid tuesday = AvailabilityGrid::load(*m_workspace, june(2), june(2));
        QCOMPARE(tuesday.dayCount(), 1);
        QCOMPARE(tuesday.cell(tuesday.rowOf(m_ids.value(u"Carol"_s)), 0).state(), State::OnLeave);
        QCOMPARE(tuesday.rowOf(m_ids.value(u"Dave"_s)), -1); // inactive, no shift that day
        // Frank's shift the day after the week is only in a window holding that day.
        QCOMPARE(week().cell(5, 6).state(), State::Available);
        const AvailabilityGrid monday = AvailabilityGrid::load(*m_workspace, june(8), june(8));
        QCOMPARE(monday.cell(monday.rowOf(m_ids.value(u"Frank"_s)), 0).state(), State::OnShift);
        // Dates given the wrong way round read the same window.
        const AvailabilityGrid reversed = AvailabilityGrid::load(*m_workspace, june(7), june(1));
        QCOMPARE(reversed.from(), june(1));
        QCOMPARE(reversed.dailyCounts(), week().dailyCounts());
        QCOMPARE(reversed.dayIndex(june(8)), -1);
        QCOMPARE(reversed.dayIndex(june(7)), 6);
        // No valid dates, no days.
        QCOMPARE(AvailabilityGrid::load(*m_workspace, QDate(), june(1)).dayCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAvailability)
#include "tst_availability.moc"
