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

QList<WorkingTerm> WorkingTermRepository::overlapping(const WorkingTerm &term) const
{
    // ISO dates compare as text; an open end never stops the overlap.
    QString clause = QStringLiteral("WHERE clinician_id = ? AND id <> ? AND (end_date IS NULL OR end_date >= ?)");
    QVariantList values{term.clinician_id, term.id, term.start_date.toString(Qt::ISODate)};
    if (term.end_date.isValid()) {
        clause += QStringLiteral(" AND start_date <= ?");
        values << term.end_date.toString(Qt::ISODate);
    }
    return select(clause + QStringLiteral(" ORDER BY start_date, id"), values);
}
