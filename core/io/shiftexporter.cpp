#include "shiftexporter.h"

#include "model/zonerules.h"
#include "storage/sqlitestatement.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

enum Column { Id, ClinicianName, ClinicianId, Date, TypeCode, StartUtc, EndUtc, Zone, Duration, Status, Pinned, Worked, Minimum, Notes };

const char *const selectWindow =
    "SELECT s.id, c.name, s.clinician_id, s.date, t.code, s.start_utc, s.end_utc, s.time_zone, s.duration_minutes, "
    "s.status, s.is_pinned, s.counts_as_worked, s.counts_toward_minimum, s.notes "
    "FROM shifts s LEFT JOIN clinicians c ON c.id = s.clinician_id JOIN shift_types t ON t.id = s.shift_type_id "
    "WHERE s.date BETWEEN ?1 AND ?2 ORDER BY s.date, s.clinician_id, s.start_utc, s.id";

// RFC 4180: quote a field holding a comma, quote or line break, doubling its quotes.
void appendCsvField(QByteArray &line, QByteArrayView field)
{
    if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r')) {
        line.append(field);
        return;
    }
    line.append('"');
    for (char c : field) {
        if (c == '"')
            line.append('"');
        line.append(c);
    }
    line.append('"');
}

class ZoneCache
{
public:
    const ZoneRules *find(QByteArrayView id)
    {
        if (m_last && id == QByteArrayView(m_last->id()))
            return m_last;
        m_last = ZoneRules::find(id);
        return m_last;
    }

private:
    const ZoneRules *m_last = nullptr;
};

} // namespace

ShiftExporter::ShiftExporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString ShiftExporter::writeCsv(QIODevice &out, QDate from, QDate to)
{
    SqliteStatement query(m_workspace.handle(), selectWindow);
    if (!query.isValid())
        return query.errorMessage();
    const QByteArray fromText = from.toString(Qt::ISODate).toLatin1();
    const QByteArray toText = to.toString(Qt::ISODate).toLatin1();
    query.bindText(1, fromText);
    query.bindText(2, toText);

    ZoneCache zones;
    QByteArray buffer = "clinician,date,type,start,end,time_zone,pinned\n";
    int code = SQLITE_ROW;
    while ((code = query.stepRow()) == SQLITE_ROW) {
        appendCsvField(buffer, query.columnText(ClinicianName));
        buffer.append(',');
        buffer.append(query.columnText(Date));
        buffer.append(',');
        appendCsvField(buffer, query.columnText(TypeCode));
        buffer.append(',');
        const QByteArrayView zoneId = query.columnText(Zone);
        if (!query.columnText(StartUtc).isEmpty()) {
            if (const ZoneRules *zone = zones.find(zoneId)) {
                buffer.append(zone->localTime(query.columnInt(StartUtc)).toString(u"HH:mm"_s).toLatin1());
                buffer.append(',');
                buffer.append(zone->localTime(query.columnInt(EndUtc)).toString(u"HH:mm"_s).toLatin1());
            } else {
                buffer.append(',');
            }
        } else {
            buffer.append(',');
        }
        buffer.append(',');
        buffer.append(zoneId);
        buffer.append(',');
        buffer.append(query.columnInt(Pinned) ? '1' : '0');
        buffer.append('\n');
        if (buffer.size() > (1 << 16)) {
            if (out.write(buffer) != buffer.size())
                return tr("Writing the export failed: %1.").arg(out.errorString());
            buffer.clear();
        }
    }
    query.reset();
    if (code != SQLITE_DONE)
        return query.errorMessage();
    if (out.write(buffer) != buffer.size())
        return tr("Writing the export failed: %1.").arg(out.errorString());
    return {};
}

QString ShiftExporter::writeJson(QIODevice &out, QDate from, QDate to)
{
    SqliteStatement query(m_workspace.handle(), selectWindow);
    if (!query.isValid())
        return query.errorMessage();
    const QByteArray fromText = from.toString(Qt::ISODate).toLatin1();
    const QByteArray toText = to.toString(Qt::ISODate).toLatin1();
    query.bindText(1, fromText);
    query.bindText(2, toText);

    ZoneCache zones;
    auto localIso = [&](const ZoneRules *zone, qint64 utc) -> QJsonValue {
        if (!zone)
            return QJsonValue(QJsonValue::Null);
        return QDateTime::fromSecsSinceEpoch(utc, Qt::OffsetFromUTC, zone->offsetAt(utc)).toString(Qt::ISODate);
    };
    QByteArray buffer = "[";
    bool first = true;
    int code = SQLITE_ROW;
    while ((code = query.stepRow()) == SQLITE_ROW) {
        const bool timed = !query.columnText(StartUtc).isEmpty();
        const QByteArrayView zoneId = query.columnText(Zone);
        const ZoneRules *zone = zones.find(zoneId);
        const bool open = query.columnText(ClinicianId).isEmpty();
        const QJsonObject object{
            {u"id"_s, query.columnInt(Id)},
            {u"clinician"_s, open ? QJsonValue(QJsonValue::Null) : QJsonValue(QString::fromUtf8(query.columnText(ClinicianName)))},
            {u"clinician_id"_s, open ? QJsonValue(QJsonValue::Null) : QJsonValue(query.columnInt(ClinicianId))},
            {u"date"_s, QString::fromLatin1(query.columnText(Date))},
            {u"type"_s, QString::fromUtf8(query.columnText(TypeCode))},
            {u"start"_s, timed ? localIso(zone, query.columnInt(StartUtc)) : QJsonValue(QJsonValue::Null)},
            {u"end"_s, timed ? localIso(zone, query.columnInt(EndUtc)) : QJsonValue(QJsonValue::Null)},
            {u"time_zone"_s, QString::fromUtf8(zoneId)},
            {u"duration_minutes"_s, query.columnInt(Duration)},
            {u"status"_s, QString::fromUtf8(query.columnText(Status))},
            {u"is_pinned"_s, query.columnInt(Pinned) != 0},
            {u"counts_as_worked"_s, query.columnInt(Worked) != 0},
            {u"counts_toward_minimum"_s, query.columnInt(Minimum) != 0},
            {u"notes"_s, QString::fromUtf8(query.columnText(Notes))},
        };
        buffer.append(first ? "\n  " : ",\n  ");
        first = false;
        buffer.append(QJsonDocument(object).toJson(QJsonDocument::Compact));
        if (buffer.size() > (1 << 16)) {
            if (out.write(buffer) != buffer.size())
                return tr("Writing the export failed: %1.").arg(out.errorString());
            buffer.clear();
        }
    }
    query.reset();
    if (code != SQLITE_DONE)
        return query.errorMessage();
    buffer.append(first ? "]\n" : "\n]\n");
    if (out.write(buffer) != buffer.size())
        return tr("Writing the export failed: %1.").arg(out.errorString());
    return {};
}
