#pragma once

// Small, fixed test data for the UI tests, written through the repositories of core.

#include "model/clinician.h"
#include "model/leaverequest.h"
#include "model/shift.h"
#include "model/shifttype.h"
#include "model/team.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/leaverequestrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/workspace.h"
#include "workspacesession.h"

#include <QByteArray>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

namespace UiTestData {

using namespace Qt::StringLiterals;

// Monday 23 November 2026, 07:30 UTC: the "now" of every UI test.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 23), QTime(7, 30), QTimeZone::utc());
}

inline QDate monday()
{
    return QDate(2026, 11, 23);
}

inline const QByteArray &zone()
{
    static const QByteArray london("Europe/London");
    return london;
}

// Keeps window settings and the recent list of one test run inside its temporary folder.
inline void useSettingsIn(const QString &folder)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, folder);
    QSettings().clear();
}

inline void check(const StorageError &error)
{
    if (!error.ok())
        qFatal("test data not stored: %s", qPrintable(error.message));
}

// Creates an empty workspace at `path` in `session`, on the fixed clock.
inline void openEmpty(WorkspaceSession &session, const QString &path)
{
    check(session.open(path, Workspace::OpenMode::CreateNew));
    session.workspace()->setClock(now);
    check(session.workspace()->setSetting(u"time_zone"_s, QString::fromUtf8(zone())));
}

inline Team addTeam(Workspace &workspace, const QString &name)
{
    Team team;
    team.name = name;
    check(TeamRepository(workspace).create(team));
    return team;
}

inline Clinician addClinician(Workspace &workspace, const QString &name, std::optional<qint64> teamId = {},
                              const QString &grade = {}, bool active = true)
{
    Clinician clinician;
    clinician.name = name;
    clinician.team_id = teamId;
    clinician.grade = grade;
    clinician.active = active;
    check(ClinicianRepository(workspace).create(clinician));
    return clinician;
}

inline ShiftType addType(Workspace &workspace, const QString &code, const QString &name, const QString &colour,
                         QTime start, QTime end, int minutes)
{
    ShiftType type;
    type.code = code;
    type.name = name;
    type.colour = colour;
    type.start_time = start;
    type.end_time = end;
    type.duration_minutes = minutes;
    check(ShiftTypeRepository(workspace).create(type));
    return type;
}

inline Shift addShift(Workspace &workspace, std::optional<qint64> clinicianId, const ShiftType &type, QDate date)
{
    Shift shift;
    shift.clinician_id = clinicianId;
    shift.shift_type_id = type.id;
    if (type.isWholeDay()) {
        shift.setWholeDay(date, zone(), type.duration_minutes);
    } else if (const FieldErrors errors = shift.setLocalTimes(date, type.start_time, type.end_time, zone()); !errors.isEmpty()) {
        qFatal("shift times not valid: %s", qPrintable(errors.constFirst().message));
    }
    check(ShiftRepository(workspace).create(shift));
    return shift;
}

// The shift types and people the calendar view tests share.
struct CalendarPeople
{
    ShiftType day;    // 08:00-16:00
    ShiftType night;  // 20:00-08:00
    ShiftType onCall; // whole day
    Clinician alice;
    Clinician bob;
    Clinician carol;
};

inline CalendarPeople addCalendarPeople(Workspace &workspace)
{
    CalendarPeople people;
    people.day = addType(workspace, u"D"_s, u"Day"_s, u"#56B4E9"_s, QTime(8, 0), QTime(16, 0), 480);
    people.night = addType(workspace, u"N"_s, u"Night"_s, u"#CC79A7"_s, QTime(20, 0), QTime(8, 0), 720);
    people.onCall = addType(workspace, u"OC"_s, u"On-call"_s, u"#D55E00"_s, QTime(), QTime(), 600);
    people.alice = addClinician(workspace, u"Alice Smith"_s);
    people.bob = addClinician(workspace, u"Bob Jones"_s);
    people.carol = addClinician(workspace, u"Carol White"_s);
    return people;
}

inline LeaveRequest addLeave(Workspace &workspace, qint64 clinicianId, QDate from, QDate to, LeaveRequest::Status status,
                             LeaveRequest::Type type = LeaveRequest::Type::Annual)
{
    LeaveRequest leave;
    leave.clinician_id = clinicianId;
    leave.type = type;
    leave.start_date = from;
    leave.end_date = to;
    leave.status = status;
    leave.requested_at = u"2026-10-01T09:00:00Z"_s;
    if (status != LeaveRequest::Status::Pending)
        leave.processed_at = u"2026-10-02T09:00:00Z"_s;
    check(LeaveRequestRepository(workspace).create(leave));
    return leave;
}

inline JournalEntry lastJournalEntry(Workspace &workspace)
{
    Journal journal(workspace);
    const QList<JournalEntry> entries = journal.entries(journal.lastId() - 1, 1);
    return entries.isEmpty() ? JournalEntry() : entries.constFirst();
}

// Marks an existing workspace file as written by a far newer RotaDesk.
inline void makeTooNew(const QString &path)
{
    const QString connection = u"uitestdata-too-new"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (!db.open() || !QSqlQuery(db).exec(u"PRAGMA user_version = 9999"_s))
            qFatal("cannot change the test workspace's version");
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

} // namespace UiTestData

#include "model/workingterm.h"
#include "storage/workingtermrepository.h"

namespace UiTestData {

// A working term from `from` on, open-ended; `cannotWork` holds ISO weekdays (1 = Monday).
inline WorkingTerm addWorkingTerm(Workspace &workspace, qint64 clinicianId, QDate from, double percentage,
                                  std::optional<double> entitlementWeeks, const QList<int> &cannotWork = {})
{
    WorkingTerm term;
    term.clinician_id = clinicianId;
    term.start_date = from;
    term.percentage = percentage;
    term.annual_leave_entitlement = entitlementWeeks;
    term.cannot_work_days = WeekdaySet::fromList(cannotWork);
    if (percentage < 100)
        term.type = WorkingTerm::Type::LessThanFullTime;
    check(WorkingTermRepository(workspace).create(term));
    return term;
}

} // namespace UiTestData
