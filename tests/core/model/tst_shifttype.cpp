#include "model/shifttype.h"

#include "core/model/modeltesting.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using TypeEdit = std::function<void(ShiftType &)>;

namespace {
ShiftType night()
{
    ShiftType type;
    type.code = u"N"_s;
    type.name = u"Night"_s;
    type.colour = u"#CC79A7"_s;
    type.start_time = QTime(20, 0);
    type.end_time = QTime(8, 30);
    type.duration_minutes = 750;
    type.minimum_weekday = 2;
    type.minimum_weekend = 1;
    return type;
}
}

class TestShiftType : public QObject
{
    Q_OBJECT

private slots:
    void validTypesPass_data()
    {
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<int>("minutes");
        QTest::newRow("day") << QTime(8, 0) << QTime(17, 0) << 540;
        QTest::newRow("overnight") << QTime(20, 0) << QTime(8, 30) << 750;
        QTest::newRow("24-hour on call") << QTime(9, 0) << QTime(9, 0) << 1440;
        QTest::newRow("ends at midnight") << QTime(16, 0) << QTime(0, 0) << 480;
        QTest::newRow("whole day") << QTime() << QTime() << 600;
    }

    void validTypesPass()
    {
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(int, minutes);
        ShiftType type = night();
        type.start_time = start;
        type.end_time = end;
        type.duration_minutes = minutes;
        QVERIFY2(type.validate().isEmpty(), qPrintable(joinFieldErrors(type.validate())));
        QCOMPARE(type.isWholeDay(), !start.isValid());
    }

    void rules_data()
    {
        QTest::addColumn<TypeEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no code") << TypeEdit([](ShiftType &t) { t.code.clear(); }) << u"code"_s << u"needs a code"_s;
        QTest::newRow("code of 9 characters") << TypeEdit([](ShiftType &t) { t.code = u"NIGHTSHFT"_s; }) << u"code"_s << u"at most 8"_s;
        QTest::newRow("code with a space") << TypeEdit([](ShiftType &t) { t.code = u"L D"_s; }) << u"code"_s << u"\"L D\" contains a space"_s;
        QTest::newRow("code with a tab") << TypeEdit([](ShiftType &t) { t.code = u"LD\t"_s; }) << u"code"_s << u"space"_s;
        QTest::newRow("no name") << TypeEdit([](ShiftType &t) { t.name = u" "_s; }) << u"name"_s << u"needs a name"_s;
        QTest::newRow("long name") << TypeEdit([](ShiftType &t) { t.name = QString(101, u'n'); }) << u"name"_s << u"101 characters"_s;
        QTest::newRow("colour word") << TypeEdit([](ShiftType &t) { t.colour = u"purple"_s; }) << u"colour"_s << u"\"purple\""_s;
        QTest::newRow("short colour") << TypeEdit([](ShiftType &t) { t.colour = u"#CC7"_s; }) << u"colour"_s << u"#rrggbb"_s;
        QTest::newRow("colour without #") << TypeEdit([](ShiftType &t) { t.colour = u"CC79A7"_s; }) << u"colour"_s << u"#rrggbb"_s;
        QTest::newRow("colour not hex") << TypeEdit([](ShiftType &t) { t.colour = u"#CC79AZ"_s; }) << u"colour"_s << u"#rrggbb"_s;
        QTest::newRow("start without end") << TypeEdit([](ShiftType &t) { t.end_time = QTime(); }) << u"end_time"_s << u"both a start and an end"_s;
        QTest::newRow("end without start") << TypeEdit([](ShiftType &t) { t.start_time = QTime(); }) << u"start_time"_s << u"both a start and an end"_s;
        QTest::newRow("no length") << TypeEdit([](ShiftType &t) { t.duration_minutes = 0; }) << u"duration_minutes"_s << u"is 0 minutes"_s;
        QTest::newRow("longer than a day") << TypeEdit([](ShiftType &t) {
            t.start_time = QTime();
            t.end_time = QTime();
            t.duration_minutes = 1441;
        }) << u"duration_minutes"_s << u"at most 1440"_s;
        QTest::newRow("length does not match the times") << TypeEdit([](ShiftType &t) { t.duration_minutes = 720; })
                                                         << u"duration_minutes"_s << u"20:00 to 08:30 is 750 minutes"_s;
        QTest::newRow("negative weekday minimum") << TypeEdit([](ShiftType &t) { t.minimum_weekday = -1; }) << u"minimum_weekday"_s << u"-1"_s;
        QTest::newRow("negative weekend minimum") << TypeEdit([](ShiftType &t) { t.minimum_weekend = -2; }) << u"minimum_weekend"_s << u"-2"_s;
    }

    void rules()
    {
        QFETCH(TypeEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(night(), edit, QStringList{field}, mentions);
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(ShiftType().validate()), (QStringList{u"code"_s, u"name"_s, u"colour"_s, u"duration_minutes"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<ShiftType>({u"id"_s, u"server_id"_s, u"code"_s, u"name"_s, u"colour"_s, u"start_time"_s, u"end_time"_s,
                                             u"duration_minutes"_s, u"counts_as_worked"_s, u"counts_toward_minimum"_s,
                                             u"minimum_weekday"_s, u"minimum_weekend"_s, u"sort_order"_s, u"active"_s,
                                             u"category"_s});
    }

    void jsonRoundTrip()
    {
        ShiftType type = night();
        type.id = 3;
        type.server_id = 30;
        type.counts_as_worked = false;
        type.counts_toward_minimum = false;
        type.sort_order = 30;
        type.active = false;
        type.category = ShiftType::Category::Night;
        ModelTesting::verifyRoundTrip(type);
        QCOMPARE(type.toJson().value(u"category"_s).toString(), u"night"_s);
        ModelTesting::verifyRoundTrip(ShiftType());
        QCOMPARE(type.toJson().value(u"start_time"_s).toString(), u"20:00"_s);
        QCOMPARE(type.toJson().value(u"end_time"_s).toString(), u"08:30"_s);
        QVERIFY(ShiftType().toJson().value(u"start_time"_s).isNull());
    }

    void categoryNames()
    {
        QCOMPARE(ShiftType::categoryToString(ShiftType::Category::OnCall), u"on_call"_s);
        QCOMPARE(ShiftType::categoryFromString(u"on_call"_s), ShiftType::Category::OnCall);
        QCOMPARE(ShiftType::categoryFromString(u"regular"_s), ShiftType::Category::Regular);
        QVERIFY(!ShiftType::categoryFromString(u"On-call"_s));
        // Journal entries written before categories existed have no key: they read as regular.
        ShiftType onCall = night();
        onCall.category = ShiftType::Category::OnCall;
        QJsonObject older = onCall.toJson();
        older.remove(u"category"_s);
        QCOMPARE(ShiftType::fromJson(older).category, ShiftType::Category::Regular);
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("time past midnight") << u"start_time"_s << QJsonValue(u"24:30"_s);
        QTest::newRow("time with a dot") << u"end_time"_s << QJsonValue(u"08.30"_s);
        QTest::newRow("length as text") << u"duration_minutes"_s << QJsonValue(u"750"_s);
        QTest::newRow("fractional length") << u"duration_minutes"_s << QJsonValue(750.5);
        QTest::newRow("code as number") << u"code"_s << QJsonValue(1);
        QTest::newRow("active as text") << u"active"_s << QJsonValue(u"true"_s);
        QTest::newRow("unknown category") << u"category"_s << QJsonValue(u"evening"_s);
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<ShiftType>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestShiftType)
#include "tst_shifttype.moc"
