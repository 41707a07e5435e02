#include "workload.h"

#include "calendar/bankholidays.h"
#include "model/jsonconvert.h"
#include "storage/cachedquery.h"
#include "storage/workspace.h"

#include <QCollator>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

double round2(double value)
{
    const double rounded = std::round(value * 100.0) / 100.0;
    return rounded == 0.0 ? 0.0 : rounded; // no "-0" in the output
}

QJsonArray clinicianArray(const QList<WorkloadSpread::Clinician> &clinicians)
{
    QJsonArray array;
    for (const WorkloadSpread::Clinician &clinician : clinicians)
        array.append(QJsonObject{{u"clinician_id"_s, clinician.clinician_id}, {u"clinician_name"_s, clinician.clinician_name}});
    return array;
}

// One clinician while the report is worked out, with the values before rounding.
struct Tally
{
    WorkloadSummary summary;
    double fteDays = 0.0;
    double dutyFteDays = 0.0;
    struct DutyTerm
    {
        QDate start;
        QDate end;
        double share;
    };
    QList<DutyTerm> dutyTerms; // clipped to the period
    qint64 workedMinutes = 0;
    qint64 scheduledMinutes = 0;
};

WorkloadSpread spreadOf(const QList<const Tally *> &group, int periodDays, const std::function<int(const WorkloadSummary &)> &count)
{
    WorkloadSpread spread;
    if (group.isEmpty())
        return spread;
    QList<double> values;
    for (const Tally *tally : group)
        values.append(count(tally->summary) / (tally->dutyFteDays / periodDays));
    const auto [low, high] = std::minmax_element(values.cbegin(), values.cend());
    spread.min = *low;
    spread.max = *high;
    double sum = 0.0;
    for (double value : std::as_const(values))
        sum += value;
    spread.mean = sum / double(values.size());
    double squares = 0.0;
    for (double value : std::as_const(values))
        squares += (value - spread.mean) * (value - spread.mean);
    spread.standard_deviation = std::sqrt(squares / double(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const WorkloadSpread::Clinician who{group.at(i)->summary.clinician_id, group.at(i)->summary.clinician_name};
        // Compared after rounding, so that 2/0.3 and 4/0.6 tie as the report shows them.
        if (round2(values.at(i)) == round2(spread.max))
            spread.most.append(who);
        if (round2(values.at(i)) == round2(spread.min))
            spread.fewest.append(who);
    }
    spread.min = round2(spread.min);
    spread.max = round2(spread.max);
    spread.mean = round2(spread.mean);
    spread.standard_deviation = round2(spread.standard_deviation);
    return spread;
}

WorkloadFairness fairnessOf(const QList<const Tally *> &group, int periodDays)
{
    WorkloadFairness fairness;
    fairness.clinician_count = int(group.size());
    fairness.nights_per_fte = spreadOf(group, periodDays, [](const WorkloadSummary &s) { return s.nights; });
    fairness.weekends_per_fte = spreadOf(group, periodDays, [](const WorkloadSummary &s) { return s.weekends; });
    return fairness;
}

} // namespace

QString WorkloadSummary::statusToString(Status status)
{
    static const JsonConvert::EnumNames<Status, 4> names{{
        {Status::Behind, "behind"_L1},
        {Status::OnTrack, "on_track"_L1},
        {Status::Ahead, "ahead"_L1},
        {Status::NotOnDuty, "not_on_duty"_L1},
    }};
    return JsonConvert::enumToString(names, status);
}

WorkloadSummary::Status WorkloadSummary::statusOf(double deficiency)
{
    if (deficiency > OnTrackTolerance)
        return Status::Behind;
    if (deficiency < -OnTrackTolerance)
        return Status::Ahead;
    return Status::OnTrack;
}

QJsonObject WorkloadSummary::toJson() const
{
    return {
        {u"clinician_id"_s, clinician_id},
        {u"clinician_name"_s, clinician_name},
        {u"team_id"_s, team_id ? QJsonValue(*team_id) : QJsonValue()},
        {u"team_name"_s, team_name},
        {u"active"_s, active},
        {u"fte"_s, fte},
        {u"participates"_s, participates},
        {u"shifts_worked"_s, shifts_worked},
        {u"hours_worked"_s, hours_worked},
        {u"shifts_scheduled"_s, shifts_scheduled},
        {u"hours_scheduled"_s, hours_scheduled},
        {u"expected_shifts"_s, expected_shifts},
        {u"expected_hours"_s, expected_hours},
        {u"nights"_s, nights},
        {u"weekends"_s, weekends},
        {u"on_calls"_s, on_calls},
        {u"bank_holidays"_s, bank_holidays},
        {u"deficiency"_s, deficiency},
        {u"status"_s, statusToString(status)},
    };
}

QJsonObject WorkloadSpread::toJson() const
{
    return {
        {u"min"_s, min},
        {u"max"_s, max},
        {u"mean"_s, mean},
        {u"standard_deviation"_s, standard_deviation},
        {u"most"_s, clinicianArray(most)},
        {u"fewest"_s, clinicianArray(fewest)},
    };
}

QJsonObject WorkloadFairness::toJson(bool withTeam) const
{
    QJsonObject json{
        {u"clinician_count"_s, clinician_count},
        {u"nights_per_fte"_s, nights_per_fte.toJson()},
        {u"weekends_per_fte"_s, weekends_per_fte.toJson()},
    };
    if (withTeam) {
        json.insert(u"team_id"_s, team_id ? QJsonValue(*team_id) : QJsonValue());
        json.insert(u"team_name"_s, team_name);
    }
    return json;
}

QJsonObject WorkloadReport::toJson() const
{
    QJsonArray summaries;
    for (const WorkloadSummary &summary : clinician_summaries)
        summaries.append(summary.toJson());
    QJsonArray teamArray;
    for (const WorkloadFairness &team : teams)
        teamArray.append(team.toJson(true));
    return {
        {u"clinician_summaries"_s, summaries},
        {u"reporting_period"_s, reporting_period},
        {u"start_date"_s, start.toString(Qt::ISODate)},
        {u"end_date"_s, end.toString(Qt::ISODate)},
        {u"as_of_date"_s, as_of.toString(Qt::ISODate)},
        {u"fairness"_s, QJsonObject{{u"department"_s, department.toJson(false)}, {u"teams"_s, teamArray}}},
    };
}

QJsonObject WorkloadReport::v1Envelope(const WorkloadReport &report)
{
    QJsonObject json = report.toJson();
    json.insert(u"version"_s, u"v1"_s);
    return json;
}

WorkloadCalculator::WorkloadCalculator(const Workspace &workspace)
    : m_workspace(workspace)
{
}

WorkloadReport WorkloadCalculator::report(const QString &name, QDate from, QDate to, QDate asOf, StorageError *error) const
{
    WorkloadReport report;
    report.reporting_period = name;
    report.start = from;
    report.end = to;
    report.as_of = asOf;
    if (!from.isValid() || !to.isValid() || to < from)
        return report;
    const int periodDays = int(from.daysTo(to)) + 1;
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    auto readError = [&](const QString &what, const QString &detail) {
        if (error && error->ok())
            *error = {StorageError::Kind::Io,
                      tr("The workload of %1 to %2 could not be read (%3): %4").arg(first, last, what, detail), {}};
    };

    QHash<qint64, Tally> tallies;
    {
        CachedQuery query(m_workspace,
                          u"SELECT c.id, c.name, c.active, c.team_id, t.name FROM clinicians c "
                          "LEFT JOIN teams t ON t.id = c.team_id"_s);
        if (!query.ok())
            readError(tr("clinicians"), query.error().text());
        while (query.ok() && query.next()) {
            Tally tally;
            tally.summary.clinician_id = query.value(0).toLongLong();
            tally.summary.clinician_name = query.value(1).toString();
            tally.summary.active = query.value(2).toBool();
            if (!query.value(4).isNull()) {
                tally.summary.team_id = query.value(3).toLongLong();
                tally.summary.team_name = query.value(4).toString();
            }
            tallies.insert(tally.summary.clinician_id, tally);
        }
    }

    {
        CachedQuery query(m_workspace,
                          u"SELECT clinician_id, start_date, end_date, percentage, participates_in_duty FROM working_terms "
                          "WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?)"_s,
                          {last, first});
        if (!query.ok())
            readError(tr("working terms"), query.error().text());
        while (query.ok() && query.next()) {
            const auto tally = tallies.find(query.value(0).toLongLong());
            if (tally == tallies.end())
                continue;
            const QDate start = std::max(QDate::fromString(query.value(1).toString(), Qt::ISODate), from);
            const QDate end = query.value(2).isNull() ? to : std::min(QDate::fromString(query.value(2).toString(), Qt::ISODate), to);
            if (!start.isValid() || !end.isValid() || end < start)
                continue;
            const double fteDays = query.value(3).toDouble() / 100.0 * double(start.daysTo(end) + 1);
            tally->fteDays += fteDays;
            if (query.value(4).toBool() && tally->summary.active) {
                tally->dutyFteDays += fteDays;
                tally->dutyTerms.append({start, end, query.value(3).toDouble() / 100.0});
            }
        }
    }

    // A day of approved leave is a day off the duty rota: it comes off the duty FTE-days, so that
    // someone back from a month's leave is not expected to have worked it.
    {
        CachedQuery query(m_workspace,
                          u"SELECT clinician_id, start_date, end_date FROM leave_requests "
                          "WHERE status = 'approved' AND start_date <= ? AND end_date >= ?"_s,
                          {last, first});
        if (!query.ok())
            readError(tr("leave"), query.error().text());
        QHash<qint64, QSet<qint64>> leaveDays;
        while (query.ok() && query.next()) {
            const auto tally = tallies.find(query.value(0).toLongLong());
            if (tally == tallies.end() || tally->dutyTerms.isEmpty())
                continue;
            const QDate start = std::max(QDate::fromString(query.value(1).toString(), Qt::ISODate), from);
            const QDate end = std::min(QDate::fromString(query.value(2).toString(), Qt::ISODate), to);
            QSet<qint64> &seen = leaveDays[tally.key()];
            for (QDate day = start; day.isValid() && end.isValid() && day <= end; day = day.addDays(1)) {
                if (seen.contains(day.toJulianDay()))
                    continue;
                seen.insert(day.toJulianDay());
                for (const Tally::DutyTerm &term : std::as_const(tally->dutyTerms)) {
                    if (term.start <= day && day <= term.end)
                        tally->dutyFteDays -= term.share;
                }
            }
        }
    }

    QJsonArray holidays;
    for (const auto &holiday : BankHolidays::forWorkspace(m_workspace).between(from, to))
        holidays.append(holiday.first.toString(Qt::ISODate));
    qint64 departmentShifts = 0;
    qint64 departmentMinutes = 0;
    {
        const QString day = asOf.isValid() ? asOf.toString(Qt::ISODate) : first;
        // A weekend is known by its Saturday: a Sunday's julian day less one.
        CachedQuery query(m_workspace,
                          u"SELECT s.clinician_id, SUM(s.date < ?), TOTAL(CASE WHEN s.date < ? THEN s.duration_minutes END), "
                          "SUM(s.date >= ?), TOTAL(CASE WHEN s.date >= ? THEN s.duration_minutes END), "
                          "SUM(t.category = 'night'), SUM(t.category = 'on_call'), "
                          "COUNT(DISTINCT CASE WHEN strftime('%w', s.date) IN ('0', '6') "
                          "THEN julianday(s.date) - (strftime('%w', s.date) = '0') END), "
                          "SUM(s.date IN (SELECT value FROM json_each(?))) "
                          "FROM shifts s JOIN shift_types t ON t.id = s.shift_type_id "
                          "WHERE s.date BETWEEN ? AND ? AND s.clinician_id IS NOT NULL AND s.counts_as_worked = 1 "
                          "AND s.status IN ('scheduled', 'completed') GROUP BY s.clinician_id"_s,
                          {day, day, day, day, QString::fromUtf8(QJsonDocument(holidays).toJson(QJsonDocument::Compact)), first, last});
        if (!query.ok())
            readError(tr("shifts"), query.error().text());
        while (query.ok() && query.next()) {
            const int worked = query.value(1).toInt();
            const int scheduled = query.value(3).toInt();
            const qint64 workedMinutes = qint64(query.value(2).toDouble());
            const qint64 scheduledMinutes = qint64(query.value(4).toDouble());
            const auto tally = tallies.find(query.value(0).toLongLong());
            if (tally == tallies.end())
                continue;
            if (tally->dutyFteDays > 0.0) {
                departmentShifts += worked + scheduled;
                departmentMinutes += workedMinutes + scheduledMinutes;
            }
            WorkloadSummary &summary = tally->summary;
            summary.shifts_worked = worked;
            summary.shifts_scheduled = scheduled;
            tally->workedMinutes = workedMinutes;
            tally->scheduledMinutes = scheduledMinutes;
            summary.nights = query.value(5).toInt();
            summary.on_calls = query.value(6).toInt();
            summary.weekends = query.value(7).toInt();
            summary.bank_holidays = query.value(8).toInt();
        }
    }

    double pool = 0.0;
    for (const Tally &tally : std::as_const(tallies))
        pool += tally.dutyFteDays;

    QList<Tally *> listed;
    for (Tally &tally : tallies) {
        WorkloadSummary &summary = tally.summary;
        if (!summary.active && summary.shifts_worked + summary.shifts_scheduled == 0)
            continue;
        summary.fte = round2(tally.fteDays / periodDays);
        summary.participates = tally.dutyFteDays > 0.0;
        summary.hours_worked = round2(tally.workedMinutes / 60.0);
        summary.hours_scheduled = round2(tally.scheduledMinutes / 60.0);
        const double ratio = pool > 0.0 ? tally.dutyFteDays / pool : 0.0;
        const double expected = double(departmentShifts) * ratio;
        summary.expected_shifts = round2(expected);
        summary.expected_hours = round2(double(departmentMinutes) / 60.0 * ratio);
        if (summary.participates) {
            summary.deficiency = round2(expected - double(summary.shifts_worked + summary.shifts_scheduled));
            summary.status = WorkloadSummary::statusOf(summary.deficiency);
        } else {
            summary.status = WorkloadSummary::Status::NotOnDuty;
        }
        listed.append(&tally);
    }

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(listed.begin(), listed.end(), [&](const Tally *a, const Tally *b) {
        const WorkloadSummary &x = a->summary;
        const WorkloadSummary &y = b->summary;
        if (x.team_id.has_value() != y.team_id.has_value())
            return x.team_id.has_value(); // no team last
        if (const int byTeam = collator.compare(x.team_name, y.team_name); byTeam != 0)
            return byTeam < 0;
        if (x.team_id != y.team_id)
            return x.team_id < y.team_id;
        if (const int byName = collator.compare(x.clinician_name, y.clinician_name); byName != 0)
            return byName < 0;
        return x.clinician_id < y.clinician_id;
    });

    QList<const Tally *> participating;
    QList<QList<const Tally *>> teamGroups;
    for (const Tally *tally : std::as_const(listed)) {
        report.clinician_summaries.append(tally->summary);
        if (!tally->summary.participates)
            continue;
        participating.append(tally);
        if (teamGroups.isEmpty() || teamGroups.constLast().constFirst()->summary.team_id != tally->summary.team_id)
            teamGroups.append(QList<const Tally *>());
        teamGroups.last().append(tally);
    }
    report.department = fairnessOf(participating, periodDays);
    for (const QList<const Tally *> &group : std::as_const(teamGroups)) {
        WorkloadFairness fairness = fairnessOf(group, periodDays);
        fairness.team_id = group.constFirst()->summary.team_id;
        fairness.team_name = fairness.team_id ? group.constFirst()->summary.team_name : tr("No team");
        report.teams.append(std::move(fairness));
    }
    return report;
}
