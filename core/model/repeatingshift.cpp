#include "repeatingshift.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "zonerules.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {
const JsonConvert::EnumNames<RepeatingShift::Frequency, 3> frequencyNames{{
    {RepeatingShift::Frequency::Daily, "daily"_L1},
    {RepeatingShift::Frequency::Weekly, "weekly"_L1},
    {RepeatingShift::Frequency::Monthly, "monthly"_L1},
}};
}

QString RepeatingShift::frequencyToString(Frequency frequency)
{
    return JsonConvert::enumToString(frequencyNames, frequency);
}

std::optional<RepeatingShift::Frequency> RepeatingShift::frequencyFromString(const QString &text)
{
    return JsonConvert::enumFromString(frequencyNames, text);
}

QString RepeatingShift::rrule() const
{
    static const char *const dayCodes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    QStringList parts;
    switch (frequency) {
    case Frequency::Daily:
        parts << u"FREQ=DAILY"_s;
        break;
    case Frequency::Weekly:
        parts << u"FREQ=WEEKLY"_s;
        break;
    case Frequency::Monthly:
        parts << u"FREQ=MONTHLY"_s;
        break;
    }
    if (interval > 1)
        parts << u"INTERVAL=%1"_s.arg(interval);
    if (frequency == Frequency::Weekly && !weekdays.isEmpty()) {
        QStringList days;
        for (int day : weekdays.toList())
            days << QString::fromLatin1(dayCodes[day - 1]);
        parts << u"BYDAY="_s + days.join(u',');
    }
    if (until_date.isValid())
        parts << u"UNTIL="_s + until_date.toString(u"yyyyMMdd"_s);
    else if (count > 0)
        parts << u"COUNT=%1"_s.arg(count);
    return parts.join(u';');
}

FieldErrors RepeatingShift::validate() const
{
    FieldErrors errors;
    if (shift_type_id <= 0)
        errors.append({u"shift_type_id"_s, tr("A repeating shift needs a shift type.")});
    if (!start_date.isValid())
        errors.append({u"start_date"_s, tr("A repeating shift needs the date of its first occurrence.")});
    if (start_time.isValid() != end_time.isValid())
        errors.append({start_time.isValid() ? u"end_time"_s : u"start_time"_s,
                       tr("A timed series needs both a start and an end time.")});
    if (!ZoneRules::find(time_zone))
        errors.append({u"time_zone"_s, tr("\"%1\" is not a known time zone (use an IANA name such as Europe/London).")
                                           .arg(QString::fromUtf8(time_zone))});
    if (interval < 1)
        errors.append({u"interval"_s, tr("The interval must be at least 1.")});
    if (count < 0)
        errors.append({u"count"_s, tr("The number of occurrences cannot be negative.")});
    if (until_date.isValid() && count > 0)
        errors.append({u"count"_s, tr("A series ends either on a date or after a number of occurrences, not both.")});
    if (until_date.isValid() && start_date.isValid() && until_date < start_date)
        errors.append({u"until_date"_s, tr("The series ends (%1) before its first occurrence (%2).")
                                            .arg(until_date.toString(Qt::ISODate), start_date.toString(Qt::ISODate))});
    return errors;
}

QJsonObject RepeatingShift::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"clinician_id"_s, JsonConvert::fromId(clinician_id)},
        {u"shift_type_id"_s, shift_type_id},
        {u"rota_id"_s, JsonConvert::fromId(rota_id)},
        {u"start_time"_s, JsonConvert::fromTime(start_time)},
        {u"end_time"_s, JsonConvert::fromTime(end_time)},
        {u"time_zone"_s, QString::fromUtf8(time_zone)},
        {u"start_date"_s, JsonConvert::fromDate(start_date)},
        {u"frequency"_s, frequencyToString(frequency)},
        {u"interval"_s, interval},
        {u"weekdays"_s, weekdays.toJson()},
        {u"until_date"_s, JsonConvert::fromDate(until_date)},
        {u"count"_s, count},
        {u"created_at"_s, created_at},
        {u"updated_at"_s, updated_at},
    };
}

RepeatingShift RepeatingShift::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    RepeatingShift series;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, series.id);
    reader.read("server_id"_L1, series.server_id);
    reader.read("clinician_id"_L1, series.clinician_id);
    reader.read("shift_type_id"_L1, series.shift_type_id);
    reader.read("rota_id"_L1, series.rota_id);
    reader.read("start_time"_L1, series.start_time);
    reader.read("end_time"_L1, series.end_time);
    reader.read("time_zone"_L1, series.time_zone);
    reader.read("start_date"_L1, series.start_date);
    reader.readEnum("frequency"_L1, series.frequency, frequencyNames);
    reader.read("interval"_L1, series.interval);
    reader.read("weekdays"_L1, series.weekdays);
    reader.read("until_date"_L1, series.until_date);
    reader.read("count"_L1, series.count);
    reader.read("created_at"_L1, series.created_at);
    reader.read("updated_at"_L1, series.updated_at);
    return series;
}
