#include "leaverequestrepository.h"

#include "model/jsonconvert.h"
#include "sqlitestatement.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <sqlite3.h>

namespace {

QString text(const SqliteStatement &statement, int column)
{
    return QString::fromUtf8(statement.columnText(column));
}

} // namespace

QList<LeaveRequest> LeaveRequestRepository::inWindow(QDate from, QDate to, std::optional<qint64> clinicianId) const
{
    QVariantList values{to.toString(Qt::ISODate), from.toString(Qt::ISODate)};
    QString clause = QStringLiteral("WHERE start_date <= ? AND end_date >= ?");
    if (clinicianId) {
        clause += QStringLiteral(" AND clinician_id = ?");
        values << *clinicianId;
    }
    return select(clause + QStringLiteral(" ORDER BY requested_at DESC, id DESC"), values);
}

QList<LeaveRequest> LeaveRequestRepository::forClinician(qint64 clinicianId) const
{
    return select(QStringLiteral("WHERE clinician_id = ? ORDER BY requested_at DESC, id DESC"), {clinicianId});
}

// The leave quotas of a whole department read every request of a year, so this reads the rows
// straight from SQLite, without the QVariant and JSON steps of the generic path.
QList<LeaveRequest> LeaveRequestRepository::inWindowForClinicians(QDate from, QDate to, const QList<qint64> &clinicianIds,
                                                                  std::optional<LeaveRequest::Type> type,
                                                                  const QList<LeaveRequest::Status> &statuses) const
{
    QList<LeaveRequest> requests;
    // Ids and statuses travel as JSON arrays, so that any number of them is one bound value
    // and the statement stays the same.
    QJsonArray ids;
    for (const qint64 id : clinicianIds)
        ids.append(id);
    QJsonArray statusNames;
    for (const LeaveRequest::Status status : statuses)
        statusNames.append(LeaveRequest::statusToString(status));
    SqliteStatement statement(workspace().handle(),
                              "SELECT id, server_id, clinician_id, type, start_date, end_date, status, requested_at, processed_at, "
                              "processed_by, denial_reason, override_reason, affected_shift_count, notes FROM leave_requests "
                              "WHERE start_date <= ?1 AND end_date >= ?2 AND clinician_id IN (SELECT value FROM json_each(?3)) "
                              "AND (?4 IS NULL OR type = ?4) AND (?5 = 0 OR status IN (SELECT value FROM json_each(?6))) "
                              "ORDER BY requested_at DESC, id DESC");
    if (!statement.isValid())
        return requests;
    statement.bindText(1, to.toString(Qt::ISODate).toLatin1());
    statement.bindText(2, from.toString(Qt::ISODate).toLatin1());
    statement.bindText(3, QJsonDocument(ids).toJson(QJsonDocument::Compact));
    if (type)
        statement.bindText(4, LeaveRequest::typeToString(*type).toUtf8());
    else
        statement.bindNull(4);
    statement.bindInt(5, statusNames.size());
    statement.bindText(6, QJsonDocument(statusNames).toJson(QJsonDocument::Compact));
    while (statement.stepRow() == SQLITE_ROW) {
        LeaveRequest request;
        request.id = statement.columnInt(0);
        if (!statement.columnIsNull(1))
            request.server_id = statement.columnInt(1);
        request.clinician_id = statement.columnInt(2);
        request.type = LeaveRequest::typeFromString(text(statement, 3)).value_or(LeaveRequest::Type::Annual);
        request.start_date = JsonConvert::parseDateLatin1(QLatin1StringView(statement.columnText(4))).value_or(QDate());
        request.end_date = JsonConvert::parseDateLatin1(QLatin1StringView(statement.columnText(5))).value_or(QDate());
        request.status = LeaveRequest::statusFromString(text(statement, 6)).value_or(LeaveRequest::Status::Pending);
        request.requested_at = text(statement, 7);
        request.processed_at = text(statement, 8);
        request.processed_by = text(statement, 9);
        request.denial_reason = text(statement, 10);
        request.override_reason = text(statement, 11);
        request.affected_shift_count = int(statement.columnInt(12));
        request.notes = text(statement, 13);
        requests.append(std::move(request));
    }
    statement.reset();
    return requests;
}

QList<LeaveRequest> LeaveRequestRepository::all() const
{
    return select(QStringLiteral("ORDER BY requested_at DESC, id DESC"));
}
