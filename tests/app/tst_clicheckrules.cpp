#include "app/clitestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// Drives "rotadesk-cli check-rules" as a script would: a workspace with one short rest between a
// late finish on Thursday 5 November 2026 and an early start the next morning.
class TestCliCheckRules : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_rota;

    Result check(const QString &from, const QString &to, const QStringList &options = {})
    {
        return run(QStringList{u"check-rules"_s, m_rota, u"--from"_s, from, u"--to"_s, to} + options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_rota = m_dir.filePath(u"ward.rota"_s);
        QCOMPARE(run({u"init"_s, m_rota}).exitCode, 0);
        const QString csv = m_dir.filePath(u"shifts.csv"_s);
        QFile file(csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("clinician,date,type,start,end,time_zone,pinned\n"
                   "Ada Lovelace,2026-11-05,L,13:00,21:00,Europe/London,0\n"
                   "Ada Lovelace,2026-11-06,E,07:00,15:00,Europe/London,0\n"
                   "Ada Lovelace,2026-11-10,E,07:00,15:00,Europe/London,0\n");
        file.close();
        const Result imported = run({u"import"_s, u"shifts"_s, m_rota, csv, u"--quiet"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no --to") << QStringList{u"--from"_s, u"2026-11-01"_s};
        QTest::newRow("not a date") << QStringList{u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"next week"_s};
        QTest::newRow("backwards") << QStringList{u"--from"_s, u"2026-11-08"_s, u"--to"_s, u"2026-11-01"_s};
        QTest::newRow("unknown format") << QStringList{u"--from"_s, u"2026-11-01"_s, u"--to"_s, u"2026-11-08"_s, u"--format"_s, u"xml"_s};
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Result result = run(QStringList{u"check-rules"_s, m_rota} + arguments);
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
        QVERIFY2(result.err.contains(u"check-rules"_s), qPrintable(result.err));
    }

    void nothingFoundExitsZero()
    {
        const Result result = check(u"2026-11-09"_s, u"2026-11-15"_s);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QString());
    }

    void findingsAsText()
    {
        const Result result = check(u"2026-11-02"_s, u"2026-11-08"_s);
        QCOMPARE(result.exitCode, 1);
        const QStringList lines = result.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        const QStringList columns = lines.constFirst().split(u'\t');
        QCOMPARE(columns.size(), 4);
        QCOMPARE(columns.at(0), u"2026-11-06"_s);
        QCOMPARE(columns.at(1), u"warning"_s);
        QCOMPARE(columns.at(2), u"rest_too_short"_s);
        QCOMPARE(columns.at(3),
                 u"Ada Lovelace has only 10 h rest between L ending Thu 5 Nov 21:00 and E starting Fri 6 Nov 07:00; 11 h are required."_s);
    }

    void findingsAsJson()
    {
        const Result result = check(u"2026-11-02"_s, u"2026-11-08"_s, {u"--format"_s, u"json"_s});
        QCOMPARE(result.exitCode, 1);
        QJsonParseError error;
        const QJsonArray alerts = QJsonDocument::fromJson(result.bytes, &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(alerts.size(), 1);
        const QJsonObject alert = alerts.at(0).toObject();
        QCOMPARE(alert.value(u"type"_s).toString(), u"rest_too_short"_s);
        QCOMPARE(alert.value(u"type_label"_s).toString(), u"Rest under 11 hours"_s);
        QCOMPARE(alert.value(u"severity"_s).toString(), u"warning"_s);
        QCOMPARE(alert.value(u"date"_s).toString(), u"2026-11-06"_s);
        QCOMPARE(alert.value(u"status"_s).toString(), u"ACTIVE"_s);
        QVERIFY(alert.value(u"clinician_id"_s).toInteger() > 0);
        const QJsonObject details = QJsonDocument::fromJson(alert.value(u"details"_s).toString().toUtf8()).object();
        QCOMPARE(details.value(u"rest_minutes"_s).toInt(), 600);
    }

    void storeReportsCounts()
    {
        Result result = check(u"2026-11-02"_s, u"2026-11-08"_s, {u"--store"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.out.endsWith(u"Alerts stored: 1 new, 0 resolved, 0 updated, 0 unchanged.\n"_s), qPrintable(result.out));

        result = check(u"2026-11-02"_s, u"2026-11-08"_s, {u"--store"_s, u"--format"_s, u"json"_s});
        QCOMPARE(result.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(result.bytes).array().size(), 1); // the counts go to stderr
        QVERIFY2(result.err.contains(u"Alerts stored: 0 new, 0 resolved, 0 updated, 1 unchanged."_s), qPrintable(result.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCheckRules)
#include "tst_clicheckrules.moc"
