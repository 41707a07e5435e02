#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTime>
#include <optional>

// One slot of a shift pattern on one weekday, with how many people it needs.
struct Timeslot
{
    Q_DECLARE_TR_FUNCTIONS(Timeslot)

public:
    qint64 id = 0;
    std::optional<qint64> server_id;
    qint64 shift_pattern_id = 0;
    int weekday = 1; // ISO 1 = Monday ... 7 = Sunday
    QTime start_time;
    QTime end_time; // earlier than start = overnight
    std::optional<qint64> shift_type_id;
    int minimum = 0;
    int ideal = 0;
    int maximum = 0; // minimum <= ideal <= maximum

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Timeslot fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const Timeslot &) const = default;
};
