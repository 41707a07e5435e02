#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

// An Assemble-style rota: a team's schedule built from a shift pattern for a period.
struct Rota
{
    Q_DECLARE_TR_FUNCTIONS(Rota)

public:
    qint64 id = 0;
    std::optional<qint64> server_id;
    QString name;
    std::optional<qint64> team_id;
    std::optional<qint64> shift_pattern_id;
    QDate start_date;
    QDate end_date; // null = open-ended
    bool archived = false;
    QString created_at;
    QString updated_at;

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Rota fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const Rota &) const = default;
};
