#pragma once

#include "demostaffmember.h"
#include "model/leaverequest.h"
#include "model/shift.h"
#include "model/shifttype.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <vector>

class DemoRandom;
class ZoneRules;

// Builds the demo rota day by day with the rules a coordinator would keep: each team's cover
// per shift type, nobody on two shifts a day, 11 hours' rest between shifts, nights in blocks
// of two to four followed by two days off, no work on approved leave, on excluded weekdays or
// outside a working term, hours in proportion to FTE, weekends shared out. Some days are left
// short on purpose, as real rotas are.
class DemoRotaPlanner
{
public:
    struct Cover
    {
        QList<int> weekday; // people per shift type (index into the types), Monday to Friday
        QList<int> weekend;
    };

    // `types` must carry their ids; `cover` has one entry per team.
    DemoRotaPlanner(QDate from, QDate to, QDate today, const QByteArray &zone, const QList<ShiftType> &types,
                    const QList<Cover> &cover, DemoRandom &random);

    void setShortDayPercent(int percent) { m_shortDayPercent = percent; }
    void setNotes(const QStringList &notes) { m_notes = notes; }

    // Ordered by date, then team and shift type. Past shifts are completed.
    QList<Shift> plan(const QList<DemoStaffMember> &staff, const QList<LeaveRequest> &leave);

private:
    enum : qint8 { Free = -1, Rest = -2 };
    struct Person
    {
        const DemoStaffMember *member = nullptr;
        std::vector<qint8> day;     // shift type index, Free or Rest
        std::vector<bool> onLeave;  // approved leave
        std::vector<int> weekMinutes;
        qint64 minutes = 0;
        int weekendShifts = 0;
    };
    struct Times
    {
        qint64 start = 0;
        qint64 end = 0;
    };

    int dayCount() const { return int(m_from.daysTo(m_to)) + 1; }
    int weekOf(int day) const { return (day + m_from.dayOfWeek() - 1) / 7; }
    bool isWeekend(int day) const { return m_from.addDays(day).dayOfWeek() > 5; }
    bool isNight(int type) const;
    bool isTimed(int type) const { return !m_types.at(type).isWholeDay(); }
    bool isHalfDay(int type) const { return isTimed(type) && m_types.at(type).duration_minutes <= 360; }
    const Times &times(int day, int type) const { return m_times[size_t(day) * m_types.size() + type]; }

    bool canWork(const Person &person, int day, int type, bool afterNight = false) const;
    bool restOk(int day, int type, int otherDay, int otherType) const;
    int nightBlockLength(int day) const;
    QList<int> candidates(const QList<int> &team, int day);
    void assign(Person &person, int day, int type);
    void unassign(Person &person, int day);
    void fillNights(const QList<int> &team, int day, int type, int wanted);
    void fillDay(const QList<int> &team, int day, int type, int wanted);
    QList<Shift> toShifts();

    QDate m_from;
    QDate m_to;
    QDate m_today;
    QByteArray m_zone;
    const ZoneRules *m_rules = nullptr;
    QList<ShiftType> m_types;
    QList<int> m_typeOrder; // nights first, then whole-day, then longest first
    QList<Cover> m_cover;
    DemoRandom &m_random;
    int m_shortDayPercent = 2;
    QStringList m_notes;
    std::vector<Times> m_times;
    std::vector<Person> m_people;
};
