// Imports a generated 1,000,000-row shifts CSV with RotaDesk's importer and, in the same run,
// with the sqlite3 command-line shell's `.import` into a plain table, alternating the two, and
// prints the times, their medians, the ratio and the importer's peak memory.
//
//   bench_import [ROWS] [RUNS]      defaults: 1000000 rows, 3 runs each
//
// Each import runs in a child process (this program with --child), so its wall time includes
// process start-up like the sqlite3 shell's, and its peak RSS is the kernel's own figure.

#include "io/shiftcsvimporter.h"
#include "storage/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

extern char **environ;

using namespace Qt::StringLiterals;

namespace {

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
    if (posix_spawnp(&pid, argv[0], nullptr, nullptr, argv.data(), environ) != 0)
        return {};
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    Run run;
    run.seconds = timer.nsecsElapsed() / 1e9;
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

void generate(const QString &path, qint64 rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    QRandomGenerator random(20261123);
    const int clinicians = 500;
    struct Type { const char *code; const char *start; const char *end; };
    const Type types[] = {{"D", "08:00", "17:00"}, {"LD", "08:00", "20:30"}, {"N", "20:00", "08:30"},
                          {"OC", "", ""}, {"AM", "08:00", "13:00"}, {"PM", "13:00", "18:00"}};
    QByteArray buffer = "clinician,date,type,start,end,time_zone,pinned\n";
    const QDate first(2022, 1, 3);
    for (qint64 row = 0; row < rows; ++row) {
        const qint64 day = row / clinicians;
        const int clinician = int(row % clinicians);
        const Type &type = types[random.bounded(int(std::size(types)))];
        buffer += "Clinician " + QByteArray::number(clinician + 1) + ',' + first.addDays(day).toString(Qt::ISODate).toLatin1()
                  + ',' + type.code + ',' + type.start + ',' + type.end + ','
                  + (clinician % 10 == 0 ? "America/Denver" : "") + ',' + (random.bounded(20) == 0 ? "1" : "0") + '\n';
        if (buffer.size() > (1 << 20)) {
            file.write(buffer);
            buffer.clear();
        }
    }
    file.write(buffer);
}

int child(const QString &csv, const QString &db)
{
    StorageError error;
    auto workspace = Workspace::open(db, Workspace::OpenMode::CreateNew, &error);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(error.message));
        return 1;
    }
    if (StorageError zoneError = workspace->setSetting(u"time_zone"_s, u"Europe/London"_s); !zoneError.ok())
        return 1;
    const ImportResult result = ShiftCsvImporter(*workspace).importFile(csv);
    if (!result.ok() || result.wroteNothing()) {
        std::fprintf(stderr, "%s %s\n", qPrintable(result.fatal), qPrintable(result.errors.join(u'\n')));
        return 1;
    }
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == "--child"_L1)
        return child(args.at(2), args.at(3));

    const qint64 rows = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 3;
    const QString sqlite = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite.isEmpty()) {
        std::fprintf(stderr, "the sqlite3 command-line shell is needed (apt-get install sqlite3)\n");
        return 2;
    }
    QTemporaryDir dir;
    const QString csv = dir.filePath(u"shifts.csv"_s);
    generate(csv, rows);
    std::printf("bench_import: %lld rows, %.1f MB CSV, %d runs each\n", rows, QFile(csv).size() / 1e6, runs);

    QList<double> ours, reference;
    long peakKb = 0;
    for (int i = 0; i < runs; ++i) {
        const QString ourDb = dir.filePath(u"ours%1.rota"_s.arg(i));
        const Run a = runChild({app.applicationFilePath(), u"--child"_s, csv, ourDb});
        const QString refDb = dir.filePath(u"reference%1.db"_s.arg(i));
        const Run b = runChild({sqlite, refDb, u".mode csv"_s, u".import %1 shifts"_s.arg(csv)});
        if (a.exitCode != 0 || b.exitCode != 0) {
            std::fprintf(stderr, "a run failed (ours %d, sqlite3 %d)\n", a.exitCode, b.exitCode);
            return 1;
        }
        ours << a.seconds;
        reference << b.seconds;
        peakKb = std::max(peakKb, a.maxRssKb);
        std::printf("run %d: ours %.3f s, sqlite3 .import %.3f s, ratio %.2f, ours peak RSS %.0f MB\n", i + 1, a.seconds,
                    b.seconds, a.seconds / b.seconds, a.maxRssKb / 1024.0);
        QFile::remove(ourDb);
        QFile::remove(refDb);
    }
    std::printf("median: ours %.3f s, sqlite3 .import %.3f s\n", median(ours), median(reference));
    std::printf("ratio ours/sqlite3: %.2f (target <= 1.5)\n", median(ours) / median(reference));
    std::printf("peak RSS: %.0f MB (target <= 200)\n", peakKb / 1024.0);
    return 0;
}
