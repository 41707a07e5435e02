#pragma once

#include <QString>
#include <optional>

// Something wrong with a shift as planned: its clinician is on leave, cannot work that weekday,
// already works then, or gets less than the minimum rest. The message names the other thing.
struct ShiftConflict
{
    enum class Kind { OnLeave, LeaveRequested, CannotWorkDay, DoubleBooked, ShortRest };

    Kind kind = Kind::DoubleBooked;
    qint64 shift_id = 0;            // the shift that has the conflict (0 for a shift not yet stored)
    std::optional<qint64> other_id; // the other shift (DoubleBooked, ShortRest) or the leave request
    QString message;                // translated, a complete sentence

    bool operator==(const ShiftConflict &) const = default;
};
