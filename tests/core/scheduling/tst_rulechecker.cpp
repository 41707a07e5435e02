#include "../storage/storagetestsupport.h"

#include "model/alert.h"
#include "model/leaverequest.h"
#include "model/workingterm.h"
#include "scheduling/rulechecker.h"
#include "storage/alertrepository.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/workingtermrepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

// The rota of these tests lies in November 2026, after the clocks went back: London time is UTC.
class TestRuleChecker : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_ada = 0;
    qint64 m_ben = 0;
    qint64 m_cy = 0;
    qint64 m_day = 0;   // D 08:00-16:00
    qint64 m_night = 0; // N 20:00-08:00

    static QDate nov(int day) { return QDate(2026, 11, day); }

    void verifyStored(const StorageError &error)
    {
        if (!error.ok())
            qFatal("test data not stored: %s", qPrintable(error.message));
    }

    qint64 addClinician(const QString &name)
    {
        Clinician record = clinician(name);
        verifyStored(ClinicianRepository(*m_workspace).create(record));
        return record.id;
    }

    qint64 addType(const QString &code, QTime start, QTime end, int weekday = 0, int weekend = 0)
    {
        ShiftType type = dayShiftType(code);
        type.start_time = start;
        type.end_time = end;
        type.duration_minutes = int(start.secsTo(end) / 60 + (end <= start ? 24 * 60 : 0));
        type.minimum_weekday = weekday;
        type.minimum_weekend = weekend;
        verifyStored(ShiftTypeRepository(*m_workspace).create(type));
        return type.id;
    }

    qint64 add(std::optional<qint64> clinicianId, QDate date, QTime start = QTime(8, 0), QTime end = QTime(16, 0), qint64 typeId = 0)
    {
        Shift record = shift(clinicianId, typeId ? typeId : m_day, date, start, end);
        verifyStored(ShiftRepository(*m_workspace).create(record));
        return record.id;
    }

    qint64 addNight(qint64 clinicianId, QDate date) { return add(clinicianId, date, QTime(20, 0), QTime(8, 0), m_night); }

    void changeShift(qint64 id, const std::function<void(Shift &)> &change)
    {
        Shift record = *ShiftRepository(*m_workspace).get(id);
        change(record);
        verifyStored(ShiftRepository(*m_workspace).update(record));
    }

    qint64 addLeave(qint64 clinicianId, QDate from, QDate to, LeaveRequest::Status status)
    {
        LeaveRequest leave;
        leave.clinician_id = clinicianId;
        leave.type = LeaveRequest::Type::Annual;
        leave.start_date = from;
        leave.end_date = to;
        leave.status = status;
        if (status == LeaveRequest::Status::Denied)
            leave.denial_reason = u"Minimum staffing"_s;
        if (status != LeaveRequest::Status::Pending)
            leave.processed_at = u"2026-10-02T09:00:00Z"_s;
        verifyStored(LeaveRequestRepository(*m_workspace).create(leave));
        return leave.id;
    }

    qint64 addTerm(qint64 clinicianId, const std::function<void(WorkingTerm &)> &change)
    {
        WorkingTerm term;
        term.clinician_id = clinicianId;
        term.start_date = QDate(2026, 1, 1);
        change(term);
        verifyStored(WorkingTermRepository(*m_workspace).create(term));
        return term.id;
    }

    QList<Alert> found(const QString &type, QDate from, QDate to) const
    {
        QList<Alert> result;
        for (const Alert &alert : RuleChecker(*m_workspace).findings(from, to)) {
            if (alert.type == type)
                result << alert;
        }
        return result;
    }

    static QJsonObject details(const Alert &alert) { return QJsonDocument::fromJson(alert.details.toUtf8()).object(); }

    QList<Alert> stored(bool includeInactive = true) const { return AlertRepository(*m_workspace).list(includeInactive); }

    RuleChecker::RefreshResult refresh(QDate from, QDate to)
    {
        RuleChecker::RefreshResult result;
        const StorageError error = RuleChecker(*m_workspace).refresh(from, to, &result);
        if (!error.ok())
            qWarning("refresh failed: %s", qPrintable(error.message));
        return result;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = freshWorkspace(m_dir);
        QVERIFY(m_workspace);
        QVERIFY(m_workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok());
        m_ada = addClinician(u"Ada Lovelace"_s);
        m_ben = addClinician(u"Ben Okri"_s);
        m_cy = addClinician(u"Cy Twombly"_s);
        m_day = addType(u"D"_s, QTime(8, 0), QTime(16, 0));
        m_night = addType(u"N"_s, QTime(20, 0), QTime(8, 0));
    }

    void cleanup() { m_workspace.reset(); }

    void emptyRotaHasNoFindings()
    {
        QVERIFY(RuleChecker(*m_workspace).findings(nov(1), nov(30)).isEmpty());
        QVERIFY(RuleChecker(*m_workspace).findings(nov(30), nov(1)).isEmpty());
    }

    void coverageBelowMinimum()
    {
        const qint64 early = addType(u"E"_s, QTime(7, 0), QTime(15, 0), 2, 1);
        add(m_ada, nov(2), QTime(7, 0), QTime(15, 0), early);                          // Monday: 1 of 2
        add(std::nullopt, nov(3), QTime(7, 0), QTime(15, 0), early);                   // Tuesday: open only
        const qint64 cancelled = add(m_ben, nov(3), QTime(7, 0), QTime(15, 0), early); // ... and cancelled
        changeShift(cancelled, [](Shift &s) { s.status = Shift::Status::Cancelled; });
        add(m_ada, nov(4), QTime(7, 0), QTime(15, 0), early); // Wednesday: 2 of 2
        add(m_ben, nov(4), QTime(7, 0), QTime(15, 0), early);
        add(m_ben, nov(7), QTime(7, 0), QTime(15, 0), early); // Saturday: 1 of 1
        const qint64 supernumerary = add(m_cy, nov(8), QTime(7, 0), QTime(15, 0), early);
        changeShift(supernumerary, [](Shift &s) { s.counts_toward_minimum = false; }); // Sunday: 0 of 1

        const QList<Alert> alerts = found(u"coverage_below_minimum"_s, nov(2), nov(8));
        QCOMPARE(alerts.size(), 5); // Mon 1/2, Tue 0/2, Thu 0/2, Fri 0/2, Sun 0/1
        QCOMPARE(alerts.at(0).date, nov(2));
        QCOMPARE(alerts.at(0).severity, Alert::Severity::Warning);
        QVERIFY(!alerts.at(0).clinician_id);
        QCOMPARE(details(alerts.at(0)).value(u"assigned"_s).toInt(), 1);
        QCOMPARE(details(alerts.at(0)).value(u"required"_s).toInt(), 2);
        QCOMPARE(details(alerts.at(0)).value(u"shift_type_id"_s).toInteger(), early);
        QCOMPARE(alerts.at(0).message, u"Day E (E) on Mon 2 Nov 2026 has 1 of the 2 people needed."_s);
        QCOMPARE(alerts.at(1).date, nov(3));
        QCOMPARE(alerts.at(1).severity, Alert::Severity::Critical);
        QCOMPARE(details(alerts.at(1)).value(u"assigned"_s).toInt(), 0);
        QCOMPARE(alerts.at(2).date, nov(5));
        QCOMPARE(alerts.at(3).date, nov(6));
        QCOMPARE(alerts.at(4).date, nov(8));
        QCOMPARE(details(alerts.at(4)).value(u"required"_s).toInt(), 1);
        for (const Alert &alert : alerts)
            QVERIFY2(alert.validate().isEmpty(), qPrintable(alert.message));

        // An inactive type asks for nobody.
        ShiftType type = *ShiftTypeRepository(*m_workspace).get(early);
        type.active = false;
        verifyStored(ShiftTypeRepository(*m_workspace).update(type));
        QVERIFY(found(u"coverage_below_minimum"_s, nov(2), nov(8)).isEmpty());
    }

    void workingOnLeave()
    {
        addLeave(m_ada, nov(2), nov(3), LeaveRequest::Status::Approved);
        const qint64 onLeave = add(m_ada, nov(3));
        addLeave(m_ben, nov(3), nov(3), LeaveRequest::Status::Pending);
        add(m_ben, nov(3));
        addLeave(m_cy, nov(3), nov(3), LeaveRequest::Status::Denied);
        add(m_cy, nov(3));
        add(m_ada, nov(4)); // the day after the leave

        const QList<Alert> alerts = found(u"working_on_leave"_s, nov(1), nov(8));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).date, nov(3));
        QCOMPARE(alerts.at(0).clinician_id, m_ada);
        QCOMPARE(RuleChecker::findingKey(alerts.at(0)), u"shift:%1"_s.arg(onLeave));
        QCOMPARE(alerts.at(0).message, u"Ada Lovelace works D (08:00–16:00) on Tue 3 Nov 2026 while on approved annual leave."_s);
    }

    void cannotWorkDay()
    {
        addTerm(m_ada, [](WorkingTerm &t) { t.cannot_work_days = WeekdaySet::fromList({5}); });
        const qint64 friday = add(m_ada, nov(6));
        add(m_ada, nov(5));
        add(m_ben, nov(6));

        const QList<Alert> alerts = found(u"cannot_work_day"_s, nov(2), nov(8));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).date, nov(6));
        QCOMPARE(alerts.at(0).clinician_id, m_ada);
        QCOMPARE(details(alerts.at(0)).value(u"shift_id"_s).toInteger(), friday);
        QVERIFY2(alerts.at(0).message.contains(u"Friday"_s), qPrintable(alerts.at(0).message));
    }

    void mustWorkDayNotWorked()
    {
        const qint64 term = addTerm(m_ben, [](WorkingTerm &t) { t.must_work_days = WeekdaySet::fromList({5}); });
        add(m_ben, nov(6));                                                                         // worked
        const qint64 cancelled = add(m_ben, nov(13));                                               // cancelled: not worked
        changeShift(cancelled, [](Shift &s) { s.status = Shift::Status::Cancelled; });
        addLeave(m_ben, nov(20), nov(20), LeaveRequest::Status::Approved);                          // on leave
        addLeave(m_ben, nov(27), nov(27), LeaveRequest::Status::Pending);                           // only asked for

        const QList<Alert> alerts = found(u"must_work_day_not_worked"_s, nov(2), QDate(2026, 12, 31));
        QList<QDate> dates;
        for (const Alert &alert : alerts) {
            dates << alert.date;
            QCOMPARE(alert.clinician_id, m_ben);
            QCOMPARE(RuleChecker::findingKey(alert), u"working_term:%1"_s.arg(term));
        }
        // Christmas Day, a Friday, is a bank holiday.
        QCOMPARE(dates, (QList<QDate>{nov(13), nov(27), QDate(2026, 12, 4), QDate(2026, 12, 11), QDate(2026, 12, 18)}));
        QCOMPARE(alerts.at(0).message, u"Ben Okri has no shift on Fri 13 Nov 2026, a must-work Friday under the working terms from Thu 1 Jan 2026."_s);

        // Someone no longer on the staff owes no days.
        Clinician ben = *ClinicianRepository(*m_workspace).get(m_ben);
        ben.active = false;
        verifyStored(ClinicianRepository(*m_workspace).update(ben));
        QVERIFY(found(u"must_work_day_not_worked"_s, nov(2), QDate(2026, 12, 31)).isEmpty());
    }

    void doubleBooked()
    {
        const qint64 first = add(m_ada, nov(4), QTime(8, 0), QTime(16, 0));
        const qint64 second = add(m_ada, nov(4), QTime(12, 0), QTime(20, 0));
        // A night into Tuesday morning overlaps Tuesday's early start: dated on the later shift.
        const qint64 night = addNight(m_ben, nov(2));
        const qint64 early = add(m_ben, nov(3), QTime(7, 0), QTime(15, 0));
        add(m_cy, nov(2));
        add(m_cy, nov(5));

        QList<Alert> alerts = found(u"double_booked"_s, nov(2), nov(8));
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(0).date, nov(3));
        QCOMPARE(alerts.at(0).clinician_id, m_ben);
        QCOMPARE(RuleChecker::findingKey(alerts.at(0)), u"shifts:%1,%2"_s.arg(night).arg(early));
        QCOMPARE(alerts.at(0).severity, Alert::Severity::Critical);
        QCOMPARE(alerts.at(1).date, nov(4));
        QCOMPARE(alerts.at(1).clinician_id, m_ada);
        QCOMPARE(RuleChecker::findingKey(alerts.at(1)), u"shifts:%1,%2"_s.arg(first).arg(second));
        QCOMPARE(alerts.at(1).message,
                 u"Ada Lovelace is booked for D (08:00–16:00) on Wed 4 Nov 2026 and D (12:00–20:00) on Wed 4 Nov 2026 at the same time."_s);

        QVERIFY(found(u"double_booked"_s, nov(2), nov(2)).isEmpty()); // the pair belongs to Tuesday
        QCOMPARE(found(u"double_booked"_s, nov(3), nov(3)).size(), 1);
    }

    void restTooShort()
    {
        const qint64 late = add(m_ada, nov(5), QTime(13, 0), QTime(21, 0));
        const qint64 early = add(m_ada, nov(6), QTime(7, 0), QTime(15, 0));
        add(m_ben, nov(5), QTime(8, 0), QTime(16, 0));
        add(m_ben, nov(6), QTime(8, 0), QTime(16, 0)); // 16 h rest

        const QList<Alert> alerts = found(u"rest_too_short"_s, nov(2), nov(8));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).date, nov(6));
        QCOMPARE(alerts.at(0).clinician_id, m_ada);
        QCOMPARE(details(alerts.at(0)).value(u"rest_minutes"_s).toInt(), 10 * 60);
        QCOMPARE(RuleChecker::findingKey(alerts.at(0)), u"shifts:%1,%2"_s.arg(late).arg(early));
        QCOMPARE(alerts.at(0).message,
                 u"Ada Lovelace has only 10 h rest between D ending Thu 5 Nov 21:00 and D starting Fri 6 Nov 07:00; 11 h are required."_s);
        QVERIFY(found(u"rest_too_short"_s, nov(5), nov(5)).isEmpty());
    }

    void tooManyConsecutiveNights()
    {
        for (int day = 2; day <= 7; ++day) // Monday to Saturday: six nights
            addNight(m_ada, nov(day));
        for (int day = 2; day <= 5; ++day) // four nights are allowed
            addNight(m_ben, nov(day));
        // 18:00-01:00 has two hours between 23:00 and 06:00: an evening, not a night.
        for (int day = 2; day <= 7; ++day)
            add(m_cy, nov(day), QTime(18, 0), QTime(1, 0));

        QList<Alert> alerts = found(u"too_many_consecutive_nights"_s, nov(1), nov(30));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).date, nov(6)); // the fifth night
        QCOMPARE(alerts.at(0).clinician_id, m_ada);
        QCOMPARE(details(alerts.at(0)).value(u"nights"_s).toInt(), 6);
        QCOMPARE(details(alerts.at(0)).value(u"limit"_s).toInt(), 4);
        QCOMPARE(alerts.at(0).message, u"Ada Lovelace works 6 nights in a row from Mon 2 Nov 2026 to Sat 7 Nov 2026; at most 4 are allowed."_s);
        QCOMPARE(found(u"too_many_consecutive_nights"_s, nov(6), nov(6)).size(), 1);
        QVERIFY(found(u"too_many_consecutive_nights"_s, nov(7), nov(30)).isEmpty());

        // 20:00-02:00 has three hours in the night: it counts.
        for (int day = 2; day <= 7; ++day)
            changeShift(ShiftRepository(*m_workspace).inWindow(nov(day), nov(day), m_cy).constFirst().id,
                        [&](Shift &s) { QVERIFY(s.setLocalTimes(nov(day), QTime(20, 0), QTime(2, 0), "Europe/London").isEmpty()); });
        QCOMPARE(found(u"too_many_consecutive_nights"_s, nov(1), nov(30)).size(), 2);

        QVERIFY(m_workspace->setSetting(RuleChecker::maxConsecutiveNightsKey(), u"6"_s).ok());
        QVERIFY(found(u"too_many_consecutive_nights"_s, nov(1), nov(30)).isEmpty());
    }

    void weeklyHoursOverFte()
    {
        addTerm(m_ada, [](WorkingTerm &t) { t.percentage = 50; }); // 24 h of 48
        for (int day = 2; day <= 5; ++day)                          // 8 h Monday to Thursday
            add(m_ada, nov(day));
        const qint64 training = add(m_ada, nov(10));
        changeShift(training, [](Shift &s) { s.counts_as_worked = false; });
        add(m_ada, nov(9)); // next week: 8 h of training and 16 h of work
        add(m_ada, nov(11));
        for (int day = 2; day <= 6; ++day) // no terms: full time, 40 of 48 h
            add(m_ben, nov(day));

        QList<Alert> alerts = found(u"weekly_hours_over_fte"_s, nov(1), nov(30));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).date, nov(5)); // 32 h by Thursday
        QCOMPARE(alerts.at(0).clinician_id, m_ada);
        QCOMPARE(details(alerts.at(0)).value(u"worked_minutes"_s).toInt(), 32 * 60);
        QCOMPARE(details(alerts.at(0)).value(u"limit_minutes"_s).toInt(), 24 * 60);
        QCOMPARE(RuleChecker::findingKey(alerts.at(0)), u"week:2026-11-02"_s);
        QCOMPARE(alerts.at(0).message,
                 u"Ada Lovelace works 32 h in the week from Mon 2 Nov 2026, more than 24 h (50% of a 48 h full-time week)."_s);
        QVERIFY(found(u"weekly_hours_over_fte"_s, nov(6), nov(8)).isEmpty());

        QVERIFY(m_workspace->setSetting(RuleChecker::fullTimeWeeklyHoursKey(), u"37.5"_s).ok());
        alerts = found(u"weekly_hours_over_fte"_s, nov(1), nov(30));
        QCOMPARE(alerts.size(), 2);
        QCOMPARE(alerts.at(1).date, nov(6)); // Ben: 40 h by Friday, above 37.5 h
        QCOMPARE(alerts.at(1).clinician_id, m_ben);
        QCOMPARE(details(alerts.at(1)).value(u"limit_minutes"_s).toInt(), 2250);
    }

    void leaveQuotaExceeded()
    {
        addTerm(m_ada, [](WorkingTerm &t) { t.annual_leave_entitlement = 1.0; });
        addTerm(m_ben, [](WorkingTerm &t) { t.annual_leave_entitlement = 1.0; });
        addLeave(m_ada, nov(2), nov(6), LeaveRequest::Status::Approved); // one week: all of it
        const qint64 beyond = addLeave(m_ada, nov(9), nov(10), LeaveRequest::Status::Pending);
        addLeave(m_ben, nov(2), nov(6), LeaveRequest::Status::Approved);
        addLeave(m_ben, nov(9), nov(10), LeaveRequest::Status::Denied);

        const QList<Alert> alerts = found(u"leave_quota_exceeded"_s, QDate(2026, 1, 1), QDate(2026, 12, 31));
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.at(0).date, nov(9));
        QCOMPARE(alerts.at(0).clinician_id, m_ada);
        QCOMPARE(details(alerts.at(0)).value(u"leave_request_id"_s).toInteger(), beyond);
        QCOMPARE(details(alerts.at(0)).value(u"remaining_weeks"_s).toDouble(), -0.4);
        QCOMPARE(RuleChecker::findingKey(alerts.at(0)), u"leave_year:2026-01-01"_s);
        QVERIFY(found(u"leave_quota_exceeded"_s, nov(1), nov(8)).isEmpty());
    }

    void refreshCreatesThenLeavesUnchanged()
    {
        addType(u"E"_s, QTime(7, 0), QTime(15, 0), 1, 0);
        add(m_ada, nov(5), QTime(13, 0), QTime(21, 0));
        add(m_ada, nov(6), QTime(7, 0), QTime(15, 0));
        // Wednesday to Friday lack an early; Friday has a short rest.
        const QDate from = nov(4), to = nov(6);
        const QList<Alert> expected = RuleChecker(*m_workspace).findings(from, to);
        QCOMPARE(expected.size(), 4);

        const qint64 journalBefore = Journal(*m_workspace).lastId();
        RuleChecker::RefreshResult result = refresh(from, to);
        QCOMPARE(result.created, 4);
        QCOMPARE(result.resolved, 0);
        QCOMPARE(result.unchanged, 0);
        const QList<Alert> alerts = stored();
        QCOMPARE(alerts.size(), 4);
        QSet<QString> types;
        for (const Alert &alert : alerts) {
            QCOMPARE(alert.status, Alert::Status::Active);
            QCOMPARE(alert.created_at, u"2026-11-23T07:30:00Z"_s);
            types << alert.type;
        }
        QCOMPARE(types, (QSet<QString>{u"coverage_below_minimum"_s, u"rest_too_short"_s}));

        // One transaction: the four creations share one batch.
        const QList<JournalEntry> entries = Journal(*m_workspace).entries(journalBefore);
        QCOMPARE(entries.size(), 4);
        for (const JournalEntry &entry : entries) {
            QCOMPARE(entry.record_type, u"alert"_s);
            QCOMPARE(entry.operation, u"create"_s);
            QCOMPARE(entry.batch_id, entries.constFirst().batch_id);
        }

        const qint64 journalAfter = Journal(*m_workspace).lastId();
        result = refresh(from, to);
        QCOMPARE(result.created, 0);
        QCOMPARE(result.resolved, 0);
        QCOMPARE(result.unchanged, 4);
        QCOMPARE(stored(), alerts);
        QCOMPARE(Journal(*m_workspace).lastId(), journalAfter);
    }

    void refreshResolvesWhatIsFixed()
    {
        const qint64 early = addType(u"E"_s, QTime(7, 0), QTime(15, 0), 1, 0);
        const qint64 late = add(m_ada, nov(5), QTime(13, 0), QTime(21, 0), early);
        add(m_ada, nov(6), QTime(7, 0), QTime(15, 0), early);
        QCOMPARE(refresh(nov(5), nov(6)).created, 1); // the rest only: both days have their early
        const Alert rest = stored().constFirst();
        QCOMPARE(rest.type, u"rest_too_short"_s);

        // The late finish moves to 19:00: 12 h of rest.
        changeShift(late, [&](Shift &s) { QVERIFY(s.setLocalTimes(nov(5), QTime(11, 0), QTime(19, 0), "Europe/London").isEmpty()); });
        m_workspace->setClock([] { return QDateTime(QDate(2026, 11, 23), QTime(9, 15), QTimeZone::utc()); });
        const RuleChecker::RefreshResult result = refresh(nov(5), nov(6));
        QCOMPARE(result.created, 0);
        QCOMPARE(result.resolved, 1);
        const Alert resolved = *AlertRepository(*m_workspace).get(rest.id);
        QCOMPARE(resolved.status, Alert::Status::Resolved);
        QCOMPARE(resolved.resolved_at, u"2026-11-23T09:15:00Z"_s);
        const JournalEntry entry = Journal(*m_workspace).entriesForRecord(u"alert"_s, rest.id).constLast();
        QCOMPARE(entry.operation, u"resolve"_s);

        // A resolved alert stays resolved; the problem coming back raises a new one.
        QCOMPARE(refresh(nov(5), nov(6)).resolved, 0);
        changeShift(late, [&](Shift &s) { QVERIFY(s.setLocalTimes(nov(5), QTime(13, 0), QTime(21, 0), "Europe/London").isEmpty()); });
        QCOMPARE(refresh(nov(5), nov(6)).created, 1);
        QCOMPARE(stored().size(), 2);
    }

    void refreshUpdatesChangedNumbers()
    {
        const qint64 early = addType(u"E"_s, QTime(7, 0), QTime(15, 0), 2, 0);
        QCOMPARE(refresh(nov(4), nov(4)).created, 1);
        const Alert before = stored().constFirst();
        QCOMPARE(before.severity, Alert::Severity::Critical);

        add(m_ada, nov(4), QTime(7, 0), QTime(15, 0), early);
        const RuleChecker::RefreshResult result = refresh(nov(4), nov(4));
        QCOMPARE(result.updated, 1);
        QCOMPARE(result.created, 0);
        QCOMPARE(result.resolved, 0);
        const Alert after = *AlertRepository(*m_workspace).get(before.id);
        QCOMPARE(after.status, Alert::Status::Active);
        QCOMPARE(after.severity, Alert::Severity::Warning);
        QCOMPARE(details(after).value(u"assigned"_s).toInt(), 1);
        QVERIFY(after.message.contains(u"1 of the 2"_s));
    }

    void refreshDoesNotRaiseDismissedAgain()
    {
        addType(u"E"_s, QTime(7, 0), QTime(15, 0), 1, 0);
        QCOMPARE(refresh(nov(4), nov(4)).created, 1);
        Alert alert = stored().constFirst();
        alert.status = Alert::Status::Dismissed;
        alert.resolved_at = u"2026-11-23T07:30:00Z"_s;
        QVERIFY(AlertRepository(*m_workspace).applyAction(u"dismiss"_s, alert).ok());

        const RuleChecker::RefreshResult result = refresh(nov(4), nov(4));
        QCOMPARE(result.created, 0);
        QCOMPARE(result.resolved, 0);
        QCOMPARE(result.unchanged, 1);
        QCOMPARE(stored().size(), 1);
        QCOMPARE(stored().constFirst().status, Alert::Status::Dismissed);
    }

    void refreshLeavesOtherAlertsAlone()
    {
        Alert server;
        server.type = u"swap_pending"_s;
        server.date = nov(4);
        server.message = u"A swap waits for approval."_s;
        QVERIFY(AlertRepository(*m_workspace).create(server).ok());
        Alert outside;
        outside.type = u"coverage_below_minimum"_s;
        outside.date = nov(9);
        outside.message = u"Short on Monday."_s;
        QVERIFY(AlertRepository(*m_workspace).create(outside).ok());

        const RuleChecker::RefreshResult result = refresh(nov(2), nov(8));
        QCOMPARE(result.resolved, 0);
        QCOMPARE(AlertRepository(*m_workspace).get(server.id)->status, Alert::Status::Active);
        QCOMPARE(AlertRepository(*m_workspace).get(outside.id)->status, Alert::Status::Active);
    }

    void refreshRefusesABackwardPeriod()
    {
        RuleChecker::RefreshResult result;
        result.created = 7;
        const StorageError error = RuleChecker(*m_workspace).refresh(nov(8), nov(2), &result);
        QCOMPARE(error.kind, StorageError::Kind::Validation);
        QCOMPARE(result.created, 0);
    }
};

QTEST_GUILESS_MAIN(TestRuleChecker)
#include "tst_rulechecker.moc"
