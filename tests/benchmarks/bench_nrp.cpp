// Runs the rota generator (RosterSolver) on the Curtois & Qu employee shift scheduling benchmark
// (tests/data/nrp, README.md there) and, in the same run and with the same wall-clock limit and
// thread count, CBC on a MIP model of each instance (NrpMipModel). Both rosters are judged by
// NrpChecker, not by the solvers' own accounts; ours must be feasible and its cost must match the
// checker's objective. Prints for each instance the objective of ours and of CBC, the best known
// and the gaps to it.
//
//   bench_nrp [SECONDS] [INSTANCE...]   default 60 s per solver and instance, instances 1-12;
//                                       INSTANCE: N (tests/data/nrp/Instance<N>.txt) or a path
//                                       to an instance file with the README.md beside it
//
// Ours: 2 threads, seed 1. CBC: the `cbc` executable (package coinor-cbc) with `timeMode elapsed`
// and `threads 2` when the build supports threads.
//
// Targets: ours within 1% of the best known on every instance run; ours better than CBC on every
// instance run.

#include "nrpmipmodel.h"
#include "scheduling/generator/rostersolver.h"
#include "scheduling/nrp/nrpchecker.h"
#include "scheduling/nrp/nrpinstance.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

struct Cbc
{
    QString version; // empty when `cbc` cannot be run
    int threads = 1;
};

struct Outcome
{
    bool ran = false;
    bool hasRoster = false;
    bool feasible = false;
    qint64 objective = 0; // NrpChecker's
    bool mismatch = false; // the solver's own account of the roster differs from the checker's
    QString status;
    double seconds = 0;
    QStringList notes;
};

struct Row
{
    int number = 0;
    QString size; // days / staff / shift types
    std::optional<qint64> bestKnown;
    Outcome ours;
    Outcome cbc;
};

Cbc probeCbc()
{
    QProcess process;
    process.start(u"cbc"_s, {u"-threads"_s, u"2"_s, u"-quit"_s});
    Cbc cbc;
    if (!process.waitForFinished(30000))
        return cbc;
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    cbc.version = QRegularExpression(u"Version: *(\\S+)"_s).match(out).captured(1);
    if (cbc.version.isEmpty())
        cbc.version = u"?"_s;
    // A build without thread support does not know the parameter.
    cbc.threads = out.contains(u"threads was changed"_s) ? 2 : 1;
    return cbc;
}

// Best-known objective by instance number, from the table that ends the README beside the
// instances: "| 1 | 14 / 8 / 1 | 607 | 607 |".
QHash<int, qint64> readBestKnown(const QString &readmePath)
{
    QHash<int, qint64> best;
    QFile file(readmePath);
    if (!file.open(QIODevice::ReadOnly))
        return best;
    static const QRegularExpression row(u"^\\|\\s*(\\d+)\\s*\\|[^|]*\\|\\s*(\\d+)\\s*\\|"_s, QRegularExpression::MultilineOption);
    for (auto it = row.globalMatch(QString::fromUtf8(file.readAll())); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        best.insert(match.captured(1).toInt(), match.captured(2).toLongLong());
    }
    return best;
}

void judge(const NrpInstance &instance, const NrpRoster &roster, Outcome &outcome)
{
    const NrpChecker::Result checked = NrpChecker::check(instance, roster);
    outcome.hasRoster = true;
    outcome.feasible = checked.feasible();
    outcome.objective = checked.objective;
    for (const QString &violation : checked.violations.mid(0, 5))
        outcome.notes << u"violation: "_s + violation;
    if (checked.violations.size() > 5)
        outcome.notes << u"... %1 violations in all"_s.arg(checked.violations.size());
}

Outcome runOurs(const NrpInstance &instance, double seconds)
{
    const RosterModel model = instance.model();
    RosterSolver::Options options;
    options.seconds = seconds;
    options.seed = 1;
    options.threads = 2;
    const RosterSolver::Result result = RosterSolver(model).solve(options);
    Outcome outcome;
    outcome.ran = true;
    outcome.seconds = result.seconds;
    outcome.status = u"%1 iterations"_s.arg(result.iterations);
    NrpRoster roster(int(instance.employees.size()), instance.days);
    if (result.cells.size() != roster.cells.size()) {
        outcome.notes << u"the solver returned %1 cells for %2"_s.arg(result.cells.size()).arg(roster.cells.size());
        return outcome;
    }
    roster.cells = result.cells;
    judge(instance, roster, outcome);
    outcome.mismatch = result.cost.hard != 0 || result.cost.soft != outcome.objective;
    if (outcome.mismatch)
        outcome.notes << u"the solver's cost (hard %1, soft %2) differs from the checker's objective %3"_s.arg(result.cost.hard)
                             .arg(result.cost.soft)
                             .arg(outcome.objective);
    return outcome;
}

Outcome runCbc(const NrpInstance &instance, double seconds, const Cbc &cbc)
{
    Outcome outcome;
    if (cbc.version.isEmpty())
        return outcome;
    outcome.ran = true;
    QTemporaryDir dir;
    const NrpMipModel mip(instance);
    const QString lpPath = dir.filePath(u"model.lp"_s);
    const QString solutionPath = dir.filePath(u"model.sol"_s);
    QString error;
    if (!mip.writeLp(lpPath, &error)) {
        outcome.notes << error;
        return outcome;
    }
    QStringList arguments{lpPath, u"timeMode"_s, u"elapsed"_s, u"sec"_s, QString::number(seconds)};
    if (cbc.threads > 1)
        arguments << u"threads"_s << QString::number(cbc.threads);
    arguments << u"solve"_s << u"solu"_s << solutionPath;

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardOutputFile(dir.filePath(u"cbc.log"_s));
    QElapsedTimer timer;
    timer.start();
    process.start(u"cbc"_s, arguments);
    // CBC checks its limit only between steps (a long root LP can overrun it); past a grace it is
    // interrupted as by Ctrl-C, after which it still writes its best solution.
    const int graceMs = int(seconds * 500) + 30000;
    if (!process.waitForFinished(int(seconds * 1000) + graceMs)) {
        outcome.notes << u"CBC overran its limit by %1 s and was interrupted"_s.arg(graceMs / 1000);
        ::kill(pid_t(process.processId()), SIGINT);
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
    }
    outcome.seconds = timer.nsecsElapsed() / 1e9;
    if (!QFileInfo::exists(solutionPath)) {
        outcome.status = u"no solution file"_s;
        return outcome;
    }
    const std::optional<NrpMipModel::Solution> solution = mip.readCbcSolution(solutionPath, &error);
    if (!solution) {
        outcome.notes << error;
        return outcome;
    }
    outcome.status = solution->status;
    if (!solution->hasRoster)
        return outcome;
    judge(instance, solution->roster, outcome);
    outcome.mismatch = outcome.feasible && qRound64(solution->objective) != outcome.objective;
    if (outcome.mismatch)
        outcome.notes << u"CBC's objective %1 differs from the checker's %2"_s.arg(solution->objective).arg(outcome.objective);
    return outcome;
}

QByteArray value(const Outcome &outcome)
{
    if (!outcome.ran)
        return "n/a";
    if (!outcome.hasRoster)
        return "none";
    if (!outcome.feasible)
        return "infeasible";
    return QByteArray::number(outcome.objective) + (outcome.mismatch ? "*" : "");
}

QByteArray gap(const Outcome &outcome, std::optional<qint64> best)
{
    if (!outcome.feasible || !best || *best == 0)
        return "-";
    return QByteArray::number(100.0 * double(outcome.objective - *best) / double(*best), 'f', 2);
}

QByteArray versus(const Row &row)
{
    if (!row.cbc.ran)
        return "n/a";
    if (!row.ours.feasible)
        return "no";
    if (!row.cbc.feasible || row.ours.objective < row.cbc.objective)
        return "yes";
    return row.ours.objective == row.cbc.objective ? "equal" : "no";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const double seconds = args.isEmpty() ? 60 : args.first().toDouble();
    if (seconds <= 0) {
        std::fprintf(stderr, "usage: bench_nrp [SECONDS] [INSTANCE...]\n");
        return 2;
    }
    const QString dataDir = QStringLiteral(ROTADESK_SOURCE_DIR "/tests/data/nrp");
    QStringList paths;
    for (const QString &arg : args.mid(1)) {
        bool isNumber = false;
        const int number = arg.toInt(&isNumber);
        paths << (isNumber ? u"%1/Instance%2.txt"_s.arg(dataDir).arg(number) : arg);
    }
    if (paths.isEmpty()) {
        for (int number = 1; number <= 12; ++number) {
            const QString path = u"%1/Instance%2.txt"_s.arg(dataDir).arg(number);
            if (QFileInfo::exists(path))
                paths << path;
        }
    }
    if (paths.isEmpty()) {
        std::fprintf(stderr, "no instances in %s\n", qPrintable(dataDir));
        return 1;
    }

    const Cbc cbc = probeCbc();
    if (cbc.version.isEmpty())
        std::printf("CBC: cannot run `cbc` (package coinor-cbc); only ours is measured\n");
    else
        std::printf("CBC %s, %d thread%s; ours 2 threads, seed 1; %g s each\n", qPrintable(cbc.version), cbc.threads,
                    cbc.threads > 1 ? "s" : "", seconds);
    std::fflush(stdout);

    QList<Row> rows;
    for (const QString &path : std::as_const(paths)) {
        QString error;
        const std::optional<NrpInstance> instance = NrpInstance::load(path, &error);
        if (!instance) {
            std::printf("%s\n", qPrintable(error));
            return 1;
        }
        Row row;
        row.number = QRegularExpression(u"Instance(\\d+)"_s).match(QFileInfo(path).fileName()).captured(1).toInt();
        const QHash<int, qint64> best = readBestKnown(QFileInfo(path).dir().filePath(u"README.md"_s));
        if (best.contains(row.number))
            row.bestKnown = best.value(row.number);
        row.size = u"%1/%2/%3"_s.arg(instance->days).arg(instance->employees.size()).arg(instance->shifts.size());
        row.ours = runOurs(*instance, seconds);
        row.cbc = runCbc(*instance, seconds, cbc);
        std::printf("%s: ours %s (%.1f s, %s), CBC %s (%.1f s, %s)\n", qPrintable(QFileInfo(path).fileName()), value(row.ours).constData(),
                    row.ours.seconds, qPrintable(row.ours.status), value(row.cbc).constData(), row.cbc.seconds, qPrintable(row.cbc.status));
        for (const QString &note : std::as_const(row.ours.notes))
            std::printf("  ours: %s\n", qPrintable(note));
        for (const QString &note : std::as_const(row.cbc.notes))
            std::printf("  CBC: %s\n", qPrintable(note));
        std::fflush(stdout);
        rows << row;
    }

    std::printf("\n%-8s %-12s %10s %10s %7s %10s %8s %6s\n", "instance", "d/staff/typ", "ours", "best", "gap %", "CBC", "CBC gap", "better");
    QStringList notClose;
    QStringList notBetter;
    for (const Row &row : std::as_const(rows)) {
        std::printf("%-8d %-12s %10s %10s %7s %10s %8s %6s\n", row.number, qPrintable(row.size), value(row.ours).constData(),
                    row.bestKnown ? QByteArray::number(*row.bestKnown).constData() : "?", gap(row.ours, row.bestKnown).constData(),
                    value(row.cbc).constData(), gap(row.cbc, row.bestKnown).constData(), versus(row).constData());
        const bool close = row.ours.feasible && !row.ours.mismatch && row.bestKnown
                           && double(row.ours.objective) <= double(*row.bestKnown) * 1.01;
        if (!close)
            notClose << QString::number(row.number);
        if (versus(row) != "yes")
            notBetter << u"%1 (%2)"_s.arg(row.number).arg(QString::fromLatin1(versus(row)));
    }
    if (std::any_of(rows.cbegin(), rows.cend(), [](const Row &row) { return row.ours.mismatch || row.cbc.mismatch; }))
        std::printf("* the solver's own cost differs from the checker's objective (see above)\n");
    std::printf("\nours within 1%% of the best known on every instance: %s\n",
                notClose.isEmpty() ? "met" : qPrintable(u"MISSED on "_s + notClose.join(u", "_s)));
    std::printf("ours better than CBC on every instance: %s\n",
                notBetter.isEmpty() ? "met" : qPrintable(u"MISSED on "_s + notBetter.join(u", "_s)));
    return 0;
}
