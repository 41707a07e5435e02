#include "scheduling/generator/rostersolver.h"
#include "scheduling/nrp/nrpchecker.h"
#include "scheduling/nrp/nrpinstance.h"
#include "scheduling/nrp/nrproster.h"

#include <QFile>
#include <QTest>
#include <random>

using namespace Qt::StringLiterals;

namespace {

QString dataPath(const QString &name)
{
    return QStringLiteral(ROTADESK_TEST_DATA_DIR "/nrp/") + name;
}

NrpInstance loadOrFail(const QString &name)
{
    QString error;
    std::optional<NrpInstance> instance = NrpInstance::load(dataPath(name), &error);
    if (!instance)
        qFatal("%s", qPrintable(error));
    return *instance;
}

// A small valid instance; the bad-input tests change one numbered line of it.
QStringList smallLines()
{
    return {
        u"# a small instance"_s,              // 1
        u"SECTION_HORIZON"_s,                 // 2
        u"7"_s,                               // 3
        u""_s,                                // 4
        u"SECTION_SHIFTS"_s,                  // 5
        u"E,480,"_s,                          // 6
        u"L,600,E"_s,                         // 7
        u""_s,                                // 8
        u"SECTION_STAFF"_s,                   // 9
        u"A,E=7|L=7,2400,960,5,2,2,1"_s,      // 10
        u"B,E=7|L=0,2400,960,5,1,1,1"_s,      // 11
        u""_s,                                // 12
        u"SECTION_DAYS_OFF"_s,                // 13
        u"A,0"_s,                             // 14
        u""_s,                                // 15
        u"SECTION_SHIFT_ON_REQUESTS"_s,       // 16
        u"A,2,E,2"_s,                         // 17
        u""_s,                                // 18
        u"SECTION_SHIFT_OFF_REQUESTS"_s,      // 19
        u"B,3,L,1"_s,                         // 20
        u""_s,                                // 21
        u"SECTION_COVER"_s,                   // 22
        u"0,E,1,100,1"_s,                     // 23
    };
}

QByteArray join(const QStringList &lines, const char *lineEnd = "\n")
{
    return lines.join(QString::fromLatin1(lineEnd)).toUtf8() + lineEnd;
}

} // namespace

class TestNrpInstance : public QObject
{
    Q_OBJECT

private slots:
    // The solver counts costs through model(), the checker from the file's own rules: on any
    // roster, random or solved, both must agree on the objective and on feasibility.
    void modelCostsAgreeWithTheChecker_data()
    {
        QTest::addColumn<QString>("file");
        for (int i = 1; i <= 12; ++i)
            QTest::newRow(qPrintable(u"Instance%1"_s.arg(i))) << u"Instance%1.txt"_s.arg(i);
    }

    void modelCostsAgreeWithTheChecker()
    {
        QFETCH(QString, file);
        QString error;
        const std::optional<NrpInstance> instance = NrpInstance::load(dataPath(file), &error);
        QVERIFY2(instance, qPrintable(error));
        const RosterModel model = instance->model();
        const RosterSolver solver(model);
        std::mt19937 random(17);
        const int employees = int(instance->employees.size());
        NrpRoster roster(employees, instance->days);
        for (int round = 0; round < 200; ++round) {
            // Mostly off, so that some rosters come near to feasible.
            for (int &cell : roster.cells)
                cell = int(random() % 3) == 0 ? int(random() % quint32(instance->shifts.size())) : NrpRoster::Off;
            const NrpChecker::Result checked = NrpChecker::check(*instance, roster);
            const RosterSolver::Cost cost = solver.evaluate(roster.cells);
            QCOMPARE(cost.soft, checked.objective);
            QCOMPARE(cost.hard == 0, checked.feasible());
        }
        RosterSolver::Options options;
        options.threads = 1;
        options.maxIterations = 300000;
        const RosterSolver::Result solved = solver.solve(options);
        roster.cells = solved.cells;
        const NrpChecker::Result checked = NrpChecker::check(*instance, roster);
        QCOMPARE(solved.cost.hard == 0, checked.feasible());
        QCOMPARE(solved.cost.soft, checked.objective);
    }

    void everyInstanceMatchesTheTable_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("staff");
        QTest::addColumn<int>("shiftTypes");
        // The README's table "days / staff / shift types".
        const int table[12][3] = {{14, 8, 1},  {14, 14, 2}, {14, 20, 3}, {28, 10, 2}, {28, 16, 2}, {28, 18, 3},
                                  {28, 20, 3}, {28, 30, 4}, {28, 36, 4}, {28, 40, 5}, {28, 50, 6}, {28, 60, 10}};
        for (int i = 0; i < 12; ++i) {
            const QString file = u"Instance%1.txt"_s.arg(i + 1);
            QTest::newRow(qPrintable(file)) << file << table[i][0] << table[i][1] << table[i][2];
        }
    }

    void everyInstanceMatchesTheTable()
    {
        QFETCH(QString, file);
        QFETCH(int, days);
        QFETCH(int, staff);
        QFETCH(int, shiftTypes);

        QString error;
        const std::optional<NrpInstance> instance = NrpInstance::load(dataPath(file), &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->days, days);
        QCOMPARE(instance->employees.size(), staff);
        QCOMPARE(instance->shifts.size(), shiftTypes);
        // Every file has one cover row for each day and shift type.
        QCOMPARE(instance->cover.size(), days * shiftTypes);
        for (const NrpInstance::Employee &employee : instance->employees)
            QCOMPARE(employee.maxShifts.size(), shiftTypes);

        const RosterModel model = instance->model();
        QCOMPARE(model.days, days);
        QCOMPARE(int(model.employees.size()), staff);
        QCOMPARE(int(model.shifts.size()), shiftTypes);
        QCOMPARE(int(model.cover.size()), days * shiftTypes);
        QCOMPARE(model.shiftOnRequests.size(), std::size_t(instance->shiftOnRequests.size()));
        QCOMPARE(model.shiftOffRequests.size(), std::size_t(instance->shiftOffRequests.size()));
    }

    void instance1ByHand()
    {
        const NrpInstance instance = loadOrFail(u"Instance1.txt"_s);
        QCOMPARE(instance.days, 14);
        QCOMPARE(instance.shifts.size(), 1);
        QCOMPARE(instance.shifts[0].id, u"D"_s);
        QCOMPARE(instance.shifts[0].minutes, 480);
        QVERIFY(instance.shifts[0].cannotFollow.isEmpty());

        QCOMPARE(instance.employees.size(), 8);
        const NrpInstance::Employee &a = instance.employees[0];
        QCOMPARE(a.id, u"A"_s);
        QCOMPARE(a.maxShifts, QList<int>{14});
        QCOMPARE(a.maxTotalMinutes, 4320);
        QCOMPARE(a.minTotalMinutes, 3360);
        QCOMPARE(a.maxConsecutiveShifts, 5);
        QCOMPARE(a.minConsecutiveShifts, 2);
        QCOMPARE(a.minConsecutiveDaysOff, 2);
        QCOMPARE(a.maxWeekends, 1);
        QCOMPARE(a.daysOff, QList<int>{0});
        QCOMPARE(instance.employees[7].id, u"H"_s);
        QCOMPARE(instance.employees[7].daysOff, QList<int>{7});
        QCOMPARE(instance.employeeIndex(u"H"_s), 7);
        QCOMPARE(instance.employeeIndex(u"Z"_s), -1);
        QCOMPARE(instance.shiftIndex(u"D"_s), 0);
        QCOMPARE(instance.shiftIndex(u"N"_s), -1);

        QCOMPARE(instance.shiftOnRequests.size(), 21);
        const NrpInstance::Request &firstOn = instance.shiftOnRequests.first(); // A,2,D,2
        QCOMPARE(firstOn.employee, 0);
        QCOMPARE(firstOn.day, 2);
        QCOMPARE(firstOn.shift, 0);
        QCOMPARE(firstOn.weight, 2);
        const NrpInstance::Request &lastOn = instance.shiftOnRequests.last(); // H,13,D,1
        QCOMPARE(lastOn.employee, 7);
        QCOMPARE(lastOn.day, 13);
        QCOMPARE(lastOn.weight, 1);

        QCOMPARE(instance.shiftOffRequests.size(), 5);
        const NrpInstance::Request &firstOff = instance.shiftOffRequests.first(); // C,12,D,1
        QCOMPARE(firstOff.employee, 2);
        QCOMPARE(firstOff.day, 12);
        QCOMPARE(firstOff.weight, 1);
        QCOMPARE(instance.shiftOffRequests.last().weight, 3); // H,3,D,3

        QCOMPARE(instance.cover.size(), 14);
        const NrpInstance::Cover &day10 = instance.cover[10]; // 10,D,2,100,1
        QCOMPARE(day10.day, 10);
        QCOMPARE(day10.shift, 0);
        QCOMPARE(day10.requirement, 2);
        QCOMPARE(day10.underWeight, 100);
        QCOMPARE(day10.overWeight, 1);
    }

    void instance1Model()
    {
        const RosterModel model = loadOrFail(u"Instance1.txt"_s).model();
        QCOMPARE(model.days, 14);
        QCOMPARE(model.firstWeekday, 1);
        QCOMPARE(model.shifts.size(), std::size_t(1));
        QCOMPARE(model.shifts[0].id, u"D"_s);
        QCOMPARE(model.shifts[0].minutes, 480);
        QCOMPARE(model.shifts[0].cannotFollow, std::vector<bool>{false});

        QCOMPARE(model.employees.size(), std::size_t(8));
        const RosterModel::Employee &a = model.employees[0];
        QCOMPARE(a.id, u"A"_s);
        QCOMPARE(a.maxShifts, std::vector<int>{14});
        QCOMPARE(a.maxTotalMinutes, 4320);
        QCOMPARE(a.minTotalMinutes, 3360);
        QCOMPARE(a.maxConsecutiveShifts, 5);
        QCOMPARE(a.minConsecutiveShifts, 2);
        QCOMPARE(a.minConsecutiveDaysOff, 2);
        QCOMPARE(a.maxWeekends, 1);
        std::vector<bool> aOff(14, false);
        aOff[0] = true;
        QCOMPARE(a.dayOff, aOff);
        QCOMPARE(a.fixed, std::vector<int>(14, RosterModel::Unfixed));
        QCOMPARE(model.employees[1].dayOff[5], true); // B,5
        QCOMPARE(model.employees[1].dayOff[0], false);

        QCOMPARE(model.shiftOnRequests.size(), std::size_t(21));
        QCOMPARE(model.shiftOnRequests[2].employee, 1); // B,0,D,3
        QCOMPARE(model.shiftOnRequests[2].day, 0);
        QCOMPARE(model.shiftOnRequests[2].weight, 3);
        QCOMPARE(model.shiftOffRequests.size(), std::size_t(5));
        QCOMPARE(model.shiftOffRequests[2].employee, 5); // F,8,D,3
        QCOMPARE(model.shiftOffRequests[2].day, 8);
        QCOMPARE(model.shiftOffRequests[2].weight, 3);

        QCOMPARE(model.cover.size(), std::size_t(14));
        QCOMPARE(model.coverAt(1, 0).requirement, 7);
        QCOMPARE(model.coverAt(10, 0).requirement, 2);
        QCOMPARE(model.coverAt(13, 0).requirement, 4);
        QCOMPARE(model.coverAt(13, 0).underWeight, 100);
        QCOMPARE(model.coverAt(13, 0).overWeight, 1);
    }

    void successionsAndLimitsOfSeveralTypes()
    {
        // E, D, L: L may not be followed by E or D, D not by E.
        const NrpInstance three = loadOrFail(u"Instance3.txt"_s);
        QCOMPARE(three.shiftIndex(u"L"_s), 2);
        QCOMPARE(three.shifts[2].cannotFollow, (QList<int>{0, 1}));
        QCOMPARE(three.shifts[1].cannotFollow, QList<int>{0});
        QVERIFY(three.shifts[0].cannotFollow.isEmpty());
        const RosterModel model = three.model();
        QCOMPARE(model.shifts[2].cannotFollow, (std::vector<bool>{true, true, false}));
        QCOMPARE(model.shifts[0].cannotFollow, (std::vector<bool>{false, false, false}));

        // Instance2's D line: E=14|L=0.
        const NrpInstance two = loadOrFail(u"Instance2.txt"_s);
        QCOMPARE(two.employees[3].id, u"D"_s);
        QCOMPARE(two.employees[3].maxShifts, (QList<int>{14, 0}));
        QCOMPARE(two.model().employees[3].maxShifts, (std::vector<int>{14, 0}));
    }

    void crlfAndLfAgree()
    {
        QFile file(dataPath(u"Instance2.txt"_s));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray crlf = file.readAll();
        QVERIFY(crlf.contains("\r\n"));
        QByteArray lf = crlf;
        lf.replace("\r\n", "\n");

        QString error;
        const std::optional<NrpInstance> fromCrlf = NrpInstance::parse(crlf, u"Instance2.txt"_s, &error);
        QVERIFY2(fromCrlf, qPrintable(error));
        const std::optional<NrpInstance> fromLf = NrpInstance::parse(lf, u"Instance2.txt"_s, &error);
        QVERIFY2(fromLf, qPrintable(error));
        QCOMPARE(fromLf->employees.size(), fromCrlf->employees.size());
        QCOMPARE(fromLf->employees.last().id, u"N"_s);
        QCOMPARE(fromLf->employees.last().maxWeekends, fromCrlf->employees.last().maxWeekends);
        QCOMPARE(fromLf->shifts[1].cannotFollow, fromCrlf->shifts[1].cannotFollow);
        QCOMPARE(fromLf->shiftOnRequests.size(), fromCrlf->shiftOnRequests.size());
        QCOMPARE(fromLf->cover.size(), fromCrlf->cover.size());
        QCOMPARE(fromLf->cover.last().requirement, 5); // 13,L,5,100,1
    }

    void smallInstance()
    {
        QStringList lines = smallLines();
        lines.insert(9, u"   # an indented comment among the staff"_s);
        lines.insert(10, u"  "_s);
        QString error;
        const std::optional<NrpInstance> instance = NrpInstance::parse(join(lines, "\r\n"), u"small.txt"_s, &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->days, 7);
        QCOMPARE(instance->shifts[1].minutes, 600);
        QCOMPARE(instance->shifts[1].cannotFollow, QList<int>{0});
        QCOMPARE(instance->employees.size(), 2);
        QCOMPARE(instance->employees[1].maxShifts, (QList<int>{7, 0}));
        QCOMPARE(instance->employees[1].minConsecutiveShifts, 1);
        QVERIFY(instance->employees[1].daysOff.isEmpty());

        // Only (day 0, E) has a cover row: every other cell asks for no one at no cost.
        const RosterModel model = instance->model();
        QCOMPARE(model.cover.size(), std::size_t(14));
        QCOMPARE(model.coverAt(0, 0).requirement, 1);
        QCOMPARE(model.coverAt(0, 0).underWeight, 100);
        QCOMPARE(model.coverAt(0, 1).requirement, 0);
        QCOMPARE(model.coverAt(0, 1).underWeight, 0);
        QCOMPARE(model.coverAt(0, 1).overWeight, 0);
        QCOMPARE(model.coverAt(6, 0).overWeight, 0);
    }

    void shiftsMayNameOnesDefinedLater()
    {
        QStringList lines = smallLines();
        lines[5] = u"E,480,L|E"_s;
        lines[6] = u"L,600,"_s;
        QString error;
        const std::optional<NrpInstance> instance = NrpInstance::parse(join(lines), u"small.txt"_s, &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->shifts[0].cannotFollow, (QList<int>{0, 1}));
        QVERIFY(instance->shifts[1].cannotFollow.isEmpty());
    }

    void aTypeLeftOutOfMaxShiftsIsNotLimited()
    {
        QStringList lines = smallLines();
        lines[9] = u"A,E=3,2400,960,5,2,2,1"_s;
        lines[10] = u"B,,2400,960,5,1,1,1"_s;
        QString error;
        const std::optional<NrpInstance> instance = NrpInstance::parse(join(lines), u"small.txt"_s, &error);
        QVERIFY2(instance, qPrintable(error));
        // No more than one shift a day can be worked, so the horizon's 7 days is no limit.
        QCOMPARE(instance->employees[0].maxShifts, (QList<int>{3, 7}));
        QCOMPARE(instance->employees[1].maxShifts, (QList<int>{7, 7}));
    }

    void daysOffOnOneOrSeveralLines()
    {
        QStringList lines = smallLines();
        lines[13] = u"A,5,0,"_s;
        lines.insert(14, u"A,3,5"_s);
        QString error;
        const std::optional<NrpInstance> instance = NrpInstance::parse(join(lines), u"small.txt"_s, &error);
        QVERIFY2(instance, qPrintable(error));
        QCOMPARE(instance->employees[0].daysOff, (QList<int>{0, 3, 5}));
    }

    void badInput_data()
    {
        QTest::addColumn<int>("line"); // 1-based line of smallLines() to replace, or one past the end to append
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");

        QTest::newRow("not a whole number") << 10 << u"A,E=7|L=7,x,960,5,2,2,1"_s
                                            << u"small.txt:10: SECTION_STAFF: MaxTotalMinutes: \"x\" is not a whole number"_s;
        QTest::newRow("a fraction") << 11 << u"B,E=7|L=0,2400,960,5,1.5,1,1"_s
                                    << u"small.txt:11: SECTION_STAFF: MinConsecutiveShifts: \"1.5\" is not a whole number"_s;
        QTest::newRow("negative minutes") << 10 << u"A,E=7|L=7,2400,-5,5,2,2,1"_s
                                          << u"small.txt:10: SECTION_STAFF: MinTotalMinutes: \"-5\" is negative"_s;
        QTest::newRow("negative weekends") << 11 << u"B,E=7|L=0,2400,960,5,1,1,-1"_s
                                           << u"small.txt:11: SECTION_STAFF: MaxWeekends: \"-1\" is negative"_s;
        QTest::newRow("negative weight") << 17 << u"A,2,E,-2"_s << u"small.txt:17: SECTION_SHIFT_ON_REQUESTS: Weight: \"-2\" is negative"_s;
        QTest::newRow("negative shift length") << 6 << u"E,-480,"_s << u"small.txt:6: SECTION_SHIFTS: Length: \"-480\" is negative"_s;
        QTest::newRow("too few staff fields") << 10 << u"A,E=7|L=7,2400,960,5,2,2"_s
                                              << u"small.txt:10: SECTION_STAFF: 7 fields where 8 are expected"_s;
        QTest::newRow("too many request fields") << 20 << u"B,3,L,1,9"_s
                                                 << u"small.txt:20: SECTION_SHIFT_OFF_REQUESTS: 5 fields where 4 are expected"_s;
        QTest::newRow("duplicate shift id") << 7 << u"E,600,"_s << u"small.txt:7: SECTION_SHIFTS: ShiftID: \"E\" is already defined on line 6"_s;
        QTest::newRow("duplicate employee id") << 11 << u"A,E=7|L=0,2400,960,5,1,1,1"_s
                                               << u"small.txt:11: SECTION_STAFF: ID: \"A\" is already defined on line 10"_s;
        QTest::newRow("unknown cannot-follow shift") << 7 << u"L,600,E|N"_s
                                                     << u"small.txt:7: SECTION_SHIFTS: CannotFollow: unknown shift type \"N\""_s;
        QTest::newRow("unknown shift in a request") << 17 << u"A,2,N,2"_s
                                                    << u"small.txt:17: SECTION_SHIFT_ON_REQUESTS: ShiftID: unknown shift type \"N\""_s;
        QTest::newRow("unknown shift in cover") << 23 << u"0,N,1,100,1"_s << u"small.txt:23: SECTION_COVER: ShiftID: unknown shift type \"N\""_s;
        QTest::newRow("unknown employee in a request") << 20 << u"Z,3,L,1"_s
                                                       << u"small.txt:20: SECTION_SHIFT_OFF_REQUESTS: EmployeeID: unknown employee \"Z\""_s;
        QTest::newRow("unknown employee with days off") << 14 << u"Z,0"_s << u"small.txt:14: SECTION_DAYS_OFF: EmployeeID: unknown employee \"Z\""_s;
        QTest::newRow("day off past the horizon") << 14 << u"A,0,7"_s
                                                  << u"small.txt:14: SECTION_DAYS_OFF: DayIndexes: day 7 is outside the horizon of 7 days (0 to 6)"_s;
        QTest::newRow("request day past the horizon") << 17 << u"A,9,E,2"_s
                                                      << u"small.txt:17: SECTION_SHIFT_ON_REQUESTS: Day: day 9 is outside the horizon of 7 days (0 to 6)"_s;
        QTest::newRow("negative cover day") << 23 << u"-1,E,1,100,1"_s << u"small.txt:23: SECTION_COVER: Day: \"-1\" is negative"_s;
        QTest::newRow("cover day past the horizon") << 23 << u"7,E,1,100,1"_s
                                                    << u"small.txt:23: SECTION_COVER: Day: day 7 is outside the horizon of 7 days (0 to 6)"_s;
        QTest::newRow("cover row twice") << 24 << u"0,E,2,100,1"_s
                                         << u"small.txt:24: SECTION_COVER: day 0, shift type E already has a cover row on line 23"_s;
        QTest::newRow("MaxShifts without =") << 10 << u"A,E7|L=7,2400,960,5,2,2,1"_s
                                             << u"small.txt:10: SECTION_STAFF: MaxShifts: \"E7\" is not of the form ShiftID=number"_s;
        QTest::newRow("MaxShifts unknown type") << 10 << u"A,E=7|N=7,2400,960,5,2,2,1"_s
                                                << u"small.txt:10: SECTION_STAFF: MaxShifts: unknown shift type \"N\""_s;
        QTest::newRow("MaxShifts type twice") << 10 << u"A,E=7|E=3,2400,960,5,2,2,1"_s
                                              << u"small.txt:10: SECTION_STAFF: MaxShifts: shift type \"E\" is named twice"_s;
        QTest::newRow("MaxShifts not a number") << 10 << u"A,E=x|L=7,2400,960,5,2,2,1"_s
                                                << u"small.txt:10: SECTION_STAFF: MaxShifts: \"x\" is not a whole number"_s;
        QTest::newRow("horizon not a number") << 3 << u"seven"_s << u"small.txt:3: SECTION_HORIZON: Days: \"seven\" is not a whole number"_s;
        QTest::newRow("horizon of no days") << 3 << u"0"_s << u"small.txt:3: SECTION_HORIZON: Days: the horizon must be 1 to 36600 days"_s;
        QTest::newRow("horizon without its number") << 3 << u"# none"_s
                                                    << u"small.txt:2: SECTION_HORIZON: Days: the number of days is missing"_s;
        QTest::newRow("two horizons") << 4 << u"8"_s << u"small.txt:4: SECTION_HORIZON: a second value; the horizon is given on line 3"_s;
        QTest::newRow("section twice") << 21 << u"SECTION_STAFF"_s << u"small.txt:21: SECTION_STAFF: the section appears twice (first on line 9)"_s;
        QTest::newRow("unknown section") << 22 << u"SECTION_COVERS"_s << u"small.txt:22: SECTION_COVERS: unknown section"_s;
        QTest::newRow("data before a section") << 1 << u"14"_s << u"small.txt:1: data before the first SECTION_ heading"_s;
    }

    void badInput()
    {
        QFETCH(int, line);
        QFETCH(QString, text);
        QFETCH(QString, error);

        QStringList lines = smallLines();
        if (line == lines.size() + 1)
            lines.append(text);
        else
            lines[line - 1] = text;

        QString message;
        QVERIFY(!NrpInstance::parse(join(lines), u"small.txt"_s, &message));
        QCOMPARE(message, error);
        // The same with CRLF line ends.
        message.clear();
        QVERIFY(!NrpInstance::parse(join(lines, "\r\n"), u"small.txt"_s, &message));
        QCOMPARE(message, error);
    }

    void missingHorizon()
    {
        QStringList lines = smallLines();
        lines[1] = u"# no horizon"_s;
        lines[2] = u"# 7"_s;
        QString error;
        QVERIFY(!NrpInstance::parse(join(lines), u"small.txt"_s, &error));
        QCOMPARE(error, u"small.txt: SECTION_HORIZON: the section is missing"_s);
    }

    void emptyText()
    {
        QString error;
        QVERIFY(!NrpInstance::parse(QByteArrayView(), u"empty.txt"_s, &error));
        QCOMPARE(error, u"empty.txt: SECTION_HORIZON: the section is missing"_s);
    }

    void sectionsWithoutRows()
    {
        QStringList lines = smallLines();
        lines[5] = u"# none"_s;
        lines[6] = u"# none"_s;
        QString error;
        QVERIFY(!NrpInstance::parse(join(lines), u"small.txt"_s, &error));
        QCOMPARE(error, u"small.txt:5: SECTION_SHIFTS: no shift types"_s);

        lines = smallLines();
        lines[9] = u"# none"_s;
        lines[10] = u"# none"_s;
        QVERIFY(!NrpInstance::parse(join(lines), u"small.txt"_s, &error));
        QCOMPARE(error, u"small.txt:9: SECTION_STAFF: no employees"_s);
    }

    void unreadableFile()
    {
        const QString path = dataPath(u"NoSuchInstance.txt"_s);
        QString error;
        QVERIFY(!NrpInstance::load(path, &error));
        QVERIFY2(error.startsWith(path + u" cannot be read: "_s), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNrpInstance)
#include "tst_nrpinstance.moc"
