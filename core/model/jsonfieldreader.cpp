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
        fail(key, tr("Expected text."));
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
        fail(key, tr("Expected a number."));
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
        fail(key, tr("Expected a whole number."));
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
        fail(key, tr("Expected true or false."));
        return;
    }
    out = value.toBool();
}

void JsonFieldReader::read(QLatin1StringView key, std::optional<qint64> &out)
{
    if (m_json.contains(key) && m_json.value(key).isNull()) {
        out.reset();
        return;
    }
    const std::optional<double> number = fetchNumber(key);
    if (!number)
        return;
    // Integers beyond 2^53 do not survive a JSON double; ids never get there.
    if (*number != std::trunc(*number) || std::fabs(*number) > 9007199254740992.0) {
        fail(key, tr("Expected a whole number."));
        return;
    }
    out = static_cast<qint64>(*number);
}

void JsonFieldReader::read(QLatin1StringView key, std::optional<double> &out)
{
    if (m_json.contains(key) && m_json.value(key).isNull()) {
        out.reset();
        return;
    }
    if (const std::optional<double> number = fetchNumber(key))
        out = *number;
}

void JsonFieldReader::read(QLatin1StringView key, QDate &out)
{
    if (m_json.contains(key) && m_json.value(key).isNull()) {
        out = QDate();
        return;
    }
    QString text;
    if (!fetchString(key, &text))
        return;
    if (const std::optional<QDate> date = JsonConvert::parseDate(text))
        out = *date;
    else
        fail(key, tr("\"%1\" is not a valid date (YYYY-MM-DD).").arg(text));
}

void JsonFieldReader::read(QLatin1StringView key, QTime &out)
{
    if (m_json.contains(key) && m_json.value(key).isNull()) {
        out = QTime();
        return;
    }
    QString text;
    if (!fetchString(key, &text))
        return;
    if (const std::optional<QTime> time = JsonConvert::parseTime(text))
        out = *time;
    else
        fail(key, tr("\"%1\" is not a valid time (HH:MM).").arg(text));
}

void JsonFieldReader::read(QLatin1StringView key, WeekdaySet &out)
{
    const QJsonValue value = fetch(key);
    if (value.isUndefined())
        return;
    if (!value.isArray() || !WeekdaySet::fromJson(value.toArray(), &out))
        fail(key, tr("Expected a list of weekday numbers from 1 (Monday) to 7 (Sunday)."));
}
