#include "repeatingshiftrepository.h"

QList<RepeatingShift> RepeatingShiftRepository::overlapping(QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE start_date <= ? AND (until_date IS NULL OR until_date >= ?) ORDER BY start_date, id"),
                  {to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
}
