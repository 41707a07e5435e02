#include "shiftexporter.h"

#include "model/zonerules.h"
#include "storage/sqlitestatement.h"
#include "storage/workspace.h"

#include <QFileInfo>
#include <QIODevice>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

enum Column { Id, ClinicianName, ClinicianId, Date, TypeCode, StartUtc, EndUtc, Zone, Duration, Status, Pinned, Worked, Minimum, Notes };

const char *const selectWindow =
    "SELECT s.id, c.name, s.clinician_id, s.date, t.code, s.start_utc, s.end_utc, s.time_zone, s.duration_minutes, "
    "s.status, s.is_pinned, s.counts_as_worked, s.counts_toward_minimum, s.notes "
    "FROM shifts s LEFT JOIN clinicians c ON c.id = s.clinician_id JOIN shift_types t ON t.id = s.shift_type_id "
    "WHERE s.date BETWEEN ?1 AND ?2";
const char *const windowOrder = " ORDER BY s.date, s.clinician_id, s.start_utc, s.id";

constexpr qsizetype FlushBytes = 1 << 16;
constexpr qint64 SecondsPerDay = 86400;
constexpr qint64 UnixEpochJulianDay = 2440588;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
}

void appendNumber(QByteArray &out, qint64 value, int width)
{
    const QByteArray digits = QByteArray::number(value);
    for (qsizetype i = digits.size(); i < width; ++i)
        out += '0';
    out += digits;
}

// "HH:MM", or with `iso` "YYYY-MM-DDTHH:MM:SS+HH:MM": the instant's wall-clock time in the zone.
void appendLocal(QByteArray &out, const ZoneRules &zone, qint64 utcSecs, bool iso)
{
    const int offset = zone.offsetAt(utcSecs);
    const qint64 local = utcSecs + offset;
    const qint64 day = floorDiv(local, SecondsPerDay);
    const qint64 second = local - day * SecondsPerDay;
    if (iso) {
        const QDate date = QDate::fromJulianDay(day + UnixEpochJulianDay);
        appendNumber(out, date.year(), 4);
        out += '-';
        appendNumber(out, date.month(), 2);
        out += '-';
        appendNumber(out, date.day(), 2);
        out += 'T';
    }
    appendNumber(out, second / 3600, 2);
    out += ':';
    appendNumber(out, second / 60 % 60, 2);
    if (iso) {
        out += ':';
        appendNumber(out, second % 60, 2);
        out += offset < 0 ? '-' : '+';
        appendNumber(out, std::abs(offset) / 3600, 2);
        out += ':';
        appendNumber(out, std::abs(offset) / 60 % 60, 2);
    }
}

// RFC 4180: a field holding a comma, quote or line break, or starting or ending with a space
// (which an import would trim), is quoted, its quotes doubled.
void appendCsvField(QByteArray &out, QByteArrayView field)
{
    const bool plain = !field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r')
                       && field.trimmed().size() == field.size();
    if (plain) {
        out += field;
        return;
    }
    out += '"';
    for (const char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

// A JSON string from UTF-8 bytes: quotes, backslashes and control characters escaped.
void appendJsonString(QByteArray &out, QByteArrayView text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (byte < 0x20) {
            out += "\\u00";
            out += hex[byte >> 4];
            out += hex[byte & 0xf];
        } else {
            out += c;
        }
    }
    out += '"';
}

} // namespace

ShiftExporter::ShiftExporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

QString ShiftExporter::writeCsv(QIODevice &out, QDate from, QDate to)
{
    return write(out, from, to, Format::Csv);
}

QString ShiftExporter::writeJson(QIODevice &out, QDate from, QDate to)
{
    return write(out, from, to, Format::Json);
}

QString ShiftExporter::write(QIODevice &out, QDate from, QDate to, Format format)
{
    const QString workspaceName = QFileInfo(m_workspace.path()).fileName();
    QByteArray sql(selectWindow);
    if (!m_filter.isEmpty())
        sql += " AND " + m_filter.sql(3);
    sql += windowOrder;
    SqliteStatement query(m_workspace.handle(), sql.constData());
    if (!query.isValid())
        return tr("The shifts could not be read from %1: %2.").arg(workspaceName, query.errorMessage());
    const QByteArray fromText = from.toString(Qt::ISODate).toUtf8();
    const QByteArray toText = to.toString(Qt::ISODate).toUtf8();
    query.bindStaticText(1, fromText);
    query.bindStaticText(2, toText);
    m_filter.bind(query, 3);

    const bool csv = format == Format::Csv;
    QByteArray buffer = csv ? QByteArray("clinician,date,type,start,end,time_zone,pinned\n") : QByteArray("[");
    buffer.reserve(FlushBytes + 4096);
    auto flush = [&]() {
        const bool written = out.write(buffer) == buffer.size();
        buffer.clear();
        return written;
    };
    const ZoneRules *zone = nullptr;
    bool first = true;
    int code = SQLITE_ROW;
    while ((code = query.stepRow()) == SQLITE_ROW) {
        const QByteArrayView zoneId = query.columnText(Zone);
        if (!zone || QByteArrayView(zone->idBytes()) != zoneId)
            zone = ZoneRules::find(zoneId);
        // Stored shifts are validated, so a timed shift's zone is known.
        const bool timed = !query.columnText(StartUtc).isNull() && zone;
        const bool pinned = query.columnInt(Pinned) != 0;
        if (csv) {
            appendCsvField(buffer, query.columnText(ClinicianName));
            buffer += ',';
            buffer += query.columnText(Date);
            buffer += ',';
            appendCsvField(buffer, query.columnText(TypeCode));
            buffer += ',';
            if (timed)
                appendLocal(buffer, *zone, query.columnInt(StartUtc), false);
            buffer += ',';
            if (timed)
                appendLocal(buffer, *zone, query.columnInt(EndUtc), false);
            buffer += ',';
            appendCsvField(buffer, zoneId);
            buffer += pinned ? ",1\n" : ",0\n";
        } else {
            const bool open = query.columnText(ClinicianId).isNull();
            buffer += first ? "\n{\"id\":" : ",\n{\"id\":";
            buffer += QByteArray::number(query.columnInt(Id));
            buffer += ",\"clinician\":";
            if (open)
                buffer += "null,\"clinician_id\":null";
            else {
                appendJsonString(buffer, query.columnText(ClinicianName));
                buffer += ",\"clinician_id\":" + QByteArray::number(query.columnInt(ClinicianId));
            }
            buffer += ",\"date\":";
            appendJsonString(buffer, query.columnText(Date));
            buffer += ",\"type\":";
            appendJsonString(buffer, query.columnText(TypeCode));
            for (const auto &[key, column] : {std::pair{",\"start\":", StartUtc}, std::pair{",\"end\":", EndUtc}}) {
                buffer += key;
                if (timed) {
                    buffer += '"';
                    appendLocal(buffer, *zone, query.columnInt(column), true);
                    buffer += '"';
                } else {
                    buffer += "null";
                }
            }
            buffer += ",\"time_zone\":";
            appendJsonString(buffer, zoneId);
            buffer += ",\"duration_minutes\":" + QByteArray::number(query.columnInt(Duration));
            buffer += ",\"status\":";
            appendJsonString(buffer, query.columnText(Status));
            buffer += pinned ? ",\"is_pinned\":true" : ",\"is_pinned\":false";
            buffer += query.columnInt(Worked) ? ",\"counts_as_worked\":true" : ",\"counts_as_worked\":false";
            buffer += query.columnInt(Minimum) ? ",\"counts_toward_minimum\":true" : ",\"counts_toward_minimum\":false";
            buffer += ",\"notes\":";
            appendJsonString(buffer, query.columnText(Notes));
            buffer += '}';
        }
        first = false;
        if (buffer.size() >= FlushBytes && !flush())
            return tr("Writing the export failed: %1.").arg(out.errorString());
    }
    query.reset();
    if (code != SQLITE_DONE)
        return tr("The shifts could not be read from %1: %2.").arg(workspaceName, query.errorMessage());
    if (!csv)
        buffer += first ? "]\n" : "\n]\n";
    if (!flush())
        return tr("Writing the export failed: %1.").arg(out.errorString());
    return {};
}
