// Times the leave quota and the rule checks on large workspaces, each against the plain sqlite3
// read of the rows it needs, in one run:
//
//  - quota: the bulk quota of 500 clinicians for one leave year, in a workspace holding five
//    years of working terms (FTE changes, starters, leavers) and annual leave for all of them;
//    the reference reads those terms and leave requests with the sqlite3 C API;
//  - rule checks: every rule over one year of a 200-clinician rota (about 51,000 shifts on a
//    ten-day cycle, with terms, cannot-work and must-work days and leave that the rota ignores,
//    so there is plenty to find); the reference reads the year's shifts with the sqlite3 C API.
//
//   bench_leave [RUNS]      default 9 runs each; prints medians and ratios
//
// Targets: quota < 50 ms, rule checks < 500 ms.

#include "benchsupport.h"
#include "io/shiftcsvimporter.h"
#include "scheduling/leavequota.h"
#include "scheduling/rulechecker.h"
#include "storage/clinicianrepository.h"
#include "storage/leaverequestrepository.h"
#include "storage/transaction.h"
#include "storage/workingtermrepository.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using Bench::report;
using Bench::timeRuns;

namespace {

const QDate FirstYear(2022, 1, 1);

void check(const StorageError &error)
{
    if (!error.ok())
        qFatal("%s", qPrintable(error.message));
}

// Five years of terms and annual leave for `count` clinicians: most full time throughout, some
// dropping to part time, some starting or leaving during the years.
QList<qint64> addStaff(Workspace &workspace, int count, QRandomGenerator &random)
{
    QList<qint64> ids;
    Transaction transaction(workspace);
    for (int i = 0; i < count; ++i) {
        Clinician clinician;
        clinician.name = u"Clinician %1"_s.arg(i, 4, 10, QChar(u'0'));
        check(ClinicianRepository(workspace).create(clinician));
        ids << clinician.id;
        QDate start = FirstYear.addDays(i % 7 == 0 ? int(random.bounded(900)) : 0);
        const QDate end = i % 11 == 0 ? FirstYear.addYears(5).addDays(-int(random.bounded(500))) : QDate();
        for (int t = 0; t < 3; ++t) {
            WorkingTerm term;
            term.clinician_id = clinician.id;
            term.start_date = start;
            term.end_date = t < 2 ? start.addDays(300 + int(random.bounded(300))) : end;
            if (term.end_date.isValid() && end.isValid() && term.end_date > end)
                term.end_date = end;
            term.percentage = t == 1 && i % 3 == 0 ? 60.0 : 100.0;
            term.annual_leave_entitlement = 5.6;
            check(WorkingTermRepository(workspace).create(term));
            if (!term.end_date.isValid() || (end.isValid() && term.end_date >= end))
                break;
            start = term.end_date.addDays(1);
        }
        for (int year = 0; year < 5; ++year) {
            for (int n = 0; n < 6; ++n) {
                LeaveRequest leave;
                leave.clinician_id = clinician.id;
                leave.type = n == 5 ? LeaveRequest::Type::Study : LeaveRequest::Type::Annual;
                leave.start_date = FirstYear.addYears(year).addDays(n * 60 + int(random.bounded(30)));
                leave.end_date = leave.start_date.addDays(int(random.bounded(5)));
                leave.status = n == 4 ? LeaveRequest::Status::Pending : LeaveRequest::Status::Approved;
                leave.requested_at = u"2021-12-01T09:00:00Z"_s;
                if (leave.status == LeaveRequest::Status::Approved)
                    leave.processed_at = u"2021-12-02T09:00:00Z"_s;
                check(LeaveRequestRepository(workspace).create(leave));
            }
        }
    }
    check(transaction.commit());
    return ids;
}

void readWithSqlite(const QString &path, const char *sql, const QByteArray &from, const QByteArray &to)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        qFatal("reference cannot open %s", qPrintable(path));
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK)
        qFatal("reference: %s", sqlite3_errmsg(db));
    sqlite3_bind_text(statement, 1, from.constData(), int(from.size()), SQLITE_STATIC);
    sqlite3_bind_text(statement, 2, to.constData(), int(to.size()), SQLITE_STATIC);
    qint64 sum = 0;
    while (sqlite3_step(statement) == SQLITE_ROW) {
        for (int c = 0; c < sqlite3_column_count(statement); ++c)
            sum += sqlite3_column_bytes(statement, c);
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    if (sum < 0)
        qFatal("unreachable");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(3, QByteArray(argv[1]).toInt()) : 9;
    QTemporaryDir dir;
    QRandomGenerator random(20261123);

    // Quota: 500 clinicians, five years.
    const QString quotaPath = dir.filePath(u"quota.rota"_s);
    auto quotaWorkspace = Workspace::open(quotaPath, Workspace::OpenMode::CreateNew, nullptr);
    if (!quotaWorkspace)
        qFatal("cannot create %s", qPrintable(quotaPath));
    std::printf("Building 500 clinicians with five years of terms and leave ...\n");
    std::fflush(stdout);
    const QList<qint64> staff = addStaff(*quotaWorkspace, 500, random);
    const QDate quotaDay(2024, 6, 1);
    const LeaveQuotaCalculator calculator(*quotaWorkspace);
    int results = 0;
    const QList<double> quotaOurs = timeRuns(runs, [&] { results = int(calculator.bulk(staff, quotaDay).results.size()); });
    const QByteArray yearFrom = "2024-01-01";
    const QByteArray yearTo = "2024-12-31";
    const QList<double> quotaReference = timeRuns(runs, [&] {
        readWithSqlite(quotaPath, "SELECT * FROM working_terms WHERE start_date <= ?2 AND (end_date IS NULL OR end_date >= ?1)", yearFrom,
                       yearTo);
        readWithSqlite(quotaPath, "SELECT * FROM leave_requests WHERE start_date <= ?2 AND end_date >= ?1", yearFrom, yearTo);
    });
    std::printf("quota: %d results for %lld clinicians\n", results, qint64(staff.size()));

    // Rules: a year of 200 clinicians.
    const QString rulesPath = dir.filePath(u"rules.rota"_s);
    {
        QFile csv(dir.filePath(u"year.csv"_s));
        if (!csv.open(QIODevice::WriteOnly))
            qFatal("cannot write the CSV");
        csv.write("clinician,date,type,start,end\n");
        // A planned rota: each clinician on a ten-day cycle of days, long days and a block of
        // nights with rest after, the cycles staggered so that every day is covered.
        const char *const cycle[] = {",D,08:00,16:00\n", ",D,08:00,16:00\n", ",LD,08:00,20:30\n", ",LD,08:00,20:30\n", "",
                                     ",N,20:00,08:00\n", ",N,20:00,08:00\n", ",N,20:00,08:00\n", "", ""};
        for (int day = 0; day < 365; ++day) {
            const QByteArray date = QDate(2025, 1, 1).addDays(day).toString(Qt::ISODate).toLatin1();
            for (int c = 0; c < 200; ++c) {
                const char *row = cycle[(day + c) % 10];
                if (*row)
                    csv.write("Clinician " + QByteArray::number(c + 1000) + ',' + date + row);
            }
        }
        csv.close();
        auto workspace = Workspace::open(rulesPath, Workspace::OpenMode::CreateNew, nullptr);
        if (!workspace)
            qFatal("cannot create %s", qPrintable(rulesPath));
        check(workspace->setSetting(u"time_zone"_s, u"Europe/London"_s));
        if (!ShiftCsvImporter(*workspace).importFile(csv.fileName()).ok())
            qFatal("cannot import the year");
        Transaction transaction(*workspace);
        for (const Clinician &clinician : ClinicianRepository(*workspace).list()) {
            WorkingTerm term;
            term.clinician_id = clinician.id;
            term.start_date = QDate(2024, 1, 1);
            term.percentage = clinician.id % 4 == 0 ? 80.0 : 100.0;
            term.annual_leave_entitlement = 5.6;
            if (clinician.id % 9 == 0)
                term.cannot_work_days = WeekdaySet::fromList({3});
            if (clinician.id % 13 == 0)
                term.must_work_days = WeekdaySet::fromList({1});
            check(WorkingTermRepository(*workspace).create(term));
            for (int n = 0; n < 5; ++n) {
                LeaveRequest leave;
                leave.clinician_id = clinician.id;
                leave.start_date = QDate(2025, 1, 10).addDays(n * 70 + int(clinician.id % 20));
                leave.end_date = leave.start_date.addDays(4);
                leave.status = LeaveRequest::Status::Approved;
                leave.requested_at = u"2024-12-01T09:00:00Z"_s;
                leave.processed_at = u"2024-12-02T09:00:00Z"_s;
                check(LeaveRequestRepository(*workspace).create(leave));
            }
        }
        check(transaction.commit());
    }
    auto rulesWorkspace = Workspace::open(rulesPath, Workspace::OpenMode::OpenExisting, nullptr);
    RuleChecker checker(*rulesWorkspace);
    qsizetype findings = 0;
    const QList<double> rulesOurs = timeRuns(runs, [&] { findings = checker.findings(QDate(2025, 1, 1), QDate(2025, 12, 31)).size(); });
    const QList<double> rulesReference = timeRuns(runs, [&] {
        readWithSqlite(rulesPath, "SELECT * FROM shifts WHERE date BETWEEN ?1 AND ?2", "2025-01-01", "2025-12-31");
    });
    std::printf("rules: %lld findings over a year of 200 clinicians\n\n", qint64(findings));

    report("bulk quota, 500 clinicians, one leave year", quotaOurs, quotaReference, 50);
    report("rule checks, one year of 200 clinicians", rulesOurs, rulesReference, 500);
    return 0;
}
