#include "io/csvvalues.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestCsvValues : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QDate>("date");

        QTest::newRow("ordinary") << "2026-03-18"_ba << QDate(2026, 3, 18);
        QTest::newRow("leap day") << "2024-02-29"_ba << QDate(2024, 2, 29);
        QTest::newRow("leap day of a 400th year") << "2000-02-29"_ba << QDate(2000, 2, 29);
        QTest::newRow("no leap day in a 100th year") << "1900-02-29"_ba << QDate();
        QTest::newRow("no leap day in 2026") << "2026-02-29"_ba << QDate();
        QTest::newRow("30 February") << "2026-02-30"_ba << QDate();
        QTest::newRow("31 April") << "2026-04-31"_ba << QDate();
        QTest::newRow("31 December") << "2026-12-31"_ba << QDate(2026, 12, 31);
        QTest::newRow("month 13") << "2026-13-01"_ba << QDate();
        QTest::newRow("month 0") << "2026-00-10"_ba << QDate();
        QTest::newRow("day 0") << "2026-01-00"_ba << QDate();
        QTest::newRow("year 0") << "0000-01-01"_ba << QDate();
        QTest::newRow("year 1") << "0001-01-01"_ba << QDate(1, 1, 1);
        QTest::newRow("one-digit month") << "2026-3-18"_ba << QDate();
        QTest::newRow("slashes") << "2026/03/18"_ba << QDate();
        QTest::newRow("day first") << "18-03-2026"_ba << QDate();
        QTest::newRow("trailing space") << "2026-03-18 "_ba << QDate();
        QTest::newRow("sign") << "+026-03-18"_ba << QDate();
        QTest::newRow("letters") << "2026-O3-18"_ba << QDate();
        QTest::newRow("empty") << QByteArray() << QDate();
        QTest::newRow("with a time") << "2026-03-18T08:00"_ba << QDate();
    }

    void dates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QDate, date);
        QCOMPARE(CsvValues::parseDate(text).value_or(QDate()), date);
    }

    void times_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QTime>("time");

        QTest::newRow("morning") << "08:00"_ba << QTime(8, 0);
        QTest::newRow("midnight") << "00:00"_ba << QTime(0, 0);
        QTest::newRow("last minute") << "23:59"_ba << QTime(23, 59);
        QTest::newRow("24:00") << "24:00"_ba << QTime();
        QTest::newRow("minute 60") << "08:60"_ba << QTime();
        QTest::newRow("one-digit hour") << "8:00"_ba << QTime();
        QTest::newRow("seconds") << "08:00:00"_ba << QTime();
        QTest::newRow("dot") << "08.00"_ba << QTime();
        QTest::newRow("am/pm") << "8:00am"_ba << QTime();
        QTest::newRow("empty") << QByteArray() << QTime();
    }

    void times()
    {
        QFETCH(QByteArray, text);
        QFETCH(QTime, time);
        QCOMPARE(CsvValues::parseTime(text).value_or(QTime()), time);
    }

    void flags()
    {
        QCOMPARE(CsvValues::parseFlag("1"), std::optional<bool>(true));
        QCOMPARE(CsvValues::parseFlag("0"), std::optional<bool>(false));
        QCOMPARE(CsvValues::parseFlag(""), std::optional<bool>(false));
        QCOMPARE(CsvValues::parseFlag("yes"), std::nullopt);
        QCOMPARE(CsvValues::parseFlag("true"), std::nullopt);
        QCOMPARE(CsvValues::parseFlag("01"), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestCsvValues)
#include "tst_csvvalues.moc"
