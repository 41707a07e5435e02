// Times the statistics views on a large workspace, each section against the plain sqlite3 read of
// the rows it needs, and prints medians, ratio and target:
//
//  - heatmap: AvailabilityGrid::load of 500 clinicians x 365 days (a shift on most days, working
//    terms with part-time and cannot-work days, leave) plus one paint of the whole heatmap at
//    the year zoom; the reference reads the year's shifts (clinician, date, type, status) with
//    the sqlite3 C API into a vector, which any availability tool must at least do.
//
//  - forecast, workload: StaffingForecast over 4 weeks and over a year, and WorkloadCalculator
//    over a 4-month period, of a 1,000,000-shift workspace (200 clinicians x 5,000 days); the
//    references run the plain sqlite3 GROUP BY of the same rows (cover per date and type; counted
//    shifts and minutes per clinician).
//
//   bench_stats [RUNS] [SECTION...]   default 9 runs of every section
//
// Targets: heatmap < 50 ms; forecast and workload < 500 ms. A section is a function taking the shared Context; add more to
// `sections` in main().

#include "benchsupport.h"
#include "heatmap/heatmapgrid.h"
#include "heatmap/heatmapmodel.h"
#include "io/shiftcsvimporter.h"
#include "scheduling/availability.h"
#include "scheduling/staffingforecast.h"
#include "scheduling/workload.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/transaction.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <cstdio>
#include <functional>
#include <sqlite3.h>
#include <vector>

using namespace Qt::StringLiterals;
using Bench::report;
using Bench::timeRuns;

namespace {

void check(const StorageError &error)
{
    if (!error.ok())
        qFatal("%s", qPrintable(error.message));
}

// What every section shares: a workspace of `clinicians` people with a rota over `days` days
// from `first`.
struct Context
{
    QString path;
    std::unique_ptr<Workspace> workspace;
    QDate first;
    int days = 0;
    int runs = 9;
    std::unique_ptr<Workspace> millionShifts; // built by the first section that needs it
    QString millionShiftsPath;
};

void buildWorkspace(Context &context, const QString &dir, int clinicians)
{
    context.path = dir + u"/stats.rota"_s;
    QFile csv(dir + u"/year.csv"_s);
    if (!csv.open(QIODevice::WriteOnly))
        qFatal("cannot write the CSV");
    csv.write("clinician,date,type,start,end\n");
    // A ten-day cycle of days, long days and nights with rest, staggered over the clinicians.
    const char *const cycle[] = {",D,08:00,16:00\n", ",D,08:00,16:00\n", ",LD,08:00,20:30\n", ",LD,08:00,20:30\n", "",
                                 ",N,20:00,08:00\n", ",N,20:00,08:00\n", ",N,20:00,08:00\n", "", ""};
    for (int day = 0; day < context.days; ++day) {
        const QByteArray date = context.first.addDays(day).toString(Qt::ISODate).toLatin1();
        for (int c = 0; c < clinicians; ++c) {
            const char *row = cycle[(day + c) % 10];
            if (*row)
                csv.write("Clinician " + QByteArray::number(c + 1000) + ',' + date + row);
        }
    }
    csv.close();
    context.workspace = Workspace::open(context.path, Workspace::OpenMode::CreateNew, nullptr);
    if (!context.workspace)
        qFatal("cannot create %s", qPrintable(context.path));
    check(context.workspace->setSetting(u"time_zone"_s, u"Europe/London"_s));
    if (!ShiftCsvImporter(*context.workspace).importFile(csv.fileName()).ok())
        qFatal("cannot import the rota");
    Transaction transaction(*context.workspace);
    for (const Clinician &clinician : ClinicianRepository(*context.workspace).list()) {
        WorkingTerm term;
        term.clinician_id = clinician.id;
        term.start_date = context.first.addDays(clinician.id % 17 == 0 ? 60 : -30);
        term.percentage = clinician.id % 4 == 0 ? 60.0 : 100.0;
        if (clinician.id % 4 == 0)
            term.fixed_working_days = WeekdaySet::fromList({1, 2, 3});
        if (clinician.id % 9 == 0)
            term.cannot_work_days = WeekdaySet::fromList({5});
        check(WorkingTermRepository(*context.workspace).create(term));
        for (int n = 0; n < 5; ++n) {
            LeaveRequest leave;
            leave.clinician_id = clinician.id;
            leave.start_date = context.first.addDays(10 + n * 70 + int(clinician.id % 20));
            leave.end_date = leave.start_date.addDays(4);
            leave.status = n == 4 ? LeaveRequest::Status::Pending : LeaveRequest::Status::Approved;
            check(LeaveRequestRepository(*context.workspace).create(leave));
        }
    }
    check(transaction.commit());
}

void benchHeatmap(Context &context)
{
    const QDate last = context.first.addDays(context.days - 1);
    HeatmapModel model;
    HeatmapGrid grid;
    grid.setModel(&model);
    grid.setCellSize(QSize(3, 4));
    QImage image;
    int rows = 0;
    QList<double> loads; // the part of each run before the model and paint, to tell where time goes
    const QList<double> ours = timeRuns(context.runs, [&] {
        QElapsedTimer timer;
        timer.start();
        auto availability = std::make_shared<AvailabilityGrid>(AvailabilityGrid::load(*context.workspace, context.first, last));
        loads << timer.nsecsElapsed() / 1e6;
        model.setPalette(HeatmapPalette(grid.palette(), availability->shiftTypes()));
        model.setGrid(availability);
        if (image.size() != grid.contentSize())
            image = QImage(grid.contentSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        grid.paintAll(painter);
        rows = availability->rowCount();
    });
    const QByteArray from = context.first.toString(Qt::ISODate).toLatin1();
    const QByteArray to = last.toString(Qt::ISODate).toLatin1();
    struct Row
    {
        qint64 clinician;
        QByteArray date;
        qint64 type;
        QByteArray status;
    };
    std::vector<Row> read;
    const QList<double> reference = timeRuns(context.runs, [&] {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(context.path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            qFatal("reference cannot open %s", qPrintable(context.path));
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "SELECT clinician_id, date, shift_type_id, status FROM shifts WHERE date BETWEEN ?1 AND ?2", -1,
                           &statement, nullptr);
        sqlite3_bind_text(statement, 1, from.constData(), int(from.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, to.constData(), int(to.size()), SQLITE_STATIC);
        read.clear();
        while (sqlite3_step(statement) == SQLITE_ROW)
            read.push_back({sqlite3_column_int64(statement, 0),
                            QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 1))),
                            sqlite3_column_int64(statement, 2),
                            QByteArray(reinterpret_cast<const char *>(sqlite3_column_text(statement, 3)))});
        sqlite3_finalize(statement);
        sqlite3_close(db);
    });
    std::printf("heatmap: %d clinicians x %d days, %zu shifts, image %dx%d; AvailabilityGrid::load %.2f ms of each run (median)\n",
                rows, context.days, read.size(), image.width(), image.height(), Bench::median(loads));
    report("heatmap 500 clinicians x 365 days: compute + one paint", ours, reference, 50);
}


// 200 clinicians x 5,000 days from 1 January 2012 on a ten-day cycle (1,000,000 shifts), nights
// in the night category, minimum cover on every type, a working term each (a quarter part-time,
// a tenth not on duty) and some pending leave.
Workspace &millionShiftWorkspace(Context &context)
{
    if (context.millionShifts)
        return *context.millionShifts;
    const QString dir = QFileInfo(context.path).absolutePath();
    context.millionShiftsPath = dir + u"/million.rota"_s;
    std::printf("Building 200 clinicians x 5000 days (1,000,000 shifts) ...\n");
    std::fflush(stdout);
    QFile csv(dir + u"/million.csv"_s);
    if (!csv.open(QIODevice::WriteOnly))
        qFatal("cannot write the CSV");
    csv.write("clinician,date,type,start,end\n");
    const char *const cycle[] = {",D,08:00,16:00\n", ",D,08:00,16:00\n", ",LD,08:00,20:30\n", ",LD,08:00,20:30\n", ",OC,,\n",
                                 ",N,20:00,08:00\n", ",N,20:00,08:00\n", ",N,20:00,08:00\n", ",D,08:00,16:00\n", ",OC,,\n"};
    const QDate first(2012, 1, 1);
    for (int day = 0; day < 5000; ++day) {
        const QByteArray date = first.addDays(day).toString(Qt::ISODate).toLatin1();
        for (int c = 0; c < 200; ++c)
            csv.write("Clinician " + QByteArray::number(c + 1000) + ',' + date + cycle[(day + c) % 10]);
    }
    csv.close();
    context.millionShifts = Workspace::open(context.millionShiftsPath, Workspace::OpenMode::CreateNew, nullptr);
    if (!context.millionShifts)
        qFatal("cannot create %s", qPrintable(context.millionShiftsPath));
    Workspace &workspace = *context.millionShifts;
    check(workspace.setSetting(u"time_zone"_s, u"Europe/London"_s));
    if (!ShiftCsvImporter(workspace).importFile(csv.fileName()).ok())
        qFatal("cannot import the rota");
    QSqlQuery query(workspace.database());
    if (!query.exec(u"UPDATE shift_types SET category = CASE code WHEN 'N' THEN 'night' WHEN 'OC' THEN 'on_call' "
                    "ELSE 'regular' END, minimum_weekday = 40, minimum_weekend = 20"_s))
        qFatal("cannot set up the shift types");
    Transaction transaction(workspace);
    for (const Clinician &clinician : ClinicianRepository(workspace).list()) {
        WorkingTerm term;
        term.clinician_id = clinician.id;
        term.start_date = first;
        term.percentage = clinician.id % 4 == 0 ? 60.0 : 100.0;
        term.participates_in_duty = clinician.id % 10 != 0;
        check(WorkingTermRepository(workspace).create(term));
        for (int n = 0; n < 20; ++n) {
            LeaveRequest leave;
            leave.clinician_id = clinician.id;
            leave.start_date = first.addDays(n * 250 + int(clinician.id % 50));
            leave.end_date = leave.start_date.addDays(4);
            check(LeaveRequestRepository(workspace).create(leave));
        }
    }
    check(transaction.commit());
    return workspace;
}

// The reference: a plain sqlite3 statement over [from, to], stepped to the end.
QList<double> referenceRuns(const Context &context, const char *sql, QDate from, QDate to, int *rows)
{
    const QByteArray first = from.toString(Qt::ISODate).toLatin1();
    const QByteArray last = to.toString(Qt::ISODate).toLatin1();
    return timeRuns(context.runs, [&] {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(context.millionShiftsPath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            qFatal("reference cannot open %s", qPrintable(context.millionShiftsPath));
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
            qFatal("reference: %s", sqlite3_errmsg(db));
        sqlite3_bind_text(statement, 1, first.constData(), int(first.size()), SQLITE_STATIC);
        sqlite3_bind_text(statement, 2, last.constData(), int(last.size()), SQLITE_STATIC);
        *rows = 0;
        qint64 sum = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            sum += sqlite3_column_int64(statement, 2);
            ++*rows;
        }
        sqlite3_finalize(statement);
        sqlite3_close(db);
        if (sum < 0)
            qFatal("reference: negative count");
    });
}

void benchForecast(Context &context)
{
    Workspace &workspace = millionShiftWorkspace(context);
    const QDate from(2024, 3, 4);
    for (const auto &[what, days] : {std::pair{"forecast 4 weeks of a 1M-shift workspace", 28},
                                     std::pair{"forecast 1 year of a 1M-shift workspace", 365}}) {
        const QDate to = from.addDays(days - 1);
        int below = 0;
        const QList<double> ours = timeRuns(context.runs, [&] {
            StorageError error;
            const QList<ForecastDay> forecast = StaffingForecast(workspace).days(from, to, &error);
            check(error);
            below = int(std::count_if(forecast.cbegin(), forecast.cend(),
                                      [](const ForecastDay &day) { return day.status == ForecastDay::Status::Below; }));
        });
        int rows = 0;
        const QList<double> reference = referenceRuns(
            context,
            "SELECT date, shift_type_id, COUNT(*) FROM shifts WHERE date BETWEEN ?1 AND ?2 AND clinician_id IS NOT NULL "
            "AND status <> 'cancelled' AND counts_toward_minimum = 1 GROUP BY date, shift_type_id",
            from, to, &rows);
        std::printf("forecast: %d days, %d below the minimum; reference %d (date, type) rows\n", days, below, rows);
        report(what, ours, reference, 500);
    }
}

void benchWorkload(Context &context)
{
    Workspace &workspace = millionShiftWorkspace(context);
    const QDate from(2024, 3, 1);
    const QDate to(2024, 6, 30);
    int clinicians = 0;
    const QList<double> ours = timeRuns(context.runs, [&] {
        StorageError error;
        const WorkloadReport workload = WorkloadCalculator(workspace).report(u"Period 1"_s, from, to, QDate(2024, 5, 1), &error);
        check(error);
        clinicians = int(workload.clinician_summaries.size());
    });
    int rows = 0;
    const QList<double> reference = referenceRuns(
        context,
        "SELECT clinician_id, COUNT(*), SUM(duration_minutes) FROM shifts WHERE date BETWEEN ?1 AND ?2 "
        "AND clinician_id IS NOT NULL AND counts_as_worked = 1 AND status IN ('scheduled', 'completed') GROUP BY clinician_id",
        from, to, &rows);
    std::printf("workload: %d clinicians over 4 months; reference %d clinician rows\n", clinicians, rows);
    report("workload of 4 months of a 1M-shift workspace", ours, reference, 500);
}
} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList wanted = app.arguments().mid(1);
    Context context;
    if (!wanted.isEmpty() && wanted.constFirst().toInt() > 0)
        context.runs = std::max(3, wanted.takeFirst().toInt());
    context.first = QDate(2025, 1, 1);
    context.days = 365;

    const std::pair<QString, std::function<void(Context &)>> sections[] = {
        {u"heatmap"_s, benchHeatmap},
        {u"forecast"_s, benchForecast},
        {u"workload"_s, benchWorkload},
    };
    QTemporaryDir dir;
    std::printf("Building 500 clinicians with a year of shifts, terms and leave ...\n");
    std::fflush(stdout);
    buildWorkspace(context, dir.path(), 500);
    for (const auto &[name, run] : sections) {
        if (wanted.isEmpty() || wanted.contains(name))
            run(context);
    }
    return 0;
}
