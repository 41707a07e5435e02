#include "workingtermrepository.h"

QList<WorkingTerm> WorkingTermRepository::forClinician(qint64 clinicianId) const
{
    return select(QStringLiteral("WHERE clinician_id = ? ORDER BY start_date DESC, id DESC"), {clinicianId});
}
