#include "scheduling/nrp/nrpinstance.h"
#include "scheduling/nrp/nrproster.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Four days, shift types E and L, employees A, B and C.
NrpInstance smallInstance()
{
    const QByteArray text = "SECTION_HORIZON\n4\n"
                            "SECTION_SHIFTS\nE,480,\nL,480,E\n"
                            "SECTION_STAFF\n"
                            "A,E=4|L=4,2400,0,4,1,1,1\n"
                            "B,E=4|L=4,2400,0,4,1,1,1\n"
                            "C,E=4|L=4,2400,0,4,1,1,1\n";
    QString error;
    std::optional<NrpInstance> instance = NrpInstance::parse(text, u"small.txt"_s, &error);
    if (!instance)
        qFatal("%s", qPrintable(error));
    return *instance;
}

} // namespace

class TestNrpRoster : public QObject
{
    Q_OBJECT

private slots:
    void startsAllOff()
    {
        const NrpRoster roster(3, 4);
        QCOMPARE(roster.employees, 3);
        QCOMPARE(roster.days, 4);
        QCOMPARE(roster.cells, std::vector<int>(12, NrpRoster::Off));
    }

    void roundTrip()
    {
        const NrpInstance instance = smallInstance();
        NrpRoster roster(3, 4);
        roster.set(0, 0, 0);
        roster.set(0, 1, 1);
        roster.set(1, 3, 1);
        roster.set(2, 2, 0);
        QCOMPARE(roster.at(0, 1), 1);
        QCOMPARE(roster.cells[4 + 3], 1); // [employee * days + day]

        const QString text = roster.toText(instance);
        QCOMPARE(text, u"A\tE\tL\t-\t-\nB\t-\t-\t-\tL\nC\t-\t-\tE\t-\n"_s);

        QString error;
        const std::optional<NrpRoster> back = NrpRoster::fromText(text, instance, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->employees, 3);
        QCOMPARE(back->days, 4);
        QCOMPARE(back->cells, roster.cells);
    }

    void readsAnyOrderCrlfAndBlankLines()
    {
        const NrpInstance instance = smallInstance();
        QString error;
        const std::optional<NrpRoster> roster =
            NrpRoster::fromText(u"\r\nC\tL\tL\t-\t-\r\n\r\nA\t-\t-\t-\t-\r\nB\tE\t-\tE\t-\r\n"_s, instance, &error);
        QVERIFY2(roster, qPrintable(error));
        QCOMPARE(roster->cells, (std::vector<int>{-1, -1, -1, -1, 0, -1, 0, -1, 1, 1, -1, -1}));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");

        QTest::newRow("unknown employee") << u"A\t-\t-\t-\t-\nZ\t-\t-\t-\t-\n"_s << u"Line 2: unknown employee \"Z\""_s;
        QTest::newRow("too few days") << u"A\t-\t-\t-\t-\nB\tE\tE\tE\n"_s << u"Line 2: employee B: 3 days where the instance has 4"_s;
        QTest::newRow("too many days") << u"A\t-\t-\t-\t-\t-\n"_s << u"Line 1: employee A: 5 days where the instance has 4"_s;
        QTest::newRow("unknown shift") << u"\nA\t-\tE\tN\t-\n"_s << u"Line 2: employee A, day 2: unknown shift type \"N\""_s;
        QTest::newRow("employee twice") << u"A\t-\t-\t-\t-\nB\t-\t-\t-\t-\nA\tE\t-\t-\t-\n"_s
                                        << u"Line 3: employee A is already on line 1"_s;
        QTest::newRow("missing employees") << u"B\t-\t-\t-\t-\n"_s << u"No line for employee(s) A, C"_s;
        QTest::newRow("empty") << QString() << u"No line for employee(s) A, B, C"_s;
    }

    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        QString message;
        QVERIFY(!NrpRoster::fromText(text, smallInstance(), &message));
        QCOMPARE(message, error);
    }
};

QTEST_GUILESS_MAIN(TestNrpRoster)
#include "tst_nrproster.moc"
