#pragma once

#include "model/leaverequest.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <optional>

class Workspace;

// One clinician's annual leave in one leave year. Weeks are full-time weeks (five working
// days), so that the terms of a year with a change of FTE add up; days are the clinician's own
// working days under the term the quota was asked about.
struct LeaveQuota
{
    qint64 clinician_id = 0;
    QString clinician_name;
    QDate leave_year_start;
    QDate leave_year_end; // inclusive
    bool has_entitlement = false;
    double entitlement_weeks = 0.0;
    double adjustments_weeks = 0.0;
    double used_weeks = 0.0; // approved and pending annual leave
    double remaining_weeks = 0.0; // entitlement + adjustments - used; negative when overdrawn
    double entitlement_days = 0.0; // rounded to half a day
    double used_days = 0.0;
    double remaining_days = 0.0;
    int percentage_used = 0; // of entitlement + adjustments

    // The rota server's bulk-quota result ("entitlement", "remaining" and "adjustments" as text
    // with two decimals, "unit": "weeks", "percentage_used") plus "used", the leave year and
    // the days.
    QJsonObject toJson() const;
};

struct BulkLeaveQuota
{
    QList<LeaveQuota> results;
    QList<QJsonObject> errors; // {"clinician_id", "error"}
    int total_count = 0;
    int success_count = 0;
    int error_count = 0;

    QJsonObject toJson() const; // the rota server's bulk-leave-quota response
};

// Works out annual leave quotas from the working terms and leave stored in a workspace. The
// leave year starts on the workspace setting "leave_year_start" ("MM-DD", 1 January unless set).
class LeaveQuotaCalculator
{
    Q_DECLARE_TR_FUNCTIONS(LeaveQuotaCalculator)

public:
    explicit LeaveQuotaCalculator(const Workspace &workspace);

    static QString leaveYearStartKey(); // "leave_year_start"
    static QDate leaveYearStart(const Workspace &workspace, QDate date); // of the leave year holding `date`
    static QDate leaveYearStartIn(const Workspace &workspace, int year); // of the leave year starting in `year`
    static QDate leaveYearEnd(const Workspace &workspace, QDate date);
    // "2026" for a leave year from 1 January, "2026/27" otherwise.
    static QString leaveYearLabel(QDate yearStart);

    static QString adjustmentKey(qint64 clinicianId, QDate yearStart); // "leave_adjustment:<id>:<YYYY-MM-DD>"
    // Weeks added to (or, negative, taken from) the entitlement of one leave year; journaled.
    [[nodiscard]] static StorageError setAdjustment(Workspace &workspace, qint64 clinicianId, QDate yearStart, double weeks);

    // The quota of the leave year holding `dateInLeaveYear`; `ignoreRequestId` is left out of
    // the leave used (to check a stored request again). An unknown clinician gives an empty
    // quota with clinician_id 0.
    LeaveQuota forClinician(qint64 clinicianId, QDate dateInLeaveYear, std::optional<qint64> ignoreRequestId = {}) const;

    // The weeks `request` takes from the leave year of its start date, or of `yearStart`;
    // days outside that year are not counted.
    double weeksFor(const LeaveRequest &request) const;
    double weeksFor(const LeaveRequest &request, QDate yearStart) const;

    // The quotas of many clinicians for one leave year in a few queries, whatever their
    // number; unknown and inactive clinicians are reported in `errors`.
    BulkLeaveQuota bulk(const QList<qint64> &clinicianIds, QDate dateInLeaveYear) const;

private:
    Workspace &m_workspace;
};
