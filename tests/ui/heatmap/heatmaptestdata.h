#pragma once

// The week the heatmap UI tests share, Monday 23 to Sunday 29 November 2026, worked out by hand:
//
//            Mon 23  Tue 24  Wed 25   Thu-Sun
//   Ward A                                        needs 2 on weekdays, 1 at weekends (Ward A rota)
//   Alice    D       D       avail+p  avail       pending annual leave on Wednesday
//   Bob      AL      AL      avail    avail
//   Carol    avail   cannot  cannot   avail       working term: cannot work Tuesday, Wednesday
//   Ward B                                        no rota: needs 0 (one active, one may be off)
//   Dan      avail   avail   avail    avail
//
// Ward A can work: Mon 2 (at), Tue 1 (below), Wed 2 (at), Thu-Sun 3 (above). Ward A rota runs
// from 1 January 2026, open-ended.

#include "model/rota.h"
#include "model/shiftpattern.h"
#include "model/timeslot.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/timeslotrepository.h"
#include "ui/uitestdata.h"

namespace HeatmapTest {

using namespace Qt::StringLiterals;
using namespace UiTestData;

struct Week
{
    Team wardA;
    Team wardB;
    ShiftType day;
    Clinician alice;
    Clinician bob;
    Clinician carol;
    Clinician dan;
};

inline Week addWeek(Workspace &workspace)
{
    Week week;
    week.wardA = addTeam(workspace, u"Ward A"_s);
    week.wardB = addTeam(workspace, u"Ward B"_s);
    week.day = addType(workspace, u"D"_s, u"Day"_s, u"#56B4E9"_s, QTime(8, 0), QTime(16, 0), 480);
    week.alice = addClinician(workspace, u"Alice Smith"_s, week.wardA.id);
    week.bob = addClinician(workspace, u"Bob Jones"_s, week.wardA.id);
    week.carol = addClinician(workspace, u"Carol White"_s, week.wardA.id);
    week.dan = addClinician(workspace, u"Dan Brown"_s, week.wardB.id);
    const QDate monday = UiTestData::monday();
    addShift(workspace, week.alice.id, week.day, monday);
    addShift(workspace, week.alice.id, week.day, monday.addDays(1));
    addLeave(workspace, week.alice.id, monday.addDays(2), monday.addDays(2), LeaveRequest::Status::Pending);
    addLeave(workspace, week.bob.id, monday, monday.addDays(1), LeaveRequest::Status::Approved);
    addWorkingTerm(workspace, week.carol.id, QDate(2026, 1, 1), 100, 5.6, {2, 3});

    ShiftPattern pattern;
    pattern.name = u"Ward A week"_s;
    check(ShiftPatternRepository(workspace).create(pattern));
    for (int weekday = 1; weekday <= 7; ++weekday) {
        Timeslot slot;
        slot.shift_pattern_id = pattern.id;
        slot.weekday = weekday;
        slot.shift_type_id = week.day.id;
        slot.start_time = week.day.start_time;
        slot.end_time = week.day.end_time;
        slot.minimum = weekday <= 5 ? 2 : 1;
        slot.ideal = slot.minimum;
        slot.maximum = slot.minimum + 1;
        check(TimeslotRepository(workspace).create(slot));
    }
    Rota rota;
    rota.name = u"Ward A rota"_s;
    rota.team_id = week.wardA.id;
    rota.shift_pattern_id = pattern.id;
    rota.start_date = QDate(2026, 1, 1);
    check(RotaRepository(workspace).create(rota));
    return week;
}

} // namespace HeatmapTest
