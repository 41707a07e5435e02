#include "rotastatus.h"

#include "calendar/minimumcover.h"
#include "model/jsonconvert.h"
#include "storage/cachedquery.h"
#include "storage/rotarepository.h"
#include "storage/sqlitestatement.h"
#include "storage/workspace.h"

#include <QHash>
#include <algorithm>
#include <array>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

// The pattern's timeslots by weekday (1..7), each day's by start time.
using Week = std::array<QList<RotaStatus::Slot>, 8>;

QHash<qint64, Week> readPatterns(const Workspace &workspace)
{
    QHash<qint64, Week> patterns;
    CachedQuery query(workspace, u"SELECT id, shift_pattern_id, weekday, start_time, end_time, shift_type_id, minimum, ideal, maximum "
                                 "FROM timeslots ORDER BY shift_pattern_id, weekday, start_time, id"_s);
    while (query.next()) {
        const int weekday = query.value(2).toInt();
        if (weekday < 1 || weekday > 7)
            continue;
        RotaStatus::Slot slot;
        slot.timeslotId = query.value(0).toLongLong();
        slot.start = QTime::fromString(query.value(3).toString(), Qt::ISODate);
        slot.end = QTime::fromString(query.value(4).toString(), Qt::ISODate);
        if (!query.value(5).isNull())
            slot.shiftTypeId = query.value(5).toLongLong();
        slot.minimum = query.value(6).toInt();
        slot.ideal = query.value(7).toInt();
        slot.maximum = query.value(8).toInt();
        patterns[query.value(1).toLongLong()][std::size_t(weekday)].append(slot);
    }
    return patterns;
}

} // namespace

std::optional<TimeslotStatus::Level> RotaStatus::Day::level() const
{
    if (!running || closed || timeslots.isEmpty())
        return std::nullopt;
    TimeslotStatus::Level level = timeslots.first().level;
    for (const Slot &slot : timeslots)
        level = TimeslotStatus::moreUrgent(level, slot.level);
    return level;
}

bool RotaStatus::Day::belowMinimum() const
{
    return running && !closed && std::any_of(timeslots.cbegin(), timeslots.cend(), [](const Slot &slot) { return slot.level == TimeslotStatus::BelowMinimum; });
}

RotaStatus::Period RotaStatus::compute(Workspace &workspace, QDate from, QDate to, const QList<qint64> &rotaIds, bool includeArchived)
{
    Period period;
    period.from = from;
    period.to = to;
    if (!from.isValid() || !to.isValid() || to < from)
        return period;
    const int dayCount = int(from.daysTo(to)) + 1;

    QHash<qint64, qsizetype> rotaIndex;
    for (const Rota &rota : RotaRepository(workspace).list(true)) {
        const bool chosen = rotaIds.isEmpty() ? (includeArchived || !rota.archived) : rotaIds.contains(rota.id);
        if (!chosen || rota.start_date > to || (rota.end_date.isValid() && rota.end_date < from))
            continue;
        rotaIndex.insert(rota.id, period.rotas.size());
        period.rotas.append({rota, {}});
    }
    if (period.rotas.isEmpty()) {
        for (int d = 0; d < dayCount; ++d) {
            Summary summary;
            summary.date = from.addDays(d);
            period.days.append(summary);
        }
        return period;
    }

    const QHash<qint64, Week> patterns = readPatterns(workspace);
    const Week noPattern;
    for (RotaDays &rotaDays : period.rotas) {
        const Rota &rota = rotaDays.rota;
        const Week &week = rota.shift_pattern_id && patterns.contains(*rota.shift_pattern_id) ? patterns[*rota.shift_pattern_id] : noPattern;
        rotaDays.days.reserve(dayCount);
        for (int d = 0; d < dayCount; ++d) {
            Day day;
            day.date = from.addDays(d);
            day.running = day.date >= rota.start_date && (!rota.end_date.isValid() || day.date <= rota.end_date);
            if (day.running) {
                day.timeslots = week[std::size_t(day.date.dayOfWeek())];
                day.closed = day.timeslots.isEmpty();
            }
            rotaDays.days.append(day);
        }
    }

    CachedQuery closed(workspace, u"SELECT rota_id, date, reason FROM rota_closed_dates WHERE date BETWEEN ? AND ?"_s, {isoDate(from), isoDate(to)});
    while (closed.next()) {
        const auto found = rotaIndex.constFind(closed.value(0).toLongLong());
        const QDate date = QDate::fromString(closed.value(1).toString(), Qt::ISODate);
        if (found == rotaIndex.cend() || !date.isValid())
            continue;
        Day &day = period.rotas[*found].days[from.daysTo(date)];
        if (day.running) {
            day.closed = true;
            day.closedReason = closed.value(2).toString();
        }
    }

    // Row by row rather than GROUP BY: SQLite would sort the window's shifts for the grouping,
    // which takes several times as long as reading them in date order and counting here.
    const QByteArray sql = "SELECT rota_id, date, timeslot_id, shift_type_id FROM shifts WHERE date BETWEEN ?1 AND ?2 AND rota_id IS NOT NULL AND "
        + QByteArray(MinimumCover::shiftCondition().data(), MinimumCover::shiftCondition().size());
    SqliteStatement counts(workspace.handle(), sql.constData());
    const QByteArray first = isoDate(from).toLatin1();
    const QByteArray last = isoDate(to).toLatin1();
    counts.bindStaticText(1, first);
    counts.bindStaticText(2, last);
    while (counts.isValid() && counts.stepRow() == SQLITE_ROW) {
        const auto found = rotaIndex.constFind(counts.columnInt(0));
        if (found == rotaIndex.cend())
            continue;
        const std::optional<QDate> date = JsonConvert::parseDateLatin1(QLatin1StringView(counts.columnText(1)));
        if (!date || *date < from || *date > to)
            continue;
        Day &day = period.rotas[*found].days[from.daysTo(*date)];
        const bool onSlot = !counts.columnIsNull(2);
        const qint64 key = onSlot ? counts.columnInt(2) : counts.columnInt(3);
        const auto slot = std::find_if(day.timeslots.begin(), day.timeslots.end(), [&](const Slot &s) {
            return onSlot ? s.timeslotId == key : s.shiftTypeId == key;
        });
        if (slot != day.timeslots.end())
            ++slot->count;
    }
    counts.reset();

    period.days.reserve(dayCount);
    for (int d = 0; d < dayCount; ++d) {
        Summary summary;
        summary.date = from.addDays(d);
        for (RotaDays &rotaDays : period.rotas) {
            Day &day = rotaDays.days[d];
            for (Slot &slot : day.timeslots)
                slot.level = TimeslotStatus::of(slot.count, slot.minimum, slot.ideal, slot.maximum);
            const std::optional<TimeslotStatus::Level> level = day.level();
            if (!level)
                continue;
            summary.closed = false;
            summary.level = summary.level ? TimeslotStatus::moreUrgent(*summary.level, *level) : *level;
            summary.belowMinimum = summary.belowMinimum || day.belowMinimum();
            for (const Slot &slot : std::as_const(day.timeslots)) {
                summary.required += slot.ideal;
                summary.count += slot.count;
            }
        }
        period.days.append(summary);
    }
    return period;
}
