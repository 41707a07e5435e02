#include "clinicianrepository.h"

#include <QSqlQuery>
#include <QStringList>

QList<Clinician> ClinicianRepository::list(const ClinicianFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.activeOnly)
        conditions << QStringLiteral("active = 1");
    if (!filter.search.trimmed().isEmpty()) {
        // LIKE with an escape character so that % and _ in the search text match literally.
        QString pattern = filter.search.trimmed();
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        conditions << QStringLiteral("name LIKE ? ESCAPE '\\'");
        values << QString(u'%' + pattern + u'%');
    }
    if (filter.teamId) {
        conditions << QStringLiteral("team_id = ?");
        values << *filter.teamId;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND "));
    return select(where + QStringLiteral(" ORDER BY name COLLATE NOCASE, id"), values);
}

std::optional<Clinician> ClinicianRepository::findByName(const QString &name) const
{
    return first(QStringLiteral("WHERE name = ?"), {name});
}

ClinicianRepository::References ClinicianRepository::references(qint64 clinicianId) const
{
    QSqlQuery query(workspace().database());
    query.prepare(QStringLiteral("SELECT (SELECT COUNT(*) FROM shifts WHERE clinician_id = ?), "
                                 "(SELECT COUNT(*) FROM leave_requests WHERE clinician_id = ?), "
                                 "(SELECT COUNT(*) FROM repeating_shifts WHERE clinician_id = ?), "
                                 "(SELECT COUNT(*) FROM swap_requests WHERE beneficiary_id = ? OR benefactor_id = ?)"));
    for (int n = 0; n < 5; ++n)
        query.addBindValue(clinicianId);
    References references;
    if (query.exec() && query.next()) {
        references.shifts = query.value(0).toLongLong();
        references.leave_requests = query.value(1).toLongLong();
        references.repeating_shifts = query.value(2).toLongLong();
        references.swap_requests = query.value(3).toLongLong();
    }
    return references;
}
