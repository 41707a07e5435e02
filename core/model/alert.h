#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

// A finding of a rule check (coverage below minimum, rest too short, ...).
struct Alert
{
    Q_DECLARE_TR_FUNCTIONS(Alert)

public:
    enum class Severity { Info, Warning, Critical };
    enum class Status { Active, Resolved, Dismissed };

    qint64 id = 0;
    std::optional<qint64> server_id;
    QString type; // machine name, e.g. "coverage_below_minimum", "rest_too_short"
    Severity severity = Severity::Warning;
    QDate date;
    std::optional<qint64> clinician_id;
    QString message;
    QString details;
    Status status = Status::Active;
    QString created_at;
    QString resolved_at;

    static QString severityToString(Severity severity); // "info", "warning", "critical"
    static std::optional<Severity> severityFromString(const QString &text);
    static QString statusToString(Status status); // "ACTIVE", "RESOLVED", "DISMISSED" as the rota server
    static std::optional<Status> statusFromString(const QString &text);
    static QString typeLabel(const QString &type); // human-readable, translated

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static Alert fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const Alert &) const = default;
};
