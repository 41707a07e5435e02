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
    // Requests of the given clinicians overlapping [from, to], in one query whatever their
    // number; only those of `type` and `statuses` when given. Newest request first.
    QList<LeaveRequest> inWindowForClinicians(QDate from, QDate to, const QList<qint64> &clinicianIds,
                                              std::optional<LeaveRequest::Type> type = {},
                                              const QList<LeaveRequest::Status> &statuses = {}) const;
    QList<LeaveRequest> all() const; // newest request first
};
