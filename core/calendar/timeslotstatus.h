#pragma once

#include <QCoreApplication>
#include <QString>

// Where the number of people on a timeslot stands against its minimum, ideal and maximum.
// Assemble reports -2, "below-minimum"; the scale goes on from there in the same steps, so that a
// lower number is always fewer people and the sign says short (-) or over (+) the ideal:
//   -2 below-minimum  count < minimum
//   -1 below-ideal    minimum <= count < ideal
//    0 ideal          count == ideal
//    1 above-ideal    ideal < count < maximum
//    2 at-maximum     count == maximum (> ideal)
//    3 over-maximum   count > maximum
class TimeslotStatus
{
    Q_DECLARE_TR_FUNCTIONS(TimeslotStatus)

public:
    enum Level { BelowMinimum = -2, BelowIdeal = -1, Ideal = 0, AboveIdeal = 1, AtMaximum = 2, OverMaximum = 3 };

    static Level of(int count, int minimum, int ideal, int maximum);
    // Assemble's status_text: "below-minimum", ... "over-maximum".
    static QString text(Level level);
    static bool fromText(const QString &text, Level *level);
    // For people: "Below minimum", ... (translated).
    static QString label(Level level);
    // The level of a day (or of several rotas) is that of its most pressing timeslot: too few
    // people first, then too many, then the milder steps on either side of the ideal.
    static Level moreUrgent(Level a, Level b);
    static int urgency(Level level); // higher is more urgent
};
