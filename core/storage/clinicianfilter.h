#pragma once

#include <QString>
#include <optional>

// Which clinicians a list shows: a query, so that a large staff list is filtered in SQL.
struct ClinicianFilter
{
    bool activeOnly = false;
    QString search; // part of the name, case-insensitive
    std::optional<qint64> teamId;
};
