#pragma once

#include "model/shiftpattern.h"
#include "repository.h"

#include <QDate>

class ShiftPatternRepository : public Repository<ShiftPattern>
{
public:
    using Repository::Repository;

    QList<ShiftPattern> all() const; // by name
};
