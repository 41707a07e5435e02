#include "csvvalues.h"

namespace {

int digits(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

} // namespace

namespace CsvValues {

std::optional<QDate> parseDate(QByteArrayView text)
{
    if (text.size() != 10 || text.at(4) != '-' || text.at(7) != '-')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    // QDate::isValid(y, m, d) checks month lengths and leap years without building a date.
    if (year < 1 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

std::optional<QTime> parseTime(QByteArrayView text)
{
    if (text.size() != 5 || text.at(2) != ':')
        return std::nullopt;
    const int hour = digits(text, 0, 2);
    const int minute = digits(text, 3, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    return QTime(hour, minute);
}

std::optional<bool> parseFlag(QByteArrayView text)
{
    if (text.isEmpty() || text == "0")
        return false;
    if (text == "1")
        return true;
    return std::nullopt;
}

} // namespace CsvValues
