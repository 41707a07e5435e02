#include "demoalertplanner.h"

#include "demorandom.h"

#include <QDateTime>
#include <algorithm>

namespace {
constexpr int checkHorizonDays = 28;
}

DemoAlertPlanner::DemoAlertPlanner(QDate today, const QList<ShiftType> &types, DemoRandom &random)
    : m_today(today), m_types(types), m_random(random)
{
}

DemoAlertPlanner::Coverage DemoAlertPlanner::coverage(const QList<Shift> &shifts)
{
    Coverage result;
    for (const Shift &shift : shifts) {
        const bool goesAhead = shift.status == Shift::Status::Scheduled || shift.status == Shift::Status::Completed;
        if (!shift.isOpen() && goesAhead && shift.counts_toward_minimum)
            ++result[{shift.date.toJulianDay(), shift.shift_type_id}];
    }
    return result;
}

const ShiftType *DemoAlertPlanner::type(qint64 id) const
{
    const auto it = std::find_if(m_types.cbegin(), m_types.cend(), [id](const ShiftType &t) { return t.id == id; });
    return it == m_types.cend() ? nullptr : &*it;
}

int DemoAlertPlanner::minimumOn(const ShiftType &type, QDate date) const
{
    return date.dayOfWeek() > 5 ? type.minimum_weekend : type.minimum_weekday;
}

QList<DemoAlertPlanner::Shortfall> DemoAlertPlanner::shortfalls(const QList<Shift> &shifts, QDate from, QDate to) const
{
    const Coverage counts = coverage(shifts);
    QList<Shortfall> result;
    for (QDate date = from; date <= to; date = date.addDays(1)) {
        for (const ShiftType &type : m_types) {
            const int required = minimumOn(type, date);
            const auto it = counts.find({date.toJulianDay(), type.id});
            const int staffed = it == counts.end() ? 0 : it->second;
            if (staffed < required)
                result.append({date, type.id, staffed, required});
        }
    }
    return result;
}

QString DemoAlertPlanner::timestamp(QDate date, int hour) const
{
    return QDateTime(date, QTime(hour, 0), Qt::UTC).toString(Qt::ISODate);
}

Alert DemoAlertPlanner::coverageAlert(const Shortfall &shortfall) const
{
    const ShiftType *shiftType = type(shortfall.shiftTypeId);
    Alert alert;
    alert.type = QStringLiteral("coverage_below_minimum");
    const bool night = shiftType && !shiftType->isWholeDay() && shiftType->end_time <= shiftType->start_time;
    alert.severity = night || shortfall.required - shortfall.staffed > 1 ? Alert::Severity::Critical
                                                                        : Alert::Severity::Warning;
    alert.date = shortfall.date;
    const QString name = shiftType ? shiftType->name : QString();
    alert.message = tr("%1 cover on %2 is below the minimum: %3 of %4 people.")
                        .arg(name, shortfall.date.toString(Qt::ISODate))
                        .arg(shortfall.staffed)
                        .arg(shortfall.required);
    alert.details = tr("Minimum for %1 on this day: %2. Scheduled: %3. Missing: %4.")
                        .arg(name)
                        .arg(shortfall.required)
                        .arg(shortfall.staffed)
                        .arg(shortfall.required - shortfall.staffed);
    // Raised when the rota was checked, a few weeks ahead of the day.
    alert.created_at = timestamp(std::min(shortfall.date.addDays(-21), m_today.addDays(-1)), 6);
    return alert;
}

Alert DemoAlertPlanner::restAlert(const Shift &before, const Shift &after) const
{
    Alert alert;
    alert.type = QStringLiteral("rest_too_short");
    alert.severity = Alert::Severity::Warning;
    alert.date = after.date;
    alert.clinician_id = after.clinician_id;
    // Written as the check saw it then: a late finish followed by an early start, since swapped.
    const qint64 restMinutes = 9 * 60 + 30;
    alert.message = tr("Rest before the shift on %1 is %2 h %3 min; at least 11 hours are required.")
                        .arg(after.date.toString(Qt::ISODate))
                        .arg(restMinutes / 60)
                        .arg(restMinutes % 60, 2, 10, QLatin1Char('0'));
    alert.details = tr("The shift of %1 ended late after an overrun; the next shift started early.")
                        .arg(before.date.toString(Qt::ISODate));
    alert.created_at = timestamp(after.date.addDays(-1), 18);
    return alert;
}

QList<Alert> DemoAlertPlanner::plan(const QList<Shortfall> &shortfalls, const QList<Shift> &shifts, QDate from)
{
    QList<Alert> alerts;
    for (const Shortfall &shortfall : shortfalls) {
        // The rule check looks four weeks ahead; later gaps have not been raised yet.
        if (shortfall.date > m_today.addDays(checkHorizonDays))
            continue;
        Alert alert = coverageAlert(shortfall);
        // The coordinator reviewed the past weeks and accepted their gaps; the last week's and
        // the coming ones still need attention.
        if (shortfall.date < m_today.addDays(-7)) {
            alert.status = Alert::Status::Dismissed;
            alert.resolved_at = timestamp(shortfall.date.addDays(-1), 16);
        }
        alerts.append(alert);
    }

    // Days that were short when checked and were filled since: resolved.
    const Coverage counts = coverage(shifts);
    QList<Shortfall> filled;
    for (const auto &[key, staffed] : counts) {
        const QDate date = QDate::fromJulianDay(key.first);
        const ShiftType *shiftType = type(key.second);
        if (shiftType && date >= from && date < m_today.addDays(checkHorizonDays) && staffed == minimumOn(*shiftType, date)
            && staffed > 0)
            filled.append({date, key.second, staffed - 1, staffed});
    }
    for (int i = 0; i < 5 && !filled.isEmpty(); ++i) {
        const Shortfall shortfall = filled.takeAt(m_random.between(0, int(filled.size()) - 1));
        Alert alert = coverageAlert(shortfall);
        alert.status = Alert::Status::Resolved;
        alert.resolved_at = timestamp(std::min(shortfall.date.addDays(-3), m_today.addDays(-1)), 11);
        alerts.append(alert);
    }

    // Two findings about rest before a shift, in the past: one resolved by a swap, one dismissed.
    QList<std::pair<const Shift *, const Shift *>> pairs;
    for (qsizetype i = 0; i < shifts.size() && pairs.size() < 40; ++i) {
        const Shift &shift = shifts.at(i);
        if (shift.isOpen() || !shift.isTimed() || shift.date >= m_today.addDays(-14) || shift.date < from)
            continue;
        for (qsizetype j = i + 1; j < shifts.size() && shifts.at(j).date <= shift.date.addDays(1); ++j) {
            const Shift &next = shifts.at(j);
            if (next.clinician_id == shift.clinician_id && next.date == shift.date.addDays(1) && next.isTimed())
                pairs.append(std::make_pair(&shift, &next));
        }
    }
    for (const Alert::Status status : {Alert::Status::Resolved, Alert::Status::Dismissed}) {
        if (pairs.isEmpty())
            break;
        const auto pair = pairs.takeAt(m_random.between(0, int(pairs.size()) - 1));
        Alert alert = restAlert(*pair.first, *pair.second);
        alert.status = status;
        alert.resolved_at = timestamp(pair.second->date.addDays(-1), 20);
        alerts.append(alert);
    }

    std::stable_sort(alerts.begin(), alerts.end(), [](const Alert &a, const Alert &b) { return a.date < b.date; });
    return alerts;
}
