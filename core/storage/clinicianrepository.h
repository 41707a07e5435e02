#pragma once

#include "clinicianfilter.h"
#include "model/clinician.h"
#include "repository.h"

class ClinicianRepository : public Repository<Clinician>
{
public:
    // The records that keep a clinician from being deleted: the store refuses (RESTRICT) to
    // delete someone they still name, and they are the history a rota must keep.
    struct References
    {
        qint64 shifts = 0;
        qint64 leave_requests = 0;
        qint64 repeating_shifts = 0;
        qint64 swap_requests = 0; // as beneficiary or benefactor

        bool any() const { return shifts + leave_requests + repeating_shifts + swap_requests > 0; }
    };

    using Repository::Repository;

    QList<Clinician> list(const ClinicianFilter &filter = {}) const; // ordered by name
    std::optional<Clinician> findByName(const QString &name) const;
    References references(qint64 clinicianId) const;
};
