#include "demoworkspace.h"

#include "demoalertplanner.h"
#include "demodefinition.h"
#include "demoleaveplanner.h"
#include "demorandom.h"
#include "demorotaplanner.h"
#include "demostaffmember.h"
#include "model/reportingperiod.h"
#include "model/rota.h"
#include "model/shiftpattern.h"
#include "model/swaprequest.h"
#include "model/team.h"
#include "model/timeslot.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/recordtable.h"
#include "storage/recordtraits.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <map>

using namespace Qt::StringLiterals;

namespace {

constexpr int openShiftCount = 4;

StorageError failure(const QString &message)
{
    return {StorageError::Kind::Other, message, {}};
}

// "Isabel Fernández" -> "isabel.fernandez@domain"
QString emailFor(const QString &name, const QString &domain)
{
    QString local;
    for (const QChar c : name.normalized(QString::NormalizationForm_D).toLower()) {
        if (c >= u'a' && c <= u'z')
            local += c;
        else if ((c == u' ' || c == u'-') && !local.endsWith(u'.'))
            local += u'.';
    }
    return local + u'@' + domain;
}

// Validates, stamps and inserts records through one prepared statement per table. Unlike the
// repositories' create() this journals nothing: the whole demo is one journal entry.
template <typename T>
StorageError insertRecords(Workspace &workspace, QList<T> &records)
{
    const TableSpec &spec = RecordTraits<T>::spec();
    const QString now = workspace.nowIso();
    QList<QJsonObject> rows;
    rows.reserve(records.size());
    for (T &record : records) {
        if constexpr (requires { record.created_at; }) {
            if (record.created_at.isEmpty())
                record.created_at = now;
        }
        if constexpr (requires { record.updated_at; })
            record.updated_at = now;
        if (const FieldErrors errors = record.validate(); !errors.isEmpty())
            return {StorageError::Kind::Validation,
                    DemoWorkspace::tr("The demo %1 is not valid: %2").arg(spec.displayName, joinFieldErrors(errors)),
                    errors};
        rows.append(record.toJson());
    }
    QList<qint64> ids;
    if (StorageError error = RecordTable(workspace, spec).insertMany(rows, &ids); !error.ok())
        return error;
    for (qsizetype i = 0; i < records.size(); ++i)
        records[i].id = ids.at(i);
    return {};
}

// Builds the department in memory with the planners and writes it; one instance per populate().
class Builder
{
public:
    Builder(Workspace &workspace, const DemoDefinition &definition, QDate today)
        : m_workspace(workspace), m_definition(definition), m_today(today), m_from(today.addMonths(-3)),
          m_to(today.addMonths(3)), m_random(quint32(today.toJulianDay()))
    {
    }

    StorageError run();

private:
    StorageError writeSettings();
    StorageError writeShiftTypes();
    StorageError writeReportingPeriods();
    StorageError writeTeamsAndRotas();
    StorageError writeStaff();
    QList<WorkingTerm> termsFor(const DemoDefinition::TeamDefinition &team, const DemoDefinition::Member &member);
    void planShifts();
    void addOpenShifts(const QList<DemoAlertPlanner::Shortfall> &shortfalls);
    void planSwaps();
    qsizetype findColleague(const Shift &shift) const;
    QString nameOf(qint64 clinicianId) const;
    void countAffectedShifts();
    StorageError writeShifts();
    StorageError writeJournal();

    Workspace &m_workspace;
    const DemoDefinition &m_definition;
    QDate m_today;
    QDate m_from;
    QDate m_to;
    DemoRandom m_random;
    QList<ShiftType> m_types;
    QList<Team> m_teams;
    QList<Rota> m_rotas; // one per team
    qsizetype m_timeslotCount = 0;
    QList<DemoStaffMember> m_staff;
    QList<Clinician> m_clinicians;
    QList<WorkingTerm> m_terms;
    QList<LeaveRequest> m_leave;
    QList<Shift> m_shifts;
    QList<Alert> m_alerts;
    QList<SwapRequest> m_swaps;
    QList<qsizetype> m_swapShifts; // index into m_shifts for each swap
};

StorageError Builder::run()
{
    if (StorageError error = writeSettings(); !error.ok())
        return error;
    if (StorageError error = writeShiftTypes(); !error.ok())
        return error;
    if (StorageError error = writeReportingPeriods(); !error.ok())
        return error;
    if (StorageError error = writeTeamsAndRotas(); !error.ok())
        return error;
    if (StorageError error = writeStaff(); !error.ok())
        return error;

    DemoLeavePlanner leavePlanner(m_today, m_from, m_to, m_random);
    leavePlanner.setCoordinator(m_definition.coordinator);
    leavePlanner.setDenialReasons(m_definition.denialReasons);
    leavePlanner.setCapacityDenialReason(m_definition.capacityDenialReason);
    m_leave = leavePlanner.plan(m_staff);
    planShifts();
    planSwaps();
    countAffectedShifts();

    if (StorageError error = insertRecords(m_workspace, m_leave); !error.ok())
        return error;
    if (StorageError error = writeShifts(); !error.ok())
        return error;
    if (StorageError error = insertRecords(m_workspace, m_alerts); !error.ok())
        return error;
    for (qsizetype i = 0; i < m_swaps.size(); ++i)
        m_swaps[i].shift_id = m_shifts.at(m_swapShifts.at(i)).id;
    if (StorageError error = insertRecords(m_workspace, m_swaps); !error.ok())
        return error;
    return writeJournal();
}

StorageError Builder::writeSettings()
{
    if (StorageError error = m_workspace.setSetting(u"name"_s, m_definition.name); !error.ok())
        return error;
    return m_workspace.setSetting(u"time_zone"_s, QString::fromUtf8(m_definition.timeZone));
}

StorageError Builder::writeShiftTypes()
{
    m_types = m_definition.shiftTypes;
    return insertRecords(m_workspace, m_types);
}

// Four-month reporting periods, like a training rotation, from the first of the month the demo
// starts in until past its last day: today falls late in Period 1, so the workload report shows
// a period mostly worked.
StorageError Builder::writeReportingPeriods()
{
    QList<ReportingPeriod> periods;
    for (QDate start(m_from.year(), m_from.month(), 1); start <= m_to; start = start.addMonths(4)) {
        ReportingPeriod period;
        period.name = DemoWorkspace::tr("Period %1").arg(periods.size() + 1);
        period.start_date = start;
        period.end_date = start.addMonths(4).addDays(-1);
        periods.append(period);
    }
    return insertRecords(m_workspace, periods);
}

// Each team has its rota, built from a weekly pattern whose timeslots ask for the team's cover
// as the minimum, one more on day shifts as the ideal.
StorageError Builder::writeTeamsAndRotas()
{
    QList<ShiftPattern> patterns;
    for (const DemoDefinition::TeamDefinition &definition : m_definition.teams) {
        Team team;
        team.name = definition.name;
        m_teams.append(team);
        ShiftPattern pattern;
        pattern.name = DemoWorkspace::tr("%1 week").arg(definition.name);
        patterns.append(pattern);
    }
    if (StorageError error = insertRecords(m_workspace, m_teams); !error.ok())
        return error;
    if (StorageError error = insertRecords(m_workspace, patterns); !error.ok())
        return error;

    QList<Timeslot> timeslots;
    for (qsizetype t = 0; t < m_definition.teams.size(); ++t) {
        const DemoDefinition::TeamDefinition &definition = m_definition.teams.at(t);
        for (int weekday = 1; weekday <= 7; ++weekday) {
            const QMap<QString, int> &cover = weekday > 5 ? definition.weekendCover : definition.weekdayCover;
            for (const ShiftType &type : std::as_const(m_types)) {
                const int people = cover.value(type.code);
                if (people == 0)
                    continue;
                Timeslot slot;
                slot.shift_pattern_id = patterns.at(t).id;
                slot.weekday = weekday;
                slot.shift_type_id = type.id;
                // A whole-day type (on-call) runs from one morning to the next.
                slot.start_time = type.isWholeDay() ? QTime(9, 0) : type.start_time;
                slot.end_time = type.isWholeDay() ? QTime(9, 0) : type.end_time;
                slot.minimum = people;
                slot.ideal = people + (type.code == u"D"_s ? 1 : 0);
                slot.maximum = slot.ideal + 1;
                timeslots.append(slot);
            }
        }
        Rota rota;
        rota.name = DemoWorkspace::tr("%1 rota").arg(definition.name);
        rota.team_id = m_teams.at(t).id;
        rota.shift_pattern_id = patterns.at(t).id;
        rota.start_date = m_from;
        m_rotas.append(rota);
    }
    m_timeslotCount = timeslots.size();
    if (StorageError error = insertRecords(m_workspace, timeslots); !error.ok())
        return error;
    return insertRecords(m_workspace, m_rotas);
}

StorageError Builder::writeStaff()
{
    for (qsizetype t = 0; t < m_definition.teams.size(); ++t) {
        for (const DemoDefinition::Member &member : m_definition.teams.at(t).members) {
            Clinician clinician;
            clinician.name = member.name;
            clinician.team_id = m_teams.at(t).id;
            clinician.grade = member.grade;
            clinician.email = emailFor(member.name, m_definition.emailDomain);
            clinician.active = member.active;
            clinician.status = member.status;
            m_clinicians.append(clinician);
        }
    }
    if (StorageError error = insertRecords(m_workspace, m_clinicians); !error.ok())
        return error;

    qsizetype index = 0;
    for (qsizetype t = 0; t < m_definition.teams.size(); ++t) {
        for (const DemoDefinition::Member &member : m_definition.teams.at(t).members) {
            DemoStaffMember staffMember;
            staffMember.clinicianId = m_clinicians.at(index++).id;
            staffMember.team = int(t);
            staffMember.parentalLeave = member.parentalLeave;
            staffMember.terms = termsFor(m_definition.teams.at(t), member);
            for (WorkingTerm &term : staffMember.terms)
                term.clinician_id = staffMember.clinicianId;
            m_terms += staffMember.terms;
            m_staff.append(staffMember);
        }
    }
    return insertRecords(m_workspace, m_terms);
}

QList<WorkingTerm> Builder::termsFor(const DemoDefinition::TeamDefinition &team, const DemoDefinition::Member &member)
{
    WorkingTerm term = member.term;
    const int years = m_random.between(team.minYearsInPost, team.maxYearsInPost);
    term.start_date = m_from.addDays(-(years * 365 + m_random.between(14, 180)));
    const bool limited = term.type == WorkingTerm::Type::FixedTerm || term.type == WorkingTerm::Type::Locum;
    term.end_date = limited ? m_to.addDays(m_random.between(30, 330)) : QDate();
    if (member.leftDaysAgo > 0)
        term.end_date = m_today.addDays(-member.leftDaysAgo);
    if (!member.change)
        return {term};
    WorkingTerm next = member.change->term;
    next.start_date = m_today.addDays(member.change->afterDays);
    next.end_date = term.end_date;
    term.end_date = next.start_date.addDays(-1);
    return {term, next};
}

void Builder::planShifts()
{
    QList<DemoRotaPlanner::Cover> cover;
    for (const DemoDefinition::TeamDefinition &team : m_definition.teams) {
        DemoRotaPlanner::Cover teamCover;
        for (const ShiftType &type : std::as_const(m_types)) {
            teamCover.weekday.append(team.weekdayCover.value(type.code));
            teamCover.weekend.append(team.weekendCover.value(type.code));
        }
        cover.append(teamCover);
    }
    DemoRotaPlanner rotaPlanner(m_from, m_to, m_today, m_definition.timeZone, m_types, cover, m_random);
    rotaPlanner.setNotes(m_definition.shiftNotes);
    m_shifts = rotaPlanner.plan(m_staff, m_leave);

    std::map<qint64, qint64> rotaOfClinician;
    for (const DemoStaffMember &member : std::as_const(m_staff))
        rotaOfClinician[member.clinicianId] = m_rotas.at(member.team).id;
    for (Shift &shift : m_shifts)
        shift.rota_id = rotaOfClinician[*shift.clinician_id];

    DemoAlertPlanner alertPlanner(m_today, m_types, m_random);
    const QList<DemoAlertPlanner::Shortfall> shortfalls = alertPlanner.shortfalls(m_shifts, m_from, m_to);
    addOpenShifts(shortfalls);
    m_alerts = alertPlanner.plan(shortfalls, m_shifts, m_from);
}

// Some of the coming short days have their missing shift offered as an open shift with a
// claim code, as a coordinator would before asking around.
void Builder::addOpenShifts(const QList<DemoAlertPlanner::Shortfall> &shortfalls)
{
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_s;
    int added = 0;
    for (const DemoAlertPlanner::Shortfall &shortfall : shortfalls) {
        if (added == openShiftCount)
            break;
        const auto type = std::find_if(m_types.cbegin(), m_types.cend(),
                                       [&](const ShiftType &t) { return t.id == shortfall.shiftTypeId; });
        if (shortfall.date <= m_today || type == m_types.cend() || type->isWholeDay())
            continue;
        Shift shift;
        shift.shift_type_id = type->id;
        if (!shift.setLocalTimes(shortfall.date, type->start_time, type->end_time, m_definition.timeZone).isEmpty())
            continue;
        shift.counts_as_worked = type->counts_as_worked;
        shift.counts_toward_minimum = type->counts_toward_minimum;
        for (int i = 0; i < 6; ++i)
            shift.claim_code += alphabet.at(m_random.between(0, int(alphabet.size()) - 1));
        shift.notes = DemoWorkspace::tr("Open shift: claim it with the code %1.").arg(shift.claim_code);
        m_shifts.append(shift);
        ++added;
    }
}

// A colleague from the same team who is free the day before, the day of and the day after the
// shift, not on leave and allowed to work that day: taking the shift keeps every rota rule.
qsizetype Builder::findColleague(const Shift &shift) const
{
    const auto member = std::find_if(m_staff.cbegin(), m_staff.cend(),
                                     [&](const DemoStaffMember &m) { return m.clinicianId == shift.clinician_id; });
    for (qsizetype i = 0; i < m_staff.size(); ++i) {
        const DemoStaffMember &colleague = m_staff.at(i);
        const WorkingTerm *term = colleague.termOn(shift.date);
        if (colleague.team != member->team || colleague.clinicianId == member->clinicianId || !term
            || term->cannot_work_days.contains(shift.date.dayOfWeek()) || !term->fixed_working_days.isEmpty()
            || !term->fixed_half_days.isEmpty() || !term->participates_in_duty)
            continue;
        const bool busy = std::any_of(m_shifts.cbegin(), m_shifts.cend(), [&](const Shift &s) {
            return s.clinician_id == colleague.clinicianId && std::abs(s.date.daysTo(shift.date)) <= 1;
        });
        const bool away = std::any_of(m_leave.cbegin(), m_leave.cend(), [&](const LeaveRequest &l) {
            return l.clinician_id == colleague.clinicianId && l.status == LeaveRequest::Status::Approved
                && l.start_date <= shift.date && shift.date <= l.end_date;
        });
        if (!busy && !away)
            return i;
    }
    return -1;
}

QString Builder::nameOf(qint64 clinicianId) const
{
    const auto it = std::find_if(m_clinicians.cbegin(), m_clinicians.cend(),
                                 [&](const Clinician &c) { return c.id == clinicianId; });
    return it == m_clinicians.cend() ? QString() : it->name;
}

// A handful of swap requests: open ones for the coming weeks, one still open after its shift
// began (past due), one taken by a colleague (who now works the shift) and one withdrawn.
void Builder::planSwaps()
{
    struct Plan
    {
        SwapRequest::Status status;
        int fromDay;
        int toDay;
    };
    const Plan plans[] = {{SwapRequest::Status::Open, 3, 30},   {SwapRequest::Status::Open, 10, 45},
                          {SwapRequest::Status::Open, -10, -2}, {SwapRequest::Status::Taken, 5, 35},
                          {SwapRequest::Status::Deleted, 7, 40}};
    for (const Plan &plan : plans) {
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < m_shifts.size(); ++i) {
            const Shift &shift = m_shifts.at(i);
            const qint64 day = m_today.daysTo(shift.date);
            if (!shift.isOpen() && shift.isTimed() && day >= plan.fromDay && day <= plan.toDay
                && shift.status != Shift::Status::Cancelled && !m_swapShifts.contains(i))
                candidates.append(i);
        }
        m_random.shuffle(candidates);
        // A taken swap needs a colleague who can take it; try shifts until one has.
        qsizetype index = -1;
        qsizetype colleague = -1;
        for (const qsizetype candidate : std::as_const(candidates)) {
            if (plan.status == SwapRequest::Status::Taken)
                colleague = findColleague(m_shifts.at(candidate));
            if (plan.status != SwapRequest::Status::Taken || colleague >= 0) {
                index = candidate;
                break;
            }
        }
        if (index < 0)
            continue;
        Shift &shift = m_shifts[index];
        SwapRequest swap;
        swap.rota_id = shift.rota_id;
        swap.swap_start_utc = *shift.start_utc;
        swap.swap_end_utc = *shift.end_utc;
        swap.description = m_random.pick(m_definition.swapDescriptions);
        swap.beneficiary_id = *shift.clinician_id;
        swap.status = plan.status;
        swap.created_at = QDateTime(std::min(shift.date.addDays(-14), m_today.addDays(-2)), QTime(10, 15), Qt::UTC)
                              .toString(Qt::ISODate);
        if (plan.status == SwapRequest::Status::Taken) {
            swap.benefactor_id = m_staff.at(colleague).clinicianId;
            swap.taken_at = QDateTime(m_today.addDays(-1), QTime(16, 40), Qt::UTC).toString(Qt::ISODate);
            shift.clinician_id = swap.benefactor_id;
            shift.notes = DemoWorkspace::tr("Swapped from %1.").arg(nameOf(swap.beneficiary_id));
        }
        m_swaps.append(swap);
        m_swapShifts.append(index);
    }
}

// Requests not (or no longer) approved still overlap shifts: the number tells the coordinator
// what approving them would take.
void Builder::countAffectedShifts()
{
    std::map<qint64, QList<QDate>> datesByClinician;
    for (const Shift &shift : std::as_const(m_shifts)) {
        if (shift.clinician_id && shift.status != Shift::Status::Cancelled)
            datesByClinician[*shift.clinician_id].append(shift.date);
    }
    for (LeaveRequest &request : m_leave) {
        if (request.status == LeaveRequest::Status::Approved)
            continue;
        const QList<QDate> &dates = datesByClinician[request.clinician_id];
        request.affected_shift_count = int(std::count_if(dates.cbegin(), dates.cend(), [&](QDate date) {
            return date >= request.start_date && date <= request.end_date;
        }));
    }
}

StorageError Builder::writeShifts()
{
    const QString user = m_workspace.currentUser();
    const QString now = m_workspace.nowIso();
    for (Shift &shift : m_shifts) {
        shift.created_by = user;
        shift.created_at = now;
        shift.modified_by = user;
        shift.modified_at = now;
    }
    return ShiftRepository(m_workspace).insertBulk(m_shifts);
}

StorageError Builder::writeJournal()
{
    JournalEntry entry;
    entry.record_type = u"import"_s;
    entry.operation = u"demo"_s;
    entry.after = QJsonObject{
        {u"name"_s, m_definition.name},
        {u"from"_s, m_from.toString(Qt::ISODate)},
        {u"to"_s, m_to.toString(Qt::ISODate)},
        {u"teams"_s, m_teams.size()},
        {u"rotas"_s, m_rotas.size()},
        {u"timeslots"_s, m_timeslotCount},
        {u"clinicians"_s, m_clinicians.size()},
        {u"working_terms"_s, m_terms.size()},
        {u"shift_types"_s, m_types.size()},
        {u"shifts"_s, m_shifts.size()},
        {u"leave_requests"_s, m_leave.size()},
        {u"alerts"_s, m_alerts.size()},
        {u"swap_requests"_s, m_swaps.size()},
    };
    return Journal(m_workspace).append(entry);
}

} // namespace

StorageError DemoWorkspace::populate(Workspace &workspace, QDate today)
{
    if (!today.isValid())
        return failure(tr("The demo workspace needs a valid date for today."));
    QString message;
    const std::optional<DemoDefinition> definition = DemoDefinition::load(DemoDefinition::builtInPath(), &message);
    if (!definition)
        return failure(message);
    if (TeamRepository(workspace).count() > 0 || ClinicianRepository(workspace).count() > 0
        || ShiftTypeRepository(workspace).count() > 0 || ShiftRepository(workspace).count() > 0)
        return failure(tr("The workspace %1 already holds records; the demo department is only added to an "
                          "empty workspace.")
                           .arg(workspace.path()));

    Transaction transaction(workspace);
    if (!transaction.beginError().ok())
        return transaction.beginError();
    Builder builder(workspace, *definition, today);
    if (StorageError error = builder.run(); !error.ok())
        return error;
    return transaction.commit();
}
