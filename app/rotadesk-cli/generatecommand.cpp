#include "generatecommand.h"

#include "commandparser.h"
#include "console.h"
#include "scheduling/generator/rotaproblem.h"
#include "scheduling/generator/rotaproposal.h"
#include "scheduling/rulechecker.h"
#include "storage/shiftchangeset.h"
#include "storage/teamrepository.h"

#include <QElapsedTimer>
#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace {

// The search reports about ten times a second; a terminal or a log needs far less.
constexpr qint64 ProgressIntervalMs = 1000;

struct PresetName
{
    QString name;
    GenerationWeights::Preset preset;
};

QList<PresetName> presetNames()
{
    return {{u"balanced"_s, GenerationWeights::Preset::Balanced},
            {u"cover-first"_s, GenerationWeights::Preset::CoverFirst},
            {u"fairness"_s, GenerationWeights::Preset::Fairness},
            {u"fewest-changes"_s, GenerationWeights::Preset::FewestChanges}};
}

std::optional<qint64> wholeNumber(const QString &text, qint64 least)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    return ok && value >= least ? std::optional<qint64>(value) : std::nullopt;
}

QString coverageLine(const RotaProposal::Coverage &before, const RotaProposal::Coverage &after)
{
    return GenerateCommand::tr("cover: days below minimum %1 -> %2, people short of minimum %3 -> %4, short of ideal %5 -> %6, "
                               "over maximum %7 -> %8")
        .arg(before.daysBelowMinimum)
        .arg(after.daysBelowMinimum)
        .arg(before.shortOfMinimum)
        .arg(after.shortOfMinimum)
        .arg(before.shortOfIdeal)
        .arg(after.shortOfIdeal)
        .arg(before.overMaximum)
        .arg(after.overMaximum);
}

void printBreakdown(const RotaProposal &proposal, const RosterModel &model)
{
    struct Line
    {
        QString label;
        bool hard;
        qint64 before;
        qint64 after;
    };
    QList<Line> lines;
    const std::size_t count = std::min(proposal.breakdownBefore.size(), proposal.breakdownAfter.size());
    for (std::size_t i = 0; i < count; ++i) {
        const RosterBreakdown::Item &after = proposal.breakdownAfter[i];
        const QString label = after.hard ? GenerateCommand::tr("%1 (hard)").arg(RosterBreakdown::label(model, after))
                                         : RosterBreakdown::label(model, after);
        lines.append({label, after.hard, proposal.breakdownBefore[i].cost, after.cost});
    }
    std::stable_sort(lines.begin(), lines.end(), [](const Line &a, const Line &b) { return a.hard && !b.hard; });
    qsizetype width = GenerateCommand::tr("constraint").size();
    for (const Line &line : std::as_const(lines))
        width = std::max(width, line.label.size());
    QTextStream &out = Console::out();
    out << GenerateCommand::tr("constraint").leftJustified(width) << "  " << GenerateCommand::tr("before").rightJustified(10) << "  "
        << GenerateCommand::tr("after").rightJustified(10) << Qt::endl;
    for (const Line &line : std::as_const(lines)) {
        out << line.label.leftJustified(width) << "  " << QString::number(line.before).rightJustified(10) << "  "
            << QString::number(line.after).rightJustified(10) << Qt::endl;
    }
}

} // namespace

int GenerateCommand::run(const QStringList &arguments)
{
    const QString command = u"generate"_s;
    CommandParser parser(command,
                         tr("Plans the rota of a period (both days included) for the chosen teams with the rota generator: "
                            "the shifts that are not pinned are filled or replaced so that leave, working terms, rest, cover "
                            "and the other rules are kept, and nights, weekends, bank holidays and hours are shared fairly. "
                            "With --rebalance it starts from the rota as it stands and changes as few shifts as it can. "
                            "Prints the changes and their cost rule by rule, writes them as one edit and brings the "
                            "period's alerts up to date; the last line is \"cost: hard H, soft S\"."));
    parser.addPositional(u"FILE"_s, tr("The workspace file."));
    parser.addOption({u"from"_s, tr("First day of the period."), u"YYYY-MM-DD"_s});
    parser.addOption({u"to"_s, tr("Last day of the period."), u"YYYY-MM-DD"_s});
    parser.addOption({u"team"_s, tr("A team to plan, by name; may be given several times (default: every team)."), u"NAME"_s});
    parser.addOption({u"seconds"_s, tr("Time budget of the search in seconds (default 30)."), u"S"_s, u"30"_s});
    parser.addOption({u"seed"_s, tr("Seed of the search (default 1): the same seed and iterations give the same rota."), u"N"_s, u"1"_s});
    parser.addOption({u"iterations"_s, tr("Stop each search after this many moves instead of at the time budget."), u"N"_s});
    parser.addOption({u"threads"_s, tr("Searches run side by side (default 2)."), u"N"_s, u"2"_s});
    parser.addOption({u"preset"_s, tr("Weights of the soft goals: balanced (default), cover-first, fairness or fewest-changes "
                                      "(the default with --rebalance)."),
                      u"NAME"_s});
    parser.addOption({u"rebalance"_s, tr("Start from the rota as it stands and change as few shifts as possible.")});
    parser.addOption({u"dry-run"_s, tr("Print what would change but write nothing.")});
    if (const auto code = parser.parse(arguments))
        return *code;

    GenerationSettings settings;
    settings.mode = parser.isSet(u"rebalance"_s) ? GenerationSettings::Mode::Rebalance : GenerationSettings::Mode::Generate;
    settings.weights = GenerationSettings::defaultWeights(settings.mode);
    for (const QString &name : {u"from"_s, u"to"_s}) {
        if (!parser.isSet(name))
            return parser.usageError(tr("%1: --%2 is required.").arg(command, name));
    }
    settings.from = QDate::fromString(parser.value(u"from"_s), Qt::ISODate);
    settings.to = QDate::fromString(parser.value(u"to"_s), Qt::ISODate);
    for (const auto &[name, date] : {std::pair{u"from"_s, settings.from}, std::pair{u"to"_s, settings.to}}) {
        if (!date.isValid())
            return Console::fail(tr("%1: --%2 \"%3\" is not a date; use YYYY-MM-DD.").arg(command, name, parser.value(name)));
    }
    bool secondsOk = false;
    settings.seconds = parser.value(u"seconds"_s).toDouble(&secondsOk);
    if (!secondsOk)
        return parser.usageError(tr("%1: --seconds \"%2\" is not a number of seconds.").arg(command, parser.value(u"seconds"_s)));
    const std::optional<qint64> seed = wholeNumber(parser.value(u"seed"_s), 0);
    if (!seed)
        return parser.usageError(tr("%1: --seed \"%2\" is not a whole number.").arg(command, parser.value(u"seed"_s)));
    settings.seed = quint64(*seed);
    const std::optional<qint64> threads = wholeNumber(parser.value(u"threads"_s), 1);
    if (!threads || *threads > std::numeric_limits<int>::max())
        return parser.usageError(tr("%1: --threads \"%2\" is not a positive whole number.").arg(command, parser.value(u"threads"_s)));
    settings.threads = int(*threads);
    if (parser.isSet(u"iterations"_s)) {
        const std::optional<qint64> iterations = wholeNumber(parser.value(u"iterations"_s), 1);
        if (!iterations)
            return parser.usageError(tr("%1: --iterations \"%2\" is not a positive whole number.").arg(command, parser.value(u"iterations"_s)));
        settings.maxIterations = *iterations;
    }
    if (parser.isSet(u"preset"_s)) {
        const QList<PresetName> presets = presetNames();
        const auto preset = std::find_if(presets.cbegin(), presets.cend(), [&](const PresetName &p) { return p.name == parser.value(u"preset"_s); });
        if (preset == presets.cend())
            return parser.usageError(tr("%1: unknown preset \"%2\"; use balanced, cover-first, fairness or fewest-changes.")
                                         .arg(command, parser.value(u"preset"_s)));
        settings.weights = GenerationWeights::preset(preset->preset);
    }

    const auto workspace = Console::open(parser.positional().at(0), Workspace::OpenMode::OpenExisting);
    if (!workspace)
        return ExitFailure;
    const TeamRepository teams(*workspace);
    for (const QString &name : parser.values(u"team"_s)) {
        const std::optional<Team> team = teams.findByName(name);
        if (!team) {
            QStringList names;
            for (const Team &known : teams.all())
                names.append(known.name);
            return Console::fail(names.isEmpty() ? tr("%1: unknown team \"%2\"; the workspace has no teams.").arg(command, name)
                                                 : tr("%1: unknown team \"%2\"; the teams are: %3.").arg(command, name, names.join(u", "_s)));
        }
        if (!settings.teamIds.contains(team->id))
            settings.teamIds.append(team->id);
    }

    QString error;
    const std::optional<RotaProblem> problem = RotaProblem::build(*workspace, settings, &error);
    if (!problem)
        return Console::fail(u"%1: %2"_s.arg(command, error));
    const RosterModel &model = problem->model();
    QElapsedTimer sinceProgress;
    sinceProgress.start();
    const auto progress = [&](const RosterSolver::Progress &now) {
        if (sinceProgress.elapsed() < ProgressIntervalMs)
            return;
        sinceProgress.restart();
        Console::err() << tr("searching: %1 s, %2 moves, best cost hard %3, soft %4")
                              .arg(now.seconds, 0, 'f', 1)
                              .arg(now.iterations)
                              .arg(now.best.hard)
                              .arg(now.best.soft)
                       << Qt::endl;
    };
    const RosterSolver::Options options = problem->solverOptions();
    const RosterSolver::Result result = RosterSolver(model).solve(options, problem->current(), progress);
    RotaProposal proposal = RotaProposal::make(*problem, result);

    QTextStream &out = Console::out();
    out << tr("period: %1 to %2 (%3 days)")
               .arg(settings.from.toString(Qt::ISODate), settings.to.toString(Qt::ISODate))
               .arg(settings.from.daysTo(settings.to) + 1)
        << Qt::endl;
    QStringList codes;
    for (const ShiftType &type : problem->shiftTypes())
        codes.append(type.code);
    out << tr("planned: %1 clinician(s), shift types %2").arg(problem->clinicians().size()).arg(codes.join(u", "_s)) << Qt::endl;
    out << tr("search: %1 s, %2 moves on %3 thread(s), seed %4")
               .arg(result.seconds, 0, 'f', 1)
               .arg(result.iterations)
               .arg(options.threads)
               .arg(options.seed)
        << Qt::endl;
    out << tr("added %1, removed %2, changed %3").arg(proposal.added).arg(proposal.removed).arg(proposal.changed) << Qt::endl;
    printBreakdown(proposal, model);
    out << coverageLine(proposal.coverageBefore, proposal.coverageAfter) << Qt::endl;

    if (parser.isSet(u"dry-run"_s)) {
        out << tr("dry run: nothing written") << Qt::endl;
    } else if (proposal.changes.isEmpty()) {
        out << tr("nothing to write: the rota stays as it is") << Qt::endl;
    } else {
        if (const StorageError written = ShiftChangeSet::write(*workspace, proposal.changes, true); !written.ok())
            return Console::fail(tr("%1: the changes could not be written: %2").arg(command, written.message));
        if (const StorageError refreshed = RuleChecker(*workspace).refresh(settings.from, settings.to); !refreshed.ok())
            return Console::fail(tr("%1: the changes were written, but the alerts could not be brought up to date: %2")
                                     .arg(command, refreshed.message));
        out << tr("written: %n shift change(s) as one edit; alerts brought up to date", nullptr, int(proposal.changes.size())) << Qt::endl;
    }
    out << "cost: hard " << proposal.costAfter.hard << ", soft " << proposal.costAfter.soft << Qt::endl;
    return ExitOk;
}
