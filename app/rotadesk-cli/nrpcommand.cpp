#include "nrpcommand.h"

#include "commandparser.h"
#include "console.h"
#include "scheduling/generator/rostersolver.h"
#include "scheduling/nrp/nrpchecker.h"
#include "scheduling/nrp/nrpinstance.h"
#include "scheduling/nrp/nrproster.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {

std::optional<qint64> wholeNumber(const QString &text, qint64 least)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= least ? std::optional<qint64>(value) : std::nullopt;
}

} // namespace

int NrpCommand::run(const QStringList &arguments)
{
    CommandParser parser(u"nrp"_s,
                         tr("Solves an employee shift scheduling benchmark instance (Curtois & Qu format) with RotaDesk's "
                            "rota generator, checks the roster independently and prints its objective as the last line."));
    parser.addPositional(u"solve"_s, tr("The action: solve."));
    parser.addPositional(u"INSTANCE"_s, tr("The instance file."));
    parser.addOption({u"seconds"_s, tr("Time budget in seconds (default 30)."), u"S"_s, u"30"_s});
    parser.addOption({u"seed"_s, tr("Seed of the search (default 1): the same seed and iterations give the same roster."), u"N"_s, u"1"_s});
    parser.addOption({u"threads"_s, tr("Searches run side by side (default 2)."), u"N"_s, u"2"_s});
    parser.addOption({u"iterations"_s, tr("Stop each search after this many moves instead of at the time budget."), u"N"_s});
    parser.addOption({u"roster"_s, tr("Write the roster to this file: a line per employee, the id and each day's shift or \"-\", "
                                      "separated by tabs."),
                      u"OUT.txt"_s});
    if (const auto code = parser.parse(arguments))
        return *code;
    if (parser.positional().size() != 2 || parser.positional().at(0) != u"solve"_s)
        return parser.usageError(tr("nrp: expected \"nrp solve INSTANCE.txt\"."));
    bool secondsOk = false;
    const double seconds = parser.value(u"seconds"_s).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0 || seconds > 24 * 3600)
        return parser.usageError(tr("nrp: --seconds \"%1\" is not a number of seconds.").arg(parser.value(u"seconds"_s)));
    const std::optional<qint64> seed = wholeNumber(parser.value(u"seed"_s), 0);
    if (!seed)
        return parser.usageError(tr("nrp: --seed \"%1\" is not a whole number.").arg(parser.value(u"seed"_s)));
    const std::optional<qint64> threads = wholeNumber(parser.value(u"threads"_s), 1);
    if (!threads || *threads > 64)
        return parser.usageError(tr("nrp: --threads \"%1\" is not a number from 1 to 64.").arg(parser.value(u"threads"_s)));
    std::optional<qint64> iterations;
    if (parser.isSet(u"iterations"_s)) {
        iterations = wholeNumber(parser.value(u"iterations"_s), 1);
        if (!iterations)
            return parser.usageError(tr("nrp: --iterations \"%1\" is not a positive whole number.").arg(parser.value(u"iterations"_s)));
    }

    QString error;
    const std::optional<NrpInstance> instance = NrpInstance::load(parser.positional().at(1), &error);
    if (!instance)
        return Console::fail(error);
    const RosterModel model = instance->model();
    RosterSolver::Options options;
    options.seconds = seconds;
    options.seed = quint64(*seed);
    options.threads = int(*threads);
    options.maxIterations = iterations.value_or(0);
    const RosterSolver::Result result = RosterSolver(model).solve(options);

    NrpRoster roster(int(instance->employees.size()), instance->days);
    roster.cells = result.cells;
    const NrpChecker::Result checked = NrpChecker::check(*instance, roster);
    Console::out() << tr("instance: %1 (%2 days, %3 employees, %4 shift types)")
                          .arg(parser.positional().at(1))
                          .arg(instance->days)
                          .arg(instance->employees.size())
                          .arg(instance->shifts.size())
                   << Qt::endl;
    Console::out() << tr("search: %1 s, %2 moves on %3 thread(s), seed %4")
                          .arg(result.seconds, 0, 'f', 1)
                          .arg(result.iterations)
                          .arg(options.threads)
                          .arg(options.seed)
                   << Qt::endl;
    Console::out() << tr("shift-on requests: %1, shift-off requests: %2, cover: %3")
                          .arg(checked.shiftOnPenalty)
                          .arg(checked.shiftOffPenalty)
                          .arg(checked.coverPenalty)
                   << Qt::endl;
    if (parser.isSet(u"roster"_s)) {
        QSaveFile file(parser.value(u"roster"_s));
        if (!file.open(QIODevice::WriteOnly) || file.write(roster.toText(*instance).toUtf8()) < 0 || !file.commit())
            return Console::fail(tr("nrp: cannot write the roster to \"%1\": %2").arg(parser.value(u"roster"_s), file.errorString()));
    }
    if (!checked.feasible()) {
        for (const QString &violation : checked.violations)
            Console::err() << violation << Qt::endl;
        Console::out() << tr("hard violations: %1").arg(checked.violations.size()) << Qt::endl;
        Console::out() << "objective: " << checked.objective << Qt::endl;
        return ExitFailure;
    }
    if (checked.objective != result.cost.soft)
        return Console::fail(tr("nrp: the solver's cost %1 differs from the checker's objective %2.").arg(result.cost.soft).arg(checked.objective));
    Console::out() << "objective: " << checked.objective << Qt::endl;
    return ExitOk;
}
