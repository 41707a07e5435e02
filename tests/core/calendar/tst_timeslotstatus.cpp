#include "calendar/timeslotstatus.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestTimeslotStatus : public QObject
{
    Q_OBJECT

private slots:
    // A slot of minimum 2, ideal 4, maximum 6, counted from 0 to 8 people.
    void everyStepOfTheScale_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<int>("level");
        QTest::addColumn<QString>("text");
        QTest::newRow("nobody") << 0 << -2 << u"below-minimum"_s;
        QTest::newRow("one short of the minimum") << 1 << -2 << u"below-minimum"_s;
        QTest::newRow("the minimum") << 2 << -1 << u"below-ideal"_s;
        QTest::newRow("one short of the ideal") << 3 << -1 << u"below-ideal"_s;
        QTest::newRow("the ideal") << 4 << 0 << u"ideal"_s;
        QTest::newRow("one above the ideal") << 5 << 1 << u"above-ideal"_s;
        QTest::newRow("the maximum") << 6 << 2 << u"at-maximum"_s;
        QTest::newRow("one over the maximum") << 7 << 3 << u"over-maximum"_s;
        QTest::newRow("two over the maximum") << 8 << 3 << u"over-maximum"_s;
    }

    void everyStepOfTheScale()
    {
        QFETCH(int, count);
        QFETCH(int, level);
        QFETCH(QString, text);
        const TimeslotStatus::Level found = TimeslotStatus::of(count, 2, 4, 6);
        QCOMPARE(int(found), level);
        QCOMPARE(TimeslotStatus::text(found), text);
        TimeslotStatus::Level parsed = TimeslotStatus::Ideal;
        QVERIFY(TimeslotStatus::fromText(text, &parsed));
        QCOMPARE(parsed, found);
        QVERIFY(!TimeslotStatus::label(found).isEmpty());
    }

    // Where the ideal is the maximum, reaching it is ideal, not "at maximum"; where the minimum is
    // the ideal, one short is below the minimum.
    void idealTakesPrecedenceOverTheEnds()
    {
        QCOMPARE(TimeslotStatus::of(3, 1, 3, 3), TimeslotStatus::Ideal);
        QCOMPARE(TimeslotStatus::of(4, 1, 3, 3), TimeslotStatus::OverMaximum);
        QCOMPARE(TimeslotStatus::of(2, 3, 3, 5), TimeslotStatus::BelowMinimum);
        QCOMPARE(TimeslotStatus::of(0, 0, 0, 0), TimeslotStatus::Ideal);
        QCOMPARE(TimeslotStatus::of(1, 0, 0, 0), TimeslotStatus::OverMaximum);
    }

    void tooFewPeopleIsMoreUrgentThanTooMany()
    {
        using S = TimeslotStatus;
        const QList<S::Level> mildestFirst{S::Ideal, S::AboveIdeal, S::AtMaximum, S::BelowIdeal, S::OverMaximum, S::BelowMinimum};
        for (qsizetype i = 0; i < mildestFirst.size(); ++i) {
            for (qsizetype j = 0; j < mildestFirst.size(); ++j)
                QCOMPARE(S::moreUrgent(mildestFirst[i], mildestFirst[j]), mildestFirst[std::max(i, j)]);
        }
    }

    void unknownTextIsRefused()
    {
        TimeslotStatus::Level level = TimeslotStatus::AtMaximum;
        QVERIFY(!TimeslotStatus::fromText(u"below_minimum"_s, &level));
        QCOMPARE(level, TimeslotStatus::AtMaximum);
    }
};

QTEST_GUILESS_MAIN(TestTimeslotStatus)
#include "tst_timeslotstatus.moc"
