#include "shiftcsvimporter.h"

#include "csvvalues.h"
#include "sqlitebulkload.h"
#include "model/clinician.h"
#include "model/shift.h"
#include "model/shifttype.h"
#include "model/zonerules.h"
#include "storage/recordtable.h"
#include "storage/recordtraits.h"
#include "storage/sqlerror.h"
#include "storage/sqlitestatement.h"
#include "storage/workspace.h"

#include <QDateTime>
#include <QTimeZone>
#include <array>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// Shifts per INSERT statement: one statement run covers many rows, which saves opening the
// table, index and foreign-key cursors for every row.
constexpr int BatchRows = 64;
// A file of this many rows (estimated from its size) is imported with SqliteBulkLoad's help.
constexpr qint64 BulkRows = 50000;
constexpr qint64 BytesPerRow = 48;
constexpr int ValuesPerRow = 10;
constexpr qint64 MaxShiftSeconds = 24 * 3600;
constexpr int NewTypeMinutes = 480;

// Colour-blind-safe (Okabe-Ito) colours for the shift types an import creates.
const char *const newTypeColours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"};

// Looked up by the bytes of a CSV field without building a key object per row.
struct BytesHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view bytes) const noexcept { return std::hash<std::string_view>{}(bytes); }
};
template <typename Value>
using BytesMap = std::unordered_map<std::string, Value, BytesHash, std::equal_to<>>;

std::string_view bytesOf(QByteArrayView view)
{
    return {view.data(), std::size_t(view.size())};
}

QString textOf(QByteArrayView view)
{
    return QString::fromUtf8(view);
}

struct ClinicianEntry
{
    qint64 id = 0; // 0 until the import creates the clinician
    QString name;
    QString problem; // why a clinician of this name cannot be created
};

struct TypeEntry
{
    qint64 id = 0; // 0 until the import creates the shift type
    QString code;
    int nominalMinutes = NewTypeMinutes;
    bool countsAsWorked = true;
    bool countsTowardMinimum = true;
    QString problem;
};

struct PendingShift
{
    qint64 clinicianId = 0; // 0 for an open shift
    qint64 typeId = 0;
    std::array<char, 10> date{};
    bool timed = false;
    qint64 startUtc = 0;
    qint64 endUtc = 0;
    const QByteArray *zone = nullptr;
    int durationMinutes = 0;
    bool pinned = false;
    bool countsAsWorked = true;
    bool countsTowardMinimum = true;
};

// The CSV column a Shift field error belongs to.
int columnOf(const QString &shiftField)
{
    if (shiftField == "start"_L1 || shiftField == "start_utc"_L1)
        return ShiftCsvImporter::StartColumn;
    if (shiftField == "end"_L1 || shiftField == "end_utc"_L1 || shiftField == "duration_minutes"_L1)
        return ShiftCsvImporter::EndColumn;
    if (shiftField == "date"_L1)
        return ShiftCsvImporter::DateColumn;
    if (shiftField == "time_zone"_L1)
        return ShiftCsvImporter::TimeZoneColumn;
    return -1;
}

QByteArray insertStatement(int rows)
{
    QByteArray sql = "INSERT INTO shifts (clinician_id, shift_type_id, date, start_utc, end_utc, time_zone, duration_minutes, "
                     "is_pinned, counts_as_worked, counts_toward_minimum, created_by, created_at) VALUES ";
    // ?1 and ?2 (user and time) are shared by all rows; each row has its own numbered values.
    for (int row = 0; row < rows; ++row) {
        sql += row == 0 ? "(" : ", (";
        for (int value = 0; value < ValuesPerRow; ++value)
            sql += '?' + QByteArray::number(3 + row * ValuesPerRow + value) + ", ";
        sql += "?1, ?2)";
    }
    return sql;
}

} // namespace

struct ShiftCsvImporter::Private
{
    sqlite3 *db = nullptr;
    std::optional<SqliteStatement> findClinician;
    std::optional<SqliteStatement> findType;
    std::optional<SqliteStatement> insertBatch;
    std::optional<SqliteStatement> insertOne;
    std::optional<RecordTable> clinicianTable;
    std::optional<RecordTable> typeTable;
    QString name;
    QString now;
    QByteArray user;
    QByteArray nowBytes;
    QByteArray workspaceZone;
    BytesMap<ClinicianEntry> clinicians;
    BytesMap<TypeEntry> types;
    BytesMap<const ZoneRules *> zones;
    int typesBefore = 0;
    int typesCreated = 0;
    qint64 lastSortOrder = 0;

    // The row checkRow() accepted last.
    ClinicianEntry *clinician = nullptr;
    TypeEntry *type = nullptr;
    PendingShift row;

    std::vector<PendingShift> batch;
    qint64 firstId = 0;
    qint64 lastId = 0;

    // The instants Shift::validate() accepts a start in.
    const qint64 firstInstant = QDateTime(QDate(ZoneRules::FirstYear, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
    const qint64 endInstant = QDateTime(QDate(ZoneRules::EndYear, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();

    qint64 estimatedRows = 0;
    std::optional<SqliteBulkLoad> bulkLoad;
    bool rebuildIndexes = false;

    const ZoneRules *zone(QByteArrayView text);
    ClinicianEntry &clinicianEntry(QByteArrayView name);
    TypeEntry &typeEntry(QByteArrayView code);
    StorageError create(ClinicianEntry &entry);
    StorageError create(TypeEntry &entry);
    StorageError flush();
    void bind(SqliteStatement &statement, int row, const PendingShift &shift);
    StorageError sqlError(const SqliteStatement &statement) const { return statement.error(name); }
};

const ZoneRules *ShiftCsvImporter::Private::zone(QByteArrayView text)
{
    const auto found = zones.find(bytesOf(text));
    if (found != zones.end())
        return found->second;
    return zones.emplace(std::string(bytesOf(text)), ZoneRules::find(text)).first->second;
}

ClinicianEntry &ShiftCsvImporter::Private::clinicianEntry(QByteArrayView name)
{
    const auto found = clinicians.find(bytesOf(name));
    if (found != clinicians.end())
        return found->second;
    ClinicianEntry entry;
    entry.name = textOf(name);
    findClinician->bindText(1, name);
    if (findClinician->stepRow() == SQLITE_ROW) {
        entry.id = findClinician->columnInt(0);
    } else {
        Clinician clinician;
        clinician.name = entry.name;
        entry.problem = messages(clinician.validate());
    }
    findClinician->reset();
    return clinicians.emplace(std::string(bytesOf(name)), std::move(entry)).first->second;
}

TypeEntry &ShiftCsvImporter::Private::typeEntry(QByteArrayView code)
{
    const auto found = types.find(bytesOf(code));
    if (found != types.end())
        return found->second;
    TypeEntry entry;
    entry.code = textOf(code);
    findType->bindText(1, code);
    if (findType->stepRow() == SQLITE_ROW) {
        entry.id = findType->columnInt(0);
        entry.nominalMinutes = int(findType->columnInt(1));
        entry.countsAsWorked = findType->columnInt(2) != 0;
        entry.countsTowardMinimum = findType->columnInt(3) != 0;
    } else {
        ShiftType type;
        type.code = type.name = entry.code;
        type.colour = QString::fromLatin1(newTypeColours[0]);
        type.duration_minutes = NewTypeMinutes;
        entry.problem = messages(type.validate());
    }
    findType->reset();
    return types.emplace(std::string(bytesOf(code)), std::move(entry)).first->second;
}

StorageError ShiftCsvImporter::Private::create(ClinicianEntry &entry)
{
    Clinician clinician;
    clinician.name = entry.name;
    clinician.created_at = clinician.updated_at = now;
    return clinicianTable->insert(clinician.toJson(), &entry.id);
}

StorageError ShiftCsvImporter::Private::create(TypeEntry &entry)
{
    ShiftType type;
    type.code = type.name = entry.code;
    // New types continue the colours and the order of the existing ones.
    type.colour = QString::fromLatin1(newTypeColours[(typesBefore + typesCreated) % std::size(newTypeColours)]);
    type.duration_minutes = NewTypeMinutes;
    type.sort_order = int(lastSortOrder) + 1 + typesCreated;
    ++typesCreated;
    return typeTable->insert(type.toJson(), &entry.id);
}

void ShiftCsvImporter::Private::bind(SqliteStatement &statement, int row, const PendingShift &shift)
{
    const int first = 3 + row * ValuesPerRow;
    if (shift.clinicianId)
        statement.bindInt(first, shift.clinicianId);
    else
        statement.bindNull(first);
    statement.bindInt(first + 1, shift.typeId);
    statement.bindStaticText(first + 2, QByteArrayView(shift.date.data(), qsizetype(shift.date.size())));
    if (shift.timed) {
        statement.bindInt(first + 3, shift.startUtc);
        statement.bindInt(first + 4, shift.endUtc);
    } else {
        statement.bindNull(first + 3);
        statement.bindNull(first + 4);
    }
    statement.bindStaticText(first + 5, *shift.zone);
    statement.bindInt(first + 6, shift.durationMinutes);
    statement.bindInt(first + 7, shift.pinned ? 1 : 0);
    statement.bindInt(first + 8, shift.countsAsWorked ? 1 : 0);
    statement.bindInt(first + 9, shift.countsTowardMinimum ? 1 : 0);
}

StorageError ShiftCsvImporter::Private::flush()
{
    const auto rows = qint64(batch.size());
    if (rows == BatchRows) {
        for (int row = 0; row < BatchRows; ++row)
            bind(*insertBatch, row, batch[std::size_t(row)]);
        if (insertBatch->step() != SQLITE_DONE)
            return sqlError(*insertBatch);
        lastId = insertBatch->lastInsertRowId();
    } else {
        for (const PendingShift &shift : batch) {
            bind(*insertOne, 0, shift);
            if (insertOne->step() != SQLITE_DONE)
                return sqlError(*insertOne);
        }
        lastId = insertOne->lastInsertRowId();
    }
    // Rows of an INTEGER PRIMARY KEY table get max(id) + 1, so one writer's ids are consecutive.
    if (firstId == 0 && rows > 0)
        firstId = lastId - rows + 1;
    batch.clear();
    return {};
}

ShiftCsvImporter::ShiftCsvImporter(Workspace &workspace)
    : CsvImporter(workspace, "shifts"_L1,
                  {{"clinician"_L1, true}, {"date"_L1, true}, {"type"_L1, true}, {"start"_L1, false},
                   {"end"_L1, false}, {"time_zone"_L1, false}, {"pinned"_L1, false}})
    , d(std::make_unique<Private>())
{
}

ShiftCsvImporter::~ShiftCsvImporter() = default;

void ShiftCsvImporter::checkHeader()
{
    if (hasColumn(StartColumn) != hasColumn(EndColumn)) {
        const Column present = hasColumn(StartColumn) ? StartColumn : EndColumn;
        const Column missing = hasColumn(StartColumn) ? EndColumn : StartColumn;
        headerError(missing, tr("The header has a \"%1\" column but no \"%2\" column; give both or neither.")
                                 .arg(columnName(present), columnName(missing)));
    }
}

void ShiftCsvImporter::prepareConnection(qint64 totalBytes)
{
    Private &p = *d;
    p.db = workspace().handle();
    p.estimatedRows = totalBytes / BytesPerRow;
    p.bulkLoad.emplace(p.db, "shifts");
    if (p.estimatedRows >= BulkRows)
        p.bulkLoad->relaxConnection();
}

StorageError ShiftCsvImporter::begin(qint64 totalBytes)
{
    Private &p = *d;
    p.name = inputName();
    p.now = workspace().nowIso();
    p.nowBytes = p.now.toUtf8();
    p.user = workspace().currentUser().toUtf8();
    p.workspaceZone = workspace().timeZone();
    p.clinicians.clear();
    p.types.clear();
    p.zones.clear();
    p.batch.clear();
    p.batch.reserve(BatchRows);
    p.firstId = p.lastId = 0;
    p.typesCreated = 0;
    p.clinicianTable.emplace(workspace(), RecordTraits<Clinician>::spec());
    p.typeTable.emplace(workspace(), RecordTraits<ShiftType>::spec());

    p.findClinician.emplace(p.db, "SELECT id FROM clinicians WHERE name = ?1 ORDER BY id LIMIT 1");
    p.findType.emplace(p.db, "SELECT id, duration_minutes, counts_as_worked, counts_toward_minimum FROM shift_types WHERE code = ?1");
    p.insertBatch.emplace(p.db, insertStatement(BatchRows).constData());
    p.insertOne.emplace(p.db, insertStatement(1).constData());
    SqliteStatement typeCount(p.db, "SELECT count(*), coalesce(max(sort_order), 0) FROM shift_types");
    SqliteStatement lastShift(p.db, "SELECT coalesce(max(id), 0) FROM shifts");
    for (const SqliteStatement *statement : {&*p.findClinician, &*p.findType, &*p.insertBatch, &*p.insertOne, &typeCount, &lastShift}) {
        if (!statement->isValid())
            return p.sqlError(*statement);
    }
    for (SqliteStatement *statement : {&*p.insertBatch, &*p.insertOne}) {
        statement->bindStaticText(1, p.user);
        statement->bindStaticText(2, p.nowBytes);
    }
    if (typeCount.stepRow() != SQLITE_ROW)
        return p.sqlError(typeCount);
    p.typesBefore = int(typeCount.columnInt(0));
    p.lastSortOrder = typeCount.columnInt(1);
    typeCount.reset();
    if (lastShift.stepRow() != SQLITE_ROW)
        return p.sqlError(lastShift);
    const qint64 existingRows = lastShift.columnInt(0); // ids are dense enough to estimate the count
    lastShift.reset();

    if (p.estimatedRows >= BulkRows) {
        p.bulkLoad->raiseCacheSize(std::clamp<qint64>(totalBytes / 1024, 8 * 1024, 64 * 1024));
        // One sort per index after the inserts beats row-by-row updates when the import adds
        // at least as many rows as the table holds.
        p.rebuildIndexes = p.estimatedRows >= existingRows;
        if (p.rebuildIndexes) {
            if (const int code = p.bulkLoad->dropIndexes(); code != SQLITE_OK)
                return storageErrorFromSqliteCode(code, QString::fromUtf8(sqlite3_errmsg(p.db)), p.name);
        }
    }
    return {};
}

void ShiftCsvImporter::checkRow()
{
    Private &p = *d;
    p.clinician = nullptr;
    p.type = nullptr;

    if (const QByteArrayView name = value(ClinicianColumn); !name.isEmpty()) {
        p.clinician = &p.clinicianEntry(name);
        if (!p.clinician->problem.isEmpty())
            rowError(ClinicianColumn, p.clinician->problem);
    }
    if (const QByteArrayView code = value(TypeColumn); code.isEmpty()) {
        rowError(TypeColumn, tr("The shift type is missing; give its code, such as D or N."));
    } else {
        p.type = &p.typeEntry(code);
        if (!p.type->problem.isEmpty())
            rowError(TypeColumn, p.type->problem);
    }

    const QByteArrayView dateText = value(DateColumn);
    const std::optional<QDate> date = CsvValues::parseDate(dateText);
    if (!date) {
        rowError(DateColumn, dateText.isEmpty() ? tr("The date is missing; give it as YYYY-MM-DD.")
                                                : tr("\"%1\" is not a valid date (YYYY-MM-DD).").arg(textOf(dateText)));
    }

    const QByteArrayView startText = value(StartColumn);
    const QByteArrayView endText = value(EndColumn);
    const std::optional<QTime> start = CsvValues::parseTime(startText);
    const std::optional<QTime> end = CsvValues::parseTime(endText);
    if (!startText.isEmpty() && !start)
        rowError(StartColumn, tr("\"%1\" is not a valid time (HH:MM, 00:00 to 23:59).").arg(textOf(startText)));
    if (!endText.isEmpty() && !end)
        rowError(EndColumn, tr("\"%1\" is not a valid time (HH:MM, 00:00 to 23:59).").arg(textOf(endText)));
    if (startText.isEmpty() != endText.isEmpty()) {
        if (endText.isEmpty())
            rowError(EndColumn, tr("A start time is given without an end time; give both, or neither for a whole-day shift."));
        else
            rowError(StartColumn, tr("An end time is given without a start time; give both, or neither for a whole-day shift."));
    }

    const QByteArrayView zoneText = value(TimeZoneColumn);
    const ZoneRules *zone = p.zone(zoneText.isEmpty() ? QByteArrayView(p.workspaceZone) : zoneText);
    if (!zone) {
        rowError(TimeZoneColumn, zoneText.isEmpty()
                     ? tr("The workspace's time zone \"%1\" is not known; give a time zone in this row.").arg(textOf(p.workspaceZone))
                     : tr("\"%1\" is not a known time zone (use an IANA name such as Europe/London).").arg(textOf(zoneText)));
    }

    const QByteArrayView pinnedText = value(PinnedColumn);
    const std::optional<bool> pinned = CsvValues::parseFlag(pinnedText);
    if (!pinned)
        rowError(PinnedColumn, tr("\"%1\" is not a valid pinned value; use 1 for pinned, 0 or nothing for not pinned.").arg(textOf(pinnedText)));

    if (rowHasErrors())
        return;

    PendingShift &row = p.row;
    std::memcpy(row.date.data(), dateText.data(), row.date.size());
    row.zone = &zone->idBytes();
    row.pinned = *pinned;
    row.countsAsWorked = p.type->countsAsWorked;
    row.countsTowardMinimum = p.type->countsTowardMinimum;
    row.timed = start.has_value();
    row.durationMinutes = p.type->nominalMinutes;

    // The common case, checked here without building a Shift: a date in the supported years and,
    // for a timed shift, local times that occur exactly once and lie a sane length apart. These
    // are exactly the rows Shift::validate() accepts among the common ones.
    const bool supportedYear = date->year() >= ZoneRules::FirstYear && date->year() < ZoneRules::EndYear;
    if (!row.timed && supportedYear)
        return;
    if (row.timed && supportedYear) {
        const ZoneRules::Resolution startUtc = zone->toUtc(*date, *start);
        const ZoneRules::Resolution endUtc = zone->toUtc(*end <= *start ? date->addDays(1) : *date, *end);
        const qint64 length = endUtc.utcSecs - startUtc.utcSecs;
        if (startUtc.kind == ZoneRules::Kind::Unique && endUtc.kind == ZoneRules::Kind::Unique
            && startUtc.utcSecs >= p.firstInstant && startUtc.utcSecs < p.endInstant && length >= 60
            && length <= MaxShiftSeconds) {
            row.startUtc = startUtc.utcSecs;
            row.endUtc = endUtc.utcSecs;
            row.durationMinutes = int(length / 60);
            return;
        }
    }
    // Anything else (a night when the clocks change, a date at the edge of the supported years):
    // the model decides, and its messages explain.
    Shift shift;
    shift.shift_type_id = 1; // the type is not in question here
    FieldErrors errors;
    if (row.timed)
        errors = shift.setLocalTimes(*date, *start, *end, zone->idBytes());
    else
        shift.setWholeDay(*date, zone->idBytes(), row.durationMinutes);
    if (errors.isEmpty())
        errors = shift.validate();
    for (const FieldError &error : std::as_const(errors))
        rowError(columnOf(error.field), error.message);
    if (errors.isEmpty() && row.timed) {
        row.startUtc = *shift.start_utc;
        row.endUtc = *shift.end_utc;
        row.durationMinutes = shift.duration_minutes;
    }
}

StorageError ShiftCsvImporter::writeRow()
{
    Private &p = *d;
    if (p.clinician && p.clinician->id == 0) {
        if (StorageError error = p.create(*p.clinician); !error.ok())
            return error;
        result().cliniciansCreated << p.clinician->id;
    }
    if (p.type->id == 0) {
        if (StorageError error = p.create(*p.type); !error.ok())
            return error;
        result().shiftTypesCreated << p.type->id;
    }
    p.row.clinicianId = p.clinician ? p.clinician->id : 0;
    p.row.typeId = p.type->id;
    p.batch.push_back(p.row);
    if (p.batch.size() == std::size_t(BatchRows))
        return p.flush();
    return {};
}

StorageError ShiftCsvImporter::finish()
{
    Private &p = *d;
    if (StorageError error = p.flush(); !error.ok())
        return error;
    if (p.rebuildIndexes) {
        if (const int code = p.bulkLoad->recreateIndexes(); code != SQLITE_OK)
            return storageErrorFromSqliteCode(code, QString::fromUtf8(sqlite3_errmsg(p.db)), p.name);
    }
    return {};
}

void ShiftCsvImporter::describe(QJsonObject &after) const
{
    after.insert(u"first_id"_s, d->firstId);
    after.insert(u"last_id"_s, d->lastId);
    after.insert(u"clinicians_created"_s, idArray(result().cliniciansCreated));
    after.insert(u"shift_types_created"_s, idArray(result().shiftTypesCreated));
}

void ShiftCsvImporter::release()
{
    Private &p = *d;
    p.findClinician.reset();
    p.findType.reset();
    p.insertBatch.reset();
    p.insertOne.reset();
    p.clinicianTable.reset();
    p.typeTable.reset();
    p.bulkLoad.reset(); // restores the connection settings
    p.rebuildIndexes = false;
}
