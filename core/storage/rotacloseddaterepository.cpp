#include "rotacloseddaterepository.h"

QList<RotaClosedDate> RotaClosedDateRepository::inWindow(qint64 rotaId, QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE rota_id = ? AND date BETWEEN ? AND ? ORDER BY date"),
                  {rotaId, from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}
