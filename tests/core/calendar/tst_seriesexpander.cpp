#include "calendar/seriesexpander.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <libical/ical.h>

using namespace Qt::StringLiterals;

namespace {

// libical's occurrences of the series' RRULE from its first occurrence (DTSTART, a date) on,
// those in [from, to].
QList<QDate> libicalDates(const RepeatingShift &series, QDate from, QDate to)
{
    const QByteArray rule = series.rrule().toLatin1();
    icaltimetype start = icaltime_null_time();
    start.year = series.start_date.year();
    start.month = series.start_date.month();
    start.day = series.start_date.day();
    start.is_date = 1;
    icalrecur_iterator *iterator = icalrecur_iterator_new(icalrecurrencetype_from_string(rule.constData()), start);
    QList<QDate> found;
    for (icaltimetype next = icalrecur_iterator_next(iterator); !icaltime_is_null_time(next); next = icalrecur_iterator_next(iterator)) {
        const QDate date(next.year, next.month, next.day);
        if (date > to)
            break;
        if (date >= from)
            found.append(date);
    }
    icalrecur_iterator_free(iterator);
    return found;
}

RepeatingShift weekly(QDate start, QTime from, QTime to, const QByteArray &zone)
{
    RepeatingShift series;
    series.id = 9;
    series.clinician_id = 4;
    series.shift_type_id = 2;
    series.rota_id = 3;
    series.start_date = start;
    series.start_time = from;
    series.end_time = to;
    series.time_zone = zone;
    series.frequency = RepeatingShift::Frequency::Weekly;
    return series;
}

} // namespace

class TestSeriesExpander : public QObject
{
    Q_OBJECT

private slots:
    // 500 random series (daily, weekly on weekdays, monthly, also on the 29th to 31st; every 1 to 4;
    // until a date, for a count or open) in random windows, some long after the start: the same
    // occurrences as libical's.
    void randomRulesMatchLibical()
    {
        QRandomGenerator random(20261124);
        int occurrences = 0;
        for (int i = 0; i < 500; ++i) {
            RepeatingShift series;
            series.shift_type_id = 1;
            series.time_zone = "Europe/London";
            series.start_date = QDate(2024, 1, 1).addDays(random.bounded(1500));
            series.frequency = RepeatingShift::Frequency(random.bounded(3));
            series.interval = 1 + random.bounded(4);
            if (series.frequency == RepeatingShift::Frequency::Monthly && random.bounded(3) == 0)
                series.start_date = QDate(series.start_date.year(), series.start_date.month(), 1).addDays(28 + random.bounded(3));
            if (series.frequency == RepeatingShift::Frequency::Weekly && random.bounded(4) != 0) {
                series.weekdays.insert(series.start_date.dayOfWeek());
                for (int extra = random.bounded(4); extra > 0; --extra)
                    series.weekdays.insert(1 + random.bounded(7));
            }
            switch (random.bounded(3)) {
            case 0:
                series.until_date = series.start_date.addDays(random.bounded(900));
                break;
            case 1:
                series.count = 1 + random.bounded(60);
                break;
            default:
                break;
            }
            QVERIFY2(series.validate().isEmpty(), qPrintable(series.rrule()));
            const QDate from = series.start_date.addDays(random.bounded(1200) - 200);
            const QDate to = from.addDays(random.bounded(400));
            const QList<QDate> expected = libicalDates(series, from, to);
            const QList<QDate> found = SeriesExpander::dates(series, from, to);
            QVERIFY2(found == expected, qPrintable(u"%1 from %2 in [%3, %4]: %5 occurrences, expected %6"_s.arg(series.rrule(),
                                                                                                              series.start_date.toString(Qt::ISODate),
                                                                                                              from.toString(Qt::ISODate),
                                                                                                              to.toString(Qt::ISODate))
                                                        .arg(found.size())
                                                        .arg(expected.size())));
            occurrences += int(found.size());
        }
        QVERIFY(occurrences > 5000); // the windows were not all empty
    }

    // Fortnightly on Mondays and Thursdays from Thursday 1 October 2026, 6 times.
    void handWorkedFortnightWithACount()
    {
        RepeatingShift series = weekly(QDate(2026, 10, 1), QTime(9, 0), QTime(17, 0), "Europe/London");
        series.interval = 2;
        series.weekdays.insert(1);
        series.weekdays.insert(4);
        series.count = 6;
        QCOMPARE(series.rrule(), u"FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH;COUNT=6"_s);
        QCOMPARE(SeriesExpander::dates(series, QDate(2026, 1, 1), QDate(2027, 12, 31)),
                 (QList<QDate>{QDate(2026, 10, 1), QDate(2026, 10, 12), QDate(2026, 10, 15), QDate(2026, 10, 26), QDate(2026, 10, 29),
                               QDate(2026, 11, 9)}));
        // A window after the start still counts from the first occurrence.
        QCOMPARE(SeriesExpander::dates(series, QDate(2026, 10, 20), QDate(2026, 12, 31)),
                 (QList<QDate>{QDate(2026, 10, 26), QDate(2026, 10, 29), QDate(2026, 11, 9)}));
    }

    // A series begun long ago expands in the window only, and a window before the start or after
    // the end is empty.
    void windowOnly()
    {
        RepeatingShift series = weekly(QDate(2001, 1, 3), QTime(9, 0), QTime(17, 0), "Europe/London");
        QCOMPARE(SeriesExpander::dates(series, QDate(2026, 11, 23), QDate(2026, 12, 6)),
                 (QList<QDate>{QDate(2026, 11, 25), QDate(2026, 12, 2)}));
        QVERIFY(SeriesExpander::dates(series, QDate(2000, 1, 1), QDate(2001, 1, 2)).isEmpty());
        series.until_date = QDate(2002, 1, 1);
        QVERIFY(SeriesExpander::dates(series, QDate(2026, 1, 1), QDate(2026, 12, 31)).isEmpty());
        QVERIFY(SeriesExpander::dates(series, QDate(2026, 12, 31), QDate(2026, 1, 1)).isEmpty());
    }

    // A weekly 20:00-08:00 night across both changes of clocks in London stays 20:00-08:00 local:
    // 11 hours on the night clocks go forward, 13 on the night they go back.
    void overnightSeriesKeepsItsLocalTimesAcrossDst()
    {
        RepeatingShift series = weekly(QDate(2026, 3, 21), QTime(20, 0), QTime(8, 0), "Europe/London");
        series.id = 12;
        const SeriesExpander::Expansion spring = SeriesExpander::occurrences(series, QDate(2026, 3, 21), QDate(2026, 3, 28), 0);
        QCOMPARE(spring.shifts.size(), 2);
        QCOMPARE(spring.shifts.at(1).date, QDate(2026, 3, 28));
        QCOMPARE(spring.shifts.at(1).localStart().time(), QTime(20, 0));
        QCOMPARE(spring.shifts.at(1).localEnd(), QDateTime(QDate(2026, 3, 29), QTime(8, 0), QTimeZone("Europe/London")));
        QCOMPARE(spring.shifts.at(0).duration_minutes, 12 * 60);
        QCOMPARE(spring.shifts.at(1).duration_minutes, 11 * 60);
        const Shift &first = spring.shifts.at(0);
        QCOMPARE(first.repeating_shift_id, std::optional<qint64>(12));
        QCOMPARE(first.recurrence_date, QDate(2026, 3, 21));
        QCOMPARE(first.clinician_id, std::optional<qint64>(4));
        QCOMPARE(first.rota_id, std::optional<qint64>(3));
        QCOMPARE(first.id, 0);

        const SeriesExpander::Expansion autumn = SeriesExpander::occurrences(series, QDate(2026, 10, 24), QDate(2026, 10, 24), 0);
        QCOMPARE(autumn.shifts.size(), 1);
        QCOMPARE(autumn.shifts.at(0).localStart().time(), QTime(20, 0));
        QCOMPARE(autumn.shifts.at(0).localEnd().time(), QTime(8, 0));
        QCOMPARE(autumn.shifts.at(0).duration_minutes, 13 * 60);
    }

    // A daily 01:30-09:30 series: on 29 March 2026 01:30 does not exist in London, so that
    // occurrence is reported, not moved; the days around it keep 01:30.
    void anOccurrenceInTheSpringGapIsReported()
    {
        RepeatingShift series = weekly(QDate(2026, 3, 27), QTime(1, 30), QTime(9, 30), "Europe/London");
        series.frequency = RepeatingShift::Frequency::Daily;
        const SeriesExpander::Expansion expansion = SeriesExpander::occurrences(series, QDate(2026, 3, 27), QDate(2026, 3, 31), 0);
        QCOMPARE(expansion.unplaced, QList<QDate>{QDate(2026, 3, 29)});
        QCOMPARE(expansion.shifts.size(), 4);
        for (const Shift &shift : expansion.shifts)
            QCOMPARE(shift.localStart().time(), QTime(1, 30));
    }

    void skippedAndWholeDayOccurrences()
    {
        RepeatingShift series = weekly(QDate(2026, 11, 2), QTime(), QTime(), "Europe/London");
        const SeriesExpander::Expansion expansion =
            SeriesExpander::occurrences(series, QDate(2026, 11, 1), QDate(2026, 11, 30), 600, {QDate(2026, 11, 16)});
        QCOMPARE(expansion.shifts.size(), 4);
        QCOMPARE(expansion.shifts.at(1).date, QDate(2026, 11, 9));
        QCOMPARE(expansion.shifts.at(2).date, QDate(2026, 11, 23));
        QVERIFY(!expansion.shifts.at(0).isTimed());
        QCOMPARE(expansion.shifts.at(0).duration_minutes, 600);
    }
};

QTEST_GUILESS_MAIN(TestSeriesExpander)
#include "tst_seriesexpander.moc"
