#pragma once

#include <QList>
#include <QRandomGenerator>

// The demo's one source of chance: seeded, so that the same "today" always gives the same
// workspace.
class DemoRandom
{
public:
    explicit DemoRandom(quint32 seed) : m_generator(seed) { }

    int between(int lowest, int highest) // inclusive
    {
        return lowest + int(m_generator.bounded(quint32(highest - lowest + 1)));
    }
    bool chance(int percent) { return between(1, 100) <= percent; }
    bool oneIn(int n) { return between(1, n) == 1; }

    template <typename T>
    const T &pick(const QList<T> &values) { return values.at(between(0, int(values.size()) - 1)); }

    template <typename T>
    void shuffle(QList<T> &values)
    {
        for (qsizetype i = values.size() - 1; i > 0; --i)
            values.swapItemsAt(i, between(0, int(i)));
    }

private:
    QRandomGenerator m_generator;
};
