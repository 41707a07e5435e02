#pragma once

#include <QString>
#include <optional>

// What the calendar views and printed pages show of a period: all of it, or one team, one shift
// type, one clinician, or the clinicians whose names contain a search text.
struct RotaFilter
{
    std::optional<qint64> teamId;
    std::optional<qint64> shiftTypeId;
    std::optional<qint64> clinicianId;
    QString search;

    bool operator==(const RotaFilter &) const = default;
};
