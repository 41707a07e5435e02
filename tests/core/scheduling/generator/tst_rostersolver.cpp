#include "scheduling/generator/rostersolver.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Early (E, 8 h) may not be followed by... nothing; Late (L, 8 h) may not be followed by Early.
RosterModel smallModel(int employees, int days)
{
    RosterModel model;
    model.days = days;
    model.firstWeekday = 1;
    model.shifts = {{u"E"_s, 480, {false, false}}, {u"L"_s, 480, {true, false}}};
    for (int e = 0; e < employees; ++e) {
        RosterModel::Employee employee;
        employee.id = QString(QChar(u'A' + e));
        employee.maxShifts = {days, days};
        employee.maxTotalMinutes = 480 * days;
        employee.minTotalMinutes = 0;
        employee.maxConsecutiveShifts = 3;
        employee.minConsecutiveShifts = 1;
        employee.minConsecutiveDaysOff = 1;
        employee.maxWeekends = 1;
        employee.dayOff.assign(std::size_t(days), false);
        employee.fixed.assign(std::size_t(days), RosterModel::Unfixed);
        model.employees.push_back(employee);
    }
    model.cover.assign(std::size_t(days) * 2, {1, 100, 1});
    return model;
}

std::vector<int> roster(std::initializer_list<int> cells)
{
    return std::vector<int>(cells);
}

constexpr int E = 0;
constexpr int L = 1;
constexpr int O = RosterModel::Off;

// The least cost of all 3^12 rosters of twelve cells (off, E or L each), by trying them all.
RosterSolver::Cost bruteForceOptimum(const RosterSolver &solver)
{
    RosterSolver::Cost optimum{1 << 30, 1 << 30};
    std::vector<int> cells(12, O);
    for (int code = 0; code < 531441; ++code) {
        int rest = code;
        for (int &cell : cells) {
            cell = rest % 3 - 1;
            rest /= 3;
        }
        optimum = std::min(optimum, solver.evaluate(cells));
    }
    return optimum;
}

// Two employees, a week from a Friday (days 0–2 one week, 3–6 the next), the late counted as a
// night, no cover and no other limit: each test below adds the rule it is about.
RosterModel workspaceModel()
{
    RosterModel model = smallModel(2, 7);
    model.firstWeekday = 5;
    model.shifts[L].night = true;
    for (RosterModel::Cover &cover : model.cover)
        cover = {};
    for (RosterModel::Employee &employee : model.employees) {
        employee.maxConsecutiveShifts = 0;
        employee.maxWeekends = -1;
    }
    return model;
}

} // namespace

class TestRosterSolver : public QObject
{
    Q_OBJECT

private slots:
    void evaluatesHardAndSoftByHand();
    void findsTheOptimumOfATinyModel();
    void sameSeedAndMovesGiveTheSameRoster();
    void keepsFixedCells();
    void cancelledSearchReturnsWhatItHas();
    void evaluatesWorkspaceRulesByHand();
    void findsTheOptimumUnderWorkspaceRules();
};

void TestRosterSolver::evaluatesHardAndSoftByHand()
{
    RosterModel model = smallModel(2, 4);
    model.employees[0].dayOff[2] = true;
    model.shiftOnRequests.push_back({1, 0, E, 5});
    model.shiftOffRequests.push_back({1, 3, L, 7});
    const RosterSolver solver(model);

    // B: late then early the next day (forbidden) and four days in a row (one over three).
    QCOMPARE(solver.evaluate(roster({E, L, O, E, /**/ L, E, E, L})).hard, 2);
    // Nothing hard broken. Day 2 has no early and day 3 no late: 100 each; B wanted an early on
    // day 0 and works a late: 5; B's wish to be off the late on day 3 is granted.
    const RosterSolver::Cost clean = solver.evaluate(roster({E, E, O, E, /**/ L, L, L, O}));
    QCOMPARE(clean.hard, 0);
    QCOMPARE(clean.soft, 100 + 100 + 5);
    // A works her day off (day 2); B works four days in a row.
    QCOMPARE(solver.evaluate(roster({E, E, E, O, /**/ E, E, E, E})).hard, 1 + 1);
    // Two earlies and no late on days 0 and 1 (one over, one short each), nobody on days 2 and 3.
    QCOMPARE(solver.evaluate(roster({E, E, O, O, /**/ E, E, O, O})).soft, 2 * (1 + 100) + 2 * (100 + 100));
}

void TestRosterSolver::findsTheOptimumOfATinyModel()
{
    RosterModel model = smallModel(3, 4);
    model.employees[1].dayOff[1] = true;
    model.employees[2].maxShifts = {1, 2};
    model.cover[std::size_t(2 * 2 + L)] = {2, 100, 1}; // two lates on day 2
    model.shiftOnRequests.push_back({0, 3, L, 20});
    model.shiftOffRequests.push_back({2, 0, E, 30});
    const RosterSolver solver(model);

    const RosterSolver::Cost optimum = bruteForceOptimum(solver);
    QCOMPARE(optimum.hard, 0);

    RosterSolver::Options options;
    options.threads = 1;
    options.seed = 7;
    options.maxIterations = 200000;
    const RosterSolver::Result result = solver.solve(options);
    QCOMPARE(result.cost, optimum);
    QCOMPARE(solver.evaluate(result.cells), result.cost);
}

void TestRosterSolver::sameSeedAndMovesGiveTheSameRoster()
{
    RosterModel model = smallModel(6, 14);
    for (int d = 0; d < 14; ++d)
        model.cover[std::size_t(d * 2 + E)].requirement = 2;
    RosterSolver::Options options;
    options.threads = 2;
    options.seed = 42;
    options.maxIterations = 100000;
    const RosterSolver solver(model);
    const RosterSolver::Result first = solver.solve(options);
    const RosterSolver::Result second = solver.solve(options);
    QCOMPARE(second.cells, first.cells);
    QCOMPARE(second.iterations, first.iterations);
    options.seed = 43;
    const RosterSolver::Result other = solver.solve(options);
    QCOMPARE(other.cost.hard, 0);
    QVERIFY(other.cells != first.cells || other.cost == first.cost);
}

void TestRosterSolver::keepsFixedCells()
{
    RosterModel model = smallModel(3, 7);
    // A pinned late on day 2 and a pinned day off on day 4, though the cover wants her.
    model.employees[0].fixed[2] = L;
    model.employees[0].fixed[4] = O;
    model.employees[1].fixed[4] = O;
    model.employees[2].fixed[4] = O;
    RosterSolver::Options options;
    options.threads = 1;
    options.maxIterations = 50000;
    const RosterSolver::Result result = RosterSolver(model).solve(options);
    QCOMPARE(result.cells[2], L);
    QCOMPARE(result.cells[4], O);
    QCOMPARE(result.cells[7 + 4], O);
    QCOMPARE(result.cells[14 + 4], O);
    QCOMPARE(result.cost.hard, 0);
}

void TestRosterSolver::cancelledSearchReturnsWhatItHas()
{
    const RosterModel model = smallModel(4, 7);
    const std::atomic_bool cancel = true;
    RosterSolver::Options options;
    options.seconds = 600;
    const RosterSolver::Result result = RosterSolver(model).solve(options, {}, {}, &cancel);
    QVERIFY(result.cancelled);
    QCOMPARE(result.cells.size(), std::size_t(4 * 7));
    QCOMPARE(RosterSolver(model).evaluate(result.cells), result.cost);
}

void TestRosterSolver::evaluatesWorkspaceRulesByHand()
{
    RosterModel model = workspaceModel();
    model.employees[0].maxConsecutiveNights = 2;
    model.employees[0].maxWeekMinutes = 2 * 480;
    model.employees[1].mustWork.assign(7, false);
    model.employees[1].mustWork[3] = true;
    // B wants to work, A and B stand as they are (cells differing cost 4 each).
    RosterSolver solver(model);

    // A: three nights in a row (one beyond two) and three shifts in the Friday-to-Sunday week,
    // 8 hours beyond her 16; B works her must-work day.
    QCOMPARE(solver.evaluate(roster({L, L, L, O, O, O, O, /**/ O, O, O, E, O, O, O})), (RosterSolver::Cost{1 + 8, 0}));
    // Two nights, then a day off, then nights again: no run too long; 16 hours in each week.
    QCOMPARE(solver.evaluate(roster({L, L, O, L, O, O, O, /**/ O, O, O, E, O, O, O})), (RosterSolver::Cost{0, 0}));
    // B is off on her must-work day.
    QCOMPARE(solver.evaluate(roster({O, O, O, O, O, O, O, /**/ O, O, O, O, O, O, O})).hard, 1);

    // A week whose limit is raised to 24 hours: A's three nights there count no more.
    model.employees[0].weekMinutesLimit = {3 * 480, 2 * 480};
    QCOMPARE(RosterSolver(model).evaluate(roster({L, L, O, L, O, O, O, /**/ O, O, O, E, O, O, O})).hard, 0);
    QCOMPARE(RosterSolver(model).evaluate(roster({L, L, O, L, L, L, O, /**/ O, O, O, E, O, O, O})).hard, 1 + 8);
    model.employees[0].weekMinutesLimit.clear();
    // A late may follow an early, but not on day 5 (the clocks change that night).
    model.cannotFollowOn.push_back({5, E, L});
    QCOMPARE(RosterSolver(model).evaluate(roster({E, O, O, O, O, E, L, /**/ O, O, O, E, O, O, O})).hard, 1);
    QCOMPARE(RosterSolver(model).evaluate(roster({E, L, O, O, E, L, O, /**/ O, O, O, E, O, O, O})).hard, 0);
    model.cannotFollowOn.clear();

    // Day 4's early needs one (minimum and ideal) and allows one at most.
    model.cover[std::size_t(4 * 2 + E)] = {1, 10, 3, 1, 1};
    QCOMPARE(RosterSolver(model).evaluate(roster({O, O, O, O, O, O, O, /**/ O, O, O, E, O, O, O})), (RosterSolver::Cost{1, 10}));
    QCOMPARE(RosterSolver(model).evaluate(roster({O, O, O, O, E, O, O, /**/ O, O, O, E, E, O, O})), (RosterSolver::Cost{1, 3}));
    QCOMPARE(RosterSolver(model).evaluate(roster({O, O, O, O, E, O, O, /**/ O, O, O, E, O, O, O})), (RosterSolver::Cost{0, 0}));

    // A fair range of one or two nights for A (7 per night outside), of 16 to 24 hours for B (2 per hour outside).
    model.cover[std::size_t(4 * 2 + E)] = {};
    model.countKinds.push_back({u"Nights"_s, 1u << L, std::vector<bool>(7, true), false});
    model.countKinds.push_back({u"Hours"_s, (1u << E) | (1u << L), std::vector<bool>(7, true), true});
    model.employees[0].targets.push_back({0, 1, 2, 7});
    model.employees[1].targets.push_back({1, 960, 1440, 2});
    // A: no night (one short); B: one shift of 8 hours (8 hours short).
    QCOMPARE(RosterSolver(model).evaluate(roster({E, O, O, O, O, O, O, /**/ O, O, O, E, O, O, O})), (RosterSolver::Cost{0, 7 + 16}));
    // A: two nights; B: three shifts, 24 hours.
    QCOMPARE(RosterSolver(model).evaluate(roster({L, L, O, O, O, O, O, /**/ O, O, O, E, E, E, O})), (RosterSolver::Cost{0, 0}));

    // The rota as it stands: A's night on day 0 and B's early on day 3; each cell unlike it costs 5.
    model.employees[0].targets.clear();
    model.employees[1].targets.clear();
    model.changeWeight = 5;
    model.employees[0].current = roster({L, O, O, O, O, O, O});
    model.employees[1].current = roster({O, O, O, E, O, O, O});
    QCOMPARE(RosterSolver(model).evaluate(roster({L, O, O, O, O, O, O, /**/ O, O, O, E, O, O, O})).soft, 0);
    // A's night became an early, and B works day 5 too.
    QCOMPARE(RosterSolver(model).evaluate(roster({E, O, O, O, O, O, O, /**/ O, O, O, E, O, E, O})).soft, 2 * 5);
}

void TestRosterSolver::findsTheOptimumUnderWorkspaceRules()
{
    RosterModel model = workspaceModel();
    model.days = 6;
    model.cover.assign(std::size_t(6 * 2), {});
    for (RosterModel::Employee &employee : model.employees) {
        employee.dayOff.assign(6, false);
        employee.fixed.assign(6, RosterModel::Unfixed);
    }
    // One night every night at most, one early on days 1 to 4 at least and ideally, at most one.
    for (int d = 0; d < 6; ++d) {
        model.cover[std::size_t(d * 2 + L)] = {1, 30, 0, 0, 1};
        if (d >= 1 && d <= 4)
            model.cover[std::size_t(d * 2 + E)] = {1, 20, 10, 1, 1};
    }
    model.employees[0].maxConsecutiveNights = 2;
    model.employees[1].maxConsecutiveNights = 2;
    model.employees[0].maxWeekMinutes = 3 * 480;
    model.employees[1].mustWork = {false, false, true, false, false, false};
    model.countKinds.push_back({u"Nights"_s, 1u << L, std::vector<bool>(6, true), false});
    model.employees[0].targets.push_back({0, 2, 2, 9});
    model.employees[1].targets.push_back({0, 2, 2, 9});
    model.changeWeight = 3;
    model.employees[0].current = {L, L, L, O, O, O};
    model.employees[1].current = {O, O, O, L, L, L};
    const RosterSolver solver(model);

    const RosterSolver::Cost optimum = bruteForceOptimum(solver);
    QCOMPARE(optimum.hard, 0);

    RosterSolver::Options options;
    options.threads = 1;
    options.seed = 11;
    options.maxIterations = 200000;
    const RosterSolver::Result result = solver.solve(options, {L, L, L, O, O, O, O, O, O, L, L, L});
    QCOMPARE(result.cost, optimum);
}

QTEST_GUILESS_MAIN(TestRosterSolver)
#include "tst_rostersolver.moc"
