#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

struct LeaveRequest
{
    Q_DECLARE_TR_FUNCTIONS(LeaveRequest)

public:
    enum class Type { Annual, Study, Coroners, RequestedOff, Sick, Parental };
    enum class Status { Pending, Approved, Denied, Cancelled };

    qint64 id = 0;
    std::optional<qint64> server_id;
    qint64 clinician_id = 0;
    Type type = Type::Annual;
    QDate start_date;
    QDate end_date; // inclusive; >= start_date
    Status status = Status::Pending;
    QString requested_at;
    QString processed_at; // empty until approved/denied/cancelled
    QString processed_by;
    QString denial_reason; // required when denied
    QString override_reason; // a coordinator's reason for approving beyond quota or capacity
    int affected_shift_count = 0;
    QString notes;

    static QString typeToString(Type type); // "annual", "study", "coroners", "requested_off", "sick", "parental"
    static std::optional<Type> typeFromString(const QString &text);
    static QString statusToString(Status status); // "pending", "approved", "denied", "cancelled"
    static std::optional<Status> statusFromString(const QString &text);

    int dayCount() const; // inclusive number of days

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static LeaveRequest fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const LeaveRequest &) const = default;
};
