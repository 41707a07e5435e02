#include "nrpchecker.h"

#include "nrpinstance.h"
#include "nrproster.h"

using namespace Qt::StringLiterals;

namespace {

QString dayRange(int first, int last)
{
    return first == last ? NrpChecker::tr("day %1").arg(first) : NrpChecker::tr("days %1 to %2").arg(first).arg(last);
}

// The roster's days as runs of equal kind (working or off), each with its first and last day.
struct Run
{
    bool working = false;
    int first = 0;
    int last = 0;
};

QList<Run> runsOf(const NrpRoster &roster, int employee)
{
    QList<Run> runs;
    for (int d = 0; d < roster.days; ++d) {
        const bool working = roster.at(employee, d) != NrpRoster::Off;
        if (runs.isEmpty() || runs.last().working != working)
            runs.append({working, d, d});
        else
            runs.last().last = d;
    }
    return runs;
}

} // namespace

NrpChecker::Result NrpChecker::check(const NrpInstance &instance, const NrpRoster &roster)
{
    Result result;
    const int employeeCount = int(instance.employees.size());
    const int shiftCount = int(instance.shifts.size());
    if (roster.employees != employeeCount || roster.days != instance.days
        || roster.cells.size() != std::size_t(employeeCount) * std::size_t(instance.days)) {
        result.violations.append(tr("The roster has %1 employees and %2 days; the instance has %3 employees and %4 days")
                                     .arg(roster.employees)
                                     .arg(roster.days)
                                     .arg(employeeCount)
                                     .arg(instance.days));
        return result;
    }
    for (int e = 0; e < employeeCount; ++e)
        for (int d = 0; d < instance.days; ++d)
            if (const int shift = roster.at(e, d); shift != NrpRoster::Off && (shift < 0 || shift >= shiftCount))
                result.violations.append(
                    tr("Employee %1, day %2: %3 is not a shift type index").arg(instance.employees[e].id).arg(d).arg(shift));
    if (!result.violations.isEmpty())
        return result;

    for (int e = 0; e < employeeCount; ++e) {
        const NrpInstance::Employee &employee = instance.employees[e];
        const QString &id = employee.id;

        for (int day : employee.daysOff)
            if (const int shift = roster.at(e, day); shift != NrpRoster::Off)
                result.violations.append(tr("Employee %1, day %2: works %3 on a day off").arg(id).arg(day).arg(instance.shifts[shift].id));

        for (int d = 0; d + 1 < instance.days; ++d) {
            const int shift = roster.at(e, d);
            const int next = roster.at(e, d + 1);
            if (shift != NrpRoster::Off && next != NrpRoster::Off && instance.shifts[shift].cannotFollow.contains(next))
                result.violations.append(tr("Employee %1, days %2 and %3: %4 followed by %5, which may not follow it")
                                             .arg(id)
                                             .arg(d)
                                             .arg(d + 1)
                                             .arg(instance.shifts[shift].id, instance.shifts[next].id));
        }

        QList<int> counts(shiftCount, 0);
        qint64 minutes = 0;
        for (int d = 0; d < instance.days; ++d) {
            if (const int shift = roster.at(e, d); shift != NrpRoster::Off) {
                ++counts[shift];
                minutes += instance.shifts[shift].minutes;
            }
        }
        for (int s = 0; s < shiftCount; ++s)
            if (counts[s] > employee.maxShifts.value(s))
                result.violations.append(tr("Employee %1: %n shift(s) of type %2, at most %3 allowed", nullptr, counts[s])
                                             .arg(id, instance.shifts[s].id)
                                             .arg(employee.maxShifts.value(s)));
        if (minutes > employee.maxTotalMinutes)
            result.violations.append(tr("Employee %1: %2 minutes worked, at most %3 allowed").arg(id).arg(minutes).arg(employee.maxTotalMinutes));
        if (minutes < employee.minTotalMinutes)
            result.violations.append(tr("Employee %1: %2 minutes worked, at least %3 required").arg(id).arg(minutes).arg(employee.minTotalMinutes));

        for (const Run &run : runsOf(roster, e)) {
            const int length = run.last - run.first + 1;
            // A run cut off by the horizon may continue outside it, so no minimum applies.
            const bool bounded = run.first > 0 && run.last < instance.days - 1;
            if (run.working && length > employee.maxConsecutiveShifts)
                result.violations.append(tr("Employee %1, %2: %n consecutive shift(s), at most %3 allowed", nullptr, length)
                                             .arg(id, dayRange(run.first, run.last))
                                             .arg(employee.maxConsecutiveShifts));
            if (run.working && bounded && length < employee.minConsecutiveShifts)
                result.violations.append(tr("Employee %1, %2: %n consecutive shift(s), at least %3 required", nullptr, length)
                                             .arg(id, dayRange(run.first, run.last))
                                             .arg(employee.minConsecutiveShifts));
            if (!run.working && bounded && length < employee.minConsecutiveDaysOff)
                result.violations.append(tr("Employee %1, %2: %n consecutive day(s) off, at least %3 required", nullptr, length)
                                             .arg(id, dayRange(run.first, run.last))
                                             .arg(employee.minConsecutiveDaysOff));
        }

        // Day 0 is a Monday: each week's Saturday and Sunday are its days 5 and 6.
        int weekends = 0;
        for (int saturday = 5; saturday < instance.days; saturday += 7) {
            const bool sunday = saturday + 1 < instance.days && roster.at(e, saturday + 1) != NrpRoster::Off;
            if (roster.at(e, saturday) != NrpRoster::Off || sunday)
                ++weekends;
        }
        if (weekends > employee.maxWeekends)
            result.violations.append(tr("Employee %1: %n working weekend(s), at most %2 allowed", nullptr, weekends).arg(id).arg(employee.maxWeekends));
    }

    for (const NrpInstance::Request &request : instance.shiftOnRequests)
        if (roster.at(request.employee, request.day) != request.shift)
            result.shiftOnPenalty += request.weight;
    for (const NrpInstance::Request &request : instance.shiftOffRequests)
        if (roster.at(request.employee, request.day) == request.shift)
            result.shiftOffPenalty += request.weight;
    for (const NrpInstance::Cover &row : instance.cover) {
        qint64 assigned = 0;
        for (int e = 0; e < employeeCount; ++e)
            if (roster.at(e, row.day) == row.shift)
                ++assigned;
        if (assigned < row.requirement)
            result.coverPenalty += (row.requirement - assigned) * row.underWeight;
        else
            result.coverPenalty += (assigned - row.requirement) * row.overWeight;
    }
    result.objective = result.shiftOnPenalty + result.shiftOffPenalty + result.coverPenalty;
    return result;
}
