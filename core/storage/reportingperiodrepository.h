#pragma once

#include "model/reportingperiod.h"
#include "repository.h"

class ReportingPeriodRepository : public Repository<ReportingPeriod>
{
public:
    using Repository::Repository;

    QList<ReportingPeriod> all() const; // by first day, then name
    std::optional<ReportingPeriod> findByName(const QString &name) const;
    // The period holding the day; of overlapping ones the one that starts last.
    std::optional<ReportingPeriod> containing(QDate date) const;
};
