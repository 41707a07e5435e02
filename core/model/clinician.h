#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <optional>

// A staff member on the rota (the rota server's clinician, the volunteer database's owner).
struct Clinician
{
    Q_DECLARE_TR_FUNCTIONS(Clinician)

public:
    enum class Status { Active, OnHold };

    qint64 id = 0;
    std::optional<qint64> server_id;
    QString name;
    std::optional<qint64> team_id;
    QString grade; // e.g. Consultant, Registrar, Nurse; free text, may be empty
    QString email; // may be empty
    bool active = true;
    Status status = Status::Active;
    QString created_at;
    QString updated_at;

    static QString statusToString(Status status);                     // "active", "on_hold"
    static std::optional<Status> statusFromString(const QString &text);

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Clinician fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const Clinician &) const = default;
};
