#include "clitestsupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::run;

class TestCliLeave : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    // A workspace without working terms holding Ada's D on Tue 3 Mar 2026 and N on Wed 4 Mar,
    // and Ben's D on 3 Mar.
    QString smallWorkspace()
    {
        const QString path = m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + u".rota"_s);
        const QString csv = m_dir.filePath(QString::fromUtf8(QTest::currentTestFunction()) + u".csv"_s);
        QFile file(csv);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        file.write("clinician,date,type,start,end,time_zone,pinned\n"
                   "Ada Lovelace,2026-03-03,D,08:00,16:00,Europe/London,\n"
                   "Ada Lovelace,2026-03-04,N,20:00,08:00,Europe/London,\n"
                   "Ben Carr,2026-03-03,D,08:00,16:00,Europe/London,\n");
        file.close();
        if (run({u"init"_s, path}).exitCode != 0 || run({u"import"_s, u"shifts"_s, path, csv}).exitCode != 0)
            return {};
        return path;
    }

    QStringList shiftLines(const QString &path)
    {
        return run({u"export"_s, u"shifts"_s, path, u"--from"_s, u"2026-03-01"_s, u"--to"_s, u"2026-03-10"_s})
            .out.split(u'\n', Qt::SkipEmptyParts);
    }

    static QJsonArray listJson(const QString &path, const QStringList &filters = {})
    {
        return QJsonDocument::fromJson(run(QStringList{u"leave"_s, u"list"_s, path, u"--format"_s, u"json"_s} + filters).bytes).array();
    }

    static QStringList request(const QString &path, const QStringList &more)
    {
        return QStringList{u"leave"_s, u"request"_s, path, u"--clinician"_s, u"Ada Lovelace"_s, u"--from"_s, u"2026-03-02"_s,
                           u"--to"_s, u"2026-03-06"_s}
               + more;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.rota"_s);
        QVERIFY(CliTest::makeDemo(m_demo));
    }

    void quotaOfAllActiveClinicians()
    {
        const CliTest::Result result = run({u"leave-quota"_s, m_demo, u"--year"_s, u"2026"_s});
        QCOMPARE(result.exitCode, 0);
        const QJsonObject json = QJsonDocument::fromJson(result.bytes).object();
        const QJsonArray results = json.value(u"results"_s).toArray();
        QVERIFY(results.size() > 20);
        QCOMPARE(json.value(u"total_count"_s).toInt(), results.size());
        QCOMPARE(json.value(u"success_count"_s).toInt(), results.size());
        QCOMPARE(json.value(u"error_count"_s).toInt(), 0);
        QVERIFY(json.value(u"errors"_s).toArray().isEmpty());
        for (const QJsonValue &value : results) {
            const QJsonObject quota = value.toObject();
            QCOMPARE(quota.value(u"unit"_s).toString(), u"weeks"_s);
            QCOMPARE(quota.value(u"leave_year_start"_s).toString(), u"2026-01-01"_s);
            QVERIFY2(QRegularExpression(u"^-?\\d+\\.\\d\\d$"_s).match(quota.value(u"remaining"_s).toString()).hasMatch(),
                     qPrintable(quota.value(u"remaining"_s).toString()));
            // remaining = entitlement + adjustments - used, to the hundredth
            const double sum = quota.value(u"entitlement"_s).toString().toDouble() + quota.value(u"adjustments"_s).toString().toDouble()
                               - quota.value(u"used"_s).toString().toDouble();
            QVERIFY(qAbs(sum - quota.value(u"remaining"_s).toString().toDouble()) <= 0.011);
        }

        const CliTest::Result csv = run({u"leave-quota"_s, m_demo, u"--year"_s, u"2026"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 0);
        const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.first(), u"clinician,has_entitlement,entitlement_weeks,used_weeks,remaining_weeks,remaining_days,percentage_used"_s);
        QCOMPARE(lines.size(), results.size() + 1);
    }

    void quotaOfNamedClinicians()
    {
        const QString name = QJsonDocument::fromJson(run({u"leave-quota"_s, m_demo, u"--year"_s, u"2026"_s}).bytes)
                                 .object().value(u"results"_s).toArray().first().toObject().value(u"clinician_name"_s).toString();
        const CliTest::Result result = run({u"leave-quota"_s, m_demo, u"--year"_s, u"2026"_s, u"--clinician"_s, name,
                                            u"--clinician"_s, u"Nobody Here"_s});
        QCOMPARE(result.exitCode, 1);
        const QJsonObject json = QJsonDocument::fromJson(result.bytes).object();
        QCOMPARE(json.value(u"results"_s).toArray().size(), 1);
        QCOMPARE(json.value(u"results"_s).toArray().first().toObject().value(u"clinician_name"_s).toString(), name);
        QCOMPARE(json.value(u"total_count"_s).toInt(), 2);
        QCOMPARE(json.value(u"error_count"_s).toInt(), 1);
        QVERIFY(json.value(u"errors"_s).toArray().first().toObject().value(u"error"_s).toString().contains(u"Nobody Here"_s));
        QVERIFY2(result.err.contains(u"Nobody Here"_s), qPrintable(result.err));

        const CliTest::Result csv = run({u"leave-quota"_s, m_demo, u"--clinician"_s, u"Nobody Here"_s, u"--format"_s, u"csv"_s});
        QCOMPARE(csv.exitCode, 1);
        QVERIFY(csv.err.contains(u"Nobody Here"_s));
        QCOMPARE(run({u"leave-quota"_s, m_demo, u"--year"_s, u"soon"_s}).exitCode, 2);
    }

    void requestApproveAndCancel()
    {
        const QString path = smallWorkspace();
        QVERIFY(!path.isEmpty());

        // Without working terms Ada has no entitlement: stored, but denied.
        CliTest::Result result = run(request(path, {u"--type"_s, u"annual"_s}));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"Request 1: denied"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"no annual leave entitlement"_s));
        QVERIFY(result.out.contains(u"2026-03-03 D"_s));
        QVERIFY(result.out.contains(u"2026-03-04 N"_s));

        result = run(request(path, {u"--type"_s, u"annual"_s, u"--override"_s, u"Cover arranged"_s}));
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"Request 2: pending"_s), qPrintable(result.out));

        result = run({u"leave"_s, u"approve"_s, path, u"2"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"2 shifts are now open"_s), qPrintable(result.out));
        QStringList shifts = shiftLines(path);
        QVERIFY2(shifts.contains(u",2026-03-03,D,08:00,16:00,Europe/London,0"_s), qPrintable(shifts.join(u'\n')));
        QVERIFY(shifts.contains(u",2026-03-04,N,20:00,08:00,Europe/London,0"_s));
        QVERIFY(shifts.contains(u"Ben Carr,2026-03-03,D,08:00,16:00,Europe/London,0"_s));

        result = run({u"leave"_s, u"approve"_s, path, u"2"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"only a pending request can be approved"_s), qPrintable(result.err));

        result = run({u"leave"_s, u"cancel"_s, path, u"2"_s});
        QCOMPARE(result.exitCode, 0);
        shifts = shiftLines(path);
        QVERIFY(shifts.contains(u"Ada Lovelace,2026-03-03,D,08:00,16:00,Europe/London,0"_s));
        QVERIFY(shifts.contains(u"Ada Lovelace,2026-03-04,N,20:00,08:00,Europe/London,0"_s));

        result = run({u"leave"_s, u"request"_s, path, u"--clinician"_s, u"Ada Lovelace"_s, u"--type"_s, u"study"_s, u"--from"_s,
                      u"2026-03-09"_s, u"--to"_s, u"2026-03-09"_s, u"--notes"_s, u"Course, day 1"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"Request 3: pending"_s));
        QCOMPARE(run({u"leave"_s, u"approve"_s, path, u"3"_s, u"--needs-reassignment"_s}).exitCode, 0);

        const QJsonArray all = listJson(path);
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).toObject().value(u"id"_s).toInt(), 3); // newest first
        QCOMPARE(all.at(0).toObject().value(u"status"_s).toString(), u"approved"_s);
        QCOMPARE(all.at(0).toObject().value(u"clinician_name"_s).toString(), u"Ada Lovelace"_s);
        QCOMPARE(all.at(1).toObject().value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(all.at(1).toObject().value(u"affected_shift_count"_s).toInt(), 2);
        QCOMPARE(all.at(2).toObject().value(u"status"_s).toString(), u"denied"_s);

        const QJsonArray denied = listJson(path, {u"--status"_s, u"denied"_s});
        QCOMPARE(denied.size(), 1);
        QCOMPARE(denied.first().toObject().value(u"id"_s).toInt(), 1);
        QCOMPARE(listJson(path, {u"--type"_s, u"study"_s}).size(), 1);
        QCOMPARE(listJson(path, {u"--from"_s, u"2026-03-07"_s, u"--to"_s, u"2026-03-31"_s}).size(), 1);
        QCOMPARE(listJson(path, {u"--clinician"_s, u"Ben Carr"_s}).size(), 0);

        const CliTest::Result csv = run({u"leave"_s, u"list"_s, path, u"--type"_s, u"study"_s});
        QCOMPARE(csv.exitCode, 0);
        QVERIFY2(csv.out.split(u'\n').value(1).endsWith(u",\"Course, day 1\""_s), qPrintable(csv.out));
    }

    void deny()
    {
        const QString path = smallWorkspace();
        QVERIFY(!path.isEmpty());
        QCOMPARE(run(request(path, {u"--type"_s, u"sick"_s})).exitCode, 0);
        QCOMPARE(run({u"leave"_s, u"deny"_s, path, u"1"_s}).exitCode, 2);
        const CliTest::Result result = run({u"leave"_s, u"deny"_s, path, u"1"_s, u"--reason"_s, u"Rota is short"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"Rota is short"_s));
        QCOMPARE(listJson(path).first().toObject().value(u"denial_reason"_s).toString(), u"Rota is short"_s);
        QCOMPARE(run({u"leave"_s, u"cancel"_s, path, u"1"_s}).exitCode, 1);
    }

    void usageErrors()
    {
        const QString path = smallWorkspace();
        QVERIFY(!path.isEmpty());
        QCOMPARE(run(request(path, {})).exitCode, 2); // no --type
        QCOMPARE(run(request(path, {u"--type"_s, u"holiday"_s})).exitCode, 2);
        QCOMPARE(run({u"leave"_s, u"request"_s, path, u"--clinician"_s, u"Ada Lovelace"_s, u"--type"_s, u"annual"_s, u"--from"_s,
                      u"2 March"_s, u"--to"_s, u"2026-03-06"_s})
                     .exitCode,
                 2);
        QCOMPARE(run({u"leave"_s, u"approve"_s, path, u"first"_s}).exitCode, 2);
        QCOMPARE(run({u"leave"_s, u"approve"_s, path, u"1"_s, u"--open-shifts"_s, u"--needs-reassignment"_s}).exitCode, 2);
        QCOMPARE(run({u"leave"_s, u"list"_s, path, u"--from"_s, u"2026-03-01"_s}).exitCode, 2);
        QCOMPARE(run({u"leave"_s, u"sing"_s}).exitCode, 2);
        const CliTest::Result unknown = run({u"leave"_s, u"request"_s, path, u"--clinician"_s, u"Nobody"_s, u"--type"_s, u"annual"_s,
                                             u"--from"_s, u"2026-03-02"_s, u"--to"_s, u"2026-03-02"_s});
        QCOMPARE(unknown.exitCode, 1);
        QVERIFY(unknown.err.contains(u"Nobody"_s));
        QCOMPARE(listJson(path).size(), 0);
        QCOMPARE(run({u"leave"_s, u"approve"_s, path, u"99"_s}).exitCode, 1);
    }
};

QTEST_GUILESS_MAIN(TestCliLeave)
#include "tst_clileave.moc"
