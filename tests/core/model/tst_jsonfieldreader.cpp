#include "model/jsonfieldreader.h"

#include "core/model/modeltesting.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using ModelTesting::fieldsOf;

namespace {
enum class Colour { Red, Green };
const JsonConvert::EnumNames<Colour, 2> colourNames{{{Colour::Red, "red"_L1}, {Colour::Green, "green"_L1}}};

// One field of every kind the reader handles, read from the same object.
struct Fields
{
    QString text = u"keep"_s;
    QByteArray bytes = "keep";
    qint64 id = 7;
    int whole = 7;
    double number = 7.5;
    bool flag = true;
    std::optional<qint64> optionalId = 7;
    std::optional<double> optionalNumber = 7.5;
    QDate date{2026, 1, 1};
    QTime time{7, 0};
    WeekdaySet days = WeekdaySet::fromList({7});
    Colour colour = Colour::Green;

    bool operator==(const Fields &) const = default;
};

Fields readAll(const QJsonObject &json, FieldErrors *errors)
{
    Fields f;
    JsonFieldReader reader(json, errors);
    reader.read("text"_L1, f.text);
    reader.read("bytes"_L1, f.bytes);
    reader.read("id"_L1, f.id);
    reader.read("whole"_L1, f.whole);
    reader.read("number"_L1, f.number);
    reader.read("flag"_L1, f.flag);
    reader.read("optional_id"_L1, f.optionalId);
    reader.read("optional_number"_L1, f.optionalNumber);
    reader.read("date"_L1, f.date);
    reader.read("time"_L1, f.time);
    reader.read("days"_L1, f.days);
    reader.readEnum("colour"_L1, f.colour, colourNames);
    return f;
}
} // namespace

class TestJsonFieldReader : public QObject
{
    Q_OBJECT

private slots:
    void missingKeysKeepTheirValues()
    {
        FieldErrors errors;
        QCOMPARE(readAll(QJsonObject{{u"unrelated"_s, 1}}, &errors), Fields());
        QVERIFY(errors.isEmpty());
    }

    void readsEveryKind()
    {
        FieldErrors errors;
        const Fields f = readAll(QJsonObject{{u"text"_s, u"Ward 4"_s},
                                             {u"bytes"_s, u"Europe/London"_s},
                                             {u"id"_s, 1794000000},
                                             {u"whole"_s, -3},
                                             {u"number"_s, 62.5},
                                             {u"flag"_s, false},
                                             {u"optional_id"_s, 12},
                                             {u"optional_number"_s, 0},
                                             {u"date"_s, u"2026-10-25"_s},
                                             {u"time"_s, u"20:30"_s},
                                             {u"days"_s, QJsonArray{6, 7}},
                                             {u"colour"_s, u"red"_s}},
                                 &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(joinFieldErrors(errors)));
        QCOMPARE(f.text, u"Ward 4"_s);
        QCOMPARE(f.bytes, "Europe/London"_ba);
        QCOMPARE(f.id, 1794000000);
        QCOMPARE(f.whole, -3);
        QCOMPARE(f.number, 62.5);
        QCOMPARE(f.flag, false);
        QCOMPARE(f.optionalId, std::optional<qint64>(12));
        QCOMPARE(f.optionalNumber, std::optional<double>(0));
        QCOMPARE(f.date, QDate(2026, 10, 25));
        QCOMPARE(f.time, QTime(20, 30));
        QCOMPARE(f.days.toList(), (QList<int>{6, 7}));
        QCOMPARE(f.colour, Colour::Red);
    }

    void nullClearsOptionalFields()
    {
        FieldErrors errors;
        const Fields f = readAll(QJsonObject{{u"optional_id"_s, QJsonValue::Null},
                                             {u"optional_number"_s, QJsonValue::Null},
                                             {u"date"_s, QJsonValue::Null},
                                             {u"time"_s, QJsonValue::Null}},
                                 &errors);
        QVERIFY(errors.isEmpty());
        QVERIFY(!f.optionalId);
        QVERIFY(!f.optionalNumber);
        QVERIFY(!f.date.isValid());
        QVERIFY(!f.time.isValid());
    }

    void wrongValuesAreReportedUnderTheirKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("number for text") << u"text"_s << QJsonValue(5) << u"Expected text but found a number (5)"_s;
        QTest::newRow("list for zone") << u"bytes"_s << QJsonValue(QJsonArray{}) << u"found a list"_s;
        QTest::newRow("text for id") << u"id"_s << QJsonValue(u"12"_s) << u"Expected a number but found text (\"12\")"_s;
        QTest::newRow("fraction for id") << u"id"_s << QJsonValue(1.5) << u"whole number"_s;
        QTest::newRow("id beyond exact doubles") << u"optional_id"_s << QJsonValue(1e17) << u"whole number"_s;
        QTest::newRow("fraction for int") << u"whole"_s << QJsonValue(2.5) << u"Expected a whole number but found 2.5"_s;
        QTest::newRow("int overflow") << u"whole"_s << QJsonValue(3e9) << u"whole number"_s;
        QTest::newRow("bool for number") << u"number"_s << QJsonValue(true) << u"found true"_s;
        QTest::newRow("text for bool") << u"flag"_s << QJsonValue(u"yes"_s) << u"Expected true or false but found text (\"yes\")"_s;
        QTest::newRow("number for bool") << u"flag"_s << QJsonValue(1) << u"true or false"_s;
        QTest::newRow("object for optional id") << u"optional_id"_s << QJsonValue(QJsonObject{}) << u"found an object"_s;
        QTest::newRow("text for optional number") << u"optional_number"_s << QJsonValue(u"5.4"_s) << u"number"_s;
        QTest::newRow("30 February") << u"date"_s << QJsonValue(u"2026-02-30"_s) << u"\"2026-02-30\" is not a date"_s;
        QTest::newRow("day-first date") << u"date"_s << QJsonValue(u"25/10/2026"_s) << u"YYYY-MM-DD"_s;
        QTest::newRow("number for date") << u"date"_s << QJsonValue(20261025) << u"Expected text"_s;
        QTest::newRow("25 o'clock") << u"time"_s << QJsonValue(u"25:00"_s) << u"\"25:00\" is not a time"_s;
        QTest::newRow("weekday 8") << u"days"_s << QJsonValue(QJsonArray{1, 8}) << u"holds a number (8)"_s;
        QTest::newRow("weekday name") << u"days"_s << QJsonValue(QJsonArray{u"Mon"_s}) << u"holds text (\"Mon\")"_s;
        QTest::newRow("weekdays as text") << u"days"_s << QJsonValue(u"1,2"_s) << u"Expected a list of weekday numbers"_s;
        QTest::newRow("unknown enum value") << u"colour"_s << QJsonValue(u"blue"_s) << u"\"blue\" is not one of the allowed values (red, green)"_s;
        QTest::newRow("enum in capitals") << u"colour"_s << QJsonValue(u"RED"_s) << u"allowed values"_s;
        QTest::newRow("enum as number") << u"colour"_s << QJsonValue(0) << u"Expected text"_s;
    }

    void wrongValuesAreReportedUnderTheirKey()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        FieldErrors errors;
        const Fields f = readAll(QJsonObject{{key, value}}, &errors);
        QCOMPARE(fieldsOf(errors), QStringList{key});
        QVERIFY2(errors.constFirst().message.contains(mentions), qPrintable(errors.constFirst().message));
        QVERIFY2(f == Fields(), "a value that cannot be read leaves the field as it was");
    }

    void errorsAreOptional()
    {
        const Fields f = readAll(QJsonObject{{u"whole"_s, u"many"_s}, {u"text"_s, u"read"_s}}, nullptr);
        QCOMPARE(f.whole, 7);
        QCOMPARE(f.text, u"read"_s);
    }
};

QTEST_GUILESS_MAIN(TestJsonFieldReader)
#include "tst_jsonfieldreader.moc"
