#include "csvvalues.h"

#include "model/jsonconvert.h"

namespace CsvValues {

std::optional<QDate> parseDate(QByteArrayView text)
{
    return JsonConvert::parseDateLatin1(QLatin1StringView(text));
}

std::optional<QTime> parseTime(QByteArrayView text)
{
    // A CSV time has no seconds.
    if (text.size() != 5)
        return std::nullopt;
    return JsonConvert::parseTimeLatin1(QLatin1StringView(text));
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
