#include "../storage/storagetestsupport.h"

#include "calendar/bankholidays.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace StorageTest;

using Region = BankHolidays::Region;

Q_DECLARE_METATYPE(BankHolidays::Region)

class TestBankHolidays : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QList<QDate> datesOf(const QList<std::pair<QDate, QString>> &holidays)
    {
        QList<QDate> dates;
        for (const auto &holiday : holidays)
            dates << holiday.first;
        return dates;
    }

    static QList<QDate> dates(int year, const QList<std::pair<int, int>> &monthDays)
    {
        QList<QDate> result;
        for (const auto &[month, day] : monthDays)
            result << QDate(year, month, day);
        return result;
    }

private slots:
    // The lists published on GOV.UK.
    void publishedLists_data()
    {
        QTest::addColumn<Region>("region");
        QTest::addColumn<int>("year");
        QTest::addColumn<QList<QDate>>("expected");

        const Region ew = Region::EnglandAndWales;
        QTest::newRow("england-and-wales 2023")
            << ew << 2023 << dates(2023, {{1, 2}, {4, 7}, {4, 10}, {5, 1}, {5, 8}, {5, 29}, {8, 28}, {12, 25}, {12, 26}});
        QTest::newRow("england-and-wales 2024")
            << ew << 2024 << dates(2024, {{1, 1}, {3, 29}, {4, 1}, {5, 6}, {5, 27}, {8, 26}, {12, 25}, {12, 26}});
        QTest::newRow("england-and-wales 2025")
            << ew << 2025 << dates(2025, {{1, 1}, {4, 18}, {4, 21}, {5, 5}, {5, 26}, {8, 25}, {12, 25}, {12, 26}});
        QTest::newRow("england-and-wales 2026")
            << ew << 2026 << dates(2026, {{1, 1}, {4, 3}, {4, 6}, {5, 4}, {5, 25}, {8, 31}, {12, 25}, {12, 28}});
        QTest::newRow("england-and-wales 2027")
            << ew << 2027 << dates(2027, {{1, 1}, {3, 26}, {3, 29}, {5, 3}, {5, 31}, {8, 30}, {12, 27}, {12, 28}});

        const Region sc = Region::Scotland;
        QTest::newRow("scotland 2023")
            << sc << 2023 << dates(2023, {{1, 2}, {1, 3}, {4, 7}, {5, 1}, {5, 8}, {5, 29}, {8, 7}, {11, 30}, {12, 25}, {12, 26}});
        QTest::newRow("scotland 2024")
            << sc << 2024 << dates(2024, {{1, 1}, {1, 2}, {3, 29}, {5, 6}, {5, 27}, {8, 5}, {12, 2}, {12, 25}, {12, 26}});
        QTest::newRow("scotland 2025")
            << sc << 2025 << dates(2025, {{1, 1}, {1, 2}, {4, 18}, {5, 5}, {5, 26}, {8, 4}, {12, 1}, {12, 25}, {12, 26}});
        QTest::newRow("scotland 2026")
            << sc << 2026 << dates(2026, {{1, 1}, {1, 2}, {4, 3}, {5, 4}, {5, 25}, {8, 3}, {11, 30}, {12, 25}, {12, 28}});
        QTest::newRow("scotland 2027")
            << sc << 2027 << dates(2027, {{1, 1}, {1, 4}, {3, 26}, {5, 3}, {5, 31}, {8, 2}, {11, 30}, {12, 27}, {12, 28}});

        const Region ni = Region::NorthernIreland;
        QTest::newRow("northern-ireland 2023")
            << ni << 2023
            << dates(2023, {{1, 2}, {3, 17}, {4, 7}, {4, 10}, {5, 1}, {5, 8}, {5, 29}, {7, 12}, {8, 28}, {12, 25}, {12, 26}});
        QTest::newRow("northern-ireland 2024")
            << ni << 2024 << dates(2024, {{1, 1}, {3, 18}, {3, 29}, {4, 1}, {5, 6}, {5, 27}, {7, 12}, {8, 26}, {12, 25}, {12, 26}});
        QTest::newRow("northern-ireland 2025")
            << ni << 2025 << dates(2025, {{1, 1}, {3, 17}, {4, 18}, {4, 21}, {5, 5}, {5, 26}, {7, 14}, {8, 25}, {12, 25}, {12, 26}});
        QTest::newRow("northern-ireland 2026")
            << ni << 2026 << dates(2026, {{1, 1}, {3, 17}, {4, 3}, {4, 6}, {5, 4}, {5, 25}, {7, 13}, {8, 31}, {12, 25}, {12, 28}});
        QTest::newRow("northern-ireland 2027")
            << ni << 2027 << dates(2027, {{1, 1}, {3, 17}, {3, 26}, {3, 29}, {5, 3}, {5, 31}, {7, 12}, {8, 30}, {12, 27}, {12, 28}});
    }

    void publishedLists()
    {
        QFETCH(Region, region);
        QFETCH(int, year);
        QFETCH(QList<QDate>, expected);
        const BankHolidays holidays(region);
        QCOMPARE(datesOf(holidays.between(QDate(year, 1, 1), QDate(year, 12, 31))), expected);
        for (QDate date(year, 1, 1); date.year() == year; date = date.addDays(1))
            QCOMPARE(holidays.isHoliday(date), expected.contains(date));
    }

    void names()
    {
        const BankHolidays england(Region::EnglandAndWales);
        QCOMPARE(england.nameOf(QDate(2026, 12, 25)), u"Christmas Day"_s);
        QCOMPARE(england.nameOf(QDate(2026, 12, 28)), u"Boxing Day (substitute day)"_s);
        QCOMPARE(england.nameOf(QDate(2023, 1, 2)), u"New Year’s Day (substitute day)"_s);
        QCOMPARE(england.nameOf(QDate(2026, 4, 3)), u"Good Friday"_s);
        QCOMPARE(england.nameOf(QDate(2026, 4, 6)), u"Easter Monday"_s);
        QCOMPARE(england.nameOf(QDate(2026, 5, 4)), u"Early May bank holiday"_s);
        QCOMPARE(england.nameOf(QDate(2026, 5, 25)), u"Spring bank holiday"_s);
        QCOMPARE(england.nameOf(QDate(2026, 8, 31)), u"Summer bank holiday"_s);
        QCOMPARE(england.nameOf(QDate(2023, 5, 8)), u"Bank holiday for the coronation of King Charles III"_s);
        QCOMPARE(england.nameOf(QDate(2026, 12, 24)), QString());

        // As published: when 1 January is a Sunday, Monday is New Year's Day's substitute and
        // Tuesday the 2nd January's.
        const BankHolidays scotland(Region::Scotland);
        QCOMPARE(scotland.nameOf(QDate(2023, 1, 2)), u"New Year’s Day (substitute day)"_s);
        QCOMPARE(scotland.nameOf(QDate(2023, 1, 3)), u"2nd January (substitute day)"_s);
        QCOMPARE(scotland.nameOf(QDate(2027, 1, 4)), u"2nd January (substitute day)"_s);
        QCOMPARE(scotland.nameOf(QDate(2025, 12, 1)), u"St Andrew’s Day (substitute day)"_s);
        QCOMPARE(scotland.nameOf(QDate(2026, 8, 3)), u"Summer bank holiday"_s);

        const BankHolidays northernIreland(Region::NorthernIreland);
        QCOMPARE(northernIreland.nameOf(QDate(2024, 3, 18)), u"St Patrick’s Day (substitute day)"_s);
        QCOMPARE(northernIreland.nameOf(QDate(2027, 7, 12)), u"Battle of the Boyne (Orangemen’s Day)"_s);
    }

    void substituteDays()
    {
        const BankHolidays holidays(Region::EnglandAndWales);
        // Christmas on a Saturday: Monday for Christmas Day, Tuesday for Boxing Day.
        QCOMPARE(holidays.between(QDate(2021, 12, 24), QDate(2021, 12, 31)),
                 (QList<std::pair<QDate, QString>>{{QDate(2021, 12, 27), u"Christmas Day (substitute day)"_s},
                                                   {QDate(2021, 12, 28), u"Boxing Day (substitute day)"_s}}));
        // Christmas on a Sunday: Boxing Day keeps the Monday, Christmas Day takes the Tuesday.
        QCOMPARE(holidays.between(QDate(2022, 12, 24), QDate(2022, 12, 31)),
                 (QList<std::pair<QDate, QString>>{{QDate(2022, 12, 26), u"Boxing Day"_s},
                                                   {QDate(2022, 12, 27), u"Christmas Day (substitute day)"_s}}));
        // Christmas on a Friday: Boxing Day moves to the Monday.
        QCOMPARE(datesOf(holidays.between(QDate(2020, 12, 24), QDate(2020, 12, 31))),
                 (QList<QDate>{QDate(2020, 12, 25), QDate(2020, 12, 28)}));
        QVERIFY(!holidays.isHoliday(QDate(2021, 12, 25)));
    }

    void oneOffChanges()
    {
        const BankHolidays holidays(Region::EnglandAndWales);
        QCOMPARE(datesOf(holidays.between(QDate(2020, 5, 1), QDate(2020, 5, 31))), (QList<QDate>{QDate(2020, 5, 8), QDate(2020, 5, 25)}));
        QCOMPARE(datesOf(holidays.between(QDate(2022, 5, 1), QDate(2022, 6, 30))),
                 (QList<QDate>{QDate(2022, 5, 2), QDate(2022, 6, 2), QDate(2022, 6, 3)}));
        QCOMPARE(holidays.nameOf(QDate(2022, 6, 3)), u"Platinum Jubilee bank holiday"_s);
        QCOMPARE(datesOf(holidays.between(QDate(2012, 5, 1), QDate(2012, 6, 30))),
                 (QList<QDate>{QDate(2012, 5, 7), QDate(2012, 6, 4), QDate(2012, 6, 5)}));
        for (const Region region : {Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland}) {
            const BankHolidays regional(region);
            QVERIFY(regional.isHoliday(QDate(2022, 9, 19)));
            QVERIFY(regional.isHoliday(QDate(2023, 5, 8)));
            QVERIFY(!regional.isHoliday(QDate(2022, 5, 30)));
        }
    }

    void betweenSpansYearsInOrder()
    {
        const BankHolidays holidays(Region::Scotland);
        QCOMPARE(datesOf(holidays.between(QDate(2025, 12, 1), QDate(2026, 1, 2))),
                 (QList<QDate>{QDate(2025, 12, 1), QDate(2025, 12, 25), QDate(2025, 12, 26), QDate(2026, 1, 1), QDate(2026, 1, 2)}));
        QVERIFY(holidays.between(QDate(2026, 1, 2), QDate(2026, 1, 1)).isEmpty());
        QVERIFY(holidays.between(QDate(), QDate(2026, 1, 1)).isEmpty());
        QCOMPARE(holidays.nameOf(QDate()), QString());
    }

    void noRegionHasNoHolidays()
    {
        const BankHolidays none(Region::None);
        QVERIFY(!none.isHoliday(QDate(2026, 12, 25)));
        QVERIFY(none.between(QDate(2026, 1, 1), QDate(2026, 12, 31)).isEmpty());
    }

    void regionStringsRoundTrip()
    {
        for (const Region region : {Region::None, Region::EnglandAndWales, Region::Scotland, Region::NorthernIreland})
            QCOMPARE(BankHolidays::regionFromString(BankHolidays::regionToString(region)), region);
        QCOMPARE(BankHolidays::regionToString(Region::EnglandAndWales), u"england-and-wales"_s);
        QCOMPARE(BankHolidays::regionToString(Region::NorthernIreland), u"northern-ireland"_s);
        QCOMPARE(BankHolidays::regionFromString(u"wales"), std::nullopt);
        QCOMPARE(BankHolidays::regionFromString(u""), std::nullopt);
        QCOMPARE(BankHolidays::settingKey(), u"bank_holiday_region"_s);
        QCOMPARE(BankHolidays().region(), Region::EnglandAndWales);
    }

    void forWorkspaceReadsTheSetting()
    {
        std::unique_ptr<Workspace> workspace = freshWorkspace(m_dir);
        QVERIFY(workspace);
        QCOMPARE(BankHolidays::forWorkspace(*workspace).region(), Region::EnglandAndWales);
        QVERIFY(workspace->setSetting(BankHolidays::settingKey(), u"scotland"_s).ok());
        const BankHolidays scotland = BankHolidays::forWorkspace(*workspace);
        QCOMPARE(scotland.region(), Region::Scotland);
        QVERIFY(scotland.isHoliday(QDate(2026, 11, 30)));
        QVERIFY(workspace->setSetting(BankHolidays::settingKey(), u"none"_s).ok());
        QCOMPARE(BankHolidays::forWorkspace(*workspace).region(), Region::None);
        QVERIFY(workspace->setSetting(BankHolidays::settingKey(), u"northern-ireland"_s).ok());
        QCOMPARE(BankHolidays::forWorkspace(*workspace).region(), Region::NorthernIreland);
    }
};

QTEST_GUILESS_MAIN(TestBankHolidays)
#include "tst_bankholidays.moc"
