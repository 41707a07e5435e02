#pragma once

#include <QDate>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>
#include <QTime>
#include <array>
#include <optional>
#include <utility>

// Conversions between field values and their JSON form, shared by every record type so that
// dates, times and nullable ids look the same in the journal, in exports and in the database.
namespace JsonConvert {

QJsonValue fromDate(QDate date);                 // "YYYY-MM-DD" or null
QJsonValue fromTime(QTime time);                 // "HH:MM" or null
QJsonValue fromId(std::optional<qint64> id);     // number or null
QJsonValue fromNumber(std::optional<double> value);
QJsonValue fromText(const QString &text);        // string; empty stays ""

// Strict parsers: exactly YYYY-MM-DD / HH:MM (or HH:MM:SS), and a real calendar date.
std::optional<QDate> parseDate(QStringView text);
std::optional<QTime> parseTime(QStringView text);
// The same on raw bytes (a CSV field), without building a QString.
std::optional<QDate> parseDateLatin1(QLatin1StringView text);
std::optional<QTime> parseTimeLatin1(QLatin1StringView text);

template <typename Enum, std::size_t N>
using EnumNames = std::array<std::pair<Enum, QLatin1StringView>, N>;

template <typename Enum, std::size_t N>
QString enumToString(const EnumNames<Enum, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return QString(name);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> enumFromString(const EnumNames<Enum, N> &names, QStringView text)
{
    for (const auto &[candidate, name] : names) {
        if (text == name)
            return candidate;
    }
    return std::nullopt;
}

} // namespace JsonConvert
