#include "migrations.h"

#include "sqlerror.h"

#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

// Version 1: the whole domain. Columns are the JSON keys of the record types in core/model.
const char *const schemaV1[] = {
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL))",
    R"(CREATE TABLE teams (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        name TEXT NOT NULL,
        parent_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE clinicians (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        name TEXT NOT NULL,
        team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
        grade TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        active INTEGER NOT NULL DEFAULT 1,
        status TEXT NOT NULL DEFAULT 'active',
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX clinicians_name ON clinicians(name)",
    "CREATE INDEX clinicians_team ON clinicians(team_id)",
    R"(CREATE TABLE working_terms (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        clinician_id INTEGER NOT NULL REFERENCES clinicians(id) ON DELETE CASCADE,
        type TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT,
        percentage REAL NOT NULL,
        fixed_working_days TEXT NOT NULL DEFAULT '[]',
        fixed_half_days TEXT NOT NULL DEFAULT '[]',
        cannot_work_days TEXT NOT NULL DEFAULT '[]',
        must_work_days TEXT NOT NULL DEFAULT '[]',
        annual_leave_entitlement REAL,
        participates_in_duty INTEGER NOT NULL DEFAULT 1,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX working_terms_clinician ON working_terms(clinician_id, start_date)",
    R"(CREATE TABLE shift_types (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        colour TEXT NOT NULL,
        start_time TEXT,
        end_time TEXT,
        duration_minutes INTEGER NOT NULL,
        counts_as_worked INTEGER NOT NULL DEFAULT 1,
        counts_toward_minimum INTEGER NOT NULL DEFAULT 1,
        minimum_weekday INTEGER NOT NULL DEFAULT 0,
        minimum_weekend INTEGER NOT NULL DEFAULT 0,
        sort_order INTEGER NOT NULL DEFAULT 0,
        active INTEGER NOT NULL DEFAULT 1))",
    R"(CREATE TABLE shift_patterns (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        name TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE timeslots (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        shift_pattern_id INTEGER NOT NULL REFERENCES shift_patterns(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL,
        start_time TEXT NOT NULL,
        end_time TEXT NOT NULL,
        shift_type_id INTEGER REFERENCES shift_types(id) ON DELETE SET NULL,
        minimum INTEGER NOT NULL,
        ideal INTEGER NOT NULL,
        maximum INTEGER NOT NULL))",
    "CREATE INDEX timeslots_pattern ON timeslots(shift_pattern_id, weekday)",
    R"(CREATE TABLE rotas (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        name TEXT NOT NULL,
        team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL,
        shift_pattern_id INTEGER REFERENCES shift_patterns(id) ON DELETE RESTRICT,
        start_date TEXT NOT NULL,
        end_date TEXT,
        archived INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE repeating_shifts (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        clinician_id INTEGER REFERENCES clinicians(id) ON DELETE RESTRICT,
        shift_type_id INTEGER NOT NULL REFERENCES shift_types(id) ON DELETE RESTRICT,
        rota_id INTEGER REFERENCES rotas(id) ON DELETE CASCADE,
        start_time TEXT,
        end_time TEXT,
        time_zone TEXT NOT NULL,
        start_date TEXT NOT NULL,
        frequency TEXT NOT NULL,
        interval INTEGER NOT NULL DEFAULT 1,
        weekdays TEXT NOT NULL DEFAULT '[]',
        until_date TEXT,
        count INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''))",
    R"(CREATE TABLE shifts (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        clinician_id INTEGER REFERENCES clinicians(id) ON DELETE RESTRICT,
        shift_type_id INTEGER NOT NULL REFERENCES shift_types(id) ON DELETE RESTRICT,
        date TEXT NOT NULL,
        start_utc INTEGER,
        end_utc INTEGER,
        time_zone TEXT NOT NULL,
        duration_minutes INTEGER NOT NULL,
        status TEXT NOT NULL DEFAULT 'scheduled',
        is_pinned INTEGER NOT NULL DEFAULT 0,
        counts_as_worked INTEGER NOT NULL DEFAULT 1,
        counts_toward_minimum INTEGER NOT NULL DEFAULT 1,
        claim_code TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        rota_id INTEGER REFERENCES rotas(id) ON DELETE SET NULL,
        timeslot_id INTEGER REFERENCES timeslots(id) ON DELETE SET NULL,
        repeating_shift_id INTEGER REFERENCES repeating_shifts(id) ON DELETE SET NULL,
        created_by TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL DEFAULT '',
        modified_by TEXT NOT NULL DEFAULT '',
        modified_at TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX shifts_date ON shifts(date)",
    "CREATE INDEX shifts_clinician_date ON shifts(clinician_id, date)",
    R"(CREATE TABLE leave_requests (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        clinician_id INTEGER NOT NULL REFERENCES clinicians(id) ON DELETE RESTRICT,
        type TEXT NOT NULL,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        status TEXT NOT NULL,
        requested_at TEXT NOT NULL DEFAULT '',
        processed_at TEXT NOT NULL DEFAULT '',
        processed_by TEXT NOT NULL DEFAULT '',
        denial_reason TEXT NOT NULL DEFAULT '',
        override_reason TEXT NOT NULL DEFAULT '',
        affected_shift_count INTEGER NOT NULL DEFAULT 0,
        notes TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX leave_requests_clinician ON leave_requests(clinician_id, start_date)",
    "CREATE INDEX leave_requests_start ON leave_requests(start_date)",
    R"(CREATE TABLE alerts (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        type TEXT NOT NULL,
        severity TEXT NOT NULL,
        date TEXT NOT NULL,
        clinician_id INTEGER REFERENCES clinicians(id) ON DELETE CASCADE,
        message TEXT NOT NULL,
        details TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'ACTIVE',
        created_at TEXT NOT NULL DEFAULT '',
        resolved_at TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX alerts_status_date ON alerts(status, date)",
    R"(CREATE TABLE swap_requests (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        rota_id INTEGER REFERENCES rotas(id) ON DELETE SET NULL,
        shift_id INTEGER REFERENCES shifts(id) ON DELETE SET NULL,
        swap_start_utc INTEGER NOT NULL,
        swap_end_utc INTEGER NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        beneficiary_id INTEGER NOT NULL REFERENCES clinicians(id) ON DELETE CASCADE,
        benefactor_id INTEGER REFERENCES clinicians(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'open',
        created_at TEXT NOT NULL DEFAULT '',
        taken_at TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX swap_requests_start ON swap_requests(status, swap_start_utc)",
    // Partial indexes: records never synced (and bulk imports) cost nothing here.
    "CREATE UNIQUE INDEX teams_server_id ON teams(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX clinicians_server_id ON clinicians(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX working_terms_server_id ON working_terms(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX shift_types_server_id ON shift_types(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX shift_patterns_server_id ON shift_patterns(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX timeslots_server_id ON timeslots(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX rotas_server_id ON rotas(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX repeating_shifts_server_id ON repeating_shifts(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX shifts_server_id ON shifts(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX leave_requests_server_id ON leave_requests(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX alerts_server_id ON alerts(server_id) WHERE server_id IS NOT NULL",
    "CREATE UNIQUE INDEX swap_requests_server_id ON swap_requests(server_id) WHERE server_id IS NOT NULL",
    R"(CREATE TABLE journal (
        id INTEGER PRIMARY KEY,
        batch_id INTEGER NOT NULL,
        at TEXT NOT NULL,
        record_type TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        operation TEXT NOT NULL,
        before TEXT,
        after TEXT,
        user TEXT NOT NULL DEFAULT '',
        synced INTEGER NOT NULL DEFAULT 0))",
    "CREATE INDEX journal_unsynced ON journal(synced, id)",
    "CREATE INDEX journal_record ON journal(record_type, local_id)",
};

// Version 2: shift type categories for the workload report (existing overnight types become
// nights) and the reporting periods it is run over.
const char *const schemaV2[] = {
    "ALTER TABLE shift_types ADD COLUMN category TEXT NOT NULL DEFAULT 'regular'",
    R"(UPDATE shift_types SET category = 'night'
        WHERE start_time IS NOT NULL AND end_time IS NOT NULL AND end_time < start_time)",
    R"(CREATE TABLE reporting_periods (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        name TEXT NOT NULL UNIQUE,
        start_date TEXT NOT NULL,
        end_date TEXT NOT NULL,
        created_at TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL DEFAULT ''))",
    "CREATE INDEX reporting_periods_start ON reporting_periods(start_date)",
    "CREATE UNIQUE INDEX reporting_periods_server_id ON reporting_periods(server_id) WHERE server_id IS NOT NULL",
};

// Version 3: sync with the rota server. A base is the server's JSON of a record when both sides
// last agreed, the base of a three-way merge; a conflict keeps both sides until the user decides;
// an inflight request was sent but its answer not yet stored, so that a POST whose answer was lost
// can be found on the server after a crash instead of being sent twice (it covers the journal up to
// last_journal_id); an error is the server's refusal of a record's change, kept so that the change is
// not sent again until the record is edited after it (its journal goes beyond journal_id).
const char *const schemaV3[] = {
    R"(CREATE TABLE sync_bases (
        record_type TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        base TEXT NOT NULL,
        PRIMARY KEY (record_type, local_id)))",
    R"(CREATE TABLE sync_conflicts (
        id INTEGER PRIMARY KEY,
        record_type TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        server_id INTEGER,
        base TEXT,
        ours TEXT,
        theirs TEXT,
        fields TEXT NOT NULL DEFAULT '[]',
        detected_at TEXT NOT NULL))",
    "CREATE UNIQUE INDEX sync_conflicts_record ON sync_conflicts(record_type, local_id)",
    R"(CREATE TABLE sync_inflight (
        record_type TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        method TEXT NOT NULL,
        path TEXT NOT NULL,
        body TEXT,
        sent_at TEXT NOT NULL,
        last_journal_id INTEGER NOT NULL,
        PRIMARY KEY (record_type, local_id)))",
    R"(CREATE TABLE sync_errors (
        record_type TEXT NOT NULL,
        local_id INTEGER NOT NULL,
        journal_id INTEGER NOT NULL,
        message TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (record_type, local_id)))",
};

// Version 4: rotas, series, swaps and open shifts. A rota's closed dates are dates it does not run. A shift detached from its series keeps the
// date of the occurrence it replaces (recurrence_date); a shift's department is a team (the
// volunteer seed's department); claim codes become unique, keeping every existing code readable by
// suffixing the later copies of a duplicate with their shift's id.
const char *const schemaV4[] = {
    "ALTER TABLE shifts ADD COLUMN recurrence_date TEXT",
    "ALTER TABLE shifts ADD COLUMN team_id INTEGER REFERENCES teams(id) ON DELETE SET NULL",
    R"(UPDATE shifts SET claim_code = claim_code || '-' || id
        WHERE claim_code != '' AND id > (SELECT MIN(other.id) FROM shifts AS other WHERE other.claim_code = shifts.claim_code))",
    "CREATE UNIQUE INDEX shifts_claim_code ON shifts(claim_code) WHERE claim_code != ''",
    "CREATE INDEX shifts_series ON shifts(repeating_shift_id, recurrence_date) WHERE repeating_shift_id IS NOT NULL",
    R"(CREATE TABLE rota_closed_dates (
        id INTEGER PRIMARY KEY,
        server_id INTEGER,
        rota_id INTEGER NOT NULL REFERENCES rotas(id) ON DELETE CASCADE,
        date TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT '',
        UNIQUE (rota_id, date)))",
    "CREATE UNIQUE INDEX rota_closed_dates_server_id ON rota_closed_dates(server_id) WHERE server_id IS NOT NULL",
    "ALTER TABLE repeating_shifts ADD COLUMN exdates TEXT NOT NULL DEFAULT '[]'",
};

struct Step
{
    int version;
    const char *const *statements;
    std::size_t count;
};

const Step steps[] = {
    {1, schemaV1, std::size(schemaV1)},
    {2, schemaV2, std::size(schemaV2)},
    {3, schemaV3, std::size(schemaV3)},
    {4, schemaV4, std::size(schemaV4)},
};

} // namespace

int Migrations::latestVersion()
{
    return std::size(steps) == 0 ? 0 : steps[std::size(steps) - 1].version;
}

StorageError Migrations::apply(QSqlDatabase &db, int fromVersion, const QString &what)
{
    QSqlQuery query(db);
    for (const Step &step : steps) {
        if (step.version <= fromVersion)
            continue;
        for (std::size_t i = 0; i < step.count; ++i) {
            if (!query.exec(QString::fromUtf8(step.statements[i])))
                return storageErrorFromSql(query.lastError(), what);
        }
    }
    // PRAGMA takes no bound parameters; the value is our own constant.
    if (!query.exec(u"PRAGMA user_version = %1"_s.arg(latestVersion())))
        return storageErrorFromSql(query.lastError(), what);
    return {};
}
