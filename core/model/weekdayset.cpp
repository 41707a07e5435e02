#include "weekdayset.h"

#include <bit>

WeekdaySet WeekdaySet::fromList(const QList<int> &days)
{
    WeekdaySet set;
    for (int day : days)
        set.insert(day);
    return set;
}

bool WeekdaySet::contains(int isoWeekday) const
{
    return isoWeekday >= 1 && isoWeekday <= 7 && (m_bits & (1u << isoWeekday)) != 0;
}

void WeekdaySet::insert(int isoWeekday)
{
    if (isoWeekday >= 1 && isoWeekday <= 7)
        m_bits = static_cast<unsigned char>(m_bits | (1u << isoWeekday));
}

void WeekdaySet::remove(int isoWeekday)
{
    if (isoWeekday >= 1 && isoWeekday <= 7)
        m_bits = static_cast<unsigned char>(m_bits & ~(1u << isoWeekday));
}

int WeekdaySet::count() const
{
    return std::popcount(static_cast<unsigned>(m_bits));
}

QList<int> WeekdaySet::toList() const
{
    QList<int> days;
    for (int day = 1; day <= 7; ++day) {
        if (contains(day))
            days.append(day);
    }
    return days;
}

QJsonArray WeekdaySet::toJson() const
{
    QJsonArray array;
    for (int day : toList())
        array.append(day);
    return array;
}

bool WeekdaySet::fromJson(const QJsonArray &json, WeekdaySet *out)
{
    WeekdaySet set;
    for (const QJsonValue &value : json) {
        if (!value.isDouble())
            return false;
        const double number = value.toDouble();
        const int day = static_cast<int>(number);
        if (day != number || day < 1 || day > 7)
            return false;
        set.insert(day);
    }
    *out = set;
    return true;
}
