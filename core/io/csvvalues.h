#pragma once

#include <QByteArrayView>
#include <QDate>
#include <QTime>
#include <optional>

// Strict parsers for CSV field bytes, written for the import hot path: no QString, no allocation.
namespace CsvValues {

// Exactly YYYY-MM-DD, and a day that exists in the calendar.
std::optional<QDate> parseDate(QByteArrayView text);
// Exactly HH:MM on a 24-hour clock, 00:00 to 23:59.
std::optional<QTime> parseTime(QByteArrayView text);
// "1" is true, "0" or nothing is false, anything else is no answer.
std::optional<bool> parseFlag(QByteArrayView text);

} // namespace CsvValues
