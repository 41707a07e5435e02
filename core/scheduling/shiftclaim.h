#pragma once

#include "model/shift.h"
#include "storage/shiftchangeset.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <optional>

class Workspace;

// Open shifts claimed with their code: the volunteer quoting it is assigned after the checks of a
// manual edit (leave, requested leave, cannot-work days, double bookings, rest). The shift keeps
// its code, so that a second volunteer quoting it learns that it has been taken.
class ShiftClaim
{
    Q_DECLARE_TR_FUNCTIONS(ShiftClaim)

public:
    explicit ShiftClaim(Workspace &workspace);

    // The shift carrying the code (typed in any case, with spaces or dashes).
    std::optional<Shift> find(const QString &code) const;

    // Assigns the open shift with this code to the clinician in one edit, or changes nothing and
    // says why. `change` (optional) receives the change written, for undo.
    [[nodiscard]] StorageError claim(const QString &code, qint64 clinicianId, ShiftChange *change = nullptr);

    // Assigns the open shift to the clinician after the same checks, in one edit.
    [[nodiscard]] StorageError assign(qint64 shiftId, qint64 clinicianId, ShiftChange *change = nullptr);

    // Gives the shift a new code no shift of the workspace has, in one edit.
    [[nodiscard]] StorageError renewCode(qint64 shiftId, QString *code = nullptr, ShiftChange *change = nullptr);

private:
    Workspace &m_workspace;
};
