#pragma once

#include "model/fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

// How much each soft goal of rota generation weighs against the others, and the one limit a
// coordinator sets for the team (the longest run of working days). Everything else that is hard
// comes from the workspace: leave, working terms, rest, cover minimum and maximum.
struct GenerationWeights
{
    Q_DECLARE_TR_FUNCTIONS(GenerationWeights)
public:
    enum class Preset { Balanced, CoverFirst, Fairness, FewestChanges };

    int coverBelowIdeal = 40;   // per person short of a slot's ideal (above its minimum)
    int coverAboveIdeal = 10;   // per person over a slot's ideal (up to its maximum)
    int pendingLeave = 30;      // per shift on a day the clinician has asked for leave, not yet decided
    int fairNights = 20;        // per night away from the clinician's fair share
    int fairWeekends = 20;      // per weekend day away from the fair share
    int fairBankHolidays = 20;  // per bank holiday away from the fair share
    int fairHours = 5;          // per hour away from the fair share of hours (by FTE)
    int changes = 0;            // per day whose shift differs from the rota as it stands
    int maxConsecutiveDays = 7; // hard: the longest run of working days

    static QList<Preset> presets();
    static GenerationWeights preset(Preset preset);
    static QString presetName(Preset preset); // translated
    [[nodiscard]] FieldErrors validate() const;
    bool operator==(const GenerationWeights &) const = default;
};

// What the coordinator asks for: generate (fill or replace the unpinned shifts of the period for
// the chosen teams) or rebalance (start from the rota as it stands and change as few shifts as
// possible to remove what breaks the rules), and how long the solver may search.
struct GenerationSettings
{
    Q_DECLARE_TR_FUNCTIONS(GenerationSettings)
public:
    enum class Mode { Generate, Rebalance };

    static constexpr int MaxDays = 366;

    Mode mode = Mode::Generate;
    QDate from;
    QDate to;               // inclusive
    QList<qint64> teamIds;  // empty: every team, and clinicians without one
    double seconds = 30;
    quint64 seed = 1;
    int threads = 2;
    qint64 maxIterations = 0; // per thread; 0: until the time is up (set for reproducible results)
    GenerationWeights weights = GenerationWeights::preset(GenerationWeights::Preset::Balanced);

    // The weights a mode starts from: Balanced to generate, FewestChanges to rebalance.
    static GenerationWeights defaultWeights(Mode mode);
    // Fields "from", "to", "seconds", "threads" and the weights' fields.
    [[nodiscard]] FieldErrors validate() const;
};
