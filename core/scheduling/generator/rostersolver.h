#pragma once

#include "rostermodel.h"

#include <atomic>
#include <functional>
#include <vector>

// Searches for the roster of least cost: hard violations first (each counted as one, never
// traded for soft cost), then the weighted soft cost. Runs `threads` independent searches from
// seeds derived from `seed` for `seconds` and keeps the best; the same seed, time budget and
// thread count give the same roster when the searches are stopped by `maxIterations` instead of
// time (for reproducible results, which a time budget cannot promise on a busy machine).
class RosterSolver
{
public:
    struct Options
    {
        double seconds = 30;
        quint64 seed = 1;
        int threads = 2;
        qint64 maxIterations = 0; // per thread; 0: until the time is up
    };

    struct Cost
    {
        qint64 hard = 0; // hard constraints broken
        qint64 soft = 0; // weighted soft cost
        bool operator<(const Cost &other) const { return hard != other.hard ? hard < other.hard : soft < other.soft; }
        bool operator==(const Cost &other) const = default;
    };

    struct Progress
    {
        Cost best;
        double seconds = 0;
        qint64 iterations = 0;
    };

    struct Result
    {
        std::vector<int> cells; // [employee * days + day]: shift type index or RosterModel::Off
        Cost cost;
        double seconds = 0;
        qint64 iterations = 0;
        bool cancelled = false;
    };

    explicit RosterSolver(const RosterModel &model);

    // `start` (optional, same layout as Result::cells) is improved upon; fixed cells are kept.
    // `progress` is called from the calling thread, about every 100 ms, with the best so far;
    // `cancel` set to true stops the search, which still returns the best found.
    Result solve(const Options &options, const std::vector<int> &start = {}, const std::function<void(const Progress &)> &progress = {},
                 const std::atomic_bool *cancel = nullptr) const;

    // The cost of a complete roster under the model, from scratch.
    Cost evaluate(const std::vector<int> &cells) const;

private:
    const RosterModel &m_model;
};
