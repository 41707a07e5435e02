#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// A named set of timeslots per weekday; several rotas may share one pattern.
struct ShiftPattern
{
    Q_DECLARE_TR_FUNCTIONS(ShiftPattern)

public:
    qint64 id = 0;
    std::optional<qint64> server_id;
    QString name;
    QString created_at;
    QString updated_at;

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ShiftPattern fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const ShiftPattern &) const = default;
};
