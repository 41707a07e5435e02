#include "clitestsupport.h"

#include "scheduling/rulechecker.h"
#include "storage/shiftrepository.h"
#include "storage/workspace.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <array>

using namespace Qt::StringLiterals;
using CliTest::run;

// "generate" on the demo department (made on 18 March 2026): four weeks of the Medical
// Registrars from Monday 23 March, searched for a fixed number of moves.
class TestCliGenerate : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    CliTest::Result generate(const QStringList &more)
    {
        return run(QStringList{u"generate"_s, m_demo, u"--from"_s, u"2026-03-23"_s, u"--to"_s, u"2026-04-19"_s, u"--team"_s,
                               u"Medical Registrars"_s, u"--iterations"_s, u"100000"_s, u"--seconds"_s, u"600"_s}
                   + more);
    }

    // Every shift of the weeks around the period, as stored.
    QList<Shift> shifts() const
    {
        StorageError error;
        const std::unique_ptr<Workspace> workspace = Workspace::open(m_demo, Workspace::OpenMode::OpenExisting, &error);
        return workspace ? ShiftRepository(*workspace).inWindow(QDate(2026, 3, 9), QDate(2026, 5, 3)) : QList<Shift>();
    }

    static QString lastLine(const QString &text) { return text.trimmed().split(u'\n').constLast(); }

    static std::array<int, 3> counts(const QString &out)
    {
        const QRegularExpressionMatch match = QRegularExpression(u"^added (\\d+), removed (\\d+), changed (\\d+)$"_s,
                                                                 QRegularExpression::MultilineOption)
                                                  .match(out);
        if (!match.hasMatch())
            return {-1, -1, -1};
        return {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.rota"_s);
        QVERIFY(CliTest::makeDemo(m_demo));
    }

    void listedInTheUsage()
    {
        const CliTest::Result result = run({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(u"generate FILE"_s));
    }

    void dryRunWritesNothing()
    {
        const QList<Shift> before = shifts();
        QVERIFY(before.size() > 500);
        const CliTest::Result result = generate({u"--dry-run"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"period: 2026-03-23 to 2026-04-19 (28 days)"_s), qPrintable(result.out));
        QVERIFY(result.out.contains(u"planned: 13 clinician(s), shift types D, LD, N, OC, AM, PM"_s));
        QVERIFY(result.out.contains(u"Cover below minimum (hard)"_s));
        QVERIFY(result.out.contains(u"cover: days below minimum "_s));
        QVERIFY(result.out.contains(u"dry run: nothing written"_s));
        const std::array<int, 3> changed = counts(result.out);
        QVERIFY(changed[0] + changed[1] + changed[2] > 0);
        QVERIFY(QRegularExpression(u"^cost: hard \\d+, soft \\d+$"_s).match(lastLine(result.out)).hasMatch());
        QCOMPARE(shifts(), before);
    }

    void runWritesTheChangesAndTheAlerts()
    {
        const qsizetype before = shifts().size();
        const CliTest::Result result = generate({});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(u"written: "_s), qPrintable(result.out));
        const std::array<int, 3> changed = counts(result.out);
        QVERIFY(changed[0] >= 0);
        QCOMPARE(shifts().size(), before + changed[0] - changed[1]);

        QVERIFY2(lastLine(result.out).startsWith(u"cost: hard 0, "_s), qPrintable(lastLine(result.out)));

        // The stored alerts already match the rota written.
        StorageError error;
        const std::unique_ptr<Workspace> workspace = Workspace::open(m_demo, Workspace::OpenMode::OpenExisting, &error);
        QVERIFY(workspace);
        RuleChecker::RefreshResult refreshed;
        QVERIFY(RuleChecker(*workspace).refresh(QDate(2026, 3, 23), QDate(2026, 4, 19), &refreshed).ok());
        QCOMPARE(refreshed.created, 0);
        QCOMPARE(refreshed.resolved, 0);
        QCOMPARE(refreshed.updated, 0);
    }

    void unknownTeam()
    {
        const QList<Shift> before = shifts();
        const CliTest::Result result = run({u"generate"_s, m_demo, u"--from"_s, u"2026-03-23"_s, u"--to"_s, u"2026-04-19"_s, u"--team"_s,
                                            u"Surgeons"_s});
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(u"unknown team \"Surgeons\""_s), qPrintable(result.err));
        QVERIFY(result.err.contains(u"Medical Registrars"_s));
        QVERIFY(result.err.contains(u"Foundation Doctors"_s));
        QCOMPARE(shifts(), before);
    }

    void badDates_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a date") << QStringList{u"--from"_s, u"2026-02-30"_s, u"--to"_s, u"2026-03-08"_s} << 1 << u"is not a date"_s;
        QTest::newRow("last before first") << QStringList{u"--from"_s, u"2026-03-23"_s, u"--to"_s, u"2026-03-22"_s} << 1
                                           << u"before the first day"_s;
        QTest::newRow("over a year") << QStringList{u"--from"_s, u"2026-03-23"_s, u"--to"_s, u"2027-03-24"_s} << 1 << u"at most 366"_s;
        QTest::newRow("no last day") << QStringList{u"--from"_s, u"2026-03-23"_s} << 2 << u"--to is required"_s;
    }

    void badDates()
    {
        QFETCH(QStringList, dates);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const CliTest::Result result = run(QStringList{u"generate"_s, m_demo} + dates);
        QCOMPARE(result.exitCode, exitCode);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliGenerate)
#include "tst_cligenerate.moc"
