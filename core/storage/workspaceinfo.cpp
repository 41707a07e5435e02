#include "workspaceinfo.h"

#include "journal.h"
#include "model/shift.h"
#include "recordtraits.h"
#include "workspace.h"

#include <QJsonValue>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

QStringList WorkspaceInfo::entityTables()
{
    QStringList tables;
    for (const TableSpec *spec : recordTableSpecs())
        tables << spec->table;
    return tables;
}

QString WorkspaceInfo::entityLabel(const QString &entity)
{
    static const QMap<QString, const char *> labels = {
        {u"teams"_s, QT_TR_NOOP("Teams")},
        {u"clinicians"_s, QT_TR_NOOP("Clinicians")},
        {u"working_terms"_s, QT_TR_NOOP("Working terms")},
        {u"shift_types"_s, QT_TR_NOOP("Shift types")},
        {u"shift_patterns"_s, QT_TR_NOOP("Shift patterns")},
        {u"timeslots"_s, QT_TR_NOOP("Timeslots")},
        {u"rotas"_s, QT_TR_NOOP("Rotas")},
        {u"repeating_shifts"_s, QT_TR_NOOP("Repeating shifts")},
        {u"shifts"_s, QT_TR_NOOP("Shifts")},
        {u"leave_requests"_s, QT_TR_NOOP("Leave requests")},
        {u"alerts"_s, QT_TR_NOOP("Alerts")},
        {u"swap_requests"_s, QT_TR_NOOP("Swap requests")},
        {u"reporting_periods"_s, QT_TR_NOOP("Reporting periods")},
        {u"rota_closed_dates"_s, QT_TR_NOOP("Closed rota dates")},
        {u"journal_entries"_s, QT_TR_NOOP("Journal entries")},
    };
    const char *label = labels.value(entity);
    return label ? tr(label) : entity;
}

WorkspaceInfo WorkspaceInfo::read(Workspace &workspace)
{
    WorkspaceInfo info;
    info.path = workspace.path();
    info.name = workspace.name();
    info.timeZone = workspace.timeZone();
    info.schemaVersion = workspace.schemaVersion();

    QSqlQuery query(workspace.database());
    // Table names come from the record traits, never from input.
    for (const QString &table : entityTables()) {
        qint64 rows = 0;
        if (query.prepare(u"SELECT COUNT(*) FROM "_s + table) && query.exec() && query.next())
            rows = query.value(0).toLongLong();
        info.counts.append({table, rows});
    }
    info.counts.append({u"journal_entries"_s, Journal(workspace).count()});

    if (query.prepare(u"SELECT MIN(date), MAX(date) FROM "_s + RecordTraits<Shift>::spec().table) && query.exec()
        && query.next()) {
        info.firstShiftDate = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        info.lastShiftDate = QDate::fromString(query.value(1).toString(), Qt::ISODate);
    }
    return info;
}

qint64 WorkspaceInfo::count(const QString &entity) const
{
    for (const Count &count : counts) {
        if (count.entity == entity)
            return count.rows;
    }
    return -1;
}

QJsonObject WorkspaceInfo::toJson() const
{
    QJsonObject countsJson;
    for (const Count &count : counts)
        countsJson.insert(count.entity, count.rows);
    const auto date = [](QDate d) { return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(); };
    return QJsonObject{
        {u"path"_s, path},
        {u"name"_s, name},
        {u"time_zone"_s, QString::fromUtf8(timeZone)},
        {u"schema_version"_s, schemaVersion},
        {u"first_shift_date"_s, date(firstShiftDate)},
        {u"last_shift_date"_s, date(lastShiftDate)},
        {u"counts"_s, countsJson},
    };
}
