#include "demorotaplanner.h"

#include "demorandom.h"
#include "model/zonerules.h"

#include <algorithm>

namespace {
constexpr qint64 minimumRestSecs = 11 * 3600;
constexpr int nightRestDays = 2;
// Hours a full-time member may work in one calendar week (the 72-hour limit of the junior
// doctors' contract); scaled by FTE.
constexpr int weeklyCapMinutes = 72 * 60;
}

DemoRotaPlanner::DemoRotaPlanner(QDate from, QDate to, QDate today, const QByteArray &zone,
                                 const QList<ShiftType> &types, const QList<Cover> &cover, DemoRandom &random)
    : m_from(from), m_to(to), m_today(today), m_zone(zone), m_rules(ZoneRules::find(zone)), m_types(types),
      m_cover(cover), m_random(random)
{
    for (int t = 0; t < m_types.size(); ++t)
        m_typeOrder.append(t);
    std::stable_sort(m_typeOrder.begin(), m_typeOrder.end(), [this](int a, int b) {
        const auto rank = [this](int t) { return isNight(t) ? 0 : isTimed(t) ? 2 : 1; };
        if (rank(a) != rank(b))
            return rank(a) < rank(b);
        return m_types.at(a).duration_minutes > m_types.at(b).duration_minutes;
    });

    m_times.resize(size_t(dayCount()) * m_types.size());
    for (int day = 0; day < dayCount() && m_rules; ++day) {
        const QDate date = m_from.addDays(day);
        for (int t = 0; t < m_types.size(); ++t) {
            const ShiftType &type = m_types.at(t);
            if (type.isWholeDay())
                continue;
            Times &slot = m_times[size_t(day) * m_types.size() + t];
            slot.start = m_rules->toUtc(date, type.start_time).utcSecs;
            slot.end = m_rules->toUtc(isNight(t) ? date.addDays(1) : date, type.end_time).utcSecs;
        }
    }
}

bool DemoRotaPlanner::isNight(int type) const
{
    const ShiftType &t = m_types.at(type);
    return !t.isWholeDay() && t.end_time <= t.start_time;
}

QList<Shift> DemoRotaPlanner::plan(const QList<DemoStaffMember> &staff, const QList<LeaveRequest> &leave)
{
    const int days = dayCount();
    m_people.clear();
    m_people.resize(staff.size());
    QList<QList<int>> teams(m_cover.size());
    for (qsizetype i = 0; i < staff.size(); ++i) {
        Person &person = m_people[i];
        person.member = &staff.at(i);
        person.day.assign(days, Free);
        person.onLeave.assign(days, false);
        person.weekMinutes.assign(weekOf(days - 1) + 1, 0);
        if (staff.at(i).team >= 0 && staff.at(i).team < teams.size())
            teams[staff.at(i).team].append(int(i));
    }
    for (const LeaveRequest &request : leave) {
        if (request.status != LeaveRequest::Status::Approved)
            continue;
        for (qsizetype i = 0; i < staff.size(); ++i) {
            if (staff.at(i).clinicianId != request.clinician_id)
                continue;
            for (QDate date = std::max(request.start_date, m_from); date <= std::min(request.end_date, m_to);
                 date = date.addDays(1))
                m_people[i].onLeave[m_from.daysTo(date)] = true;
        }
    }

    for (int day = 0; day < days; ++day) {
        for (qsizetype team = 0; team < teams.size(); ++team) {
            QList<int> wanted = isWeekend(day) ? m_cover.at(team).weekend : m_cover.at(team).weekday;
            wanted.resize(m_types.size());
            if (m_random.chance(m_shortDayPercent)) {
                QList<int> shortenable;
                for (int t = 0; t < wanted.size(); ++t) {
                    if (wanted.at(t) > 0 && !isNight(t))
                        shortenable.append(t);
                }
                if (!shortenable.isEmpty())
                    --wanted[m_random.pick(shortenable)];
            }
            for (const int t : std::as_const(m_typeOrder)) {
                if (isNight(t))
                    fillNights(teams.at(team), day, t, wanted.at(t));
                else
                    fillDay(teams.at(team), day, t, wanted.at(t));
            }
        }
    }
    return toShifts();
}

bool DemoRotaPlanner::restOk(int day, int type, int otherDay, int otherType) const
{
    if (!isTimed(type) || !isTimed(otherType))
        return true;
    const Times &first = otherDay < day ? times(otherDay, otherType) : times(day, type);
    const Times &second = otherDay < day ? times(day, type) : times(otherDay, otherType);
    return second.start - first.end >= minimumRestSecs;
}

bool DemoRotaPlanner::canWork(const Person &person, int day, int type, bool afterNight) const
{
    if (day >= dayCount() || person.day[day] != Free || person.onLeave[day])
        return false;
    const QDate date = m_from.addDays(day);
    const WorkingTerm *term = person.member->termOn(date);
    if (!term)
        return false;
    const int weekday = date.dayOfWeek();
    if (term->cannot_work_days.contains(weekday))
        return false;
    if (!term->fixed_working_days.isEmpty() && (!term->fixed_working_days.contains(weekday) || isNight(type)))
        return false;
    if (term->fixed_half_days.contains(weekday) && !isHalfDay(type))
        return false;
    if (!term->participates_in_duty && (isNight(type) || !isTimed(type)))
        return false;
    const int cap = int(weeklyCapMinutes * term->percentage / 100.0);
    if (person.weekMinutes[weekOf(day)] + m_types.at(type).duration_minutes > cap)
        return false;
    if (!afterNight && day > 0 && person.day[day - 1] >= 0 && !restOk(day, type, day - 1, person.day[day - 1]))
        return false;
    if (day + 1 < dayCount() && person.day[day + 1] >= 0 && !restOk(day, type, day + 1, person.day[day + 1]))
        return false;
    return true;
}

// Nights run Monday to Thursday and Friday to Sunday; a block that would be a single night is
// joined to the next one (at most four nights).
int DemoRotaPlanner::nightBlockLength(int day) const
{
    const int weekday = m_from.addDays(day).dayOfWeek();
    int length = weekday <= 4 ? 5 - weekday : 8 - weekday;
    if (length == 1)
        length = std::min(4, length + (weekday == 4 ? 3 : 4));
    return std::min(length, dayCount() - day);
}

// The team's members ordered by who should work next: those who must work this weekday, then
// the fewest weekend shifts (on weekends), then the fewest hours for their FTE. Members within
// the same band of hours come in random order so that the rota does not repeat.
QList<int> DemoRotaPlanner::candidates(const QList<int> &team, int day)
{
    const QDate date = m_from.addDays(day);
    struct Rank
    {
        int index;
        bool mustWork;
        double weekendLoad;
        qint64 hoursBand;
    };
    QList<Rank> ranks;
    for (const int index : team) {
        const Person &person = m_people[index];
        const WorkingTerm *term = person.member->termOn(date);
        if (!term)
            continue;
        const double share = term->percentage / 100.0;
        ranks.append({index, term->must_work_days.contains(date.dayOfWeek()),
                      isWeekend(day) ? person.weekendShifts / share : 0.0,
                      qint64(person.minutes / share) / 600});
    }
    m_random.shuffle(ranks);
    std::stable_sort(ranks.begin(), ranks.end(), [](const Rank &a, const Rank &b) {
        if (a.mustWork != b.mustWork)
            return a.mustWork;
        if (a.weekendLoad != b.weekendLoad)
            return a.weekendLoad < b.weekendLoad;
        return a.hoursBand < b.hoursBand;
    });
    QList<int> order;
    for (const Rank &rank : std::as_const(ranks))
        order.append(rank.index);
    return order;
}

void DemoRotaPlanner::assign(Person &person, int day, int type)
{
    person.day[day] = qint8(type);
    const int minutes = m_types.at(type).duration_minutes;
    person.minutes += minutes;
    person.weekMinutes[weekOf(day)] += minutes;
    if (isWeekend(day))
        ++person.weekendShifts;
}

void DemoRotaPlanner::unassign(Person &person, int day)
{
    const int minutes = m_types.at(person.day[day]).duration_minutes;
    person.day[day] = Free;
    person.minutes -= minutes;
    person.weekMinutes[weekOf(day)] -= minutes;
    if (isWeekend(day))
        --person.weekendShifts;
}

void DemoRotaPlanner::fillNights(const QList<int> &team, int day, int type, int wanted)
{
    int missing = wanted - int(std::count_if(team.cbegin(), team.cend(), [&](int i) {
                      return m_people[i].day[day] == type;
                  }));
    while (missing-- > 0) {
        const int planned = nightBlockLength(day);
        bool filled = false;
        for (int length = planned; length >= std::min(2, planned) && !filled; --length) {
            for (const int index : candidates(team, day)) {
                Person &person = m_people[index];
                // Nights are taken one by one so that the weekly hours include the block's
                // earlier nights; a block that does not fit is given back.
                int taken = 0;
                while (taken < length && canWork(person, day + taken, type, taken > 0))
                    assign(person, day + taken++, type);
                if (taken < length) {
                    while (taken > 0)
                        unassign(person, day + --taken);
                    continue;
                }
                for (int r = day + length; r < std::min(day + length + nightRestDays, dayCount()); ++r) {
                    if (person.day[r] == Free)
                        person.day[r] = Rest;
                }
                filled = true;
                break;
            }
        }
        if (!filled)
            return;
    }
}

void DemoRotaPlanner::fillDay(const QList<int> &team, int day, int type, int wanted)
{
    for (const int index : candidates(team, day)) {
        if (wanted <= 0)
            return;
        if (canWork(m_people[index], day, type)) {
            assign(m_people[index], day, type);
            --wanted;
        }
    }
}

QList<Shift> DemoRotaPlanner::toShifts()
{
    QList<Shift> shifts;
    for (int day = 0; day < dayCount(); ++day) {
        const QDate date = m_from.addDays(day);
        for (const int t : std::as_const(m_typeOrder)) {
            const ShiftType &type = m_types.at(t);
            for (const Person &person : m_people) {
                if (person.day[day] != t)
                    continue;
                Shift shift;
                shift.clinician_id = person.member->clinicianId;
                shift.shift_type_id = type.id;
                if (type.isWholeDay())
                    shift.setWholeDay(date, m_zone, type.duration_minutes);
                else if (!shift.setLocalTimes(date, type.start_time, type.end_time, m_zone).isEmpty())
                    continue;
                shift.counts_as_worked = type.counts_as_worked;
                shift.counts_toward_minimum = type.counts_toward_minimum;
                const bool past = date < m_today;
                shift.status = past ? Shift::Status::Completed : Shift::Status::Scheduled;
                const WorkingTerm *term = person.member->termOn(date);
                const bool mustWork = term && term->must_work_days.contains(date.dayOfWeek());
                shift.is_pinned = mustWork || m_random.chance(past ? 6 : 3);
                if (!m_notes.isEmpty() && m_random.chance(6))
                    shift.notes = m_random.pick(m_notes);
                if (m_random.oneIn(300))
                    shift.status = Shift::Status::Cancelled;
                else if (!past && m_random.oneIn(200))
                    shift.status = Shift::Status::NeedsReassignment;
                shifts.append(shift);
            }
        }
    }
    return shifts;
}
