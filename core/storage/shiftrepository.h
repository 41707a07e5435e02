#pragma once

#include "model/shift.h"
#include "repository.h"
#include "shiftfilter.h"

#include <QDate>

class ShiftRepository : public Repository<Shift>
{
public:
    using Repository::Repository;

    // Shifts whose local start date lies in [from, to], ordered by date, clinician and start.
    QList<Shift> inWindow(QDate from, QDate to, std::optional<qint64> clinicianId = {}) const;
    qint64 countInWindow(QDate from, QDate to) const;
    // Shifts in [from, to] that meet the filter, by date and start.
    QList<Shift> matching(QDate from, QDate to, const ShiftFilter &filter) const;
    // Validates and inserts many shifts through one prepared statement, filling their ids. Must
    // run inside the caller's Transaction; the caller journals the batch as one entry (an import
    // of a million shifts is one edit, not a million).
    [[nodiscard]] StorageError insertBulk(QList<Shift> &shifts);
    // Pins or unpins; journaled as the "pin" or "unpin" action.
    [[nodiscard]] StorageError setPinned(qint64 id, bool pinned);
};
