#include "repeatingshift.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "zonerules.h"

#include <QJsonArray>
#include <QLocale>
#include <QStringList>
#include <array>

using namespace Qt::StringLiterals;

namespace {
const JsonConvert::EnumNames<RepeatingShift::Frequency, 3> frequencyNames{{
    {RepeatingShift::Frequency::Daily, "daily"_L1},
    {RepeatingShift::Frequency::Weekly, "weekly"_L1},
    {RepeatingShift::Frequency::Monthly, "monthly"_L1},
}};

QString frequencyLabel(RepeatingShift::Frequency frequency)
{
    switch (frequency) {
    case RepeatingShift::Frequency::Daily:
        return RepeatingShift::tr("daily");
    case RepeatingShift::Frequency::Weekly:
        return RepeatingShift::tr("weekly");
    case RepeatingShift::Frequency::Monthly:
        return RepeatingShift::tr("monthly");
    }
    return {};
}
} // namespace

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
    static constexpr std::array<QLatin1StringView, 7> dayCodes{"MO"_L1, "TU"_L1, "WE"_L1, "TH"_L1, "FR"_L1, "SA"_L1, "SU"_L1};
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
            days << QString(dayCodes[std::size_t(day - 1)]);
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
    if (clinician_id && *clinician_id <= 0)
        errors.append({u"clinician_id"_s, tr("The clinician reference %1 is not a valid id; an open series has no clinician.").arg(*clinician_id)});
    if (shift_type_id <= 0)
        errors.append({u"shift_type_id"_s, tr("A repeating shift needs a shift type.")});
    if (!start_date.isValid())
        errors.append({u"start_date"_s, tr("A repeating shift needs the date of its first occurrence.")});
    if (start_time.isValid() != end_time.isValid()) {
        errors.append({start_time.isValid() ? u"end_time"_s : u"start_time"_s,
                       tr("A timed series needs both a start and an end time; a whole-day series has neither.")});
    }
    if (time_zone.isEmpty()) {
        errors.append({u"time_zone"_s, tr("A repeating shift needs a time zone (an IANA name such as Europe/London).")});
    } else if (!ZoneRules::find(time_zone)) {
        errors.append({u"time_zone"_s, tr("\"%1\" is not a known time zone (use an IANA name such as Europe/London).")
                                           .arg(QString::fromUtf8(time_zone))});
    }
    if (interval < 1)
        errors.append({u"interval"_s, tr("The interval is %1; a series repeats every 1 or more days, weeks or months.").arg(interval)});
    if (!weekdays.isEmpty() && frequency != Frequency::Weekly) {
        errors.append({u"weekdays"_s, tr("Weekdays apply to weekly series only; a %1 series repeats on the weekday of its first occurrence.")
                                          .arg(frequencyLabel(frequency))});
    } else if (!weekdays.isEmpty() && start_date.isValid() && !weekdays.contains(start_date.dayOfWeek())) {
        // RFC 5545 leaves a series whose start does not match its rule undefined.
        errors.append({u"start_date"_s, tr("The first occurrence, %1, is a %2, which is not one of the series' weekdays.")
                                            .arg(start_date.toString(Qt::ISODate), QLocale().standaloneDayName(start_date.dayOfWeek()))});
    }
    if (count < 0)
        errors.append({u"count"_s, tr("The number of occurrences cannot be negative (it is %1).").arg(count)});
    else if (until_date.isValid() && count > 0)
        errors.append({u"count"_s, tr("A series ends either on a date or after a number of occurrences, not both.")});
    if (until_date.isValid() && start_date.isValid() && until_date < start_date) {
        errors.append({u"until_date"_s, tr("The series ends on %1, before its first occurrence on %2.")
                                            .arg(until_date.toString(Qt::ISODate), start_date.toString(Qt::ISODate))});
    }
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
        {u"exdates"_s, [this] {
             QJsonArray dates;
             for (const QDate &date : exdates)
                 dates.append(date.toString(Qt::ISODate));
             return dates;
         }()},
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
    reader.read("exdates"_L1, series.exdates);
    reader.read("created_at"_L1, series.created_at);
    reader.read("updated_at"_L1, series.updated_at);
    return series;
}
