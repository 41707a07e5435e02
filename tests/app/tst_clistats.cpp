#include "clitestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::run;

class TestCliStats : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    CliTest::Result stats(const QStringList &more) { return run(QStringList{u"stats"_s, m_demo} + more); }

    static QStringList sorted(QStringList keys)
    {
        keys.sort();
        return keys;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.rota"_s);
        QVERIFY(CliTest::makeDemo(m_demo));
    }

    void forecastIsTheServersArray()
    {
        const CliTest::Result result = stats({u"forecast"_s, u"--from"_s, u"2026-03-16"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray days = QJsonDocument::fromJson(result.bytes).array();
        QCOMPARE(days.size(), 28); // four weeks by default
        const QStringList keys = sorted({u"date"_s, u"day_of_week"_s, u"minimum_required"_s, u"scheduled_count"_s,
                                         u"pending_leave"_s, u"status"_s, u"shortfalls"_s});
        for (int i = 0; i < days.size(); ++i) {
            const QJsonObject day = days.at(i).toObject();
            QCOMPARE(day.keys(), keys);
            QCOMPARE(day.value(u"date"_s).toString(), QDate(2026, 3, 16).addDays(i).toString(Qt::ISODate));
            const int required = day.value(u"minimum_required"_s).toInt();
            const int scheduled = day.value(u"scheduled_count"_s).toInt();
            QVERIFY(required > 0);
            const QString status = scheduled < required ? u"below"_s : scheduled == required ? u"at"_s : u"above"_s;
            QCOMPARE(day.value(u"status"_s).toString(), status);
            if (status == u"below"_s)
                QVERIFY(!day.value(u"shortfalls"_s).toArray().isEmpty());
        }
        QCOMPARE(days.at(0).toObject().value(u"day_of_week"_s).toString(), u"Monday"_s);
        QCOMPARE(days.at(6).toObject().value(u"day_of_week"_s).toString(), u"Sunday"_s);
    }

    void forecastV1Envelope()
    {
        const CliTest::Result result = stats({u"forecast"_s, u"--from"_s, u"2026-03-16"_s, u"--to"_s, u"2026-03-18"_s, u"--v1"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.bytes).object();
        QCOMPARE(json.keys(), (QStringList{u"end_date"_s, u"results"_s, u"start_date"_s, u"version"_s}));
        QCOMPARE(json.value(u"version"_s).toString(), u"v1"_s);
        QCOMPARE(json.value(u"start_date"_s).toString(), u"2026-03-16"_s);
        QCOMPARE(json.value(u"end_date"_s).toString(), u"2026-03-18"_s);
        QCOMPARE(json.value(u"results"_s).toArray().size(), 3);
    }

    void forecastCsvHasOneRowPerDay()
    {
        const CliTest::Result result = stats({u"forecast"_s, u"--from"_s, u"2026-03-16"_s, u"--weeks"_s, u"1"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        QCOMPARE(lines.at(0), u"date,day_of_week,minimum_required,scheduled_count,pending_leave,status,shortfalls"_s);
        QVERIFY2(lines.at(1).startsWith(u"2026-03-16,Monday,"_s), qPrintable(lines.at(1)));
        QVERIFY2(lines.at(7).startsWith(u"2026-03-22,Sunday,"_s), qPrintable(lines.at(7)));
        // The JSON of the same days holds the same numbers.
        const QJsonArray days = QJsonDocument::fromJson(
                                    stats({u"forecast"_s, u"--from"_s, u"2026-03-16"_s, u"--weeks"_s, u"1"_s}).bytes)
                                    .array();
        for (int i = 0; i < 7; ++i) {
            const QJsonObject day = days.at(i).toObject();
            const QStringList fields = lines.at(i + 1).split(u',');
            QCOMPARE(fields.at(2).toInt(), day.value(u"minimum_required"_s).toInt());
            QCOMPARE(fields.at(3).toInt(), day.value(u"scheduled_count"_s).toInt());
            QCOMPARE(fields.at(4).toInt(), day.value(u"pending_leave"_s).toInt());
            QCOMPARE(fields.at(5), day.value(u"status"_s).toString());
        }
    }

    void workloadOfANamedPeriod()
    {
        const CliTest::Result result = stats({u"workload"_s, u"--period"_s, u"Period 1"_s, u"--as-of"_s, u"2026-03-18"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.bytes).object();
        QCOMPARE(json.value(u"reporting_period"_s).toString(), u"Period 1"_s);
        QCOMPARE(json.value(u"as_of_date"_s).toString(), u"2026-03-18"_s);
        QVERIFY(json.value(u"start_date"_s).toString() < json.value(u"end_date"_s).toString());
        QVERIFY(json.contains(u"fairness"_s));
        const QJsonArray summaries = json.value(u"clinician_summaries"_s).toArray();
        QVERIFY(summaries.size() >= 30);
        const QStringList keys = sorted({u"clinician_id"_s, u"clinician_name"_s, u"team_id"_s, u"team_name"_s, u"active"_s,
                                         u"fte"_s, u"participates"_s, u"shifts_worked"_s, u"hours_worked"_s,
                                         u"shifts_scheduled"_s, u"hours_scheduled"_s, u"expected_shifts"_s,
                                         u"expected_hours"_s, u"nights"_s, u"weekends"_s, u"on_calls"_s, u"bank_holidays"_s,
                                         u"deficiency"_s, u"status"_s});
        double expected = 0.0;
        int done = 0;
        for (const QJsonValue &value : summaries) {
            const QJsonObject summary = value.toObject();
            QCOMPARE(summary.keys(), keys);
            if (!summary.value(u"participates"_s).toBool())
                continue;
            expected += summary.value(u"expected_shifts"_s).toDouble();
            done += summary.value(u"shifts_worked"_s).toInt() + summary.value(u"shifts_scheduled"_s).toInt();
        }
        // The expectations share out the duty rota's work (to rounding).
        QVERIFY2(std::abs(expected - done) < 0.01 * summaries.size(), qPrintable(u"%1 vs %2"_s.arg(expected).arg(done)));

        // Without --period, the period holding --as-of.
        const CliTest::Result byDate = stats({u"workload"_s, u"--as-of"_s, u"2026-03-18"_s});
        QCOMPARE(byDate.exitCode, 0);
        const QJsonObject dated = QJsonDocument::fromJson(byDate.bytes).object();
        const QString name = dated.value(u"reporting_period"_s).toString();
        QVERIFY(name.startsWith(u"Period "_s));
        QVERIFY(dated.value(u"start_date"_s).toString() <= u"2026-03-18"_s);
        QVERIFY(dated.value(u"end_date"_s).toString() >= u"2026-03-18"_s);
        QCOMPARE(QJsonDocument::fromJson(stats({u"workload"_s, u"--as-of"_s, u"2026-03-18"_s, u"--period"_s, name}).bytes).object(),
                 dated);
    }

    void workloadV1AndCsv()
    {
        const QStringList base{u"workload"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-31"_s, u"--as-of"_s, u"2026-03-18"_s};
        const QJsonObject plain = QJsonDocument::fromJson(stats(base).bytes).object();
        QCOMPARE(plain.value(u"start_date"_s).toString(), u"2026-03-01"_s);
        QCOMPARE(plain.value(u"end_date"_s).toString(), u"2026-03-31"_s);
        QVERIFY(!plain.contains(u"version"_s));
        QJsonObject v1 = QJsonDocument::fromJson(stats(base + QStringList{u"--v1"_s}).bytes).object();
        QCOMPARE(v1.value(u"version"_s).toString(), u"v1"_s);
        v1.remove(u"version"_s);
        QCOMPARE(v1, plain);

        const CliTest::Result csv = stats(base + QStringList{u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.at(0), u"clinician_id,clinician_name,team_name,active,fte,participates,shifts_worked,hours_worked,"
                              "shifts_scheduled,hours_scheduled,expected_shifts,expected_hours,nights,weekends,on_calls,"
                              "bank_holidays,deficiency,status"_s);
        QCOMPARE(lines.size() - 1, plain.value(u"clinician_summaries"_s).toArray().size());
        const QJsonObject firstSummary = plain.value(u"clinician_summaries"_s).toArray().at(0).toObject();
        QVERIFY(lines.at(1).startsWith(QString::number(firstSummary.value(u"clinician_id"_s).toInteger()) + u',' ));
        QVERIFY(lines.at(1).endsWith(u',' + firstSummary.value(u"status"_s).toString()));
    }

    void availabilityPerDay()
    {
        const CliTest::Result result = stats({u"availability"_s, u"--from"_s, u"2026-03-16"_s, u"--to"_s, u"2026-03-18"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonArray days = QJsonDocument::fromJson(result.bytes).array();
        QCOMPARE(days.size(), 3);
        for (int i = 0; i < 3; ++i) {
            const QJsonObject day = days.at(i).toObject();
            QCOMPARE(day.keys(), (QStringList{u"date"_s, u"doctors_count"_s}));
            QCOMPARE(day.value(u"date"_s).toString(), QDate(2026, 3, 16 + i).toString(Qt::ISODate));
            QVERIFY(day.value(u"doctors_count"_s).toInt() > 0);
        }
        const CliTest::Result csv = stats({u"availability"_s, u"--from"_s, u"2026-03-16"_s, u"--to"_s, u"2026-03-18"_s,
                                           u"--format"_s, u"csv"_s});
        const QStringList lines = csv.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QCOMPARE(lines.at(0), u"date,doctors_count"_s);
        QCOMPARE(lines.at(1), u"2026-03-16,%1"_s.arg(days.at(0).toObject().value(u"doctors_count"_s).toInt()));
    }

    void writesToAnOutputFile()
    {
        const QString path = m_dir.filePath(u"forecast.json"_s);
        const QStringList arguments{u"forecast"_s, u"--from"_s, u"2026-03-16"_s, u"--weeks"_s, u"2"_s};
        const CliTest::Result result = stats(arguments + QStringList{u"--output"_s, path});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), stats(arguments).bytes);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown report") << QStringList{u"fairness"_s} << u"unknown report \"fairness\""_s;
        QTest::newRow("unknown format") << QStringList{u"forecast"_s, u"--format"_s, u"xml"_s} << u"unknown format \"xml\""_s;
        QTest::newRow("bad from") << QStringList{u"forecast"_s, u"--from"_s, u"2026-02-30"_s} << u"--from \"2026-02-30\""_s;
        QTest::newRow("bad to") << QStringList{u"forecast"_s, u"--to"_s, u"soon"_s} << u"--to \"soon\""_s;
        QTest::newRow("bad as-of") << QStringList{u"workload"_s, u"--as-of"_s, u"18/03/2026"_s} << u"--as-of \"18/03/2026\""_s;
        QTest::newRow("from after to") << QStringList{u"forecast"_s, u"--from"_s, u"2026-03-18"_s, u"--to"_s, u"2026-03-16"_s}
                                       << u"--from 2026-03-18 is after --to 2026-03-16"_s;
        QTest::newRow("bad weeks") << QStringList{u"forecast"_s, u"--weeks"_s, u"0"_s} << u"--weeks \"0\""_s;
        QTest::newRow("weeks and to") << QStringList{u"forecast"_s, u"--weeks"_s, u"2"_s, u"--to"_s, u"2026-03-30"_s} << u"--weeks"_s;
        QTest::newRow("period and from") << QStringList{u"workload"_s, u"--period"_s, u"Period 1"_s, u"--from"_s, u"2026-03-01"_s}
                                         << u"--period"_s;
        QTest::newRow("v1 csv") << QStringList{u"forecast"_s, u"--v1"_s, u"--format"_s, u"csv"_s} << u"--v1"_s;
        QTest::newRow("v1 availability") << QStringList{u"availability"_s, u"--v1"_s} << u"--v1"_s;
        QTest::newRow("as-of forecast") << QStringList{u"forecast"_s, u"--as-of"_s, u"2026-03-18"_s} << u"--as-of"_s;
        QTest::newRow("unknown period") << QStringList{u"workload"_s, u"--period"_s, u"Period 99"_s}
                                        << u"no reporting period named \"Period 99\". Reporting periods: \"Period 1\""_s;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliTest::Result result = stats(arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }

    void missingFileFails()
    {
        const CliTest::Result result = run({u"stats"_s, m_dir.filePath(u"none.rota"_s), u"forecast"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!result.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
