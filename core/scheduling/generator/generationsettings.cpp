#include "generationsettings.h"

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxWeight = 10000;
constexpr double MaxSeconds = 3600;
constexpr int MaxThreads = 16;
constexpr int MaxRunOfDays = 31;

} // namespace

QList<GenerationWeights::Preset> GenerationWeights::presets()
{
    return {Preset::Balanced, Preset::CoverFirst, Preset::Fairness, Preset::FewestChanges};
}

GenerationWeights GenerationWeights::preset(Preset preset)
{
    GenerationWeights weights;
    switch (preset) {
    case Preset::Balanced:
        break;
    case Preset::CoverFirst:
        weights.coverBelowIdeal = 100;
        weights.coverAboveIdeal = 5;
        weights.fairNights = 5;
        weights.fairWeekends = 5;
        weights.fairBankHolidays = 5;
        weights.fairHours = 2;
        weights.pendingLeave = 20;
        break;
    case Preset::Fairness:
        weights.coverBelowIdeal = 30;
        weights.fairNights = 60;
        weights.fairWeekends = 60;
        weights.fairBankHolidays = 60;
        weights.fairHours = 15;
        break;
    case Preset::FewestChanges:
        // A change costs more than all a shift can gain for the soft goals together, so that the
        // rota changes only where a rule is broken.
        weights.changes = 50;
        weights.coverBelowIdeal = 10;
        weights.coverAboveIdeal = 2;
        weights.fairNights = 2;
        weights.fairWeekends = 2;
        weights.fairBankHolidays = 2;
        weights.fairHours = 0;
        break;
    }
    return weights;
}

QString GenerationWeights::presetName(Preset preset)
{
    switch (preset) {
    case Preset::Balanced:
        return tr("Balanced");
    case Preset::CoverFirst:
        return tr("Cover first");
    case Preset::Fairness:
        return tr("Fair shares first");
    case Preset::FewestChanges:
        return tr("Fewest changes");
    }
    return {};
}

FieldErrors GenerationWeights::validate() const
{
    FieldErrors errors;
    const std::pair<const char *, int> weights[] = {
        {"coverBelowIdeal", coverBelowIdeal}, {"coverAboveIdeal", coverAboveIdeal}, {"pendingLeave", pendingLeave},
        {"fairNights", fairNights},           {"fairWeekends", fairWeekends},       {"fairBankHolidays", fairBankHolidays},
        {"fairHours", fairHours},             {"changes", changes},
    };
    for (const auto &[name, value] : weights) {
        if (value < 0 || value > MaxWeight) {
            errors.append({QString::fromLatin1(name),
                           tr("The weight is %1; it must be from 0 to %2.").arg(value).arg(MaxWeight)});
        }
    }
    if (maxConsecutiveDays < 1 || maxConsecutiveDays > MaxRunOfDays) {
        errors.append({u"maxConsecutiveDays"_s,
                       tr("The longest run of working days is %1; it must be from 1 to %2.").arg(maxConsecutiveDays).arg(MaxRunOfDays)});
    }
    return errors;
}

GenerationWeights GenerationSettings::defaultWeights(Mode mode)
{
    return GenerationWeights::preset(mode == Mode::Generate ? GenerationWeights::Preset::Balanced
                                                            : GenerationWeights::Preset::FewestChanges);
}

FieldErrors GenerationSettings::validate() const
{
    FieldErrors errors;
    if (!from.isValid())
        errors.append({u"from"_s, tr("The period needs a first day.")});
    if (!to.isValid())
        errors.append({u"to"_s, tr("The period needs a last day.")});
    if (from.isValid() && to.isValid()) {
        if (to < from) {
            errors.append({u"to"_s, tr("The last day (%1) is before the first day (%2).")
                                        .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate))});
        } else if (from.daysTo(to) + 1 > MaxDays) {
            errors.append({u"to"_s, tr("The period has %1 days; a rota is generated for at most %2.")
                                        .arg(from.daysTo(to) + 1)
                                        .arg(MaxDays)});
        }
    }
    if (!(seconds > 0 && seconds <= MaxSeconds)) {
        errors.append({u"seconds"_s, tr("The search time is %1 seconds; it must be more than 0 and at most %2.")
                                         .arg(seconds)
                                         .arg(MaxSeconds)});
    }
    if (threads < 1 || threads > MaxThreads)
        errors.append({u"threads"_s, tr("%1 searches side by side; there must be from 1 to %2.").arg(threads).arg(MaxThreads)});
    for (FieldError error : weights.validate()) {
        error.field.prepend(u"weights."_s);
        errors.append(error);
    }
    return errors;
}
