#pragma once

#include <QRandomGenerator>
#include <chrono>

// How long to wait before sending a request again after a failure worth retrying (a 5xx, a
// timeout, a network error): exponential back-off with full jitter, so that clients that failed
// together do not all come back together. Attempts are not limited; the caller reports them.
class RetryPolicy
{
public:
    static constexpr std::chrono::milliseconds defaultBase{2000};
    static constexpr std::chrono::milliseconds defaultCap{5 * 60 * 1000};

    // `random` is the policy's only source of chance: tests pass a seeded generator.
    explicit RetryPolicy(QRandomGenerator random = QRandomGenerator::securelySeeded(),
                         std::chrono::milliseconds base = defaultBase, std::chrono::milliseconds cap = defaultCap);

    std::chrono::milliseconds base() const;
    std::chrono::milliseconds cap() const;

    // The longest wait before retry number `attempt` (1 for the first retry):
    // base × 2^(attempt − 1), at most the cap.
    std::chrono::milliseconds ceiling(int attempt) const;
    // The wait before retry number `attempt`, drawn uniformly from 0 to ceiling(attempt).
    std::chrono::milliseconds delay(int attempt);

private:
    QRandomGenerator m_random;
    std::chrono::milliseconds m_base;
    std::chrono::milliseconds m_cap;
};
