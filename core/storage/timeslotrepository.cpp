#include "timeslotrepository.h"

QList<Timeslot> TimeslotRepository::forPattern(qint64 shiftPatternId) const
{
    return select(QStringLiteral("WHERE shift_pattern_id = ? ORDER BY weekday, start_time, id"), {shiftPatternId});
}
