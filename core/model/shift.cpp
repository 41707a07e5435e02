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
}

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
        errors.append({u"time_zone"_s, tr("\"%1\" is not a known time zone (use an IANA name such as Europe/London).")
                                           .arg(QString::fromUtf8(zone))});
    if (!localDate.isValid())
        errors.append({u"date"_s, tr("The date is not valid.")});
    if (!start.isValid())
        errors.append({u"start"_s, tr("The start time is not valid.")});
    if (!end.isValid())
        errors.append({u"end"_s, tr("The end time is not valid.")});
    if (!errors.isEmpty())
        return errors;

    const QString zoneName = QString::fromUtf8(zone);
    const ZoneRules::Resolution startUtc = rules->toUtc(localDate, start);
    if (startUtc.kind == ZoneRules::Kind::Gap)
        errors.append({u"start"_s, tr("%1 does not exist on %2 in %3 because the clocks go forward.")
                                       .arg(start.toString(u"HH:mm"_s), localDate.toString(Qt::ISODate), zoneName)});
    const QDate endDate = end <= start ? localDate.addDays(1) : localDate;
    const ZoneRules::Resolution endUtc = rules->toUtc(endDate, end);
    if (endUtc.kind == ZoneRules::Kind::Gap)
        errors.append({u"end"_s, tr("%1 does not exist on %2 in %3 because the clocks go forward.")
                                     .arg(end.toString(u"HH:mm"_s), endDate.toString(Qt::ISODate), zoneName)});
    if (!errors.isEmpty())
        return errors;

    date = localDate;
    start_utc = startUtc.utcSecs;
    end_utc = endUtc.utcSecs;
    time_zone = rules->id();
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
        errors.append({u"clinician_id"_s, tr("The clinician reference is not valid.")});
    if (shift_type_id <= 0)
        errors.append({u"shift_type_id"_s, tr("A shift needs a shift type.")});
    if (!date.isValid())
        errors.append({u"date"_s, tr("A shift needs a valid date.")});
    const ZoneRules *rules = ZoneRules::find(time_zone);
    if (!rules)
        errors.append({u"time_zone"_s, tr("\"%1\" is not a known time zone (use an IANA name such as Europe/London).")
                                           .arg(QString::fromUtf8(time_zone))});

    if (start_utc.has_value() != end_utc.has_value()) {
        errors.append({start_utc ? u"end_utc"_s : u"start_utc"_s,
                       tr("A timed shift needs both a start and an end; a whole-day shift has neither.")});
    } else if (start_utc) {
        const qint64 length = *end_utc - *start_utc;
        if (length <= 0)
            errors.append({u"end_utc"_s, tr("The shift ends before it starts.")});
        else if (length > MaxShiftSeconds)
            errors.append({u"end_utc"_s, tr("The shift is longer than 24 hours.")});
        else if (duration_minutes != length / 60)
            errors.append({u"duration_minutes"_s, tr("The length (%1 minutes) does not match the start and end (%2 minutes).")
                                                      .arg(duration_minutes).arg(length / 60)});
        if (rules && date.isValid() && rules->localDate(*start_utc) != date)
            errors.append({u"date"_s, tr("The date %1 is not the local date the shift starts on (%2).")
                                          .arg(date.toString(Qt::ISODate), rules->localDate(*start_utc).toString(Qt::ISODate))});
    }
    if (duration_minutes <= 0 || duration_minutes > 24 * 60)
        errors.append({u"duration_minutes"_s, tr("The length must be more than 0 and at most 24 hours.")});
    if (!claim_code.isEmpty()) {
        const bool plain = std::all_of(claim_code.cbegin(), claim_code.cend(),
                                       [](QChar c) { return c.isLetterOrNumber() && c.unicode() < 128; });
        if (!plain || claim_code.size() < 4 || claim_code.size() > 32)
            errors.append({u"claim_code"_s, tr("A claim code has 4 to 32 letters and digits.")});
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
    reader.read("created_by"_L1, shift.created_by);
    reader.read("created_at"_L1, shift.created_at);
    reader.read("modified_by"_L1, shift.modified_by);
    reader.read("modified_at"_L1, shift.modified_at);
    return shift;
}
