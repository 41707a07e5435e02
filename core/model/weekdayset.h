#pragma once

#include <QJsonArray>
#include <QList>

// A set of ISO weekdays (1 = Monday ... 7 = Sunday), as used by working terms and repeating
// shifts. Stored as a JSON array of weekday numbers.
class WeekdaySet
{
public:
    WeekdaySet() = default;
    static WeekdaySet fromList(const QList<int> &days);

    bool contains(int isoWeekday) const;
    void insert(int isoWeekday);
    void remove(int isoWeekday);
    bool isEmpty() const { return m_bits == 0; }
    int count() const;
    QList<int> toList() const;
    bool intersects(const WeekdaySet &other) const { return (m_bits & other.m_bits) != 0; }

    QJsonArray toJson() const;
    // False when an element is not a whole number from 1 to 7.
    static bool fromJson(const QJsonArray &json, WeekdaySet *out);

    bool operator==(const WeekdaySet &) const = default;

private:
    unsigned char m_bits = 0;
};
