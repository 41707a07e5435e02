#pragma once

#include "model/shift.h"

#include <QCoreApplication>
#include <QString>

// How every calendar view describes a shift in its tooltip, so they all say the same:
// "Night: Ada Obi", the times and length, then status, pin and notes on lines of their own.
class ShiftDetails
{
    Q_DECLARE_TR_FUNCTIONS(ShiftDetails)

public:
    static QString length(int minutes); // "8 h", "12 h 30 min"
    // `times` is how the view words the shift's times ("20:00 Tue – 08:00 Wed").
    static QString describe(const Shift &shift, const QString &typeName, const QString &who, const QString &times);
};
