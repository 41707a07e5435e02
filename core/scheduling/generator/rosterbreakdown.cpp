#include "rosterbreakdown.h"

#include <algorithm>

namespace {

using Item = RosterBreakdown::Item;
using Constraint = RosterBreakdown::Constraint;

constexpr bool isHard(Constraint constraint)
{
    return constraint < Constraint::CoverBelowIdeal;
}

// Hours (rounded up) by which `minutes` lies outside [low, high].
qint64 hoursOutside(qint64 minutes, qint64 low, qint64 high)
{
    if (minutes > high)
        return (minutes - high + 59) / 60;
    if (minutes < low)
        return (low - minutes + 59) / 60;
    return 0;
}

// Days beyond or short of the limits in one run of work (or rest) of `length` days from `start`;
// a run touching the first or last day may go on beyond the horizon, so no minimum applies to it.
qint64 runExcess(int length, int start, int days, int minimum, int maximum)
{
    qint64 excess = maximum > 0 && length > maximum ? length - maximum : 0;
    if (start > 0 && start + length < days && length < minimum)
        excess += minimum - length;
    return excess;
}

class Counter
{
public:
    Counter(const RosterModel &model, const std::vector<int> &cells)
        : m(model)
        , m_cells(cells)
    {
    }

    int at(std::size_t employee, int day) const { return m_cells[employee * std::size_t(m.days) + std::size_t(day)]; }

    void cover(Item &belowMinimum, Item &aboveMaximum, Item &belowIdeal, Item &aboveIdeal) const
    {
        const int types = int(m.shifts.size());
        for (int d = 0; d < m.days; ++d) {
            for (int s = 0; s < types; ++s) {
                int working = 0;
                for (std::size_t e = 0; e < m.employees.size(); ++e)
                    working += at(e, d) == s ? 1 : 0;
                const RosterModel::Cover &c = m.coverAt(d, s);
                belowMinimum.violations += std::max(0, c.minimum - working);
                if (c.maximum >= 0)
                    aboveMaximum.violations += std::max(0, working - c.maximum);
                const int under = std::max(0, c.requirement - working);
                const int over = std::max(0, working - c.requirement);
                belowIdeal.violations += under;
                belowIdeal.cost += qint64(under) * c.underWeight;
                aboveIdeal.violations += over;
                aboveIdeal.cost += qint64(over) * c.overWeight;
            }
        }
    }

    // The rules of one employee's row that concern her days one by one.
    void days(std::size_t e, Item &dayOff, Item &mustWork, Item &fixed, Item &succession, Item &change, qint64 changeWeight) const
    {
        const RosterModel::Employee &employee = m.employees[e];
        for (int d = 0; d < m.days; ++d) {
            const int value = at(e, d);
            if (value >= 0 && employee.dayOff[std::size_t(d)])
                ++dayOff.violations;
            if (value < 0 && !employee.mustWork.empty() && employee.mustWork[std::size_t(d)])
                ++mustWork.violations;
            if (employee.fixed[std::size_t(d)] != RosterModel::Unfixed && employee.fixed[std::size_t(d)] != value)
                ++fixed.violations;
            if (value >= 0 && d + 1 < m.days && at(e, d + 1) >= 0 && m.shifts[std::size_t(value)].cannotFollow[std::size_t(at(e, d + 1))])
                ++succession.violations;
            for (const RosterModel::DaySuccession &rule : m.cannotFollowOn) {
                if (rule.day == d && d + 1 < m.days && value == rule.first && at(e, d + 1) == rule.next)
                    ++succession.violations;
            }
            if (!employee.current.empty() && employee.current[std::size_t(d)] != RosterModel::Unfixed
                && employee.current[std::size_t(d)] != value) {
                ++change.violations;
                change.cost += changeWeight;
            }
        }
    }

    void totals(std::size_t e, Item &maxOfType, Item &totalMinutes, Item &weekMinutes, Item &weekends) const
    {
        const RosterModel::Employee &employee = m.employees[e];
        std::vector<int> perType(m.shifts.size(), 0);
        std::vector<qint64> perWeek(std::size_t(m.weekOf(std::max(0, m.days - 1)) + 1), 0);
        std::vector<bool> weekendWorked(std::size_t(std::max(0, m.weekendCount())), false);
        qint64 minutes = 0;
        for (int d = 0; d < m.days; ++d) {
            const int value = at(e, d);
            if (value < 0)
                continue;
            ++perType[std::size_t(value)];
            minutes += m.shifts[std::size_t(value)].minutes;
            perWeek[std::size_t(m.weekOf(d))] += m.shifts[std::size_t(value)].minutes;
            if (m.weekendOf(d) >= 0)
                weekendWorked[std::size_t(m.weekendOf(d))] = true;
        }
        for (std::size_t s = 0; s < perType.size(); ++s)
            maxOfType.violations += std::max(0, perType[s] - employee.maxShifts[s]);
        totalMinutes.violations += hoursOutside(minutes, employee.minTotalMinutes, employee.maxTotalMinutes);
        for (std::size_t week = 0; week < perWeek.size(); ++week) {
            if (const int limit = m.weekMinutesLimit(employee, int(week)); limit > 0)
                weekMinutes.violations += hoursOutside(perWeek[week], 0, limit);
        }
        if (employee.maxWeekends >= 0)
            weekends.violations += std::max<qint64>(0, std::count(weekendWorked.begin(), weekendWorked.end(), true) - employee.maxWeekends);
    }

    void runs(std::size_t e, Item &shifts, Item &daysOff, Item &nights) const
    {
        const RosterModel::Employee &employee = m.employees[e];
        int start = 0;
        for (int d = 1; d <= m.days; ++d) {
            if (d < m.days && (at(e, d) >= 0) == (at(e, start) >= 0))
                continue;
            if (at(e, start) >= 0)
                shifts.violations += runExcess(d - start, start, m.days, employee.minConsecutiveShifts, employee.maxConsecutiveShifts);
            else
                daysOff.violations += runExcess(d - start, start, m.days, employee.minConsecutiveDaysOff, 0);
            start = d;
        }
        if (employee.maxConsecutiveNights <= 0)
            return;
        int run = 0;
        for (int d = 0; d < m.days; ++d) {
            const bool night = at(e, d) >= 0 && m.shifts[std::size_t(at(e, d))].night;
            run = night ? run + 1 : 0;
            if (run > employee.maxConsecutiveNights)
                ++nights.violations;
        }
    }

    void requests(const std::vector<RosterModel::Request> &list, bool on, Item &item) const
    {
        for (const RosterModel::Request &request : list) {
            if ((at(std::size_t(request.employee), request.day) == request.shift) != on) {
                ++item.violations;
                item.cost += request.weight;
            }
        }
    }

    void target(std::size_t e, const RosterModel::CountTarget &target, Item &item) const
    {
        const RosterModel::CountKind &kind = m.countKinds[std::size_t(target.kind)];
        qint64 count = 0;
        for (int d = 0; d < m.days; ++d) {
            const int value = at(e, d);
            if (value >= 0 && kind.days[std::size_t(d)] && (kind.shiftMask >> value) & 1)
                count += kind.minutes ? m.shifts[std::size_t(value)].minutes : 1;
        }
        const qint64 outside = kind.minutes ? hoursOutside(count, target.low, target.high)
                                            : std::max<qint64>({0, count - target.high, target.low - count});
        item.violations += outside;
        item.cost += outside * target.weight;
    }

private:
    const RosterModel &m;
    const std::vector<int> &m_cells;
};

} // namespace

std::vector<RosterBreakdown::Item> RosterBreakdown::of(const RosterModel &model, const std::vector<int> &cells)
{
    std::vector<Item> items;
    for (int c = int(Constraint::CoverBelowMinimum); c <= int(Constraint::Change); ++c) {
        const auto constraint = Constraint(c);
        if (constraint == Constraint::CountTarget) {
            for (int kind = 0; kind < int(model.countKinds.size()); ++kind)
                items.push_back({constraint, kind, false, 0, 0});
        } else {
            items.push_back({constraint, -1, isHard(constraint), 0, 0});
        }
    }
    const auto item = [&items](Constraint constraint) -> Item & {
        return *std::find_if(items.begin(), items.end(), [constraint](const Item &i) { return i.constraint == constraint; });
    };
    const Counter counter(model, cells);
    counter.cover(item(Constraint::CoverBelowMinimum), item(Constraint::CoverAboveMaximum), item(Constraint::CoverBelowIdeal),
                  item(Constraint::CoverAboveIdeal));
    for (std::size_t e = 0; e < model.employees.size(); ++e) {
        counter.days(e, item(Constraint::DayOff), item(Constraint::MustWork), item(Constraint::FixedCell), item(Constraint::Succession),
                     item(Constraint::Change), model.changeWeight);
        counter.totals(e, item(Constraint::MaxShiftsOfType), item(Constraint::TotalMinutes), item(Constraint::WeekMinutes),
                       item(Constraint::Weekends));
        counter.runs(e, item(Constraint::ConsecutiveShifts), item(Constraint::ConsecutiveDaysOff), item(Constraint::ConsecutiveNights));
        for (const RosterModel::CountTarget &target : model.employees[e].targets) {
            auto it = std::find_if(items.begin(), items.end(),
                                   [&target](const Item &i) { return i.constraint == Constraint::CountTarget && i.kind == target.kind; });
            counter.target(e, target, *it);
        }
    }
    counter.requests(model.shiftOnRequests, true, item(Constraint::ShiftOnRequest));
    counter.requests(model.shiftOffRequests, false, item(Constraint::ShiftOffRequest));
    for (Item &i : items) {
        if (i.hard)
            i.cost = i.violations;
    }
    return items;
}

qint64 RosterBreakdown::hardTotal(const std::vector<Item> &items)
{
    qint64 total = 0;
    for (const Item &item : items)
        total += item.hard ? item.cost : 0;
    return total;
}

qint64 RosterBreakdown::softTotal(const std::vector<Item> &items)
{
    qint64 total = 0;
    for (const Item &item : items)
        total += item.hard ? 0 : item.cost;
    return total;
}

QString RosterBreakdown::label(const RosterModel &model, const Item &item)
{
    switch (item.constraint) {
    case Constraint::CoverBelowMinimum:
        return tr("Cover below minimum");
    case Constraint::CoverAboveMaximum:
        return tr("Cover above maximum");
    case Constraint::DayOff:
        return tr("Shifts on leave or cannot-work days");
    case Constraint::MustWork:
        return tr("Must-work days not worked");
    case Constraint::FixedCell:
        return tr("Pinned shifts changed");
    case Constraint::Succession:
        return tr("Too little rest between shifts");
    case Constraint::MaxShiftsOfType:
        return tr("Shifts beyond the maximum of their type");
    case Constraint::TotalMinutes:
        return tr("Hours outside the period's limits");
    case Constraint::WeekMinutes:
        return tr("Hours beyond the weekly limit");
    case Constraint::ConsecutiveShifts:
        return tr("Working days beyond the consecutive limit");
    case Constraint::ConsecutiveDaysOff:
        return tr("Days off short of the consecutive minimum");
    case Constraint::ConsecutiveNights:
        return tr("Nights beyond the consecutive limit");
    case Constraint::Weekends:
        return tr("Weekends beyond the maximum");
    case Constraint::CoverBelowIdeal:
        return tr("Cover below ideal");
    case Constraint::CoverAboveIdeal:
        return tr("Cover above ideal");
    case Constraint::ShiftOnRequest:
        return tr("Requested shifts not given");
    case Constraint::ShiftOffRequest:
        return tr("Shifts against a request to be off");
    case Constraint::CountTarget:
        if (item.kind >= 0 && item.kind < int(model.countKinds.size()))
            return tr("Fair share: %1").arg(model.countKinds[std::size_t(item.kind)].id);
        return tr("Fair share");
    case Constraint::Change:
        return tr("Changes to the rota");
    }
    return {};
}
