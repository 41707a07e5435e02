#include "rotaproblem.h"

#include "calendar/bankholidays.h"
#include "calendar/minimumcover.h"
#include "calendar/timeslotfit.h"
#include "model/leaverequest.h"
#include "model/team.h"
#include "model/workingterm.h"
#include "model/zonerules.h"
#include "scheduling/conflictchecker.h"
#include "scheduling/rulechecker.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/teamrepository.h"
#include "storage/timeslotrepository.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"

#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

constexpr int MinutesPerDay = 24 * 60;
// Fair targets are products of fractions; a target this close to a whole number is that number.
constexpr double TargetTolerance = 1e-9;

bool takesPart(const Shift &shift)
{
    return shift.status != Shift::Status::Cancelled;
}

// The local minutes a type takes up counted from midnight of its day, [begin, end): a whole-day
// type its whole date, a timed one ending at or before its start the next morning.
std::pair<int, int> localSpan(const ShiftType &type)
{
    if (type.isWholeDay())
        return {0, MinutesPerDay};
    const int begin = type.start_time.msecsSinceStartOfDay() / 60000;
    int end = type.end_time.msecsSinceStartOfDay() / 60000;
    if (end <= begin)
        end += MinutesPerDay;
    return {begin, end};
}

// Whether `next` on the day after `first` starts before `first` ends or less than the minimum
// rest after it (rest is owed between timed shifts only, as the conflict checker judges it).
bool cannotFollow(const ShiftType &first, const ShiftType &next)
{
    const int firstEnd = localSpan(first).second;
    const int nextBegin = localSpan(next).first + MinutesPerDay;
    if (nextBegin < firstEnd)
        return true;
    return !first.isWholeDay() && !next.isWholeDay() && nextBegin - firstEnd < ConflictChecker::MinimumRestMinutes;
}

// The successions the nominal times allow but a change of clocks in the night after a day makes
// too short in real time (a long day before the clocks go forward, a day shift after it).
std::vector<RosterModel::DaySuccession> clockChangeSuccessions(const QList<ShiftType> &types, const RosterModel &model, QDate start,
                                                               const ZoneRules *zone)
{
    std::vector<RosterModel::DaySuccession> rules;
    if (!zone)
        return rules;
    const auto offsetAtNoon = [zone](QDate date) { return zone->offsetAt(zone->toUtc(date, QTime(12, 0)).utcSecs); };
    for (int day = 0; day + 1 < model.days; ++day) {
        const QDate date = start.addDays(day);
        if (offsetAtNoon(date) == offsetAtNoon(date.addDays(1)))
            continue;
        for (int a = 0; a < int(types.size()); ++a) {
            const ShiftType &first = types.at(a);
            if (first.isWholeDay())
                continue;
            const QDate endDate = first.end_time <= first.start_time ? date.addDays(1) : date;
            const qint64 end = zone->toUtc(endDate, first.end_time).utcSecs;
            for (int b = 0; b < int(types.size()); ++b) {
                const ShiftType &next = types.at(b);
                if (next.isWholeDay() || model.shifts[std::size_t(a)].cannotFollow[std::size_t(b)])
                    continue;
                const qint64 begin = zone->toUtc(date.addDays(1), next.start_time).utcSecs;
                if ((begin - end) / 60 < ConflictChecker::MinimumRestMinutes)
                    rules.push_back({day, a, b});
            }
        }
    }
    return rules;
}

// Each week's limit of hours: the employee's, or what her fixed shifts of the week already hold
// when that is more, so that a week the search cannot change does not count against it and one
// it can change is only judged on what is added.
std::vector<int> weekLimits(const RosterModel &model, const RosterModel::Employee &employee)
{
    if (employee.maxWeekMinutes <= 0)
        return {};
    std::vector<int> limits(std::size_t(model.weekOf(model.days - 1) + 1), employee.maxWeekMinutes);
    std::vector<int> fixedMinutes(limits.size(), 0);
    for (int day = 0; day < model.days; ++day) {
        if (const int value = employee.fixed[std::size_t(day)]; value >= 0)
            fixedMinutes[std::size_t(model.weekOf(day))] += model.shifts[std::size_t(value)].minutes;
    }
    bool raised = false;
    for (std::size_t week = 0; week < limits.size(); ++week) {
        if (fixedMinutes[week] > limits[week]) {
            limits[week] = fixedMinutes[week];
            raised = true;
        }
    }
    return raised ? limits : std::vector<int>{};
}

const WorkingTerm *termOn(const QList<WorkingTerm> &terms, QDate date)
{
    const auto it = std::find_if(terms.cbegin(), terms.cend(), [&](const WorkingTerm &term) { return term.covers(date); });
    return it == terms.cend() ? nullptr : &*it;
}

bool rotaCovers(const Rota &rota, QDate date)
{
    return rota.shift_pattern_id && rota.start_date.isValid() && rota.start_date <= date
        && (!rota.end_date.isValid() || date <= rota.end_date);
}

} // namespace

std::optional<RotaProblem> RotaProblem::build(const Workspace &constWorkspace, const GenerationSettings &settings, QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (const FieldErrors errors = settings.validate(); !errors.isEmpty())
        return fail(tr("The settings are not valid: %1").arg(joinFieldErrors(errors)));
    // Repositories take a Workspace; everything here only reads.
    Workspace &workspace = const_cast<Workspace &>(constWorkspace);

    RotaProblem problem;
    problem.m_settings = settings;
    problem.m_timeZone = workspace.timeZone();
    const QDate before = settings.from.addDays(-7);
    const QDate after = settings.to.addDays(7);
    problem.m_modelStart = before.addDays(1 - before.dayOfWeek());
    const QDate modelEnd = after.addDays(7 - after.dayOfWeek());
    RosterModel &model = problem.m_model;
    model.days = int(problem.m_modelStart.daysTo(modelEnd)) + 1;
    model.firstWeekday = problem.m_modelStart.dayOfWeek();
    const int days = model.days;
    const int first = problem.firstDay();
    const int last = problem.lastDay();
    const auto inPeriod = [&](int day) { return day >= first && day <= last; };

    // The rows: active clinicians of the chosen teams in duty on some day of the period.
    QHash<qint64, QString> teamNames;
    for (const Team &team : TeamRepository(workspace).all())
        teamNames.insert(team.id, team.name);
    const QSet<qint64> chosenTeams(settings.teamIds.cbegin(), settings.teamIds.cend());
    const auto chosen = [&](std::optional<qint64> teamId) { return chosenTeams.isEmpty() || (teamId && chosenTeams.contains(*teamId)); };
    QHash<qint64, QList<WorkingTerm>> terms;
    for (const WorkingTerm &term : WorkingTermRepository(workspace).inWindow(settings.from, settings.to))
        terms[term.clinician_id].append(term);
    ClinicianFilter filter;
    filter.activeOnly = true;
    for (const Clinician &clinician : ClinicianRepository(workspace).list(filter)) {
        if (!clinician.active || clinician.status != Clinician::Status::Active || !chosen(clinician.team_id))
            continue;
        const QList<WorkingTerm> own = terms.value(clinician.id);
        if (std::any_of(own.cbegin(), own.cend(), [](const WorkingTerm &term) { return term.participates_in_duty; }))
            problem.m_clinicians.append(clinician);
    }
    if (problem.m_clinicians.isEmpty())
        return fail(tr("Nobody can be planned: no active clinician of the chosen teams is on duty between %1 and %2.")
                        .arg(settings.from.toString(Qt::ISODate), settings.to.toString(Qt::ISODate)));
    const auto teamName = [&](const Clinician &clinician) { return clinician.team_id ? teamNames.value(*clinician.team_id) : QString(); };
    std::sort(problem.m_clinicians.begin(), problem.m_clinicians.end(), [&](const Clinician &a, const Clinician &b) {
        return std::tuple(teamName(a), a.name, a.id) < std::tuple(teamName(b), b.name, b.id);
    });
    const int rows = int(problem.m_clinicians.size());
    QHash<qint64, int> rowOf;
    for (int row = 0; row < rows; ++row)
        rowOf.insert(problem.m_clinicians.at(row).id, row);

    // The shifts of the model's days, of everyone: others' count as cover already there.
    const QList<Shift> shifts = ShiftRepository(workspace).inWindow(problem.m_modelStart, modelEnd);
    QSet<qint64> usedTypes;
    for (const Shift &shift : shifts) {
        if (takesPart(shift) && shift.clinician_id && rowOf.contains(*shift.clinician_id))
            usedTypes.insert(shift.shift_type_id);
    }
    QHash<qint64, int> typeIndex;
    for (const ShiftType &type : ShiftTypeRepository(workspace).all()) {
        if (!type.active && !usedTypes.contains(type.id))
            continue;
        typeIndex.insert(type.id, int(problem.m_types.size()));
        problem.m_types.append(type);
    }
    const int types = int(problem.m_types.size());
    if (types > RosterModel::MaxShiftTypes)
        return fail(tr("There are %1 shift types to plan; the generator handles at most %2.").arg(types).arg(RosterModel::MaxShiftTypes));
    if (types == 0)
        return fail(tr("There is no active shift type to plan."));
    for (const ShiftType &type : std::as_const(problem.m_types)) {
        RosterModel::ShiftType modelType;
        modelType.id = type.code;
        modelType.minutes = type.counts_as_worked ? type.duration_minutes : 0;
        modelType.night = type.category == ShiftType::Category::Night;
        for (const ShiftType &next : std::as_const(problem.m_types))
            modelType.cannotFollow.push_back(cannotFollow(type, next));
        model.shifts.push_back(modelType);
    }
    model.cannotFollowOn = clockChangeSuccessions(problem.m_types, model, problem.m_modelStart, ZoneRules::find(problem.m_timeZone));

    // Each row's shifts by day, first by start; cancelled ones play no part.
    std::vector<QList<const Shift *>> shiftsOf(std::size_t(rows) * std::size_t(days));
    std::vector<int> externalCover(std::size_t(days) * std::size_t(types), 0);
    for (const Shift &shift : shifts) {
        const int day = problem.dayOf(shift.date);
        if (day < 0 || day >= days || !takesPart(shift))
            continue;
        const auto row = shift.clinician_id ? rowOf.constFind(*shift.clinician_id) : rowOf.cend();
        const auto type = typeIndex.constFind(shift.shift_type_id);
        if (row != rowOf.cend()) {
            shiftsOf[std::size_t(*row) * std::size_t(days) + std::size_t(day)].append(&shift);
        } else if (type != typeIndex.cend() && MinimumCover::counts(shift)) {
            ++externalCover[std::size_t(day) * std::size_t(types) + std::size_t(*type)];
        } else if (shift.isOpen() && !shift.is_pinned && inPeriod(day)) {
            problem.m_openShifts[{day, shift.shift_type_id}].append(shift);
        }
    }
    for (QList<const Shift *> &list : shiftsOf) {
        std::sort(list.begin(), list.end(),
                  [](const Shift *a, const Shift *b) { return std::tuple(a->occupiedFrom(), a->id) < std::tuple(b->occupiedFrom(), b->id); });
    }

    // Cover: the chosen teams' rotas where they run, the types' own minimum elsewhere.
    for (const Rota &rota : RotaRepository(workspace).list()) {
        if (!chosen(rota.team_id))
            continue;
        problem.m_rotas.append(rota);
        if (rota.shift_pattern_id && !problem.m_timeslots.contains(*rota.shift_pattern_id))
            problem.m_timeslots.insert(*rota.shift_pattern_id, TimeslotRepository(workspace).forPattern(*rota.shift_pattern_id));
    }
    const GenerationWeights &weights = settings.weights;
    model.cover.assign(std::size_t(days) * std::size_t(types), {});
    std::vector<bool> needed(std::size_t(types), false);
    for (int day = first; day <= last; ++day) {
        const QDate date = problem.dateOf(day);
        QList<const Rota *> running;
        for (const Rota &rota : std::as_const(problem.m_rotas)) {
            if (rotaCovers(rota, date))
                running.append(&rota);
        }
        for (int t = 0; t < types; ++t) {
            const ShiftType &type = problem.m_types.at(t);
            RosterModel::Cover &cover = model.cover[std::size_t(day) * std::size_t(types) + std::size_t(t)];
            cover.underWeight = weights.coverBelowIdeal;
            cover.overWeight = weights.coverAboveIdeal;
            if (running.isEmpty()) {
                const int required = type.active ? MinimumCover::required(type, date) : 0;
                cover.minimum = std::max(0, required - externalCover[std::size_t(day) * std::size_t(types) + std::size_t(t)]);
                cover.requirement = cover.minimum;
                cover.maximum = -1;
            } else {
                cover.maximum = 0;
                for (const Rota *rota : std::as_const(running)) {
                    for (const Timeslot &slot : problem.m_timeslots.value(*rota->shift_pattern_id)) {
                        if (slot.weekday != date.dayOfWeek() || slot.shift_type_id != type.id)
                            continue;
                        cover.minimum += slot.minimum;
                        cover.requirement += slot.ideal;
                        cover.maximum += slot.maximum;
                    }
                }
            }
            if (cover.minimum > 0 || cover.requirement > 0)
                needed[std::size_t(t)] = true;
        }
    }

    // The types each team's rota asks for in the period: its clinicians are given only those
    // (a consultant does not take a junior doctor's night); a team without a rota takes any.
    QHash<qint64, QSet<int>> teamTypes;
    for (const Rota &rota : std::as_const(problem.m_rotas)) {
        if (!rota.team_id || !rota.shift_pattern_id || rota.start_date > settings.to
            || (rota.end_date.isValid() && rota.end_date < settings.from))
            continue;
        QSet<int> &own = teamTypes[*rota.team_id];
        for (const Timeslot &slot : problem.m_timeslots.value(*rota.shift_pattern_id)) {
            if (slot.shift_type_id && typeIndex.contains(*slot.shift_type_id))
                own.insert(typeIndex.value(*slot.shift_type_id));
        }
    }
    const auto canWork = [&](int row, int t) {
        const std::optional<qint64> team = problem.m_clinicians.at(row).team_id;
        return needed[std::size_t(t)] && (!team || !teamTypes.contains(*team) || teamTypes.value(*team).contains(t));
    };

    // Leave of the rows over the period.
    QList<qint64> rowIds;
    for (const Clinician &clinician : std::as_const(problem.m_clinicians))
        rowIds.append(clinician.id);
    QHash<qint64, QList<LeaveRequest>> approved;
    QHash<qint64, QList<LeaveRequest>> pending;
    for (const LeaveRequest &leave : LeaveRequestRepository(workspace).inWindowForClinicians(
             settings.from, settings.to, rowIds, std::nullopt, {LeaveRequest::Status::Approved, LeaveRequest::Status::Pending})) {
        (leave.status == LeaveRequest::Status::Approved ? approved : pending)[leave.clinician_id].append(leave);
    }
    const auto onLeave = [](const QList<LeaveRequest> &leave, QDate date) {
        return std::any_of(leave.cbegin(), leave.cend(), [&](const LeaveRequest &l) { return l.start_date <= date && date <= l.end_date; });
    };

    const BankHolidays holidays = BankHolidays::forWorkspace(workspace);
    const int nightLimit = RuleChecker::maxConsecutiveNights(workspace);
    const double fullTimeHours = RuleChecker::fullTimeWeeklyHours(workspace);
    problem.m_current.assign(std::size_t(rows) * std::size_t(days), RosterModel::Off);
    std::vector<double> dutyWeight(std::size_t(rows), 0.0); // Σ of the FTE share over the days each row can work
    for (int row = 0; row < rows; ++row) {
        const Clinician &clinician = problem.m_clinicians.at(row);
        const QList<WorkingTerm> own = terms.value(clinician.id);
        const QList<LeaveRequest> rowApproved = approved.value(clinician.id);
        const QList<LeaveRequest> rowPending = pending.value(clinician.id);
        RosterModel::Employee employee;
        employee.id = QString::number(clinician.id);
        employee.dayOff.assign(std::size_t(days), false);
        employee.mustWork.assign(std::size_t(days), false);
        employee.fixed.assign(std::size_t(days), RosterModel::Unfixed);
        employee.current.assign(std::size_t(days), RosterModel::Off);
        int workable = 0;
        for (int day = 0; day < days; ++day) {
            const QList<const Shift *> &dayShifts = shiftsOf[std::size_t(row) * std::size_t(days) + std::size_t(day)];
            const int current = dayShifts.isEmpty() ? RosterModel::Off : typeIndex.value(dayShifts.constFirst()->shift_type_id);
            employee.current[std::size_t(day)] = current;
            problem.m_current[std::size_t(row) * std::size_t(days) + std::size_t(day)] = current;
            if (!inPeriod(day)) {
                employee.fixed[std::size_t(day)] = current;
                continue;
            }
            if (dayShifts.size() > 1) {
                employee.fixed[std::size_t(day)] = current;
            } else if (dayShifts.size() == 1) {
                const Shift &shift = *dayShifts.constFirst();
                if (shift.is_pinned || shift.status == Shift::Status::Completed)
                    employee.fixed[std::size_t(day)] = current;
                else
                    problem.m_shiftAt.insert({row, day}, shift);
            }

            const QDate date = problem.dateOf(day);
            const int weekday = date.dayOfWeek();
            const WorkingTerm *term = termOn(own, date);
            const bool off = !term || !term->participates_in_duty || onLeave(rowApproved, date) || term->cannot_work_days.contains(weekday)
                || (weekday <= 5 && !term->fixed_working_days.isEmpty() && !term->fixed_working_days.contains(weekday));
            employee.dayOff[std::size_t(day)] = off;
            if (off)
                continue;
            employee.mustWork[std::size_t(day)] = term->must_work_days.contains(weekday) && !holidays.isHoliday(date);
            ++workable;
            dutyWeight[std::size_t(row)] += term->percentage;
            if (weights.pendingLeave > 0 && onLeave(rowPending, date)) {
                for (int t = 0; t < types; ++t)
                    model.shiftOffRequests.push_back({row, day, t, weights.pendingLeave});
            }
        }

        double smallest = 100.0;
        for (const WorkingTerm &term : own)
            smallest = std::min(smallest, term.percentage);
        employee.maxWeekMinutes = int(std::lround(smallest / 100.0 * fullTimeHours * 60.0));
        employee.maxShifts.assign(std::size_t(types), 0);
        for (int t = 0; t < types; ++t) {
            if (canWork(row, t))
                employee.maxShifts[std::size_t(t)] = days;
            else
                employee.maxShifts[std::size_t(t)] = int(std::count(employee.fixed.cbegin(), employee.fixed.cend(), t));
        }
        employee.minTotalMinutes = 0;
        employee.maxTotalMinutes = days * MinutesPerDay;
        employee.minConsecutiveShifts = 1;
        employee.maxConsecutiveShifts = weights.maxConsecutiveDays;
        employee.minConsecutiveDaysOff = 1;
        employee.maxWeekends = -1;
        employee.maxConsecutiveNights = nightLimit;
        employee.weekMinutesLimit = weekLimits(model, employee);
        model.employees.push_back(std::move(employee));
        problem.m_percentages.append(workable > 0 ? dutyWeight[std::size_t(row)] / workable : smallest);
    }

    // Fair shares: what the cover asks for of each kind, split by FTE and the days each can work.
    struct KindSpec
    {
        Fairness fairness;
        int weight;
        bool minutes;
        std::function<bool(int)> shiftIn;
        std::function<bool(QDate)> dayIn;
    };
    const KindSpec kinds[] = {
        {Fairness::Nights, weights.fairNights, false, [&](int t) { return model.shifts[std::size_t(t)].night; }, [](QDate) { return true; }},
        {Fairness::WeekendDays, weights.fairWeekends, false, [](int) { return true; }, [](QDate date) { return MinimumCover::isWeekend(date); }},
        {Fairness::BankHolidays, weights.fairBankHolidays, false, [](int) { return true; }, [&](QDate date) { return holidays.isHoliday(date); }},
        {Fairness::Hours, weights.fairHours, true, [&](int t) { return model.shifts[std::size_t(t)].minutes > 0; }, [](QDate) { return true; }},
    };
    for (const KindSpec &spec : kinds) {
        RosterModel::CountKind kind;
        kind.id = fairnessName(spec.fairness);
        kind.minutes = spec.minutes;
        kind.days.assign(std::size_t(days), false);
        for (int t = 0; t < types; ++t) {
            if (spec.shiftIn(t))
                kind.shiftMask |= quint64(1) << t;
        }
        qint64 demand = 0;
        for (int day = first; day <= last; ++day) {
            if (!spec.dayIn(problem.dateOf(day)))
                continue;
            kind.days[std::size_t(day)] = true;
            for (int t = 0; t < types; ++t) {
                if ((kind.shiftMask >> t) & 1)
                    demand += qint64(model.coverAt(day, t).requirement) * (spec.minutes ? model.shifts[std::size_t(t)].minutes : 1);
            }
        }
        if (demand <= 0 || kind.shiftMask == 0)
            continue;
        // Shared among those who can work the kind at all.
        std::vector<bool> sharing(std::size_t(rows), false);
        double totalWeight = 0.0;
        for (int row = 0; row < rows; ++row) {
            for (int t = 0; t < types && !sharing[std::size_t(row)]; ++t)
                sharing[std::size_t(row)] = ((kind.shiftMask >> t) & 1) && canWork(row, t);
            if (sharing[std::size_t(row)])
                totalWeight += dutyWeight[std::size_t(row)];
        }
        const int index = int(model.countKinds.size());
        model.countKinds.push_back(std::move(kind));
        problem.m_fairness.append(spec.fairness);
        for (int row = 0; row < rows; ++row) {
            if (!sharing[std::size_t(row)])
                continue;
            const double target = totalWeight > 0 ? double(demand) * dutyWeight[std::size_t(row)] / totalWeight : 0.0;
            RosterModel::CountTarget countTarget;
            countTarget.kind = index;
            countTarget.weight = spec.weight;
            if (spec.minutes) {
                const int rounded = int(std::lround(target));
                countTarget.low = std::max(0, rounded - 60);
                countTarget.high = rounded + 60;
            } else {
                countTarget.low = int(std::floor(target + TargetTolerance));
                countTarget.high = int(std::ceil(target - TargetTolerance));
            }
            model.employees[std::size_t(row)].targets.push_back(countTarget);
        }
    }
    model.changeWeight = weights.changes;
    if (error)
        error->clear();
    return problem;
}

RosterSolver::Options RotaProblem::solverOptions() const
{
    RosterSolver::Options options;
    options.seconds = m_settings.seconds;
    options.seed = m_settings.seed;
    options.threads = m_settings.threads;
    options.maxIterations = m_settings.maxIterations;
    return options;
}

QString RotaProblem::fairnessName(Fairness fairness)
{
    switch (fairness) {
    case Fairness::Nights:
        return tr("Nights");
    case Fairness::WeekendDays:
        return tr("Weekend days");
    case Fairness::BankHolidays:
        return tr("Bank holidays");
    case Fairness::Hours:
        return tr("Hours");
    }
    return {};
}

std::pair<std::optional<qint64>, std::optional<qint64>> RotaProblem::slotOf(int row, QDate date, int type) const
{
    const Clinician &clinician = m_clinicians.at(row);
    if (!clinician.team_id)
        return {};
    const qint64 typeId = m_types.at(type).id;
    std::optional<qint64> rotaId;
    for (const Rota &rota : m_rotas) {
        if (rota.team_id != clinician.team_id || !rotaCovers(rota, date))
            continue;
        if (!rotaId)
            rotaId = rota.id;
        for (const Timeslot &slot : m_timeslots.value(*rota.shift_pattern_id)) {
            if (slot.weekday == date.dayOfWeek() && slot.shift_type_id == typeId)
                return {rota.id, slot.id};
        }
    }
    return {rotaId, std::nullopt};
}

void RotaProblem::setType(Shift &shift, int row, int type) const
{
    const ShiftType &shiftType = m_types.at(type);
    const QDate date = shift.date;
    shift.shift_type_id = shiftType.id;
    shift.counts_as_worked = shiftType.counts_as_worked;
    shift.counts_toward_minimum = shiftType.counts_toward_minimum;
    if (shiftType.isWholeDay())
        shift.setWholeDay(date, m_timeZone, shiftType.duration_minutes);
    else if (const FieldErrors errors = shift.setLocalTimes(date, shiftType.start_time, shiftType.end_time, m_timeZone); !errors.isEmpty())
        shift.setWholeDay(date, m_timeZone, shiftType.duration_minutes); // a time the clocks skip that day: kept as the day's shift
    const auto [rotaId, timeslotId] = slotOf(row, date, type);
    if (rotaId)
        shift.rota_id = rotaId;
    shift.timeslot_id = timeslotId;
    // A slot whose times differ from the type's does not hold the shift; it stays on the rota.
    if (timeslotId) {
        for (const QList<Timeslot> &patternSlots : m_timeslots) {
            for (const Timeslot &slot : patternSlots) {
                if (slot.id == *timeslotId && !TimeslotFit::fits(shift, slot))
                    shift.timeslot_id.reset();
            }
        }
    }
}

Shift RotaProblem::newShift(int row, int day, int type) const
{
    Shift shift;
    shift.clinician_id = m_clinicians.at(row).id;
    shift.status = Shift::Status::Scheduled;
    shift.date = dateOf(day);
    setType(shift, row, type);
    return shift;
}

QList<ShiftChange> RotaProblem::changes(const std::vector<int> &cells) const
{
    const int days = m_model.days;
    const int rows = int(m_clinicians.size());
    struct Ordered
    {
        QDate date;
        int row;
        ShiftChange change;
    };
    QList<Ordered> ordered;
    QSet<qint64> openTaken; // open shifts already given to someone
    for (int day = firstDay(); day <= lastDay(); ++day) {
        for (int row = 0; row < rows; ++row) {
            const std::size_t cell = std::size_t(row) * std::size_t(days) + std::size_t(day);
            const int wanted = cell < cells.size() ? cells[cell] : RosterModel::Off;
            const int current = m_current[cell];
            const auto stored = m_shiftAt.constFind({row, day});
            if (wanted == current || m_model.employees[std::size_t(row)].fixed[std::size_t(day)] != RosterModel::Unfixed)
                continue;
            const QDate date = dateOf(day);
            if (stored != m_shiftAt.cend()) {
                if (wanted == RosterModel::Off) {
                    ordered.append({date, row, {*stored, std::nullopt}});
                } else {
                    Shift after = *stored;
                    setType(after, row, wanted);
                    ordered.append({date, row, {*stored, after}});
                }
                continue;
            }
            if (wanted == RosterModel::Off)
                continue;
            // An open shift of the type that day, unless it belongs to another team's rota.
            const std::pair<int, qint64> key{day, m_types.at(wanted).id};
            const Clinician &clinician = m_clinicians.at(row);
            const auto fits = [&](const Shift &shift) {
                if (openTaken.contains(shift.id))
                    return false;
                if (!shift.rota_id)
                    return true;
                return std::any_of(m_rotas.cbegin(), m_rotas.cend(), [&](const Rota &rota) {
                    return rota.id == *shift.rota_id && rota.team_id == clinician.team_id;
                });
            };
            const QList<Shift> open = m_openShifts.value(key);
            const auto fitting = std::find_if(open.cbegin(), open.cend(), fits);
            const std::optional<Shift> filled = fitting != open.cend() ? std::optional<Shift>(*fitting) : std::nullopt;
            if (filled) {
                openTaken.insert(filled->id);
                Shift after = *filled;
                after.clinician_id = clinician.id;
                after.status = Shift::Status::Scheduled;
                ordered.append({date, row, {*filled, after}});
            } else {
                ordered.append({date, row, {std::nullopt, newShift(row, day, wanted)}});
            }
        }
    }
    std::stable_sort(ordered.begin(), ordered.end(), [this](const Ordered &a, const Ordered &b) {
        return std::tuple(a.date, m_clinicians.at(a.row).name, a.row) < std::tuple(b.date, m_clinicians.at(b.row).name, b.row);
    });
    QList<ShiftChange> result;
    result.reserve(ordered.size());
    for (Ordered &entry : ordered)
        result.append(std::move(entry.change));
    return result;
}
