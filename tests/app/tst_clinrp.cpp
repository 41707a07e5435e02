#include "app/clitestsupport.h"
#include "scheduling/nrp/nrpchecker.h"
#include "scheduling/nrp/nrpinstance.h"
#include "scheduling/nrp/nrproster.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CliTest;

namespace {

QString instancePath(int number)
{
    return QStringLiteral(ROTADESK_TEST_DATA_DIR "/nrp/Instance%1.txt").arg(number);
}

qint64 objectiveOf(const QString &out)
{
    const QString last = out.trimmed().section(u'\n', -1);
    return last.startsWith(u"objective: "_s) ? last.mid(11).toLongLong() : -1;
}

} // namespace

class TestCliNrp : public QObject
{
    Q_OBJECT

private slots:
    void solvesInstance1ToItsProvenOptimum();
    void sameSeedAndMovesPrintTheSameRoster();
    void badInputIsAClearError();

private:
    QTemporaryDir m_dir;
};

// Instance 1 (14 days, 8 nurses, one shift type) has the proven optimum 607.
void TestCliNrp::solvesInstance1ToItsProvenOptimum()
{
    const QString rosterPath = m_dir.filePath(u"roster1.txt"_s);
    const Result result = run({u"nrp"_s, u"solve"_s, instancePath(1), u"--iterations"_s, u"3000000"_s, u"--seed"_s, u"3"_s,
                               u"--roster"_s, rosterPath});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(objectiveOf(result.out), 607);

    // The roster written is the one the objective belongs to, checked again from the file.
    QString error;
    const std::optional<NrpInstance> instance = NrpInstance::load(instancePath(1), &error);
    QVERIFY2(instance, qPrintable(error));
    QFile file(rosterPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const std::optional<NrpRoster> roster = NrpRoster::fromText(QString::fromUtf8(file.readAll()), *instance, &error);
    QVERIFY2(roster, qPrintable(error));
    const NrpChecker::Result checked = NrpChecker::check(*instance, *roster);
    QVERIFY2(checked.feasible(), qPrintable(checked.violations.join(u'\n')));
    QCOMPARE(checked.objective, 607);
}

void TestCliNrp::sameSeedAndMovesPrintTheSameRoster()
{
    QStringList rosters;
    for (int i = 0; i < 2; ++i) {
        const QString path = m_dir.filePath(u"roster3-%1.txt"_s.arg(i));
        const Result result = run({u"nrp"_s, u"solve"_s, instancePath(3), u"--iterations"_s, u"200000"_s, u"--seed"_s, u"11"_s,
                                   u"--roster"_s, path});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        rosters << QString::fromUtf8(file.readAll());
    }
    QCOMPARE(rosters.at(1), rosters.at(0));
    QCOMPARE(rosters.at(0).count(u'\n'), 20); // a line for each of the 20 employees
}

void TestCliNrp::badInputIsAClearError()
{
    const Result seconds = run({u"nrp"_s, u"solve"_s, instancePath(1), u"--seconds"_s, u"soon"_s});
    QCOMPARE(seconds.exitCode, 2);
    QVERIFY2(seconds.err.contains(u"--seconds"_s), qPrintable(seconds.err));

    const Result action = run({u"nrp"_s, u"check"_s, instancePath(1)});
    QCOMPARE(action.exitCode, 2);

    QFile broken(m_dir.filePath(u"broken.txt"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("SECTION_HORIZON\n14\n\nSECTION_SHIFTS\nD,eight hours,\n");
    broken.close();
    const Result parse = run({u"nrp"_s, u"solve"_s, broken.fileName(), u"--iterations"_s, u"10"_s});
    QCOMPARE(parse.exitCode, 1);
    QVERIFY2(parse.err.contains(u"broken.txt:5"_s), qPrintable(parse.err));
    QVERIFY(parse.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliNrp)
#include "tst_clinrp.moc"
