#include "rotaproposal.h"

#include "rotaproblem.h"

#include <algorithm>

namespace {

RotaProposal::Coverage coverageOf(const RotaProblem &problem, const std::vector<int> &cells)
{
    const RosterModel &model = problem.model();
    const int types = int(model.shifts.size());
    RotaProposal::Coverage coverage;
    std::vector<int> counts(static_cast<std::size_t>(types));
    for (int day = problem.firstDay(); day <= problem.lastDay(); ++day) {
        std::fill(counts.begin(), counts.end(), 0);
        for (std::size_t row = 0; row < model.employees.size(); ++row) {
            const int cell = cells[row * std::size_t(model.days) + std::size_t(day)];
            if (cell >= 0)
                ++counts[std::size_t(cell)];
        }
        bool belowMinimum = false;
        for (int t = 0; t < types; ++t) {
            const RosterModel::Cover &cover = model.coverAt(day, t);
            const int count = counts[std::size_t(t)];
            if (cover.minimum > 0 || cover.requirement > 0 || cover.maximum > 0)
                ++coverage.slotCount;
            if (count < cover.minimum) {
                belowMinimum = true;
                coverage.shortOfMinimum += cover.minimum - count;
            }
            coverage.shortOfIdeal += std::max(0, cover.requirement - count);
            coverage.overIdeal += std::max(0, count - cover.requirement);
            if (cover.maximum >= 0)
                coverage.overMaximum += std::max(0, count - cover.maximum);
        }
        if (belowMinimum)
            ++coverage.daysBelowMinimum;
    }
    return coverage;
}

// How often the row works what each count kind counts (minutes for a kind in minutes).
std::vector<int> countsOf(const RosterModel &model, const std::vector<int> &cells, int row)
{
    std::vector<int> counts;
    for (const RosterModel::CountKind &kind : model.countKinds) {
        int count = 0;
        for (int day = 0; day < model.days; ++day) {
            const int cell = cells[std::size_t(row) * std::size_t(model.days) + std::size_t(day)];
            if (cell >= 0 && kind.days[std::size_t(day)] && ((kind.shiftMask >> cell) & 1))
                count += kind.minutes ? model.shifts[std::size_t(cell)].minutes : 1;
        }
        counts.push_back(count);
    }
    return counts;
}

} // namespace

RotaProposal RotaProposal::make(const RotaProblem &problem, const RosterSolver::Result &result)
{
    const RosterModel &model = problem.model();
    const std::vector<int> &current = problem.current();
    RotaProposal proposal;
    proposal.changes = problem.changes(result.cells);
    for (const ShiftChange &change : std::as_const(proposal.changes)) {
        if (!change.before)
            ++proposal.added;
        else if (!change.after)
            ++proposal.removed;
        else
            ++proposal.changed;
    }
    proposal.breakdownBefore = RosterBreakdown::of(model, current);
    proposal.breakdownAfter = RosterBreakdown::of(model, result.cells);
    const RosterSolver solver(model);
    proposal.costBefore = solver.evaluate(current);
    proposal.costAfter = solver.evaluate(result.cells);
    proposal.coverageBefore = coverageOf(problem, current);
    proposal.coverageAfter = coverageOf(problem, result.cells);
    for (int kind = 0; kind < int(model.countKinds.size()); ++kind)
        proposal.kindNames.append(RotaProblem::fairnessName(problem.fairnessOf(kind)));
    const QList<double> percentages = problem.percentages();
    for (int row = 0; row < int(model.employees.size()); ++row) {
        const Clinician &clinician = problem.clinicians().at(row);
        FairShare share;
        share.clinicianId = clinician.id;
        share.name = clinician.name;
        share.percentage = percentages.at(row);
        share.before = countsOf(model, current, row);
        share.after = countsOf(model, result.cells, row);
        share.low.assign(model.countKinds.size(), FairShare::NoShare);
        share.high.assign(model.countKinds.size(), FairShare::NoShare);
        for (const RosterModel::CountTarget &target : model.employees[std::size_t(row)].targets) {
            share.low[std::size_t(target.kind)] = target.low;
            share.high[std::size_t(target.kind)] = target.high;
        }
        proposal.fairShares.append(share);
    }
    proposal.seconds = result.seconds;
    proposal.iterations = result.iterations;
    proposal.cancelled = result.cancelled;
    return proposal;
}
