#include "timeslotstatus.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

constexpr std::array<std::pair<TimeslotStatus::Level, const char *>, 6> texts{{
    {TimeslotStatus::BelowMinimum, "below-minimum"},
    {TimeslotStatus::BelowIdeal, "below-ideal"},
    {TimeslotStatus::Ideal, "ideal"},
    {TimeslotStatus::AboveIdeal, "above-ideal"},
    {TimeslotStatus::AtMaximum, "at-maximum"},
    {TimeslotStatus::OverMaximum, "over-maximum"},
}};

} // namespace

TimeslotStatus::Level TimeslotStatus::of(int count, int minimum, int ideal, int maximum)
{
    if (count < minimum)
        return BelowMinimum;
    if (count < ideal)
        return BelowIdeal;
    if (count == ideal)
        return Ideal;
    if (count > maximum)
        return OverMaximum;
    if (count == maximum)
        return AtMaximum;
    return AboveIdeal;
}

QString TimeslotStatus::text(Level level)
{
    for (const auto &[value, name] : texts) {
        if (value == level)
            return QString::fromLatin1(name);
    }
    return {};
}

bool TimeslotStatus::fromText(const QString &text, Level *level)
{
    for (const auto &[value, name] : texts) {
        if (text == QLatin1StringView(name)) {
            *level = value;
            return true;
        }
    }
    return false;
}

QString TimeslotStatus::label(Level level)
{
    switch (level) {
    case BelowMinimum:
        return tr("Below minimum");
    case BelowIdeal:
        return tr("Below ideal");
    case Ideal:
        return tr("Ideal");
    case AboveIdeal:
        return tr("Above ideal");
    case AtMaximum:
        return tr("At maximum");
    case OverMaximum:
        return tr("Over maximum");
    }
    return {};
}

int TimeslotStatus::urgency(Level level)
{
    switch (level) {
    case BelowMinimum:
        return 5;
    case OverMaximum:
        return 4;
    case BelowIdeal:
        return 3;
    case AtMaximum:
        return 2;
    case AboveIdeal:
        return 1;
    case Ideal:
        return 0;
    }
    return 0;
}

TimeslotStatus::Level TimeslotStatus::moreUrgent(Level a, Level b)
{
    return urgency(b) > urgency(a) ? b : a;
}
