#include "jsonconvert.h"

namespace JsonConvert {

namespace {

// Digits only, so "2026-1-5" or " 2026-01-05" are refused rather than guessed at.
template <typename View>
int digits(View text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = char16_t(text.at(i).unicode());
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

// QString and CSV bytes share one parser, so a date is valid in a file exactly when it is in JSON.
template <typename View>
std::optional<QDate> parseDateIn(View text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    if (year < 0 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

template <typename View>
std::optional<QTime> parseTimeIn(View text)
{
    if ((text.size() != 5 && text.size() != 8) || text.at(2) != u':')
        return std::nullopt;
    const int hour = digits(text, 0, 2);
    const int minute = digits(text, 3, 2);
    int second = 0;
    if (text.size() == 8) {
        if (text.at(5) != u':')
            return std::nullopt;
        second = digits(text, 6, 2);
    }
    if (hour < 0 || minute < 0 || second < 0 || !QTime::isValid(hour, minute, second))
        return std::nullopt;
    return QTime(hour, minute, second);
}

} // namespace

QJsonValue fromDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue fromTime(QTime time)
{
    if (!time.isValid())
        return QJsonValue(QJsonValue::Null);
    return QJsonValue(time.toString(time.second() == 0 ? QStringLiteral("HH:mm") : QStringLiteral("HH:mm:ss")));
}

QJsonValue fromId(std::optional<qint64> id)
{
    return id ? QJsonValue(*id) : QJsonValue(QJsonValue::Null);
}

QJsonValue fromNumber(std::optional<double> value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue fromText(const QString &text)
{
    return QJsonValue(text);
}

std::optional<QDate> parseDate(QStringView text)
{
    return parseDateIn(text);
}

std::optional<QDate> parseDateLatin1(QLatin1StringView text)
{
    return parseDateIn(text);
}

std::optional<QTime> parseTime(QStringView text)
{
    return parseTimeIn(text);
}

std::optional<QTime> parseTimeLatin1(QLatin1StringView text)
{
    return parseTimeIn(text);
}

} // namespace JsonConvert
