#include "model/shift.h"

#include "core/model/modeltesting.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>
#include <functional>

using namespace Qt::StringLiterals;
using ModelTesting::fieldsOf;
using ShiftEdit = std::function<void(Shift &)>;

namespace {

Shift timedShift(QDate date, QTime start, QTime end, QByteArrayView zone, FieldErrors *errors)
{
    Shift shift;
    shift.shift_type_id = 1;
    *errors = shift.setLocalTimes(date, start, end, zone);
    return shift;
}

Shift dayShift()
{
    FieldErrors errors;
    Shift shift = timedShift(QDate(2026, 6, 1), QTime(8, 0), QTime(17, 0), "Europe/London", &errors);
    Q_ASSERT(errors.isEmpty());
    return shift;
}

QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
}

} // namespace

class TestShift : public QObject
{
    Q_OBJECT

private slots:
    void occupiesItsTimesOrItsWholeLocalDate()
    {
        Shift night;
        QVERIFY(night.setLocalTimes(QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0), "Europe/London").isEmpty());
        QCOMPARE(night.occupiedFrom(), *night.start_utc);
        QCOMPARE(night.occupiedUntil(), *night.end_utc);

        // Sunday 25 October 2026 in London is 25 hours long: from 00:00 BST (23:00 UTC the day
        // before) to 00:00 GMT.
        Shift onCall;
        onCall.setWholeDay(QDate(2026, 10, 25), "Europe/London", 600);
        const auto utc = [](int day, int hour) { return QDateTime(QDate(2026, 10, day), QTime(hour, 0), QTimeZone::utc()).toSecsSinceEpoch(); };
        QCOMPARE(onCall.occupiedFrom(), utc(24, 23));
        QCOMPARE(onCall.occupiedUntil(), utc(26, 0));
        // An unknown zone: the date in UTC.
        onCall.time_zone = "Nowhere/Special";
        QCOMPARE(onCall.occupiedFrom(), utc(25, 0));
        QCOMPARE(onCall.occupiedUntil(), utc(26, 0));
    }

    void lengthAcrossMidnightAndClockChanges_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("startUtc");
        QTest::newRow("day shift") << "Europe/London"_ba << QDate(2026, 6, 1) << QTime(8, 0) << QTime(17, 0) << 9 * 60 << u"2026-06-01T07:00:00Z"_s;
        QTest::newRow("ordinary night") << "Europe/London"_ba << QDate(2026, 6, 1) << QTime(20, 0) << QTime(8, 0) << 12 * 60 << u"2026-06-01T19:00:00Z"_s;
        QTest::newRow("London night, clocks forward") << "Europe/London"_ba << QDate(2026, 3, 28) << QTime(20, 0) << QTime(8, 0) << 11 * 60 << u"2026-03-28T20:00:00Z"_s;
        QTest::newRow("London night, clocks back") << "Europe/London"_ba << QDate(2026, 10, 24) << QTime(20, 0) << QTime(8, 0) << 13 * 60 << u"2026-10-24T19:00:00Z"_s;
        QTest::newRow("London day on the spring change") << "Europe/London"_ba << QDate(2026, 3, 29) << QTime(8, 0) << QTime(20, 0) << 12 * 60 << u"2026-03-29T07:00:00Z"_s;
        QTest::newRow("London 00:00-12:00, clocks forward") << "Europe/London"_ba << QDate(2026, 3, 29) << QTime(0, 0) << QTime(12, 0) << 11 * 60 << u"2026-03-29T00:00:00Z"_s;
        QTest::newRow("London 00:00-12:00, clocks back") << "Europe/London"_ba << QDate(2026, 10, 25) << QTime(0, 0) << QTime(12, 0) << 13 * 60 << u"2026-10-24T23:00:00Z"_s;
        QTest::newRow("Denver night, clocks forward") << "America/Denver"_ba << QDate(2026, 3, 7) << QTime(19, 0) << QTime(7, 0) << 11 * 60 << u"2026-03-08T02:00:00Z"_s;
        QTest::newRow("Denver night, clocks back") << "America/Denver"_ba << QDate(2026, 10, 31) << QTime(19, 0) << QTime(7, 0) << 13 * 60 << u"2026-11-01T01:00:00Z"_s;
        QTest::newRow("Lord Howe night, half-hour forward") << "Australia/Lord_Howe"_ba << QDate(2026, 10, 3) << QTime(20, 0) << QTime(8, 0) << 11 * 60 + 30 << u"2026-10-03T09:30:00Z"_s;
        QTest::newRow("24 hours on call") << "Europe/London"_ba << QDate(2026, 6, 1) << QTime(9, 0) << QTime(9, 0) << 24 * 60 << u"2026-06-01T08:00:00Z"_s;
        QTest::newRow("24 hours over the spring change") << "Europe/London"_ba << QDate(2026, 3, 28) << QTime(9, 0) << QTime(9, 0) << 23 * 60 << u"2026-03-28T09:00:00Z"_s;
        QTest::newRow("Kolkata night") << "Asia/Kolkata"_ba << QDate(2026, 3, 28) << QTime(21, 0) << QTime(7, 0) << 10 * 60 << u"2026-03-28T15:30:00Z"_s;
        QTest::newRow("UTC") << "UTC"_ba << QDate(2026, 3, 29) << QTime(1, 30) << QTime(9, 0) << 7 * 60 + 30 << u"2026-03-29T01:30:00Z"_s;
    }

    void lengthAcrossMidnightAndClockChanges()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(int, minutes);
        QFETCH(QString, startUtc);
        FieldErrors errors;
        const Shift shift = timedShift(date, start, end, zone, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(joinFieldErrors(errors)));
        QVERIFY(shift.isTimed());
        QCOMPARE(shift.duration_minutes, minutes);
        QCOMPARE(isoUtc(*shift.start_utc), startUtc);
        QCOMPARE(*shift.end_utc - *shift.start_utc, qint64(minutes) * 60);
        QCOMPARE(shift.date, date);
        QCOMPARE(shift.time_zone, zone);
        QCOMPARE(shift.localStart().date(), date);
        QCOMPARE(shift.localStart().time(), start);
        QCOMPARE(shift.localStart().timeZone().id(), zone);
        QCOMPARE(shift.localEnd().time(), end);
        QCOMPARE(shift.localEnd().date(), end <= start ? date.addDays(1) : date);
        QVERIFY2(shift.validate().isEmpty(), qPrintable(joinFieldErrors(shift.validate())));
    }

    void dateIsTheLocalStartDate_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QDate>("utcDate");
        QTest::newRow("London 00:30 in summer is the evening before in UTC") << "Europe/London"_ba << QDate(2026, 7, 1) << QTime(0, 30) << QDate(2026, 6, 30);
        QTest::newRow("Denver 19:00 is the next day in UTC") << "America/Denver"_ba << QDate(2026, 7, 1) << QTime(19, 0) << QDate(2026, 7, 2);
        QTest::newRow("Kolkata 02:00 is the day before in UTC") << "Asia/Kolkata"_ba << QDate(2026, 7, 1) << QTime(2, 0) << QDate(2026, 6, 30);
    }

    void dateIsTheLocalStartDate()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QDate, utcDate);
        FieldErrors errors;
        Shift shift = timedShift(date, start, QTime(start.hour() > 12 ? 7 : 8, 0), zone, &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(shift.date, date);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(*shift.start_utc, QTimeZone::utc()).date(), utcDate);
        QVERIFY(shift.validate().isEmpty());
        // The UTC date is not the shift's date.
        shift.date = utcDate;
        const FieldErrors wrong = shift.validate();
        QCOMPARE(fieldsOf(wrong), QStringList{u"date"_s});
        QVERIFY2(wrong.constFirst().message.contains(date.toString(Qt::ISODate)), qPrintable(wrong.constFirst().message));
    }

    void nonExistentLocalTimeIsAnError_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("London start in the gap") << "Europe/London"_ba << QDate(2026, 3, 29) << QTime(1, 30) << QTime(9, 0) << u"start"_s
                                                 << u"The start time 01:30 does not exist on 2026-03-29 in Europe/London because the clocks go forward."_s;
        QTest::newRow("London end in the gap") << "Europe/London"_ba << QDate(2026, 3, 28) << QTime(22, 0) << QTime(1, 15) << u"end"_s
                                               << u"The end time 01:15 does not exist on 2026-03-29 in Europe/London"_s;
        QTest::newRow("Denver start in the gap") << "America/Denver"_ba << QDate(2026, 3, 8) << QTime(2, 30) << QTime(10, 0) << u"start"_s
                                                 << u"02:30 does not exist on 2026-03-08 in America/Denver"_s;
        QTest::newRow("Denver end in the gap") << "America/Denver"_ba << QDate(2026, 3, 7) << QTime(22, 0) << QTime(2, 0) << u"end"_s
                                               << u"02:00 does not exist on 2026-03-08"_s;
        QTest::newRow("Lord Howe half-hour gap") << "Australia/Lord_Howe"_ba << QDate(2026, 10, 4) << QTime(2, 15) << QTime(10, 0) << u"start"_s
                                                 << u"02:15 does not exist"_s;
    }

    void nonExistentLocalTimeIsAnError()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        Shift shift = dayShift();
        const Shift before = shift;
        const FieldErrors errors = shift.setLocalTimes(date, start, end, zone);
        QCOMPARE(fieldsOf(errors), QStringList{field});
        QVERIFY2(errors.constFirst().message.contains(mentions), qPrintable(errors.constFirst().message));
        QVERIFY2(shift == before, "a refused time leaves the shift unchanged");
    }

    void startAndEndBothInTheGap()
    {
        FieldErrors errors;
        timedShift(QDate(2026, 3, 29), QTime(1, 0), QTime(1, 30), "Europe/London", &errors);
        QCOMPARE(fieldsOf(errors), (QStringList{u"start"_s, u"end"_s}));
    }

    void ambiguousTimesTakeTheFirstOccurrence_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QString>("startUtc");
        QTest::addColumn<QString>("endUtc");
        QTest::addColumn<int>("minutes");
        QTest::newRow("London start in the repeated hour") << "Europe/London"_ba << QDate(2026, 10, 25) << QTime(1, 30) << QTime(9, 0)
                                                           << u"2026-10-25T00:30:00Z"_s << u"2026-10-25T09:00:00Z"_s << 8 * 60 + 30;
        QTest::newRow("London night ending in the repeated hour") << "Europe/London"_ba << QDate(2026, 10, 24) << QTime(20, 0) << QTime(1, 30)
                                                                  << u"2026-10-24T19:00:00Z"_s << u"2026-10-25T00:30:00Z"_s << 5 * 60 + 30;
        QTest::newRow("Denver start in the repeated hour") << "America/Denver"_ba << QDate(2026, 11, 1) << QTime(1, 30) << QTime(9, 0)
                                                           << u"2026-11-01T07:30:00Z"_s << u"2026-11-01T16:00:00Z"_s << 8 * 60 + 30;
    }

    void ambiguousTimesTakeTheFirstOccurrence()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QString, startUtc);
        QFETCH(QString, endUtc);
        QFETCH(int, minutes);
        FieldErrors errors;
        const Shift shift = timedShift(date, start, end, zone, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(joinFieldErrors(errors)));
        QCOMPARE(isoUtc(*shift.start_utc), startUtc);
        QCOMPARE(isoUtc(*shift.end_utc), endUtc);
        QCOMPARE(shift.duration_minutes, minutes);
        QVERIFY(shift.validate().isEmpty());
    }

    void moreThanADayOverTheAutumnChangeIsRefused()
    {
        FieldErrors errors;
        const Shift shift = timedShift(QDate(2026, 10, 24), QTime(8, 0), QTime(8, 0), "Europe/London", &errors);
        QCOMPARE(fieldsOf(errors), QStringList{u"end"_s});
        QVERIFY2(errors.constFirst().message.contains(u"more than 24 hours"_s), qPrintable(errors.constFirst().message));
        QVERIFY(!shift.isTimed());
    }

    void setLocalTimesInputErrors_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown zone") << QDate(2026, 6, 1) << QTime(8, 0) << QTime(17, 0) << "Mars/Olympus"_ba << QStringList{u"time_zone"_s}
                                      << u"\"Mars/Olympus\" is not a known time zone"_s;
        QTest::newRow("no zone") << QDate(2026, 6, 1) << QTime(8, 0) << QTime(17, 0) << QByteArray() << QStringList{u"time_zone"_s}
                                 << u"needs a time zone"_s;
        QTest::newRow("invalid date") << QDate() << QTime(8, 0) << QTime(17, 0) << "UTC"_ba << QStringList{u"date"_s} << u"date"_s;
        QTest::newRow("invalid times") << QDate(2026, 6, 1) << QTime() << QTime(25, 0) << "UTC"_ba << QStringList{u"start"_s, u"end"_s}
                                       << u"start time"_s;
    }

    void setLocalTimesInputErrors()
    {
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QByteArray, zone);
        QFETCH(QStringList, fields);
        QFETCH(QString, mentions);
        Shift shift = dayShift();
        const Shift before = shift;
        const FieldErrors errors = shift.setLocalTimes(date, start, end, zone);
        QCOMPARE(fieldsOf(errors), fields);
        QVERIFY2(errors.constFirst().message.contains(mentions), qPrintable(errors.constFirst().message));
        QVERIFY(shift == before);
    }

    void wholeDayShift()
    {
        Shift shift = dayShift();
        shift.setWholeDay(QDate(2026, 3, 29), "Europe/London", 600);
        QVERIFY(!shift.isTimed());
        QVERIFY(!shift.end_utc);
        QCOMPARE(shift.date, QDate(2026, 3, 29));
        QCOMPARE(shift.duration_minutes, 600);
        QCOMPARE(shift.time_zone, "Europe/London"_ba);
        QVERIFY(!shift.localStart().isValid());
        QVERIFY(!shift.localEnd().isValid());
        QVERIFY2(shift.validate().isEmpty(), qPrintable(joinFieldErrors(shift.validate())));
    }

    void movingKeepsWallClockTimes()
    {
        Shift night = dayShift();
        QVERIFY(night.setLocalTimes(QDate(2026, 10, 20), QTime(20, 0), QTime(8, 0), "Europe/London").isEmpty());
        QCOMPARE(night.duration_minutes, 12 * 60);
        // Onto the night the clocks go back: still 20:00 to 08:00, now 13 hours.
        QVERIFY(night.moveToDate(QDate(2026, 10, 24)).isEmpty());
        QCOMPARE(night.date, QDate(2026, 10, 24));
        QCOMPARE(night.localStart().time(), QTime(20, 0));
        QCOMPARE(night.localEnd().time(), QTime(8, 0));
        QCOMPARE(night.localEnd().date(), QDate(2026, 10, 25));
        QCOMPARE(night.duration_minutes, 13 * 60);

        Shift early = dayShift();
        QVERIFY(early.setLocalTimes(QDate(2026, 3, 22), QTime(1, 30), QTime(9, 0), "Europe/London").isEmpty());
        const Shift unchanged = early;
        // 01:30 does not exist on 29 March 2026 in London: refused, shift unchanged.
        const FieldErrors errors = early.moveToDate(QDate(2026, 3, 29));
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().field, u"start"_s);
        QCOMPARE(early, unchanged);

        Shift wholeDay = dayShift();
        wholeDay.setWholeDay(QDate(2026, 3, 2), "Europe/London", 480);
        QVERIFY(wholeDay.moveToDate(QDate(2026, 3, 5)).isEmpty());
        QCOMPARE(wholeDay.date, QDate(2026, 3, 5));
        QVERIFY(!wholeDay.isTimed());
    }

    void openShift()
    {
        Shift shift = dayShift();
        QVERIFY(shift.isOpen());
        shift.clinician_id = 4;
        QVERIFY(!shift.isOpen());
    }

    void rules_data()
    {
        QTest::addColumn<ShiftEdit>("edit");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no type") << ShiftEdit([](Shift &s) { s.shift_type_id = 0; }) << QStringList{u"shift_type_id"_s} << u"shift type"_s;
        QTest::newRow("clinician id 0") << ShiftEdit([](Shift &s) { s.clinician_id = 0; }) << QStringList{u"clinician_id"_s} << u"not a valid id"_s;
        QTest::newRow("ends at its start") << ShiftEdit([](Shift &s) { s.end_utc = s.start_utc; }) << QStringList{u"end_utc"_s} << u"at or before its start"_s;
        QTest::newRow("ends before it starts") << ShiftEdit([](Shift &s) { s.end_utc = *s.start_utc - 60; }) << QStringList{u"end_utc"_s}
                                               << u"overnight shift ends on the next day"_s;
        QTest::newRow("longer than a day") << ShiftEdit([](Shift &s) {
            s.end_utc = *s.start_utc + 25 * 3600;
            s.duration_minutes = 1440;
        }) << QStringList{u"end_utc"_s} << u"1500 minutes"_s;
        QTest::newRow("length does not match") << ShiftEdit([](Shift &s) { s.duration_minutes = 500; }) << QStringList{u"duration_minutes"_s}
                                               << u"540 minutes apart"_s;
        QTest::newRow("date is not the start's local date") << ShiftEdit([](Shift &s) { s.date = s.date.addDays(1); }) << QStringList{u"date"_s}
                                                            << u"2026-06-01"_s;
        QTest::newRow("no date") << ShiftEdit([](Shift &s) { s.date = QDate(); }) << QStringList{u"date"_s} << u"valid date"_s;
        QTest::newRow("year 2300") << ShiftEdit([](Shift &s) { s.setWholeDay(QDate(2300, 1, 1), "UTC", 600); }) << QStringList{u"date"_s}
                                   << u"1900 to 2199"_s;
        QTest::newRow("start far in the future") << ShiftEdit([](Shift &s) {
            s.start_utc = 9'000'000'000'000;
            s.end_utc = *s.start_utc + 3600;
        }) << QStringList{u"start_utc"_s} << u"1900 to 2199"_s;
        QTest::newRow("start without end") << ShiftEdit([](Shift &s) { s.end_utc.reset(); }) << QStringList{u"end_utc"_s} << u"both a start and an end"_s;
        QTest::newRow("end without start") << ShiftEdit([](Shift &s) { s.start_utc.reset(); }) << QStringList{u"start_utc"_s} << u"both a start and an end"_s;
        QTest::newRow("unknown zone") << ShiftEdit([](Shift &s) { s.time_zone = "Europe/Londn"; }) << QStringList{u"time_zone"_s} << u"Europe/Londn"_s;
        QTest::newRow("no zone") << ShiftEdit([](Shift &s) { s.time_zone.clear(); }) << QStringList{u"time_zone"_s} << u"needs a time zone"_s;
        QTest::newRow("whole day of no length") << ShiftEdit([](Shift &s) { s.setWholeDay(QDate(2026, 6, 1), "Europe/London", 0); })
                                                << QStringList{u"duration_minutes"_s} << u"is 0 minutes"_s;
        QTest::newRow("whole day over 24 hours") << ShiftEdit([](Shift &s) { s.setWholeDay(QDate(2026, 6, 1), "Europe/London", 1441); })
                                                 << QStringList{u"duration_minutes"_s} << u"at most 1440"_s;
        QTest::newRow("claim code with a space") << ShiftEdit([](Shift &s) { s.claim_code = u"SPRING 26"_s; }) << QStringList{u"claim_code"_s}
                                                 << u"\"SPRING 26\" contains a space"_s;
        QTest::newRow("claim code too long") << ShiftEdit([](Shift &s) { s.claim_code = QString(65, u'C'); }) << QStringList{u"claim_code"_s}
                                             << u"65 characters"_s;
    }

    void rules()
    {
        QFETCH(ShiftEdit, edit);
        QFETCH(QStringList, fields);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(dayShift(), edit, fields, mentions);
    }

    void claimCodesAreFreeText()
    {
        Shift shift = dayShift();
        for (const QString &code : {u"ab"_s, u"spring-2026"_s, u"ÉTÉ#1"_s}) {
            shift.claim_code = code;
            QVERIFY2(shift.validate().isEmpty(), qPrintable(code));
        }
    }

    void statusNames_data()
    {
        QTest::addColumn<Shift::Status>("status");
        QTest::addColumn<QString>("name");
        QTest::newRow("scheduled") << Shift::Status::Scheduled << u"scheduled"_s;
        QTest::newRow("completed") << Shift::Status::Completed << u"completed"_s;
        QTest::newRow("cancelled") << Shift::Status::Cancelled << u"cancelled"_s;
        QTest::newRow("needs reassignment") << Shift::Status::NeedsReassignment << u"needs_reassignment"_s;
    }

    void statusNames()
    {
        QFETCH(Shift::Status, status);
        QFETCH(QString, name);
        QCOMPARE(Shift::statusToString(status), name);
        QCOMPARE(Shift::statusFromString(name), status);
        QVERIFY(!Shift::statusFromString(name.toUpper()));
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(Shift().validate()), (QStringList{u"shift_type_id"_s, u"date"_s, u"time_zone"_s, u"duration_minutes"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<Shift>({u"id"_s, u"server_id"_s, u"clinician_id"_s, u"shift_type_id"_s, u"date"_s, u"start_utc"_s,
                                         u"end_utc"_s, u"time_zone"_s, u"duration_minutes"_s, u"status"_s, u"is_pinned"_s,
                                         u"counts_as_worked"_s, u"counts_toward_minimum"_s, u"claim_code"_s, u"notes"_s, u"rota_id"_s,
                                         u"timeslot_id"_s, u"repeating_shift_id"_s, u"recurrence_date"_s, u"team_id"_s,
                                         u"created_by"_s, u"created_at"_s,
                                         u"modified_by"_s, u"modified_at"_s});
    }

    void jsonRoundTrip()
    {
        FieldErrors errors;
        Shift shift = timedShift(QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0), "Europe/London", &errors);
        shift.id = 7;
        shift.server_id = 700;
        shift.clinician_id = 3;
        shift.is_pinned = true;
        shift.counts_as_worked = false;
        shift.counts_toward_minimum = false;
        shift.claim_code = u"N7X2"_s;
        shift.notes = u"Covering ward 4 – \"urgent\""_s;
        shift.status = Shift::Status::NeedsReassignment;
        shift.rota_id = 2;
        shift.timeslot_id = 12;
        shift.repeating_shift_id = 5;
        shift.recurrence_date = QDate(2026, 10, 23);
        shift.team_id = 4;
        shift.created_by = u"coordinator"_s;
        shift.created_at = u"2026-10-01T09:00:00Z"_s;
        shift.modified_by = u"coordinator"_s;
        shift.modified_at = u"2026-10-02T09:00:00Z"_s;
        ModelTesting::verifyRoundTrip(shift);

        const QJsonObject json = shift.toJson();
        QCOMPARE(json.value(u"date"_s).toString(), u"2026-10-24"_s);
        QCOMPARE(json.value(u"time_zone"_s).toString(), u"Europe/London"_s);
        QCOMPARE(json.value(u"status"_s).toString(), u"needs_reassignment"_s);
        QCOMPARE(json.value(u"start_utc"_s).toInteger(), *shift.start_utc);

        Shift wholeDay;
        wholeDay.setWholeDay(QDate(2026, 1, 1), "UTC", 600);
        ModelTesting::verifyRoundTrip(wholeDay);
        QVERIFY(wholeDay.toJson().value(u"start_utc"_s).isNull());
        QVERIFY(wholeDay.toJson().value(u"clinician_id"_s).isNull());
    }

    void missingKeysKeepDefaults()
    {
        FieldErrors errors;
        const Shift shift = Shift::fromJson(QJsonObject{{u"date"_s, u"2026-06-01"_s}}, &errors);
        QVERIFY(errors.isEmpty());
        Shift expected;
        expected.date = QDate(2026, 6, 1);
        QCOMPARE(shift, expected);
        QVERIFY(shift.counts_as_worked);
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("30 February") << u"date"_s << QJsonValue(u"2026-02-30"_s) << u"2026-02-30"_s;
        QTest::newRow("pinned as text") << u"is_pinned"_s << QJsonValue(u"yes"_s) << u"true or false"_s;
        QTest::newRow("unknown status") << u"status"_s << QJsonValue(u"asleep"_s) << u"scheduled, completed, cancelled, needs_reassignment"_s;
        QTest::newRow("fractional start") << u"start_utc"_s << QJsonValue(1.5) << u"whole number"_s;
        QTest::newRow("start as ISO text") << u"start_utc"_s << QJsonValue(u"2026-06-01T07:00:00Z"_s) << u"number"_s;
        QTest::newRow("zone as number") << u"time_zone"_s << QJsonValue(0) << u"Expected text"_s;
        QTest::newRow("zone as list") << u"time_zone"_s << QJsonValue(QJsonArray{u"Europe/London"_s}) << u"Expected text"_s;
        QTest::newRow("clinician as object") << u"clinician_id"_s << QJsonValue(QJsonObject{{u"id"_s, 3}}) << u"an object"_s;
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, mentions);
        FieldErrors errors;
        const Shift shift = Shift::fromJson(QJsonObject{{key, value}}, &errors);
        QCOMPARE(fieldsOf(errors), QStringList{key});
        QVERIFY2(errors.constFirst().message.contains(mentions), qPrintable(errors.constFirst().message));
        QCOMPARE(shift, Shift());
    }

    void severalTypeErrorsAreAllReported()
    {
        FieldErrors errors;
        (void)Shift::fromJson(QJsonObject{{u"date"_s, u"2026-02-30"_s}, {u"is_pinned"_s, u"yes"_s}, {u"status"_s, u"asleep"_s}, {u"start_utc"_s, 1.5}},
                              &errors);
        QCOMPARE(fieldsOf(errors), (QStringList{u"date"_s, u"start_utc"_s, u"status"_s, u"is_pinned"_s}));
    }
};

QTEST_GUILESS_MAIN(TestShift)
#include "tst_shift.moc"
