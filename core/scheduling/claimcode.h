#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

// The code a volunteer quotes to claim an open shift: ten characters from an alphabet without
// look-alikes (no 0/O, 1/I/L), drawn from the operating system's random source, so that codes
// cannot be guessed from one another (31^10, about 8 * 10^14 codes). Typed codes are read
// case-insensitively, with spaces and dashes ignored.
class ClaimCode
{
    Q_DECLARE_TR_FUNCTIONS(ClaimCode)

public:
    static constexpr int Length = 10;
    static QString alphabet();
    static QString random();
    // A random code for which `taken` is false (drawn again until one is).
    static QString unused(const std::function<bool(const QString &)> &taken);
    // "k7q2-m3x9 pa" -> "K7Q2M3X9PA".
    static QString normalise(const QString &typed);
};
