#pragma once

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

class Workspace;

// One clinician's work in a reporting period. Counts, hours and expectations are as
// WorkloadCalculator describes; decimals are rounded to two places.
struct WorkloadSummary
{
    enum class Status { Behind, OnTrack, Ahead, NotOnDuty };
    // Within half a shift of the expectation either way is on track.
    static constexpr double OnTrackTolerance = 0.5;

    qint64 clinician_id = 0;
    QString clinician_name;
    std::optional<qint64> team_id;
    QString team_name; // empty without a team
    bool active = true;
    double fte = 0.0;          // FTE share averaged over the period's days, 0..1
    bool participates = false; // active and on duty on at least one day of the period
    int shifts_worked = 0;     // counted shifts dated before as_of
    double hours_worked = 0.0;
    int shifts_scheduled = 0;  // counted shifts from as_of to the end of the period
    double hours_scheduled = 0.0;
    double expected_shifts = 0.0;
    double expected_hours = 0.0;
    int nights = 0;        // counted shifts of a night type
    int weekends = 0;      // weekends (Saturday and Sunday) with at least one counted shift
    int on_calls = 0;      // counted shifts of an on-call type
    int bank_holidays = 0; // counted shifts on the region's bank holidays
    double deficiency = 0.0; // expected − (worked + scheduled) shifts; positive = behind; 0 off duty
    Status status = Status::OnTrack;

    static QString statusToString(Status status); // "behind", "on_track", "ahead", "not_on_duty"
    static Status statusOf(double deficiency);

    // Every field above under its own name; team_id null without a team.
    [[nodiscard]] QJsonObject toJson() const;

    bool operator==(const WorkloadSummary &) const = default;
};

// How one measure (nights or weekends per FTE) is spread among a group of clinicians.
struct WorkloadSpread
{
    struct Clinician
    {
        qint64 clinician_id = 0;
        QString clinician_name;
        bool operator==(const Clinician &) const = default;
    };

    double min = 0.0;
    double max = 0.0;
    double mean = 0.0;
    double standard_deviation = 0.0; // of the population
    QList<Clinician> most;   // everyone at the maximum, by report order
    QList<Clinician> fewest; // everyone at the minimum

    // {"min", "max", "mean", "standard_deviation", "most": [{"clinician_id", "clinician_name"}], "fewest": [...]}
    [[nodiscard]] QJsonObject toJson() const;
    bool operator==(const WorkloadSpread &) const = default;
};

// The fairness of nights and weekends within a team (or the whole department) among the
// clinicians that participate in duty, each count divided by the clinician's duty FTE share
// (averaged over the period), so that a half-time colleague's 3 nights weigh like 6.
struct WorkloadFairness
{
    std::optional<qint64> team_id; // empty for the department and for clinicians without a team
    QString team_name;
    int clinician_count = 0;
    WorkloadSpread nights_per_fte;
    WorkloadSpread weekends_per_fte;

    // {"clinician_count", "nights_per_fte", "weekends_per_fte"}, with "team_id" and "team_name"
    // when `withTeam`.
    [[nodiscard]] QJsonObject toJson(bool withTeam) const;
    bool operator==(const WorkloadFairness &) const = default;
};

// The rota server's workload report for a reporting period.
struct WorkloadReport
{
    QString reporting_period;
    QDate start;
    QDate end;
    QDate as_of;
    QList<WorkloadSummary> clinician_summaries; // by team name (no team last), then name
    WorkloadFairness department;
    QList<WorkloadFairness> teams; // same order, one per team with participating clinicians

    // The server's {"clinician_summaries": [...], "reporting_period": "Period 1"} plus
    // "start_date", "end_date", "as_of_date" and "fairness": {"department": {...}, "teams": [...]}.
    [[nodiscard]] QJsonObject toJson() const;
    // The v1 form: the same with "version": "v1".
    [[nodiscard]] static QJsonObject v1Envelope(const WorkloadReport &report);
};

// Works out a WorkloadReport with three small reads (clinicians, working terms in the period)
// and one SQL aggregate of the period's shifts grouped by clinician.
//
// Counted shifts are assigned, counts_as_worked and status scheduled or completed (as in
// ClinicianStatsCalculator); cancelled shifts, shifts needing reassignment and open shifts
// count nowhere. Hours are the shifts' durations.
// FTE-days of a clinician = Σ over the period's days of the FTE share (percentage / 100) of the
// working term in effect that day; duty FTE-days count only terms that participate in duty,
// only for active clinicians, and not on days of approved leave. The pool is the sum of
// everyone's duty FTE-days.
//   duty work       = the counted shifts (and hours) in the period of the clinicians with duty
//                     FTE-days, so that colleagues outside the duty rota add nobody's share
//   expected_shifts = duty shifts × duty FTE-days / pool
//   expected_hours  = duty hours × duty FTE-days / pool
// (0 when the pool is empty). Status: not on duty without duty FTE-days (deficiency 0), behind
// when the deficiency exceeds OnTrackTolerance, ahead when it is below −OnTrackTolerance, else
// on track. The deficiencies of everyone on duty add up to zero.
// Active clinicians are all listed; inactive ones only when they have counted shifts in the
// period.
class WorkloadCalculator
{
    Q_DECLARE_TR_FUNCTIONS(WorkloadCalculator)

public:
    explicit WorkloadCalculator(const Workspace &workspace);

    // The report over [from, to] with the work before asOf as worked and the rest as
    // scheduled. An invalid or reversed range gives a report without clinicians; a read failure
    // is reported in `error`.
    WorkloadReport report(const QString &name, QDate from, QDate to, QDate asOf, StorageError *error = nullptr) const;

private:
    const Workspace &m_workspace;
};
