#pragma once

// The week the heatmap UI tests share, Monday 23 to Sunday 29 November 2026, worked out by hand:
//
//            Mon 23  Tue 24  Wed 25   Thu-Sun
//   Ward A                                        minimum 2 (three active, one may be off)
//   Alice    D       D       avail+p  avail       pending annual leave on Wednesday
//   Bob      AL      AL      avail    avail
//   Carol    avail   cannot  cannot   avail       working term: cannot work Tuesday, Wednesday
//   Ward B                                        minimum 0
//   Dan      avail   avail   avail    avail
//
// Ward A can work: Mon 2 (at), Tue 1 (below), Wed 2 (at), Thu-Sun 3 (above).

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
    return week;
}

} // namespace HeatmapTest
