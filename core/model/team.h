#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// A team or department; teams may nest (a department holding teams).
struct Team
{
    Q_DECLARE_TR_FUNCTIONS(Team)

public:
    qint64 id = 0;
    std::optional<qint64> server_id;
    QString name;
    std::optional<qint64> parent_id;
    QString created_at; // ISO 8601 UTC, e.g. 2026-11-23T07:30:00Z
    QString updated_at;

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Wrong JSON types are reported in errors (field = the key); missing keys keep defaults.
    [[nodiscard]] static Team fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const Team &) const = default;
};
