#pragma once

#include "model/timeslot.h"
#include "repository.h"

#include <QDate>

class TimeslotRepository : public Repository<Timeslot>
{
public:
    using Repository::Repository;

    QList<Timeslot> forPattern(qint64 shiftPatternId) const; // by weekday, then start
};
