#include "clinicianrepository.h"

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
