#pragma once

// What the benchmarks share: timing a piece of work several times in this process and printing
// the medians of ours and of the reference, their ratio and the target.

#include <QElapsedTimer>
#include <QList>
#include <algorithm>
#include <cstdio>
#include <functional>

namespace Bench {

inline double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

// Milliseconds of each of `runs` runs.
inline QList<double> timeRuns(int runs, const std::function<void()> &run)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        run();
        ms << timer.nsecsElapsed() / 1e6;
    }
    return ms;
}

inline void report(const char *what, const QList<double> &ours, const QList<double> &reference, double targetMs)
{
    const double a = median(ours);
    const double b = median(reference);
    std::printf("%-44s ours %9.2f ms   reference %9.2f ms   ratio %6.2f   target < %.0f ms: %s\n", what, a, b, a / b, targetMs,
                a < targetMs ? "met" : "MISSED");
}

} // namespace Bench
