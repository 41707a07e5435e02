#include "workspacechecker.h"

#include "recordtable.h"

#include "model/alert.h"
#include "model/clinician.h"
#include "model/leaverequest.h"
#include "model/repeatingshift.h"
#include "model/rota.h"
#include "model/shift.h"
#include "model/shiftpattern.h"
#include "model/shifttype.h"
#include "model/swaprequest.h"
#include "model/team.h"
#include "model/timeslot.h"
#include "model/workingterm.h"
#include "recordtraits.h"
#include "workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Reference
{
    const char *table;
    const char *column;
    const char *target;
};

// Every reference between domain records; all are optional (NULL allowed) unless the record's
// validate() says otherwise.
constexpr Reference references[] = {
    {"teams", "parent_id", "teams"},
    {"clinicians", "team_id", "teams"},
    {"working_terms", "clinician_id", "clinicians"},
    {"timeslots", "shift_pattern_id", "shift_patterns"},
    {"timeslots", "shift_type_id", "shift_types"},
    {"rotas", "team_id", "teams"},
    {"rotas", "shift_pattern_id", "shift_patterns"},
    {"repeating_shifts", "clinician_id", "clinicians"},
    {"repeating_shifts", "shift_type_id", "shift_types"},
    {"repeating_shifts", "rota_id", "rotas"},
    {"shifts", "clinician_id", "clinicians"},
    {"shifts", "shift_type_id", "shift_types"},
    {"shifts", "rota_id", "rotas"},
    {"shifts", "timeslot_id", "timeslots"},
    {"shifts", "repeating_shift_id", "repeating_shifts"},
    {"shifts", "team_id", "teams"},
    {"leave_requests", "clinician_id", "clinicians"},
    {"alerts", "clinician_id", "clinicians"},
    {"swap_requests", "rota_id", "rotas"},
    {"swap_requests", "shift_id", "shifts"},
    {"swap_requests", "beneficiary_id", "clinicians"},
    {"swap_requests", "benefactor_id", "clinicians"},
    {"rota_closed_dates", "rota_id", "rotas"},
};

} // namespace

QString WorkspaceChecker::Problem::toString() const
{
    if (table.isEmpty())
        return tr("integrity: %1").arg(message);
    if (field.isEmpty())
        return tr("%1 #%2: %3").arg(table).arg(id).arg(message);
    return tr("%1 #%2 %3: %4").arg(table).arg(id).arg(field, message);
}

WorkspaceChecker::WorkspaceChecker(Workspace &workspace) : m_workspace(workspace)
{
}

QList<WorkspaceChecker::Problem> WorkspaceChecker::run()
{
    m_records = 0;
    m_problemCount = 0;
    m_problems.clear();

    for (const QString &problem : m_workspace.integrityProblems())
        add({}, 0, {}, problem);

    checkTable<Team>();
    checkTable<Clinician>();
    checkTable<WorkingTerm>();
    checkTable<ShiftType>();
    checkTable<ShiftPattern>();
    checkTable<Timeslot>();
    checkTable<Rota>();
    checkTable<RepeatingShift>();
    checkTable<Shift>();
    checkTable<LeaveRequest>();
    checkTable<Alert>();
    checkTable<SwapRequest>();
    checkReferences();
    checkOverlappingTerms();
    return m_problems;
}

void WorkspaceChecker::add(const QString &table, qint64 id, const QString &field, const QString &message)
{
    ++m_problemCount;
    if (m_problems.size() < m_problemLimit)
        m_problems.append({table, id, field, message});
}

// Reads the table in pages of ids (keyset paging), turns each row into the record's JSON form
// (column names are the JSON keys) and lets the record judge itself.
template <typename T>
void WorkspaceChecker::checkTable()
{
    const TableSpec &spec = RecordTraits<T>::spec();
    QStringList columns{u"id"_s};
    for (const TableSpec::Column &column : spec.columns)
        columns.append(column.name);
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    if (!query.prepare(u"SELECT %1 FROM %2 WHERE id > ? ORDER BY id LIMIT ?"_s.arg(columns.join(u", "_s), spec.table))) {
        add(spec.table, 0, {}, tr("The table cannot be read: %1").arg(query.lastError().text()));
        return;
    }
    qint64 lastId = 0;
    for (;;) {
        query.addBindValue(lastId);
        query.addBindValue(m_pageSize);
        if (!query.exec()) {
            add(spec.table, lastId, {}, tr("The table cannot be read: %1").arg(query.lastError().text()));
            return;
        }
        int rows = 0;
        while (query.next()) {
            ++rows;
            ++m_records;
            lastId = query.value(0).toLongLong();
            QJsonObject json{{u"id"_s, lastId}};
            for (qsizetype i = 0; i < spec.columns.size(); ++i) {
                const TableSpec::Column &column = spec.columns.at(i);
                json.insert(column.name, toJson(query.value(int(i) + 1), column, spec.table, lastId));
            }
            FieldErrors errors;
            const T record = T::fromJson(json, &errors);
            // A field that could not be read is reported once, not again by validate().
            for (const FieldError &error : record.validate()) {
                const bool known = std::any_of(errors.cbegin(), errors.cend(),
                                               [&](const FieldError &e) { return e.field == error.field; });
                if (!known)
                    errors.append(error);
            }
            for (const FieldError &error : std::as_const(errors))
                add(spec.table, lastId, error.field, error.message);
        }
        query.finish();
        if (rows < m_pageSize)
            return;
    }
}

// As the repositories read a column, but a value they would quietly coerce (a boolean that is
// neither 0 nor 1, a weekday list that is not JSON) is reported.
QJsonValue WorkspaceChecker::toJson(const QVariant &value, const TableSpec::Column &column, const QString &table,
                                    qint64 id)
{
    if (!value.isNull() && column.kind == TableSpec::Kind::Bool) {
        bool isNumber = false;
        const qint64 number = value.toLongLong(&isNumber);
        if (!isNumber || (number != 0 && number != 1))
            add(table, id, column.name, tr("The value \"%1\" is not a yes/no value (0 or 1).").arg(value.toString()));
    }
    if (!value.isNull() && column.kind == TableSpec::Kind::Json && QJsonDocument::fromJson(value.toString().toUtf8()).isNull()) {
        add(table, id, column.name, tr("The value \"%1\" is not valid JSON.").arg(value.toString()));
        return QJsonValue::Null;
    }
    return RecordTable::fromSql(value, column.kind);
}

void WorkspaceChecker::checkReferences()
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    for (const Reference &reference : references) {
        const QString table = QString::fromLatin1(reference.table);
        const QString column = QString::fromLatin1(reference.column);
        const QString target = QString::fromLatin1(reference.target);
        // Identifiers come from the constant list above, never from input.
        const QString sql = u"SELECT c.id, c.%2 FROM %1 c LEFT JOIN %3 t ON t.id = c.%2 "
                            u"WHERE c.%2 IS NOT NULL AND t.id IS NULL ORDER BY c.id"_s.arg(table, column, target);
        if (!query.prepare(sql) || !query.exec()) {
            add(table, 0, column, tr("The reference cannot be checked: %1").arg(query.lastError().text()));
            continue;
        }
        while (query.next())
            add(table, query.value(0).toLongLong(), column,
                tr("It refers to %1 #%2, which does not exist.").arg(target).arg(query.value(1).toLongLong()));
        query.finish();
    }
}

void WorkspaceChecker::checkOverlappingTerms()
{
    QSqlQuery query(m_workspace.database());
    query.setForwardOnly(true);
    const QString sql = u"SELECT b.id, a.id, a.clinician_id FROM working_terms a JOIN working_terms b "
                        u"ON a.clinician_id = b.clinician_id AND a.id < b.id "
                        u"WHERE a.start_date <= COALESCE(b.end_date, '9999-12-31') "
                        u"AND b.start_date <= COALESCE(a.end_date, '9999-12-31') ORDER BY b.id"_s;
    if (!query.prepare(sql) || !query.exec()) {
        add(u"working_terms"_s, 0, {}, tr("Overlapping terms cannot be checked: %1").arg(query.lastError().text()));
        return;
    }
    while (query.next())
        add(u"working_terms"_s, query.value(0).toLongLong(), u"start_date"_s,
            tr("The term overlaps working term #%1 of the same clinician (#%2).")
                .arg(query.value(1).toLongLong())
                .arg(query.value(2).toLongLong()));
}
