#include "printing/heatmapprintdocument.h"
#include "printing/rotaprinter.h"
#include "ui/heatmap/heatmaptestdata.h"

#include <QPdfDocument>
#include <QPdfSelection>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace HeatmapTest;

// The printed heatmap, read back from the PDF: a week on one page with its header, key and
// names; a year cut into bands of whole months; the PDF export through RotaPrinter.
class TestHeatmapPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_workspace;
    Week m_week;

    PrintOptions options(QDate from, QDate to) const
    {
        PrintOptions options;
        options.view = PrintOptions::View::Heatmap;
        options.from = from;
        options.to = to;
        return options;
    }

    QStringList printedText(HeatmapPrintDocument &document, const QString &name) const
    {
        const QString path = m_dir.filePath(name);
        {
            QPdfWriter writer(path);
            writer.setPageLayout(document.pageLayout());
            QString error;
            if (!document.print(writer, &error))
                qWarning("printing failed: %s", qPrintable(error));
        }
        QPdfDocument pdf(nullptr);
        QStringList pages;
        if (pdf.load(path) != QPdfDocument::Error::None)
            return pages;
        for (int page = 0; page < pdf.pageCount(); ++page)
            pages << pdf.getAllText(page).text();
        return pages;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        StorageError error;
        m_workspace = Workspace::open(m_dir.filePath(u"print.rota"_s), Workspace::OpenMode::CreateNew, &error, now);
        QVERIFY2(m_workspace, qPrintable(error.message));
        check(m_workspace->setSetting(u"name"_s, u"Ward Seven Rota"_s));
        check(m_workspace->setSetting(u"time_zone"_s, QString::fromUtf8(zone())));
        m_week = addWeek(*m_workspace);
    }

    void aWeekOnOnePage()
    {
        HeatmapPrintDocument document(*m_workspace, options(monday(), monday().addDays(6)));
        const QStringList pages = printedText(document, u"week.pdf"_s);
        QCOMPARE(pages.size(), 1);
        QCOMPARE(document.pageSummary(0).rows, (QStringList{u"Alice Smith"_s, u"Bob Jones"_s, u"Carol White"_s, u"Dan Brown"_s}));
        QCOMPARE(document.pageSummary(0).teams, (QStringList{u"Ward A"_s, u"Ward B"_s}));
        const QString &text = pages.at(0);
        for (const QString &expected :
             {u"Ward Seven Rota"_s, u"Availability heatmap"_s, u"All teams"_s, u"Ward A (min. 1–2)"_s, u"Ward B (min. 0)"_s,
              u"Alice Smith"_s, u"Dan Brown"_s, u"Key"_s, u"Team row: Below what the rota needs"_s, u"Team row: At what it needs"_s,
              u"Team row: Above what it needs"_s, u"Annual leave"_s, u"not yet approved"_s, u"Cannot work"_s, u"Page 1 of 1"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected + u" not in: "_s + text));
        // Only what occurs is explained: nobody is out of term or on a part-time day off.
        QVERIFY(!text.contains(u"No working term"_s));
        QVERIFY(!text.contains(u"Part-time"_s));
    }

    void theTeamsMinimumIsOfTheDaysPrinted()
    {
        // Monday to Friday: Ward A needs two on each day printed.
        HeatmapPrintDocument document(*m_workspace, options(monday(), monday().addDays(4)));
        const QStringList pages = printedText(document, u"weekdays.pdf"_s);
        QCOMPARE(pages.size(), 1);
        QVERIFY2(pages.at(0).contains(u"Ward A (min. 2)"_s), qPrintable(pages.at(0)));
    }

    void aYearInBandsOfWholeMonths()
    {
        // A4 landscape holds 114 days of 2.2 mm beside the names: three months a band.
        HeatmapPrintDocument document(*m_workspace, options(QDate(2026, 1, 1), QDate(2026, 12, 31)));
        const QStringList pages = printedText(document, u"year.pdf"_s);
        QCOMPARE(pages.size(), 4);
        const QList<std::pair<QDate, QDate>> expected{{QDate(2026, 1, 1), QDate(2026, 3, 31)},
                                                      {QDate(2026, 4, 1), QDate(2026, 6, 30)},
                                                      {QDate(2026, 7, 1), QDate(2026, 9, 30)},
                                                      {QDate(2026, 10, 1), QDate(2026, 12, 31)}};
        for (int page = 0; page < 4; ++page) {
            QCOMPARE(document.pageSummary(page).from, expected.at(page).first);
            QCOMPARE(document.pageSummary(page).to, expected.at(page).second);
            QCOMPARE(document.pageSummary(page).rows.size(), 4); // names repeated on every band
            QVERIFY(pages.at(page).contains(u"Page %1 of 4"_s.arg(page + 1)));
        }
        QVERIFY(pages.at(3).contains(u"December 2026"_s));
    }

    void rowsFlowOverPagesWithTheTeamRepeated()
    {
        QTemporaryDir dir;
        auto workspace = Workspace::open(dir.filePath(u"many.rota"_s), Workspace::OpenMode::CreateNew, nullptr, now);
        QVERIFY(workspace);
        const Team team = addTeam(*workspace, u"Big Team"_s);
        for (int i = 0; i < 80; ++i)
            addClinician(*workspace, u"Person %1"_s.arg(i, 2, 10, QChar(u'0')), team.id);
        HeatmapPrintDocument document(*workspace, options(monday(), monday().addDays(27)));
        const QStringList pages = printedText(document, u"many.pdf"_s);
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        int people = 0;
        for (int page = 0; page < pages.size(); ++page) {
            QCOMPARE(document.pageSummary(page).teams, QStringList{u"Big Team"_s});
            people += int(document.pageSummary(page).rows.size());
            QVERIFY(pages.at(page).contains(document.pageSummary(page).rows.constFirst()));
        }
        QCOMPARE(people, 80);
        QVERIFY(pages.at(1).contains(u"Person"_s));
    }

    void exportThroughRotaPrinter()
    {
        PrintOptions heatmap = options(monday(), monday().addDays(6));
        heatmap.filter.teamId = m_week.wardB.id;
        const QString path = m_dir.filePath(u"export.pdf"_s);
        QCOMPARE(RotaPrinter::exportPdf(*m_workspace, heatmap, path), QString());
        QPdfDocument pdf(nullptr);
        QCOMPARE(pdf.load(path), QPdfDocument::Error::None);
        const QString text = pdf.getAllText(0).text();
        QVERIFY2(text.contains(u"Team: Ward B"_s) && text.contains(u"Dan Brown"_s) && !text.contains(u"Alice"_s), qPrintable(text));
    }
};

QTEST_MAIN(TestHeatmapPrint)
#include "tst_heatmapprint.moc"
