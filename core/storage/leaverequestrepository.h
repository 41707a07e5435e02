#pragma once

#include "model/leaverequest.h"
#include "repository.h"

#include <QDate>

class LeaveRequestRepository : public Repository<LeaveRequest>
{
public:
    using Repository::Repository;

    // Requests overlapping [from, to], newest request first.
    QList<LeaveRequest> inWindow(QDate from, QDate to, std::optional<qint64> clinicianId = {}) const;
    QList<LeaveRequest> forClinician(qint64 clinicianId) const; // newest request first
};
