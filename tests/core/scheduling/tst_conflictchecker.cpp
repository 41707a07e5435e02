#include "../storage/storagetestsupport.h"

#include "demo/demoworkspace.h"
#include "model/leaverequest.h"
#include "model/workingterm.h"
#include "scheduling/conflictchecker.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workingtermrepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

using Kind = ShiftConflict::Kind;

namespace {

QList<Kind> kindsOf(const QList<ShiftConflict> &conflicts)
{
    QList<Kind> kinds;
    for (const ShiftConflict &conflict : conflicts)
        kinds << conflict.kind;
    return kinds;
}

QString describe(const QList<ShiftConflict> &conflicts)
{
    QStringList lines;
    for (const ShiftConflict &conflict : conflicts) {
        lines << u"[%1 shift %2 other %3] %4"_s.arg(int(conflict.kind))
                     .arg(conflict.shift_id)
                     .arg(conflict.other_id ? QString::number(*conflict.other_id) : u"-"_s, conflict.message);
    }
    return lines.join(u"; "_s);
}

} // namespace

class TestConflictChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_ada = 0;
    qint64 m_ben = 0;
    qint64 m_day = 0;
    qint64 m_night = 0;

    qint64 add(std::optional<qint64> clinicianId, QDate date, QTime start, QTime end, qint64 typeId = 0,
               Shift::Status status = Shift::Status::Scheduled)
    {
        Shift record = shift(clinicianId, typeId ? typeId : m_day, date, start, end);
        record.status = status;
        return store(record);
    }

    qint64 addWholeDay(qint64 clinicianId, QDate date)
    {
        Shift record;
        record.clinician_id = clinicianId;
        record.shift_type_id = m_day;
        record.setWholeDay(date, "Europe/London", 600);
        return store(record);
    }

    qint64 store(Shift &record)
    {
        const StorageError error = ShiftRepository(*m_workspace).create(record);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return record.id;
    }

    qint64 addLeave(qint64 clinicianId, QDate from, QDate to, LeaveRequest::Status status,
                    LeaveRequest::Type type = LeaveRequest::Type::Annual)
    {
        LeaveRequest leave;
        leave.clinician_id = clinicianId;
        leave.type = type;
        leave.start_date = from;
        leave.end_date = to;
        leave.status = status;
        if (status == LeaveRequest::Status::Denied)
            leave.denial_reason = u"Minimum staffing"_s;
        const StorageError error = LeaveRequestRepository(*m_workspace).create(leave);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return leave.id;
    }

    qint64 addTerm(qint64 clinicianId, QDate from, QDate to, const QList<int> &cannotWork)
    {
        WorkingTerm term;
        term.clinician_id = clinicianId;
        term.start_date = from;
        term.end_date = to;
        term.cannot_work_days = WeekdaySet::fromList(cannotWork);
        const StorageError error = WorkingTermRepository(*m_workspace).create(term);
        if (!error.ok())
            qWarning("%s", qPrintable(error.message));
        return term.id;
    }

    Shift stored(qint64 id) const { return *ShiftRepository(*m_workspace).get(id); }

    QList<ShiftConflict> check(qint64 id, const QSet<qint64> &ignore = {}) const
    {
        return ConflictChecker(*m_workspace).check(stored(id), ignore);
    }

    // inWindow() must give every shift in the window exactly what check() gives it alone.
    void compareWithCheck(QDate from, QDate to, QHash<Kind, int> *kindCounts = nullptr)
    {
        const ConflictChecker checker(*m_workspace);
        const QHash<qint64, QList<ShiftConflict>> window = checker.inWindow(from, to);
        const QList<Shift> shifts = ShiftRepository(*m_workspace).inWindow(from, to);
        QSet<qint64> inside;
        for (const Shift &record : shifts) {
            inside.insert(record.id);
            const QList<ShiftConflict> alone = checker.check(record);
            const QList<ShiftConflict> together = window.value(record.id);
            QVERIFY2(alone == together, qPrintable(u"shift %1 on %2: check() %3 but inWindow() %4"_s.arg(record.id)
                                                       .arg(record.date.toString(Qt::ISODate), describe(alone), describe(together))));
            QCOMPARE(window.contains(record.id), !alone.isEmpty());
            if (kindCounts) {
                for (const ShiftConflict &conflict : alone)
                    ++(*kindCounts)[conflict.kind];
            }
        }
        for (auto it = window.cbegin(); it != window.cend(); ++it)
            QVERIFY2(inside.contains(it.key()), qPrintable(u"shift %1 is outside the window"_s.arg(it.key())));
    }

private slots:
    void init()
    {
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        Clinician ada = clinician(u"Ada Obi"_s);
        Clinician ben = clinician(u"Ben Carr"_s);
        ShiftType day = dayShiftType(u"D"_s);
        ShiftType night = dayShiftType(u"N"_s);
        night.start_time = QTime(20, 0);
        night.end_time = QTime(8, 0);
        night.duration_minutes = 720;
        QVERIFY(ClinicianRepository(*m_workspace).create(ada).ok());
        QVERIFY(ClinicianRepository(*m_workspace).create(ben).ok());
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        QVERIFY(ShiftTypeRepository(*m_workspace).create(night).ok());
        m_ada = ada.id;
        m_ben = ben.id;
        m_day = day.id;
        m_night = night.id;
    }

    void cleanup() { m_workspace.reset(); }

    void noConflicts()
    {
        const qint64 id = add(m_ada, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0));
        add(m_ben, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0));
        add(m_ada, QDate(2026, 3, 4), QTime(8, 0), QTime(16, 0));
        QVERIFY(check(id).isEmpty());
        QVERIFY(ConflictChecker(*m_workspace).inWindow(QDate(2026, 3, 1), QDate(2026, 3, 31)).isEmpty());
    }

    void leave()
    {
        const qint64 annual = addLeave(m_ada, QDate(2026, 3, 3), QDate(2026, 3, 7), LeaveRequest::Status::Approved);
        const qint64 study = addLeave(m_ada, QDate(2026, 3, 4), QDate(2026, 3, 4), LeaveRequest::Status::Pending, LeaveRequest::Type::Study);
        addLeave(m_ada, QDate(2026, 3, 4), QDate(2026, 3, 4), LeaveRequest::Status::Denied);
        addLeave(m_ada, QDate(2026, 3, 1), QDate(2026, 3, 10), LeaveRequest::Status::Cancelled);
        addLeave(m_ben, QDate(2026, 3, 1), QDate(2026, 3, 10), LeaveRequest::Status::Approved);
        const qint64 id = add(m_ada, QDate(2026, 3, 4), QTime(8, 0), QTime(16, 0));

        const QList<ShiftConflict> conflicts = check(id);
        QCOMPARE(conflicts.size(), 2);
        QCOMPARE(conflicts.at(0), (ShiftConflict{Kind::OnLeave, id, annual, u"On annual leave from 3 Mar to 7 Mar 2026."_s}));
        QCOMPARE(conflicts.at(1), (ShiftConflict{Kind::LeaveRequested, id, study, u"Awaiting a decision on study leave on 4 Mar 2026."_s}));

        // A night starting the day before the leave belongs to that day.
        QVERIFY(check(add(m_ada, QDate(2026, 3, 2), QTime(20, 0), QTime(8, 0), m_night)).isEmpty());
        // Leave that spans two years names both.
        const qint64 newYear = addLeave(m_ben, QDate(2026, 12, 30), QDate(2027, 1, 2), LeaveRequest::Status::Approved, LeaveRequest::Type::Sick);
        const qint64 benShift = add(m_ben, QDate(2027, 1, 1), QTime(8, 0), QTime(16, 0));
        QCOMPARE(check(benShift),
                 QList<ShiftConflict>{(ShiftConflict{Kind::OnLeave, benShift, newYear, u"On sick leave from 30 Dec 2026 to 2 Jan 2027."_s})});
    }

    void cannotWorkDay()
    {
        addTerm(m_ada, QDate(2025, 9, 1), QDate(2026, 2, 28), {});
        addTerm(m_ada, QDate(2026, 3, 1), QDate(), {2, 6});
        const qint64 tuesday = add(m_ada, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0));
        const QList<ShiftConflict> conflicts = check(tuesday);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).kind, Kind::CannotWorkDay);
        QCOMPARE(conflicts.at(0).shift_id, tuesday);
        QCOMPARE(conflicts.at(0).other_id, std::nullopt);
        QCOMPARE(conflicts.at(0).message, u"Cannot work on a Tuesday under the working terms from 1 Mar 2026."_s);

        QVERIFY(check(add(m_ada, QDate(2026, 3, 4), QTime(8, 0), QTime(16, 0))).isEmpty());
        // Under the earlier terms Tuesdays were fine.
        QVERIFY(check(add(m_ada, QDate(2026, 2, 24), QTime(8, 0), QTime(16, 0))).isEmpty());
        QVERIFY(check(add(m_ben, QDate(2026, 3, 10), QTime(8, 0), QTime(16, 0))).isEmpty());
        QCOMPARE(kindsOf(check(addWholeDay(m_ada, QDate(2026, 3, 7)))), QList<Kind>{Kind::CannotWorkDay});
    }

    void doubleBooked()
    {
        const qint64 day = add(m_ada, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0));
        const qint64 late = add(m_ada, QDate(2026, 3, 3), QTime(12, 0), QTime(20, 0));
        add(m_ben, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0));
        QCOMPARE(check(day), QList<ShiftConflict>{(ShiftConflict{Kind::DoubleBooked, day, late, u"Already works D (12:00–20:00) on Tue 3 Mar."_s})});
        QCOMPARE(check(late), QList<ShiftConflict>{(ShiftConflict{Kind::DoubleBooked, late, day, u"Already works D (08:00–16:00) on Tue 3 Mar."_s})});
        // Shifts that only touch do not overlap (but leave no rest).
        // The rest before the evening is cut short by the late shift, not by the day shift.
        const qint64 evening = add(m_ada, QDate(2026, 3, 3), QTime(20, 0), QTime(23, 0));
        QCOMPARE(check(evening), QList<ShiftConflict>{(ShiftConflict{Kind::ShortRest, evening, late,
                                                                      u"Only 0 min rest after the D shift ending Tue 3 Mar 20:00 (11 h required)."_s})});
    }

    void overnightShiftOverlapsTheNextMorning()
    {
        const qint64 night = add(m_ada, QDate(2026, 3, 3), QTime(20, 0), QTime(8, 0), m_night);
        const qint64 morning = add(m_ada, QDate(2026, 3, 4), QTime(7, 30), QTime(15, 30));
        QCOMPARE(check(morning),
                 QList<ShiftConflict>{(ShiftConflict{Kind::DoubleBooked, morning, night, u"Already works N (20:00–08:00) on Tue 3 Mar."_s})});
        QCOMPARE(kindsOf(check(night)), QList<Kind>{Kind::DoubleBooked});
        QCOMPARE(check(night).at(0).other_id, morning);
        const QHash<qint64, QList<ShiftConflict>> window = ConflictChecker(*m_workspace).inWindow(QDate(2026, 3, 4), QDate(2026, 3, 4));
        QCOMPARE(window.keys(), QList<qint64>{morning});
        QCOMPARE(window.value(morning), check(morning));
    }

    // A long shift starting late in the evening ends the next evening, so the shift that cuts its
    // rest short can start two dates later: a window must look that far beyond its edges.
    void windowLooksTwoDatesAhead()
    {
        const qint64 before = add(m_ada, QDate(2026, 3, 1), QTime(22, 0), QTime(20, 0));
        const qint64 inside = add(m_ada, QDate(2026, 3, 3), QTime(5, 0), QTime(9, 0));
        const qint64 longInside = add(m_ben, QDate(2026, 3, 3), QTime(22, 0), QTime(20, 0));
        const qint64 after = add(m_ben, QDate(2026, 3, 5), QTime(5, 0), QTime(9, 0));
        QCOMPARE(check(inside).value(0).other_id, before);
        QCOMPARE(check(longInside).value(0).other_id, after);
        const QHash<qint64, QList<ShiftConflict>> window = ConflictChecker(*m_workspace).inWindow(QDate(2026, 3, 3), QDate(2026, 3, 3));
        QCOMPARE(window.size(), 2);
        QCOMPARE(window.value(inside), check(inside));
        QCOMPARE(window.value(longInside), check(longInside));
    }

    void wholeDayShiftTakesTheWholeDate()
    {
        const qint64 onCall = addWholeDay(m_ada, QDate(2026, 3, 4));
        const qint64 nightBefore = add(m_ada, QDate(2026, 3, 3), QTime(20, 0), QTime(8, 0), m_night);
        const qint64 dayShift = add(m_ada, QDate(2026, 3, 4), QTime(13, 0), QTime(17, 0));
        add(m_ada, QDate(2026, 3, 3), QTime(8, 0), QTime(0, 0)); // ends at midnight: touches only
        add(m_ada, QDate(2026, 3, 5), QTime(0, 0), QTime(6, 0)); // starts at the next midnight
        const QList<ShiftConflict> conflicts = check(onCall);
        QCOMPARE(kindsOf(conflicts), (QList<Kind>{Kind::DoubleBooked, Kind::DoubleBooked}));
        QCOMPARE(conflicts.at(0).other_id, nightBefore);
        QCOMPARE(conflicts.at(1).other_id, dayShift);
        QCOMPARE(check(dayShift).at(0), (ShiftConflict{Kind::DoubleBooked, dayShift, onCall, u"Already works D (all day) on Wed 4 Mar."_s}));
    }

    void restOfElevenHoursIsEnough()
    {
        const qint64 first = add(m_ada, QDate(2026, 3, 3), QTime(12, 0), QTime(20, 0));
        const qint64 exactly = add(m_ada, QDate(2026, 3, 4), QTime(7, 0), QTime(15, 0));
        QVERIFY(check(first).isEmpty());
        QVERIFY(check(exactly).isEmpty());

        const qint64 early = add(m_ben, QDate(2026, 3, 3), QTime(12, 0), QTime(20, 0));
        const qint64 short_ = add(m_ben, QDate(2026, 3, 4), QTime(6, 59), QTime(15, 0));
        QCOMPARE(check(short_), QList<ShiftConflict>{(ShiftConflict{Kind::ShortRest, short_, early,
                                                                     u"Only 10 h 59 min rest after the D shift ending Tue 3 Mar 20:00 (11 h required)."_s})});
        QCOMPARE(check(early), QList<ShiftConflict>{(ShiftConflict{Kind::ShortRest, early, short_,
                                                                    u"Only 10 h 59 min rest before the D shift starting Wed 4 Mar 06:59 (11 h required)."_s})});
    }

    void restIsOwedBetweenNeighbours()
    {
        const qint64 a = add(m_ada, QDate(2026, 3, 3), QTime(8, 0), QTime(10, 0));
        const qint64 b = add(m_ada, QDate(2026, 3, 3), QTime(12, 0), QTime(14, 0));
        const qint64 c = add(m_ada, QDate(2026, 3, 3), QTime(16, 0), QTime(18, 0));
        QCOMPARE(check(a).size(), 1);
        QCOMPARE(check(a).at(0).other_id, b);
        QCOMPARE(check(a).at(0).message, u"Only 2 h rest before the D shift starting Tue 3 Mar 12:00 (11 h required)."_s);
        QCOMPARE(kindsOf(check(b)), (QList<Kind>{Kind::ShortRest, Kind::ShortRest}));
        QCOMPARE(check(c).size(), 1);
        QCOMPARE(check(c).at(0).other_id, b);
        // Without the middle shift the other two are neighbours.
        QCOMPARE(check(a, {b}).at(0).other_id, c);
        QCOMPARE(check(a, {b}).at(0).message, u"Only 6 h rest before the D shift starting Tue 3 Mar 16:00 (11 h required)."_s);
        // Whole-day shifts are not checked for rest.
        QVERIFY(check(addWholeDay(m_ben, QDate(2026, 3, 3))).isEmpty());
        QVERIFY(check(add(m_ben, QDate(2026, 3, 4), QTime(4, 0), QTime(8, 0))).isEmpty());
    }

    void openAndCancelledShiftsNeverConflict()
    {
        addLeave(m_ada, QDate(2026, 3, 1), QDate(2026, 3, 10), LeaveRequest::Status::Approved);
        const qint64 open = add(std::nullopt, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0));
        const qint64 cancelled = add(m_ada, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0), m_day, Shift::Status::Cancelled);
        QVERIFY(check(open).isEmpty());
        QVERIFY(check(cancelled).isEmpty());
        // Neither is the other shift of anyone's conflict.
        const qint64 ada = add(m_ada, QDate(2026, 3, 3), QTime(9, 0), QTime(17, 0));
        QCOMPARE(kindsOf(check(ada)), QList<Kind>{Kind::OnLeave});
        const QHash<qint64, QList<ShiftConflict>> window = ConflictChecker(*m_workspace).inWindow(QDate(2026, 3, 3), QDate(2026, 3, 3));
        QCOMPARE(window.keys(), QList<qint64>{ada});
    }

    void ignoredShiftsAreAbsent()
    {
        const qint64 first = add(m_ada, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0));
        const qint64 second = add(m_ada, QDate(2026, 3, 3), QTime(9, 0), QTime(17, 0));
        QCOMPARE(kindsOf(check(first)), QList<Kind>{Kind::DoubleBooked});
        QVERIFY(check(first, {second}).isEmpty());
        QVERIFY(check(first, {first}).size() == 1);
    }

    // check() answers for a shift as it would be stored: a new one, or a stored one at its new
    // place, which does not clash with its own old place.
    void checksTheShiftAsGiven()
    {
        const qint64 id = add(m_ada, QDate(2026, 3, 3), QTime(8, 0), QTime(16, 0));
        const ConflictChecker checker(*m_workspace);
        Shift moved = stored(id);
        QVERIFY(moved.setLocalTimes(QDate(2026, 3, 3), QTime(10, 0), QTime(18, 0), "Europe/London").isEmpty());
        QVERIFY(checker.check(moved).isEmpty());

        Shift fresh = shift(m_ada, m_day, QDate(2026, 3, 3), QTime(15, 0), QTime(19, 0));
        const QList<ShiftConflict> conflicts = checker.check(fresh);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.at(0).shift_id, 0);
        QCOMPARE(conflicts.at(0).other_id, id);
        fresh.clinician_id = std::nullopt;
        QVERIFY(checker.check(fresh).isEmpty());
    }

    // Rest and overlap are measured in real hours: a night across the change of clocks in
    // October lasts 13 hours, and a gap across a change is an hour longer or shorter than the
    // wall clock says.
    void changeOfClocksInOctober()
    {
        const qint64 night = add(m_ada, QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0), m_night);
        QCOMPARE(stored(night).duration_minutes, 13 * 60);
        const qint64 evening = add(m_ada, QDate(2026, 10, 25), QTime(19, 0), QTime(23, 0));
        QVERIFY(check(night).isEmpty());
        QVERIFY(check(evening).isEmpty());
        const qint64 morning = add(m_ada, QDate(2026, 10, 25), QTime(7, 0), QTime(8, 0));
        QCOMPARE(check(morning), QList<ShiftConflict>{(ShiftConflict{Kind::DoubleBooked, morning, night,
                                                                      u"Already works N (20:00–08:00) on Sat 24 Oct."_s})});

        const qint64 earlier = add(m_ben, QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0), m_night);
        const qint64 tooSoon = add(m_ben, QDate(2026, 10, 25), QTime(18, 30), QTime(23, 0));
        QCOMPARE(check(tooSoon), QList<ShiftConflict>{(ShiftConflict{Kind::ShortRest, tooSoon, earlier,
                                                                      u"Only 10 h 30 min rest after the N shift ending Sun 25 Oct 08:00 (11 h required)."_s})});

        // 00:30 summer time to 10:30 winter time (the clocks went back on 26 October 2025) is
        // 11 real hours, 10 on the wall clock.
        const qint64 late = add(m_ada, QDate(2025, 10, 25), QTime(16, 30), QTime(0, 30));
        const qint64 next = add(m_ada, QDate(2025, 10, 26), QTime(10, 30), QTime(18, 0));
        QVERIFY(check(late).isEmpty());
        QVERIFY(check(next).isEmpty());
    }

    void changeOfClocksInMarch()
    {
        // 00:30 winter time to 11:30 summer time is 11 hours on the wall clock but 10 real hours.
        const qint64 late = add(m_ada, QDate(2026, 3, 28), QTime(16, 30), QTime(0, 30));
        const qint64 next = add(m_ada, QDate(2026, 3, 29), QTime(11, 30), QTime(19, 0));
        QCOMPARE(check(next),
                 QList<ShiftConflict>{(ShiftConflict{Kind::ShortRest, next, late, u"Only 10 h rest after the D shift ending Sun 29 Mar 00:30 (11 h required)."_s})});
        QCOMPARE(check(late).at(0).other_id, next);
        // The same wall-clock times a week later, with no change of clocks, leave 11 hours.
        add(m_ben, QDate(2026, 4, 4), QTime(16, 30), QTime(0, 30));
        QVERIFY(check(add(m_ben, QDate(2026, 4, 5), QTime(11, 30), QTime(19, 0))).isEmpty());
    }

    // The calendar's window query agrees with checking every shift on its own, over a populated
    // demo department with extra shifts and leave that make every kind of conflict.
    void inWindowAgreesWithCheck()
    {
        m_workspace.reset();
        QTemporaryDir dir;
        m_workspace = openWorkspace(dir.filePath(u"demo.rota"_s));
        QVERIFY(m_workspace);
        const QDate today(2026, 11, 23);
        QVERIFY(DemoWorkspace::populate(*m_workspace, today).ok());

        const QDate from = today.addDays(-21);
        const QDate to = today.addDays(20);
        ShiftRepository shifts(*m_workspace);
        const QList<Shift> demo = shifts.inWindow(from.addDays(-3), to.addDays(3));
        QVERIFY(demo.size() > 500);

        // Extra shifts around some of the demo's: overlapping, too close, whole days, open and
        // cancelled ones, and shifts on days of leave and on excluded weekdays.
        int made = 0;
        for (qsizetype i = 0; i < demo.size(); i += 7) {
            const Shift &base = demo.at(i);
            if (!base.isTimed())
                continue;
            const QDateTime end = base.localEnd();
            Shift extra;
            extra.clinician_id = base.clinician_id;
            extra.shift_type_id = base.shift_type_id;
            FieldErrors errors;
            switch (made++ % 6) {
            case 0: // overlapping
                errors = extra.setLocalTimes(base.date, base.localStart().time().addSecs(3600), end.time().addSecs(3600), base.time_zone);
                break;
            case 1: // starts eight hours after the end
                errors = extra.setLocalTimes(end.addSecs(8 * 3600).date(), end.addSecs(8 * 3600).time(), end.addSecs(12 * 3600).time(), base.time_zone);
                break;
            case 2: // a whole day after the end
                extra.setWholeDay(end.date(), base.time_zone, 600);
                break;
            case 3: // open
                extra.clinician_id = std::nullopt;
                errors = extra.setLocalTimes(base.date, base.localStart().time(), end.time(), base.time_zone);
                break;
            case 4: // cancelled
                extra.status = Shift::Status::Cancelled;
                errors = extra.setLocalTimes(base.date, base.localStart().time(), end.time(), base.time_zone);
                break;
            default: // ends two hours before the start
                errors = extra.setLocalTimes(base.localStart().addSecs(-6 * 3600).date(), base.localStart().addSecs(-6 * 3600).time(),
                                             base.localStart().addSecs(-2 * 3600).time(), base.time_zone);
                break;
            }
            if (errors.isEmpty())
                QVERIFY(shifts.create(extra).ok());
        }
        const QList<LeaveRequest> leave = LeaveRequestRepository(*m_workspace).inWindow(from, to);
        for (const LeaveRequest &request : leave) {
            if (request.status == LeaveRequest::Status::Approved || request.status == LeaveRequest::Status::Pending)
                add(request.clinician_id, request.start_date, QTime(9, 0), QTime(17, 0), demo.at(0).shift_type_id);
        }
        for (const WorkingTerm &term : WorkingTermRepository(*m_workspace).inWindow(from, to)) {
            const QList<int> days = term.cannot_work_days.toList();
            if (days.isEmpty())
                continue;
            QDate date = std::max(from, term.start_date);
            while (date.dayOfWeek() != days.first())
                date = date.addDays(1);
            if (term.covers(date) && date <= to)
                add(term.clinician_id, date, QTime(9, 0), QTime(17, 0), demo.at(0).shift_type_id);
        }

        QHash<Kind, int> kinds;
        compareWithCheck(from, to, &kinds);
        for (const Kind kind : {Kind::OnLeave, Kind::LeaveRequested, Kind::CannotWorkDay, Kind::DoubleBooked, Kind::ShortRest})
            QVERIFY2(kinds.value(kind) > 0, qPrintable(u"no conflict of kind %1"_s.arg(int(kind))));

        // At the edges of a window its neighbours still count.
        for (int day = 0; day < 14; ++day)
            compareWithCheck(from.addDays(day), from.addDays(day));
        compareWithCheck(today, today.addDays(6));
        compareWithCheck(today.addDays(-6), today);

        // A handful of queries, however many shifts.
        const StatementTrace trace(m_workspace->handle());
        ConflictChecker(*m_workspace).inWindow(from, to);
        QVERIFY2(trace.statements().size() <= 5, qPrintable(trace.statements().join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestConflictChecker)
#include "tst_conflictchecker.moc"
