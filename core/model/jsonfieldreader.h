#pragma once

#include "fielderror.h"
#include "jsonconvert.h"
#include "weekdayset.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QStringList>
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
    void read(QLatin1StringView key, QList<QDate> &out); // a list of "YYYY-MM-DD"

    template <typename Enum, std::size_t N>
    void readEnum(QLatin1StringView key, Enum &out, const JsonConvert::EnumNames<Enum, N> &names)
    {
        QString text;
        if (!fetchString(key, &text))
            return;
        if (const std::optional<Enum> value = JsonConvert::enumFromString(names, text)) {
            out = *value;
            return;
        }
        QStringList allowed;
        for (const auto &entry : names)
            allowed.append(QString(entry.second));
        fail(key, tr("\"%1\" is not one of the allowed values (%2).").arg(text, allowed.join(QStringLiteral(", "))));
    }

private:
    // The value when present and not null; otherwise an undefined value.
    QJsonValue fetch(QLatin1StringView key) const;
    bool fetchString(QLatin1StringView key, QString *out);
    std::optional<double> fetchNumber(QLatin1StringView key);
    void fail(QLatin1StringView key, const QString &message);
    // True when the key is present with the value null, which clears a nullable field.
    bool isNull(QLatin1StringView key) const;
    // Text turned into a value by `parse`; `invalid(text)` is the message when it cannot be.
    template <typename T, typename Parse, typename Message>
    void readParsed(QLatin1StringView key, T &out, Parse parse, Message invalid);
    // "a number (1.5)", "text (\"yes\")" ...: what a wrongly typed value was, for messages.
    static QString describe(const QJsonValue &value);

    const QJsonObject &m_json;
    FieldErrors *m_errors;
};
