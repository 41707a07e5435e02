#pragma once

#include "fielderror.h"
#include "jsonconvert.h"
#include "weekdayset.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QTime>
#include <optional>

// Reads typed fields out of a JSON object for the records' fromJson(). A missing key leaves the
// field as it is; a value of the wrong type is reported as a FieldError under its key.
class JsonFieldReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonFieldReader)

public:
    JsonFieldReader(const QJsonObject &json, FieldErrors *errors);

    void read(QLatin1StringView key, QString &out);
    void read(QLatin1StringView key, QByteArray &out);
    void read(QLatin1StringView key, qint64 &out);
    void read(QLatin1StringView key, int &out);
    void read(QLatin1StringView key, double &out);
    void read(QLatin1StringView key, bool &out);
    void read(QLatin1StringView key, std::optional<qint64> &out);
    void read(QLatin1StringView key, std::optional<double> &out);
    void read(QLatin1StringView key, QDate &out);
    void read(QLatin1StringView key, QTime &out);
    void read(QLatin1StringView key, WeekdaySet &out);

    template <typename Enum, std::size_t N>
    void readEnum(QLatin1StringView key, Enum &out, const JsonConvert::EnumNames<Enum, N> &names)
    {
        QString text;
        if (!fetchString(key, &text))
            return;
        if (const std::optional<Enum> value = JsonConvert::enumFromString(names, text))
            out = *value;
        else
            fail(key, tr("\"%1\" is not one of the allowed values.").arg(text));
    }

private:
    // The value when present and not null; otherwise an undefined value.
    QJsonValue fetch(QLatin1StringView key) const;
    bool fetchString(QLatin1StringView key, QString *out);
    std::optional<double> fetchNumber(QLatin1StringView key);
    void fail(QLatin1StringView key, const QString &message);

    const QJsonObject &m_json;
    FieldErrors *m_errors;
};
