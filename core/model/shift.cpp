#include "shift.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "zonerules.h"

#include <QTimeZone>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
const JsonConvert::EnumNames<Shift::Status, 4> statusNames{{
    {Shift::Status::Scheduled, "scheduled"_L1},
    {Shift::Status::Completed, "completed"_L1},
    {Shift::Status::Cancelled, "cancelled"_L1},
    {Shift::Status::NeedsReassignment, "needs_reassignment"_L1},
}};

constexpr qint64 MaxShiftSeconds = 24 * 3600;
constexpr qsizetype MaxClaimCodeLength = 64;
const qint64 FirstInstant = QDateTime(QDate(ZoneRules::FirstYear, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
const qint64 EndInstant = QDateTime(QDate(ZoneRules::EndYear, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

QString unknownZoneMessage(QByteArrayView zone)
{
    if (zone.isEmpty())
        return Shift::tr("A shift needs a time zone (an IANA name such as Europe/London).");
    return Shift::tr("\"%1\" is not a known time zone (use an IANA name such as Europe/London).").arg(QString::fromUtf8(zone));
}
} // namespace

QString Shift::statusToString(Status status)
{
    return JsonConvert::enumToString(statusNames, status);
}

std::optional<Shift::Status> Shift::statusFromString(const QString &text)
{
    return JsonConvert::enumFromString(statusNames, text);
}

FieldErrors Shift::setLocalTimes(QDate localDate, QTime start, QTime end, QByteArrayView zone)
{
    FieldErrors errors;
    const ZoneRules *rules = ZoneRules::find(zone);
    if (!rules)
        errors.append({u"time_zone"_s, unknownZoneMessage(zone)});
    if (!localDate.isValid())
        errors.append({u"date"_s, tr("The date of the shift is not a valid calendar date.")});
    if (!start.isValid())
        errors.append({u"start"_s, tr("The start time of the shift is not a valid time of day.")});
    if (!end.isValid())
        errors.append({u"end"_s, tr("The end time of the shift is not a valid time of day.")});
    if (!errors.isEmpty())
        return errors;

    const QString zoneName = QString::fromUtf8(rules->idBytes());
    const ZoneRules::Resolution startUtc = rules->toUtc(localDate, start);
    if (startUtc.kind == ZoneRules::Kind::Gap) {
        errors.append({u"start"_s, tr("The start time %1 does not exist on %2 in %3 because the clocks go forward.")
                                       .arg(start.toString(u"HH:mm"_s), localDate.toString(Qt::ISODate), zoneName)});
    }
    const QDate endDate = end <= start ? localDate.addDays(1) : localDate;
    const ZoneRules::Resolution endUtc = rules->toUtc(endDate, end);
    if (endUtc.kind == ZoneRules::Kind::Gap) {
        errors.append({u"end"_s, tr("The end time %1 does not exist on %2 in %3 because the clocks go forward.")
                                     .arg(end.toString(u"HH:mm"_s), endDate.toString(Qt::ISODate), zoneName)});
    }
    if (errors.isEmpty() && endUtc.utcSecs - startUtc.utcSecs > MaxShiftSeconds) {
        errors.append({u"end"_s, tr("From %1 on %2 to %3 on %4 in %5 is more than 24 hours because the clocks go back in between.")
                                     .arg(start.toString(u"HH:mm"_s), localDate.toString(Qt::ISODate), end.toString(u"HH:mm"_s),
                                          endDate.toString(Qt::ISODate), zoneName)});
    }
    if (!errors.isEmpty())
        return errors;

    date = localDate;
    start_utc = startUtc.utcSecs;
    end_utc = endUtc.utcSecs;
    time_zone = rules->idBytes();
    duration_minutes = static_cast<int>((endUtc.utcSecs - startUtc.utcSecs) / 60);
    return errors;
}

void Shift::setWholeDay(QDate localDate, QByteArrayView zone, int nominalMinutes)
{
    date = localDate;
    start_utc.reset();
    end_utc.reset();
    time_zone = zone.toByteArray();
    duration_minutes = nominalMinutes;
}

FieldErrors Shift::moveToDate(QDate newDate)
{
    if (!isTimed()) {
        date = newDate;
        return {};
    }
    return setLocalTimes(newDate, localStart().time(), localEnd().time(), time_zone);
}

namespace {

qint64 localMidnight(QDate date, const QByteArray &zone)
{
    if (const ZoneRules *rules = ZoneRules::find(zone))
        return rules->toUtc(date, QTime(0, 0)).utcSecs;
    return date.startOfDay(QTimeZone::utc()).toSecsSinceEpoch();
}

} // namespace

qint64 Shift::occupiedFrom() const
{
    return start_utc ? *start_utc : localMidnight(date, time_zone);
}

qint64 Shift::occupiedUntil() const
{
    if (start_utc)
        return end_utc.value_or(*start_utc);
    return localMidnight(date.addDays(1), time_zone);
}

QDateTime Shift::localStart() const
{
    if (!start_utc)
        return {};
    return QDateTime::fromSecsSinceEpoch(*start_utc, QTimeZone(time_zone));
}

QDateTime Shift::localEnd() const
{
    if (!end_utc)
        return {};
    return QDateTime::fromSecsSinceEpoch(*end_utc, QTimeZone(time_zone));
}

FieldErrors Shift::validate() const
{
    FieldErrors errors;
    if (clinician_id && *clinician_id <= 0)
        errors.append({u"clinician_id"_s, tr("The clinician reference %1 is not a valid id; an open shift has no clinician.").arg(*clinician_id)});
    if (shift_type_id <= 0)
        errors.append({u"shift_type_id"_s, tr("A shift needs a shift type.")});
    if (!date.isValid())
        errors.append({u"date"_s, tr("A shift needs a valid date.")});
    else if (date.year() < ZoneRules::FirstYear || date.year() >= ZoneRules::EndYear)
        errors.append({u"date"_s, tr("The date %1 is outside the years %2 to %3.").arg(date.toString(Qt::ISODate)).arg(ZoneRules::FirstYear).arg(ZoneRules::EndYear - 1)});
    const ZoneRules *rules = ZoneRules::find(time_zone);
    if (!rules)
        errors.append({u"time_zone"_s, unknownZoneMessage(time_zone)});

    if (start_utc.has_value() != end_utc.has_value()) {
        errors.append({start_utc ? u"end_utc"_s : u"start_utc"_s,
                       tr("A timed shift needs both a start and an end; a whole-day shift has neither.")});
    } else if (start_utc) {
        const qint64 length = *end_utc - *start_utc;
        if (*start_utc < FirstInstant || *start_utc >= EndInstant) {
            errors.append({u"start_utc"_s, tr("The start (%1 seconds since 1970) is outside the years %2 to %3.")
                                               .arg(*start_utc).arg(ZoneRules::FirstYear).arg(ZoneRules::EndYear - 1)});
        } else if (length <= 0) {
            errors.append({u"end_utc"_s, tr("The shift ends at or before its start; an overnight shift ends on the next day.")});
        } else if (length > MaxShiftSeconds) {
            errors.append({u"end_utc"_s, tr("The shift lasts %1 minutes; a shift lasts at most 24 hours.").arg(length / 60)});
        } else {
            if (duration_minutes != length / 60) {
                errors.append({u"duration_minutes"_s, tr("The length (%1 minutes) does not match the start and end, which are %2 minutes apart.")
                                                          .arg(duration_minutes).arg(length / 60)});
            }
            if (rules && date.isValid() && rules->localDate(*start_utc) != date) {
                errors.append({u"date"_s, tr("The date %1 is not the date the shift starts on in %2 (%3).")
                                              .arg(date.toString(Qt::ISODate), QString::fromUtf8(time_zone),
                                                   rules->localDate(*start_utc).toString(Qt::ISODate))});
            }
        }
    }
    if (duration_minutes <= 0 || duration_minutes > MaxShiftSeconds / 60) {
        errors.append({u"duration_minutes"_s, tr("The length is %1 minutes; it must be more than 0 and at most 1440 (24 hours).")
                                                  .arg(duration_minutes)});
    }
    if (claim_code.size() > MaxClaimCodeLength) {
        errors.append({u"claim_code"_s, tr("The claim code has %1 characters; at most %2 are allowed.").arg(claim_code.size()).arg(MaxClaimCodeLength)});
    } else if (std::any_of(claim_code.cbegin(), claim_code.cend(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; })) {
        errors.append({u"claim_code"_s, tr("The claim code \"%1\" contains a space; people type it in to claim the shift.").arg(claim_code)});
    }
    return errors;
}

QJsonObject Shift::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"clinician_id"_s, JsonConvert::fromId(clinician_id)},
        {u"shift_type_id"_s, shift_type_id},
        {u"date"_s, JsonConvert::fromDate(date)},
        {u"start_utc"_s, JsonConvert::fromId(start_utc)},
        {u"end_utc"_s, JsonConvert::fromId(end_utc)},
        {u"time_zone"_s, QString::fromUtf8(time_zone)},
        {u"duration_minutes"_s, duration_minutes},
        {u"status"_s, statusToString(status)},
        {u"is_pinned"_s, is_pinned},
        {u"counts_as_worked"_s, counts_as_worked},
        {u"counts_toward_minimum"_s, counts_toward_minimum},
        {u"claim_code"_s, claim_code},
        {u"notes"_s, notes},
        {u"rota_id"_s, JsonConvert::fromId(rota_id)},
        {u"timeslot_id"_s, JsonConvert::fromId(timeslot_id)},
        {u"repeating_shift_id"_s, JsonConvert::fromId(repeating_shift_id)},
        {u"recurrence_date"_s, JsonConvert::fromDate(recurrence_date)},
        {u"team_id"_s, JsonConvert::fromId(team_id)},
        {u"created_by"_s, created_by},
        {u"created_at"_s, created_at},
        {u"modified_by"_s, modified_by},
        {u"modified_at"_s, modified_at},
    };
}

Shift Shift::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    Shift shift;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, shift.id);
    reader.read("server_id"_L1, shift.server_id);
    reader.read("clinician_id"_L1, shift.clinician_id);
    reader.read("shift_type_id"_L1, shift.shift_type_id);
    reader.read("date"_L1, shift.date);
    reader.read("start_utc"_L1, shift.start_utc);
    reader.read("end_utc"_L1, shift.end_utc);
    reader.read("time_zone"_L1, shift.time_zone);
    reader.read("duration_minutes"_L1, shift.duration_minutes);
    reader.readEnum("status"_L1, shift.status, statusNames);
    reader.read("is_pinned"_L1, shift.is_pinned);
    reader.read("counts_as_worked"_L1, shift.counts_as_worked);
    reader.read("counts_toward_minimum"_L1, shift.counts_toward_minimum);
    reader.read("claim_code"_L1, shift.claim_code);
    reader.read("notes"_L1, shift.notes);
    reader.read("rota_id"_L1, shift.rota_id);
    reader.read("timeslot_id"_L1, shift.timeslot_id);
    reader.read("repeating_shift_id"_L1, shift.repeating_shift_id);
    reader.read("recurrence_date"_L1, shift.recurrence_date);
    reader.read("team_id"_L1, shift.team_id);
    reader.read("created_by"_L1, shift.created_by);
    reader.read("created_at"_L1, shift.created_at);
    reader.read("modified_by"_L1, shift.modified_by);
    reader.read("modified_at"_L1, shift.modified_at);
    return shift;
}
