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
    // The other terms of the same clinician that share at least one day with `term` (itself,
    // by id, excluded), oldest first. An open end counts as running for ever.
    QList<WorkingTerm> overlapping(const WorkingTerm &term) const;
};
