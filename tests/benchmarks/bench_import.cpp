// Imports a generated shifts CSV (1,000,000 rows by default) with ShiftCsvImporter into a fresh
// workspace and, in the same run, with the sqlite3 shell's `.import` into a plain table,
// alternating the two, and prints every time, the medians, their ratio and the peak memory of
// our import.
//
//   bench_import [ROWS] [RUNS]      defaults: 1000000 rows, 3 runs each
//
// Both imports run as child processes (ours is this program started again with --child), so
// both times include starting a process and creating the database file, and the peak resident
// memory is the kernel's own figure for the child (wait4's ru_maxrss).

#include "io/shiftcsvimporter.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <vector>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

constexpr int Clinicians = 500;

struct Run
{
    double seconds = 0;
    long maxRssKb = 0;
    int exitCode = -1;
};

Run runChild(const QStringList &arguments)
{
    QList<QByteArray> storage;
    for (const QString &argument : arguments)
        storage << argument.toLocal8Bit();
    std::vector<char *> argv;
    for (QByteArray &argument : storage)
        argv.push_back(argument.data());
    argv.push_back(nullptr);

    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return {};
    Run run;
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    run.maxRssKb = usage.ru_maxrss;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

// 500 clinicians each with a shift a day, days in order: day, long-day, night and on-call
// shifts (the last two overnight, some over the clock changes) and whole-day shifts; most in
// the workspace's zone (empty column), some in Europe/London by name, a tenth in Denver; some pinned.
void generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("%s cannot be written", qPrintable(path));
    const char *const firstNames[] = {"Ada", "Ben", "Chloe", "Dev", "Efua", "Farid", "Grace", "Hiro", "Ines", "Jon",
                                      "Kwame", "Lena", "Mei", "Nadia", "Omar", "Priya", "Quinn", "Rosa", "Sven", "Tariq"};
    const char *const lastNames[] = {"Asante", "Brown", "Chen", "Duarte", "Evans", "Fischer", "Garcia", "Hughes", "Iqbal",
                                     "Jones", "Kowalski", "Lopez", "Murphy", "Novak", "Okafor", "Patel", "Quist", "Rossi",
                                     "Singh", "Taylor", "Uddin", "Varga", "Walsh", "Xu", "Young"};
    QList<QByteArray> names;
    for (int i = 0; i < Clinicians; ++i)
        names << QByteArray(firstNames[i % 20]) + ' ' + lastNames[i / 20];
    struct Type
    {
        const char *code, *start, *end;
        int weight;
    };
    const Type types[] = {{"D", "08:00", "16:00", 40}, {"LD", "08:00", "20:30", 15}, {"N", "20:00", "08:30", 20},
                          {"OC", "17:00", "09:00", 10}, {"AL", "", "", 15}};
    QRandomGenerator random(20261123);
    QByteArray buffer = "clinician,date,type,start,end,time_zone,pinned\n";
    const QDate first(2024, 1, 1);
    QDate date;
    QByteArray dateText;
    for (qint64 row = 0; row < rows; ++row) {
        const int clinician = int(row % Clinicians);
        if (clinician == 0) {
            date = first.addDays(row / Clinicians);
            dateText = date.toString(Qt::ISODate).toLatin1();
        }
        int pick = int(random.bounded(100));
        const Type *type = types;
        while (pick >= type->weight) {
            pick -= type->weight;
            ++type;
        }
        const char *zone = clinician % 10 == 9 ? "America/Denver" : clinician % 10 == 8 ? "Europe/London" : "";
        buffer += names.at(clinician) + ',' + dateText + ',' + type->code + ',' + type->start + ',' + type->end + ',' + zone
                  + (random.bounded(20) == 0 ? ",1\n" : ",0\n");
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}

// The measured child: a fresh workspace, one import. Exit code 0 only if every row was imported.
int child(const QString &csv, const QString &db, qint64 rows)
{
    StorageError error;
    auto workspace = Workspace::open(db, Workspace::OpenMode::CreateNew, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    if (!workspace->setSetting(u"time_zone"_s, u"Europe/London"_s).ok())
        return 1;
    const ImportResult result = ShiftCsvImporter(*workspace).importFile(csv);
    if (!result.ok() || result.imported != rows) {
        std::fprintf(stderr, "%s\n%s\n", qPrintable(result.fatal), qPrintable(result.errors.join(u'\n')));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == "--child"_L1)
        return child(args.at(2), args.at(3), args.at(4).toLongLong());

    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    if (rows <= 0 || runs <= 0) {
        std::fprintf(stderr, "usage: bench_import [ROWS] [RUNS]\n");
        return 2;
    }
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite.isEmpty()) {
        std::fprintf(stderr, "the sqlite3 command-line shell is needed (Debian package sqlite3)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"shifts.csv"_s);
    generate(csv, rows);
    std::printf("bench_import: %lld rows, %d clinicians, %.1f MB CSV, %d runs each, alternating\n", rows, Clinicians,
                double(QFile(csv).size()) / 1e6, runs);

    QList<double> ours, reference;
    long peakKb = 0;
    for (int i = 0; i < runs; ++i) {
        const QString ourDb = dir.filePath(u"ours%1.rota"_s.arg(i));
        const Run a = runChild({app.applicationFilePath(), u"--child"_s, csv, ourDb, QString::number(rows)});
        const QString referenceDb = dir.filePath(u"reference%1.db"_s.arg(i));
        const Run b = runChild({sqlite, referenceDb, u".mode csv"_s, u".import %1 shifts"_s.arg(csv)});
        if (a.exitCode != 0 || b.exitCode != 0) {
            std::fprintf(stderr, "a run failed (ours: exit code %d, sqlite3: exit code %d)\n", a.exitCode, b.exitCode);
            return 1;
        }
        ours << a.seconds;
        reference << b.seconds;
        peakKb = std::max(peakKb, a.maxRssKb);
        std::printf("run %d: ours %.3f s (peak RSS %.0f MB), sqlite3 .import %.3f s, ratio %.2f\n", i + 1, a.seconds,
                    double(a.maxRssKb) / 1024, b.seconds, a.seconds / b.seconds);
        std::fflush(stdout);
        QFile::remove(ourDb);
        QFile::remove(referenceDb);
    }
    std::printf("median: ours %.3f s, sqlite3 .import %.3f s\n", median(ours), median(reference));
    std::printf("ratio ours/sqlite3: %.2f (target <= 1.5)\n", median(ours) / median(reference));
    std::printf("peak RSS: %.0f MB (target <= 200)\n", double(peakKb) / 1024);
    return 0;
}
