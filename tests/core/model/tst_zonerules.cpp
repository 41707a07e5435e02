#include "model/zonerules.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

class TestZoneRules : public QObject
{
    Q_OBJECT

private slots:
    void unknownZoneIsRefused()
    {
        QCOMPARE(ZoneRules::find("Europe/Atlantis"), nullptr);
        QCOMPARE(ZoneRules::find(""), nullptr);
        QVERIFY(ZoneRules::find("UTC"));
    }

    void sameRulesForTheSameZone()
    {
        QCOMPARE(ZoneRules::find("Europe/London"), ZoneRules::find("Europe/London"));
    }

    void offsetsMatchQtEveryHour_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::newRow("London") << "Europe/London"_ba;
        QTest::newRow("Denver") << "America/Denver"_ba;
        QTest::newRow("Lord Howe (30-minute DST)") << "Australia/Lord_Howe"_ba;
        QTest::newRow("Kolkata (no DST)") << "Asia/Kolkata"_ba;
        QTest::newRow("UTC") << "UTC"_ba;
    }

    void offsetsMatchQtEveryHour()
    {
        QFETCH(QByteArray, zone);
        const ZoneRules *rules = ZoneRules::find(zone);
        QVERIFY(rules);
        const QTimeZone qtZone(zone);
        const qint64 start = QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        const qint64 end = QDateTime(QDate(2028, 1, 1), QTime(0, 0), QTimeZone::utc()).toSecsSinceEpoch();
        for (qint64 t = start; t < end; t += 3600) {
            const QDateTime at = QDateTime::fromSecsSinceEpoch(t, QTimeZone::utc());
            if (rules->offsetAt(t) != qtZone.offsetFromUtc(at))
                QFAIL(qPrintable(u"offset differs at %1"_s.arg(at.toString(Qt::ISODate))));
            const QDateTime local = at.toTimeZone(qtZone);
            if (rules->localDate(t) != local.date() || rules->localTime(t) != local.time())
                QFAIL(qPrintable(u"local time differs at %1"_s.arg(at.toString(Qt::ISODate))));
        }
    }

    void localToUtc_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QTime>("time");
        QTest::addColumn<QString>("utc");
        QTest::addColumn<int>("kind");
        const int unique = int(ZoneRules::Kind::Unique);
        const int ambiguous = int(ZoneRules::Kind::Ambiguous);
        const int gap = int(ZoneRules::Kind::Gap);
        QTest::newRow("London winter") << "Europe/London"_ba << QDate(2026, 1, 15) << QTime(8, 0) << u"2026-01-15T08:00:00Z"_s << unique;
        QTest::newRow("London summer") << "Europe/London"_ba << QDate(2026, 7, 15) << QTime(8, 0) << u"2026-07-15T07:00:00Z"_s << unique;
        QTest::newRow("London spring gap") << "Europe/London"_ba << QDate(2026, 3, 29) << QTime(1, 30) << u"2026-03-29T01:30:00Z"_s << gap;
        QTest::newRow("London autumn overlap takes the first") << "Europe/London"_ba << QDate(2026, 10, 25) << QTime(1, 30) << u"2026-10-25T00:30:00Z"_s << ambiguous;
        QTest::newRow("Denver spring gap") << "America/Denver"_ba << QDate(2026, 3, 8) << QTime(2, 30) << u"2026-03-08T09:30:00Z"_s << gap;
        QTest::newRow("Denver autumn overlap") << "America/Denver"_ba << QDate(2026, 11, 1) << QTime(1, 30) << u"2026-11-01T07:30:00Z"_s << ambiguous;
        QTest::newRow("Denver after the change") << "America/Denver"_ba << QDate(2026, 11, 1) << QTime(8, 0) << u"2026-11-01T15:00:00Z"_s << unique;
    }

    void localToUtc()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, date);
        QFETCH(QTime, time);
        QFETCH(QString, utc);
        QFETCH(int, kind);
        const ZoneRules::Resolution resolution = ZoneRules::find(zone)->toUtc(date, time);
        QCOMPARE(QDateTime::fromSecsSinceEpoch(resolution.utcSecs, Qt::UTC).toString(Qt::ISODate), utc);
        QCOMPARE(int(resolution.kind), kind);
    }
};

QTEST_GUILESS_MAIN(TestZoneRules)
#include "tst_zonerules.moc"
