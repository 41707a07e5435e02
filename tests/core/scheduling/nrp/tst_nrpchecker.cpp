#include "scheduling/nrp/nrpchecker.h"
#include "scheduling/nrp/nrpinstance.h"
#include "scheduling/nrp/nrproster.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Two weeks from a Monday (weekends: days 5-6 and 12-13). E is 480 minutes, L 600, and E may
// not follow L. A's rules bind in the middle of the horizon, B works up to its limits, C is
// for weekends and blocks at the horizon's ends.
const char *const SmallInstance = "SECTION_HORIZON\n"
                                  "14\n"
                                  "SECTION_SHIFTS\n"
                                  "E,480,\n"
                                  "L,600,E\n"
                                  "SECTION_STAFF\n"
                                  "A,E=10|L=10,6000,2000,3,2,2,2\n"
                                  "B,E=3|L=14,5040,0,4,1,1,2\n"
                                  "C,E=14|L=14,10000,0,6,2,3,1\n"
                                  "SECTION_DAYS_OFF\n"
                                  "A,2,10\n"
                                  "B,7\n"
                                  "SECTION_SHIFT_ON_REQUESTS\n"
                                  "A,0,E,2\n"
                                  "A,4,E,3\n"
                                  "B,9,L,1\n"
                                  "B,3,E,4\n"
                                  "SECTION_SHIFT_OFF_REQUESTS\n"
                                  "B,4,E,5\n"
                                  "A,1,L,6\n"
                                  "A,12,E,8\n"
                                  "SECTION_COVER\n"
                                  "0,E,1,100,1\n"
                                  "1,E,2,100,1\n"
                                  "1,L,0,100,10\n"
                                  "5,E,0,50,3\n"
                                  "5,L,2,50,3\n"
                                  "9,L,3,7,1\n";

// Within every limit: A and B at some of theirs (B at 3 E, 5040 minutes, 4 shifts in a row).
const QString BaselineA = u"EE--LL--EE----"_s;
const QString BaselineB = u"-LL-EEE-LLLL--"_s;
const QString BaselineC = u"--------------"_s;

NrpInstance smallInstance()
{
    QString error;
    std::optional<NrpInstance> instance = NrpInstance::parse(SmallInstance, u"small.txt"_s, &error);
    if (!instance)
        qFatal("%s", qPrintable(error));
    return *instance;
}

// One character a day: '-' off, otherwise the shift id.
NrpRoster roster(const NrpInstance &instance, const QStringList &rows)
{
    NrpRoster result(int(instance.employees.size()), instance.days);
    for (int e = 0; e < rows.size(); ++e) {
        if (rows[e].size() != instance.days)
            qFatal("row %d has %d days", e, int(rows[e].size()));
        for (int d = 0; d < instance.days; ++d)
            result.set(e, d, rows[e][d] == u'-' ? NrpRoster::Off : instance.shiftIndex(QString(rows[e][d])));
    }
    return result;
}

NrpChecker::Result check(const QString &a, const QString &b, const QString &c)
{
    const NrpInstance instance = smallInstance();
    return NrpChecker::check(instance, roster(instance, {a, b, c}));
}

} // namespace

class TestNrpChecker : public QObject
{
    Q_OBJECT

private slots:
    void baselineObjective()
    {
        const NrpChecker::Result result = check(BaselineA, BaselineB, BaselineC);
        QCOMPARE(result.violations, QStringList());
        QVERIFY(result.feasible());
        // On: A,4,E (A works L) 3 + B,3,E (off) 4; A,0,E and B,9,L granted.
        QCOMPARE(result.shiftOnPenalty, 7);
        // Off: B,4,E (B works E) 5; A,1,L (A works E) and A,12,E (off) granted.
        QCOMPARE(result.shiftOffPenalty, 5);
        // Day 0 E: 1 of 1. Day 1 E: 1 of 2, 100; L: 1 of 0, 10. Day 5 E: 1 of 0, 3; L: 1 of 2, 50.
        // Day 9 L: 1 of 3, 2 x 7 = 14. Days and types without a row cost nothing.
        QCOMPARE(result.coverPenalty, 177);
        QCOMPARE(result.objective, 189);
    }

    void allOffSmall()
    {
        const NrpChecker::Result result = check(BaselineC, BaselineC, BaselineC);
        // A whole horizon off touches both ends, so only A's minimum minutes is broken.
        QCOMPARE(result.violations, QStringList{u"Employee A: 0 minutes worked, at least 2000 required"_s});
        QVERIFY(!result.feasible());
        QCOMPARE(result.shiftOnPenalty, 2 + 3 + 1 + 4);
        QCOMPARE(result.shiftOffPenalty, 0);
        QCOMPARE(result.coverPenalty, 1 * 100 + 2 * 100 + 2 * 50 + 3 * 7);
        QCOMPARE(result.objective, 10 + 421);
    }

    void dayOff()
    {
        const NrpChecker::Result result = check(BaselineA, u"-LL-EE-LLLL---"_s, BaselineC);
        QCOMPARE(result.violations, QStringList{u"Employee B, day 7: works L on a day off"_s});
    }

    void forbiddenSuccession()
    {
        // L then E is forbidden (days 1-2); E then L (days 4-5) is allowed.
        const NrpChecker::Result result = check(BaselineA, u"-LE-EL--LLLL--"_s, BaselineC);
        QCOMPARE(result.violations, QStringList{u"Employee B, days 1 and 2: L followed by E, which may not follow it"_s});
        // L, a day off, then E: the baseline's B, days 2-4.
        QVERIFY(check(BaselineA, BaselineB, BaselineC).feasible());
    }

    void maxShiftsOfAType()
    {
        const NrpChecker::Result result = check(BaselineA, u"-LL-EEE-EELL--"_s, BaselineC);
        QCOMPARE(result.violations, QStringList{u"Employee B: 5 shift(s) of type E, at most 3 allowed"_s});
    }

    void maxTotalMinutes()
    {
        // One L more than the baseline's 5040.
        const NrpChecker::Result result = check(BaselineA, u"-LL-EEE-LLLL-L"_s, BaselineC);
        QCOMPARE(result.violations, QStringList{u"Employee B: 5640 minutes worked, at most 5040 allowed"_s});
    }

    void minTotalMinutes()
    {
        const NrpChecker::Result result = check(u"EE------------"_s, BaselineB, BaselineC);
        QCOMPARE(result.violations, QStringList{u"Employee A: 960 minutes worked, at least 2000 required"_s});
    }

    void maxConsecutiveShifts()
    {
        QCOMPARE(check(BaselineA, u"-L--EE--LLLLL-"_s, BaselineC).violations,
                 QStringList{u"Employee B, days 8 to 12: 5 consecutive shift(s), at most 4 allowed"_s});
        // A run touching the end of the horizon is still bound by the maximum.
        QCOMPARE(check(BaselineA, u"-L--EE---LLLLL"_s, BaselineC).violations,
                 QStringList{u"Employee B, days 9 to 13: 5 consecutive shift(s), at most 4 allowed"_s});
    }

    void minConsecutiveShifts()
    {
        QCOMPARE(check(u"EE--L---EE----"_s, BaselineB, BaselineC).violations,
                 QStringList{u"Employee A, day 4: 1 consecutive shift(s), at least 2 required"_s});
        // A single shift on the first or on the last day may continue outside the horizon.
        QCOMPARE(check(u"E---LL--EE----"_s, BaselineB, BaselineC).violations, QStringList());
        QCOMPARE(check(u"EE--LL--EE---E"_s, BaselineB, BaselineC).violations, QStringList());
    }

    void minConsecutiveDaysOff()
    {
        QCOMPARE(check(u"EE--LL-EE-----"_s, BaselineB, BaselineC).violations,
                 QStringList{u"Employee A, day 6: 1 consecutive day(s) off, at least 2 required"_s});
        QCOMPARE(check(BaselineA, BaselineB, u"EEEE--EEEE----"_s).violations,
                 QStringList{u"Employee C, days 4 to 5: 2 consecutive day(s) off, at least 3 required"_s});
        QCOMPARE(check(BaselineA, BaselineB, u"EEE---EEEE----"_s).violations, QStringList());
        // A single day off on the first or on the last day may continue outside the horizon.
        QCOMPARE(check(BaselineA, BaselineB, u"-EEEE---------"_s).violations, QStringList());
        QCOMPARE(check(BaselineA, BaselineB, u"-------EEEEEE-"_s).violations, QStringList());
    }

    void maxWorkingWeekends()
    {
        // Saturday and Sunday of one weekend make one working weekend.
        QCOMPARE(check(BaselineA, BaselineB, u"-----EE-------"_s).violations, QStringList());
        // Saturday 12 makes the second.
        QCOMPARE(check(BaselineA, BaselineB, u"-----EE----EE-"_s).violations,
                 QStringList{u"Employee C: 2 working weekend(s), at most 1 allowed"_s});
    }

    void severalViolations()
    {
        // A works day 2 (a day off) after a run of 3; the day off on day 3 alone then breaks A's
        // minimum of 2.
        const NrpChecker::Result result = check(u"EEE-LL--EE----"_s, BaselineB, BaselineC);
        QCOMPARE(result.violations, (QStringList{
                                        u"Employee A, day 2: works E on a day off"_s,
                                        u"Employee A, day 3: 1 consecutive day(s) off, at least 2 required"_s,
                                    }));
    }

    void rosterOfTheWrongSize()
    {
        const NrpChecker::Result result = NrpChecker::check(smallInstance(), NrpRoster(2, 14));
        QCOMPARE(result.violations, QStringList{u"The roster has 2 employees and 14 days; the instance has 3 employees and 14 days"_s});
        QCOMPARE(result.objective, 0);
    }

    void allOffInstance1()
    {
        QString error;
        const std::optional<NrpInstance> instance = NrpInstance::load(QStringLiteral(ROTADESK_TEST_DATA_DIR "/nrp/Instance1.txt"), &error);
        QVERIFY2(instance, qPrintable(error));
        const NrpChecker::Result result = NrpChecker::check(*instance, NrpRoster(8, 14));

        QStringList expected;
        for (const QString &id : {u"A"_s, u"B"_s, u"C"_s, u"D"_s, u"E"_s, u"F"_s, u"G"_s, u"H"_s})
            expected.append(u"Employee %1: 0 minutes worked, at least 3360 required"_s.arg(id));
        QCOMPARE(result.violations, expected);
        // Every shift-on request unmet: A 2+2, B 5x3, C 5x1, D 2+2, F 2+2, H 5x1.
        QCOMPARE(result.shiftOnPenalty, 4 + 15 + 5 + 4 + 4 + 5);
        QCOMPARE(result.shiftOffPenalty, 0);
        // Requirements 5 7 6 4 5 5 5 6 7 4 2 5 6 4 (71 in all), each short at 100.
        QCOMPARE(result.coverPenalty, 71 * 100);
        QCOMPARE(result.objective, 37 + 7100);
    }
};

QTEST_GUILESS_MAIN(TestNrpChecker)
#include "tst_nrpchecker.moc"
