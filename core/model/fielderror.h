#pragma once

#include <QList>
#include <QString>

// A validation problem tied to the field that causes it, so that a dialog can show it at the
// field and an importer can report it as "file:line: field: message".
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

using FieldErrors = QList<FieldError>;

// "field: message; field: message" for logs and the command line.
QString joinFieldErrors(const FieldErrors &errors);
