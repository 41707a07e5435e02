#include "rostersolver.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <limits>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>

namespace {

using Clock = std::chrono::steady_clock;

// A hard violation outweighs any soft cost a single move can change, so that the search leaves
// infeasible rosters quickly, but not so much that it cannot cross them on its way.
constexpr qint64 HardWeight = 1000;
// Simulated annealing cools from the first temperature to the last over the search's budget.
constexpr double FirstTemperature = 40.0;
constexpr double LastTemperature = 0.3;
// Now and then one employee's row is planned anew, exactly, around the others' (rebuildRow()).
constexpr qint64 RebuildEvery = 4096;

// splitmix64: small, fast and good enough to drive a local search; the same on every platform.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }
    quint64 next()
    {
        quint64 z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }
    int below(int bound) { return int(next() % quint64(bound)); }
    double unit() { return double(next() >> 11) * (1.0 / 9007199254740992.0); }

private:
    quint64 m_state;
};

struct RowCost
{
    qint64 hard = 0;
    qint64 soft = 0;
};

// The model's constraints arranged for evaluating one employee's row in one pass.
class Evaluator
{
public:
    explicit Evaluator(const RosterModel &model)
        : m(model)
        , m_types(int(model.shifts.size()))
        , m_onWeight(model.employees.size() * std::size_t(model.days) * std::size_t(m_types), 0)
        , m_offWeight(m_onWeight.size(), 0)
        , m_onTotal(model.employees.size(), 0)
        , m_weekend(std::size_t(std::max(0, model.days)))
        , m_week(m_weekend.size())
        , m_workspaceRules(model.employees.size(), false)
    {
        for (std::size_t e = 0; e < model.employees.size(); ++e) {
            const RosterModel::Employee &employee = model.employees[e];
            m_workspaceRules[e] = !employee.mustWork.empty() || employee.maxConsecutiveNights > 0 || employee.maxWeekMinutes > 0
                || !employee.weekMinutesLimit.empty() || (!employee.current.empty() && model.changeWeight > 0)
                || !employee.targets.empty() || !model.cannotFollowOn.empty();
        }
        for (int d = 0; d < model.days; ++d) {
            m_weekend[std::size_t(d)] = model.weekendOf(d);
            m_week[std::size_t(d)] = model.weekOf(d);
        }
        for (const RosterModel::Request &request : model.shiftOnRequests) {
            m_onWeight[index(request.employee, request.day, request.shift)] += request.weight;
            m_onTotal[std::size_t(request.employee)] += request.weight;
        }
        for (const RosterModel::Request &request : model.shiftOffRequests)
            m_offWeight[index(request.employee, request.day, request.shift)] += request.weight;
    }

    int types() const { return m_types; }
    qint64 onWeight(int employee, int day, int shift) const { return m_onWeight[index(employee, day, shift)]; }
    qint64 offWeight(int employee, int day, int shift) const { return m_offWeight[index(employee, day, shift)]; }
    int weekend(int day) const { return m_weekend[std::size_t(day)]; }

    RowCost row(int employee, const int *cells) const
    {
        return m_workspaceRules[std::size_t(employee)] ? row<true>(employee, cells) : row<false>(employee, cells);
    }

    // The hard and soft cost of `count` employees working `shift` on `day`.
    RowCost cover(int day, int shift, int count) const
    {
        const RosterModel::Cover &c = m.coverAt(day, shift);
        RowCost cost;
        cost.soft = count < c.requirement ? qint64(c.requirement - count) * c.underWeight : qint64(count - c.requirement) * c.overWeight;
        if (count < c.minimum)
            cost.hard = c.minimum - count;
        else if (c.maximum >= 0 && count > c.maximum)
            cost.hard = count - c.maximum;
        return cost;
    }

private:
    // Rows without the rules only a workspace rota has (must-work days, runs of nights, weekly
    // hours, the rota as it stands, fair shares) take the shorter loop: a benchmark instance
    // spends most of its time here.
    template <bool WorkspaceRules>
    RowCost row(int employee, const int *cells) const
    {
        const RosterModel::Employee &e = m.employees[std::size_t(employee)];
        const int days = m.days;
        RowCost cost;
        int counts[RosterModel::MaxShiftTypes] = {};
        qint64 minutes = 0;
        qint64 granted = 0; // shift-on weight granted
        int weekendsWorked = 0;
        int lastWeekend = -1;
        int runLength = 0;
        bool runWorking = false;
        int nights = 0;
        qint64 weekMinutes = 0;
        int week = days > 0 ? m_week[0] : 0;
        const bool mustWork = !e.mustWork.empty();
        const bool current = !e.current.empty() && m.changeWeight > 0;
        for (int d = 0; d < days; ++d) {
            const int s = cells[d];
            const bool working = s >= 0;
            if constexpr (WorkspaceRules) {
                if (m_week[std::size_t(d)] != week) {
                    cost.hard += overWeek(e, week, weekMinutes);
                    weekMinutes = 0;
                    week = m_week[std::size_t(d)];
                }
                if (current && e.current[std::size_t(d)] != RosterModel::Unfixed && e.current[std::size_t(d)] != s)
                    cost.soft += m.changeWeight;
            }
            if (working) {
                const RosterModel::ShiftType &type = m.shifts[std::size_t(s)];
                ++counts[s];
                minutes += type.minutes;
                if (e.dayOff[std::size_t(d)])
                    ++cost.hard;
                if (d + 1 < days && cells[d + 1] >= 0 && type.cannotFollow[std::size_t(cells[d + 1])])
                    ++cost.hard;
                granted += m_onWeight[index(employee, d, s)];
                cost.soft += m_offWeight[index(employee, d, s)];
                const int weekend = m_weekend[std::size_t(d)];
                if (weekend >= 0 && weekend != lastWeekend) {
                    ++weekendsWorked;
                    lastWeekend = weekend;
                }
                if constexpr (WorkspaceRules) {
                    weekMinutes += type.minutes;
                    nights = type.night ? nights + 1 : 0;
                    if (e.maxConsecutiveNights > 0 && nights > e.maxConsecutiveNights)
                        ++cost.hard;
                }
            } else if constexpr (WorkspaceRules) {
                nights = 0;
                if (mustWork && e.mustWork[std::size_t(d)])
                    ++cost.hard;
            }
            if (d == 0 || working != runWorking) {
                if (d > 0)
                    cost.hard += runPenalty(e, runWorking, runLength, d - runLength, days);
                runWorking = working;
                runLength = 0;
            }
            ++runLength;
        }
        if (days > 0)
            cost.hard += runPenalty(e, runWorking, runLength, days - runLength, days);
        if constexpr (WorkspaceRules) {
            cost.hard += overWeek(e, week, weekMinutes);
            for (const RosterModel::DaySuccession &rule : m.cannotFollowOn) {
                if (rule.day + 1 < days && cells[rule.day] == rule.first && cells[rule.day + 1] == rule.next)
                    ++cost.hard;
            }
            for (const RosterModel::CountTarget &target : e.targets)
                cost.soft += targetCost(target, cells);
        }
        for (int s = 0; s < m_types; ++s) {
            if (counts[s] > e.maxShifts[std::size_t(s)])
                cost.hard += counts[s] - e.maxShifts[std::size_t(s)];
        }
        // In hours, so that being far off weighs more than being a little off.
        if (minutes > e.maxTotalMinutes)
            cost.hard += (minutes - e.maxTotalMinutes + 59) / 60;
        if (minutes < e.minTotalMinutes)
            cost.hard += (e.minTotalMinutes - minutes + 59) / 60;
        if (e.maxWeekends >= 0 && weekendsWorked > e.maxWeekends)
            cost.hard += weekendsWorked - e.maxWeekends;
        cost.soft += m_onTotal[std::size_t(employee)] - granted;
        return cost;
    }

    std::size_t index(int employee, int day, int shift) const
    {
        return (std::size_t(employee) * std::size_t(m.days) + std::size_t(day)) * std::size_t(m_types) + std::size_t(shift);
    }

    // Hours (rounded up) beyond the weekly limit.
    qint64 overWeek(const RosterModel::Employee &e, int week, qint64 minutes) const
    {
        const int limit = m.weekMinutesLimit(e, week);
        return limit > 0 && minutes > limit ? (minutes - limit + 59) / 60 : 0;
    }

    qint64 targetCost(const RosterModel::CountTarget &target, const int *cells) const
    {
        const RosterModel::CountKind &kind = m.countKinds[std::size_t(target.kind)];
        qint64 count = 0;
        for (int d = 0; d < m.days; ++d) {
            const int s = cells[d];
            if (s >= 0 && kind.days[std::size_t(d)] && ((kind.shiftMask >> s) & 1))
                count += kind.minutes ? m.shifts[std::size_t(s)].minutes : 1;
        }
        qint64 outside = std::max<qint64>({0, count - target.high, target.low - count});
        if (kind.minutes)
            outside = (outside + 59) / 60;
        return outside * target.weight;
    }

    // A block touching the first or last day may go on beyond the horizon: no minimum applies.
    static qint64 runPenalty(const RosterModel::Employee &e, bool working, int length, int start, int days)
    {
        const bool bounded = start > 0 && start + length < days;
        qint64 penalty = 0;
        if (working) {
            if (e.maxConsecutiveShifts > 0 && length > e.maxConsecutiveShifts)
                penalty += length - e.maxConsecutiveShifts;
            if (bounded && length < e.minConsecutiveShifts)
                penalty += e.minConsecutiveShifts - length;
        } else if (bounded && length < e.minConsecutiveDaysOff) {
            penalty += e.minConsecutiveDaysOff - length;
        }
        return penalty;
    }

    const RosterModel &m;
    int m_types;
    std::vector<qint64> m_onWeight;
    std::vector<qint64> m_offWeight;
    std::vector<qint64> m_onTotal;
    std::vector<int> m_weekend;
    std::vector<int> m_week;
    std::vector<bool> m_workspaceRules; // by employee
};

// The cost of a whole roster (fixed cells aside), with each row's cost and the number of
// employees on each day and shift type, [day * types + shift].
RosterSolver::Cost rosterCost(const RosterModel &model, const Evaluator &evaluator, const std::vector<int> &cells,
                              std::vector<RowCost> &rows, std::vector<int> &counts)
{
    const int days = model.days;
    const int types = int(model.shifts.size());
    rows.assign(model.employees.size(), {});
    counts.assign(std::size_t(days) * std::size_t(types), 0);
    RosterSolver::Cost cost;
    for (int e = 0; e < int(model.employees.size()); ++e) {
        const int *row = &cells[std::size_t(e) * std::size_t(days)];
        rows[std::size_t(e)] = evaluator.row(e, row);
        cost.hard += rows[std::size_t(e)].hard;
        cost.soft += rows[std::size_t(e)].soft;
        for (int d = 0; d < days; ++d) {
            if (row[d] >= 0)
                ++counts[std::size_t(d) * std::size_t(types) + std::size_t(row[d])];
        }
    }
    for (int d = 0; d < days; ++d) {
        for (int s = 0; s < types; ++s) {
            const RowCost cover = evaluator.cover(d, s, counts[std::size_t(d) * std::size_t(types) + std::size_t(s)]);
            cost.hard += cover.hard;
            cost.soft += cover.soft;
        }
    }
    return cost;
}

// What a search may spend: a number of moves, or else the time from `start`.
struct Budget
{
    qint64 moves = 0;
    Clock::time_point start;
    double seconds = 0;
};

// One thread's search: simulated annealing over changes of one cell, exchanges of a day between
// two employees, exchanges of a block of days between two employees and blocks of one shift.
class Search
{
public:
    Search(const RosterModel &model, const Evaluator &evaluator, std::vector<int> start, quint64 seed, const Budget &budget)
        : m(model)
        , m_evaluator(evaluator)
        , m_budget(budget)
        , m_random(seed)
        , m_cells(std::move(start))
        , m_employees(int(model.employees.size()))
        , m_days(model.days)
        , m_types(int(model.shifts.size()))
    {
        for (int e = 0; e < m_employees; ++e) {
            for (int d = 0; d < m_days; ++d) {
                if (m.employees[std::size_t(e)].fixed[std::size_t(d)] != RosterModel::Unfixed)
                    m_cells[cell(e, d)] = m.employees[std::size_t(e)].fixed[std::size_t(d)];
                else
                    m_free.push_back(int(cell(e, d)));
            }
        }
        // The values a cell of each employee may take: off and the types she may work at all.
        m_allowed.resize(std::size_t(m_employees));
        for (int e = 0; e < m_employees; ++e) {
            m_allowed[std::size_t(e)].push_back(RosterModel::Off);
            for (int s = 0; s < m_types; ++s) {
                if (m.employees[std::size_t(e)].maxShifts[std::size_t(s)] > 0)
                    m_allowed[std::size_t(e)].push_back(s);
            }
        }
        int unit = 0;
        for (const RosterModel::ShiftType &type : m.shifts) {
            unit = std::gcd(unit, type.minutes);
            m_longestShift = std::max(m_longestShift, type.minutes);
        }
        m_minuteUnit = std::max(1, unit);
        recompute();
        m_best = m_cells;
        m_bestCost = m_cost;
        m_rowA.resize(std::size_t(m_days));
        m_rowB.resize(std::size_t(m_days));
    }

    const std::vector<int> &best() const { return m_best; }
    RosterSolver::Cost bestCost() const { return m_bestCost; }
    qint64 moves() const { return m_moves; }

    // Runs `count` moves (or fewer when there is nothing to change). The temperature falls with
    // how far the search is through its budget: its moves when it has a number of them (so that
    // a seed and a number of moves always give the same roster), else its time.
    void run(qint64 count)
    {
        if (m_free.empty() || m_employees == 0)
            return;
        for (qint64 i = 0; i < count; ++i) {
            if (m_moves % 1024 == 0) {
                const double done = m_budget.moves > 0 ? double(m_moves) / double(m_budget.moves)
                                                       : std::chrono::duration<double>(Clock::now() - m_budget.start).count()
                                                             / std::max(1e-9, m_budget.seconds);
                m_temperature = FirstTemperature * std::pow(LastTemperature / FirstTemperature, std::clamp(done, 0.0, 1.0));
            }
            if (m_moves % RebuildEvery == RebuildEvery - 1)
                rebuildRow(m_random.below(m_employees));
            ++m_moves;
            const int kind = m_random.below(100);
            if (kind < 35)
                changeCell();
            else if (kind < 55)
                exchange(1);
            else if (kind < 80)
                exchange(2 + m_random.below(6));
            else if (kind < 90)
                moveWithinRow();
            else
                assignBlock();
        }
    }

    // The best roster found, with every row re-planned around the others until none improves.
    void finish()
    {
        if (m_free.empty() || m_employees == 0)
            return;
        m_cells = m_best;
        recompute();
        polish();
    }

private:
    std::size_t cell(int employee, int day) const { return std::size_t(employee) * std::size_t(m_days) + std::size_t(day); }
    bool isFixed(int employee, int day) const { return m.employees[std::size_t(employee)].fixed[std::size_t(day)] != RosterModel::Unfixed; }

    void recompute()
    {
        m_cost = rosterCost(m, m_evaluator, m_cells, m_rows, m_counts);
    }

    int &count(int day, int shift) { return m_counts[std::size_t(day) * std::size_t(m_types) + std::size_t(shift)]; }

    // The cover cost change of moving one worker on `day` from shift `from` to shift `to`.
    RowCost coverDelta(int day, int from, int to)
    {
        RowCost delta;
        const auto add = [&delta](const RowCost &after, const RowCost &before) {
            delta.hard += after.hard - before.hard;
            delta.soft += after.soft - before.soft;
        };
        if (from >= 0)
            add(m_evaluator.cover(day, from, count(day, from) - 1), m_evaluator.cover(day, from, count(day, from)));
        if (to >= 0)
            add(m_evaluator.cover(day, to, count(day, to) + 1), m_evaluator.cover(day, to, count(day, to)));
        return delta;
    }

    bool accept(qint64 delta)
    {
        return delta <= 0 || m_random.unit() < std::exp(-double(delta) / m_temperature);
    }

    // Puts `row` (of m_days cells) in place of the employee's row, with its cost, and counts the
    // cover again where the two differ.
    void replaceRow(int employee, const int *row, const RowCost &cost)
    {
        for (int day = 0; day < m_days; ++day) {
            int &current = m_cells[cell(employee, day)];
            if (current == row[day])
                continue;
            if (current >= 0)
                --count(day, current);
            if (row[day] >= 0)
                ++count(day, row[day]);
            current = row[day];
        }
        m_rows[std::size_t(employee)] = cost;
    }

    // An accepted move changed the roster's cost by `hard` and `soft`.
    void moved(qint64 hard, qint64 soft)
    {
        m_cost.hard += hard;
        m_cost.soft += soft;
        if (m_cost < m_bestCost) {
            m_bestCost = m_cost;
            m_best = m_cells;
        }
    }

    void changeCell()
    {
        const int at = m_free[std::size_t(m_random.below(int(m_free.size())))];
        const int e = at / m_days;
        const int d = at % m_days;
        const int from = m_cells[std::size_t(at)];
        const std::vector<int> &allowed = m_allowed[std::size_t(e)];
        const int to = allowed[std::size_t(m_random.below(int(allowed.size())))];
        if (to == from)
            return;
        std::copy_n(&m_cells[cell(e, 0)], m_days, m_rowA.begin());
        m_rowA[std::size_t(d)] = to;
        const RowCost row = m_evaluator.row(e, m_rowA.data());
        const RowCost &old = m_rows[std::size_t(e)];
        const RowCost cover = coverDelta(d, from, to);
        const qint64 hard = row.hard - old.hard + cover.hard;
        const qint64 soft = row.soft - old.soft + cover.soft;
        if (!accept(hard * HardWeight + soft))
            return;
        replaceRow(e, m_rowA.data(), row);
        moved(hard, soft);
    }

    // Two employees exchange `length` consecutive days: the cover stays as it is.
    void exchange(int length)
    {
        if (m_employees < 2)
            return;
        length = std::min(length, m_days);
        const int a = m_random.below(m_employees);
        int b = m_random.below(m_employees - 1);
        if (b >= a)
            ++b;
        const int first = m_random.below(m_days - length + 1);
        bool differs = false;
        for (int d = first; d < first + length; ++d) {
            if (isFixed(a, d) || isFixed(b, d))
                return;
            differs = differs || m_cells[cell(a, d)] != m_cells[cell(b, d)];
        }
        if (!differs)
            return;
        std::copy_n(&m_cells[cell(a, 0)], m_days, m_rowA.begin());
        std::copy_n(&m_cells[cell(b, 0)], m_days, m_rowB.begin());
        for (int d = first; d < first + length; ++d)
            std::swap(m_rowA[std::size_t(d)], m_rowB[std::size_t(d)]);
        const RowCost rowA = m_evaluator.row(a, m_rowA.data());
        const RowCost rowB = m_evaluator.row(b, m_rowB.data());
        const qint64 hard = rowA.hard + rowB.hard - m_rows[std::size_t(a)].hard - m_rows[std::size_t(b)].hard;
        const qint64 soft = rowA.soft + rowB.soft - m_rows[std::size_t(a)].soft - m_rows[std::size_t(b)].soft;
        if (!accept(hard * HardWeight + soft))
            return;
        replaceRow(a, m_rowA.data(), rowA);
        replaceRow(b, m_rowB.data(), rowB);
        moved(hard, soft);
    }

    // Every employee's row planned anew around the others, until none improves (at most three
    // rounds): the end of a cooling cycle, where single moves no longer find anything.
    void polish()
    {
        for (int round = 0; round < 3; ++round) {
            bool changed = false;
            for (int e = 0; e < m_employees; ++e)
                changed = rebuildRow(e) || changed;
            if (!changed)
                break;
        }
    }

    // The best row for `employee` with every other row as it is, by dynamic programming over the
    // days with the state (value of the day, length of the current run of work or rest, weekends
    // worked, minutes worked): exact for successions, days off, fixed cells, consecutive work and
    // rest, weekends and total minutes; the maximum per shift type is checked afterwards. Taken
    // when it is not worse than the current row; returns whether the roster changed.
    bool rebuildRow(int employee)
    {
        const RosterModel::Employee &e = m.employees[std::size_t(employee)];
        const std::vector<int> &values = m_allowed[std::size_t(employee)];
        const int valueCount = int(values.size());
        const int runCap = std::max({e.maxConsecutiveShifts, e.minConsecutiveShifts, e.minConsecutiveDaysOff, 1});
        // Weekends and minutes are part of the state only when they are limited.
        const bool trackWeekends = e.maxWeekends >= 0;
        const bool trackMinutes = e.minTotalMinutes > 0 || qint64(e.maxTotalMinutes) < qint64(m_days) * m_longestShift;
        const int weekendCap = trackWeekends ? e.maxWeekends + 1 : 1;
        const int minuteCap = trackMinutes ? std::max(0, e.maxTotalMinutes) / m_minuteUnit + 1 : 1;
        const qint64 states = qint64(valueCount) * runCap * weekendCap * minuteCap;
        if (states * m_days > 50'000'000)
            return false; // too large to plan this way; the single moves still work on it
        const auto state = [&](int v, int run, int weekends, int minutes) {
            return ((v * runCap + (run - 1)) * weekendCap + weekends) * minuteCap + minutes;
        };
        constexpr qint64 Unreached = std::numeric_limits<qint64>::max();
        m_dpCost.assign(std::size_t(states), Unreached);
        m_dpBack.assign(std::size_t(states) * std::size_t(m_days), -1);
        const int *row = &m_cells[cell(employee, 0)];
        // What the day costs with this employee on `value`, the others as they are.
        const auto dayCost = [&](int day, int value) -> qint64 {
            const RosterModel::Employee &who = e;
            if (value >= 0 && who.dayOff[std::size_t(day)])
                return Unreached;
            if (who.fixed[std::size_t(day)] != RosterModel::Unfixed && who.fixed[std::size_t(day)] != value)
                return Unreached;
            if (value < 0 && !who.mustWork.empty() && who.mustWork[std::size_t(day)])
                return Unreached;
            const qint64 change = !who.current.empty() && who.current[std::size_t(day)] != RosterModel::Unfixed
                    && who.current[std::size_t(day)] != value
                ? m.changeWeight
                : 0;
            if (value < 0)
                return change;
            const int others = count(day, value) - (row[day] == value ? 1 : 0);
            const RowCost with = m_evaluator.cover(day, value, others + 1);
            const RowCost without = m_evaluator.cover(day, value, others);
            return (with.hard - without.hard) * HardWeight + with.soft - without.soft + change
                   - m_evaluator.onWeight(employee, day, value) + m_evaluator.offWeight(employee, day, value);
        };
        const auto minutesOf = [&](int value) { return trackMinutes && value >= 0 ? m.shifts[std::size_t(value)].minutes / m_minuteUnit : 0; };
        for (int v = 0; v < valueCount; ++v) {
            const int value = values[std::size_t(v)];
            const qint64 cost = dayCost(0, value);
            const int weekends = trackWeekends && value >= 0 && m_evaluator.weekend(0) >= 0 ? 1 : 0;
            if (cost == Unreached || weekends >= weekendCap || minutesOf(value) >= minuteCap)
                continue;
            m_dpCost[std::size_t(state(v, 1, weekends, minutesOf(value)))] = cost;
        }
        for (int day = 1; day < m_days; ++day) {
            m_dpNext.assign(std::size_t(states), Unreached);
            qint64 costs[RosterModel::MaxShiftTypes + 1];
            for (int v = 0; v < valueCount; ++v)
                costs[v] = dayCost(day, values[std::size_t(v)]);
            const bool weekendDay = trackWeekends && m_evaluator.weekend(day) >= 0;
            const bool sameWeekend = weekendDay && m_evaluator.weekend(day - 1) == m_evaluator.weekend(day);
            int *back = &m_dpBack[std::size_t(day) * std::size_t(states)];
            for (int v = 0; v < valueCount; ++v) {
                const int value = values[std::size_t(v)];
                const bool working = value >= 0;
                for (int run = 1; run <= runCap; ++run) {
                    for (int weekends = 0; weekends < weekendCap; ++weekends) {
                        const int base = state(v, run, weekends, 0);
                        for (int minutes = 0; minutes < minuteCap; ++minutes) {
                            const qint64 cost = m_dpCost[std::size_t(base + minutes)];
                            if (cost == Unreached)
                                continue;
                            for (int v2 = 0; v2 < valueCount; ++v2) {
                                if (costs[v2] == Unreached)
                                    continue;
                                const int next = values[std::size_t(v2)];
                                const bool working2 = next >= 0;
                                if (working && working2 && m.shifts[std::size_t(value)].cannotFollow[std::size_t(next)])
                                    continue;
                                int run2 = 1;
                                if (working2 == working) {
                                    run2 = run + 1;
                                    if (working && e.maxConsecutiveShifts > 0 && run2 > e.maxConsecutiveShifts)
                                        continue;
                                    run2 = std::min(run2, runCap);
                                } else if (run != day) {
                                    // A run ends: shorter than its minimum only when it began on day 0.
                                    if (working && run < e.minConsecutiveShifts)
                                        continue;
                                    if (!working && run < e.minConsecutiveDaysOff)
                                        continue;
                                }
                                const int weekends2 = weekends + (working2 && weekendDay && !(working && sameWeekend) ? 1 : 0);
                                const int minutes2 = minutes + minutesOf(next);
                                if (weekends2 >= weekendCap || minutes2 >= minuteCap)
                                    continue;
                                const int to = state(v2, run2, weekends2, minutes2);
                                const qint64 total = cost + costs[v2];
                                if (total < m_dpNext[std::size_t(to)]) {
                                    m_dpNext[std::size_t(to)] = total;
                                    back[to] = base + minutes;
                                }
                            }
                        }
                    }
                }
            }
            std::swap(m_dpCost, m_dpNext);
        }
        int bestState = -1;
        qint64 bestCost = Unreached;
        const int minMinutes = (std::max(0, e.minTotalMinutes) + m_minuteUnit - 1) / m_minuteUnit;
        for (int s = 0; s < int(states); ++s) {
            if (m_dpCost[std::size_t(s)] < bestCost && s % minuteCap >= minMinutes) {
                bestCost = m_dpCost[std::size_t(s)];
                bestState = s;
            }
        }
        if (bestState < 0)
            return false;
        m_dpRow.resize(std::size_t(m_days));
        for (int day = m_days - 1, s = bestState; day >= 0; --day) {
            m_dpRow[std::size_t(day)] = values[std::size_t(s / minuteCap / weekendCap / runCap)];
            s = day > 0 ? m_dpBack[std::size_t(day) * std::size_t(states) + std::size_t(s)] : s;
        }
        // Each day changes by one worker at most, so the days' cover changes add up.
        RowCost cover;
        for (int day = 0; day < m_days; ++day) {
            if (const int from = row[day], to = m_dpRow[std::size_t(day)]; from != to) {
                const RowCost delta = coverDelta(day, from, to);
                cover.hard += delta.hard;
                cover.soft += delta.soft;
            }
        }
        const RowCost newRow = m_evaluator.row(employee, m_dpRow.data());
        const qint64 hard = newRow.hard - m_rows[std::size_t(employee)].hard + cover.hard;
        const qint64 soft = newRow.soft - m_rows[std::size_t(employee)].soft + cover.soft;
        if (!(hard < 0 || (hard == 0 && soft < 0)))
            return false;
        replaceRow(employee, m_dpRow.data(), newRow);
        moved(hard, soft);
        return true;
    }

    // One employee exchanges two of her days: her counts and minutes stay as they are.
    void moveWithinRow()
    {
        const int e = m_random.below(m_employees);
        const int a = m_random.below(m_days);
        const int b = m_random.below(m_days);
        const int atA = m_cells[cell(e, a)];
        const int atB = m_cells[cell(e, b)];
        if (a == b || atA == atB || isFixed(e, a) || isFixed(e, b))
            return;
        std::copy_n(&m_cells[cell(e, 0)], m_days, m_rowA.begin());
        std::swap(m_rowA[std::size_t(a)], m_rowA[std::size_t(b)]);
        const RowCost coverA = coverDelta(a, atA, atB);
        const RowCost coverB = coverDelta(b, atB, atA);
        const RowCost row = m_evaluator.row(e, m_rowA.data());
        const qint64 hard = row.hard - m_rows[std::size_t(e)].hard + coverA.hard + coverB.hard;
        const qint64 soft = row.soft - m_rows[std::size_t(e)].soft + coverA.soft + coverB.soft;
        if (!accept(hard * HardWeight + soft))
            return;
        replaceRow(e, m_rowA.data(), row);
        moved(hard, soft);
    }

    // One employee works one shift type (or is off) on 2 to 5 consecutive days.
    void assignBlock()
    {
        const int e = m_random.below(m_employees);
        const int length = std::min(2 + m_random.below(4), m_days);
        const int first = m_random.below(m_days - length + 1);
        const std::vector<int> &allowed = m_allowed[std::size_t(e)];
        const int to = allowed[std::size_t(m_random.below(int(allowed.size())))];
        std::copy_n(&m_cells[cell(e, 0)], m_days, m_rowA.begin());
        RowCost cover;
        bool differs = false;
        for (int d = first; d < first + length; ++d) {
            if (isFixed(e, d))
                return;
            const int from = m_rowA[std::size_t(d)];
            if (from != to) {
                differs = true;
                const RowCost day = coverDelta(d, from, to);
                cover.hard += day.hard;
                cover.soft += day.soft;
                m_rowA[std::size_t(d)] = to;
            }
        }
        if (!differs)
            return;
        const RowCost row = m_evaluator.row(e, m_rowA.data());
        const qint64 hard = row.hard - m_rows[std::size_t(e)].hard + cover.hard;
        const qint64 soft = row.soft - m_rows[std::size_t(e)].soft + cover.soft;
        if (!accept(hard * HardWeight + soft))
            return;
        replaceRow(e, m_rowA.data(), row);
        moved(hard, soft);
    }

    const RosterModel &m;
    const Evaluator &m_evaluator;
    Budget m_budget;
    Random m_random;
    std::vector<int> m_cells;
    std::vector<int> m_free; // cells the search may change
    std::vector<std::vector<int>> m_allowed; // per employee: Off and the shift types with a maximum above 0
    int m_employees;
    int m_days;
    int m_types;
    std::vector<RowCost> m_rows;
    std::vector<int> m_counts; // [day * types + shift]: employees working it
    RosterSolver::Cost m_cost;
    std::vector<int> m_best;
    RosterSolver::Cost m_bestCost;
    std::vector<int> m_rowA;
    std::vector<int> m_rowB;
    double m_temperature = FirstTemperature;
    qint64 m_moves = 0;
    int m_minuteUnit = 1; // greatest common divisor of the shift lengths
    int m_longestShift = 0;
    std::vector<qint64> m_dpCost;
    std::vector<qint64> m_dpNext;
    std::vector<int> m_dpBack; // [day * states + state]: the state of the day before
    std::vector<int> m_dpRow;
};

// Seeds for the threads, so that thread i of seed s always searches the same way.
quint64 threadSeed(quint64 seed, int thread)
{
    Random random(seed * 0x100000001b3ULL + quint64(thread));
    return random.next();
}

} // namespace

RosterSolver::RosterSolver(const RosterModel &model)
    : m_model(model)
{
}

RosterSolver::Cost RosterSolver::evaluate(const std::vector<int> &cells) const
{
    const Evaluator evaluator(m_model);
    std::vector<RowCost> rows;
    std::vector<int> counts;
    Cost cost = rosterCost(m_model, evaluator, cells, rows, counts);
    // The search never changes a fixed cell; a roster given from outside may differ there.
    for (std::size_t e = 0; e < m_model.employees.size(); ++e) {
        for (int d = 0; d < m_model.days; ++d) {
            const int fixed = m_model.employees[e].fixed[std::size_t(d)];
            if (fixed != RosterModel::Unfixed && fixed != cells[e * std::size_t(m_model.days) + std::size_t(d)])
                ++cost.hard;
        }
    }
    return cost;
}

RosterSolver::Result RosterSolver::solve(const Options &options, const std::vector<int> &start,
                                         const std::function<void(const Progress &)> &progress, const std::atomic_bool *cancel) const
{
    const auto began = Clock::now();
    const std::size_t size = m_model.employees.size() * std::size_t(std::max(0, m_model.days));
    std::vector<int> initial = start.size() == size ? start : std::vector<int>(size, RosterModel::Off);
    const Evaluator evaluator(m_model);
    const int threads = std::max(1, options.threads);

    const Budget budget{std::max<qint64>(0, options.maxIterations), began, options.seconds};
    std::vector<std::unique_ptr<Search>> searches;
    for (int t = 0; t < threads; ++t)
        searches.push_back(std::make_unique<Search>(m_model, evaluator, initial, threadSeed(options.seed, t), budget));

    std::mutex mutex;
    std::condition_variable finished;
    int running = threads;
    std::atomic_bool stop = false;
    std::vector<qint64> moves(std::size_t(threads), 0);
    std::vector<Cost> bests(moves.size());
    const auto deadline = began + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(std::max(0.0, options.seconds)));
    const bool byMoves = options.maxIterations > 0;
    constexpr qint64 Slice = 20000; // moves between looks at the clock and the cancel flag

    std::vector<std::thread> workers;
    for (int t = 0; t < threads; ++t) {
        workers.emplace_back([&, t] {
            Search &search = *searches[std::size_t(t)];
            while (!stop.load(std::memory_order_relaxed)) {
                const qint64 left = byMoves ? options.maxIterations - search.moves() : Slice;
                if (left <= 0)
                    break;
                search.run(std::min(left, Slice));
                {
                    const std::lock_guard lock(mutex);
                    moves[std::size_t(t)] = search.moves();
                    bests[std::size_t(t)] = search.bestCost();
                }
                if ((cancel && cancel->load()) || (!byMoves && Clock::now() >= deadline))
                    break;
                if (search.moves() == 0)
                    break; // nothing to change
            }
            search.finish();
            const std::lock_guard lock(mutex);
            moves[std::size_t(t)] = search.moves();
            bests[std::size_t(t)] = search.bestCost();
            --running;
            finished.notify_all();
        });
    }
    {
        std::unique_lock lock(mutex);
        while (running > 0) {
            finished.wait_for(lock, std::chrono::milliseconds(100));
            if (cancel && cancel->load())
                stop = true;
            if (progress && running > 0) {
                Progress now;
                now.best = *std::min_element(bests.begin(), bests.end());
                now.seconds = std::chrono::duration<double>(Clock::now() - began).count();
                for (qint64 m : moves)
                    now.iterations += m;
                lock.unlock();
                progress(now);
                lock.lock();
            }
        }
    }
    for (std::thread &worker : workers)
        worker.join();

    Result result;
    std::size_t bestThread = 0;
    for (std::size_t t = 1; t < searches.size(); ++t) {
        if (searches[t]->bestCost() < searches[bestThread]->bestCost())
            bestThread = t;
    }
    result.cells = searches[bestThread]->best();
    result.cost = evaluate(result.cells);
    result.seconds = std::chrono::duration<double>(Clock::now() - began).count();
    for (const auto &search : searches)
        result.iterations += search->moves();
    result.cancelled = cancel && cancel->load();
    return result;
}
