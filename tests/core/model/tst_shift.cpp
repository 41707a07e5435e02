#include "model/shift.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

Shift timedShift(QDate date, QTime start, QTime end, QByteArrayView zone, FieldErrors *errors)
{
    Shift shift;
    shift.shift_type_id = 1;
    *errors = shift.setLocalTimes(date, start, end, zone);
    return shift;
}

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    return fields;
}

} // namespace

class TestShift : public QObject
{
    Q_OBJECT

private slots:
    void lengthAcrossMidnightAndClockChanges_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<int>("minutes");
        QTest::newRow("day shift") << "Europe/London"_ba << QDate(2026, 6, 1) << QTime(8, 0) << QTime(17, 0) << 9 * 60;
        QTest::newRow("ordinary night") << "Europe/London"_ba << QDate(2026, 6, 1) << QTime(20, 0) << QTime(8, 0) << 12 * 60;
        QTest::newRow("London night, clocks forward") << "Europe/London"_ba << QDate(2026, 3, 28) << QTime(20, 0) << QTime(8, 0) << 11 * 60;
        QTest::newRow("London night, clocks back") << "Europe/London"_ba << QDate(2026, 10, 24) << QTime(20, 0) << QTime(8, 0) << 13 * 60;
        QTest::newRow("Denver night, clocks forward") << "America/Denver"_ba << QDate(2026, 3, 7) << QTime(19, 0) << QTime(7, 0) << 11 * 60;
        QTest::newRow("Denver night, clocks back") << "America/Denver"_ba << QDate(2026, 10, 31) << QTime(19, 0) << QTime(7, 0) << 13 * 60;
        QTest::newRow("24 hours on call") << "Europe/London"_ba << QDate(2026, 6, 1) << QTime(9, 0) << QTime(9, 0) << 24 * 60;
    }

    void lengthAcrossMidnightAndClockChanges()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(int, minutes);
        FieldErrors errors;
        const Shift shift = timedShift(date, start, end, zone, &errors);
        QVERIFY2(errors.isEmpty(), qPrintable(joinFieldErrors(errors)));
        QCOMPARE(shift.duration_minutes, minutes);
        QCOMPARE(shift.date, date);
        QCOMPARE(shift.localStart().time(), start);
        QCOMPARE(shift.localEnd().time(), end);
        QCOMPARE(shift.localEnd().date(), end <= start ? date.addDays(1) : date);
        QVERIFY2(shift.validate().isEmpty(), qPrintable(joinFieldErrors(shift.validate())));
    }

    void nonExistentLocalTimeIsAnError_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("start");
        QTest::addColumn<QTime>("end");
        QTest::addColumn<QString>("field");
        QTest::newRow("London start in the gap") << "Europe/London"_ba << QDate(2026, 3, 29) << QTime(1, 30) << QTime(9, 0) << u"start"_s;
        QTest::newRow("London end in the gap") << "Europe/London"_ba << QDate(2026, 3, 28) << QTime(22, 0) << QTime(1, 15) << u"end"_s;
        QTest::newRow("Denver start in the gap") << "America/Denver"_ba << QDate(2026, 3, 8) << QTime(2, 30) << QTime(10, 0) << u"start"_s;
    }

    void nonExistentLocalTimeIsAnError()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, start);
        QFETCH(QTime, end);
        QFETCH(QString, field);
        FieldErrors errors;
        const Shift shift = timedShift(date, start, end, zone, &errors);
        QCOMPARE(fieldsOf(errors), QStringList{field});
        QVERIFY(errors.constFirst().message.contains(u"clocks go forward"_s));
        QVERIFY2(!shift.isTimed(), "a refused time leaves the shift unchanged");
    }

    void ambiguousStartTakesTheFirstOccurrence()
    {
        FieldErrors errors;
        const Shift shift = timedShift(QDate(2026, 10, 25), QTime(1, 30), QTime(9, 0), "Europe/London", &errors);
        QVERIFY(errors.isEmpty());
        QCOMPARE(QDateTime::fromSecsSinceEpoch(*shift.start_utc, QTimeZone::utc()).time(), QTime(0, 30));
        QCOMPARE(shift.duration_minutes, 8 * 60 + 30);
    }

    void unknownZoneIsNamed()
    {
        FieldErrors errors;
        timedShift(QDate(2026, 6, 1), QTime(8, 0), QTime(17, 0), "Mars/Olympus", &errors);
        QCOMPARE(fieldsOf(errors), QStringList{u"time_zone"_s});
        QVERIFY(errors.constFirst().message.contains(u"Mars/Olympus"_s));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("no type") << u"shift_type_id"_s;
        QTest::newRow("end before start") << u"end_utc"_s;
        QTest::newRow("longer than a day") << u"end_utc"_s;
        QTest::newRow("date is not the start's local date") << u"date"_s;
        QTest::newRow("start without end") << u"end_utc"_s;
        QTest::newRow("whole day of no length") << u"duration_minutes"_s;
        QTest::newRow("bad claim code") << u"claim_code"_s;
    }

    void validationNamesTheField()
    {
        QFETCH(QString, field);
        FieldErrors errors;
        Shift shift = timedShift(QDate(2026, 6, 1), QTime(8, 0), QTime(17, 0), "Europe/London", &errors);
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == "no type"_L1)
            shift.shift_type_id = 0;
        else if (row == "end before start"_L1)
            shift.end_utc = *shift.start_utc - 60;
        else if (row == "longer than a day"_L1) {
            shift.end_utc = *shift.start_utc + 25 * 3600;
            shift.duration_minutes = 25 * 60;
        } else if (row == "date is not the start's local date"_L1)
            shift.date = shift.date.addDays(1);
        else if (row == "start without end"_L1)
            shift.end_utc.reset();
        else if (row == "whole day of no length"_L1)
            shift.setWholeDay(QDate(2026, 6, 1), "Europe/London", 0);
        else if (row == "bad claim code"_L1)
            shift.claim_code = u"a b"_s;
        QVERIFY(fieldsOf(shift.validate()).contains(field));
    }

    void jsonRoundTrip()
    {
        FieldErrors errors;
        Shift shift = timedShift(QDate(2026, 10, 24), QTime(20, 0), QTime(8, 0), "Europe/London", &errors);
        shift.id = 7;
        shift.clinician_id = 3;
        shift.is_pinned = true;
        shift.notes = u"Covering ward 4"_s;
        shift.status = Shift::Status::NeedsReassignment;
        FieldErrors readErrors;
        QCOMPARE(Shift::fromJson(shift.toJson(), &readErrors), shift);
        QVERIFY(readErrors.isEmpty());
        Shift open;
        open.setWholeDay(QDate(2026, 1, 1), "UTC", 600);
        QCOMPARE(Shift::fromJson(open.toJson()), open);
    }

    void jsonTypeErrorsNameTheKey()
    {
        FieldErrors errors;
        const Shift read = Shift::fromJson(QJsonObject{{u"date"_s, u"2026-02-30"_s}, {u"is_pinned"_s, u"yes"_s}, {u"status"_s, u"asleep"_s},
                                    {u"start_utc"_s, 1.5}},
                        &errors);
        QCOMPARE(read.date, QDate());
        QCOMPARE(fieldsOf(errors), (QStringList{u"date"_s, u"start_utc"_s, u"status"_s, u"is_pinned"_s}));
    }
};

QTEST_GUILESS_MAIN(TestShift)
#include "tst_shift.moc"
