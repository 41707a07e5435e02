#pragma once

#include "fielderror.h"
#include "weekdayset.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QTime>
#include <optional>

// A series of shifts at the same local time, expanded as an RFC 5545 RRULE for the visible
// window only.
struct RepeatingShift
{
    Q_DECLARE_TR_FUNCTIONS(RepeatingShift)

public:
    enum class Frequency { Daily, Weekly, Monthly };

    qint64 id = 0;
    std::optional<qint64> server_id;
    std::optional<qint64> clinician_id;
    qint64 shift_type_id = 0;
    std::optional<qint64> rota_id;
    QTime start_time; // local; null for whole-day shifts
    QTime end_time;
    QByteArray time_zone;
    QDate start_date; // first occurrence
    Frequency frequency = Frequency::Weekly;
    int interval = 1; // every N days/weeks/months, >= 1
    WeekdaySet weekdays; // for weekly series; empty = the start date's weekday
    QDate until_date; // inclusive; null = no end date
    int count = 0;    // number of occurrences; 0 = no count (at most one of until_date/count)
    QList<QDate> exdates; // occurrences that are not generated: cancelled, or stored as a detached shift
    QString created_at;
    QString updated_at;

    static QString frequencyToString(Frequency frequency); // "daily", "weekly", "monthly"
    static std::optional<Frequency> frequencyFromString(const QString &text);

    // The RRULE value, e.g. "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270131".
    QString rrule() const;

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static RepeatingShift fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const RepeatingShift &) const = default;
};
