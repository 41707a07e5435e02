#include "shifttype.h"

#include "jsonconvert.h"
#include "jsonfieldreader.h"
#include "textcheck.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
constexpr qsizetype MaxCodeLength = 8;
constexpr qsizetype MaxNameLength = 100;
constexpr int MinutesPerDay = 24 * 60;

const JsonConvert::EnumNames<ShiftType::Category, 3> categoryNames{{
    {ShiftType::Category::Regular, "regular"_L1},
    {ShiftType::Category::Night, "night"_L1},
    {ShiftType::Category::OnCall, "on_call"_L1},
}};
} // namespace

QString ShiftType::categoryToString(Category category)
{
    return JsonConvert::enumToString(categoryNames, category);
}

std::optional<ShiftType::Category> ShiftType::categoryFromString(const QString &text)
{
    return JsonConvert::enumFromString(categoryNames, text);
}

FieldErrors ShiftType::validate() const
{
    FieldErrors errors;
    if (code.isEmpty())
        errors.append({u"code"_s, tr("A shift type needs a code, such as D or N.")});
    else if (code.size() > MaxCodeLength)
        errors.append({u"code"_s, tr("The code \"%1\" has %2 characters; a code has at most %3.").arg(code).arg(code.size()).arg(MaxCodeLength)});
    else if (std::any_of(code.cbegin(), code.cend(), [](QChar c) { return c.isSpace() || c.category() == QChar::Other_Control; }))
        errors.append({u"code"_s, tr("The code \"%1\" contains a space; codes are written without spaces.").arg(code)});
    if (name.trimmed().isEmpty())
        errors.append({u"name"_s, tr("A shift type needs a name, such as Night.")});
    else if (const QString problem = TextCheck::nameProblem(name, MaxNameLength); !problem.isEmpty())
        errors.append({u"name"_s, problem});
    static const QRegularExpression colourPattern(u"^#[0-9A-Fa-f]{6}$"_s);
    if (!colourPattern.match(colour).hasMatch())
        errors.append({u"colour"_s, tr("The colour \"%1\" is not of the form #rrggbb, such as #0072B2.").arg(colour)});

    if (start_time.isValid() != end_time.isValid()) {
        errors.append({start_time.isValid() ? u"end_time"_s : u"start_time"_s,
                       tr("A timed shift type needs both a start and an end time; a whole-day type has neither.")});
    }
    if (duration_minutes <= 0 || duration_minutes > MinutesPerDay) {
        errors.append({u"duration_minutes"_s, tr("The length is %1 minutes; it must be more than 0 and at most 1440 (24 hours).")
                                                  .arg(duration_minutes)});
    } else if (start_time.isValid() && end_time.isValid()) {
        // Wall-clock length: an end at or before the start is on the next day.
        int minutes = (end_time.msecsSinceStartOfDay() - start_time.msecsSinceStartOfDay()) / 60000;
        if (minutes <= 0)
            minutes += MinutesPerDay;
        if (minutes != duration_minutes) {
            errors.append({u"duration_minutes"_s, tr("The length is %1 minutes, but %2 to %3 is %4 minutes.")
                                                      .arg(duration_minutes)
                                                      .arg(start_time.toString(u"HH:mm"_s), end_time.toString(u"HH:mm"_s))
                                                      .arg(minutes)});
        }
    }
    if (minimum_weekday < 0)
        errors.append({u"minimum_weekday"_s, tr("The number of people needed on a weekday cannot be negative (it is %1).").arg(minimum_weekday)});
    if (minimum_weekend < 0)
        errors.append({u"minimum_weekend"_s, tr("The number of people needed on a weekend day cannot be negative (it is %1).").arg(minimum_weekend)});
    return errors;
}

QJsonObject ShiftType::toJson() const
{
    return {
        {u"id"_s, id},
        {u"server_id"_s, JsonConvert::fromId(server_id)},
        {u"code"_s, code},
        {u"name"_s, name},
        {u"colour"_s, colour},
        {u"start_time"_s, JsonConvert::fromTime(start_time)},
        {u"end_time"_s, JsonConvert::fromTime(end_time)},
        {u"duration_minutes"_s, duration_minutes},
        {u"counts_as_worked"_s, counts_as_worked},
        {u"counts_toward_minimum"_s, counts_toward_minimum},
        {u"minimum_weekday"_s, minimum_weekday},
        {u"minimum_weekend"_s, minimum_weekend},
        {u"sort_order"_s, sort_order},
        {u"active"_s, active},
        {u"category"_s, categoryToString(category)},
    };
}

ShiftType ShiftType::fromJson(const QJsonObject &json, FieldErrors *errors)
{
    ShiftType type;
    JsonFieldReader reader(json, errors);
    reader.read("id"_L1, type.id);
    reader.read("server_id"_L1, type.server_id);
    reader.read("code"_L1, type.code);
    reader.read("name"_L1, type.name);
    reader.read("colour"_L1, type.colour);
    reader.read("start_time"_L1, type.start_time);
    reader.read("end_time"_L1, type.end_time);
    reader.read("duration_minutes"_L1, type.duration_minutes);
    reader.read("counts_as_worked"_L1, type.counts_as_worked);
    reader.read("counts_toward_minimum"_L1, type.counts_toward_minimum);
    reader.read("minimum_weekday"_L1, type.minimum_weekday);
    reader.read("minimum_weekend"_L1, type.minimum_weekend);
    reader.read("sort_order"_L1, type.sort_order);
    reader.read("active"_L1, type.active);
    reader.readEnum("category"_L1, type.category, categoryNames);
    return type;
}
