#include "app/clitestsupport.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using CliTest::Result;
using CliTest::run;

// "rotadesk-cli print --view heatmap" on the demo department: a PDF of the availability heatmap.
class TestCliHeatmap : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_demo;

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_demo = m_dir->filePath(u"demo.rota"_s);
        QVERIFY(CliTest::makeDemo(m_demo));
    }

    void printsTheHeatmap()
    {
        const QString pdf = m_dir->filePath(u"heatmap.pdf"_s);
        const Result result = run({u"print"_s, m_demo, u"--view"_s, u"heatmap"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
                                   u"2026-03-31"_s, u"--pdf"_s, pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(result.out.contains(pdf));
        QPdfDocument document(nullptr);
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        QVERIFY(document.pageCount() >= 1);
        const QString first = document.getAllText(0).text();
        QVERIFY2(first.contains(u"Availability heatmap"_s) && first.contains(u"March 2026"_s) && first.contains(u"Key"_s),
                 qPrintable(first));
        // Each team row against what its rota asks for (department.json's cover: weekdays, then
        // weekends): registrars D 3 + LD 2 + N 1, then LD 2 + N 1.
        QVERIFY2(first.contains(u"Medical Registrars (min. 3–6)"_s), qPrintable(first));
    }

    void printsOneTeam()
    {
        const QString pdf = m_dir->filePath(u"team.pdf"_s);
        const Result result = run({u"print"_s, m_demo, u"--view"_s, u"heatmap"_s, u"--from"_s, u"2026-01-01"_s, u"--to"_s,
                                   u"2026-12-31"_s, u"--team"_s, u"Acute Medicine Consultants"_s, u"--pdf"_s, pdf});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QPdfDocument document(nullptr);
        QCOMPARE(document.load(pdf), QPdfDocument::Error::None);
        // A year is printed in bands of whole months: at least four pages on A4 landscape.
        QVERIFY2(document.pageCount() >= 4, qPrintable(QString::number(document.pageCount())));
        const QString first = document.getAllText(0).text();
        QVERIFY2(first.contains(u"Team: Acute Medicine Consultants"_s), qPrintable(first));
    }

    void unknownViewNamesHeatmap()
    {
        const Result result = run({u"print"_s, m_demo, u"--view"_s, u"heat"_s, u"--from"_s, u"2026-03-01"_s, u"--to"_s,
                                   u"2026-03-31"_s, u"--pdf"_s, m_dir->filePath(u"x.pdf"_s)});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"grid, month, week or heatmap"_s), qPrintable(result.err));
    }
};

QTEST_MAIN(TestCliHeatmap)
#include "tst_cliheatmap.moc"
