#include "model/zonerules.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>
#include <array>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

qint64 utcSecs(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc()).toSecsSinceEpoch();
}

QString isoUtc(qint64 secs)
{
    return QDateTime::fromSecsSinceEpoch(secs, QTimeZone::utc()).toUTC().toString(Qt::ISODate);
}

void addZoneRows()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("London") << "Europe/London"_ba;
    QTest::newRow("Denver") << "America/Denver"_ba;
    QTest::newRow("Lord Howe (30-minute DST)") << "Australia/Lord_Howe"_ba;
    QTest::newRow("Kolkata (no DST)") << "Asia/Kolkata"_ba;
    QTest::newRow("UTC") << "UTC"_ba;
}

// Compares offsets and local readings with QTimeZone at every step from `from` to `to`.
void compareWithQt(const ZoneRules &rules, const QTimeZone &zone, qint64 from, qint64 to, qint64 step)
{
    for (qint64 t = from; t < to; t += step) {
        const QDateTime at = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
        if (rules.offsetAt(t) != zone.offsetFromUtc(at))
            QFAIL(qPrintable(u"offset %1 instead of %2 at %3"_s.arg(rules.offsetAt(t)).arg(zone.offsetFromUtc(at)).arg(isoUtc(t))));
        const QDateTime local = at.toTimeZone(zone);
        if (rules.localDate(t) != local.date() || rules.localTime(t) != local.time())
            QFAIL(qPrintable(u"local reading %1 %2 instead of %3 at %4"_s.arg(rules.localDate(t).toString(Qt::ISODate),
                                                                               rules.localTime(t).toString(Qt::ISODate),
                                                                               local.toString(Qt::ISODate), isoUtc(t))));
    }
}

} // namespace

class TestZoneRules : public QObject
{
    Q_OBJECT

private slots:
    void unknownNamesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("made up") << "Europe/Atlantis"_ba;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("lower case") << "europe/london"_ba;
        QTest::newRow("path") << "../zoneinfo/Europe/London"_ba;
        QTest::newRow("absolute path") << "/usr/share/zoneinfo/UTC"_ba;
        QTest::newRow("system link") << "localtime"_ba;
        QTest::newRow("offset, not a zone") << "UTC+05:00"_ba;
        QTest::newRow("trailing slash") << "Europe/"_ba;
        QTest::newRow("double slash") << "Europe//London"_ba;
        QTest::newRow("space") << "Europe/London "_ba;
    }

    void unknownNamesAreRefused()
    {
        QFETCH(QByteArray, name);
        QCOMPARE(ZoneRules::find(name), nullptr);
        QCOMPARE(ZoneRules::find(name), nullptr); // also when asked again (cached)
    }

    void knownNames_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::newRow("UTC") << "UTC"_ba;
        QTest::newRow("Etc/UTC") << "Etc/UTC"_ba;
        QTest::newRow("area with a hyphen") << "America/Port-au-Prince"_ba;
        QTest::newRow("three parts") << "America/Argentina/Buenos_Aires"_ba;
        QTest::newRow("fixed offset with sign") << "Etc/GMT+5"_ba;
    }

    void knownNames()
    {
        QFETCH(QByteArray, name);
        const ZoneRules *rules = ZoneRules::find(name);
        QVERIFY(rules);
        QCOMPARE(rules->id(), name);
        QCOMPARE(rules->idBytes(), name);
    }

    void sameRulesForTheSameZone()
    {
        const ZoneRules *london = ZoneRules::find("Europe/London");
        QVERIFY(london);
        QCOMPARE(ZoneRules::find(QByteArray("Europe/London")), london);
        QVERIFY(ZoneRules::find("Europe/Dublin") != london);
    }

    void concurrentLookupsShareOneEntry()
    {
        // Zones not used elsewhere in this test, so that the threads race to build them.
        const std::array<QByteArrayView, 4> zones{"Asia/Tokyo", "Europe/Paris", "America/Chicago", "Pacific/Auckland"};
        std::array<std::array<const ZoneRules *, 4>, 8> seen{};
        std::vector<std::thread> threads;
        for (std::size_t t = 0; t < seen.size(); ++t) {
            threads.emplace_back([&seen, &zones, t] {
                for (std::size_t z = 0; z < zones.size(); ++z)
                    seen[t][(z + t) % zones.size()] = ZoneRules::find(zones[(z + t) % zones.size()]);
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        for (std::size_t z = 0; z < zones.size(); ++z) {
            QVERIFY(seen[0][z]);
            for (std::size_t t = 1; t < seen.size(); ++t)
                QCOMPARE(seen[t][z], seen[0][z]);
            QCOMPARE(seen[0][z], ZoneRules::find(zones[z]));
        }
    }

    void offsetsMatchQtEveryHour_data() { addZoneRows(); }

    void offsetsMatchQtEveryHour()
    {
        QFETCH(QByteArray, zone);
        const ZoneRules *rules = ZoneRules::find(zone);
        QVERIFY(rules);
        compareWithQt(*rules, QTimeZone(zone), utcSecs(2024, 1, 1), utcSecs(2029, 1, 1), 3600);
    }

    // Across the end of the zone files' explicit data (2037), where offsets come from the zone's
    // rule, and back into past decades; a 13-hour step visits every hour of the day.
    void offsetsMatchQtOverTheCenturies_data() { addZoneRows(); }

    void offsetsMatchQtOverTheCenturies()
    {
        QFETCH(QByteArray, zone);
        const ZoneRules *rules = ZoneRules::find(zone);
        QVERIFY(rules);
        compareWithQt(*rules, QTimeZone(zone), utcSecs(1960, 1, 1), utcSecs(2120, 1, 1), 13 * 3600);
        compareWithQt(*rules, QTimeZone(zone), utcSecs(2036, 1, 1), utcSecs(2041, 1, 1), 3600);
    }

    void changeInstantsAreExact_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<qint64>("change");
        QTest::addColumn<int>("before");
        QTest::addColumn<int>("after");
        QTest::newRow("London spring") << "Europe/London"_ba << utcSecs(2026, 3, 29, 1) << 0 << 3600;
        QTest::newRow("London autumn") << "Europe/London"_ba << utcSecs(2026, 10, 25, 1) << 3600 << 0;
        QTest::newRow("Denver spring") << "America/Denver"_ba << utcSecs(2026, 3, 8, 9) << -7 * 3600 << -6 * 3600;
        QTest::newRow("Denver autumn") << "America/Denver"_ba << utcSecs(2026, 11, 1, 8) << -6 * 3600 << -7 * 3600;
        QTest::newRow("Lord Howe spring") << "Australia/Lord_Howe"_ba << utcSecs(2026, 10, 3, 15, 30) << 37800 << 39600;
        QTest::newRow("London 2045 from the rule") << "Europe/London"_ba << utcSecs(2045, 3, 26, 1) << 0 << 3600;
    }

    void changeInstantsAreExact()
    {
        QFETCH(QByteArray, zone);
        QFETCH(qint64, change);
        QFETCH(int, before);
        QFETCH(int, after);
        const ZoneRules *rules = ZoneRules::find(zone);
        QCOMPARE(rules->offsetAt(change - 1), before);
        QCOMPARE(rules->offsetAt(change), after);
    }

    void localToUtc_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<ZoneRules::Kind>("kind");
        using K = ZoneRules::Kind;
        QTest::newRow("London winter") << "Europe/London"_ba << QDate(2026, 1, 15) << QTime(8, 0) << u"2026-01-15T08:00:00Z"_s << K::Unique;
        QTest::newRow("London summer") << "Europe/London"_ba << QDate(2026, 7, 15) << QTime(8, 0) << u"2026-07-15T07:00:00Z"_s << K::Unique;
        QTest::newRow("London just before the gap") << "Europe/London"_ba << QDate(2026, 3, 29) << QTime(0, 59) << u"2026-03-29T00:59:00Z"_s << K::Unique;
        QTest::newRow("London gap, shown after the jump") << "Europe/London"_ba << QDate(2026, 3, 29) << QTime(1, 30) << u"2026-03-29T01:30:00Z"_s << K::Gap;
        QTest::newRow("London just after the gap") << "Europe/London"_ba << QDate(2026, 3, 29) << QTime(2, 0) << u"2026-03-29T01:00:00Z"_s << K::Unique;
        QTest::newRow("London overlap takes the first") << "Europe/London"_ba << QDate(2026, 10, 25) << QTime(1, 30) << u"2026-10-25T00:30:00Z"_s << K::Ambiguous;
        QTest::newRow("London overlap starts at 01:00") << "Europe/London"_ba << QDate(2026, 10, 25) << QTime(1, 0) << u"2026-10-25T00:00:00Z"_s << K::Ambiguous;
        QTest::newRow("London after the overlap") << "Europe/London"_ba << QDate(2026, 10, 25) << QTime(2, 0) << u"2026-10-25T02:00:00Z"_s << K::Unique;
        QTest::newRow("Denver gap") << "America/Denver"_ba << QDate(2026, 3, 8) << QTime(2, 30) << u"2026-03-08T09:30:00Z"_s << K::Gap;
        QTest::newRow("Denver overlap") << "America/Denver"_ba << QDate(2026, 11, 1) << QTime(1, 30) << u"2026-11-01T07:30:00Z"_s << K::Ambiguous;
        QTest::newRow("Denver after the change") << "America/Denver"_ba << QDate(2026, 11, 1) << QTime(8, 0) << u"2026-11-01T15:00:00Z"_s << K::Unique;
        QTest::newRow("Lord Howe half-hour gap") << "Australia/Lord_Howe"_ba << QDate(2026, 10, 4) << QTime(2, 15) << u"2026-10-03T15:45:00Z"_s << K::Gap;
        QTest::newRow("Lord Howe half-hour overlap") << "Australia/Lord_Howe"_ba << QDate(2026, 4, 5) << QTime(1, 45) << u"2026-04-04T14:45:00Z"_s << K::Ambiguous;
        QTest::newRow("Kolkata") << "Asia/Kolkata"_ba << QDate(2026, 3, 29) << QTime(1, 30) << u"2026-03-28T20:00:00Z"_s << K::Unique;
        QTest::newRow("London summer 2050") << "Europe/London"_ba << QDate(2050, 7, 1) << QTime(9, 0) << u"2050-07-01T08:00:00Z"_s << K::Unique;
        QTest::newRow("London gap 2050") << "Europe/London"_ba << QDate(2050, 3, 27) << QTime(1, 30) << u"2050-03-27T01:30:00Z"_s << K::Gap;
    }

    void localToUtc()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QString, utc);
        QFETCH(ZoneRules::Kind, kind);
        const ZoneRules::Resolution resolution = ZoneRules::find(zone)->toUtc(date, time);
        QCOMPARE(isoUtc(resolution.utcSecs), utc);
        QCOMPARE(resolution.kind, kind);
    }

    void invalidInputHasNoInstant()
    {
        const ZoneRules *london = ZoneRules::find("Europe/London");
        QCOMPARE(london->toUtc(QDate(), QTime(8, 0)).kind, ZoneRules::Kind::Gap);
        QCOMPARE(london->toUtc(QDate(2026, 1, 1), QTime()).kind, ZoneRules::Kind::Gap);
    }

    // Every wall-clock hour (half hour for Lord Howe) of two years: unique readings agree with
    // QDateTime and read back; each year has exactly one hour that is skipped and one that repeats
    // where the zone has daylight saving time.
    void everyWallClockReadingResolves_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<int>("stepMinutes");
        QTest::addColumn<int>("gaps");
        QTest::addColumn<int>("overlaps");
        QTest::newRow("London") << "Europe/London"_ba << 60 << 2 << 2;
        QTest::newRow("Denver") << "America/Denver"_ba << 60 << 2 << 2;
        QTest::newRow("Lord Howe") << "Australia/Lord_Howe"_ba << 30 << 2 << 2;
        QTest::newRow("Kolkata") << "Asia/Kolkata"_ba << 60 << 0 << 0;
        QTest::newRow("UTC") << "UTC"_ba << 60 << 0 << 0;
    }

    void everyWallClockReadingResolves()
    {
        QFETCH(QByteArray, zone);
        QFETCH(int, stepMinutes);
        QFETCH(int, gaps);
        QFETCH(int, overlaps);
        const ZoneRules *rules = ZoneRules::find(zone);
        const QTimeZone qtZone(zone);
        int gapCount = 0;
        int overlapCount = 0;
        for (QDate date(2026, 1, 1); date < QDate(2028, 1, 1); date = date.addDays(1)) {
            for (int minute = 0; minute < 24 * 60; minute += stepMinutes) {
                const QTime time(minute / 60, minute % 60);
                const ZoneRules::Resolution r = rules->toUtc(date, time);
                if (r.kind == ZoneRules::Kind::Gap) {
                    ++gapCount;
                    continue;
                }
                if (r.kind == ZoneRules::Kind::Ambiguous) {
                    ++overlapCount;
                    // The later instant shows the same reading: the earlier one was chosen.
                    const qint64 later = r.utcSecs + (rules->offsetAt(r.utcSecs) - rules->offsetAt(r.utcSecs + 86400));
                    QVERIFY(later > r.utcSecs);
                    QCOMPARE(rules->localTime(later), time);
                } else if (QDateTime(date, time, qtZone).toSecsSinceEpoch() != r.utcSecs) {
                    QFAIL(qPrintable(u"%1 %2 resolves to %3"_s.arg(date.toString(Qt::ISODate), time.toString(), isoUtc(r.utcSecs))));
                }
                if (rules->localDate(r.utcSecs) != date || rules->localTime(r.utcSecs) != time)
                    QFAIL(qPrintable(u"%1 %2 does not read back"_s.arg(date.toString(Qt::ISODate), time.toString())));
            }
        }
        QCOMPARE(gapCount, gaps);
        QCOMPARE(overlapCount, overlaps);
    }

    void readingsBeforeTheEpoch()
    {
        const ZoneRules *utc = ZoneRules::find("UTC");
        QCOMPARE(utc->localDate(-1), QDate(1969, 12, 31));
        QCOMPARE(utc->localTime(-1), QTime(23, 59, 59));
        QCOMPARE(utc->toUtc(QDate(1969, 12, 31), QTime(23, 59, 59)).utcSecs, -1);
    }
};

QTEST_GUILESS_MAIN(TestZoneRules)
#include "tst_zonerules.moc"
