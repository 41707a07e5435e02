#include "model/jsonconvert.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
enum class Colour { Red, Green };
const JsonConvert::EnumNames<Colour, 2> colourNames{{{Colour::Red, "red"_L1}, {Colour::Green, "green"_L1}}};
}

class TestJsonConvert : public QObject
{
    Q_OBJECT

private slots:
    void writtenForms()
    {
        QCOMPARE(JsonConvert::fromDate(QDate(2026, 3, 9)), QJsonValue(u"2026-03-09"_s));
        QVERIFY(JsonConvert::fromDate(QDate()).isNull());
        QCOMPARE(JsonConvert::fromTime(QTime(7, 5)), QJsonValue(u"07:05"_s));
        QCOMPARE(JsonConvert::fromTime(QTime(7, 5, 30)), QJsonValue(u"07:05:30"_s));
        QVERIFY(JsonConvert::fromTime(QTime()).isNull());
        QCOMPARE(JsonConvert::fromId(42), QJsonValue(42));
        QVERIFY(JsonConvert::fromId(std::nullopt).isNull());
        QCOMPARE(JsonConvert::fromNumber(5.4), QJsonValue(5.4));
        QVERIFY(JsonConvert::fromNumber(std::nullopt).isNull());
        QCOMPARE(JsonConvert::fromText(QString()), QJsonValue(u""_s));
    }

    void parseDate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date"); // invalid: refused
        QTest::newRow("ordinary") << u"2026-11-23"_s << QDate(2026, 11, 23);
        QTest::newRow("leap day") << u"2028-02-29"_s << QDate(2028, 2, 29);
        QTest::newRow("no leap day") << u"2026-02-29"_s << QDate();
        QTest::newRow("30 February") << u"2026-02-30"_s << QDate();
        QTest::newRow("month 13") << u"2026-13-01"_s << QDate();
        QTest::newRow("day 0") << u"2026-01-00"_s << QDate();
        QTest::newRow("single digits") << u"2026-1-5"_s << QDate();
        QTest::newRow("leading space") << u" 2026-01-05"_s << QDate();
        QTest::newRow("with a time") << u"2026-01-05T08:00"_s << QDate();
        QTest::newRow("day first") << u"05/01/2026"_s << QDate();
        QTest::newRow("sign") << u"+026-01-05"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void parseDate()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const std::optional<QDate> parsed = JsonConvert::parseDate(text);
        QCOMPARE(parsed.has_value(), date.isValid());
        if (parsed)
            QCOMPARE(*parsed, date);
    }

    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("time"); // invalid: refused
        QTest::newRow("morning") << u"08:30"_s << QTime(8, 30);
        QTest::newRow("midnight") << u"00:00"_s << QTime(0, 0);
        QTest::newRow("last minute") << u"23:59"_s << QTime(23, 59);
        QTest::newRow("with seconds") << u"23:59:59"_s << QTime(23, 59, 59);
        QTest::newRow("24:00") << u"24:00"_s << QTime();
        QTest::newRow("minute 60") << u"08:60"_s << QTime();
        QTest::newRow("single-digit hour") << u"8:30"_s << QTime();
        QTest::newRow("dot") << u"08.30"_s << QTime();
        QTest::newRow("am/pm") << u"08:30 pm"_s << QTime();
        QTest::newRow("bad seconds separator") << u"08:30.00"_s << QTime();
        QTest::newRow("empty") << QString() << QTime();
    }

    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(QTime, time);
        const std::optional<QTime> parsed = JsonConvert::parseTime(text);
        QCOMPARE(parsed.has_value(), time.isValid());
        if (parsed)
            QCOMPARE(*parsed, time);
    }

    void enumNames()
    {
        QCOMPARE(JsonConvert::enumToString(colourNames, Colour::Green), u"green"_s);
        QCOMPARE(JsonConvert::enumFromString(colourNames, u"red"), Colour::Red);
        QVERIFY(!JsonConvert::enumFromString(colourNames, u"Red"));
        QVERIFY(!JsonConvert::enumFromString(colourNames, u"blue"));
        QVERIFY(!JsonConvert::enumFromString(colourNames, u""));
    }
};

QTEST_GUILESS_MAIN(TestJsonConvert)
#include "tst_jsonconvert.moc"
