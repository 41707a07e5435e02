#pragma once

#include "model/fielderror.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>
#include <QTest>
#include <functional>

// Checks shared by the record tests: which fields an error list names, and the JSON contract
// every record type keeps (keys = field names, a lossless round trip, defaults for missing keys).
namespace ModelTesting {

inline QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    return fields;
}

// Applies `edit` to a valid record and checks that validate() then names exactly `fields`, the
// first message mentioning `mentions` (the offending value or the rule, as a user reads it).
template <typename Record>
void verifyRule(Record record, const std::function<void(Record &)> &edit, const QStringList &fields, const QString &mentions)
{
    edit(record);
    const FieldErrors errors = record.validate();
    QCOMPARE(fieldsOf(errors), fields);
    QVERIFY2(errors.constFirst().message.contains(mentions), qPrintable(errors.constFirst().message));
}

// A value of the wrong type or form is reported under its key and leaves the field at its default.
template <typename Record>
void verifyTypeError(const QString &key, const QJsonValue &value)
{
    FieldErrors errors;
    const Record record = Record::fromJson(QJsonObject{{key, value}}, &errors);
    QCOMPARE(fieldsOf(errors), QStringList{key});
    QVERIFY2(!errors.constFirst().message.isEmpty(), "the error says what is wrong");
    QVERIFY2(record == Record(), "a value that cannot be read leaves the field at its default");
}

template <typename Record>
void verifyRoundTrip(const Record &record)
{
    const QJsonObject json = record.toJson();
    FieldErrors errors;
    const Record back = Record::fromJson(json, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(joinFieldErrors(errors)));
    QVERIFY2(back == record, qPrintable(QStringLiteral("the record read back differs from the one written: ")
                                        + QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Compact))));
    QCOMPARE(back.toJson(), json);
}

template <typename Record>
void verifyKeys(const QStringList &expected)
{
    QStringList keys = Record().toJson().keys();
    QStringList sorted = expected;
    keys.sort();
    sorted.sort();
    QCOMPARE(keys, sorted);
}

} // namespace ModelTesting
