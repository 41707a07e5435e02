#include "clinicianhistory.h"

#include "storage/workspace.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int MonthCount = 12;

// Runs a query whose rows start with the month ("YYYY-MM") and hands each row to `take`.
template <typename Take>
void forEachMonthRow(const Workspace &workspace, const QString &sql, const QVariantList &values, Take take)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return;
    while (query.next())
        take(QDate::fromString(query.value(0).toString() + u"-01"_s, Qt::ISODate), query);
}

} // namespace

ClinicianHistory::ClinicianHistory(const Workspace &workspace)
    : m_workspace(workspace)
{
}

QList<ClinicianMonth> ClinicianHistory::lastTwelveMonths(qint64 clinicianId, QDate asOf) const
{
    const QDate first = QDate(asOf.year(), asOf.month(), 1).addMonths(1 - MonthCount);
    QList<ClinicianMonth> months;
    months.reserve(MonthCount);
    for (int i = 0; i < MonthCount; ++i)
        months.append(ClinicianMonth{.month = first.addMonths(i)});
    const auto monthAt = [&](QDate month) -> ClinicianMonth * {
        const int index = (month.year() - first.year()) * 12 + month.month() - first.month();
        return index >= 0 && index < MonthCount ? &months[index] : nullptr;
    };
    const QString from = first.toString(Qt::ISODate);
    const QString day = asOf.toString(Qt::ISODate);

    forEachMonthRow(m_workspace,
                    u"SELECT substr(s.date, 1, 7), COUNT(*), COALESCE(SUM(s.duration_minutes), 0), "
                    "COALESCE(SUM(t.category = 'night'), 0), COALESCE(SUM(strftime('%w', s.date) IN ('0', '6')), 0) "
                    "FROM shifts s JOIN shift_types t ON t.id = s.shift_type_id "
                    "WHERE s.clinician_id = ? AND s.date >= ? AND s.date <= ? AND s.counts_as_worked = 1 "
                    "AND (s.status = 'completed' OR (s.status = 'scheduled' AND s.date < ?)) "
                    "GROUP BY 1"_s,
                    {clinicianId, from, day, day}, [&](QDate month, const QSqlQuery &row) {
                        if (ClinicianMonth *entry = monthAt(month)) {
                            entry->shifts_worked = row.value(1).toInt();
                            entry->hours_worked = row.value(2).toDouble() / 60.0;
                            entry->nights = row.value(3).toInt();
                            entry->weekend_shifts = row.value(4).toInt();
                        }
                    });

    // Every day of the window once, so overlapping requests do not count a day twice.
    forEachMonthRow(m_workspace,
                    u"WITH RECURSIVE days(day) AS (SELECT ? UNION ALL SELECT date(day, '+1 day') FROM days WHERE day < ?) "
                    "SELECT substr(day, 1, 7), COUNT(*) FROM days WHERE EXISTS (SELECT 1 FROM leave_requests l "
                    "WHERE l.clinician_id = ? AND l.status = 'approved' AND l.start_date <= day AND l.end_date >= day) "
                    "GROUP BY 1"_s,
                    {from, day, clinicianId}, [&](QDate month, const QSqlQuery &row) {
                        if (ClinicianMonth *entry = monthAt(month))
                            entry->leave_days = row.value(1).toInt();
                    });
    return months;
}
