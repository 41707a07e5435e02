#pragma once

#include "fielderror.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <optional>

// A named span of days the workload is reported over ("Period 1": the first four months of the
// rotation), as the rota server's workload report names them.
struct ReportingPeriod
{
    Q_DECLARE_TR_FUNCTIONS(ReportingPeriod)

public:
    qint64 id = 0;
    std::optional<qint64> server_id;
    QString name;
    QDate start_date;
    QDate end_date; // included
    QString created_at;
    QString updated_at;

    static constexpr int MaximumDays = 3 * 366;

    bool contains(QDate date) const { return date >= start_date && date <= end_date; }
    int dayCount() const { return int(start_date.daysTo(end_date)) + 1; }

    [[nodiscard]] FieldErrors validate() const;
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static ReportingPeriod fromJson(const QJsonObject &json, FieldErrors *errors = nullptr);

    bool operator==(const ReportingPeriod &) const = default;
};
