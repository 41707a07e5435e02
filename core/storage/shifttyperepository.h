#pragma once

#include "model/shifttype.h"
#include "repository.h"

class ShiftTypeRepository : public Repository<ShiftType>
{
public:
    using Repository::Repository;

    QList<ShiftType> all() const; // by sort order, then code
    std::optional<ShiftType> findByCode(const QString &code) const;
};
