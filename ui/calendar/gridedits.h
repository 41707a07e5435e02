#pragma once

#include "commands/changeshifts.h"

#include <QCoreApplication>
#include <QDate>

class RotaGridModel;

// Turns a drop or a paste on the rota grid into shift changes: every shift keeps its place
// relative to the others, moved by the distance from the anchor cell to the target cell.
class GridEdits
{
    Q_DECLARE_TR_FUNCTIONS(GridEdits)

public:
    struct Plan
    {
        QList<ChangeShifts::Change> changes;
        QString error;                // why nothing can be done; changes are then empty
        QList<Shift> occupying;       // shifts already in a target cell that are not being moved
        bool canSwap = false;         // a move of one cell onto one occupied cell
        QString text;                 // the undo text: "Move 2 shifts", "Copy N shift"
    };

    // Moves (or copies) `shifts` so that the cell (anchorRow, anchorDate) lands on
    // (targetRow, targetDate). Pinned shifts are not moved; copies are new, unpinned shifts.
    static Plan place(const RotaGridModel &model, const QList<Shift> &shifts, int anchorRow, QDate anchorDate,
                      int targetRow, QDate targetDate, bool copy);
    // The move of `plan` plus the occupying shifts moved to where the moved ones came from.
    static Plan swap(const RotaGridModel &model, const Plan &plan);
    // Deleting shifts; pinned ones are deleted too (a pin only stops moves).
    static Plan remove(const QList<Shift> &shifts);

private:
    static QString describe(const RotaGridModel &model, const Shift &shift);
};
