#include "storagetestsupport.h"

#include "model/alert.h"
#include "model/leaverequest.h"
#include "model/repeatingshift.h"
#include "model/reportingperiod.h"
#include "model/rota.h"
#include "model/rotacloseddate.h"
#include "model/shiftpattern.h"
#include "model/swaprequest.h"
#include "model/team.h"
#include "model/timeslot.h"
#include "model/workingterm.h"
#include "storage/cachedquery.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/migrations.h"
#include "storage/recordtraits.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

namespace {

QString declaredType(TableSpec::Kind kind)
{
    switch (kind) {
    case TableSpec::Kind::Integer:
    case TableSpec::Kind::Bool:
        return u"INTEGER"_s;
    case TableSpec::Kind::Real:
        return u"REAL"_s;
    case TableSpec::Kind::Text:
    case TableSpec::Kind::Json:
        return u"TEXT"_s;
    }
    return {};
}

// Whether a value of a record's JSON form may be stored in a column of this kind.
bool fitsKind(const QJsonValue &value, TableSpec::Kind kind)
{
    switch (kind) {
    case TableSpec::Kind::Integer:
    case TableSpec::Kind::Real:
        return value.isNull() || value.isDouble();
    case TableSpec::Kind::Text:
        return value.isNull() || value.isString();
    case TableSpec::Kind::Bool:
        return value.isBool();
    case TableSpec::Kind::Json:
        return value.isArray();
    }
    return false;
}

// Takes a file back to version 3: what version 4 added is dropped, newest first.
void dropVersionFour(RawConnection &raw)
{
    for (const char *statement : {"ALTER TABLE repeating_shifts DROP COLUMN exdates", "DROP TABLE rota_closed_dates", "DROP INDEX shifts_series", "DROP INDEX shifts_claim_code", "ALTER TABLE shifts DROP COLUMN team_id",
                                  "ALTER TABLE shifts DROP COLUMN recurrence_date"})
        QCOMPARE(raw.exec(QString::fromUtf8(statement)), SQLITE_OK);
}

void dropVersionThree(RawConnection &raw)
{
    dropVersionFour(raw);
    for (const char *table : {"sync_bases", "sync_conflicts", "sync_errors", "sync_inflight"})
        QCOMPARE(raw.exec(u"DROP TABLE "_s + QLatin1StringView(table)), SQLITE_OK);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;

    // Columns (name and declared type) of a table, in table order.
    QList<std::pair<QString, QString>> columnsOf(const QString &table)
    {
        QList<std::pair<QString, QString>> columns;
        CachedQuery query(*m_workspace, u"SELECT name, type FROM pragma_table_info(?) ORDER BY cid"_s, {table});
        while (query.next())
            columns.append({query.value(0).toString(), query.value(1).toString()});
        return columns;
    }

    // The table's columns are the keys of the record's JSON form, with the declared type of the
    // column kind, and the record's own values fit the kinds.
    template <typename T>
    void verifyTableMatchesRecord(const T &record)
    {
        const TableSpec &spec = RecordTraits<T>::spec();
        const QJsonObject json = record.toJson();
        const QList<std::pair<QString, QString>> columns = columnsOf(spec.table);
        QSet<QString> columnNames;
        for (const auto &[name, type] : columns)
            columnNames.insert(name);
        const QStringList keys = json.keys();
        QCOMPARE(columnNames, QSet<QString>(keys.cbegin(), keys.cend()));
        QCOMPARE(columns.first(), (std::pair{u"id"_s, u"INTEGER"_s}));
        QCOMPARE(spec.columns.size(), columns.size() - 1);
        for (const TableSpec::Column &column : spec.columns) {
            const auto found = std::find_if(columns.cbegin(), columns.cend(), [&](const auto &c) { return c.first == column.name; });
            QVERIFY2(found != columns.cend(), qPrintable(spec.table + u'.' + column.name));
            QCOMPARE(found->second, declaredType(column.kind));
            QVERIFY2(fitsKind(json.value(column.name), column.kind), qPrintable(spec.table + u'.' + column.name));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = openWorkspace(m_dir.filePath(u"schema.rota"_s));
        QVERIFY(m_workspace);
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void latestVersion()
    {
        QCOMPARE(Migrations::latestVersion(), Workspace::currentSchemaVersion());
        QVERIFY(Migrations::latestVersion() >= 1);
        QCOMPARE(CachedQuery(*m_workspace, u"PRAGMA user_version"_s).scalar().toInt(), Migrations::latestVersion());
    }

    void everyTableExists()
    {
        QStringList tables;
        CachedQuery query(*m_workspace, u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"_s);
        while (query.next())
            tables << query.value(0).toString();
        QCOMPARE(tables, (QStringList{u"alerts"_s,          u"clinicians"_s,     u"journal"_s,           u"leave_requests"_s,
                                      u"repeating_shifts"_s, u"reporting_periods"_s, u"rota_closed_dates"_s, u"rotas"_s,
                                      u"settings"_s,         u"shift_patterns"_s,  u"shift_types"_s,       u"shifts"_s,
                                      u"swap_requests"_s,    u"sync_bases"_s,      u"sync_conflicts"_s,    u"sync_errors"_s,
                                      u"sync_inflight"_s,    u"teams"_s,           u"timeslots"_s,         u"working_terms"_s}));
    }

    void tablesMatchRecords()
    {
        WorkingTerm term;
        term.fixed_working_days = WeekdaySet::fromList({1, 2});
        const auto checks = {
            std::function<void()>([&] { verifyTableMatchesRecord(Team{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(clinician(u"A"_s)); }),
            std::function<void()>([&] { verifyTableMatchesRecord(term); }),
            std::function<void()>([&] { verifyTableMatchesRecord(dayShiftType()); }),
            std::function<void()>([&] { verifyTableMatchesRecord(ShiftPattern{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(Timeslot{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(Rota{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(RepeatingShift{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(shift(1, 1, QDate(2026, 11, 23))); }),
            std::function<void()>([&] { verifyTableMatchesRecord(LeaveRequest{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(Alert{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(SwapRequest{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(ReportingPeriod{}); }),
            std::function<void()>([&] { verifyTableMatchesRecord(RotaClosedDate{}); }),
        };
        QCOMPARE(qsizetype(checks.size()), recordTableSpecs().size());
        for (const std::function<void()> &check : checks) {
            check();
            if (QTest::currentTestFailed())
                return;
        }
    }

    void journalTable()
    {
        QCOMPARE(columnsOf(u"journal"_s),
                 (QList<std::pair<QString, QString>>{{u"id"_s, u"INTEGER"_s}, {u"batch_id"_s, u"INTEGER"_s}, {u"at"_s, u"TEXT"_s},
                                                     {u"record_type"_s, u"TEXT"_s}, {u"local_id"_s, u"INTEGER"_s},
                                                     {u"operation"_s, u"TEXT"_s}, {u"before"_s, u"TEXT"_s},
                                                     {u"after"_s, u"TEXT"_s}, {u"user"_s, u"TEXT"_s}, {u"synced"_s, u"INTEGER"_s}}));
    }

    void indexes_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("columns");
        QTest::addColumn<bool>("unique");
        QTest::newRow("shifts by date") << u"shifts"_s << u"date"_s << false;
        QTest::newRow("shifts by clinician") << u"shifts"_s << u"clinician_id,date"_s << false;
        QTest::newRow("leave by clinician") << u"leave_requests"_s << u"clinician_id,start_date"_s << false;
        QTest::newRow("leave by start") << u"leave_requests"_s << u"start_date"_s << false;
        QTest::newRow("alerts by status") << u"alerts"_s << u"status,date"_s << false;
        QTest::newRow("working terms by clinician") << u"working_terms"_s << u"clinician_id,start_date"_s << false;
        QTest::newRow("clinicians by name") << u"clinicians"_s << u"name"_s << false;
        QTest::newRow("shift type codes") << u"shift_types"_s << u"code"_s << true;
        QTest::newRow("reporting period names") << u"reporting_periods"_s << u"name"_s << true;
        QTest::newRow("reporting periods by start") << u"reporting_periods"_s << u"start_date"_s << false;
        QTest::newRow("unsynced journal") << u"journal"_s << u"synced,id"_s << false;
    }

    void indexes()
    {
        QFETCH(QString, table);
        QFETCH(QString, columns);
        QFETCH(bool, unique);
        CachedQuery query(*m_workspace,
                          u"SELECT l.\"unique\", (SELECT group_concat(name, ',') FROM (SELECT name FROM pragma_index_info(l.name) ORDER BY seqno)) "
                          "FROM pragma_index_list(?) AS l"_s,
                          {table});
        bool found = false;
        while (query.next())
            found = found || (query.value(1).toString() == columns && query.value(0).toBool() == unique);
        QVERIFY2(found, qPrintable(u"no index on %1(%2)"_s.arg(table, columns)));
    }

    void serverIdsAreUniqueWhenSet()
    {
        for (const TableSpec *spec : recordTableSpecs()) {
            CachedQuery query(*m_workspace,
                              u"SELECT count(*) FROM pragma_index_list(?) AS l WHERE l.\"unique\" = 1 AND l.partial = 1 "
                              "AND (SELECT group_concat(name) FROM pragma_index_info(l.name)) = 'server_id'"_s,
                              {spec->table});
            QVERIFY2(query.scalar().toInt() == 1, qPrintable(spec->table));
        }
    }

    void foreignKeys_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<QString>("onDelete");
        QTest::newRow("shift's clinician") << u"shifts"_s << u"clinician_id"_s << u"clinicians"_s << u"RESTRICT"_s;
        QTest::newRow("shift's type") << u"shifts"_s << u"shift_type_id"_s << u"shift_types"_s << u"RESTRICT"_s;
        QTest::newRow("shift's rota") << u"shifts"_s << u"rota_id"_s << u"rotas"_s << u"SET NULL"_s;
        QTest::newRow("leave's clinician") << u"leave_requests"_s << u"clinician_id"_s << u"clinicians"_s << u"RESTRICT"_s;
        QTest::newRow("working term's clinician") << u"working_terms"_s << u"clinician_id"_s << u"clinicians"_s << u"CASCADE"_s;
        QTest::newRow("clinician's team") << u"clinicians"_s << u"team_id"_s << u"teams"_s << u"SET NULL"_s;
        QTest::newRow("timeslot's pattern") << u"timeslots"_s << u"shift_pattern_id"_s << u"shift_patterns"_s << u"CASCADE"_s;
        QTest::newRow("swap's beneficiary") << u"swap_requests"_s << u"beneficiary_id"_s << u"clinicians"_s << u"CASCADE"_s;
    }

    void foreignKeys()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QString, parent);
        QFETCH(QString, onDelete);
        CachedQuery query(*m_workspace, u"SELECT \"table\", on_delete FROM pragma_foreign_key_list(?) WHERE \"from\" = ?"_s, {table, column});
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), parent);
        QCOMPARE(query.value(1).toString(), onDelete);
    }

    void reopeningDoesNotMigrateAgain()
    {
        const QString path = m_dir.filePath(u"reopen.rota"_s);
        QVERIFY(openWorkspace(path));
        StorageError error;
        const auto later = Workspace::open(path, Workspace::OpenMode::OpenExisting, &error,
                                           [] { return QDateTime(QDate(2030, 1, 1), QTime(0, 0), QTimeZone::utc()); });
        QVERIFY2(later, qPrintable(error.message));
        QCOMPARE(later->setting(u"created_at"_s), u"2026-11-23T07:30:00Z"_s);
        QCOMPARE(CachedQuery(*later, u"SELECT count(*) FROM settings"_s).scalar().toInt(), 3);
    }

    void emptyFileBecomesAWorkspace()
    {
        const QString path = m_dir.filePath(u"empty.rota"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        StorageError error;
        const auto workspace = openWorkspace(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(workspace, qPrintable(error.message));
        QCOMPARE(workspace->schemaVersion(), Migrations::latestVersion());
    }

    // A file made before shift type categories and reporting periods opens with its overnight
    // types as nights and its data untouched.
    void versionOneFileIsUpgraded()
    {
        const QString path = m_dir.filePath(u"version1.rota"_s);
        {
            const auto workspace = openWorkspace(path);
            QVERIFY(workspace);
            ShiftTypeRepository types(*workspace);
            ShiftType day = dayShiftType();
            QVERIFY(types.create(day).ok());
            ShiftType night = day;
            night.code = u"N"_s;
            night.name = u"Night"_s;
            night.start_time = QTime(20, 0);
            night.end_time = QTime(8, 30);
            night.duration_minutes = 750;
            QVERIFY(types.create(night).ok());
        }
        {
            RawConnection raw(path);
            dropVersionThree(raw);
            QCOMPARE(raw.exec(u"DROP TABLE reporting_periods"_s), SQLITE_OK);
            QCOMPARE(raw.exec(u"ALTER TABLE shift_types DROP COLUMN category"_s), SQLITE_OK);
            QCOMPARE(raw.exec(u"PRAGMA user_version = 1"_s), SQLITE_OK);
        }
        StorageError error;
        const auto upgraded = openWorkspace(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(upgraded, qPrintable(error.message));
        QCOMPARE(upgraded->schemaVersion(), Workspace::currentSchemaVersion());
        ShiftTypeRepository types(*upgraded);
        QCOMPARE(types.findByCode(u"N"_s)->category, ShiftType::Category::Night);
        QCOMPARE(types.findByCode(dayShiftType().code)->category, ShiftType::Category::Regular);
        QCOMPARE(CachedQuery(*upgraded, u"SELECT count(*) FROM reporting_periods"_s).scalar().toInt(), 0);
    }

    // A file of version 2 keeps its records and its unsynced journal and gets empty sync tables:
    // what it changed before the upgrade is still to be pushed.
    void versionTwoFileIsUpgraded()
    {
        const QString path = m_dir.filePath(u"version2.rota"_s);
        {
            const auto workspace = openWorkspace(path);
            QVERIFY(workspace);
            ClinicianRepository clinicians(*workspace);
            Clinician ada = clinician(u"Ada"_s);
            QVERIFY(clinicians.create(ada).ok());
        }
        {
            RawConnection raw(path);
            dropVersionThree(raw);
            QCOMPARE(raw.exec(u"PRAGMA user_version = 2"_s), SQLITE_OK);
        }
        StorageError error;
        const auto upgraded = openWorkspace(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(upgraded, qPrintable(error.message));
        QCOMPARE(upgraded->schemaVersion(), Workspace::currentSchemaVersion());
        QCOMPARE(ClinicianRepository(*upgraded).count(), 1);
        QCOMPARE(Journal(*upgraded).unsynced().size(), 1);
        for (const QString &table : {u"sync_bases"_s, u"sync_conflicts"_s, u"sync_errors"_s, u"sync_inflight"_s})
            QCOMPARE(CachedQuery(*upgraded, u"SELECT count(*) FROM "_s + table).scalar().toInt(), 0);
        // A base is one per record: the merge needs exactly one.
        QVERIFY(CachedQuery(*upgraded, u"INSERT INTO sync_bases (record_type, local_id, base) VALUES ('clinician', 1, '{}')"_s).ok());
        QVERIFY(!CachedQuery(*upgraded, u"INSERT INTO sync_bases (record_type, local_id, base) VALUES ('clinician', 1, '{}')"_s).ok());
    }

    // Claim codes become unique when a version 3 file is opened: the first shift keeps a code it
    // shared, the later ones keep it with their id appended, so no code is lost and none is shared.
    void versionThreeFileGetsUniqueClaimCodes()
    {
        const QString path = m_dir.filePath(u"version3.rota"_s);
        QList<qint64> ids;
        {
            const auto workspace = openWorkspace(path);
            QVERIFY(workspace);
            ShiftType day = dayShiftType();
            QVERIFY(ShiftTypeRepository(*workspace).create(day).ok());
            ShiftRepository shifts(*workspace);
            for (const QString &code : {u"K7Q2"_s, u"K7Q2"_s, u"M3X9"_s, u""_s, u""_s, u"K7Q2"_s}) {
                Shift open = shift({}, day.id, QDate(2026, 12, 1));
                // Made unique here (the file is of version 4); cut back to the shared code below.
                open.claim_code = code.isEmpty() ? QString() : code + QString::number(ids.size());
                QVERIFY(shifts.create(open).ok());
                ids.append(open.id);
            }
        }
        {
            RawConnection raw(path);
            dropVersionFour(raw);
            QCOMPARE(raw.exec(u"UPDATE shifts SET claim_code = substr(claim_code, 1, 4) WHERE claim_code != ''"_s), SQLITE_OK);
            QCOMPARE(raw.exec(u"PRAGMA user_version = 3"_s), SQLITE_OK);
        }
        StorageError error;
        const auto upgraded = openWorkspace(path, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(upgraded, qPrintable(error.message));
        QCOMPARE(upgraded->schemaVersion(), Workspace::currentSchemaVersion());
        ShiftRepository shifts(*upgraded);
        const QStringList codes{shifts.get(ids[0])->claim_code, shifts.get(ids[1])->claim_code, shifts.get(ids[2])->claim_code,
                                shifts.get(ids[3])->claim_code, shifts.get(ids[4])->claim_code, shifts.get(ids[5])->claim_code};
        QCOMPARE(codes, (QStringList{u"K7Q2"_s, u"K7Q2-%1"_s.arg(ids[1]), u"M3X9"_s, QString(), QString(), u"K7Q2-%1"_s.arg(ids[5])}));
        Shift copy = *shifts.get(ids[3]);
        copy.claim_code = u"M3X9"_s;
        QCOMPARE(shifts.update(copy).kind, StorageError::Kind::Constraint);
    }

    // All steps run in one transaction: a step that fails leaves the file as it was.
    void failedMigrationChangesNothing()
    {
        const QString path = m_dir.filePath(u"conflict.rota"_s);
        {
            RawConnection raw(path);
            QCOMPARE(raw.exec(u"PRAGMA application_id = %1"_s.arg(Workspace::applicationId())), SQLITE_OK);
            QCOMPARE(raw.exec(u"CREATE TABLE shifts (id INTEGER PRIMARY KEY)"_s), SQLITE_OK);
        }
        StorageError error;
        QVERIFY(!openWorkspace(path, Workspace::OpenMode::OpenExisting, &error));
        QVERIFY2(error.message.contains(u"shifts"_s) && error.message.contains(u"conflict.rota"_s), qPrintable(error.message));
        RawConnection raw(path);
        sqlite3_stmt *statement = nullptr;
        QCOMPARE(sqlite3_prepare_v2(raw.handle(), "SELECT group_concat(name) FROM sqlite_master", -1, &statement, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0))), u"shifts"_s);
        sqlite3_finalize(statement);
        QCOMPARE(sqlite3_prepare_v2(raw.handle(), "PRAGMA user_version", -1, &statement, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_step(statement), SQLITE_ROW);
        QCOMPARE(sqlite3_column_int(statement, 0), 0);
        sqlite3_finalize(statement);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
