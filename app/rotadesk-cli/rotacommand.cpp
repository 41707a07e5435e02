#include "rotacommand.h"

#include "calendar/rotastatus.h"
#include "commandparser.h"
#include "console.h"
#include "model/shift.h"
#include "storage/cachedquery.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/teamrepository.h"
#include "storage/workspace.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

const char *const weekdayNames[] = {"", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// "2023-01-01 09:00:00": Assemble's local date and time.
QString localStamp(QDate date, QTime time)
{
    return date.toString(Qt::ISODate) + u' ' + time.toString(u"HH:mm:ss"_s);
}

QJsonValue statusValue(const std::optional<TimeslotStatus::Level> &level)
{
    return level ? QJsonValue(int(*level)) : QJsonValue();
}

QJsonValue statusText(const std::optional<TimeslotStatus::Level> &level)
{
    return level ? QJsonValue(TimeslotStatus::text(*level)) : QJsonValue();
}

QJsonObject hourOf(QDate date, const RotaStatus::Slot &slot, qint64 rotaId)
{
    const QDate endDate = slot.end <= slot.start ? date.addDays(1) : date;
    return {
        {u"rota_id"_s, rotaId},
        {u"timeslot_id"_s, slot.timeslotId},
        {u"start_time"_s, localStamp(date, slot.start)},
        {u"end_time"_s, localStamp(endDate, slot.end)},
        {u"required"_s, slot.ideal},
        {u"shift_count"_s, slot.count},
        {u"status"_s, int(slot.level)},
        {u"status_text"_s, TimeslotStatus::text(slot.level)},
        {u"min"_s, slot.minimum},
        {u"ideal"_s, slot.ideal},
        {u"max"_s, slot.maximum},
    };
}

QJsonObject patternOf(QDate date, const RotaStatus::Slot &slot)
{
    const int weekday = date.dayOfWeek();
    const int endWeekday = slot.end <= slot.start ? weekday % 7 + 1 : weekday;
    return {
        {u"id"_s, slot.timeslotId},
        {u"weekday_start"_s, QString::fromLatin1(weekdayNames[weekday])},
        {u"start_time"_s, slot.start.toString(u"HH:mm:ss"_s)},
        {u"weekday_end"_s, QString::fromLatin1(weekdayNames[endWeekday])},
        {u"end_time"_s, slot.end.toString(u"HH:mm:ss"_s)},
        {u"min"_s, slot.minimum},
        {u"ideal"_s, slot.ideal},
        {u"max"_s, slot.maximum},
        {u"pattern_status"_s, TimeslotStatus::text(slot.level)},
    };
}

QJsonObject shiftOf(const Shift &shift, const QHash<qint64, QString> &names)
{
    QJsonObject object{
        {u"id"_s, shift.id},
        {u"user"_s, shift.clinician_id ? QJsonValue(QJsonObject{{u"id"_s, *shift.clinician_id}, {u"display_name"_s, names.value(*shift.clinician_id)}})
                                       : QJsonValue()},
        {u"date"_s, shift.date.toString(Qt::ISODate)},
        {u"timezone"_s, QString::fromUtf8(shift.time_zone)},
        {u"timeslot_id"_s, shift.timeslot_id ? QJsonValue(*shift.timeslot_id) : QJsonValue()},
        {u"status"_s, Shift::statusToString(shift.status)},
    };
    if (shift.isTimed()) {
        const QDateTime start = shift.localStart();
        const QDateTime end = shift.localEnd();
        object.insert(u"overnight_shift"_s, end.date() != start.date());
        object.insert(u"start_time"_s, start.toString(u"yyyy-MM-dd HH:mm"_s));
        object.insert(u"end_time"_s, end.toString(u"yyyy-MM-dd HH:mm"_s));
    }
    return object;
}

} // namespace

int RotaCommand::run(const QStringList &arguments)
{
    const QString what = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (what == u"-h"_s || what == u"--help"_s) {
        Console::out() << tr("Usage: %1 rota list FILE [--archived]\n"
                             "       %1 rota status FILE [--from DATE --to DATE] [--rota NAME]... [--detailed]\n"
                             "Run \"%1 rota status --help\" for the options.\n")
                              .arg(QCoreApplication::applicationName());
        return ExitOk;
    }
    if (what == u"list"_s)
        return list(rest);
    if (what == u"status"_s)
        return status(rest);
    CommandParser parser(u"rota"_s, {});
    return parser.usageError(what.isEmpty() || what.startsWith(u'-') ? tr("rota: say what to do: rota list|status FILE ...")
                                                                      : tr("rota: unknown action \"%1\"; use list or status.").arg(what));
}

int RotaCommand::list(const QStringList &arguments)
{
    CommandParser parser(u"rota list"_s, tr("Lists the rotas by name: team, shift pattern, start and end date. Archived rotas are "
                                           "left out unless --archived is given."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"archived"_s, tr("Also list archived rotas.")});
    if (const auto code = parser.parse(arguments))
        return *code;
    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    QHash<qint64, QString> teams;
    for (const Team &team : TeamRepository(*workspace).all())
        teams.insert(team.id, team.name);
    QHash<qint64, QString> patterns;
    for (const ShiftPattern &pattern : ShiftPatternRepository(*workspace).all())
        patterns.insert(pattern.id, pattern.name);
    Console::out() << tr("name") << '\t' << tr("team") << '\t' << tr("shift pattern") << '\t' << tr("start") << '\t' << tr("end") << '\t'
                   << tr("archived") << Qt::endl;
    for (const Rota &rota : RotaRepository(*workspace).list(parser.isSet(u"archived"_s))) {
        Console::out() << rota.name << '\t' << (rota.team_id ? teams.value(*rota.team_id) : QString()) << '\t'
                       << (rota.shift_pattern_id ? patterns.value(*rota.shift_pattern_id) : QString()) << '\t'
                       << rota.start_date.toString(Qt::ISODate) << '\t' << rota.end_date.toString(Qt::ISODate) << '\t'
                       << (rota.archived ? tr("yes") : tr("no")) << Qt::endl;
    }
    return ExitOk;
}

int RotaCommand::status(const QStringList &arguments)
{
    const QString command = u"rota status"_s;
    CommandParser parser(command, tr("Prints, as JSON in the shape of Assemble's rota period, how well the rotas' timeslots are "
                                     "filled on each day of a date range (both days included; default: the current month). "
                                     "Status: -2 below-minimum, -1 below-ideal, 0 ideal, 1 above-ideal, 2 at-maximum, "
                                     "3 over-maximum; a day's status is that of its most pressing timeslot; closed days have "
                                     "none. Archived rotas count only when named."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"from"_s, tr("First day of the range."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day of the range."), u"YYYY-MM-DD"_s});
    parser.addOption({u"rota"_s, tr("Only this rota (by name); may be given several times."), u"NAME"_s});
    parser.addOption({u"detailed"_s, tr("Each rota on each day with its timeslots and shifts.")});
    if (const auto code = parser.parse(arguments))
        return *code;
    if (parser.isSet(u"from"_s) != parser.isSet(u"to"_s))
        return parser.usageError(tr("%1: give --from and --to together.").arg(command));
    QDate from;
    QDate to;
    if (parser.isSet(u"from"_s)) {
        from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
        to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
        if (!from.isValid() || !to.isValid() || from > to)
            return parser.usageError(tr("%1: --from and --to must be dates (YYYY-MM-DD), --from not after --to.").arg(command));
    }

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    if (!from.isValid()) {
        const QDate today = workspace->now().toTimeZone(QTimeZone(workspace->timeZone())).date();
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1).addDays(-1);
    }
    QList<qint64> chosen;
    const QList<Rota> rotas = RotaRepository(*workspace).list(true);
    for (const QString &name : parser.values(u"rota"_s)) {
        const auto found = std::find_if(rotas.cbegin(), rotas.cend(), [&](const Rota &r) { return r.name.compare(name, Qt::CaseInsensitive) == 0; });
        if (found == rotas.cend())
            return Console::fail(tr("%1: there is no rota \"%2\".").arg(command, name));
        chosen.append(found->id);
    }
    const RotaStatus::Period period = RotaStatus::compute(*workspace, from, to, chosen);
    const bool detailed = parser.isSet(u"detailed"_s);

    QHash<qint64, QString> names;
    QHash<qint64, QList<Shift>> shiftsByRota;
    if (detailed) {
        CachedQuery clinicians(*workspace, u"SELECT id, name FROM clinicians"_s);
        while (clinicians.next())
            names.insert(clinicians.value(0).toLongLong(), clinicians.value(1).toString());
        for (const Shift &shift : ShiftRepository(*workspace).inWindow(from, to)) {
            if (shift.rota_id)
                shiftsByRota[*shift.rota_id].append(shift);
        }
    }

    QJsonArray dates;
    for (qsizetype d = 0; d < period.days.size(); ++d) {
        const RotaStatus::Summary &summary = period.days.at(d);
        QJsonObject day{
            {u"date"_s, summary.date.toString(Qt::ISODate)},
            {u"below_minimum"_s, summary.belowMinimum},
            {u"status"_s, statusValue(summary.level)},
            {u"status_text"_s, statusText(summary.level)},
            {u"closed"_s, summary.closed},
        };
        QJsonArray hours;
        QJsonArray patterns;
        QJsonArray rotaArray;
        for (const RotaStatus::RotaDays &rotaDays : period.rotas) {
            const RotaStatus::Day &rotaDay = rotaDays.days.at(d);
            if (!rotaDay.running)
                continue;
            QJsonArray rotaHours;
            QJsonArray rotaPatterns;
            if (!rotaDay.closed) {
                for (const RotaStatus::Slot &slot : rotaDay.timeslots) {
                    rotaHours.append(hourOf(summary.date, slot, rotaDays.rota.id));
                    rotaPatterns.append(patternOf(summary.date, slot));
                }
            }
            if (!detailed) {
                for (const QJsonValue &hour : std::as_const(rotaHours))
                    hours.append(hour);
                for (const QJsonValue &pattern : std::as_const(rotaPatterns))
                    patterns.append(pattern);
                continue;
            }
            QJsonArray shifts;
            for (const Shift &shift : shiftsByRota.value(rotaDays.rota.id)) {
                if (shift.date == summary.date)
                    shifts.append(shiftOf(shift, names));
            }
            QJsonObject rota{
                {u"id"_s, rotaDays.rota.id},
                {u"name"_s, rotaDays.rota.name},
                {u"closed"_s, rotaDay.closed},
                {u"below_minimum"_s, rotaDay.belowMinimum()},
                {u"status"_s, statusValue(rotaDay.level())},
                {u"status_text"_s, statusText(rotaDay.level())},
                {u"shift_patterns"_s, rotaPatterns},
                {u"hours"_s, rotaHours},
                {u"shifts"_s, shifts},
            };
            if (!rotaDay.closedReason.isEmpty())
                rota.insert(u"closed_reason"_s, rotaDay.closedReason);
            rotaArray.append(rota);
        }
        if (detailed) {
            day.insert(u"rotas"_s, rotaArray);
        } else {
            day.insert(u"hours"_s, hours);
            day.insert(u"shift_patterns"_s, patterns);
        }
        dates.append(day);
    }
    QJsonArray included;
    for (const RotaStatus::RotaDays &rotaDays : period.rotas)
        included.append(QJsonObject{{u"id"_s, rotaDays.rota.id}, {u"name"_s, rotaDays.rota.name}});
    const QJsonObject document{
        {u"start_date"_s, from.toString(Qt::ISODate)},
        {u"end_date"_s, to.toString(Qt::ISODate)},
        {u"data_ready"_s, true},
        {u"truncated"_s, false},
        {u"rotas"_s, included},
        {u"dates"_s, dates},
    };
    Console::out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
    Console::out().flush();
    return ExitOk;
}
