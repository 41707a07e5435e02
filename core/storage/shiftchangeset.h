#pragma once

#include "model/shift.h"
#include "storageerror.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class Workspace;

// One shift created, changed or deleted as part of a larger edit.
struct ShiftChange
{
    std::optional<Shift> before; // empty: the shift is created
    std::optional<Shift> after;  // empty: the shift is deleted
};

// Writes any number of shift changes as one edit: one transaction whose journal entries share a
// batch, so the edit is stored whole or not at all. Used by the undoable command of the rota
// views and by the command line.
class ShiftChangeSet
{
    Q_DECLARE_TR_FUNCTIONS(ShiftChangeSet)
public:
    // Forward turns every `before` into its `after`, backward the reverse (undo). A change of
    // fields writes only the fields the change made, so what changed a shift since (a sync) is
    // kept; a change of the pin is journaled as the pin or unpin action. Created shifts get their
    // ids in `changes` (and are restored under them when written forward again after an undo).
    [[nodiscard]] static StorageError write(Workspace &workspace, QList<ShiftChange> &changes, bool forward);
};
