#include "reportingperiodrepository.h"

QList<ReportingPeriod> ReportingPeriodRepository::all() const
{
    return select(QStringLiteral("ORDER BY start_date, name COLLATE NOCASE, id"));
}

std::optional<ReportingPeriod> ReportingPeriodRepository::findByName(const QString &name) const
{
    return first(QStringLiteral("WHERE name = ?"), {name});
}

std::optional<ReportingPeriod> ReportingPeriodRepository::containing(QDate date) const
{
    const QString day = date.toString(Qt::ISODate);
    return first(QStringLiteral("WHERE start_date <= ? AND end_date >= ? ORDER BY start_date DESC, id DESC"), {day, day});
}
