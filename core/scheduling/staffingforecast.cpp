#include "staffingforecast.h"

#include "calendar/minimumcover.h"
#include "model/jsonconvert.h"
#include "storage/cachedquery.h"
#include "storage/shifttyperepository.h"
#include "storage/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

QJsonObject ForecastDay::Shortfall::toJson() const
{
    return {{u"shift_type"_s, shift_type}, {u"required"_s, required}, {u"scheduled"_s, scheduled}};
}

QString ForecastDay::statusToString(Status status)
{
    static const JsonConvert::EnumNames<Status, 3> names{{
        {Status::Below, "below"_L1},
        {Status::At, "at"_L1},
        {Status::Above, "above"_L1},
    }};
    return JsonConvert::enumToString(names, status);
}

QString ForecastDay::dayOfWeekName(QDate date)
{
    static const QString names[] = {u"Monday"_s, u"Tuesday"_s,  u"Wednesday"_s, u"Thursday"_s,
                                    u"Friday"_s, u"Saturday"_s, u"Sunday"_s};
    return date.isValid() ? names[date.dayOfWeek() - 1] : QString();
}

QJsonObject ForecastDay::toJson() const
{
    QJsonArray shortfallArray;
    for (const Shortfall &shortfall : shortfalls)
        shortfallArray.append(shortfall.toJson());
    return {
        {u"date"_s, date.toString(Qt::ISODate)},
        {u"day_of_week"_s, dayOfWeekName(date)},
        {u"minimum_required"_s, minimum_required},
        {u"scheduled_count"_s, scheduled_count},
        {u"pending_leave"_s, pending_leave},
        {u"status"_s, statusToString(status)},
        {u"shortfalls"_s, shortfallArray},
    };
}

StaffingForecast::StaffingForecast(const Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<ForecastDay> StaffingForecast::days(QDate from, QDate to, StorageError *error) const
{
    QList<ForecastDay> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    const int dayCount = int(from.daysTo(to)) + 1;
    const QString first = from.toString(Qt::ISODate);
    const QString last = to.toString(Qt::ISODate);
    auto readError = [&](const QString &what, const QString &detail) {
        if (error && error->ok())
            *error = {StorageError::Kind::Io, tr("The %1 of %2 to %3 could not be read: %4").arg(what, first, last, detail), {}};
    };

    auto &workspace = const_cast<Workspace &>(m_workspace); // repositories take a Workspace; this only reads
    QList<ShiftType> types;
    for (const ShiftType &type : ShiftTypeRepository(workspace).all()) {
        if (type.active && type.counts_toward_minimum)
            types.append(type);
    }

    QHash<std::pair<qint64, int>, int> cover; // (shift type id, day) -> count
    {
        CachedQuery query(m_workspace,
                          u"SELECT date, shift_type_id, COUNT(*) FROM shifts WHERE date BETWEEN ? AND ? AND "_s
                              + MinimumCover::shiftCondition() + u" GROUP BY date, shift_type_id"_s,
                          {first, last});
        if (!query.ok())
            readError(tr("cover"), query.error().text());
        while (query.ok() && query.next()) {
            const qint64 day = from.daysTo(QDate::fromString(query.value(0).toString(), Qt::ISODate));
            if (day >= 0 && day < dayCount)
                cover.insert({query.value(1).toLongLong(), int(day)}, query.value(2).toInt());
        }
    }

    QList<QSet<qint64>> pending(dayCount);
    {
        CachedQuery query(m_workspace,
                          u"SELECT l.clinician_id, l.start_date, l.end_date FROM leave_requests l "
                          "JOIN clinicians c ON c.id = l.clinician_id "
                          "WHERE l.status = 'pending' AND c.active = 1 AND l.start_date <= ? AND l.end_date >= ?"_s,
                          {last, first});
        if (!query.ok())
            readError(tr("pending leave"), query.error().text());
        while (query.ok() && query.next()) {
            const qint64 clinician = query.value(0).toLongLong();
            const QDate start = std::max(QDate::fromString(query.value(1).toString(), Qt::ISODate), from);
            const QDate end = std::min(QDate::fromString(query.value(2).toString(), Qt::ISODate), to);
            if (!start.isValid() || !end.isValid())
                continue;
            for (qint64 day = from.daysTo(start); day <= from.daysTo(end); ++day)
                pending[int(day)].insert(clinician);
        }
    }

    result.reserve(dayCount);
    for (int day = 0; day < dayCount; ++day) {
        ForecastDay entry;
        entry.date = from.addDays(day);
        for (const ShiftType &type : std::as_const(types)) {
            const int required = MinimumCover::required(type, entry.date);
            const int scheduled = cover.value({type.id, day});
            entry.minimum_required += required;
            entry.scheduled_count += scheduled;
            if (scheduled < required)
                entry.shortfalls.append({type.id, type.code, required, scheduled});
        }
        entry.pending_leave = int(pending.at(day).size());
        entry.status = entry.scheduled_count < entry.minimum_required ? ForecastDay::Status::Below
                     : entry.scheduled_count == entry.minimum_required ? ForecastDay::Status::At
                                                                        : ForecastDay::Status::Above;
        result.append(std::move(entry));
    }
    return result;
}

QJsonObject StaffingForecast::v1Envelope(QDate from, QDate to, const QList<ForecastDay> &days)
{
    QJsonArray results;
    for (const ForecastDay &day : days)
        results.append(day.toJson());
    return {
        {u"version"_s, u"v1"_s},
        {u"start_date"_s, from.toString(Qt::ISODate)},
        {u"end_date"_s, to.toString(Qt::ISODate)},
        {u"results"_s, results},
    };
}
