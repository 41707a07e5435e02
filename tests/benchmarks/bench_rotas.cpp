// Times the rota status of a busy volunteer organisation against the plain sqlite3 read of the rows
// it needs, in one run:
//
//  - status: 100 rotas, each on its own weekly pattern of three timeslots on six days a week,
//    with a year of shifts (about 150,000) on them; the status of every rota and day of the year;
//    the reference reads the year's shifts of those rotas with the sqlite3 C API.
//
//  - series: 10,000 repeating shifts (daily, weekly on one to three weekdays, monthly; every one
//    to three; begun up to three years before, some ending) expanded over a year; the reference
//    is libical's iterator over the same rules. The occurrences as timed shifts (local times
//    through the time zone) are timed too.
//
//   bench_rotas [RUNS]      default 9 runs each; prints medians and ratios
//
// Targets: status < 100 ms; series < 200 ms.

#include "benchsupport.h"
#include "calendar/rotastatus.h"
#include "calendar/seriesexpander.h"
#include "storage/clinicianrepository.h"
#include "storage/rotarepository.h"
#include "storage/shiftpatternrepository.h"
#include "storage/shiftrepository.h"
#include "storage/shifttyperepository.h"
#include "storage/timeslotrepository.h"
#include "storage/transaction.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <cstdio>
#include <libical/ical.h>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using Bench::report;
using Bench::timeRuns;

namespace {

const QDate YearStart(2027, 1, 1);

void check(const StorageError &error)
{
    if (!error.ok())
        qFatal("%s", qPrintable(error.message));
}

// 100 rotas of three daySlots (morning, afternoon, evening) from Monday to Saturday, each slot filled
// by 0 to 4 of 400 volunteers on each day of the year.
void buildRotas(Workspace &workspace, QRandomGenerator &random)
{
    Transaction transaction(workspace);
    ShiftType type;
    type.code = u"V"_s;
    type.name = u"Volunteer"_s;
    type.colour = u"#009E73"_s;
    type.start_time = QTime(9, 0);
    type.end_time = QTime(13, 0);
    type.duration_minutes = 240;
    check(ShiftTypeRepository(workspace).create(type));
    QList<qint64> people;
    for (int i = 0; i < 400; ++i) {
        Clinician volunteer;
        volunteer.name = u"Volunteer %1"_s.arg(i, 3, 10, QChar(u'0'));
        check(ClinicianRepository(workspace).create(volunteer));
        people << volunteer.id;
    }
    const QTime starts[3] = {QTime(9, 0), QTime(13, 0), QTime(17, 0)};
    QList<Shift> shifts;
    for (int r = 0; r < 100; ++r) {
        ShiftPattern pattern;
        pattern.name = u"Pattern %1"_s.arg(r);
        check(ShiftPatternRepository(workspace).create(pattern));
        QHash<int, QList<qint64>> slotsByWeekday;
        for (int weekday = 1; weekday <= 6; ++weekday) {
            for (const QTime &start : starts) {
                Timeslot slot;
                slot.shift_pattern_id = pattern.id;
                slot.weekday = weekday;
                slot.start_time = start;
                slot.end_time = start.addSecs(4 * 3600);
                slot.shift_type_id = type.id;
                slot.minimum = 1;
                slot.ideal = 2;
                slot.maximum = 3;
                check(TimeslotRepository(workspace).create(slot));
                slotsByWeekday[weekday] << slot.id;
            }
        }
        Rota rota;
        rota.name = u"Rota %1"_s.arg(r, 3, 10, QChar(u'0'));
        rota.shift_pattern_id = pattern.id;
        rota.start_date = YearStart.addDays(-30);
        check(RotaRepository(workspace).create(rota));
        for (QDate date = YearStart; date.year() == YearStart.year(); date = date.addDays(1)) {
            const QList<qint64> daySlots = slotsByWeekday.value(date.dayOfWeek());
            for (qsizetype s = 0; s < daySlots.size(); ++s) {
                const int volunteers = int(random.bounded(5));
                for (int p = 0; p < volunteers; ++p) {
                    Shift shift;
                    shift.clinician_id = people.at(int(random.bounded(qsizetype(people.size()))));
                    shift.shift_type_id = type.id;
                    if (!shift.setLocalTimes(date, starts[s], starts[s].addSecs(4 * 3600), "Europe/London").isEmpty())
                        qFatal("bad shift times");
                    shift.rota_id = rota.id;
                    shift.timeslot_id = daySlots.at(s);
                    shifts << shift;
                }
            }
        }
    }
    check(ShiftRepository(workspace).insertBulk(shifts));
    check(transaction.commit());
    std::printf("%lld shifts on 100 rotas\n", qlonglong(shifts.size()));
}

// The rows the status needs, read with the sqlite3 C API and summed so that nothing is skipped.
qint64 readWithSqlite(const QString &path, const QByteArray &from, const QByteArray &to)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("reference cannot open %s", qPrintable(path));
    sqlite3_stmt *statement = nullptr;
    const char *sql = "SELECT rota_id, date, timeslot_id, shift_type_id FROM shifts WHERE date BETWEEN ?1 AND ?2 AND rota_id IS NOT NULL "
                      "AND clinician_id IS NOT NULL AND status <> 'cancelled' AND counts_toward_minimum = 1";
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("reference: %s", sqlite3_errmsg(db));
    sqlite3_bind_text(statement, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, to.constData(), int(to.size()), SQLITE_STATIC);
    qint64 rows = 0;
    while (sqlite3_step(statement) == SQLITE_ROW)
        rows += sqlite3_column_int64(statement, 0) > 0 ? 1 : 0;
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return rows;
}

QList<RepeatingShift> makeSeries(QRandomGenerator &random)
{
    QList<RepeatingShift> series;
    for (int i = 0; i < 10000; ++i) {
        RepeatingShift one;
        one.id = i + 1;
        one.shift_type_id = 1;
        one.clinician_id = 1 + i % 400;
        one.time_zone = "Europe/London";
        one.start_time = QTime(8 + i % 10, 0);
        one.end_time = one.start_time.addSecs(8 * 3600);
        one.start_date = YearStart.addDays(-int(random.bounded(3 * 365)));
        one.frequency = RepeatingShift::Frequency(random.bounded(3));
        one.interval = 1 + int(random.bounded(3));
        if (one.frequency == RepeatingShift::Frequency::Weekly) {
            one.weekdays.insert(one.start_date.dayOfWeek());
            for (int extra = int(random.bounded(3)); extra > 0; --extra)
                one.weekdays.insert(1 + int(random.bounded(7)));
        }
        if (i % 5 == 0)
            one.until_date = YearStart.addDays(int(random.bounded(365)));
        series << one;
    }
    return series;
}

// The same occurrences from libical's iterator over each rule from its first occurrence.
qsizetype withLibical(const QList<RepeatingShift> &all, QDate from, QDate to)
{
    qsizetype found = 0;
    for (const RepeatingShift &series : all) {
        const QByteArray rule = series.rrule().toLatin1();
        icaltimetype start = icaltime_null_time();
        start.year = series.start_date.year();
        start.month = series.start_date.month();
        start.day = series.start_date.day();
        start.is_date = 1;
        icalrecur_iterator *iterator = icalrecur_iterator_new(icalrecurrencetype_from_string(rule.constData()), start);
        for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next); next = icalrecur_iterator_next(iterator)) {
            const QDate date(next.year, next.month, next.day);
            if (date > to)
                break;
            found += date >= from ? 1 : 0;
        }
        icalrecur_iterator_free(iterator);
    }
    return found;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 9;
    QTemporaryDir dir;
    QRandomGenerator random(20261124);

    const QString path = dir.filePath(u"rotas.rota"_s);
    auto workspace = Workspace::open(path, Workspace::OpenMode::CreateNew, nullptr);
    if (!workspace)
        qFatal("cannot create %s", qPrintable(path));
    std::printf("Building 100 rotas with a year of shifts ...\n");
    std::fflush(stdout);
    buildRotas(*workspace, random);

    const QDate yearEnd(YearStart.year(), 12, 31);
    qsizetype days = 0;
    const QList<double> ours = timeRuns(runs, [&] {
        const RotaStatus::Period period = RotaStatus::compute(*workspace, YearStart, yearEnd);
        days = period.rotas.size() * period.days.size();
    });
    qint64 rows = 0;
    const QList<double> reference = timeRuns(runs, [&] { rows = readWithSqlite(path, "2027-01-01", "2027-12-31"); });
    std::printf("status of %lld rota days from %lld shifts\n", qlonglong(days), qlonglong(rows));
    report("status, 100 rotas over a year", ours, reference, 100);

    const QList<RepeatingShift> series = makeSeries(random);
    qsizetype expanded = 0;
    const QList<double> seriesOurs = timeRuns(runs, [&] {
        expanded = 0;
        for (const RepeatingShift &one : series)
            expanded += SeriesExpander::dates(one, YearStart, yearEnd).size();
    });
    qsizetype referenceCount = 0;
    const QList<double> seriesReference = timeRuns(std::max(3, runs / 3), [&] { referenceCount = withLibical(series, YearStart, yearEnd); });
    if (expanded != referenceCount)
        qFatal("series: %lld occurrences, libical %lld", qlonglong(expanded), qlonglong(referenceCount));
    qsizetype shifts = 0;
    const QList<double> asShifts = timeRuns(std::max(3, runs / 3), [&] {
        shifts = 0;
        for (const RepeatingShift &one : series)
            shifts += SeriesExpander::occurrences(one, YearStart, yearEnd, 0).shifts.size();
    });
    std::printf("%lld occurrences of 10000 series over a year\n", qlonglong(expanded));
    report("series, 10,000 over a year", seriesOurs, seriesReference, 200);
    std::printf("%-44s ours %9.2f ms   (%lld shifts)\n", "  the same as timed shifts", Bench::median(asShifts), qlonglong(shifts));
    return 0;
}
