#include "retrypolicy.h"

#include <algorithm>

RetryPolicy::RetryPolicy(QRandomGenerator random, std::chrono::milliseconds base, std::chrono::milliseconds cap)
    : m_random(std::move(random))
    , m_base(base)
    , m_cap(cap)
{
}

std::chrono::milliseconds RetryPolicy::base() const
{
    return m_base;
}

std::chrono::milliseconds RetryPolicy::cap() const
{
    return m_cap;
}

std::chrono::milliseconds RetryPolicy::ceiling(int attempt) const
{
    std::chrono::milliseconds wait = m_base;
    // Doubling stops at the cap, so that no attempt number can overflow.
    for (int i = 1; i < attempt && wait < m_cap; ++i)
        wait *= 2;
    return std::min(wait, m_cap);
}

std::chrono::milliseconds RetryPolicy::delay(int attempt)
{
    const qint64 highest = ceiling(attempt).count();
    return std::chrono::milliseconds(m_random.bounded(highest + 1));
}
