#pragma once

#include "model/repeatingshift.h"
#include "repository.h"

#include <QDate>

class RepeatingShiftRepository : public Repository<RepeatingShift>
{
public:
    using Repository::Repository;

    // Series that may have occurrences in [from, to]: started by then and not ended before.
    QList<RepeatingShift> overlapping(QDate from, QDate to) const;
};
