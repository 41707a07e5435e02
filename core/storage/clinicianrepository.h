#pragma once

#include "clinicianfilter.h"
#include "model/clinician.h"
#include "repository.h"

class ClinicianRepository : public Repository<Clinician>
{
public:
    using Repository::Repository;

    QList<Clinician> list(const ClinicianFilter &filter = {}) const; // ordered by name
    std::optional<Clinician> findByName(const QString &name) const;
};
