#pragma once

#include <QDate>
#include <QList>

class Workspace;

// One calendar month of one clinician's work and leave.
struct ClinicianMonth
{
    QDate month; // the first day of the month
    int shifts_worked = 0;
    double hours_worked = 0.0;
    int nights = 0;         // worked shifts of a type in the night category
    int weekend_shifts = 0; // worked shifts dated on a Saturday or Sunday
    int leave_days = 0;     // calendar days of approved leave

    bool operator==(const ClinicianMonth &) const = default;
};

// One clinician's last twelve calendar months up to a day, for the chart on the clinician page.
//
// The months run from the first day of the month eleven months before asOf's month to asOf
// itself, so the last month holds only the days up to and including asOf.
// Worked shifts are counted like ClinicianStatsCalculator's completed shifts: counts_as_worked,
// and status "completed", or "scheduled" dated before asOf (a passed day has been worked unless
// someone marked it otherwise); cancelled shifts and shifts needing reassignment count nowhere.
// Hours are the shifts' durations (real hours for timed shifts, across clock changes).
// Leave days are the days covered by approved leave, each day once even where two requests
// overlap; leave spanning months counts its days in each month.
class ClinicianHistory
{
public:
    explicit ClinicianHistory(const Workspace &workspace);

    // Twelve months, oldest first; months without work or leave hold zeros (also for an
    // unknown clinician).
    QList<ClinicianMonth> lastTwelveMonths(qint64 clinicianId, QDate asOf) const;

private:
    const Workspace &m_workspace;
};
