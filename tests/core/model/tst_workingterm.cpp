#include "model/workingterm.h"

#include "core/model/modeltesting.h"

#include <QJsonArray>
#include <QTest>
#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;
using ModelTesting::fieldsOf;
using TermEdit = std::function<void(WorkingTerm &)>;

namespace {
WorkingTerm validTerm()
{
    WorkingTerm term;
    term.clinician_id = 4;
    term.type = WorkingTerm::Type::LessThanFullTime;
    term.start_date = QDate(2026, 8, 5);
    term.end_date = QDate(2027, 8, 4);
    term.percentage = 60;
    term.fixed_working_days = WeekdaySet::fromList({1, 2, 3});
    term.fixed_half_days = WeekdaySet::fromList({4});
    term.cannot_work_days = WeekdaySet::fromList({5});
    term.must_work_days = WeekdaySet::fromList({2});
    term.annual_leave_entitlement = 5.4;
    return term;
}
}

class TestWorkingTerm : public QObject
{
    Q_OBJECT

private slots:
    void validTermsPass()
    {
        QVERIFY(validTerm().validate().isEmpty());
        WorkingTerm openEnded = validTerm();
        openEnded.end_date = QDate();
        openEnded.annual_leave_entitlement.reset();
        QVERIFY(openEnded.validate().isEmpty());
        WorkingTerm oneDay = validTerm();
        oneDay.end_date = oneDay.start_date;
        oneDay.percentage = 100;
        oneDay.annual_leave_entitlement = 0;
        QVERIFY(oneDay.validate().isEmpty());
    }

    void rules_data()
    {
        QTest::addColumn<TermEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no clinician") << TermEdit([](WorkingTerm &t) { t.clinician_id = 0; }) << u"clinician_id"_s << u"clinician"_s;
        QTest::newRow("no start date") << TermEdit([](WorkingTerm &t) { t.start_date = QDate(); }) << u"start_date"_s << u"start date"_s;
        QTest::newRow("ends before it starts") << TermEdit([](WorkingTerm &t) { t.end_date = t.start_date.addDays(-1); }) << u"end_date"_s
                                               << u"ends on 2026-08-04, before it starts on 2026-08-05"_s;
        QTest::newRow("FTE zero") << TermEdit([](WorkingTerm &t) { t.percentage = 0; }) << u"percentage"_s << u"is 0"_s;
        QTest::newRow("FTE negative") << TermEdit([](WorkingTerm &t) { t.percentage = -20; }) << u"percentage"_s << u"is -20"_s;
        QTest::newRow("FTE above 100") << TermEdit([](WorkingTerm &t) { t.percentage = 100.5; }) << u"percentage"_s << u"100.5"_s;
        QTest::newRow("FTE not a number") << TermEdit([](WorkingTerm &t) { t.percentage = std::nan(""); }) << u"percentage"_s << u"at most 100"_s;
        QTest::newRow("must work on a cannot-work day") << TermEdit([](WorkingTerm &t) { t.must_work_days.insert(5); })
                                                        << u"must_work_days"_s << u"Friday"_s;
        QTest::newRow("fixed day that cannot be worked") << TermEdit([](WorkingTerm &t) { t.cannot_work_days.insert(3); })
                                                         << u"fixed_working_days"_s << u"Wednesday"_s;
        QTest::newRow("half day that cannot be worked") << TermEdit([](WorkingTerm &t) { t.fixed_half_days.insert(5); })
                                                        << u"fixed_half_days"_s << u"Friday"_s;
        QTest::newRow("negative entitlement") << TermEdit([](WorkingTerm &t) { t.annual_leave_entitlement = -1; })
                                              << u"annual_leave_entitlement"_s << u"-1 weeks"_s;
        QTest::newRow("entitlement beyond a year") << TermEdit([](WorkingTerm &t) { t.annual_leave_entitlement = 53; })
                                                   << u"annual_leave_entitlement"_s << u"53 weeks"_s;
    }

    void rules()
    {
        QFETCH(TermEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(validTerm(), edit, QStringList{field}, mentions);
    }

    void clashingDaysAreAllNamed()
    {
        WorkingTerm term = validTerm();
        term.must_work_days = WeekdaySet::fromList({1, 6, 7});
        term.cannot_work_days = WeekdaySet::fromList({6, 7});
        const FieldErrors errors = term.validate();
        QCOMPARE(fieldsOf(errors), QStringList{u"must_work_days"_s});
        QVERIFY2(errors.constFirst().message.contains(u"Saturday and Sunday"_s), qPrintable(errors.constFirst().message));
    }

    void covers_data()
    {
        QTest::addColumn<QDate>("end");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("covered");
        const QDate end(2027, 8, 4);
        QTest::newRow("day before the start") << end << QDate(2026, 8, 4) << false;
        QTest::newRow("first day") << end << QDate(2026, 8, 5) << true;
        QTest::newRow("last day") << end << end << true;
        QTest::newRow("day after the end") << end << end.addDays(1) << false;
        QTest::newRow("open-ended, far ahead") << QDate() << QDate(2040, 1, 1) << true;
        QTest::newRow("open-ended, before the start") << QDate() << QDate(2026, 1, 1) << false;
    }

    void covers()
    {
        QFETCH(QDate, end);
        QFETCH(QDate, date);
        QFETCH(bool, covered);
        WorkingTerm term = validTerm();
        term.end_date = end;
        QCOMPARE(term.covers(date), covered);
    }

    void typeNames_data()
    {
        QTest::addColumn<WorkingTerm::Type>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("substantive") << WorkingTerm::Type::Substantive << u"substantive"_s;
        QTest::newRow("LTFT") << WorkingTerm::Type::LessThanFullTime << u"less_than_full_time"_s;
        QTest::newRow("fixed term") << WorkingTerm::Type::FixedTerm << u"fixed_term"_s;
        QTest::newRow("locum") << WorkingTerm::Type::Locum << u"locum"_s;
        QTest::newRow("honorary") << WorkingTerm::Type::Honorary << u"honorary"_s;
    }

    void typeNames()
    {
        QFETCH(WorkingTerm::Type, type);
        QFETCH(QString, name);
        QCOMPARE(WorkingTerm::typeToString(type), name);
        QCOMPARE(WorkingTerm::typeFromString(name), type);
    }

    void emptyRecordNamesEveryMissingField()
    {
        QCOMPARE(ModelTesting::fieldsOf(WorkingTerm().validate()), (QStringList{u"clinician_id"_s, u"start_date"_s}));
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<WorkingTerm>({u"id"_s, u"server_id"_s, u"clinician_id"_s, u"type"_s, u"start_date"_s, u"end_date"_s,
                                               u"percentage"_s, u"fixed_working_days"_s, u"fixed_half_days"_s, u"cannot_work_days"_s,
                                               u"must_work_days"_s, u"annual_leave_entitlement"_s, u"participates_in_duty"_s,
                                               u"created_at"_s, u"updated_at"_s});
    }

    void jsonRoundTrip()
    {
        WorkingTerm term = validTerm();
        term.id = 5;
        term.server_id = 51;
        term.participates_in_duty = false;
        term.created_at = u"2026-08-01T12:00:00Z"_s;
        ModelTesting::verifyRoundTrip(term);
        ModelTesting::verifyRoundTrip(WorkingTerm());
        const QJsonObject json = term.toJson();
        QCOMPARE(json.value(u"fixed_working_days"_s).toArray(), (QJsonArray{1, 2, 3}));
        QCOMPARE(json.value(u"start_date"_s).toString(), u"2026-08-05"_s);
        QCOMPARE(json.value(u"annual_leave_entitlement"_s).toDouble(), 5.4);
        QVERIFY(WorkingTerm().toJson().value(u"end_date"_s).isNull());
        QVERIFY(WorkingTerm().toJson().value(u"annual_leave_entitlement"_s).isNull());
    }

    void jsonTypeErrors_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("30 February") << u"start_date"_s << QJsonValue(u"2026-02-30"_s);
        QTest::newRow("day-first date") << u"end_date"_s << QJsonValue(u"04/08/2027"_s);
        QTest::newRow("percentage as text") << u"percentage"_s << QJsonValue(u"60%"_s);
        QTest::newRow("weekday 0") << u"cannot_work_days"_s << QJsonValue(QJsonArray{0});
        QTest::newRow("weekdays as text") << u"must_work_days"_s << QJsonValue(u"Mon"_s);
        QTest::newRow("unknown type") << u"type"_s << QJsonValue(u"permanent"_s);
        QTest::newRow("duty as number") << u"participates_in_duty"_s << QJsonValue(1);
        QTest::newRow("entitlement as text") << u"annual_leave_entitlement"_s << QJsonValue(u"5"_s);
    }

    void jsonTypeErrors()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        ModelTesting::verifyTypeError<WorkingTerm>(key, value);
    }
};

QTEST_GUILESS_MAIN(TestWorkingTerm)
#include "tst_workingterm.moc"
