#include "model/reportingperiod.h"

#include "core/model/modeltesting.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using PeriodEdit = std::function<void(ReportingPeriod &)>;

namespace {
ReportingPeriod periodOne()
{
    ReportingPeriod period;
    period.id = 1;
    period.name = u"Period 1"_s;
    period.start_date = QDate(2026, 8, 5);
    period.end_date = QDate(2026, 12, 1);
    return period;
}
}

class TestReportingPeriod : public QObject
{
    Q_OBJECT

private slots:
    void validPeriodPasses()
    {
        QVERIFY(periodOne().validate().isEmpty());
        ReportingPeriod oneDay = periodOne();
        oneDay.end_date = oneDay.start_date;
        QVERIFY(oneDay.validate().isEmpty());
        QCOMPARE(oneDay.dayCount(), 1);
    }

    void rules_data()
    {
        QTest::addColumn<PeriodEdit>("edit");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no name") << PeriodEdit([](ReportingPeriod &p) { p.name = u"  "_s; }) << u"name"_s << u"needs a name"_s;
        QTest::newRow("long name") << PeriodEdit([](ReportingPeriod &p) { p.name = QString(101, u'P'); }) << u"name"_s
                                   << u"101 characters"_s;
        QTest::newRow("no first day") << PeriodEdit([](ReportingPeriod &p) { p.start_date = {}; }) << u"start_date"_s << u"first day"_s;
        QTest::newRow("no last day") << PeriodEdit([](ReportingPeriod &p) { p.end_date = {}; }) << u"end_date"_s << u"last day"_s;
        QTest::newRow("ends before it starts") << PeriodEdit([](ReportingPeriod &p) { p.end_date = QDate(2026, 8, 4); })
                                               << u"end_date"_s << u"2026-08-04"_s;
        QTest::newRow("longer than three years")
            << PeriodEdit([](ReportingPeriod &p) { p.end_date = p.start_date.addDays(ReportingPeriod::MaximumDays); }) << u"end_date"_s
            << u"three years"_s;
    }

    void rules()
    {
        QFETCH(PeriodEdit, edit);
        QFETCH(QString, field);
        QFETCH(QString, mentions);
        ModelTesting::verifyRule(periodOne(), edit, QStringList{field}, mentions);
    }

    void containsBothEnds()
    {
        const ReportingPeriod period = periodOne();
        QVERIFY(period.contains(QDate(2026, 8, 5)));
        QVERIFY(period.contains(QDate(2026, 12, 1)));
        QVERIFY(!period.contains(QDate(2026, 8, 4)));
        QVERIFY(!period.contains(QDate(2026, 12, 2)));
        QCOMPARE(period.dayCount(), 119);
    }

    void jsonKeysAreTheFieldNames()
    {
        ModelTesting::verifyKeys<ReportingPeriod>(
            {u"id"_s, u"server_id"_s, u"name"_s, u"start_date"_s, u"end_date"_s, u"created_at"_s, u"updated_at"_s});
    }

    void jsonRoundTrip()
    {
        ReportingPeriod period = periodOne();
        period.server_id = 7;
        period.created_at = u"2026-11-23T07:30:00Z"_s;
        ModelTesting::verifyRoundTrip(period);
        ModelTesting::verifyRoundTrip(ReportingPeriod());
        QCOMPARE(period.toJson().value(u"end_date"_s).toString(), u"2026-12-01"_s);
    }

    void jsonTypeErrors()
    {
        ModelTesting::verifyTypeError<ReportingPeriod>(u"start_date"_s, u"05/08/2026"_s);
        ModelTesting::verifyTypeError<ReportingPeriod>(u"end_date"_s, u"2026-02-30"_s);
        ModelTesting::verifyTypeError<ReportingPeriod>(u"name"_s, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportingPeriod)
#include "tst_reportingperiod.moc"
