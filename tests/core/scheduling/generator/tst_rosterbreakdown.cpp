#include "scheduling/generator/rosterbreakdown.h"
#include "scheduling/generator/rostersolver.h"
#include "scheduling/nrp/nrpinstance.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

using Constraint = RosterBreakdown::Constraint;

constexpr int E = 0;
constexpr int N = 1;
constexpr int O = RosterModel::Off;

// Three employees over two weeks from a Monday, an early (8 h) and a night (12 h, not followed
// by an early), with every rule of a workspace rota in use.
RosterModel fullModel()
{
    RosterModel model;
    model.days = 14;
    model.firstWeekday = 1;
    model.shifts = {{u"E"_s, 480, {false, false}, false}, {u"N"_s, 720, {true, false}, true}};
    for (int e = 0; e < 3; ++e) {
        RosterModel::Employee employee;
        employee.id = QString(QChar(u'A' + e));
        employee.maxShifts = {10, 5};
        employee.maxTotalMinutes = 80 * 60;
        employee.minTotalMinutes = 24 * 60;
        employee.maxConsecutiveShifts = 5;
        employee.minConsecutiveDaysOff = 2;
        employee.maxWeekends = 1;
        employee.maxConsecutiveNights = 2;
        employee.maxWeekMinutes = 40 * 60;
        employee.dayOff.assign(14, false);
        employee.mustWork.assign(14, false);
        employee.fixed.assign(14, RosterModel::Unfixed);
        employee.current.assign(14, e == 0 ? E : O);
        model.employees.push_back(employee);
    }
    model.employees[1].dayOff[3] = true;
    model.employees[2].mustWork[4] = true;
    model.employees[2].fixed[0] = N;
    model.cover.assign(14 * 2, {1, 10, 2, 0, -1});
    model.cover[std::size_t(5 * 2 + E)] = {2, 10, 2, 1, 2};
    model.shiftOnRequests.push_back({0, 6, N, 4});
    model.shiftOffRequests.push_back({1, 7, E, 6});
    model.countKinds.push_back({u"Nights"_s, 1u << N, std::vector<bool>(14, true), false});
    model.countKinds.push_back({u"Hours"_s, 3, std::vector<bool>(14, true), true});
    for (RosterModel::Employee &employee : model.employees) {
        employee.targets.push_back({0, 2, 3, 5});
        employee.targets.push_back({1, 40 * 60, 48 * 60, 1});
    }
    model.changeWeight = 3;
    // The clocks change in the night after day 2; C's second week already holds more.
    model.cannotFollowOn.push_back({2, E, E});
    model.employees[2].weekMinutesLimit = {40 * 60, 44 * 60};
    return model;
}

const RosterBreakdown::Item &item(const std::vector<RosterBreakdown::Item> &items, Constraint constraint, int kind = -1)
{
    static const RosterBreakdown::Item none;
    for (const RosterBreakdown::Item &i : items) {
        if (i.constraint == constraint && i.kind == kind)
            return i;
    }
    return none;
}

std::vector<int> randomRoster(const RosterModel &model, QRandomGenerator &random)
{
    std::vector<int> cells(model.employees.size() * std::size_t(model.days));
    for (int &cell : cells)
        cell = random.bounded(-1, int(model.shifts.size()));
    return cells;
}

} // namespace

class TestRosterBreakdown : public QObject
{
    Q_OBJECT

private slots:
    void countsEachRuleByHand();
    void addsUpToTheSolversCost();
    void addsUpToTheSolversCostOnABenchmarkInstance();
};

void TestRosterBreakdown::countsEachRuleByHand()
{
    const RosterModel model = fullModel();
    // A: earlies Monday to Saturday (six in a row, 48 h in week one), then off.
    // B: nights Monday to Wednesday (three in a row) with her day off (day 3) worked as an early
    //    after the night (a forbidden succession); off afterwards.
    // C: the fixed night on day 0, then off, so her must-work day 4 is missed.
    const std::vector<int> cells = {
        E, E, E, E, E, E, O, O, O, O, O, O, O, O, //
        N, N, N, E, O, O, O, O, O, O, O, O, O, O, //
        N, O, O, O, O, O, O, O, O, O, O, O, O, O, //
    };
    const std::vector<RosterBreakdown::Item> items = RosterBreakdown::of(model, cells);
    QCOMPARE(item(items, Constraint::DayOff).violations, 1);
    QCOMPARE(item(items, Constraint::MustWork).violations, 1);
    QCOMPARE(item(items, Constraint::FixedCell).violations, 0);
    // B's night then early; A's early on day 2 then day 3.
    QCOMPARE(item(items, Constraint::Succession).violations, 2);
    QCOMPARE(item(items, Constraint::ConsecutiveShifts).violations, 1);   // A's sixth day
    QCOMPARE(item(items, Constraint::ConsecutiveNights).violations, 1);   // B's third night
    // Week one: A 48 h of 40, B 44 h (three nights and an early).
    QCOMPARE(item(items, Constraint::WeekMinutes).violations, 8 + 4);
    // B: 44 h worked of at least 24; C: 12 h, 12 short.
    QCOMPARE(item(items, Constraint::TotalMinutes).violations, 12);
    QCOMPARE(item(items, Constraint::Weekends).violations, 0);
    // Day 0 has two nights (cover max none), day 5 one early of at least one.
    QCOMPARE(item(items, Constraint::CoverBelowMinimum).violations, 0);
    QCOMPARE(item(items, Constraint::CoverAboveMaximum).violations, 0);
    // Earlies: days 0-5 one each from A, day 3 one more from B; ideal 1, day 5 ideal 2.
    // Short of ideal: earlies on days 5 (one) and 6–13 (eight); nights on days 3–13 (eleven).
    QCOMPARE(item(items, Constraint::CoverBelowIdeal).violations, 1 + 8 + 11);
    QCOMPARE(item(items, Constraint::CoverBelowIdeal).cost, 20 * 10);
    // Over: the second early on day 3 and the second night on day 0.
    QCOMPARE(item(items, Constraint::CoverAboveIdeal).violations, 2);
    QCOMPARE(item(items, Constraint::CoverAboveIdeal).cost, 2 * 2);
    QCOMPARE(item(items, Constraint::ShiftOnRequest).cost, 4);
    QCOMPARE(item(items, Constraint::ShiftOffRequest).cost, 0);
    // Nights 2 to 3 each: A has none (2 short), B three, C one (1 short).
    QCOMPARE(item(items, Constraint::CountTarget, 0).violations, 3);
    QCOMPARE(item(items, Constraint::CountTarget, 0).cost, 3 * 5);
    // Hours 40 to 48: A 48, B 44, C 12 (28 short).
    QCOMPARE(item(items, Constraint::CountTarget, 1).violations, 28);
    // A was to work earlies every day: 8 days off differ; B 4 shifts, C 1.
    QCOMPARE(item(items, Constraint::Change).violations, 8 + 4 + 1);
    QCOMPARE(item(items, Constraint::Change).cost, 13 * 3);
    QCOMPARE(RosterBreakdown::hardTotal(items), 1 + 1 + 2 + 1 + 1 + 12 + 12);
}

void TestRosterBreakdown::addsUpToTheSolversCost()
{
    const RosterModel model = fullModel();
    const RosterSolver solver(model);
    QRandomGenerator random(5);
    for (int n = 0; n < 300; ++n) {
        const std::vector<int> cells = randomRoster(model, random);
        const std::vector<RosterBreakdown::Item> items = RosterBreakdown::of(model, cells);
        const RosterSolver::Cost cost = solver.evaluate(cells);
        QCOMPARE(RosterBreakdown::hardTotal(items), cost.hard);
        QCOMPARE(RosterBreakdown::softTotal(items), cost.soft);
    }
    RosterSolver::Options options;
    options.threads = 1;
    options.maxIterations = 50000;
    const RosterSolver::Result result = solver.solve(options);
    const std::vector<RosterBreakdown::Item> items = RosterBreakdown::of(model, result.cells);
    QCOMPARE((RosterSolver::Cost{RosterBreakdown::hardTotal(items), RosterBreakdown::softTotal(items)}), result.cost);
}

void TestRosterBreakdown::addsUpToTheSolversCostOnABenchmarkInstance()
{
    QString error;
    const std::optional<NrpInstance> instance = NrpInstance::load(QStringLiteral(ROTADESK_TEST_DATA_DIR "/nrp/Instance3.txt"), &error);
    QVERIFY2(instance, qPrintable(error));
    const RosterModel model = instance->model();
    const RosterSolver solver(model);
    QRandomGenerator random(9);
    for (int n = 0; n < 50; ++n) {
        const std::vector<int> cells = randomRoster(model, random);
        const std::vector<RosterBreakdown::Item> items = RosterBreakdown::of(model, cells);
        QCOMPARE((RosterSolver::Cost{RosterBreakdown::hardTotal(items), RosterBreakdown::softTotal(items)}), solver.evaluate(cells));
    }
}

QTEST_GUILESS_MAIN(TestRosterBreakdown)

#include "tst_rosterbreakdown.moc"
