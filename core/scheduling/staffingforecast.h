#pragma once

#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

class Workspace;

// One day of the staffing forecast: the department's cover against its minimum, and who has
// leave pending that day.
struct ForecastDay
{
    enum class Status { Below, At, Above };

    // A shift type with fewer people on the day than its minimum. A day can be short of one type
    // while its total is at or above the minimum (two extra days hide a missing night).
    struct Shortfall
    {
        qint64 shift_type_id = 0;
        QString shift_type; // the type's code
        int required = 0;
        int scheduled = 0;

        // {"shift_type": "N", "required": 2, "scheduled": 1}
        [[nodiscard]] QJsonObject toJson() const;
        bool operator==(const Shortfall &) const = default;
    };

    QDate date;
    int minimum_required = 0; // the day's minimums of the active types counting toward the minimum
    int scheduled_count = 0;  // their cover (MinimumCover)
    int pending_leave = 0;    // active clinicians with pending leave covering the day
    Status status = Status::At; // scheduled_count against minimum_required
    QList<Shortfall> shortfalls; // in rota order of the types

    static QString statusToString(Status status); // "below", "at", "above"
    static QString dayOfWeekName(QDate date);     // "Monday" (English, as the server writes it)

    // The server's shape {"date", "day_of_week", "minimum_required", "scheduled_count",
    // "pending_leave", "status"} plus "shortfalls": [Shortfall...].
    [[nodiscard]] QJsonObject toJson() const;

    bool operator==(const ForecastDay &) const = default;
};

// The rota server's staffing forecast, computed from the workspace: per day the sum of the
// minimums of the active shift types that count toward the minimum, the cover of those types
// (the same count the rota grid's footer shows) and the pending leave. Three window queries
// (shift types, the cover as one GROUP BY over the shifts_date index, pending leave), so a year
// of a million-shift workspace is read without loading a single shift.
class StaffingForecast
{
    Q_DECLARE_TR_FUNCTIONS(StaffingForecast)

public:
    explicit StaffingForecast(const Workspace &workspace);

    // Every day of [from, to] in order; empty when a date is invalid or to < from. A read
    // failure is reported in `error` and leaves the counts it could not read at zero.
    QList<ForecastDay> days(QDate from, QDate to, StorageError *error = nullptr) const;

    // The v1 form: {"version": "v1", "start_date", "end_date", "results": [day...]}.
    static QJsonObject v1Envelope(QDate from, QDate to, const QList<ForecastDay> &days);

private:
    const Workspace &m_workspace;
};
