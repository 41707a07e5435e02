#include "iotestsupport.h"

#include "io/shiftcsvimporter.h"
#include "model/shift.h"
#include "storage/clinicianrepository.h"
#include "storage/journal.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"

#include <QBuffer>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

qint64 utc(QDate date, QTime time, const char *zone)
{
    return QDateTime(date, time, QTimeZone(zone)).toSecsSinceEpoch();
}

const char *const KilledChildOption = "--import-until-killed";
constexpr qint64 RowsBeforeKill = 160000;

// A CSV of `rows` valid shifts for 50 clinicians, big enough for the bulk import path.
void writeBigFile(const QString &path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    QByteArray csv = "clinician,date,type,start,end,time_zone,pinned\n";
    for (int row = 0; row < rows; ++row) {
        csv += "Clinician " + QByteArray::number(row % 50) + ',' + QDate(2026, 1, 1).addDays(row / 50).toString(Qt::ISODate).toLatin1()
               + (row % 3 ? ",D,08:00,16:00,,0\n" : ",N,20:00,08:00,America/Denver,1\n");
    }
    file.write(csv);
}

// Run by the crash test in a child process: imports the file and, well into the import (past
// the page cache, so that the workspace file itself has been written to), says so on stdout
// and waits for stdin, where nothing comes before the parent kills it.
int importUntilKilled(const QString &workspacePath, const QString &csvPath)
{
    StorageError error;
    const auto workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &error);
    if (!workspace)
        return 1;
    ImportOptions options;
    options.progress = [](qint64 rows, qint64, qint64) {
        if (rows < RowsBeforeKill)
            return;
        std::puts("importing");
        std::fflush(stdout);
        std::getchar();
    };
    const ImportResult result = ShiftCsvImporter(*workspace).importFile(csvPath, options);
    return result.ok() ? 0 : 1;
}

QStringList errorFileMessages()
{
    const QString f = u"shifts_errors.csv:"_s;
    return {
        f + u"3: date: \"2026-02-30\" is not a valid date (YYYY-MM-DD)."_s,
        f + u"4: date: \"10/02/2026\" is not a valid date (YYYY-MM-DD)."_s,
        f + u"5: date: The date is missing; give it as YYYY-MM-DD."_s,
        f + u"6: start: \"25:00\" is not a valid time (HH:MM, 00:00 to 23:59)."_s,
        f + u"7: end: A start time is given without an end time; give both, or neither for a whole-day shift."_s,
        f + u"8: start: An end time is given without a start time; give both, or neither for a whole-day shift."_s,
        f + u"9: time_zone: \"Mars/Olympus_Mons\" is not a known time zone (use an IANA name such as Europe/London)."_s,
        f + u"10: start: The start time 01:30 does not exist on 2026-03-29 in Europe/London because the clocks go forward."_s,
        f + u"11: end: The end time 01:15 does not exist on 2026-03-29 in Europe/London because the clocks go forward."_s,
        f + u"12: end: From 23:00 on 2026-10-24 to 23:00 on 2026-10-25 in Europe/London is more than 24 hours because the clocks go back in between."_s,
        f + u"13: pinned: \"yes\" is not a valid pinned value; use 1 for pinned, 0 or nothing for not pinned."_s,
        f + u"14: The row has 4 fields but the header has 7."_s,
        f + u"15: type: The shift type is missing; give its code, such as D or N."_s,
        f + u"16: type: The code \"LONGCODE9\" has 9 characters; a code has at most 8."_s,
        f + u"17: clinician: A quote (\") appears inside a field that does not start with one; put the whole field in quotes and write the quote twice."_s,
        f + u"18: The row has 8 fields but the header has 7."_s,
        f + u"19: date: The date 2200-01-01 is outside the years 1900 to 2199."_s,
        f + u"20: clinician: The name contains a line break, a tab or another control character."_s,
        f + u"20: date: \"2026-02-31\" is not a valid date (YYYY-MM-DD)."_s,
        f + u"22: pinned: \"2\" is not a valid pinned value; use 1 for pinned, 0 or nothing for not pinned."_s,
        f + u"23: type: The code \"N N\" contains a space; codes are written without spaces."_s,
    };
}

} // namespace

class TestShiftCsvImporter : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_ada = 0;
    qint64 m_day = 0;

    ImportResult importText(const QByteArray &csv, const ImportOptions &options = {})
    {
        QByteArray data = csv;
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        return ShiftCsvImporter(*m_workspace).import(buffer, u"x.csv"_s, data.size(), options);
    }

    QList<Shift> shifts() const
    {
        return ShiftRepository(*m_workspace).inWindow(QDate(1900, 1, 1), QDate(2199, 12, 31));
    }

    struct Counts
    {
        qint64 shifts, clinicians, types, journal;
        bool operator==(const Counts &) const = default;
    };
    Counts counts() const
    {
        return {IoTest::rows(*m_workspace, "shifts"), IoTest::rows(*m_workspace, "clinicians"),
                IoTest::rows(*m_workspace, "shift_types"), Journal(*m_workspace).count()};
    }

private slots:
    // Each test starts with a workspace in Europe/London holding Ada Lovelace and the day type D,
    // which does not count as worked (so that the import is seen to copy that from the type).
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_workspace = IoTest::createWorkspace(m_dir->filePath(u"import.rota"_s));
        QVERIFY(m_workspace);
        Clinician ada;
        ada.name = u"Ada Lovelace"_s;
        QVERIFY(ClinicianRepository(*m_workspace).create(ada).ok());
        m_ada = ada.id;
        ShiftType day;
        day.code = u"D"_s;
        day.name = u"Day"_s;
        day.colour = u"#0072B2"_s;
        day.start_time = QTime(8, 0);
        day.end_time = QTime(16, 0);
        day.duration_minutes = 480;
        day.counts_as_worked = false;
        QVERIFY(ShiftTypeRepository(*m_workspace).create(day).ok());
        m_day = day.id;
    }

    void cleanup()
    {
        m_workspace.reset();
        m_dir.reset();
    }

    void importsAValidFile()
    {
        const qint64 journalBefore = Journal(*m_workspace).count();
        const ImportResult result = ShiftCsvImporter(*m_workspace).importFile(IoTest::fixture(u"shifts_valid.csv"_s));
        QCOMPARE(result.errors, QStringList());
        QVERIFY(result.fatal.isEmpty());
        QVERIFY(result.ok());
        QCOMPARE(result.imported, 5);
        QCOMPARE(result.skipped, 0);
        QCOMPARE(result.cliniciansCreated.size(), 2);
        QCOMPARE(result.shiftTypesCreated.size(), 3);

        const QList<Shift> stored = shifts();
        QCOMPARE(stored.size(), 5);
        const auto grace = ClinicianRepository(*m_workspace).findByName(u"Hopper, Grace"_s);
        const auto bones = ClinicianRepository(*m_workspace).findByName(u"Dr \"Bones\" McCoy"_s);
        QVERIFY(grace && bones);
        QCOMPARE(result.cliniciansCreated, (QList<qint64>{grace->id, bones->id}));
        const ShiftTypeRepository types(*m_workspace);
        const auto night = types.findByCode(u"N"_s);
        const auto onCall = types.findByCode(u"OC"_s);
        const auto longDay = types.findByCode(u"LD"_s);
        QVERIFY(night && onCall && longDay);
        QCOMPARE(result.shiftTypesCreated, (QList<qint64>{night->id, onCall->id, longDay->id}));

        // Ordered by date, clinician (open shifts first) and start.
        const Shift &adaDay = stored.at(0);
        QCOMPARE(adaDay.clinician_id, m_ada);
        QCOMPARE(adaDay.shift_type_id, m_day);
        QCOMPARE(adaDay.date, QDate(2026, 2, 10));
        QCOMPARE(adaDay.start_utc, utc(QDate(2026, 2, 10), QTime(8, 0), "Europe/London"));
        QCOMPARE(adaDay.end_utc, utc(QDate(2026, 2, 10), QTime(16, 0), "Europe/London"));
        QCOMPARE(adaDay.time_zone, "Europe/London"_ba); // the workspace's zone, as the row gave none
        QCOMPARE(adaDay.duration_minutes, 480);
        QVERIFY(!adaDay.is_pinned);
        QVERIFY(!adaDay.counts_as_worked);
        QCOMPARE(adaDay.created_by, u"coordinator"_s);
        QCOMPARE(adaDay.created_at, u"2026-03-18T07:30:00Z"_s);

        const Shift &graceNight = stored.at(1);
        QCOMPARE(graceNight.clinician_id, grace->id);
        QCOMPARE(graceNight.shift_type_id, night->id);
        QCOMPARE(graceNight.end_utc, utc(QDate(2026, 2, 11), QTime(8, 30), "Europe/London"));
        QCOMPARE(graceNight.duration_minutes, 750);
        QVERIFY(graceNight.is_pinned);
        QVERIFY(graceNight.counts_as_worked);

        const Shift &openDay = stored.at(2);
        QVERIFY(openDay.isOpen());
        QCOMPARE(openDay.date, QDate(2026, 2, 11));

        const Shift &bonesOnCall = stored.at(3);
        QCOMPARE(bonesOnCall.clinician_id, bones->id);
        QVERIFY(!bonesOnCall.isTimed());
        QCOMPARE(bonesOnCall.time_zone, "America/Denver"_ba);
        QCOMPARE(bonesOnCall.duration_minutes, 480);

        const Shift &adaLongDay = stored.at(4); // the row had spaces around its values
        QCOMPARE(adaLongDay.clinician_id, m_ada);
        QCOMPARE(adaLongDay.date, QDate(2026, 2, 12));
        QCOMPARE(adaLongDay.duration_minutes, 750);

        for (const Shift &shift : stored)
            QCOMPARE(shift.validate(), FieldErrors());

        // One journal entry for the whole import.
        QCOMPARE(Journal(*m_workspace).count(), journalBefore + 1);
        const JournalEntry entry = Journal(*m_workspace).entries(journalBefore).constFirst();
        QCOMPARE(entry.id, result.journalId);
        QCOMPARE(entry.record_type, u"import"_s);
        QCOMPARE(entry.operation, u"import"_s);
        QCOMPARE(entry.user, u"coordinator"_s);
        const QJsonObject expected{
            {u"table"_s, u"shifts"_s},
            {u"file"_s, u"shifts_valid.csv"_s},
            {u"rows"_s, 5},
            {u"skipped"_s, 0},
            {u"first_id"_s, stored.at(0).id},
            {u"last_id"_s, stored.at(0).id + 4},
            {u"clinicians_created"_s, QJsonArray{grace->id, bones->id}},
            {u"shift_types_created"_s, QJsonArray{night->id, onCall->id, longDay->id}},
        };
        QCOMPARE(entry.after, expected);
    }

    void createdShiftTypesGetColoursAndOrder()
    {
        const ImportResult result = importText("clinician,date,type\nAda Lovelace,2026-02-10,X1\nAda Lovelace,2026-02-10,X2\n");
        QVERIFY(result.ok());
        const ShiftTypeRepository types(*m_workspace);
        const auto first = types.findByCode(u"X1"_s);
        const auto second = types.findByCode(u"X2"_s);
        QVERIFY(first && second);
        QCOMPARE(first->name, u"X1"_s);
        QVERIFY(first->isWholeDay());
        QCOMPARE(first->duration_minutes, 480);
        // D holds the palette's first colour; new types take the next ones, after it in order.
        QCOMPARE(first->colour, u"#E69F00"_s);
        QCOMPARE(second->colour, u"#009E73"_s);
        QCOMPARE(first->sort_order, 1);
        QCOMPARE(second->sort_order, 2);
        QCOMPARE(first->validate(), FieldErrors());
    }

    void reportsEveryErrorAndWritesNothing()
    {
        const Counts before = counts();
        const ImportResult result = ShiftCsvImporter(*m_workspace).importFile(IoTest::fixture(u"shifts_errors.csv"_s));
        QCOMPARE(result.errors, errorFileMessages());
        QCOMPARE(result.errorCount, 20);
        QCOMPARE(result.skipped, 20);
        QCOMPARE(result.unlistedErrors, 0);
        QVERIFY(result.fatal.isEmpty());
        QVERIFY(!result.ok());
        QCOMPARE(result.imported, 0);
        QVERIFY(result.wroteNothing());
        QVERIFY(result.cliniciansCreated.isEmpty());
        QVERIFY(result.shiftTypesCreated.isEmpty());
        QCOMPARE(counts(), before);
    }

    void skipInvalidImportsTheValidRows()
    {
        const Counts before = counts();
        ImportOptions options;
        options.skipInvalid = true;
        const ImportResult result = ShiftCsvImporter(*m_workspace).importFile(IoTest::fixture(u"shifts_errors.csv"_s), options);
        QCOMPARE(result.errors, errorFileMessages());
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.skipped, 20);
        QVERIFY(result.journalId > 0);
        // Only the valid rows create what they need: N is used by invalid rows first, Multi/line never.
        const auto grace = ClinicianRepository(*m_workspace).findByName(u"Grace Hopper"_s);
        const auto night = ShiftTypeRepository(*m_workspace).findByCode(u"N"_s);
        QVERIFY(grace && night);
        QCOMPARE(result.cliniciansCreated, QList<qint64>{grace->id});
        QCOMPARE(result.shiftTypesCreated, QList<qint64>{night->id});
        QCOMPARE(counts(), (Counts{before.shifts + 2, before.clinicians + 1, before.types + 1, before.journal + 1}));
        const QJsonObject after = Journal(*m_workspace).entries(before.journal).constFirst().after;
        QCOMPARE(after.value(u"rows"_s).toInteger(), 2);
        QCOMPARE(after.value(u"skipped"_s).toInteger(), 20);
    }

    void errorListIsCappedAndTheRestCounted()
    {
        ImportOptions options;
        options.maxErrors = 5;
        const ImportResult result = ShiftCsvImporter(*m_workspace).importFile(IoTest::fixture(u"shifts_errors.csv"_s), options);
        QCOMPARE(result.errors, errorFileMessages().mid(0, 5));
        QCOMPARE(result.unlistedErrors, errorFileMessages().size() - 5);
        QCOMPARE(result.errorCount, 20);
    }

    void headerProblems_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QStringList>("errors");
        QTest::addColumn<QString>("fatal");

        const QString headerFatal = u"x.csv was not imported because of the problems in its header line."_s;
        QTest::newRow("unknown column")
            << "clinician,date,type,colour\nAda Lovelace,2026-02-10,D,red\n"_ba
            << QStringList{u"x.csv:1: colour: \"colour\" is not a column of this file; the columns are clinician, date, type, start, end, time_zone, pinned."_s}
            << headerFatal;
        QTest::newRow("missing required columns")
            << "clinician,pinned\n"_ba
            << QStringList{u"x.csv:1: date: The header has no \"date\" column, which is required."_s,
                           u"x.csv:1: type: The header has no \"type\" column, which is required."_s}
            << headerFatal;
        QTest::newRow("column twice") << "clinician,date,type,date\n"_ba
                                      << QStringList{u"x.csv:1: date: The column \"date\" appears twice in the header."_s}
                                      << headerFatal;
        QTest::newRow("start without end")
            << "clinician,date,type,start\n"_ba
            << QStringList{u"x.csv:1: end: The header has a \"start\" column but no \"end\" column; give both or neither."_s}
            << headerFatal;
        QTest::newRow("empty file") << QByteArray() << QStringList()
                                    << u"x.csv has no header line; its first line must name the columns (clinician, date, type, start, end, time_zone, pinned)."_s;
        QTest::newRow("quote in the header")
            << "clinician,da\"te,type\n"_ba
            << QStringList{u"x.csv:1: A quote (\") appears inside a field that does not start with one; put the whole field in quotes and write the quote twice."_s}
            << u"x.csv could not be imported because its header line is not valid CSV."_s;
        QTest::newRow("unterminated quote")
            << "clinician,date,type\nAda Lovelace,2026-02-10,D\n\"Ada,2026-02-11,D\nAda Lovelace,2026-02-12,D\n"_ba
            << QStringList{u"x.csv:3: clinician: The quoted field that starts on this line is never closed: a closing quote (\") is missing."_s}
            << u"x.csv could not be read to its end; nothing was imported."_s;
    }

    void headerProblems()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QStringList, errors);
        QFETCH(QString, fatal);
        const Counts before = counts();
        ImportOptions options;
        options.skipInvalid = true; // even so, nothing can be imported
        const ImportResult result = importText(csv, options);
        QCOMPARE(result.errors, errors);
        QCOMPARE(result.fatal, fatal);
        QVERIFY(!result.ok());
        QVERIFY(result.wroteNothing());
        QCOMPARE(result.imported, 0);
        QCOMPARE(counts(), before);
    }

    void headerNamesIgnoreCaseAndSpaces()
    {
        const ImportResult result = importText("Clinician, DATE ,Type\r\nAda Lovelace,2026-02-10,D\r\n");
        QCOMPARE(result.errors, QStringList());
        QCOMPARE(result.imported, 1);
        QVERIFY(!shifts().constFirst().isTimed());
    }

    void headerOnlyWritesNothing()
    {
        const Counts before = counts();
        const ImportResult result = importText("clinician,date,type,start,end,time_zone,pinned\n\n");
        QVERIFY(result.ok());
        QCOMPARE(result.imported, 0);
        QVERIFY(result.wroteNothing());
        QCOMPARE(counts(), before);
    }

    void timesAcrossClockChanges_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<qint64>("start");
        QTest::addColumn<qint64>("end");
        QTest::addColumn<int>("minutes");

        const QDate springLondon(2026, 3, 29), autumnLondon(2026, 10, 25);
        const QDate springDenver(2026, 3, 8), autumnDenver(2026, 11, 1);
        QTest::newRow("London night into summer time")
            << "2026-03-28,20:00,08:00,Europe/London"_ba << utc(springLondon.addDays(-1), QTime(20, 0), "Europe/London")
            << utc(springLondon, QTime(8, 0), "Europe/London") << 11 * 60;
        QTest::newRow("London night out of summer time")
            << "2026-10-24,20:00,08:00,Europe/London"_ba << utc(autumnLondon.addDays(-1), QTime(20, 0), "Europe/London")
            << utc(autumnLondon, QTime(8, 0), "Europe/London") << 13 * 60;
        QTest::newRow("London start in the repeated hour takes the first")
            << "2026-10-25,01:30,09:00,Europe/London"_ba << qint64(QDateTime(autumnLondon, QTime(0, 30), QTimeZone::utc()).toSecsSinceEpoch())
            << utc(autumnLondon, QTime(9, 0), "Europe/London") << 510;
        QTest::newRow("London day that is 23 hours long")
            << "2026-03-29,06:00,06:00,Europe/London"_ba << utc(springLondon, QTime(6, 0), "Europe/London")
            << utc(springLondon.addDays(1), QTime(6, 0), "Europe/London") << 24 * 60;
        QTest::newRow("London start just after the jump")
            << "2026-03-29,02:00,10:00,Europe/London"_ba << qint64(QDateTime(springLondon, QTime(1, 0), QTimeZone::utc()).toSecsSinceEpoch())
            << utc(springLondon, QTime(10, 0), "Europe/London") << 480;
        QTest::newRow("Denver night into summer time")
            << "2026-03-07,19:00,07:00,America/Denver"_ba << utc(springDenver.addDays(-1), QTime(19, 0), "America/Denver")
            << utc(springDenver, QTime(7, 0), "America/Denver") << 11 * 60;
        QTest::newRow("Denver night out of summer time")
            << "2026-10-31,19:00,07:00,America/Denver"_ba << utc(autumnDenver.addDays(-1), QTime(19, 0), "America/Denver")
            << utc(autumnDenver, QTime(7, 0), "America/Denver") << 13 * 60;
        QTest::newRow("Denver start in the repeated hour takes the first")
            << "2026-11-01,01:30,09:30,America/Denver"_ba << qint64(QDateTime(autumnDenver, QTime(7, 30), QTimeZone::utc()).toSecsSinceEpoch())
            << utc(autumnDenver, QTime(9, 30), "America/Denver") << 9 * 60;
        QTest::newRow("Denver 24 hours from the morning of the change")
            << "2026-03-08,08:00,08:00,America/Denver"_ba << utc(springDenver, QTime(8, 0), "America/Denver")
            << utc(springDenver.addDays(1), QTime(8, 0), "America/Denver") << 24 * 60;
        QTest::newRow("one minute to midnight") << "2026-06-01,23:59,00:00,America/Denver"_ba
                                                << utc(QDate(2026, 6, 1), QTime(23, 59), "America/Denver")
                                                << utc(QDate(2026, 6, 2), QTime(0, 0), "America/Denver") << 1;
    }

    void timesAcrossClockChanges()
    {
        QFETCH(QByteArray, row);
        QFETCH(qint64, start);
        QFETCH(qint64, end);
        QFETCH(int, minutes);
        const ImportResult result = importText("clinician,date,start,end,time_zone,type\nAda Lovelace," + row + ",N\n");
        QCOMPARE(result.errors, QStringList());
        QCOMPARE(result.imported, 1);
        const Shift shift = shifts().constFirst();
        QCOMPARE(shift.start_utc, start);
        QCOMPARE(shift.end_utc, end);
        QCOMPARE(shift.duration_minutes, minutes);
    }

    void rowErrorsAtClockChanges_data()
    {
        QTest::addColumn<QByteArray>("row");
        QTest::addColumn<QString>("error");

        QTest::newRow("Denver start in the skipped hour")
            << "2026-03-08,02:30,10:00,America/Denver"_ba
            << u"x.csv:2: start: The start time 02:30 does not exist on 2026-03-08 in America/Denver because the clocks go forward."_s;
        QTest::newRow("Denver end in the skipped hour")
            << "2026-03-07,22:00,02:15,America/Denver"_ba
            << u"x.csv:2: end: The end time 02:15 does not exist on 2026-03-08 in America/Denver because the clocks go forward."_s;
        QTest::newRow("Denver 25 hours")
            << "2026-10-31,12:00,12:00,America/Denver"_ba
            << u"x.csv:2: end: From 12:00 on 2026-10-31 to 12:00 on 2026-11-01 in America/Denver is more than 24 hours because the clocks go back in between."_s;
        QTest::newRow("London start in the skipped hour")
            << "2026-03-29,01:00,08:00,Europe/London"_ba
            << u"x.csv:2: start: The start time 01:00 does not exist on 2026-03-29 in Europe/London because the clocks go forward."_s;
    }

    void rowErrorsAtClockChanges()
    {
        QFETCH(QByteArray, row);
        QFETCH(QString, error);
        const ImportResult result = importText("clinician,date,start,end,time_zone,type\nAda Lovelace," + row + ",N\n");
        QCOMPARE(result.errors, QStringList{error});
        QCOMPARE(result.imported, 0);
        QCOMPARE(IoTest::rows(*m_workspace, "shifts"), 0);
    }

    // The import checks the common rows without building a Shift; whatever it accepts must be
    // exactly what Shift::setLocalTimes() and Shift::validate() accept, with the same instants.
    void acceptsExactlyWhatTheModelAccepts_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QByteArray>("zone");

        const QTime none;
        QTest::newRow("plain day") << QDate(2026, 2, 10) << QTime(8, 0) << QTime(16, 0) << "Europe/London"_ba;
        QTest::newRow("24 hours") << QDate(2026, 2, 10) << QTime(8, 0) << QTime(8, 0) << "Europe/London"_ba;
        QTest::newRow("midnight to midnight") << QDate(2026, 2, 10) << QTime(0, 0) << QTime(0, 0) << "UTC"_ba;
        QTest::newRow("one minute") << QDate(2026, 2, 10) << QTime(23, 59) << QTime(0, 0) << "Asia/Kolkata"_ba;
        QTest::newRow("London gap start") << QDate(2026, 3, 29) << QTime(1, 0) << QTime(9, 0) << "Europe/London"_ba;
        QTest::newRow("London gap end") << QDate(2026, 3, 28) << QTime(20, 0) << QTime(1, 59) << "Europe/London"_ba;
        QTest::newRow("London repeated start") << QDate(2026, 10, 25) << QTime(1, 0) << QTime(8, 0) << "Europe/London"_ba;
        QTest::newRow("London repeated end") << QDate(2026, 10, 24) << QTime(18, 0) << QTime(1, 59) << "Europe/London"_ba;
        QTest::newRow("London 25 hours") << QDate(2026, 10, 24) << QTime(9, 0) << QTime(9, 0) << "Europe/London"_ba;
        QTest::newRow("London 23 hours") << QDate(2026, 3, 28) << QTime(9, 0) << QTime(9, 0) << "Europe/London"_ba;
        QTest::newRow("London repeated hour to itself") << QDate(2026, 10, 25) << QTime(1, 30) << QTime(1, 30) << "Europe/London"_ba;
        QTest::newRow("Denver gap start") << QDate(2026, 3, 8) << QTime(2, 0) << QTime(10, 0) << "America/Denver"_ba;
        QTest::newRow("Denver repeated both") << QDate(2026, 11, 1) << QTime(1, 10) << QTime(1, 50) << "America/Denver"_ba;
        QTest::newRow("Denver repeated, end before start") << QDate(2026, 11, 1) << QTime(1, 50) << QTime(1, 10) << "America/Denver"_ba;
        QTest::newRow("Dublin winter time is the exception") << QDate(2026, 10, 24) << QTime(22, 0) << QTime(6, 0) << "Europe/Dublin"_ba;
        QTest::newRow("Lord Howe half-hour change") << QDate(2026, 10, 4) << QTime(2, 0) << QTime(2, 15) << "Australia/Lord_Howe"_ba;
        QTest::newRow("Chatham quarter hours") << QDate(2026, 4, 5) << QTime(2, 45) << QTime(2, 30) << "Pacific/Chatham"_ba;
        QTest::newRow("Samoa skipped a whole day") << QDate(2011, 12, 30) << QTime(8, 0) << QTime(16, 0) << "Pacific/Apia"_ba;
        QTest::newRow("Samoa overnight over the missing day") << QDate(2011, 12, 29) << QTime(20, 0) << QTime(4, 0) << "Pacific/Apia"_ba;
        QTest::newRow("first supported day, east of UTC") << QDate(1900, 1, 1) << QTime(0, 30) << QTime(8, 0) << "Asia/Tokyo"_ba;
        QTest::newRow("first supported day, west of UTC") << QDate(1900, 1, 1) << QTime(0, 30) << QTime(8, 0) << "America/Denver"_ba;
        QTest::newRow("last supported day, into 2200") << QDate(2199, 12, 31) << QTime(20, 0) << QTime(4, 0) << "America/Denver"_ba;
        QTest::newRow("last supported day, east of UTC") << QDate(2199, 12, 31) << QTime(20, 0) << QTime(4, 0) << "Asia/Tokyo"_ba;
        QTest::newRow("before the supported years") << QDate(1899, 12, 31) << QTime(8, 0) << QTime(16, 0) << "UTC"_ba;
        QTest::newRow("after the supported years") << QDate(2200, 1, 1) << QTime(8, 0) << QTime(16, 0) << "UTC"_ba;
        QTest::newRow("whole day") << QDate(2026, 3, 29) << none << none << "Europe/London"_ba;
        QTest::newRow("whole day, first supported") << QDate(1900, 1, 1) << none << none << "Asia/Tokyo"_ba;
        QTest::newRow("whole day, after the supported years") << QDate(2200, 1, 1) << none << none << "UTC"_ba;
        QTest::newRow("whole day, long ago") << QDate(1066, 10, 14) << none << none << "Europe/London"_ba;
    }

    void acceptsExactlyWhatTheModelAccepts()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QByteArray, zone);

        Shift model;
        model.clinician_id = m_ada;
        model.shift_type_id = m_day;
        FieldErrors modelErrors;
        if (start.isValid())
            modelErrors = model.setLocalTimes(date, start, end, zone);
        else
            model.setWholeDay(date, zone, 480);
        if (modelErrors.isEmpty())
            modelErrors = model.validate();

        const QByteArray times = start.isValid() ? start.toString(u"HH:mm"_s).toLatin1() + ',' + end.toString(u"HH:mm"_s).toLatin1() : ",";
        const ImportResult result = importText("clinician,date,type,start,end,time_zone\nAda Lovelace,"
                                               + date.toString(Qt::ISODate).toLatin1() + ",D," + times + ',' + zone + '\n');
        QCOMPARE(result.errors.isEmpty(), modelErrors.isEmpty());
        if (!modelErrors.isEmpty()) {
            QCOMPARE(result.errors.size(), modelErrors.size());
            for (qsizetype i = 0; i < modelErrors.size(); ++i)
                QVERIFY2(result.errors.at(i).endsWith(modelErrors.at(i).message), qPrintable(result.errors.at(i)));
            return;
        }
        const Shift imported = shifts().constFirst();
        QCOMPARE(imported.date, model.date);
        QCOMPARE(imported.start_utc, model.start_utc);
        QCOMPARE(imported.end_utc, model.end_utc);
        QCOMPARE(imported.duration_minutes, model.duration_minutes);
        QCOMPARE(imported.time_zone, model.time_zone);
        QCOMPARE(imported.validate(), FieldErrors());
    }

    void emptyZoneUsesTheWorkspaceZone()
    {
        QVERIFY(m_workspace->setSetting(u"time_zone"_s, u"America/Denver"_s).ok());
        QVERIFY(importText("clinician,date,type,start,end,time_zone\nAda Lovelace,2026-07-01,D,08:00,16:00,\n").ok());
        const Shift shift = shifts().constFirst();
        QCOMPARE(shift.time_zone, "America/Denver"_ba);
        QCOMPARE(shift.start_utc, utc(QDate(2026, 7, 1), QTime(8, 0), "America/Denver"));

        QVERIFY(m_workspace->setSetting(u"time_zone"_s, u"Nowhere/Land"_s).ok());
        const ImportResult result = importText("clinician,date,type\nAda Lovelace,2026-07-02,D\n");
        QCOMPARE(result.errors,
                 QStringList{u"x.csv:2: time_zone: The workspace's time zone \"Nowhere/Land\" is not known; give a time zone in this row."_s});
    }

    void reportsProgress()
    {
        QFile file(IoTest::fixture(u"shifts_valid.csv"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QList<std::array<qint64, 3>> calls;
        ImportOptions options;
        options.progress = [&calls](qint64 rows, qint64 bytes, qint64 total) { calls.append({rows, bytes, total}); };
        const ImportResult result = ShiftCsvImporter(*m_workspace).import(file, u"shifts_valid.csv"_s, file.size(), options);
        QVERIFY(result.ok());
        QVERIFY(!calls.isEmpty());
        QCOMPARE(calls.constLast(), (std::array<qint64, 3>{5, file.size(), file.size()}));
    }

    void unreadableFileIsReported()
    {
        const ImportResult result = ShiftCsvImporter(*m_workspace).importFile(m_dir->filePath(u"missing.csv"_s));
        QVERIFY(result.fatal.startsWith(m_dir->filePath(u"missing.csv"_s) + u" cannot be read: "_s));
        QVERIFY(result.wroteNothing());
    }

    // Past a few ten thousand rows the import drops and rebuilds the shifts indexes, leaves the
    // WAL for a rollback journal and checks no foreign keys; afterwards all is as it was.
    void bigImportLeavesTheWorkspaceAsItWas()
    {
        const QByteArray cacheBefore = IoTest::pragma(*m_workspace, "cache_size");
        const QString path = m_dir->filePath(u"big.csv"_s);
        constexpr int Rows = 70000;
        writeBigFile(path, Rows);
        const qint64 journalBefore = Journal(*m_workspace).count();
        const ImportResult result = ShiftCsvImporter(*m_workspace).importFile(path);
        QCOMPARE(result.errors, QStringList());
        QCOMPARE(result.imported, Rows);
        QCOMPARE(result.cliniciansCreated.size(), 50);
        QCOMPARE(Journal(*m_workspace).count(), journalBefore + 1);
        QCOMPARE(IoTest::pragma(*m_workspace, "journal_mode"), "wal"_ba);
        QCOMPARE(IoTest::pragma(*m_workspace, "foreign_keys"), "1"_ba);
        QCOMPARE(IoTest::pragma(*m_workspace, "cache_size"), cacheBefore);
        QCOMPARE(m_workspace->integrityProblems(), QStringList());
        QSqlQuery indexes(m_workspace->database());
        QVERIFY(indexes.exec(u"SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'shifts' ORDER BY name"_s));
        QStringList names;
        while (indexes.next())
            names << indexes.value(0).toString();
        QCOMPARE(names, (QStringList{u"shifts_claim_code"_s, u"shifts_clinician_date"_s, u"shifts_date"_s, u"shifts_series"_s,
                                     u"shifts_server_id"_s}));
        QCOMPARE(ShiftRepository(*m_workspace).countInWindow(QDate(2026, 1, 1), QDate(2026, 1, 10)), 500);

        // A big import with one bad row at its end writes nothing and keeps the indexes.
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write("Clinician 1,2026-13-01,D,08:00,16:00,,0\n");
        file.close();
        const qint64 shiftsBefore = IoTest::rows(*m_workspace, "shifts");
        const ImportResult failed = ShiftCsvImporter(*m_workspace).importFile(path);
        QCOMPARE(failed.errors, QStringList{u"big.csv:70002: date: \"2026-13-01\" is not a valid date (YYYY-MM-DD)."_s});
        QCOMPARE(IoTest::rows(*m_workspace, "shifts"), shiftsBefore);
        QCOMPARE(IoTest::pragma(*m_workspace, "journal_mode"), "wal"_ba);
        QCOMPARE(IoTest::pragma(*m_workspace, "foreign_keys"), "1"_ba);
        QCOMPARE(m_workspace->integrityProblems(), QStringList());
        QCOMPARE(ShiftRepository(*m_workspace).countInWindow(QDate(2026, 1, 1), QDate(2026, 1, 10)), 500);
    }

    // A big import runs with a rollback journal instead of the WAL. Killed half way, after it
    // has written to the workspace file, it must leave nothing behind once the file is opened again.
    void killedBigImportLeavesNothing()
    {
        const QString workspacePath = m_workspace->path();
        const QString csvPath = m_dir->filePath(u"big.csv"_s);
        writeBigFile(csvPath, 200000);
        const Counts before = counts();
        m_workspace.reset(); // the child must be the only connection, or SQLite keeps the WAL
        const qint64 sizeBefore = QFileInfo(workspacePath).size();

        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(KilledChildOption), workspacePath, csvPath});
        QVERIFY(child.waitForStarted());
        while (!child.canReadLine() && child.state() == QProcess::Running)
            child.waitForReadyRead(-1);
        QCOMPARE(child.readLine(), "importing\n"_ba);
        QVERIFY2(QFile::exists(workspacePath + u"-journal"_s), "the import does not run with a rollback journal");
        child.kill();
        QVERIFY(child.waitForFinished());
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QVERIFY2(QFileInfo(workspacePath).size() > sizeBefore, "the killed import had not written to the workspace file yet");

        StorageError error;
        m_workspace = Workspace::open(workspacePath, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY2(m_workspace, qPrintable(error.message));
        QCOMPARE(counts(), before);
        QCOMPARE(m_workspace->integrityProblems(), QStringList());
        QCOMPARE(IoTest::pragma(*m_workspace, "journal_mode"), "wal"_ba);
        QVERIFY(!QFile::exists(workspacePath + u"-journal"_s));
        QSqlQuery indexes(m_workspace->database());
        QVERIFY(indexes.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'shifts'"_s));
        QVERIFY(indexes.next());
        QCOMPARE(indexes.value(0).toInt(), 5);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], KilledChildOption) == 0)
        return importUntilKilled(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    TestShiftCsvImporter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_shiftcsvimporter.moc"
