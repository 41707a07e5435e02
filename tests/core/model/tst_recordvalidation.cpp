// Validation and the JSON form of the record types other than Shift (which has its own test):
// each rule names the field it is about, and toJson/fromJson round-trip every field.
#include "model/alert.h"
#include "model/clinician.h"
#include "model/leaverequest.h"
#include "model/repeatingshift.h"
#include "model/rota.h"
#include "model/shiftpattern.h"
#include "model/shifttype.h"
#include "model/swaprequest.h"
#include "model/team.h"
#include "model/timeslot.h"
#include "model/workingterm.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QStringList fieldsOf(const FieldErrors &errors)
{
    QStringList fields;
    for (const FieldError &error : errors)
        fields << error.field;
    return fields;
}

WorkingTerm validTerm()
{
    WorkingTerm term;
    term.clinician_id = 4;
    term.type = WorkingTerm::Type::LessThanFullTime;
    term.start_date = QDate(2026, 8, 5);
    term.end_date = QDate(2027, 8, 4);
    term.percentage = 60;
    term.fixed_working_days = WeekdaySet::fromList({1, 2, 3});
    term.cannot_work_days = WeekdaySet::fromList({5});
    term.must_work_days = WeekdaySet::fromList({2});
    term.annual_leave_entitlement = 5.4;
    return term;
}

ShiftType validType()
{
    ShiftType type;
    type.code = u"N"_s;
    type.name = u"Night"_s;
    type.colour = u"#CC79A7"_s;
    type.start_time = QTime(20, 0);
    type.end_time = QTime(8, 30);
    type.duration_minutes = 750;
    type.minimum_weekday = 2;
    return type;
}

} // namespace

class TestRecordValidation : public QObject
{
    Q_OBJECT

private slots:
    void validRecordsPass()
    {
        Clinician clinician;
        clinician.name = u"Dr Amara Okafor"_s;
        QVERIFY(clinician.validate().isEmpty());
        QVERIFY(validTerm().validate().isEmpty());
        QVERIFY(validType().validate().isEmpty());
    }

    void workingTermRules_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("FTE zero") << u"percentage"_s;
        QTest::newRow("FTE above 100") << u"percentage"_s;
        QTest::newRow("ends before it starts") << u"end_date"_s;
        QTest::newRow("must work on a cannot-work day") << u"must_work_days"_s;
        QTest::newRow("negative entitlement") << u"annual_leave_entitlement"_s;
        QTest::newRow("no clinician") << u"clinician_id"_s;
    }

    void workingTermRules()
    {
        QFETCH(QString, field);
        WorkingTerm term = validTerm();
        const QString row = QString::fromLatin1(QTest::currentDataTag());
        if (row == "FTE zero"_L1)
            term.percentage = 0;
        else if (row == "FTE above 100"_L1)
            term.percentage = 100.5;
        else if (row == "ends before it starts"_L1)
            term.end_date = term.start_date.addDays(-1);
        else if (row == "must work on a cannot-work day"_L1)
            term.must_work_days.insert(5);
        else if (row == "negative entitlement"_L1)
            term.annual_leave_entitlement = -1;
        else if (row == "no clinician"_L1)
            term.clinician_id = 0;
        QCOMPARE(fieldsOf(term.validate()), QStringList{field});
    }

    void otherRules()
    {
        Clinician unnamed;
        unnamed.name = u"  "_s;
        QCOMPARE(fieldsOf(unnamed.validate()), QStringList{u"name"_s});

        ShiftType type = validType();
        type.colour = u"purple"_s;
        type.duration_minutes = 25 * 60;
        QCOMPARE(fieldsOf(type.validate()), (QStringList{u"colour"_s, u"duration_minutes"_s}));

        LeaveRequest leave;
        leave.clinician_id = 1;
        leave.start_date = QDate(2026, 12, 24);
        leave.end_date = QDate(2026, 12, 20);
        leave.status = LeaveRequest::Status::Denied;
        QCOMPARE(fieldsOf(leave.validate()), (QStringList{u"end_date"_s, u"denial_reason"_s}));

        Timeslot slot;
        slot.shift_pattern_id = 1;
        slot.weekday = 8;
        slot.start_time = QTime(9, 0);
        slot.end_time = QTime(17, 0);
        slot.minimum = 3;
        slot.ideal = 2;
        slot.maximum = 4;
        QCOMPARE(fieldsOf(slot.validate()), (QStringList{u"weekday"_s, u"ideal"_s}));

        RepeatingShift series;
        series.shift_type_id = 1;
        series.time_zone = "Europe/London";
        series.start_date = QDate(2026, 1, 5);
        series.interval = 0;
        series.until_date = QDate(2026, 1, 1);
        QCOMPARE(fieldsOf(series.validate()), (QStringList{u"interval"_s, u"until_date"_s}));

        SwapRequest swap;
        swap.beneficiary_id = 2;
        swap.benefactor_id = 2;
        swap.swap_start_utc = 1000;
        swap.swap_end_utc = 1000;
        swap.status = SwapRequest::Status::Taken;
        QCOMPARE(fieldsOf(swap.validate()), (QStringList{u"swap_end_utc"_s, u"benefactor_id"_s}));

        Rota rota;
        QCOMPARE(fieldsOf(rota.validate()), (QStringList{u"name"_s, u"start_date"_s}));
        QCOMPARE(fieldsOf(ShiftPattern().validate()), QStringList{u"name"_s});
        QCOMPARE(fieldsOf(Team().validate()), QStringList{u"name"_s});
        QCOMPARE(fieldsOf(Alert().validate()), (QStringList{u"type"_s, u"message"_s, u"date"_s}));
    }

    void jsonRoundTrips()
    {
        const WorkingTerm term = validTerm();
        QCOMPARE(WorkingTerm::fromJson(term.toJson()), term);
        const ShiftType type = validType();
        QCOMPARE(ShiftType::fromJson(type.toJson()), type);

        Clinician clinician;
        clinician.id = 9;
        clinician.server_id = 120;
        clinician.name = u"Dr Li Wei"_s;
        clinician.team_id = 2;
        clinician.status = Clinician::Status::OnHold;
        clinician.active = false;
        QCOMPARE(Clinician::fromJson(clinician.toJson()), clinician);

        LeaveRequest leave;
        leave.clinician_id = 9;
        leave.type = LeaveRequest::Type::Coroners;
        leave.start_date = QDate(2026, 12, 1);
        leave.end_date = QDate(2026, 12, 2);
        leave.status = LeaveRequest::Status::Approved;
        leave.affected_shift_count = 2;
        QCOMPARE(LeaveRequest::fromJson(leave.toJson()), leave);

        Alert alert;
        alert.type = u"rest_too_short"_s;
        alert.severity = Alert::Severity::Critical;
        alert.date = QDate(2026, 11, 30);
        alert.message = u"Only 9 hours between shifts"_s;
        alert.status = Alert::Status::Dismissed;
        alert.resolved_at = u"2026-11-30T10:00:00Z"_s;
        QCOMPARE(Alert::fromJson(alert.toJson()), alert);
        QCOMPARE(alert.toJson().value(u"status"_s).toString(), u"DISMISSED"_s);

        RepeatingShift series;
        series.shift_type_id = 2;
        series.time_zone = "America/Denver";
        series.start_date = QDate(2026, 1, 5);
        series.start_time = QTime(19, 0);
        series.end_time = QTime(7, 0);
        series.weekdays = WeekdaySet::fromList({1, 3});
        series.interval = 2;
        series.count = 10;
        QCOMPARE(RepeatingShift::fromJson(series.toJson()), series);

        Timeslot slot;
        slot.shift_pattern_id = 1;
        slot.weekday = 6;
        slot.start_time = QTime(9, 0);
        slot.end_time = QTime(17, 0);
        slot.minimum = 1;
        slot.ideal = 2;
        slot.maximum = 3;
        QCOMPARE(Timeslot::fromJson(slot.toJson()), slot);

        SwapRequest swap;
        swap.beneficiary_id = 1;
        swap.benefactor_id = 2;
        swap.swap_start_utc = 100;
        swap.swap_end_utc = 200;
        swap.status = SwapRequest::Status::Taken;
        QCOMPARE(SwapRequest::fromJson(swap.toJson()), swap);
    }

    void rruleText_data()
    {
        QTest::addColumn<int>("frequency");
        QTest::addColumn<int>("interval");
        QTest::addColumn<QList<int>>("days");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("rrule");
        QTest::newRow("fortnightly Mon Wed until") << int(RepeatingShift::Frequency::Weekly) << 2 << QList<int>{1, 3}
                                                   << QDate(2027, 1, 31) << 0 << u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;UNTIL=20270131"_s;
        QTest::newRow("daily ten times") << int(RepeatingShift::Frequency::Daily) << 1 << QList<int>{} << QDate() << 10
                                         << u"FREQ=DAILY;COUNT=10"_s;
        QTest::newRow("every third month") << int(RepeatingShift::Frequency::Monthly) << 3 << QList<int>{} << QDate() << 0
                                           << u"FREQ=MONTHLY;INTERVAL=3"_s;
    }

    void rruleText()
    {
        QFETCH(int, frequency);
        QFETCH(int, interval);
        QFETCH(QList<int>, days);
        QFETCH(QDate, until);
        QFETCH(int, count);
        QFETCH(QString, rrule);
        RepeatingShift series;
        series.frequency = RepeatingShift::Frequency(frequency);
        series.interval = interval;
        series.weekdays = WeekdaySet::fromList(days);
        series.until_date = until;
        series.count = count;
        QCOMPARE(series.rrule(), rrule);
    }

    void weekdaySetFromJsonRefusesBadDays()
    {
        WeekdaySet set;
        QVERIFY(WeekdaySet::fromJson(QJsonArray{1, 7}, &set));
        QCOMPARE(set.toList(), (QList<int>{1, 7}));
        QVERIFY(!WeekdaySet::fromJson(QJsonArray{0}, &set));
        QVERIFY(!WeekdaySet::fromJson(QJsonArray{2.5}, &set));
        QVERIFY(!WeekdaySet::fromJson(QJsonArray{u"mon"_s}, &set));
    }
};

QTEST_GUILESS_MAIN(TestRecordValidation)
#include "tst_recordvalidation.moc"
