#include "timeslot.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"

using namespace Qt::StringLiterals;

FieldErrors Timeslot::validate() const
{
    FieldErrors errors;
    if (shift_pattern_id <= 0)
        errors.append({u"shift_pattern_id"_s, tr("A timeslot belongs to a shift pattern.")});
    if (weekday < 1 || weekday > 7)
        errors.append({u"weekday"_s, tr("The weekday is %1; it must be from 1 (Monday) to 7 (Sunday).").arg(weekday)});
    if (!start_time.isValid())
        errors.append({u"start_time"_s, tr("A timeslot needs a start time.")});
    if (!end_time.isValid())
        errors.append({u"end_time"_s, tr("A timeslot needs an end time; one at or before the start ends on the next day.")});
    if (shift_type_id && *shift_type_id <= 0)
        errors.append({u"shift_type_id"_s, tr("The shift type reference %1 is not a valid id.").arg(*shift_type_id)});
    if (minimum < 0)
        errors.append({u"minimum"_s, tr("The minimum number of people cannot be negative (it is %1).").arg(minimum)});
    if (maximum <= 0)
        errors.append({u"maximum"_s, tr("The maximum number of people must be at least 1 (it is %1).").arg(maximum)});
    if (ideal < minimum)
        errors.append({u"ideal"_s, tr("The ideal number of people (%1) is below the minimum (%2).").arg(ideal).arg(minimum)});
    if (maximum > 0 && maximum < ideal)
        errors.append({u"maximum"_s, tr("The maximum number of people (%1) is below the ideal number (%2).").arg(maximum).arg(ideal)});
    return errors;
}

QJsonObject Timeslot::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"shift_pattern_id"_s, shift_pattern_id},
        {u"weekday"_s, weekday},
        {u"start_time"_s, JsonConvert::fromTime(start_time)},
        {u"end_time"_s, JsonConvert::fromTime(end_time)},
        {u"shift_type_id"_s, JsonConvert::fromId(shift_type_id)},
        {u"minimum"_s, minimum},
        {u"ideal"_s, ideal},
        {u"maximum"_s, maximum},
    };
}

Timeslot Timeslot::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    Timeslot slot;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, slot.id);
    reader.read("server_id"_L1, slot.server_id);
    reader.read("shift_pattern_id"_L1, slot.shift_pattern_id);
    reader.read("weekday"_L1, slot.weekday);
    reader.read("start_time"_L1, slot.start_time);
    reader.read("end_time"_L1, slot.end_time);
    reader.read("shift_type_id"_L1, slot.shift_type_id);
    reader.read("minimum"_L1, slot.minimum);
    reader.read("ideal"_L1, slot.ideal);
    reader.read("maximum"_L1, slot.maximum);
    return slot;
}
