#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

// A date on which a rota does not run (a bank holiday, a closure), whatever its pattern says.
struct RotaClosedDate
{
    Q_DECLARE_TR_FUNCTIONS(RotaClosedDate)

public:
    qint64 id = 0;
    std::optional<qint64> server_id;
    qint64 rota_id = 0;
    QDate date;
    QString reason; // may be empty

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static RotaClosedDate fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);
    bool operator==(const RotaClosedDate &) const = default;
};
