#include "clinicianstats.h"

#include "leavequota.h"
#include "storage/workspace.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>
#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// The first row of a query, or an empty row when it fails or returns nothing.
QList<QVariant> firstRow(const Workspace &workspace, const QString &sql, const QVariantList &values)
{
    QSqlQuery query(workspace.database());
    query.setForwardOnly(true);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<QVariant> row;
    if (query.exec() && query.next()) {
        for (int column = 0; column < query.record().count(); ++column)
            row.append(query.value(column));
    }
    return row;
}

// Shifts that are (or were) work someone does: the department's duty.
constexpr auto countedShift = "counts_as_worked = 1 AND status IN ('scheduled', 'completed')"_L1;

} // namespace

QJsonObject ClinicianStats::toJson() const
{
    return {
        {u"clinician_id"_s, clinician_id},
        {u"clinician_name"_s, clinician_name},
        {u"current_deficiency"_s, current_deficiency},
        {u"completed_shifts"_s, completed_shifts},
        {u"scheduled_shifts"_s, scheduled_shifts},
        {u"total_shifts"_s, total_shifts},
        {u"leave_balance_remaining"_s, leave_balance_remaining},
        {u"as_of_date"_s, as_of_date.toString(Qt::ISODate)},
    };
}

ClinicianStatsCalculator::ClinicianStatsCalculator(const Workspace &workspace)
    : m_workspace(workspace)
{
}

ClinicianStats ClinicianStatsCalculator::forClinician(qint64 id, QDate asOf) const
{
    ClinicianStats stats;
    stats.clinician_id = id;
    stats.as_of_date = asOf;
    const QList<QVariant> clinician = firstRow(m_workspace, u"SELECT name, active FROM clinicians WHERE id = ?"_s, {id});
    if (clinician.isEmpty())
        return stats;
    stats.clinician_name = clinician.at(0).toString();
    const bool active = clinician.at(1).toBool();
    const QString day = asOf.toString(Qt::ISODate);

    const QList<QVariant> counts = firstRow(m_workspace,
                                            u"SELECT COALESCE(SUM(status = 'completed' OR (status = 'scheduled' AND date < ?)), 0), "
                                            "COALESCE(SUM(status = 'scheduled' AND date >= ?), 0) "
                                            "FROM shifts WHERE clinician_id = ?"_s,
                                            {day, day, id});
    if (!counts.isEmpty()) {
        stats.completed_shifts = counts.at(0).toLongLong();
        stats.scheduled_shifts = counts.at(1).toLongLong();
    }
    stats.total_shifts = stats.completed_shifts + stats.scheduled_shifts;

    const QString yearStart = LeaveQuotaCalculator::leaveYearStart(m_workspace, asOf).toString(Qt::ISODate);
    const QString termOnDay = u"start_date <= ? AND (end_date IS NULL OR end_date >= ?) AND participates_in_duty = 1"_s;
    const QList<QVariant> worked = firstRow(m_workspace,
                                            u"SELECT COUNT(*), COALESCE(SUM(clinician_id = ?), 0) FROM shifts "
                                            "WHERE clinician_id IS NOT NULL AND date >= ? AND date < ? AND "_s
                                                + countedShift,
                                            {id, yearStart, day});
    const QList<QVariant> pool = firstRow(m_workspace,
                                          u"SELECT COALESCE(SUM(t.percentage), 0) / 100.0 FROM working_terms t "
                                          "JOIN clinicians c ON c.id = t.clinician_id WHERE c.active = 1 AND "_s
                                              + termOnDay,
                                          {day, day});
    const QList<QVariant> share = firstRow(m_workspace,
                                           u"SELECT COALESCE(SUM(percentage), 0) / 100.0 FROM working_terms WHERE clinician_id = ? AND "_s
                                               + termOnDay,
                                           {id, day, day});
    const double poolShare = pool.isEmpty() ? 0.0 : pool.at(0).toDouble();
    const double ownShare = active && !share.isEmpty() ? share.at(0).toDouble() : 0.0;
    if (!worked.isEmpty() && poolShare > 0.0) {
        const double expected = worked.at(0).toDouble() / poolShare * ownShare;
        const double deficiency = std::max(0.0, expected - worked.at(1).toDouble());
        stats.current_deficiency = std::round(deficiency * 100.0) / 100.0;
    }

    stats.leave_balance_remaining = LeaveQuotaCalculator(m_workspace).forClinician(id, asOf).remaining_weeks;
    return stats;
}
