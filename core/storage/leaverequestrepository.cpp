#include "leaverequestrepository.h"

QList<LeaveRequest> LeaveRequestRepository::inWindow(QDate from, QDate to, std::optional<qint64> clinicianId) const
{
    QVariantList values{to.toString(Qt::ISODate), from.toString(Qt::ISODate)};
    QString clause = QStringLiteral("WHERE start_date <= ? AND end_date >= ?");
    if (clinicianId) {
        clause += QStringLiteral(" AND clinician_id = ?");
        values << *clinicianId;
    }
    return select(clause + QStringLiteral(" ORDER BY requested_at DESC, id DESC"), values);
}

QList<LeaveRequest> LeaveRequestRepository::forClinician(qint64 clinicianId) const
{
    return select(QStringLiteral("WHERE clinician_id = ? ORDER BY requested_at DESC, id DESC"), {clinicianId});
}
