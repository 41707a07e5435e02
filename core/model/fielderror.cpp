#include "fielderror.h"

#include <QStringList>

QString joinFieldErrors(const FieldErrors &errors)
{
    QStringList parts;
    parts.reserve(errors.size());
    for (const FieldError &error : errors)
        parts.append(error.field.isEmpty() ? error.message : error.field + QStringLiteral(": ") + error.message);
    return parts.join(QStringLiteral("; "));
}
