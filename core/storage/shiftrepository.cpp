#include "shiftrepository.h"

QList<Shift> ShiftRepository::inWindow(QDate from, QDate to, std::optional<qint64> clinicianId) const
{
    const QVariantList window{from.toString(Qt::ISODate), to.toString(Qt::ISODate)};
    if (clinicianId) {
        return select(QStringLiteral("WHERE clinician_id = ? AND date BETWEEN ? AND ? ORDER BY date, start_utc, id"),
                      QVariantList{*clinicianId} + window);
    }
    return select(QStringLiteral("WHERE date BETWEEN ? AND ? ORDER BY date, clinician_id, start_utc, id"), window);
}

qint64 ShiftRepository::countInWindow(QDate from, QDate to) const
{
    return countWhere(QStringLiteral("WHERE date BETWEEN ? AND ?"), {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

StorageError ShiftRepository::setPinned(qint64 id, bool pinned)
{
    std::optional<Shift> shift = get(id);
    if (!shift)
        return notFound(id);
    shift->is_pinned = pinned;
    return applyAction(pinned ? QStringLiteral("pin") : QStringLiteral("unpin"), *shift);
}

StorageError ShiftRepository::insertBulk(QList<Shift> &shifts)
{
    QList<QJsonObject> rows;
    rows.reserve(shifts.size());
    for (const Shift &shift : shifts) {
        if (StorageError error = validated(shift); !error.ok())
            return error;
        rows.append(shift.toJson());
    }
    QList<qint64> ids;
    if (StorageError error = table().insertMany(rows, &ids); !error.ok())
        return error;
    for (qsizetype i = 0; i < shifts.size(); ++i)
        shifts[i].id = ids.at(i);
    return {};
}
