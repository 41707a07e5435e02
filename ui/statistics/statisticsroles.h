#pragma once

#include <Qt>

// Roles the statistics table models share beside DisplayRole.
namespace StatisticsRoles {

// The raw value a column sorts by (numbers as numbers, dates as dates).
constexpr int SortRole = Qt::UserRole + 1;
// The cell as written to CSV: ISO dates, plain numbers with a dot, no units.
constexpr int ExportRole = Qt::UserRole + 2;

} // namespace StatisticsRoles
