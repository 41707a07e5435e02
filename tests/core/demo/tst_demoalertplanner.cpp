#include "demo/demoalertplanner.h"
#include "demo/demorandom.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestDemoAlertPlanner : public QObject
{
    Q_OBJECT

private:
    const QDate m_today{2026, 3, 18}; // a Wednesday
    QList<ShiftType> m_types;

    static Shift shift(qint64 clinician, qint64 type, QDate date, Shift::Status status = Shift::Status::Scheduled)
    {
        Shift s;
        s.clinician_id = clinician;
        s.shift_type_id = type;
        s.date = date;
        s.status = status;
        if (type == 2) {
            (void)s.setLocalTimes(date, QTime(20, 0), QTime(8, 30), "Europe/London");
        } else {
            (void)s.setLocalTimes(date, QTime(8, 0), QTime(17, 0), "Europe/London");
        }
        return s;
    }

    // Day shifts need two people on weekdays and one at weekends; nights one every day.
    QList<Shift> rota(QDate from, QDate to)
    {
        QList<Shift> shifts;
        for (QDate date = from; date <= to; date = date.addDays(1)) {
            shifts << shift(1, 1, date) << shift(3, 2, date);
            if (date.dayOfWeek() <= 5)
                shifts << shift(2, 1, date);
        }
        return shifts;
    }

private slots:
    void initTestCase()
    {
        ShiftType day;
        day.id = 1;
        day.code = u"D"_s;
        day.name = u"Day"_s;
        day.minimum_weekday = 2;
        day.minimum_weekend = 1;
        ShiftType night = day;
        night.id = 2;
        night.code = u"N"_s;
        night.name = u"Night"_s;
        night.start_time = QTime(20, 0);
        night.end_time = QTime(8, 30);
        night.minimum_weekday = 1;
        night.minimum_weekend = 1;
        m_types = {day, night};
    }

    void shortfallsCountOnlyWorkedAssignedShifts()
    {
        const QDate from(2026, 3, 16);
        const QDate to(2026, 3, 22);
        QList<Shift> shifts = rota(from, to);
        QVERIFY(shifts[0].date == from && shifts[0].shift_type_id == 1);
        shifts[0].status = Shift::Status::Cancelled;                // Monday day: 1 of 2
        shifts[4].status = Shift::Status::NeedsReassignment;        // Tuesday night: 0 of 1
        shifts.append(shift(0, 1, from.addDays(2)));
        shifts.last().clinician_id.reset();                         // an open shift fills nothing
        shifts.removeIf([&](const Shift &s) { return s.date == from.addDays(2) && s.clinician_id == 2; });

        DemoRandom random(1);
        DemoAlertPlanner planner(m_today, m_types, random);
        const QList<DemoAlertPlanner::Shortfall> shortfalls = planner.shortfalls(shifts, from, to);
        QCOMPARE(shortfalls.size(), 3);
        QCOMPARE(shortfalls.at(0).date, from);
        QCOMPARE(shortfalls.at(0).shiftTypeId, 1);
        QCOMPARE(shortfalls.at(0).staffed, 1);
        QCOMPARE(shortfalls.at(0).required, 2);
        QCOMPARE(shortfalls.at(1).date, from.addDays(1));
        QCOMPARE(shortfalls.at(1).shiftTypeId, 2);
        QCOMPARE(shortfalls.at(1).staffed, 0);
        QCOMPARE(shortfalls.at(2).date, from.addDays(2));
    }

    void statusesFollowTheDate()
    {
        const QDate from = m_today.addMonths(-3);
        const QDate to = m_today.addMonths(3);
        const QList<Shift> shifts = rota(from, to);
        const QList<DemoAlertPlanner::Shortfall> shortfalls{
            {m_today.addDays(-40), 1, 1, 2}, {m_today.addDays(-3), 1, 1, 2},
            {m_today.addDays(10), 2, 0, 1},  {m_today.addDays(60), 1, 1, 2}};
        DemoRandom random(3);
        DemoAlertPlanner planner(m_today, m_types, random);
        const QList<Alert> alerts = planner.plan(shortfalls, shifts, from);

        int coverage = 0;
        int resolved = 0;
        int rest = 0;
        for (const Alert &alert : alerts) {
            QVERIFY2(alert.validate().isEmpty(), qPrintable(joinFieldErrors(alert.validate())));
            QVERIFY(alert.created_at <= alert.resolved_at || alert.resolved_at.isEmpty());
            if (alert.type == u"rest_too_short"_s) {
                ++rest;
                QVERIFY(alert.clinician_id.has_value());
                QVERIFY(alert.status != Alert::Status::Active);
                QVERIFY(alert.date < m_today);
                continue;
            }
            QCOMPARE(alert.type, u"coverage_below_minimum"_s);
            if (alert.status == Alert::Status::Resolved) {
                ++resolved;
                continue;
            }
            ++coverage;
            QVERIFY(alert.date != m_today.addDays(60)); // beyond the four weeks a check looks ahead
            const bool old = alert.date < m_today.addDays(-7);
            QCOMPARE(alert.status, old ? Alert::Status::Dismissed : Alert::Status::Active);
            if (alert.date == m_today.addDays(10))
                QCOMPARE(alert.severity, Alert::Severity::Critical); // a night without anyone
        }
        QCOMPARE(coverage, 3);
        QCOMPARE(resolved, 5);
        QCOMPARE(rest, 2);
        QVERIFY(std::is_sorted(alerts.cbegin(), alerts.cend(), [](const Alert &a, const Alert &b) { return a.date < b.date; }));
    }
};

QTEST_GUILESS_MAIN(TestDemoAlertPlanner)
#include "tst_demoalertplanner.moc"
