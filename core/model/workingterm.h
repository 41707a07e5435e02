#pragma once

#include "fielderror.h"
#include "weekdayset.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

// The terms a clinician works under for a period: FTE share, fixed and excluded days, leave
// entitlement. A clinician has a history of terms that must not overlap.
struct WorkingTerm
{
    Q_DECLARE_TR_FUNCTIONS(WorkingTerm)

public:
    enum class Type { Substantive, LessThanFullTime, FixedTerm, Locum, Honorary };

    qint64 id = 0;
    std::optional<qint64> server_id;
    qint64 clinician_id = 0;
    Type type = Type::Substantive;
    QDate start_date;
    QDate end_date; // null = open-ended
    double percentage = 100.0; // FTE percentage, 0 < p <= 100
    WeekdaySet fixed_working_days;
    WeekdaySet fixed_half_days;
    WeekdaySet cannot_work_days;
    WeekdaySet must_work_days;
    std::optional<double> annual_leave_entitlement; // weeks per leave year; none = no entitlement
    bool participates_in_duty = true;
    QString created_at;
    QString updated_at;

    static QString typeToString(Type type); // "substantive", "less_than_full_time", "fixed_term", "locum", "honorary"
    static std::optional<Type> typeFromString(const QString &text);

    bool covers(QDate date) const;

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static WorkingTerm fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const WorkingTerm &) const = default;
};
