#include "shiftrepository.h"

#include "model/jsonconvert.h"
#include "sqlitestatement.h"

#include <QHash>
#include <sqlite3.h>

namespace {

std::optional<qint64> optionalInt(const SqliteStatement &statement, int column)
{
    return statement.columnIsNull(column) ? std::nullopt : std::optional<qint64>(statement.columnInt(column));
}

QString text(const SqliteStatement &statement, int column)
{
    return QString::fromUtf8(statement.columnText(column));
}

} // namespace

// The calendar views read a window on every change, so this reads the rows straight from SQLite
// into shifts, without the QVariant and JSON steps of the generic path (ten times faster).
QList<Shift> ShiftRepository::inWindow(QDate from, QDate to, std::optional<qint64> clinicianId) const
{
    QList<Shift> shifts;
    const QByteArray sql = "SELECT id, server_id, clinician_id, shift_type_id, date, start_utc, end_utc, time_zone, "
                           "duration_minutes, status, is_pinned, counts_as_worked, counts_toward_minimum, claim_code, notes, "
                           "rota_id, timeslot_id, repeating_shift_id, created_by, created_at, modified_by, modified_at, "
                           "recurrence_date, team_id FROM shifts WHERE date BETWEEN ?1 AND ?2"
        + QByteArray(clinicianId ? " AND clinician_id = ?3 ORDER BY date, start_utc, id" : " ORDER BY date, clinician_id, start_utc, id");
    SqliteStatement statement(workspace().handle(), sql.constData());
    if (!statement.isValid())
        return shifts;
    const QByteArray first = from.toString(Qt::ISODate).toLatin1();
    const QByteArray last = to.toString(Qt::ISODate).toLatin1();
    statement.bindStaticText(1, first);
    statement.bindStaticText(2, last);
    if (clinicianId)
        statement.bindInt(3, *clinicianId);
    QHash<QByteArray, QByteArray> zones; // a few zones shared by all rows
    while (statement.stepRow() == SQLITE_ROW) {
        Shift shift;
        shift.id = statement.columnInt(0);
        shift.server_id = optionalInt(statement, 1);
        shift.clinician_id = optionalInt(statement, 2);
        shift.shift_type_id = statement.columnInt(3);
        shift.date = JsonConvert::parseDateLatin1(QLatin1StringView(statement.columnText(4))).value_or(QDate());
        shift.start_utc = optionalInt(statement, 5);
        shift.end_utc = optionalInt(statement, 6);
        const QByteArray zone = statement.columnText(7).toByteArray();
        shift.time_zone = zones.contains(zone) ? zones.value(zone) : *zones.insert(zone, zone);
        shift.duration_minutes = int(statement.columnInt(8));
        shift.status = Shift::statusFromString(text(statement, 9)).value_or(Shift::Status::Scheduled);
        shift.is_pinned = statement.columnInt(10) != 0;
        shift.counts_as_worked = statement.columnInt(11) != 0;
        shift.counts_toward_minimum = statement.columnInt(12) != 0;
        shift.claim_code = text(statement, 13);
        shift.notes = text(statement, 14);
        shift.rota_id = optionalInt(statement, 15);
        shift.timeslot_id = optionalInt(statement, 16);
        shift.repeating_shift_id = optionalInt(statement, 17);
        shift.created_by = text(statement, 18);
        shift.created_at = text(statement, 19);
        shift.modified_by = text(statement, 20);
        shift.modified_at = text(statement, 21);
        if (!statement.columnIsNull(22))
            shift.recurrence_date = JsonConvert::parseDateLatin1(QLatin1StringView(statement.columnText(22))).value_or(QDate());
        shift.team_id = optionalInt(statement, 23);
        shifts.append(std::move(shift));
    }
    statement.reset();
    return shifts;
}

QList<Shift> ShiftRepository::matching(QDate from, QDate to, const ShiftFilter &filter) const
{
    QByteArray sql = "SELECT s.id FROM shifts s JOIN shift_types t ON t.id = s.shift_type_id WHERE s.date BETWEEN ?1 AND ?2";
    if (!filter.isEmpty())
        sql += " AND " + filter.sql(3);
    sql += " ORDER BY s.date, s.start_utc, s.id";
    SqliteStatement statement(workspace().handle(), sql.constData());
    QList<qint64> ids;
    if (!statement.isValid())
        return {};
    const QByteArray first = from.toString(Qt::ISODate).toLatin1();
    const QByteArray last = to.toString(Qt::ISODate).toLatin1();
    statement.bindStaticText(1, first);
    statement.bindStaticText(2, last);
    filter.bind(statement, 3);
    while (statement.stepRow() == SQLITE_ROW)
        ids << statement.columnInt(0);
    statement.reset();
    QList<Shift> shifts;
    shifts.reserve(ids.size());
    for (qint64 id : std::as_const(ids)) {
        if (const std::optional<Shift> shift = get(id))
            shifts << *shift;
    }
    return shifts;
}

qint64 ShiftRepository::countInWindow(QDate from, QDate to) const
{
    return countWhere(QStringLiteral("WHERE date BETWEEN ? AND ?"), {from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
}

StorageError ShiftRepository::setPinned(qint64 id, bool pinned)
{
    std::optional<Shift> shift = get(id);
    if (!shift)
        return notFound(id);
    shift->is_pinned = pinned;
    return applyAction(pinned ? QStringLiteral("pin") : QStringLiteral("unpin"), *shift);
}

StorageError ShiftRepository::insertBulk(QList<Shift> &shifts)
{
    QList<QJsonObject> rows;
    rows.reserve(shifts.size());
    for (const Shift &shift : shifts) {
        if (StorageError error = validated(shift); !error.ok())
            return error;
        rows.append(shift.toJson());
    }
    QList<qint64> ids;
    if (StorageError error = table().insertMany(rows, &ids); !error.ok())
        return error;
    for (qsizetype i = 0; i < shifts.size(); ++i)
        shifts[i].id = ids.at(i);
    return {};
}
