#pragma once

#include "generationsettings.h"
#include "model/clinician.h"
#include "model/rota.h"
#include "model/shift.h"
#include "model/shifttype.h"
#include "model/timeslot.h"
#include "rostermodel.h"
#include "rostersolver.h"
#include "storage/shiftchangeset.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <optional>
#include <vector>

class Workspace;

// The workspace's rota for a period and teams as a RosterModel, and the way back from a solved
// roster to shift changes. Read once, on the thread that owns the workspace; the model and the
// changes need no database, so the solver can run elsewhere.
//
// The model's days are the period widened by a margin of whole weeks before and after, fixed to
// the shifts stored there, so that rest, runs of nights and of working days and weekly hours
// are judged across the period's edges as the rule checker judges them. Its rows are the active
// clinicians of the teams in duty on some day of the period. In the period:
// - a pinned or completed shift is fixed; a day with more than one shift of a clinician is fixed
//   to the first and its shifts are left alone; cancelled shifts are ignored;
// - approved leave, days outside every working term or in a term without duty, cannot-work days,
//   and weekdays (Monday to Friday) outside a term's fixed working days cannot be worked (hard);
//   must-work days must be, bank holidays aside (hard); pending leave is a wish to be off on the
//   days that can be worked (GenerationWeights::pendingLeave);
// - cover comes from the teams' rotas (the timeslots of their shift patterns on the weekday for
//   each shift type: minimum and maximum hard, ideal soft); on days no chosen team's rota covers,
//   from the shift types' own minimum (hard and ideal), less what clinicians outside the model
//   already cover; a shift type needed nowhere in the period is not given to anyone new;
// - a type may not follow another on the next day when it would start less than the minimum rest
//   after it ends or overlap it; runs of nights are limited by the workspace's setting;
//   weekly hours by FTE share of the full-time week; runs of working days by the weights;
// - fair shares of nights, weekend days, bank holidays and hours are split by FTE and the days
//   each clinician can work, as targets weighted by the weights.
class RotaProblem
{
    Q_DECLARE_TR_FUNCTIONS(RotaProblem)
public:
    // Counts a fairness target can be about, in the order of RosterModel::countKinds when present.
    enum class Fairness { Nights, WeekendDays, BankHolidays, Hours };

    // Reads what the settings concern. Fails, with `error` saying why, on invalid settings, no
    // clinician to plan, more shift types than the model holds, or a storage error.
    static std::optional<RotaProblem> build(const Workspace &workspace, const GenerationSettings &settings, QString *error);

    const GenerationSettings &settings() const { return m_settings; }
    // The search as the settings ask for it: seconds, seed, threads and iterations.
    RosterSolver::Options solverOptions() const;
    const RosterModel &model() const { return m_model; }
    QDate modelStart() const { return m_modelStart; } // date of the model's day 0
    QDate dateOf(int day) const { return m_modelStart.addDays(day); }
    int dayOf(QDate date) const { return int(m_modelStart.daysTo(date)); }
    int firstDay() const { return dayOf(m_settings.from); } // the period within the model's days
    int lastDay() const { return dayOf(m_settings.to); }
    const QList<Clinician> &clinicians() const { return m_clinicians; } // by row
    const QList<ShiftType> &shiftTypes() const { return m_types; }      // by model shift index
    QList<double> percentages() const { return m_percentages; }          // FTE share by row, as used for fair shares
    // The rota as it stands, as cells ([row * days + day]); the solver's start.
    const std::vector<int> &current() const { return m_current; }
    // Which fairness count a model count kind is.
    Fairness fairnessOf(int countKind) const { return m_fairness.at(countKind); }
    static QString fairnessName(Fairness fairness); // translated: "Nights", "Weekend days", ...

    // The shift changes that make the rota hold `cells`, by date and clinician: a cell that
    // becomes off deletes its shift; a cell that changes type changes its shift's type and times
    // (keeping its notes and id); a cell that becomes worked takes an open shift of the type on
    // that day when there is one, else creates a shift at the type's local times in the
    // workspace's time zone, linked to the team's rota and timeslot when it has them.
    QList<ShiftChange> changes(const std::vector<int> &cells) const;

private:
    RotaProblem() = default;

    Shift newShift(int row, int day, int shift) const;
    void setType(Shift &shift, int row, int type) const;
    // The rota of the clinician's team in force on `date`, and its timeslot for the weekday and
    // the type when it has one.
    std::pair<std::optional<qint64>, std::optional<qint64>> slotOf(int row, QDate date, int type) const;

    GenerationSettings m_settings;
    RosterModel m_model;
    QDate m_modelStart;
    QList<Clinician> m_clinicians;
    QList<ShiftType> m_types;
    QList<double> m_percentages;
    std::vector<int> m_current;
    QList<Fairness> m_fairness;
    QByteArray m_timeZone;
    QHash<std::pair<int, int>, Shift> m_shiftAt;           // (row, model day) -> its replaceable shift
    QHash<std::pair<int, qint64>, QList<Shift>> m_openShifts; // (model day, shift type id) -> open, unpinned shifts
    QList<Rota> m_rotas;                      // the chosen teams' rotas, not archived
    QHash<qint64, QList<Timeslot>> m_timeslots; // by shift pattern id
};
