#include "shiftpatternrepository.h"

QList<ShiftPattern> ShiftPatternRepository::all() const
{
    return select(QStringLiteral("ORDER BY name COLLATE NOCASE, id"));
}
