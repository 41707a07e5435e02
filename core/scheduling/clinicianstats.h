#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>

class Workspace;

// One clinician's shift counts, duty deficiency and leave balance on a day: the rota server's
// clinician stats, computed from the workspace.
struct ClinicianStats
{
    qint64 clinician_id = 0;
    QString clinician_name;
    double current_deficiency = 0.0; // duty shifts behind the FTE share, never negative
    qint64 completed_shifts = 0;
    qint64 scheduled_shifts = 0;
    qint64 total_shifts = 0;
    double leave_balance_remaining = 0.0; // weeks
    QDate as_of_date;

    // The server's shape: {"clinician_id", "clinician_name", "current_deficiency",
    // "completed_shifts", "scheduled_shifts", "total_shifts", "leave_balance_remaining",
    // "as_of_date": "YYYY-MM-DD"}.
    [[nodiscard]] QJsonObject toJson() const;

    bool operator==(const ClinicianStats &) const = default;
};

// Works out ClinicianStats with a few SQL aggregates.
//
// Shift counts (all dates):
//   completed = status "completed", plus status "scheduled" dated before asOf (a shift whose day
//               has passed has been worked unless someone marked it otherwise);
//   scheduled = status "scheduled" dated on or after asOf;
//   total     = completed + scheduled.
// Cancelled shifts and shifts that need reassignment are not the clinician's work and count
// nowhere.
//
// Deficiency, over the current leave year up to the day before asOf, [yearStart, asOf):
//   department = the department's assigned shifts with counts_as_worked, status scheduled or
//                completed, in that time;
//   pool       = the sum of the FTE shares (percentage / 100) of the working terms in effect on
//                asOf of active clinicians that participate in duty;
//   share      = this clinician's FTE share on asOf, 0 when inactive, without a term on asOf or
//                not participating in duty;
//   expected   = department / pool × share (0 when the pool is empty);
//   worked     = this clinician's shifts counted like `department`;
//   current_deficiency = max(0, expected − worked), rounded to two decimals.
// The leave balance is LeaveQuotaCalculator's remaining weeks in the leave year of asOf.
class ClinicianStatsCalculator
{
public:
    explicit ClinicianStatsCalculator(const Workspace &workspace);

    // An unknown id gives stats with only clinician_id and as_of_date set.
    ClinicianStats forClinician(qint64 id, QDate asOf) const;

private:
    const Workspace &m_workspace;
};
