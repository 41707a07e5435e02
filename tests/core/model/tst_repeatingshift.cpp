#include "model/repeatingshift.h"

#include "core/model/modeltesting.h"

#include <QJsonArray>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using SeriesEdit = std::function<void(RepeatingShift &)>;

namespace {
// Fortnightly nights on Mondays and Wednesdays from Monday 5 January 2026.
RepeatingShift validSeries()
{
    RepeatingShift series;
    series.clinician_id = 4;
    series.shift_type_id = 2;
    series.time_zone = "America/Denver";
    series.start_date = QDate(2026, 1, 5);
    series.start_time = QTime(19, 0);
    series.end_time = QTime(7, 0);
    series.frequency = RepeatingShift::Frequency::Weekly;
    series.interval = 2;
    series.weekdays = WeekdaySet::fromList({1, 3});
    series.until_date = QDate(2026, 6, 30);
    return series;
}
}

class TestRepeatingShift : public QObject
{
    Q_OBJECT

private slots:
    void validSeriesPass()
    {
        QVERIFY(validSeries().validate().isEmpty());
        RepeatingShift daily;
        daily.shift_type_id = 1;
        daily.time_zone = "UTC";
        daily.start_date = QDate(2026, 1, 1);
        daily.frequency = RepeatingShift::Frequency::Daily;
        daily.count = 10;
        QVERIFY2(daily.validate().isEmpty(), "a whole-day series without end date or weekdays is fine");
    }

    void rules_data()
    {
        QTest::addColumn<SeriesEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no shift type") << SeriesEdit([](RepeatingShift &s) { s.shift_type_id = 0; }) << u"shift_type_id"_s << u"shift type"_s;
        QTest::newRow("clinician id 0") << SeriesEdit([](RepeatingShift &s) { s.clinician_id = 0; }) << u"clinician_id"_s << u"not a valid id"_s;
        QTest::newRow("no start date") << SeriesEdit([](RepeatingShift &s) { s.start_date = QDate(); }) << u"start_date"_s << u"first occurrence"_s;
        QTest::newRow("start time only") << SeriesEdit([](RepeatingShift &s) { s.end_time = QTime(); }) << u"end_time"_s << u"both a start and an end"_s;
        QTest::newRow("end time only") << SeriesEdit([](RepeatingShift &s) { s.start_time = QTime(); }) << u"start_time"_s << u"both a start and an end"_s;
        QTest::newRow("unknown zone") << SeriesEdit([](RepeatingShift &s) { s.time_zone = "America/Denvr"; }) << u"time_zone"_s << u"\"America/Denvr\""_s;
        QTest::newRow("no zone") << SeriesEdit([](RepeatingShift &s) { s.time_zone.clear(); }) << u"time_zone"_s << u"needs a time zone"_s;
        QTest::newRow("interval 0") << SeriesEdit([](RepeatingShift &s) { s.interval = 0; }) << u"interval"_s << u"is 0"_s;
        QTest::newRow("negative interval") << SeriesEdit([](RepeatingShift &s) { s.interval = -2; }) << u"interval"_s << u"is -2"_s;
        QTest::newRow("negative count") << SeriesEdit([](RepeatingShift &s) {
            s.until_date = QDate();
            s.count = -1;
        }) << u"count"_s << u"-1"_s;
        QTest::newRow("both end date and count") << SeriesEdit([](RepeatingShift &s) { s.count = 5; }) << u"count"_s << u"not both"_s;
        QTest::newRow("ends before its first occurrence") << SeriesEdit([](RepeatingShift &s) { s.until_date = QDate(2026, 1, 4); })
                                                          << u"until_date"_s << u"ends on 2026-01-04, before its first occurrence on 2026-01-05"_s;
        QTest::newRow("weekdays on a monthly series") << SeriesEdit([](RepeatingShift &s) { s.frequency = RepeatingShift::Frequency::Monthly; })
                                                      << u"weekdays"_s << u"monthly series"_s;
        QTest::newRow("first occurrence not on a series weekday") << SeriesEdit([](RepeatingShift &s) { s.start_date = QDate(2026, 1, 6); })
                                                                  << u"start_date"_s << u"2026-01-06, is a Tuesday"_s;
    }

    void rules()
    {
        QFETCH(SeriesEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validSeries(), edit, QStringList{field}, mentions);
    }

    void rruleText_data()
    {
        QTest::addColumn<RepeatingShift::Frequency>("frequency");
        QTest::addColumn<int>("interval");
        QTest::addColumn<QList<int>>("days");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("rrule");
        using F = RepeatingShift::Frequency;
        QTest::newRow("fortnightly Mon Wed until") << F::Weekly << 2 << QList<int>{1, 3} << QDate(2027, 1, 31) << 0
                                                   << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270131"_s;
        QTest::newRow("weekends, no end") << F::Weekly << 1 << QList<int>{7, 6} << QDate() << 0 << u"FREQ=WEEKLY;BYDAY=SA,SU"_s;
        QTest::newRow("every weekday") << F::Weekly << 1 << QList<int>{1, 2, 3, 4, 5} << QDate() << 0 << u"FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"_s;
        QTest::newRow("weekly on the start's weekday") << F::Weekly << 1 << QList<int>{} << QDate() << 6 << u"FREQ=WEEKLY;COUNT=6"_s;
        QTest::newRow("daily ten times") << F::Daily << 1 << QList<int>{} << QDate() << 10 << u"FREQ=DAILY;COUNT=10"_s;
        QTest::newRow("every other day until") << F::Daily << 2 << QList<int>{} << QDate(2026, 3, 1) << 0 << u"FREQ=DAILY;INTERVAL=2;UNTIL=20260301"_s;
        QTest::newRow("every third month") << F::Monthly << 3 << QList<int>{} << QDate() << 0 << u"FREQ=MONTHLY;INTERVAL=3"_s;
    }

    void rruleText()
    {
        QFETCH(RepeatingShift::Frequency, frequency);
        QFETCH(int, interval);
        QFETCH(QList<int>, days);
        QFETCH(QDate, until);
        QFETCH(int, count);
        QFETCH(QString, rrule);
        RepeatingShift series;
        series.frequency = frequency;
        series.interval = interval;
        series.weekdays = WeekdaySet::fromList(days);
        series.until_date = until;
        series.count = count;
        QCOMPARE(series.rrule(), rrule);
    }

    void frequencyNames()
    {
        QCOMPARE(RepeatingShift::frequencyToString(RepeatingShift::Frequency::Daily), u"daily"_s);
        QCOMPARE(RepeatingShift::frequencyToString(RepeatingShift::Frequency::Weekly), u"weekly"_s);
        QCOMPARE(RepeatingShift::frequencyToString(RepeatingShift::Frequency::Monthly), u"monthly"_s);
        QCOMPARE(RepeatingShift::frequencyFromString(u"monthly"_s), RepeatingShift::Frequency::Monthly);
        QVERIFY(!RepeatingShift::frequencyFromString(u"WEEKLY"_s));
        QVERIFY(!RepeatingShift::frequencyFromString(u"yearly"_s));
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(RepeatingShift().validate()), (QStringList{u"shift_type_id"_s, u"start_date"_s, u"time_zone"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<RepeatingShift>({u"id"_s, u"server_id"_s, u"clinician_id"_s, u"shift_type_id"_s, u"rota_id"_s,
                                                  u"start_time"_s, u"end_time"_s, u"time_zone"_s, u"start_date"_s, u"frequency"_s,
                                                  u"interval"_s, u"weekdays"_s, u"until_date"_s, u"count"_s, u"exdates"_s, u"created_at"_s,
                                                  u"updated_at"_s});
    }

    void jsonRoundTrip()
    {
        RepeatingShift series = validSeries();
        series.id = 6;
        series.server_id = 60;
        series.rota_id = 1;
        series.created_at = u"2026-01-01T00:00:00Z"_s;
        series.updated_at = u"2026-01-02T00:00:00Z"_s;
        series.exdates = {QDate(2026, 2, 4), QDate(2026, 3, 11)};
        ModelTesting::verifyRoundTrip(series);
        RepeatingShift counted = validSeries();
        counted.until_date = QDate();
        counted.count = 12;
        ModelTesting::verifyRoundTrip(counted);
        ModelTesting::verifyRoundTrip(RepeatingShift());
        const QJsonObject json = series.toJson();
        QCOMPARE(json.value(u"weekdays"_s).toArray(), (QJsonArray{1, 3}));
        QCOMPARE(json.value(u"frequency"_s).toString(), u"weekly"_s);
        QCOMPARE(json.value(u"time_zone"_s).toString(), u"America/Denver"_s);
        QCOMPARE(json.value(u"exdates"_s).toArray(), (QJsonArray{u"2026-02-04"_s, u"2026-03-11"_s}));
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("unknown frequency") << u"frequency"_s << QJsonValue(u"fortnightly"_s);
        QTest::newRow("weekday names") << u"weekdays"_s << QJsonValue(QJsonArray{u"MO"_s});
        QTest::newRow("zone as number") << u"time_zone"_s << QJsonValue(-7);
        QTest::newRow("bad until date") << u"until_date"_s << QJsonValue(u"2026-06-31"_s);
        QTest::newRow("interval as text") << u"interval"_s << QJsonValue(u"2"_s);
        QTest::newRow("exdates not a list") << u"exdates"_s << QJsonValue(u"2026-02-04"_s);
        QTest::newRow("exdates with a bad date") << u"exdates"_s << QJsonValue(QJsonArray{u"2026-02-30"_s});
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<RepeatingShift>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestRepeatingShift)
#include "tst_repeatingshift.moc"
