#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <optional>

// An on-call swap request: the beneficiary asks someone (the benefactor) to take a shift or a
// time range.
struct SwapRequest
{
    Q_DECLARE_TR_FUNCTIONS(SwapRequest)

public:
    enum class Status { Open, Taken, Deleted };

    qint64 id = 0;
    std::optional<qint64> server_id;
    std::optional<qint64> rota_id;
    std::optional<qint64> shift_id;
    qint64 swap_start_utc = 0; // seconds since the epoch
    qint64 swap_end_utc = 0;   // > swap_start_utc
    QString description;
    qint64 beneficiary_id = 0;
    std::optional<qint64> benefactor_id; // set when taken
    Status status = Status::Open;
    QString created_at;
    QString taken_at;

    static QString statusToString(Status status); // "open", "taken", "deleted"
    static std::optional<Status> statusFromString(const QString &text);
    // Still open after its start: shown as past due.
    bool isPastDue(const QDateTime &now) const;

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SwapRequest fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const SwapRequest &) const = default;
};
