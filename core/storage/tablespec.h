#pragma once

#include <QList>
#include <QString>

// How one record type is laid out in its table. Column names are the keys of the record's
// toJson(); the kind says how a JSON value is stored in SQLite and read back.
struct TableSpec
{
    enum class Kind { Integer, Real, Text, Bool, Json };
    struct Column
    {
        QString name;
        Kind kind;
    };

    QString table;
    QString recordType; // as written in the change journal
    QString displayName; // translated, e.g. "shift"
    QList<Column> columns; // without "id"
};
