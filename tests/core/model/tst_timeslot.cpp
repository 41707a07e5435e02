#include "model/timeslot.h"

#include "core/model/modeltesting.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using SlotEdit = std::function<void(Timeslot &)>;

namespace {
Timeslot validSlot()
{
    Timeslot slot;
    slot.shift_pattern_id = 1;
    slot.weekday = 6;
    slot.start_time = QTime(20, 0);
    slot.end_time = QTime(8, 0);
    slot.shift_type_id = 3;
    slot.minimum = 1;
    slot.ideal = 2;
    slot.maximum = 3;
    return slot;
}
}

class TestTimeslot : public QObject
{
    Q_OBJECT

private slots:
    void validSlotsPass()
    {
        QVERIFY(validSlot().validate().isEmpty());
        Timeslot optional = validSlot();
        optional.minimum = 0;
        optional.ideal = 0;
        optional.maximum = 1;
        QVERIFY2(optional.validate().isEmpty(), "a slot nobody has to fill is allowed");
        Timeslot exact = validSlot();
        exact.minimum = exact.ideal = exact.maximum = 2;
        QVERIFY(exact.validate().isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<SlotEdit>("edit");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no pattern") << SlotEdit([](Timeslot &s) { s.shift_pattern_id = 0; }) << QStringList{u"shift_pattern_id"_s} << u"shift pattern"_s;
        QTest::newRow("weekday 0") << SlotEdit([](Timeslot &s) { s.weekday = 0; }) << QStringList{u"weekday"_s} << u"is 0"_s;
        QTest::newRow("weekday 8") << SlotEdit([](Timeslot &s) { s.weekday = 8; }) << QStringList{u"weekday"_s} << u"1 (Monday) to 7 (Sunday)"_s;
        QTest::newRow("no start") << SlotEdit([](Timeslot &s) { s.start_time = QTime(); }) << QStringList{u"start_time"_s} << u"start time"_s;
        QTest::newRow("no end") << SlotEdit([](Timeslot &s) { s.end_time = QTime(); }) << QStringList{u"end_time"_s} << u"end time"_s;
        QTest::newRow("shift type id 0") << SlotEdit([](Timeslot &s) { s.shift_type_id = 0; }) << QStringList{u"shift_type_id"_s} << u"not a valid id"_s;
        QTest::newRow("negative minimum") << SlotEdit([](Timeslot &s) { s.minimum = -1; }) << QStringList{u"minimum"_s} << u"-1"_s;
        QTest::newRow("maximum 0") << SlotEdit([](Timeslot &s) { s.minimum = s.ideal = s.maximum = 0; }) << QStringList{u"maximum"_s} << u"at least 1"_s;
        QTest::newRow("ideal below minimum") << SlotEdit([](Timeslot &s) { s.minimum = 3; }) << QStringList{u"ideal"_s}
                                             << u"ideal number of people (2) is below the minimum (3)"_s;
        QTest::newRow("maximum below ideal") << SlotEdit([](Timeslot &s) { s.maximum = 1; }) << QStringList{u"maximum"_s}
                                             << u"maximum number of people (1) is below the ideal number (2)"_s;
        QTest::newRow("all three out of order") << SlotEdit([](Timeslot &s) {
            s.minimum = 3;
            s.ideal = 2;
            s.maximum = 1;
        }) << QStringList{u"ideal"_s, u"maximum"_s} << u"below the minimum"_s;
    }

    void rules()
    {
        QFETCH(SlotEdit, edit);
        QFETCH(QStringList, fields);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validSlot(), edit, fields, mentions);
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(Timeslot().validate()), (QStringList{u"shift_pattern_id"_s, u"start_time"_s, u"end_time"_s, u"maximum"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<Timeslot>({u"id"_s, u"server_id"_s, u"shift_pattern_id"_s, u"weekday"_s, u"start_time"_s, u"end_time"_s,
                                            u"shift_type_id"_s, u"minimum"_s, u"ideal"_s, u"maximum"_s});
    }

    void jsonRoundTrip()
    {
        Timeslot slot = validSlot();
        slot.id = 8;
        slot.server_id = 80;
        ModelTesting::verifyRoundTrip(slot);
        ModelTesting::verifyRoundTrip(Timeslot());
        QCOMPARE(slot.toJson().value(u"weekday"_s).toInt(), 6);
        QCOMPARE(slot.toJson().value(u"end_time"_s).toString(), u"08:00"_s);
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("weekday as name") << u"weekday"_s << QJsonValue(u"Saturday"_s);
        QTest::newRow("fractional ideal") << u"ideal"_s << QJsonValue(1.5);
        QTest::newRow("time without colon") << u"start_time"_s << QJsonValue(u"2000"_s);
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<Timeslot>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestTimeslot)
#include "tst_timeslot.moc"
