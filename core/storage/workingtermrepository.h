#pragma once

#include "model/workingterm.h"
#include "repository.h"

#include <QDate>

class WorkingTermRepository : public Repository<WorkingTerm>
{
public:
    using Repository::Repository;

    QList<WorkingTerm> forClinician(qint64 clinicianId) const; // newest first
    // Terms of any clinician in effect on some day of [from, to], by clinician then start date.
    QList<WorkingTerm> inWindow(QDate from, QDate to) const;
};
