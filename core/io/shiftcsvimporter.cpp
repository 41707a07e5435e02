#include "shiftcsvimporter.h"

#include "csvreader.h"
#include "model/clinician.h"
#include "model/shifttype.h"
#include "model/zonerules.h"
#include "storage/journal.h"
#include "storage/sqlerror.h"
#include "storage/sqlitestatement.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <string>
#include <string_view>
#include <unordered_map>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace {

// Colour-blind-safe (Okabe-Ito) colours for shift types an import creates.
const char *const newTypeColours[] = {"#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999"};

QByteArrayView trimmed(QByteArrayView field)
{
    return field.trimmed();
}

int twoDigits(const char *p)
{
    if (p[0] < '0' || p[0] > '9' || p[1] < '0' || p[1] > '9')
        return -1;
    return (p[0] - '0') * 10 + (p[1] - '0');
}

// Exactly YYYY-MM-DD and a real calendar day.
bool parseDate(QByteArrayView field, QDate *out)
{
    if (field.size() != 10 || field[4] != '-' || field[7] != '-')
        return false;
    const int century = twoDigits(field.data());
    const int yy = twoDigits(field.data() + 2);
    const int month = twoDigits(field.data() + 5);
    const int day = twoDigits(field.data() + 8);
    if (century < 0 || yy < 0 || month < 0 || day < 0 || !QDate::isValid(century * 100 + yy, month, day))
        return false;
    *out = QDate(century * 100 + yy, month, day);
    return true;
}

// HH:MM on a 24-hour clock.
bool parseTime(QByteArrayView field, QTime *out)
{
    if (field.size() != 5 || field[2] != ':')
        return false;
    const int hour = twoDigits(field.data());
    const int minute = twoDigits(field.data() + 3);
    if (hour < 0 || minute < 0 || hour > 23 || minute > 59)
        return false;
    *out = QTime(hour, minute);
    return true;
}

QString text(QByteArrayView field)
{
    return QString::fromUtf8(field);
}

struct TypeInfo
{
    qint64 id;
    int nominalMinutes;
};

// Maps looked up by the bytes of a CSV field without building a key object per row.
struct BytesHash
{
    using is_transparent = void;
    std::size_t operator()(std::string_view bytes) const { return std::hash<std::string_view>{}(bytes); }
};
template <typename Value>
using BytesMap = std::unordered_map<std::string, Value, BytesHash, std::equal_to<>>;

std::string_view bytes(QByteArrayView view)
{
    return {view.data(), std::size_t(view.size())};
}

// Raises the page cache for the length of an import, sized to the file (up to 96 MB).
class CacheSize
{
public:
    CacheSize(sqlite3 *db, qint64 fileBytes)
        : m_db(db)
    {
        SqliteStatement current(db, "PRAGMA cache_size");
        if (current.stepRow() == SQLITE_ROW)
            m_previous = current.columnInt(0);
        const qint64 kibibytes = std::clamp<qint64>(fileBytes / 1024 * 2, 2048, 96 * 1024);
        sqlite3_exec(db, QByteArray("PRAGMA cache_size = -" + QByteArray::number(kibibytes)).constData(), nullptr, nullptr, nullptr);
    }
    ~CacheSize()
    {
        sqlite3_exec(m_db, QByteArray("PRAGMA cache_size = " + QByteArray::number(m_previous)).constData(), nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db;
    qint64 m_previous = -2000;
};

// In WAL mode every page of a big import is written twice (to the WAL, then to the file at the
// checkpoint). For a big import the workspace leaves WAL for a rollback journal, where pages
// new to the file are written once, and returns to WAL afterwards. Crash safety is the same:
// the rollback journal keeps the file as it was until the commit.
class JournalMode
{
public:
    JournalMode(sqlite3 *db, qint64 fileBytes)
        : m_db(db)
    {
        if (fileBytes < (8 << 20))
            return;
        // Refused (and harmless) inside a transaction or while another connection reads.
        m_switched = sqlite3_exec(db, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~JournalMode()
    {
        if (m_switched)
            sqlite3_exec(m_db, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    }

private:
    sqlite3 *m_db;
    bool m_switched = false;
};

// For an import that is large against the table, dropping the shifts indexes and building them
// again after the inserts (one sort) is much faster than updating them row by row. Inside the
// import's transaction, so a failed import rolls the drop back too.
class IndexRebuild
{
public:
    [[nodiscard]] bool drop(sqlite3 *db)
    {
        SqliteStatement list(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'shifts' AND sql IS NOT NULL");
        QList<QByteArray> names;
        while (list.stepRow() == SQLITE_ROW) {
            names << list.columnText(0).toByteArray();
            m_definitions << list.columnText(1).toByteArray();
        }
        list.reset();
        for (const QByteArray &name : names) {
            // Index names come from the schema itself, not from input.
            if (sqlite3_exec(db, QByteArray("DROP INDEX \"" + name + "\"").constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
                return false;
        }
        return true;
    }

    [[nodiscard]] int restore(sqlite3 *db)
    {
        for (const QByteArray &definition : std::as_const(m_definitions)) {
            if (const int code = sqlite3_exec(db, definition.constData(), nullptr, nullptr, nullptr); code != SQLITE_OK)
                return code;
        }
        m_definitions.clear();
        return SQLITE_OK;
    }

private:
    QList<QByteArray> m_definitions;
};

} // namespace

ShiftCsvImporter::ShiftCsvImporter(Workspace &workspace)
    : m_workspace(workspace)
{
}

ImportResult ShiftCsvImporter::importFile(const QString &path, const ImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.fatal = tr("%1 cannot be read: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return result;
    }
    return import(file, QFileInfo(path).fileName(), file.size(), options);
}

ImportResult ShiftCsvImporter::import(QIODevice &device, const QString &name, qint64 totalBytes, const ImportOptions &options)
{
    ImportResult result;
    auto report = [&](qint64 line, const QString &field, const QString &reason) {
        if (result.errors.size() < options.maxErrors)
            result.errors << u"%1:%2: %3: %4"_s.arg(name).arg(line).arg(field, reason);
    };

    sqlite3 *db = m_workspace.handle();
    const JournalMode journalMode(db, totalBytes);
    Transaction transaction(m_workspace);
    if (!transaction.beginError().ok()) {
        result.fatal = transaction.beginError().message;
        return result;
    }

    BytesMap<qint64> clinicians;
    BytesMap<TypeInfo> types;
    int typeCount = 0;
    {
        SqliteStatement query(db, "SELECT id, name FROM clinicians");
        while (query.stepRow() == SQLITE_ROW)
            clinicians.emplace(bytes(query.columnText(1)), query.columnInt(0));
        SqliteStatement typeQuery(db, "SELECT id, code, duration_minutes FROM shift_types");
        while (typeQuery.stepRow() == SQLITE_ROW) {
            types.emplace(bytes(typeQuery.columnText(1)), TypeInfo{typeQuery.columnInt(0), int(typeQuery.columnInt(2))});
            ++typeCount;
        }
    }

    // Status, counts, claim code, notes and modified_* take their column defaults (scheduled,
    // counting, none, never modified).
    SqliteStatement insertShift(db, "INSERT INTO shifts (clinician_id, shift_type_id, date, start_utc, end_utc, time_zone, "
                                    "duration_minutes, is_pinned, created_by, created_at) "
                                    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    SqliteStatement insertClinician(db, "INSERT INTO clinicians (name, grade, email, active, status, created_at, updated_at) "
                                        "VALUES (?1, '', '', 1, 'active', ?2, ?2)");
    SqliteStatement insertType(db, "INSERT INTO shift_types (code, name, colour, duration_minutes, counts_as_worked, "
                                   "counts_toward_minimum, minimum_weekday, minimum_weekend, sort_order, active) "
                                   "VALUES (?1, ?1, ?2, 480, 1, 1, 0, 0, ?3, 1)");
    if (!insertShift.isValid() || !insertClinician.isValid() || !insertType.isValid()) {
        result.fatal = insertShift.error(name).message;
        return result;
    }
    // A big import touches far more pages than the default 2 MB cache holds; without room they
    // are spilled to the WAL and read back for every index insert.
    const CacheSize cacheSize(db, totalBytes);

    qint64 existingShifts = 0;
    {
        SqliteStatement countQuery(db, "SELECT count(*) FROM shifts");
        if (countQuery.stepRow() == SQLITE_ROW)
            existingShifts = countQuery.columnInt(0);
    }
    // About 40 bytes a row: rebuild the indexes when the file adds more rows than there are.
    IndexRebuild indexes;
    const bool rebuildIndexes = totalBytes / 40 > std::max<qint64>(existingShifts, 50000);
    if (rebuildIndexes && !indexes.drop(db)) {
        result.fatal = storageErrorFromSqliteCode(sqlite3_errcode(db), QString::fromUtf8(sqlite3_errmsg(db)), name).message;
        return result;
    }

    const QByteArray user = m_workspace.currentUser().toUtf8();
    const QByteArray now = m_workspace.nowIso().toUtf8();
    insertShift.bindStaticText(9, user);
    insertShift.bindStaticText(10, now);
    insertClinician.bindText(2, now);

    const QByteArray defaultZone = m_workspace.timeZone();
    BytesMap<const ZoneRules *> zones;
    auto zoneFor = [&](QByteArrayView id) -> const ZoneRules * {
        const std::string_view key = bytes(id.isEmpty() ? QByteArrayView(defaultZone) : id);
        auto it = zones.find(key);
        if (it == zones.end())
            it = zones.emplace(key, ZoneRules::find(QByteArrayView(key.data(), qsizetype(key.size())))).first;
        return it->second;
    };

    CsvReader reader(&device);
    enum Column { ClinicianCol, DateCol, TypeCol, StartCol, EndCol, ZoneCol, PinnedCol, ColumnCount };
    const char *const columnNames[ColumnCount] = {"clinician", "date", "type", "start", "end", "time_zone", "pinned"};
    int columnAt[ColumnCount];
    std::fill(std::begin(columnAt), std::end(columnAt), -1);
    qsizetype headerSize = 0;
    if (!reader.next()) {
        result.fatal = reader.hasError() ? u"%1:%2"_s.arg(name, reader.errorString()) : tr("%1 is empty; it needs a header line.").arg(name);
        return result;
    }
    headerSize = reader.fields().size();
    for (qsizetype i = 0; i < headerSize; ++i) {
        const QByteArrayView header = trimmed(reader.fields().at(i));
        int match = -1;
        for (int c = 0; c < ColumnCount; ++c) {
            if (header == columnNames[c])
                match = c;
        }
        if (match < 0) {
            result.fatal = tr("%1:1: header: unknown column \"%2\"; the columns are clinician, date, type, start, end, time_zone, pinned.")
                               .arg(name, text(header));
            return result;
        }
        if (columnAt[match] >= 0) {
            result.fatal = tr("%1:1: header: the column \"%2\" appears twice.").arg(name, text(header));
            return result;
        }
        columnAt[match] = int(i);
    }
    for (int c : {ClinicianCol, DateCol, TypeCol}) {
        if (columnAt[c] < 0) {
            result.fatal = tr("%1:1: header: the column \"%2\" is missing.").arg(name, QString::fromLatin1(columnNames[c]));
            return result;
        }
    }

    qint64 firstId = 0;
    qint64 lastId = 0;
    qint64 rows = 0;
    bool writing = true;
    QDate lastDate;
    QByteArray lastDateText;

    while (reader.next()) {
        const QList<QByteArrayView> &fields = reader.fields();
        const qint64 line = reader.line();
        if (fields.size() == 1 && fields.constFirst().trimmed().isEmpty())
            continue;
        ++rows;
        if (options.progress && (rows & 0xFFFF) == 0)
            options.progress(rows, reader.bytesRead(), totalBytes);

        const qint64 errorsBefore = result.errorCount;
        auto fail = [&](const QString &field, const QString &reason) {
            if (result.errorCount == errorsBefore)
                ++result.errorCount;
            report(line, field, reason);
        };
        if (fields.size() != headerSize) {
            fail(u"row"_s, tr("expected %1 fields as in the header, found %2.").arg(headerSize).arg(fields.size()));
            ++result.skipped;
            continue;
        }
        auto field = [&](Column c) { return columnAt[c] < 0 ? QByteArrayView() : trimmed(fields.at(columnAt[c])); };

        const QByteArrayView clinicianName = field(ClinicianCol);
        const QByteArrayView dateText = field(DateCol);
        QDate date;
        if (dateText == QByteArrayView(lastDateText)) {
            date = lastDate;
        } else if (parseDate(dateText, &date)) {
            lastDate = date;
            lastDateText = dateText.toByteArray();
        } else {
            fail(u"date"_s, tr("\"%1\" is not a valid date (YYYY-MM-DD).").arg(text(dateText)));
        }
        const QByteArrayView typeCode = field(TypeCol);
        if (typeCode.isEmpty())
            fail(u"type"_s, tr("the shift type is empty."));
        const QByteArrayView startText = field(StartCol);
        const QByteArrayView endText = field(EndCol);
        QTime start, end;
        if (!startText.isEmpty() && !parseTime(startText, &start))
            fail(u"start"_s, tr("\"%1\" is not a time (HH:MM, 00:00 to 23:59).").arg(text(startText)));
        if (!endText.isEmpty() && !parseTime(endText, &end))
            fail(u"end"_s, tr("\"%1\" is not a time (HH:MM, 00:00 to 23:59).").arg(text(endText)));
        if (startText.isEmpty() != endText.isEmpty())
            fail(startText.isEmpty() ? u"start"_s : u"end"_s, tr("give both start and end, or neither for a whole-day shift."));
        const QByteArrayView zoneText = field(ZoneCol);
        const ZoneRules *zone = zoneFor(zoneText);
        if (!zone)
            fail(u"time_zone"_s, tr("\"%1\" is not a known time zone (use an IANA name such as Europe/London).")
                                     .arg(text(zoneText.isEmpty() ? QByteArrayView(defaultZone) : zoneText)));
        const QByteArrayView pinnedText = field(PinnedCol);
        bool pinned = false;
        if (pinnedText == "1")
            pinned = true;
        else if (!pinnedText.isEmpty() && pinnedText != "0")
            fail(u"pinned"_s, tr("\"%1\" is not 0 or 1.").arg(text(pinnedText)));

        qint64 startUtc = 0, endUtc = 0;
        const bool timed = !startText.isEmpty();
        if (result.errorCount == errorsBefore && timed) {
            const ZoneRules::Resolution s = zone->toUtc(date, start);
            const QDate endDate = end <= start ? date.addDays(1) : date;
            const ZoneRules::Resolution e = zone->toUtc(endDate, end);
            if (s.kind == ZoneRules::Kind::Gap)
                fail(u"start"_s, tr("%1 does not exist on %2 in %3 because the clocks go forward.")
                                     .arg(text(startText), date.toString(Qt::ISODate), QString::fromUtf8(zone->id())));
            if (e.kind == ZoneRules::Kind::Gap)
                fail(u"end"_s, tr("%1 does not exist on %2 in %3 because the clocks go forward.")
                                   .arg(text(endText), endDate.toString(Qt::ISODate), QString::fromUtf8(zone->id())));
            startUtc = s.utcSecs;
            endUtc = e.utcSecs;
            if (result.errorCount == errorsBefore && endUtc - startUtc > 24 * 3600)
                fail(u"end"_s, tr("the shift would be longer than 24 hours (the clocks go back that night)."));
        }

        // Resolve (and if need be create) the clinician and the shift type only for rows that
        // will be written, so a failed import creates nothing.
        const bool rowValid = result.errorCount == errorsBefore;
        if (!rowValid)
            ++result.skipped;
        if (!rowValid || !writing || (result.errorCount > 0 && !options.skipInvalid)) {
            if (!options.skipInvalid)
                writing = false;
            continue;
        }

        std::optional<qint64> clinicianId;
        if (!clinicianName.isEmpty()) {
            auto it = clinicians.find(bytes(clinicianName));
            if (it != clinicians.end()) {
                clinicianId = it->second;
            } else {
                Clinician clinician;
                clinician.name = text(clinicianName);
                if (const FieldErrors errors = clinician.validate(); !errors.isEmpty()) {
                    fail(u"clinician"_s, errors.constFirst().message);
                    ++result.skipped;
                    if (!options.skipInvalid)
                        writing = false;
                    continue;
                }
                insertClinician.bindText(1, clinicianName);
                if (insertClinician.step() != SQLITE_DONE) {
                    result.fatal = insertClinician.error(name).message;
                    return result;
                }
                clinicianId = insertClinician.lastInsertRowId();
                clinicians.emplace(bytes(clinicianName), *clinicianId);
                result.cliniciansCreated << *clinicianId;
            }
        }

        auto typeIt = types.find(bytes(typeCode));
        if (typeIt == types.end()) {
            ShiftType type;
            type.code = type.name = text(typeCode);
            type.colour = QString::fromLatin1(newTypeColours[typeCount % std::size(newTypeColours)]);
            type.duration_minutes = 480;
            if (const FieldErrors errors = type.validate(); !errors.isEmpty()) {
                fail(u"type"_s, errors.constFirst().message);
                ++result.skipped;
                if (!options.skipInvalid)
                    writing = false;
                continue;
            }
            insertType.bindText(1, typeCode);
            insertType.bindText(2, type.colour.toLatin1());
            insertType.bindInt(3, 100 + typeCount);
            if (insertType.step() != SQLITE_DONE) {
                result.fatal = insertType.error(name).message;
                return result;
            }
            ++typeCount;
            typeIt = types.emplace(bytes(typeCode), TypeInfo{insertType.lastInsertRowId(), 480}).first;
            result.shiftTypesCreated << typeIt->second.id;
        }

        if (clinicianId)
            insertShift.bindInt(1, *clinicianId);
        else
            insertShift.bindNull(1);
        insertShift.bindInt(2, typeIt->second.id);
        insertShift.bindStaticText(3, dateText);
        if (timed) {
            insertShift.bindInt(4, startUtc);
            insertShift.bindInt(5, endUtc);
            insertShift.bindInt(7, (endUtc - startUtc) / 60);
        } else {
            insertShift.bindNull(4);
            insertShift.bindNull(5);
            insertShift.bindInt(7, typeIt->second.nominalMinutes);
        }
        insertShift.bindStaticText(6, zone->idBytes());
        insertShift.bindInt(8, pinned ? 1 : 0);
        if (insertShift.step() != SQLITE_DONE) {
            result.fatal = insertShift.error(name).message;
            return result;
        }
        lastId = insertShift.lastInsertRowId();
        if (firstId == 0)
            firstId = lastId;
        ++result.imported;
    }
    if (reader.hasError()) {
        result.fatal = u"%1:%2"_s.arg(name, reader.errorString());
        return result;
    }
    if (options.progress)
        options.progress(rows, reader.bytesRead(), totalBytes);

    if ((result.errorCount > 0 && !options.skipInvalid) || result.imported == 0) {
        result.imported = 0;
        result.cliniciansCreated.clear();
        result.shiftTypesCreated.clear();
        return result; // the transaction rolls back
    }

    if (rebuildIndexes) {
        if (const int code = indexes.restore(db); code != SQLITE_OK) {
            result.fatal = storageErrorFromSqliteCode(code, QString::fromUtf8(sqlite3_errmsg(db)), name).message;
            return result;
        }
    }

    auto ids = [](const QList<qint64> &list) {
        QJsonArray array;
        for (qint64 id : list)
            array.append(id);
        return array;
    };
    JournalEntry entry;
    entry.record_type = u"import"_s;
    entry.operation = u"import"_s;
    entry.after = {
        {u"kind"_s, u"shifts"_s},
        {u"file"_s, name},
        {u"rows"_s, result.imported},
        {u"skipped"_s, result.skipped},
        {u"first_id"_s, firstId},
        {u"last_id"_s, lastId},
        {u"clinicians_created"_s, ids(result.cliniciansCreated)},
        {u"shift_types_created"_s, ids(result.shiftTypesCreated)},
    };
    if (StorageError error = Journal(m_workspace).append(entry); !error.ok()) {
        result.fatal = error.message;
        return result;
    }
    if (StorageError error = transaction.commit(); !error.ok()) {
        result.fatal = error.message;
        return result;
    }
    result.journalId = entry.id;
    return result;
}
