#include "alertrepository.h"

QList<Alert> AlertRepository::list(bool includeInactive) const
{
    if (includeInactive)
        return select(QStringLiteral("ORDER BY date DESC, created_at DESC, id DESC"));
    return select(QStringLiteral("WHERE status = 'ACTIVE' ORDER BY date DESC, created_at DESC, id DESC"));
}

QList<Alert> AlertRepository::inWindow(QDate from, QDate to, const QStringList &types, bool includeInactive) const
{
    QStringList conditions;
    QVariantList values;
    if (from.isValid()) {
        conditions << QStringLiteral("date >= ?");
        values << from.toString(Qt::ISODate);
    }
    if (to.isValid()) {
        conditions << QStringLiteral("date <= ?");
        values << to.toString(Qt::ISODate);
    }
    if (!types.isEmpty()) {
        QStringList marks;
        for (const QString &type : types) {
            marks << QStringLiteral("?");
            values << type;
        }
        conditions << QStringLiteral("type IN (%1)").arg(marks.join(u','));
    }
    if (!includeInactive)
        conditions << QStringLiteral("status = 'ACTIVE'");
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")) + u' ';
    return select(where + QStringLiteral("ORDER BY date DESC, created_at DESC, id DESC"), values);
}
