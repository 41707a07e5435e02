#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QTime>
#include <optional>

// One shift of one clinician (or an open shift when clinician_id is empty).
// A timed shift holds its start and end as UTC instants plus the IANA zone it was planned in;
// a whole-day shift holds only its local date. `date` is always the local date the shift
// starts on, which is what rota views and date-window queries use.
struct Shift
{
    Q_DECLARE_TR_FUNCTIONS(Shift)

public:
    enum class Status { Scheduled, Completed, Cancelled, NeedsReassignment };

    qint64 id = 0;
    std::optional<qint64> server_id;
    std::optional<qint64> clinician_id; // empty = open shift
    qint64 shift_type_id = 0;
    QDate date;
    std::optional<qint64> start_utc; // seconds since the epoch; empty for a whole-day shift
    std::optional<qint64> end_utc;
    QByteArray time_zone; // IANA id, e.g. "Europe/London"
    int duration_minutes = 0; // for timed shifts (end - start); nominal for whole-day shifts
    Status status = Status::Scheduled;
    bool is_pinned = false;
    bool counts_as_worked = true;
    bool counts_toward_minimum = true;
    QString claim_code; // may be empty
    QString notes;
    std::optional<qint64> rota_id;
    std::optional<qint64> timeslot_id;
    std::optional<qint64> repeating_shift_id;
    QDate recurrence_date; // a shift detached from its series: the occurrence it replaces
    std::optional<qint64> team_id; // department
    QString created_by;
    QString created_at;
    QString modified_by;
    QString modified_at;

    bool isTimed() const { return start_utc.has_value(); }
    bool isOpen() const { return !clinician_id.has_value(); }

    // Sets date, start_utc, end_utc, time_zone and duration_minutes from local wall-clock times.
    // An end at or before the start means the shift ends on the next day (overnight); a time that
    // occurs twice (clocks going back) means its first occurrence. Returns errors (unknown zone, a
    // start or end that does not exist because clocks go forward, more than 24 hours) and leaves
    // the shift unchanged when there are any.
    [[nodiscard]] FieldErrors setLocalTimes(QDate date, QTime start, QTime end, QByteArrayView zone);
    // Moves the shift to another local date at the same wall-clock times (a 20:00-08:00 night
    // stays 20:00-08:00 across a change of clocks); errors as for setLocalTimes.
    [[nodiscard]] FieldErrors moveToDate(QDate newDate);
    // Makes the shift a whole-day shift on the given local date.
    void setWholeDay(QDate date, QByteArrayView zone, int nominalMinutes);

    QDateTime localStart() const; // in time_zone; invalid for whole-day shifts
    QDateTime localEnd() const;
    // The time the shift takes up, as UTC seconds [occupiedFrom, occupiedUntil): a timed shift
    // from its start to its end, a whole-day shift its whole local date in its zone (in UTC when
    // the zone is unknown).
    qint64 occupiedFrom() const;
    qint64 occupiedUntil() const;

    static QString statusToString(Status status); // "scheduled", "completed", "cancelled", "needs_reassignment"
    static std::optional<Status> statusFromString(const QString &text);

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Shift fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const Shift &) const = default;
};
