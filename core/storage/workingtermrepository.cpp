#include "workingtermrepository.h"

QList<WorkingTerm> WorkingTermRepository::forClinician(qint64 clinicianId) const
{
    return select(QStringLiteral("WHERE clinician_id = ? ORDER BY start_date DESC, id DESC"), {clinicianId});
}

QList<WorkingTerm> WorkingTermRepository::inWindow(QDate from, QDate to) const
{
    return select(QStringLiteral("WHERE start_date <= ? AND (end_date IS NULL OR end_date >= ?) "
                                 "ORDER BY clinician_id, start_date, id"),
                  {to.toString(Qt::ISODate), from.toString(Qt::ISODate)});
}
