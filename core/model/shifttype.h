#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTime>
#include <optional>

// A kind of shift (day, long day, night, on-call, half day): its code on the rota, colour,
// usual local times and how it counts.
struct ShiftType
{
    Q_DECLARE_TR_FUNCTIONS(ShiftType)

public:
    // What a shift of the type is for the workload report: a night, an on-call, or neither.
    enum class Category { Regular, Night, OnCall };

    qint64 id = 0;
    std::optional<qint64> server_id;
    QString code;   // short, unique: "D", "LD", "N"
    QString name;   // "Long day"
    QString colour; // "#rrggbb"
    QTime start_time; // null for a whole-day type
    QTime end_time;   // earlier than start_time = overnight
    int duration_minutes = 0; // nominal length; for timed types derived from the times
    bool counts_as_worked = true;
    bool counts_toward_minimum = true;
    int minimum_weekday = 0; // people required per weekday
    int minimum_weekend = 0; // people required per Saturday/Sunday
    int sort_order = 0;
    bool active = true;
    Category category = Category::Regular;

    static QString categoryToString(Category category); // "regular", "night", "on_call"
    static std::optional<Category> categoryFromString(const QString &text);

    bool isWholeDay() const { return !start_time.isValid(); }

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ShiftType fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const ShiftType &) const = default;
};
