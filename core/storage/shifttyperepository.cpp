#include "shifttyperepository.h"

QList<ShiftType> ShiftTypeRepository::all() const
{
    return select(QStringLiteral("ORDER BY sort_order, code"));
}

std::optional<ShiftType> ShiftTypeRepository::findByCode(const QString &code) const
{
    return first(QStringLiteral("WHERE code = ?"), {code});
}
