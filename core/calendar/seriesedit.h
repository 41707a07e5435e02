#pragma once

#include "model/repeatingshift.h"
#include "model/shift.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>

class Workspace;

// Edits of a repeating shift at one of its occurrences, as the Assemble seed's edit_mode has
// them: "single" changes or cancels that occurrence only, "recurring" that occurrence and the
// following ones. Each is one transaction with its journal entries (one step to undo).
class SeriesEdit
{
    Q_DECLARE_TR_FUNCTIONS(SeriesEdit)

public:
    explicit SeriesEdit(Workspace &workspace);

    // The occurrence is no longer generated.
    [[nodiscard]] StorageError cancelOccurrence(qint64 seriesId, QDate occurrence);
    // The series ends the day before; shifts detached from it on or after that date are deleted.
    [[nodiscard]] StorageError cancelFrom(qint64 seriesId, QDate from);
    // The occurrence is detached: stored as `changed` (a shift of its own that remembers the
    // occurrence it replaces) and no longer generated. `changed` receives its id.
    [[nodiscard]] StorageError editOccurrence(qint64 seriesId, QDate occurrence, Shift &changed);
    // The series ends the day before `from`; `changed` (its fields as they are to be) runs on from
    // `from`, with what is left of a count, the cancelled dates from then on, and the shifts
    // detached from then on. `changed` receives its id.
    [[nodiscard]] StorageError editFollowing(qint64 seriesId, QDate from, RepeatingShift &changed);

private:
    Workspace &m_workspace;
};
