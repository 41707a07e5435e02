#include "model/weekdayset.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

class TestWeekdaySet : public QObject
{
    Q_OBJECT

private slots:
    void emptyByDefault()
    {
        const WeekdaySet set;
        QVERIFY(set.isEmpty());
        QCOMPARE(set.count(), 0);
        QVERIFY(set.toList().isEmpty());
        for (int day = 1; day <= 7; ++day)
            QVERIFY(!set.contains(day));
    }

    void insertAndRemove()
    {
        WeekdaySet set;
        set.insert(7);
        set.insert(1);
        set.insert(3);
        set.insert(3);
        QCOMPARE(set.count(), 3);
        QCOMPARE(set.toList(), (QList<int>{1, 3, 7}));
        QVERIFY(set.contains(7));
        QVERIFY(!set.contains(2));
        set.remove(3);
        set.remove(4);
        QCOMPARE(set.toList(), (QList<int>{1, 7}));
    }

    void outOfRangeDaysAreIgnored_data()
    {
        QTest::addColumn<int>("day");
        QTest::newRow("zero") << 0;
        QTest::newRow("eight") << 8;
        QTest::newRow("negative") << -1;
        QTest::newRow("large") << 1000;
    }

    void outOfRangeDaysAreIgnored()
    {
        QFETCH(int, day);
        WeekdaySet set = WeekdaySet::fromList({2});
        set.insert(day);
        QCOMPARE(set.toList(), QList<int>{2});
        QVERIFY(!set.contains(day));
        set.remove(day);
        QCOMPARE(set.toList(), QList<int>{2});
    }

    void fromListSortsAndDeduplicates()
    {
        QCOMPARE(WeekdaySet::fromList({5, 1, 5, 9, 0}).toList(), (QList<int>{1, 5}));
        QCOMPARE(WeekdaySet::fromList({5, 1}), WeekdaySet::fromList({1, 5}));
    }

    void intersects()
    {
        const WeekdaySet weekend = WeekdaySet::fromList({6, 7});
        QVERIFY(weekend.intersects(WeekdaySet::fromList({1, 7})));
        QVERIFY(!weekend.intersects(WeekdaySet::fromList({1, 2, 3, 4, 5})));
        QVERIFY(!weekend.intersects(WeekdaySet()));
    }

    void jsonRoundTrip_data()
    {
        QTest::addColumn<QList<int>>("days");
        QTest::newRow("empty") << QList<int>{};
        QTest::newRow("weekdays") << QList<int>{1, 2, 3, 4, 5};
        QTest::newRow("Sunday") << QList<int>{7};
        QTest::newRow("all") << QList<int>{1, 2, 3, 4, 5, 6, 7};
    }

    void jsonRoundTrip()
    {
        QFETCH(QList<int>, days);
        const WeekdaySet set = WeekdaySet::fromList(days);
        QJsonArray expected;
        for (int day : days)
            expected.append(day);
        QCOMPARE(set.toJson(), expected);
        WeekdaySet back = WeekdaySet::fromList({4});
        QVERIFY(WeekdaySet::fromJson(set.toJson(), &back));
        QCOMPARE(back, set);
    }

    void fromJsonRefusesWhatIsNotAWeekday_data()
    {
        QTest::addColumn<QJsonArray>("json");
        QTest::newRow("zero") << QJsonArray{1, 0};
        QTest::newRow("eight") << QJsonArray{8};
        QTest::newRow("fraction") << QJsonArray{2.5};
        QTest::newRow("name") << QJsonArray{u"mon"_s};
        QTest::newRow("digit as text") << QJsonArray{u"1"_s};
        QTest::newRow("null") << QJsonArray{QJsonValue()};
        QTest::newRow("nested list") << QJsonArray{QJsonArray{1}};
    }

    void fromJsonRefusesWhatIsNotAWeekday()
    {
        QFETCH(QJsonArray, json);
        WeekdaySet set = WeekdaySet::fromList({3});
        QVERIFY(!WeekdaySet::fromJson(json, &set));
        QCOMPARE(set.toList(), QList<int>{3}); // left as it was
    }

    void fromJsonAcceptsWholeNumbersWrittenAsDoubles()
    {
        WeekdaySet set;
        QVERIFY(WeekdaySet::fromJson(QJsonArray{1.0, 7.0}, &set));
        QCOMPARE(set.toList(), (QList<int>{1, 7}));
    }
};

QTEST_GUILESS_MAIN(TestWeekdaySet)
#include "tst_weekdayset.moc"
