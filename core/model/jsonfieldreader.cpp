#include "jsonfieldreader.h"

#include <QJsonArray>
#include <cmath>
#include <limits>

JsonFieldReader::JsonFieldReader(const QJsonObject &json, FieldErrors *errors)
    : m_json(json)
    , m_errors(errors)
{
}

QJsonValue JsonFieldReader::fetch(QLatin1StringView key) const
{
    const QJsonValue value = m_json.value(key);
    return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
}

QString JsonFieldReader::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("true") : tr("false");
    case QJsonValue::Double:
        return tr("a number (%1)").arg(value.toDouble());
    case QJsonValue::String:
        return tr("text (\"%1\")").arg(value.toString());
    case QJsonValue::Array:
        return tr("a list");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return tr("nothing");
}

bool JsonFieldReader::isNull(QLatin1StringView key) const
{
    const auto it = m_json.constFind(key);
    return it != m_json.constEnd() && it->isNull();
}

template <typename T, typename Parse, typename Message>
void JsonFieldReader::readParsed(QLatin1StringView key, T &out, Parse parse, Message invalid)
{
    if (isNull(key)) {
        out = T();
        return;
    }
    QString text;
    if (!fetchString(key, &text))
        return;
    if (const std::optional<T> value = parse(text))
        out = *value;
    else
        fail(key, invalid(text));
}

void JsonFieldReader::fail(QLatin1StringView key, const QString &message)
{
    if (m_errors)
        m_errors->append({QString(key), message});
}

bool JsonFieldReader::fetchString(QLatin1StringView key, QString *out)
{
    const QJsonValue value = fetch(key);
    if (value.isUndefined())
        return false;
    if (!value.isString()) {
        fail(key, tr("Expected text but found %1.").arg(describe(value)));
        return false;
    }
    *out = value.toString();
    return true;
}

std::optional<double> JsonFieldReader::fetchNumber(QLatin1StringView key)
{
    const QJsonValue value = fetch(key);
    if (value.isUndefined())
        return std::nullopt;
    if (!value.isDouble() || !std::isfinite(value.toDouble())) {
        fail(key, tr("Expected a number but found %1.").arg(describe(value)));
        return std::nullopt;
    }
    return value.toDouble();
}

void JsonFieldReader::read(QLatin1StringView key, QString &out)
{
    fetchString(key, &out);
}

void JsonFieldReader::read(QLatin1StringView key, QByteArray &out)
{
    QString text;
    if (fetchString(key, &text))
        out = text.toUtf8();
}

void JsonFieldReader::read(QLatin1StringView key, qint64 &out)
{
    std::optional<qint64> value;
    read(key, value);
    if (value)
        out = *value;
}

void JsonFieldReader::read(QLatin1StringView key, int &out)
{
    const std::optional<double> number = fetchNumber(key);
    if (!number)
        return;
    if (*number != std::trunc(*number) || *number < std::numeric_limits<int>::min()
        || *number > std::numeric_limits<int>::max()) {
        fail(key, tr("Expected a whole number but found %1.").arg(*number));
        return;
    }
    out = static_cast<int>(*number);
}

void JsonFieldReader::read(QLatin1StringView key, double &out)
{
    if (const std::optional<double> number = fetchNumber(key))
        out = *number;
}

void JsonFieldReader::read(QLatin1StringView key, bool &out)
{
    const QJsonValue value = fetch(key);
    if (value.isUndefined())
        return;
    if (!value.isBool()) {
        fail(key, tr("Expected true or false but found %1.").arg(describe(value)));
        return;
    }
    out = value.toBool();
}

void JsonFieldReader::read(QLatin1StringView key, std::optional<qint64> &out)
{
    if (isNull(key)) {
        out.reset();
        return;
    }
    const std::optional<double> number = fetchNumber(key);
    if (!number)
        return;
    // Integers beyond 2^53 do not survive a JSON double; ids never get there.
    if (*number != std::trunc(*number) || std::fabs(*number) > 9007199254740992.0) {
        fail(key, tr("Expected a whole number but found %1.").arg(*number));
        return;
    }
    out = static_cast<qint64>(*number);
}

void JsonFieldReader::read(QLatin1StringView key, std::optional<double> &out)
{
    if (isNull(key)) {
        out.reset();
        return;
    }
    if (const std::optional<double> number = fetchNumber(key))
        out = *number;
}

void JsonFieldReader::read(QLatin1StringView key, QDate &out)
{
    readParsed(key, out, JsonConvert::parseDate, [](const QString &text) {
        return tr("\"%1\" is not a date of the form YYYY-MM-DD that exists in the calendar.").arg(text);
    });
}

void JsonFieldReader::read(QLatin1StringView key, QTime &out)
{
    readParsed(key, out, JsonConvert::parseTime, [](const QString &text) {
        return tr("\"%1\" is not a time of the form HH:MM from 00:00 to 23:59.").arg(text);
    });
}

void JsonFieldReader::read(QLatin1StringView key, QList<QDate> &out)
{
    const QJsonValue value = fetch(key);
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        fail(key, tr("Expected a list of dates (YYYY-MM-DD) but found %1.").arg(describe(value)));
        return;
    }
    QList<QDate> dates;
    for (const QJsonValue &element : value.toArray()) {
        const std::optional<QDate> date = element.isString() ? JsonConvert::parseDate(element.toString()) : std::nullopt;
        if (!date) {
            fail(key, tr("The list holds %1, which is not a date (YYYY-MM-DD).").arg(describe(element)));
            return;
        }
        dates.append(*date);
    }
    out = dates;
}

void JsonFieldReader::read(QLatin1StringView key, WeekdaySet &out)
{
    const QJsonValue value = fetch(key);
    if (value.isUndefined())
        return;
    if (!value.isArray()) {
        fail(key, tr("Expected a list of weekday numbers from 1 (Monday) to 7 (Sunday) but found %1.").arg(describe(value)));
        return;
    }
    if (WeekdaySet::fromJson(value.toArray(), &out))
        return;
    // Name the offending element; `out` keeps its value.
    for (const QJsonValue &day : value.toArray()) {
        WeekdaySet single;
        if (!WeekdaySet::fromJson(QJsonArray{day}, &single)) {
            fail(key, tr("The list holds %1, which is not a weekday number from 1 (Monday) to 7 (Sunday).").arg(describe(day)));
            return;
        }
    }
}
